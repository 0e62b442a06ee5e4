"""What a Portuguese-speaking engineer reads on the command line: ``--help`` (argparse's own
headings included), usage errors, ``config check`` and the settings warnings, and the keyring's
reasons, all in Brazilian Portuguese when ``language: pt_BR`` (or the system locale) asks for it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from oncall_tray.cli import build_parser
from oncall_tray.i18n import translator


def run(*args: str, lang: str = "en_US.UTF-8", extra_env: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "", **(extra_env or {})}
    return subprocess.run([sys.executable, "-m", "oncall_tray", *args], capture_output=True, text=True,
                          timeout=60, env=env, input="")


def test_help_follows_the_system_locale():
    result = run("--help", lang="pt_BR.UTF-8")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("uso: oncall-tray"), out
    for heading in ("argumentos posicionais:", "opções:", "mostra esta mensagem de ajuda e sai",
                    "mostra a versão do programa e sai", "plantonista"):
        assert heading in out, (heading, out)
    for english in ("usage:", "positional arguments", "options:", "show this help", "settings file",
                    "start the tray"):
        assert english not in out, (english, out)


def test_help_of_a_subcommand_follows_the_language_setting(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text("language: pt_BR\n", encoding="utf-8")
    result = run("--config", str(path), "config", "--help")  # English system, Portuguese setting
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("uso: oncall-tray config"), result.stdout
    assert "init: substitui um arquivo existente" in result.stdout
    path.write_text("language: en\n", encoding="utf-8")
    english = run(f"--config={path}", "config", "--help", lang="pt_BR.UTF-8")
    assert english.stdout.startswith("usage: oncall-tray config") and "replace an existing file" in english.stdout


def test_usage_errors_in_portuguese(tmp_path):
    result = run("escalate", "abc", "--level", "L4", lang="pt_BR.UTF-8")
    assert result.returncode == 1
    assert result.stderr.startswith("uso: oncall-tray escalate"), result.stderr
    assert "oncall-tray escalate: erro: argumento --level: escolha inválida: 'L4' (escolha entre 'L2', 'L3')" \
        in result.stderr, result.stderr
    missing = run("ack", lang="pt_BR.UTF-8")
    assert "erro: os seguintes argumentos são obrigatórios: fingerprint" in missing.stderr, missing.stderr
    extra = run("status", "--bogus", lang="pt_BR.UTF-8")
    assert "erro: argumentos não reconhecidos: --bogus" in extra.stderr, extra.stderr


def _all_help(parser):
    """(prog, help text) of every action of ``parser`` and its subparsers, and their descriptions."""
    import argparse

    found = [(parser.prog, parser.description)] if parser.description else []
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            found.append((parser.prog, action.help))
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                found.append((parser.prog, choice.help))
            for sub in dict.fromkeys(action.choices.values()):
                found += _all_help(sub)
    return found


def test_every_help_text_is_translated():
    english = _all_help(build_parser())
    portuguese = _all_help(build_parser(translator("pt_BR")))
    assert len(english) == len(portuguese) > 40
    same = [(prog, text) for (prog, text), (_p, pt) in zip(english, portuguese) if text == pt]
    assert not same


BAD = ("language: pt_BR\n"
       "poll_interval: fast\n"
       "receiver: 3\n"
       "filter: ['alertname=\"A\"', 7]\n"
       "request_timeout: 0\n"
       "colour: blue\n"
       "business_days: [mon, funday]\n"
       "alertmanager_url: localhost:9093\n"
       "sound:\n")


def test_config_check_in_portuguese_names_key_and_line(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text(BAD, encoding="utf-8")
    result = run("--config", str(path), "config", "check")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines == [
        f"{path}: linha 2: poll_interval: deve ser um número, não um texto",
        f"{path}: linha 3: receiver: deve ser um texto, não um número inteiro",
        f"{path}: linha 4: filter: o item 2 da lista deve ser um texto, não um número inteiro",
        f"{path}: linha 5: request_timeout: deve estar entre 0,5 e 300 segundos",
        f"{path}: linha 6: colour: configuração desconhecida",
        f"{path}: linha 7: business_days: dia desconhecido 'funday': use seg, ter, qua, qui, sex, sáb, dom "
        "(ou mon, tue, wed, thu, fri, sat, sun)",
        f"{path}: linha 8: alertmanager_url: deve ser uma URL http:// ou https:// com um host",
        f"{path}: linha 9: sound: deve ser true ou false, não vazio (null)",
    ], result.stdout
    path.write_text("language: pt_BR\n", encoding="utf-8")
    ok = run("--config", str(path), "config", "check")
    assert (ok.returncode, ok.stdout) == (0, f"{path}: sem problemas\n")


def test_config_check_in_english_keeps_the_same_facts(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text(BAD.replace("language: pt_BR", "language: en"), encoding="utf-8")
    lines = run("--config", str(path), "config", "check", lang="pt_BR.UTF-8").stdout.splitlines()
    assert lines[0] == f"{path}: line 2: poll_interval: must be a number, not text"
    assert lines[2] == f"{path}: line 4: filter: item 2 of the list must be text, not a whole number"
    assert lines[7] == f"{path}: line 9: sound: must be true or false, not empty (null)"


def test_bad_yaml_and_warnings_of_other_commands_in_portuguese(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text("poll_interval: [\n", encoding="utf-8")
    result = run("--config", str(path), "--alertmanager", "http://127.0.0.1:1", "status", lang="pt_BR.UTF-8")
    assert result.returncode == 2
    # the [ is on line 1, the only one (review 61 W2: "linha 2", with PyYAML's English)
    assert f"oncall-tray: {path}: linha 1: YAML inválido: o [ da coluna 16 nunca é fechado" in result.stderr, \
        result.stderr
    assert "(todas as configurações com o valor padrão)" in result.stderr and "every setting" not in result.stderr


def test_a_bad_url_option_in_portuguese(tmp_path):
    result = run("--alertmanager", "localhost:9093", "status", lang="pt_BR.UTF-8")
    assert result.returncode == 1
    assert result.stderr == ("oncall-tray: --alertmanager localhost:9093: deve ser uma URL http:// ou https:// "
                             "com um host\n"), result.stderr


def test_no_keyring_in_portuguese(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text("language: pt_BR\nalertmanager_url: http://am.example:9093\n", encoding="utf-8")
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "XDG_STATE_HOME": str(tmp_path / "state")}
    logout = run("--config", str(path), "logout", extra_env=env)
    assert logout.returncode == 1 and logout.stdout == ""  # review 19: nothing could be removed
    assert logout.stderr.endswith("Nada foi removido para http://am.example:9093: o backend de chaveiro configurado "
                                  "keyring.backends.fail.Keyring não é um chaveiro do sistema.\n")
    login = run("--config", str(path), "login", "--token-stdin", extra_env=env)
    assert login.returncode == 1
    assert "nada na entrada padrão" in login.stderr, login.stderr


@pytest.mark.parametrize("kind", ["int", "float", "str", "bool", "array", "object", "null"])
def test_type_names_are_translated(kind):
    from oncall_tray.config_problems import TYPE_NAMES

    tr = translator("pt_BR")
    assert TYPE_NAMES[kind].text(tr) != TYPE_NAMES[kind].text()


def test_why_alertmanager_cannot_be_reached_in_portuguese(tmp_path):
    """The client's reason is translated; the system's own words after it stay as they are."""
    from oncall_tray.reasons import translate_reason
    from oncall_tray.demo import free_port

    url = f"http://127.0.0.1:{free_port()}"
    (tmp_path / "c.yaml").write_text("engineer: ana\n", encoding="utf-8")
    result = run("--config", str(tmp_path / "c.yaml"), "--alertmanager", url, "status", lang="pt_BR.UTF-8")
    assert result.returncode == 2
    # said once: the system's "[Errno 111] Connection refused" added nothing but English (review 11)
    assert "conexão recusada" in result.stderr and "onnection refused" not in result.stderr
    pt = translator("pt_BR")
    assert translate_reason(f"{url}: not found — HTTP 404 — silence not found", pt) == \
        f"{url}: não encontrado — HTTP 404 — silence not found"
    assert translate_reason("no answer in time (ReadTimeout)", pt) == "sem resposta a tempo (ReadTimeout)"
    # review 37: httpx's words ("ReadTimeout: timed out") in Portuguese; RE2's "missing )" on the command line
    from oncall_tray.alertmanager.errors import timeout_reason
    from oncall_tray.alertmanager.matchers import MatcherSyntaxError, parse_matcher

    assert translate_reason(timeout_reason(10), pt) == "sem resposta a tempo (10 s)"
    with pytest.raises(MatcherSyntaxError) as refused:
        parse_matcher('instance=~"conectsuite-(host"')
    assert refused.value.message.text(pt) == \
        "expressão regular inválida em 'instance=~\"conectsuite-(host\"': falta um ): conectsuite-(host"
    assert translate_reason("something else: not found", pt) == "something else: não encontrado"
    assert translate_reason("the server said not found", pt) == "the server said not found"  # not a reason of ours
    path = tmp_path / "bad-filter.yaml"
    path.write_text("filter: ['alertname=~\"[\"', 'a=\"b']\n", encoding="utf-8")
    check = run("--config", str(path), "config", "check", lang="pt_BR.UTF-8")
    assert check.returncode == 1
    assert "expressão regular inválida em" in check.stderr + check.stdout
    assert "não tem aspas duplas de fechamento" in check.stderr + check.stdout
    assert translate_reason("TLS error: the certificate has expired (certificate has expired)", pt) == \
        "erro de TLS: o certificado expirou (certificate has expired)"


def test_a_journal_that_cannot_be_opened_is_told_in_portuguese(tmp_path):
    """The journal's own failures are Messages: shown in the engineer's language (fresh-user
    review 8 found them printed in English under pt_BR)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    config = tmp_path / "c.yaml"
    config.write_text("", encoding="utf-8")
    result = run("--config", str(config), "handoff", "note", "0123456789abcdef", "Conferir o backup", lang="pt_BR.UTF-8",
                 extra_env={"XDG_DATA_HOME": str(blocker)})  # the journal's folder cannot be made
    assert result.returncode != 0  # a command that writes (one that only reads finds no journal: none yet)
    assert "não é possível abrir o diário do turno" in result.stderr, result.stderr
