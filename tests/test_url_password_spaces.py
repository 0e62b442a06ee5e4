"""A password holding a space, or typed before its "@host" (code review 80 AU1): ``shown_url`` of
``https://alice:correct horse battery`` showed "*** horse battery" and ``https://alice:2024 Summer``
(digits first, no "@" yet: read as host:port and a word) was shown whole, in the settings'
messages, the command line's stderr and the log lines. Rule (``url_passwords._readings``): a word
that may be a password being typed (no "@" before a host: ``name:rest``, or ``name:digits`` after a
single name) and the words after it on its line, up to one starting a new address, are one
password: masked in messages, dropped in the draft, whether the field is being edited or not."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import settings_file

from oncall_tray.config import load_config
from oncall_tray.config_urls import check_url
from oncall_tray.config_values import _check_urls
from oncall_tray.i18n import translator
from oncall_tray.url_passwords import shown_url, without_password

#: What is typed, as a message shows it, as the draft (not being edited) keeps it; "Su", "horse",
#: "battery", "Summer", "lives" are pieces of passwords.
TYPED = [
    ("https://alice:correct horse battery", "https://alice:***", "https://alice:"),
    ("https://alice:2024 Summer", "https://alice:***", "https://alice:"),
    ("https://alice:9 lives", "https://alice:***", "https://alice:"),
    ("https://alice:p%20ss horse", "https://alice:***", "https://alice:"),
    ("https://alice:correct horse@am.example:9093", "https://alice:***@am.example:9093",
     "https://alice@am.example:9093"),
    ("https://alice:2024 Summer@am:9093", "https://alice:***@am:9093", "https://alice@am:9093"),
    ("https://a:pw1@am1:9093,https://bob:2024 Summer", "https://a:***@am1:9093,https://bob:***",
     "https://a@am1:9093,https://bob:"),
    ("https://am1:9093, https://bob:correct horse, https://am3:9093",
     "https://am1:9093, https://bob:*** https://am3:9093", "https://am1:9093, https://bob: https://am3:9093"),
    ("https://bob:2024 Summer\nhttps://am2:9093", "https://bob:***\nhttps://am2:9093", "https://bob:\nhttps://am2:9093"),
]
PIECES = ("horse", "battery", "Summer", "lives", "2024", "p%20ss", "pw1")


def _no_piece(*texts: str) -> None:
    for text in texts:
        for piece in PIECES:
            assert piece not in text, text


@pytest.mark.parametrize(("typed", "shown", "kept"), TYPED)
def test_the_message_and_the_draft_hold_no_piece_of_the_password(typed, shown, kept):
    assert shown_url(typed) == shown
    assert without_password(typed, True) == kept
    _no_piece(without_password(typed, True, edited_from=""))  # being typed: more may be cut (AH10)


def test_addresses_and_port_typos_are_kept():
    for url in ("http://am:9093", "https://alice:2024", "http://127.0.0.1:19372 x", "http://localhost:909300",
                "https://am.example.com:9093 https://am2.example.com:9093", "http://localhost:9093 x"):
        assert shown_url(url) == url, url
        assert without_password(url, True) == url, url


@pytest.mark.parametrize("typed", ["https://alice:2024 Summer", "https://alice:correct horse battery"])
def test_the_settings_check_says_a_password_masked(typed):
    said = check_url(typed)
    assert said is not None
    for language in ("en", "pt_BR"):
        text = _check_urls((typed,)).text(translator(language))
        assert "https://alice:***: " in text, text
        _no_piece(text)
    assert "must not hold a password" in said.text(translator("en")), said.text(translator("en"))


def test_the_settings_file_s_problems_hold_no_piece(tmp_path):
    settings = tmp_path / "settings.yaml"
    settings.write_text(f"alertmanager_url: {json.dumps('https://alice:2024 Summer')}\n"
                        f"grafana_url: {json.dumps('https://alice:correct horse battery')}\n", encoding="utf-8")
    texts = [problem.reason.text(translator(language)) for problem in load_config(settings).problems
             for language in ("en", "pt_BR")]
    assert texts
    _no_piece(*texts)


@pytest.mark.parametrize("typed", ["https://alice:2024 Summer", "https://alice:correct horse battery",
                                   "https://am1:9093,https://bob:2024 Summer"])
def test_the_command_line_stderr_and_the_log_file_hold_no_piece(tmp_path, typed):
    """``--verbose`` (every log line on stderr) and the rotating log file: never a secret."""
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "HOME": str(tmp_path), "LANG": "en_US.UTF-8",
           "LC_ALL": "", "LC_MESSAGES": ""}
    cfg = settings_file(tmp_path)
    runs = [subprocess.run([sys.executable, "-m", "oncall_tray", "--verbose", "--config", cfg, "--alertmanager",
                            typed, *command], capture_output=True, text=True, timeout=60, env=env)
            for command in (["status"], ["status", "--json"])]
    logs = list((tmp_path / "state").rglob("oncall-tray*.log*"))
    for result in runs:
        assert result.returncode == 1, result.stderr
        assert "https://" in result.stderr and "***" in result.stderr, result.stderr
        _no_piece(result.stdout, result.stderr)
    _no_piece(*(path.read_text("utf-8") for path in logs))


def test_config_check_of_a_settings_file_so_written_holds_no_piece(tmp_path):
    settings = settings_file(tmp_path, "alertmanager_url: https://am1.example:9093\n"
                                       f"grafana_url: {json.dumps('https://alice:2024 Summer')}\n"
                                       f"prometheus_url: {json.dumps('https://alice:correct horse battery')}\n")
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "HOME": str(tmp_path), "LANG": "en_US.UTF-8",
           "LC_ALL": "", "LC_MESSAGES": ""}
    result = subprocess.run([sys.executable, "-m", "oncall_tray", "--verbose", "--config", settings, "config",
                             "check"], capture_output=True, text=True, timeout=60, env=env)
    assert (result.stdout + result.stderr).count("must not hold a password") == 2, (result.stdout, result.stderr)
    _no_piece(result.stdout, result.stderr, *(path.read_text("utf-8")
                                              for path in (tmp_path / "state").rglob("oncall-tray*.log*")))


@pytest.mark.parametrize("given", ["https://alice:correct%20horse@am.example:9093/api/v2/alerts",
                                   "https://alice:correct horse@am.example:9093", "https://alice:2024 Summer@am:9093",
                                   "https://alice:2024Summer"])
def test_a_url_given_to_a_log_line_is_masked_in_the_file_and_on_stderr(tmp_path, given):
    """``--verbose``'s stderr and the rotating log file: a URL argument of a log line (httpx logs
    its ``httpx.URL``) never carries its password."""
    script = ("import logging, sys, pathlib, httpx\n"
              "from oncall_tray.logs import setup_logging\n"
              "setup_logging(True, pathlib.Path(sys.argv[1]))\n"
              "url = sys.argv[2]\n"
              "logging.getLogger('t').info('GET %s', httpx.URL(url) if '%' in url else url)\n"
              "logging.getLogger('t').info('GET %(url)s', {'url': url})\n"
              "logging.getLogger('t').info('ok %s %s', 'http://am:9093 (timed out)', 3)\n")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "log"), given], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    logged = (tmp_path / "log" / "oncall-tray.log").read_text("utf-8")
    for text in (logged, result.stderr):
        assert text.count("GET https://alice:***") == 2, text
        assert "ok http://am:9093 (timed out) 3" in text, text
        _no_piece(text)
