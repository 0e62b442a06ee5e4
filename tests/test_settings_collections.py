"""Saving a list or mapping of the settings file (the dialog's *Emergency contacts*, *Severity
synonyms*, *Filter*...) changes only what the engineer changed: every comment stays with the
entry (or the key) it was written with, nothing is lost, Save never raises for the file's sake
(code review 66 U1, U3, U7, U10, U11)."""

from __future__ import annotations

import itertools
import random
import re

import pytest
import yaml

from oncall_tray.config_write import UnkeptComments, updated_text


def commented(kind: str, names: list[str], key_comment: str = "") -> str:
    """A file whose entry ``k`` has the comment line "# about k" above it and "# at k" after it."""
    head = "filter:" if kind == "list" else "contacts:"
    body = "".join(f"  # about {k}\n  - {k}   # at {k}\n" if kind == "list" else f"  # about {k}\n  {k}: v{k}  # at {k}\n"
                   for k in names)
    return f"engineer: Ana\n{head}{key_comment}\n{body}# after\npoll_interval: 30\n"


def check(kind: str, old: list[str], text: str, value) -> None:
    """``text`` reads back as ``value``; each entry kept has its two comments, next to it, once."""
    key = "filter" if kind == "list" else "contacts"
    data = yaml.safe_load(text)
    assert data[key] == value and data["engineer"] == "Ana" and data["poll_interval"] == 30
    lines = text.splitlines()
    assert lines[-2:] == ["# after", "poll_interval: 30"]
    for name in value:
        if name not in old:
            continue
        at = [i for i, line in enumerate(lines) if re.fullmatch(rf"\s*(- )?{name}(: \S+)?\s+# at {name}", line)]
        assert len(at) == 1, (name, text)
        assert lines[at[0] - 1].strip() == f"# about {name}", (name, text)
        assert text.count(f"# about {name}\n") == 1 and text.count(f"# at {name}\n") == 1, (name, text)
    for name in set(old) - set(value):  # an entry taken out takes its own comments with it
        assert f"# about {name}\n" not in text and f"# at {name}\n" not in text, (name, text)


ORDERS = [list(order) for size in range(1, 5) for order in itertools.permutations("ABCD", size)]


@pytest.mark.parametrize("kind", ["list", "map"])
def test_every_order_of_the_entries_is_saved_with_their_comments(kind):
    """U1: 8 of the 64 orders of ``contacts: A, B, C, D`` raised KeyError or IndexError out of
    Save (the tray crashed); U11: the comment lines above an entry went to another one."""
    old = list("ABCD")
    for order in ORDERS:
        value = order if kind == "list" else {k: f"v{k}" for k in order}
        check(kind, old, updated_text(commented(kind, old), {"filter" if kind == "list" else "contacts": value}),
              value)


@pytest.mark.parametrize("kind", ["list", "map"])
def test_random_edits_keep_every_comment_with_its_entry(kind):
    """Entries added (first, between, last), taken out, moved, values changed, at random."""
    rng = random.Random(66)
    for _round in range(400):
        old = [f"k{i}" for i in range(rng.randint(1, 6))]
        new = rng.sample(old + ["n1", "n2", "n3"], rng.randint(1, len(old) + 3))
        changed = {k: f"w{k}" if rng.random() < 0.3 else f"v{k}" for k in new}
        value = new if kind == "list" else changed
        text = updated_text(commented(kind, old), {"filter" if kind == "list" else "contacts": value})
        check(kind, old, text, value)
        if kind == "map":
            for name in new:
                if name in old and changed[name] != f"v{name}":
                    assert re.search(rf"\n  {name}: w{name}  # at {name}\n", text), text


def test_a_pure_reorder_is_written():
    text = updated_text("contacts:\n  A: 1  # a\n  B: 2\n", {"contacts": {"B": 2, "A": 1}})
    assert text == "contacts:\n  B: 2\n  A: 1  # a\n"


REVIEW_66 = """engineer: Ana
contacts:
  # escalation chain, ask Paulo before changing
  L2: Ana - +55 11 99999-0000   # until 12/12
  L2: Bruno - +55 11 98888-0000
  L3: Carla - +55 11 97777-0000  # on vacation until 20/12
  # CTO only for P1
poll_interval: 30
"""


def test_a_role_written_twice_keeps_the_line_kept_and_every_comment():
    """U3/U7: the round trip gave up on a file with a role written twice; the fallback dropped
    every comment and glued Carla's "on vacation" onto the new CTO line."""
    value = {"L2": "Bruno - +55 11 98888-0000", "L3": "Carla - +55 11 97777-0000", "CTO": "Davi - +55 11 96666-0000"}
    assert updated_text(REVIEW_66, {"contacts": value}) == REVIEW_66.replace(  # Ana's lines go with her
        "  # escalation chain, ask Paulo before changing\n  L2: Ana - +55 11 99999-0000   # until 12/12\n", "").replace(
        "20/12\n", "20/12\n  CTO: Davi - +55 11 96666-0000\n")
    value = {"L2": "Ana - +55 11 99999-0000", "L3": "Carla - +55 11 97777-0000"}
    assert updated_text(REVIEW_66, {"contacts": value}) == REVIEW_66.replace("  L2: Bruno - +55 11 98888-0000\n", "")


@pytest.mark.parametrize("word", ["yes", "No", "on", "OFF", "12:30", "~", "null", "1e3", "0x1F"])
def test_values_yaml_reads_as_another_type_are_quoted_and_comments_stay(word):
    text = "contacts:\n  L2: Ana  # plantão\n  L3: Bia  # L3\n"
    out = updated_text(text, {"contacts": {"L2": "Ana", "L3": "Bia", "L4": word}})
    assert out.startswith("contacts:\n  L2: Ana  # plantão\n  L3: Bia  # L3\n  L4: ")
    assert yaml.safe_load(out)["contacts"]["L4"] == word
    out = updated_text("filter:\n  - a  # first\n", {"filter": ["a", word]})
    assert out.startswith("filter:\n  - a  # first\n  - ") and yaml.safe_load(out)["filter"] == ["a", word]


def test_a_nested_value_among_the_entries_stays_as_written():
    text = "contacts:\n  # L2\n  L2: [Ana, Bia]  # both\n  L3: Carla  # L3\nx: 1\n"
    out = updated_text(text, {"contacts": {"L2": ["Ana", "Bia"], "L3": "Carla", "CTO": "Davi"}})
    assert out == "contacts:\n  # L2\n  L2: [Ana, Bia]  # both\n  L3: Carla  # L3\n  CTO: Davi\nx: 1\n"


@pytest.mark.parametrize(("text", "key", "value", "expected"), [
    ("filter: []  # prod only: never staging\nx: 1\n", "filter", ["a", "b"],
     "filter:  # prod only: never staging\n  - a\n  - b\nx: 1\n"),
    ("contacts: {}   # fill in before the first shift\n", "contacts", {"L3": "Bia"},
     "contacts:   # fill in before the first shift\n  L3: Bia\n"),
    ("contacts:   # who to call\nx: 1\n", "contacts", {"L3": "Bia"}, "contacts:   # who to call\n  L3: Bia\nx: 1\n"),
    ("contacts: nobody  # yet\nx: 1\n", "contacts", {"L3": "Bia"}, "contacts:  # yet\n  L3: Bia\nx: 1\n"),
    ("contacts: {}\r\nx: 1\r\n", "contacts", {"L3": "Bia"}, "contacts:\r\n  L3: Bia\r\nx: 1\r\n"),
])
def test_the_keys_own_comment_stays_on_its_line_when_it_is_given_entries(text, key, value, expected):
    """U10: the key's comment moved onto the last new entry."""
    assert updated_text(text, {key: value}) == expected


def test_comments_above_the_first_entry_stay_with_it_when_one_is_added_first():
    """U11: "# on vacation until 20/12" stood above the Arquiteto added first."""
    text = "contacts:\n  # on vacation until 20/12: call the CTO\n  Tech Lead: Ana - 1\n"
    out = updated_text(text, {"contacts": {"Arquiteto": "Edu - 2", "Tech Lead": "Ana - 1"}})
    assert out == "contacts:\n  Arquiteto: Edu - 2\n  # on vacation until 20/12: call the CTO\n  Tech Lead: Ana - 1\n"
    text = "filter:\n# prod only\n- env=\"prod\"\n# the database team asked for these\n- team=\"db\"\n"
    out = updated_text(text, {"filter": ['team="db"', 'env="prod"']})
    assert out == "filter:\n# the database team asked for these\n- team=\"db\"\n# prod only\n- env=\"prod\"\n"


def test_comments_that_cannot_be_kept_in_place_are_said_and_the_file_is_not_changed():
    """U3: where the collection cannot be edited in place (here the line holding an anchor goes,
    and the alias left would mean nothing), Save refuses and says so rather than drop the comments."""
    text = "contacts:\n  L2: &a Ana  # plantão\n  L3: *a  # the same\n"
    with pytest.raises(UnkeptComments) as raised:
        updated_text(text, {"contacts": {"L3": "Ana"}})
    assert str(raised.value) == ("contacts: its comments could not be kept in place, so the file was left as it is: "
                                 "edit this setting in the file itself.")
    with pytest.raises(UnkeptComments, match="its anchors, aliases or merge keys could not be kept"):  # review 66 S7
        updated_text("contacts:\n  L2: &a Ana\n  L3: *a\n", {"contacts": {"L3": "Ana"}})
