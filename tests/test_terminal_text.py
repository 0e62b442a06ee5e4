"""Text from Alertmanager never drives the terminal: control characters in alert labels,
annotations and silences are shown escaped by every command's text output; ``--json`` keeps the
values exact."""

from __future__ import annotations

import json

import pytest
from conftest import make_alert, silence
from test_silence_cli import Cli

from oncall_tray.terminal_text import json_text, visible

EVIL = "\u001b[2J\u001b[31mFAKE\u001b]0;pwned\u0007"
BIDI = "abc\u202edef\u2066x\u2069"
RAW = ("\x1b", "\x07", "\u202e", "\u2066", "\x9b", "\x7f")


def assert_safe(text: str) -> None:
    for char in RAW:
        assert char not in text, (char, text)


def test_visible_escapes_control_characters():
    assert visible(EVIL) == "\\x1b[2J\\x1b[31mFAKE\\x1b]0;pwned\\x07"
    assert visible(BIDI) == "abc\\u202edef\\u2066x\\u2069"
    assert visible("a\x7fb\x9bc\u202ad") == "a\\x7fb\\x9bc\\u202ad"
    assert visible("line 1\nline\t2") == "line 1\\nline\\t2"
    assert visible("line 1\nline\t2\r", multiline=True) == "line 1\nline\t2\\r"
    assert visible("Backend não responde — ok") == "Backend não responde — ok"
    # every Unicode Bidi_Control: the marks too (review 59 U3)
    assert visible("\u061c\u200e\u200fשגיאה") == "\\u061c\\u200e\\u200fשגיאה"


def test_json_text_keeps_values_exact():
    value = {"s": EVIL + BIDI + "\x7f\x85ção"}
    document = json_text(json.dumps(value, ensure_ascii=False))
    assert_safe(document)
    assert "ção" in document
    assert json.loads(document) == value


@pytest.fixture
def evil_cli(alertmanager, tmp_path):
    cli = Cli(alertmanager, tmp_path)
    alertmanager.post_alerts([make_alert("Evil" + EVIL, "critical", summary=EVIL + BIDI, team=EVIL),
                              make_alert("Plain", "warning")])
    silence(alertmanager, {"alertname": "Plain"}, author="eve" + EVIL, comment="hush" + BIDI)
    return cli


def test_status_text_and_json(evil_cli):
    text = evil_cli("status")
    assert text.returncode == 0, text.stderr
    assert_safe(text.stdout)
    assert "FAKE\\x1b]0;pwned\\x07" in text.stdout and "abc\\u202edef" in text.stdout
    doc = evil_cli("status", "--json")
    assert doc.returncode == 0, doc.stderr
    assert_safe(doc.stdout)
    evil = next(a for a in json.loads(doc.stdout)["alerts"] if a["alertname"].startswith("Evil"))
    assert evil["summary"] == EVIL + BIDI and evil["labels"]["team"] == EVIL


def test_escalate_ack_and_silence_list(evil_cli):
    alerts = evil_cli.alerts()
    evil = next(a for name, a in alerts.items() if name.startswith("Evil"))
    escalate = evil_cli("escalate", evil["fingerprint"][:12])
    assert escalate.returncode == 0, escalate.stderr
    assert_safe(escalate.stdout + escalate.stderr)
    assert "\\x1b[2J" in escalate.stdout
    # silenced by eve's "hush", no acknowledgement of it (review 59 U1): says by whom, and acknowledges it
    acked = evil_cli("ack", alerts["Plain"]["fingerprint"][:12])
    assert acked.returncode == 0, acked.stderr
    assert_safe(acked.stdout + acked.stderr)
    assert "eve\\x1b[2J" in acked.stderr
    listing = evil_cli("silence", "list")
    assert listing.returncode == 0, listing.stderr
    assert_safe(listing.stdout)
    assert "eve\\x1b[2J" in listing.stdout and "hush" in listing.stdout and "\\u202e" in listing.stdout
    as_json = evil_cli("silence", "list", "--json")
    assert_safe(as_json.stdout)
    (doc,) = [d for d in json.loads(as_json.stdout) if d["id"] != acked.stdout.strip()]
    assert doc["createdBy"] == "eve" + EVIL and doc["comment"] == "hush" + BIDI


def test_handoff_start(evil_cli):
    result = evil_cli("handoff", "start")
    assert result.returncode in (0, 2), result.stderr  # 2: dashboards do not answer here
    assert_safe(result.stdout + result.stderr)
    # the alert's name on one line, its control characters shown as escapes (Alert.display_name, reviews 24, 59)
    assert "Evil\\x1b[2J\\x1b[31mFAKE\\x1b]0;pwned\\x07" in result.stdout
