"""The settings file's problems as sentences: msgspec's messages mapped to our own (each kind,
in English and Portuguese, naming where in the value), and the pieces they are made of."""

from __future__ import annotations

import enum
from typing import Annotated

import msgspec
import pytest

from oncall_tray.cli_parser import argparse_message, config_option
from oncall_tray.config import validate
from oncall_tray.config_problems import from_validation_error
from oncall_tray.i18n import Message, translator

PT = translator("pt_BR")


class Colour(enum.Enum):
    RED = "red"


class Entry(msgspec.Struct, forbid_unknown_fields=True):
    name: str


def problem_of(raw, kind):
    with pytest.raises(msgspec.ValidationError) as caught:
        msgspec.convert(raw, kind, strict=False)
    return from_validation_error("key", 3, caught.value)


@pytest.mark.parametrize(("raw", "kind", "english", "portuguese"), [
    ("x", int, "must be a whole number, not text", "deve ser um número inteiro, não um texto"),
    ([1], dict[str, str], "must be a mapping (key: value), not a list",
     "deve ser um mapeamento (chave: valor), não uma lista"),
    ({"a": 1}, dict[str, str], "each value must be text, not a whole number",
     "cada valor deve ser um texto, não um número inteiro"),
    ({1: "a"}, dict[str, str], "each key must be text, not a whole number",
     "cada chave deve ser um texto, não um número inteiro"),
    (["a", None], tuple[str, ...], "item 2 of the list must be text, not empty (null)",
     "o item 2 da lista deve ser um texto, não vazio (null)"),
    (-1, Annotated[int, msgspec.Meta(ge=0)], "must be a whole number, at least 0",
     "deve ser um número inteiro, no mínimo 0"),
    (5.5, Annotated[float, msgspec.Meta(lt=1)], "must be a number less than 1.0", "deve ser um número menor que 1.0"),
    ("blue", Colour, "'blue' is not one of the allowed values", "'blue' não é um dos valores permitidos"),
    ({}, Entry, "the entry name is required", "a entrada name é obrigatória"),
    ({"name": "a", "age": 3}, Entry, "unknown entry age", "entrada desconhecida age"),
    ([{"name": 1}], list[Entry], "the value at $[0].name must be text, not a whole number",
     "o valor em $[0].name deve ser um texto, não um número inteiro"),
])
def test_msgspec_messages_become_sentences(raw, kind, english, portuguese):
    problem = problem_of(raw, kind)
    assert problem.message == english
    assert problem.text(PT) == f"linha 3: key: {portuguese}"
    assert str(problem) == f"line 3: key: {english}"


def test_an_unknown_msgspec_message_keeps_its_text_after_a_translated_lead_in():
    problem = problem_of("abcdef", Annotated[str, msgspec.Meta(max_length=2)])
    assert problem.message == "wrong type: Expected `str` of length <= 2"
    assert problem.text(PT) == "linha 3: key: tipo errado: Expected `str` of length <= 2"


def test_validate_names_the_key_and_the_kind():
    _good, problems = validate({"poll_interval": "fast", "colour": "blue", "poll_intervall": 3},
                               {"poll_interval": 2, "colour": 5, "poll_intervall": 6})
    assert [(p.key, p.line, p.kind) for p in problems] == [
        ("poll_interval", 2, "type"), ("colour", 5, "unknown"), ("poll_intervall", 6, "unknown")]
    assert problems[0].text(PT) == "linha 2: poll_interval: deve ser um número, não um texto"


def test_message_replaces_markers_in_one_pass():
    nested = Message("settings", "%1: %2", ("http://h/a%2Fb", Message("settings", "unknown setting")))
    assert nested.text() == "http://h/a%2Fb: unknown setting"
    assert nested.text(PT) == "http://h/a%2Fb: configuração desconhecida"


@pytest.mark.parametrize(("argv", "path"), [
    (["--config", "a.yaml", "status"], "a.yaml"),
    (["--verbose", "--config=b.yaml", "config", "check"], "b.yaml"),
    (["--alertmanager", "--config", "status"], None),  # the URL option's value, not --config
    (["handoff", "note", "abc", "--config", "c.yaml"], None),  # after the subcommand: not global
    (["--config"], None),
])
def test_config_option_is_found_before_parsing(argv, path):
    found = config_option(argv)
    assert (str(found) if found else None) == path


def test_argparse_messages_of_unknown_shape_pass_through():
    assert argparse_message("something new in Python 3.14") == "something new in Python 3.14"
    translated = argparse_message("argument --level: invalid choice: 'L4' (choose from 'L2', 'L3')")
    assert translated.text(PT) == "argumento --level: escolha inválida: 'L4' (escolha entre 'L2', 'L3')"
