"""Fresh-user review 71 AP3 and AP6: a mistyped port of digits is shown as typed (not masked as
a password) in the command line's messages, and each subcommand's ``--help`` says what it does."""

from __future__ import annotations

import pytest

from oncall_tray.config_urls import check_url
from oncall_tray.i18n import english
from oncall_tray.url_passwords import shown_url, without_password
from test_cli import run


@pytest.mark.parametrize("url", ["http://localhost:909300/", "http://127.0.0.1:99999", "http://am:99999",
                                 "am:1234567"])
def test_a_port_of_digits_out_of_range_is_shown_as_typed(url):
    assert "65535" in check_url(url if "://" in url else f"http://{url}").text(english)
    assert shown_url(url) == url
    assert without_password(url, True) == url  # the draft keeps what the message shows


@pytest.mark.parametrize("url", ["https://alice:20241231", "https://alice:2024123456/x", "alice:9999999"])
def test_digits_after_a_single_name_are_still_dropped_while_the_field_is_edited(url):
    """A password of digits typed left to right (``https://alice:20241231…@am``) is no port yet:
    while its field is edited the draft keeps nothing after the ":" (code review 72 AH10)."""
    kept = without_password(url, True, edited_from="")
    assert kept == url.partition(":" if "://" not in url else "://")[0] + (
        "://alice:" if "://" in url else ":"), kept


@pytest.mark.parametrize("url", ["http://localhost:909300/", "http://127.0.0.1:99999"])
@pytest.mark.parametrize("option", ["--alertmanager", "--prometheus"])
def test_the_command_line_names_the_mistyped_port(tmp_path, url, option):
    result = run(option, url, "status", config=str(tmp_path / "c.yaml"))
    assert result.returncode == 1, result.stderr
    assert f"{option} {url}: the port must be a number from 1 to 65535" in result.stderr, result.stderr
    assert "***" not in result.stderr, result.stderr
    portuguese = run(option, url, "status", config=str(tmp_path / "c.yaml"), env_lang="pt_BR.UTF-8")
    assert f"{option} {url}:" in portuguese.stderr and "65535" in portuguese.stderr, portuguese.stderr
    assert "***" not in portuguese.stderr, portuguese.stderr


#: For each subcommand, words its ``--help`` must say (English, Portuguese): what it does (review 71 AP6).
HELPS = {
    "demo": (["local Alertmanager", "Prometheus", "twelve alerts", "tray", "journal of its own", "deleted",
              "real shift"],
             ["Alertmanager local", "Prometheus", "12 alertas", "bandeja", "diário do turno próprio", "apagad",
              "turno real"]),
    "tray": (["Start the tray", "no command", "graphical session"], ["Inicia a bandeja", "sem comando", "sessão gráfica"]),
    "status": (["once", "worst first", "Exit 0", "2 when Alertmanager"],
               ["uma vez", "piores primeiro", "Sai com 0", "2 quando o Alertmanager"]),
    "login": (["system keyring", "settings' Alertmanager", "--alertmanager URL before `login`", "asks on the terminal",
               "--password-stdin", "--token-stdin"],
              ["chaveiro do sistema", "Alertmanager das configurações", "--alertmanager URL antes de `login`",
               "pergunta no terminal", "--password-stdin", "--token-stdin"]),
    "logout": (["system keyring", "--alertmanager URL before `logout`", "--username"],
               ["chaveiro do sistema", "--alertmanager URL antes de `logout`", "--username"]),
}


@pytest.mark.parametrize("command", sorted(HELPS))
@pytest.mark.parametrize("language", [0, 1])
def test_each_subcommands_help_says_what_it_does(tmp_path, command, language):
    result = run(command, "--help", config=str(tmp_path / "c.yaml"),
                 env_lang=("en_US.UTF-8", "pt_BR.UTF-8")[language])
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())  # argparse wraps the description at the terminal's width
    for words in HELPS[command][language]:
        assert words in text, (words, result.stdout)
