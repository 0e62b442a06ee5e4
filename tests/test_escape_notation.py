"""Review 62 Y11: invisible characters were escaped three ways (``\\xad``, ``\\u200d``,
``\\U000e0041``) and the matcher ``silence list`` printed could not be typed back: a silence made
from it matched nothing. One notation (``\\uXXXX``, ``\\UXXXXXXXX`` past U+FFFF: the escapes of
Go's and Python's string literals) on every surface, and matcher values read it back."""

from __future__ import annotations

import pytest
from conftest import make_alert
from test_silence_cli import Cli

from oncall_tray.alertmanager.errors import excerpt
from oncall_tray.alertmanager.matchers import format_matcher, parse_matcher
from oncall_tray.alertmanager.models import Matcher, one_line
from oncall_tray.markup import escape
from oncall_tray.terminal_text import visible
from oncall_tray.ui.plain import shown

#: The reviewer's values: a soft hyphen, a joiner between Latin letters, tag characters, a bell.
VALUES = ["Soft\u00adHyphen", "h\u200d1", "ok\U000e0041\U000e0042\U000e0043", "bell\x07", "esc\x1b", "cr\rx", "back\\slash \"q\""]


@pytest.mark.parametrize("surface", [visible, one_line, shown, escape, lambda t: visible(t, multiline=True)])
def test_one_notation_on_every_surface(surface):
    assert surface("Soft\u00adHyphen") == "Soft\\u00adHyphen"
    assert surface("esc\x1b[2J\x07\x9b\x7f") == "esc\\u001b[2J\\u0007\\u009b\\u007f"
    assert surface("h\u200d1") == "h\\u200d1"
    assert surface("ok\U000e0041") == "ok\\U000e0041"


def test_error_excerpt_uses_the_same_notation():
    assert excerpt("a\x00b\u202ec\ue000") == "a\\u0000b\\u202ec\\ue000"


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("is_regex", [False, True])
def test_printed_matcher_reads_back(value, is_regex):
    """What ``silence list`` prints (``format_matcher`` through ``visible``) is the same matcher
    once typed back, and shows no invisible character."""
    matcher = Matcher("instance", value, is_regex=is_regex)
    printed = visible(format_matcher(matcher), multiline=True)
    assert printed == visible(printed) and printed.isprintable(), printed
    assert parse_matcher(printed) == matcher


def test_typed_escapes():
    assert parse_matcher('a="Soft\\u00adHyphen"').value == "Soft\u00adHyphen"
    assert parse_matcher('a="ok\\U000e0041"').value == "ok\U000e0041"
    assert parse_matcher('a="t\\tr\\r"').value == "t\tr\r"
    # a backslash typed as one (\\) is kept, so is a backslash before anything else (Alertmanager's reading)
    assert parse_matcher('a="c:\\\\u00ad"').value == "c:\\u00ad"
    assert parse_matcher('a=~"10\\.0"').value == "10\\.0"
    assert parse_matcher('a="\\u00a"').value == "\\u00a"  # not four hex digits: literal


def test_silence_list_matcher_typed_back_silences_the_alert(alertmanager, tmp_path):
    """The reviewer's steps: acknowledge, copy the matcher ``silence list`` prints, silence with it."""
    cli = Cli(alertmanager, tmp_path)
    alertmanager.post_alerts([make_alert("Soft\u00adHyphen", "warning", instance="h\u200d1")])
    (alert,) = [a for a in cli.alerts().values()]
    acked = cli("ack", alert["fingerprint"][:12], "--yes")
    assert acked.returncode == 0, acked.stderr
    listing = cli("silence", "list")
    assert listing.returncode == 0, listing.stderr
    line = next(text for text in listing.stdout.splitlines() if "Soft" in text)
    assert 'alertname="Soft\\u00adHyphen"' in line and 'instance="h\\u200d1"' in line, line
    added = cli("silence", "add", 'alertname="Soft\\u00adHyphen"', 'instance="h\\u200d1"', "--duration", "5m",
                "--comment", "copied")
    assert added.returncode == 0, added.stderr
    assert "matches no alert" not in added.stderr, added.stderr


def test_help_says_how_to_type_invisible_characters(alertmanager, tmp_path):
    helped = Cli(alertmanager, tmp_path)("silence", "add", "--help")
    assert "\\u00ad" in " ".join(helped.stdout.split()), helped.stdout


def test_an_edited_value_cell_of_the_silence_dialog_reads_the_escapes(qtbot):
    """The Silence dialog's value cells show ``Soft\\u00adHyphen``; a value edited there (or typed
    as the windows show it) means the character too, not a backslash and five letters."""
    from oncall_tray.ui.plain import exact_item, exact_value

    item = exact_item("Soft\u00adHyphen")
    assert item.text() == "Soft\\u00adHyphen" and exact_value(item) == "Soft\u00adHyphen"
    item.setText(item.text() + "2")
    assert exact_value(item) == "Soft\u00adHyphen2"
    item.setText("ok\\U000e0041 10\\.0")
    assert exact_value(item) == "ok\U000e0041 10\\.0"


@pytest.mark.parametrize("value", ["web\r01\u00ad", "a\tb", "two\nlines\r\n", "back\\slash\x1b"])
def test_an_edited_value_cell_reads_every_escape_as_a_matcher_does(qtbot, value):
    """Review 63 CB4: the dialog read ``\\u00ad`` back but not ``\\r``, ``\\t``, ``\\n``, which the
    notation also writes (``escape_char``) and ``parse_matcher`` reads: a value holding a carriage
    return, once its cell was edited, was sent with a backslash and an r, matching nothing. One
    reader for both (``terminal_text.read_escapes``)."""
    from oncall_tray.ui.plain import exact_item, exact_value

    written = visible(value)  # as silence list prints it, tab and newline escaped too
    item = exact_item(value)
    item.setText(item.text() + "x")  # edited: appended to
    assert exact_value(item) == value + "x", (item.text(), exact_value(item))
    item.setText(written)  # copied from silence list (its tabs as \t) and pasted in
    assert exact_value(item) == value == parse_matcher(f'host="{written}"').value
    item.setText("web\\r01\\u00adx")
    assert exact_value(item) == parse_matcher('host="web\\r01\\u00adx"').value == "web\r01\u00adx"
