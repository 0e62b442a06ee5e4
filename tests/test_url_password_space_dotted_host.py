"""A password holding a space before an "@host" with a dot (bdleft1 item 2):
``https://alice:2024 Summer@am.example.com`` was shown and kept whole, password and all, in
messages, log lines, the settings draft and ``oncall-tray status``'s stderr: its last word
``Summer@am.example.com`` read as an e-mail address (``url_passwords._mail``), which a word after a
real ``host:port`` must stay ("http://am:9093 ended, by bob@example.com"). Rule: after a bare
``name:digits`` word (nothing after its port), an e-mail-like word on its line ends the password
unless a word between closes a clause ("," ";" ":" at its end: a sentence goes on; code review 86B BG5),
secrecy first. The contact-lost notice shows its address by the same rule (``shown_url``)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from conftest import settings_file

from oncall_tray.alertmanager.errors import Unreachable
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.i18n import translator
from oncall_tray.notify.poll_plan import plan
from oncall_tray.url_passwords import shown_url, without_password
from oncall_tray.watch import PollResult

#: What is typed, as a message shows it, as the draft keeps it (the field left).
TYPED = [
    ("https://alice:2024 Summer@am.example.com", "https://alice:***@am.example.com", "https://alice@am.example.com"),
    ("https://alice:2024  Summer@am.example.com", "https://alice:***@am.example.com", "https://alice@am.example.com"),
    ("https://alice:2024 Summer Time@am.example.com", "https://alice:***@am.example.com",
     "https://alice@am.example.com"),
    ("https://alice:2024 Su@mmer@am.example.com", "https://alice:***@am.example.com", "https://alice@am.example.com"),
    ("https://alice:2024%20Summer@am.example.com", "https://alice:***@am.example.com", "https://alice@am.example.com"),
    ("https://:2024 Summer@am.example.com", "https://:***@am.example.com", "https://@am.example.com"),
    ("https://alice:2024 9093@am.example.com", "https://alice:***@am.example.com", "https://alice@am.example.com"),
    ("https://alice:2024 Summer@10.0.0.5", "https://alice:***@10.0.0.5", "https://alice@10.0.0.5"),
    ("https://alice:2024 Summer@am.example.com is unreachable", "https://alice:***@am.example.com is unreachable",
     "https://alice@am.example.com is unreachable"),
    ("alice:2024 Summer@am.example.com", "alice:***@am.example.com", "alice@am.example.com"),
]
#: Addresses and words that are no password: shown and kept as written.
KEPT = ["http://am:9093 ended, by bob@example.com", "http://am:9093 ended, by bob@example.com.",
        "http://grafana:3000/d/x ping bob@example.com", "silence by bob@example.com on http://alertmanager:9093 ended",
        "http://am-0:9093 am-1:9093", "http://am.example.com:9093 bob@example.com"]
PIECES = ("Summer", "2024", "Su@mmer", "9093@", "Time")


@pytest.mark.parametrize(("typed", "shown", "kept"), TYPED)
def test_no_word_of_the_password_is_shown_or_kept(typed, shown, kept):
    assert shown_url(typed) == shown
    assert without_password(typed, True) == kept
    for text in (shown_url(typed), without_password(typed, True), without_password(typed, True, "")):
        assert not any(piece in text for piece in PIECES), text


@pytest.mark.parametrize("text", KEPT)
def test_an_address_and_words_after_it_stay_as_written(text):
    assert shown_url(text) == text
    assert without_password(text, True) == text


def _stderr(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "HOME": str(tmp_path), "LANG": "en_US.UTF-8",
           "LC_ALL": "", "LC_MESSAGES": ""}
    return subprocess.run([sys.executable, "-m", "oncall_tray", "--verbose", *args], capture_output=True, text=True,
                          timeout=60, env=env)


@pytest.mark.parametrize("typed", [typed for typed, _shown, _kept in TYPED[:4]])
def test_status_stderr_and_log_hold_no_word_of_it(tmp_path, typed):
    given = _stderr(tmp_path, "--config", settings_file(tmp_path), "--alertmanager", typed, "status")
    written = settings_file(tmp_path, f"alertmanager_url: '{typed}'\n")
    read = _stderr(tmp_path, "--config", written, "status")
    logs = [path.read_text("utf-8") for path in (tmp_path / "state").rglob("oncall-tray*.log*")]
    assert given.returncode == 1 and "https://alice:***@am.example.com" in given.stderr, given.stderr
    assert "alertmanager_url: must not contain spaces" in read.stderr, read.stderr  # the URL not quoted
    for text in (given.stdout, given.stderr, read.stdout, read.stderr, *logs):
        assert not any(piece in text for piece in PIECES), text


def test_the_contact_lost_notice_masks_its_address():
    """The address of the notice of contact lost, the error's URL, is shown by the one rule."""
    monitor = ContactMonitor()
    now = dt.datetime(2026, 12, 7, 18, 0, tzinfo=dt.timezone.utc)
    url = "https://alice:2024 Summer@am.example.com/api/v2/alerts"
    monitor.failure(now, "connection refused")
    result = PollResult(None, monitor.failure(now, "connection refused"), Unreachable(url, "connection refused"))
    for language in ("en", "pt_BR"):
        said = plan(result, translator(language), now=now)
        assert said and said[0].body.startswith("https://alice:***@am.example.com\n"), said[0].body
        assert not any(piece in said[0].body for piece in PIECES), said[0].body
