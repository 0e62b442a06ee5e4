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
    assert visible(EVIL) == "\\u001b[2J\\u001b[31mFAKE\\u001b]0;pwned\\u0007"
    assert visible(BIDI) == "abc\\u202edef\\u2066x\\u2069"
    assert visible("a\x7fb\x9bc\u202ad") == "a\\u007fb\\u009bc\\u202ad"
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
    assert "FAKE\\u001b]0;pwned\\u0007" in text.stdout and "abc\\u202edef" in text.stdout
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
    assert "\\u001b[2J" in escalate.stdout
    # silenced by eve's "hush", no acknowledgement of it (review 59 U1): says by whom, and acknowledges it
    acked = evil_cli("ack", alerts["Plain"]["fingerprint"][:12])
    assert acked.returncode == 0, acked.stderr
    assert_safe(acked.stdout + acked.stderr)
    assert "eve\\u001b[2J" in acked.stderr
    listing = evil_cli("silence", "list")
    assert listing.returncode == 0, listing.stderr
    assert_safe(listing.stdout)
    assert "eve\\u001b[2J" in listing.stdout and "hush" in listing.stdout and "\\u202e" in listing.stdout
    as_json = evil_cli("silence", "list", "--json")
    assert_safe(as_json.stdout)
    (doc,) = [d for d in json.loads(as_json.stdout) if d["id"] != acked.stdout.strip()]
    assert doc["createdBy"] == "eve" + EVIL and doc["comment"] == "hush" + BIDI


def test_handoff_start(evil_cli):
    result = evil_cli("handoff", "start")
    assert result.returncode in (0, 2), result.stderr  # 2: dashboards do not answer here
    assert_safe(result.stdout + result.stderr)
    # the alert's name on one line, its control characters shown as escapes (Alert.display_name, reviews 24, 59)
    assert "Evil\\u001b[2J\\u001b[31mFAKE\\u001b]0;pwned\\u0007" in result.stdout


#: Review 60 V3: a label with a zero-width space, a bell and a right-to-left override.
ZW_INSTANCE = "pod-1\u200b\x07x"
ZW_SUMMARY = "Disco \u202echeio\u202c em \u200bbreve\u2060!\ufeff"


def test_zero_width_characters_are_escapes_everywhere():
    """Review 60 V3: a zero-width space read as nothing on one surface, as a space on another,
    and was dropped on a third; every surface shows it as the same escape, as it does a bidi
    override, so a value copied from any of them names the label's value."""
    from oncall_tray.alertmanager.models import one_line
    from oncall_tray.markup import escape
    from oncall_tray.ui.plain import shown

    assert visible(ZW_INSTANCE) == "pod-1\\u200b\\u0007x"
    assert visible(ZW_SUMMARY) == "Disco \\u202echeio\\u202c em \\u200bbreve\\u2060!\\ufeff"
    for surface in (one_line, shown, escape, lambda t: visible(t, multiline=True)):
        assert surface(ZW_INSTANCE) == "pod-1\\u200b\\u0007x", surface
        assert surface("Queue\u202eLag\u200b") == "Queue\\u202eLag\\u200b", surface
    # joiners between letters are invisible too; inside an emoji or a script's word they join
    assert visible("a\u200cb\u200d c\u200d") == "a\\u200cb\\u200d c\\u200d"
    assert visible("👩\u200d💻 می\u200cخواهم") == "👩\u200d💻 می\u200cخواهم"
    document = json_text(json.dumps({"v": ZW_SUMMARY}, ensure_ascii=False))
    assert "\u200b" not in document and json.loads(document) == {"v": ZW_SUMMARY}


def test_status_shows_zero_width_space(alertmanager, tmp_path):
    """Review 60 V3: ``oncall-tray status`` printed the U+200B raw."""
    cli = Cli(alertmanager, tmp_path)
    alertmanager.post_alerts([make_alert("Disk", "critical", summary=ZW_SUMMARY, instance=ZW_INSTANCE)])
    text = cli("status")
    assert text.returncode == 0, text.stderr
    assert "\u200b" not in text.stdout and "em \\u200bbreve" in text.stdout


#: Characters that show nothing where they stand (Unicode's format characters, category Cf, and
#: the rest of Default_Ignorable_Code_Point), each in a value between two letters.
INVISIBLE = ["\u00ad", "\u034f", "\u0600", "\u061c", "\u070f", "\u115f", "\u1160", "\u17b4", "\u180e", "\u200b",
             "\u2028", "\u2029", "\u2060", "\u2061", "\u2062", "\u2063", "\u2064", "\u206a", "\u3164", "\ufeff",
             "\uffa0", "\ufff9", "\U0001bca0", "\U0001d173", "\U000110bd", "\U000e0000", "\U000e0001",
             "\U000e0041", "\U000e007f", "\U000e0100", "\ufe0f", "\ufe00", "\ud800"]


@pytest.mark.parametrize("char", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_every_invisible_character_is_an_escape(char):
    """Soft hyphen, tag characters (hidden text), Hangul fillers, the BOM, invisible operators,
    a variation selector with nothing to select: each shown as ``\\uXXXX`` (``\\UXXXXXXXX`` past
    U+FFFF) on every surface, and kept exact (escaped) in JSON."""
    from oncall_tray.alertmanager.models import one_line
    from oncall_tray.markup import escape
    from oncall_tray.ui.plain import shown

    code = ord(char)
    escaped = f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
    for surface in (visible, one_line, shown, escape, lambda t: visible(t, multiline=True)):
        if surface is one_line and char.isspace():  # a line or paragraph separator: a space, as a newline is
            assert one_line(f"pod{char}-1") == "pod -1"
            continue
        assert surface(f"pod{char}-1") == f"pod{escaped}-1", surface
    assert visible(f"ab {char}") == f"ab {escaped}"
    document = json_text(json.dumps({"v": f"x{char}y"}, ensure_ascii=False))
    assert char not in document and json.loads(document) == {"v": f"x{char}y"}


def test_hidden_text_in_tag_characters_is_shown():
    """Text smuggled in tag characters (U+E0020–U+E007E mirror ASCII) shows as escapes, all of it."""
    hidden = "".join(chr(0xE0000 + ord(c)) for c in "ignore")
    assert visible(f"ok{hidden}") == "ok" + "".join(f"\\U{0xE0000 + ord(c):08x}" for c in "ignore")
    # emoji smuggling: bytes as a run of variation selectors after one emoji; the run is shown
    smuggled = "😀" + "".join(chr(0xE0100 + b) for b in b"hi") + "\ufe0f\ufe0f"
    assert visible(smuggled) == "😀\\U000e0168\\U000e0169\\ufe0f\\ufe0f"
    assert visible("ok\ufe0f \ufe0fa\U000e0100") == "ok\\ufe0f \\ufe0fa\\U000e0100"  # nothing to select


#: Text that shows exactly as it is: Portuguese, emoji with their presentation selector and their
#: joiners, keycaps, skin tones, the three subdivision flags, CJK with an ideographic variation,
#: Persian and Hindi with the joiners that shape them.
UNCHANGED = ["Backend não responde — ação imediata, pôr o serviço em manutenção às 15h (ç, ã, õ, ê, à)",
             "⚠️ disco cheio", "❤️‍🔥", "👩‍💻", "👨🏽‍🦰", "🏳️‍🌈", "🧑‍🤝‍🧑", "🐻‍❄️", "1️⃣ #️⃣", "☁︎ texto",
             "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", "🇧🇷",
             "数据库连接失败", "葛\U000e0100城市", "データベース", "데이터베이스 오류", "می\u200cخواهم", "क्\u200dष"]


@pytest.mark.parametrize("text", UNCHANGED)
def test_ordinary_text_is_unchanged(text):
    from oncall_tray.alertmanager.models import one_line
    from oncall_tray.markup import escape
    from oncall_tray.ui.plain import shown

    for surface in (visible, one_line, shown, escape):
        assert surface(text) == text, surface
    assert visible(text, multiline=True) == text
    assert json.loads(json_text(json.dumps(text, ensure_ascii=False))) == text


def test_joiners_out_of_place_are_escapes():
    """A joiner shows nothing unless it joins an emoji sequence or letters of a script that
    joins (Arabic, Indic); between Latin letters (a label that looks like another) it is shown."""
    assert visible("produ\u00e7\u200d\u00e3o") == "produ\u00e7\\u200d\u00e3o"
    assert visible("a\u200cb\u200d c\u200d") == "a\\u200cb\\u200d c\\u200d"
    assert visible("⚠\u200d") == "⚠\\u200d"
    assert visible("\u200d👩") == "\\u200d👩"
    assert visible("数\u200d据") == "数\\u200d据"
