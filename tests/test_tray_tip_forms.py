"""Code review 81 AX4: the tray icon's tooltip was ``<qt>…<br>…</qt>`` everywhere, rich text only
Qt's own X11 tray shows; Windows shows the markup literally and keeps 127 UTF-16 units (the next
deadline and, with contact lost, its reason cut off); macOS shows the markup too. Each platform
choice formatted here (``tray_tip.tip_form`` decides; Windows cannot run here)."""

from __future__ import annotations

import datetime as dt

import pytest

from oncall_tray.core.names import utf16_units
from oncall_tray.core.overview import Light, Overview
from oncall_tray.core.severity import Severity
from oncall_tray.ui.tray_tip import WINDOWS_TIP_LIMIT, TipForm, tip_form, tooltip_text

LINES = ["oncall-tray — Unacknowledged alerts: 3", "critical: 1, warning: 2", "Last good poll: 14:59:35",
         "Next deadline: respond to APIDown & <DB> by 15:04", "Alertmanager: http://127.0.0.1:56077"]


@pytest.mark.parametrize(("platform", "system", "form"), [
    ("xcb", "linux", TipForm.RICH), ("wayland", "linux", TipForm.PLAIN), ("offscreen", "linux", TipForm.PLAIN),
    ("cocoa", "darwin", TipForm.PLAIN), ("windows", "win32", TipForm.WINDOWS), ("direct2d", "win32", TipForm.WINDOWS),
    ("offscreen", "win32", TipForm.WINDOWS)])
def test_the_form_follows_the_platform(platform, system, form):
    assert tip_form(platform, system) is form


def test_x11_keeps_its_rich_text_look():
    assert tooltip_text(LINES, TipForm.RICH) == "<qt>" + "<br>".join(
        line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for line in LINES) + "</qt>"


def test_plain_platforms_get_the_lines_as_they_are():
    text = tooltip_text(LINES, TipForm.PLAIN)
    assert text == "\n".join(LINES) and "<" + "qt>" not in text and "&amp;" not in text
    assert tooltip_text(["a\u202eb"], TipForm.PLAIN) == "a\\u202eb"  # controls as escapes, as on X11


def test_windows_keeps_whole_lines_first_within_127_units():
    text = tooltip_text(LINES, TipForm.WINDOWS)
    assert utf16_units(text) <= WINDOWS_TIP_LIMIT, (utf16_units(text), text)
    assert "<" + "qt>" not in text and "<br>" not in text
    kept = text.split("\n")
    assert kept[:3] == LINES[:3]  # the headline, counts and last good poll whole
    assert kept[3].endswith("…") and LINES[3].startswith(kept[3].removesuffix("…"))


def test_windows_never_cuts_inside_an_emoji():
    lines = ["oncall-tray — Contact with Alertmanager lost", "🔥" * 200]
    text = tooltip_text(lines, TipForm.WINDOWS)
    assert utf16_units(text) <= WINDOWS_TIP_LIMIT
    assert text.encode("utf-16-le").decode("utf-16-le") == text and text.endswith("🔥…"), text


def test_the_reason_of_lost_contact_comes_before_the_deadline(qapp):
    """With contact lost, the lines that matter (headline, last good poll / stale, the reason)
    lead, so that Windows' 127 units keep them."""
    from oncall_tray.ui.tray import tooltip_lines

    at = dt.datetime.now(dt.timezone.utc)
    view = Overview(Light.UNREACHABLE, 1, unacknowledged={Severity.CRITICAL: 1}, last_success_at=at, stale=True,
                    error="connection refused", connected_once=True)
    text = tooltip_text(tooltip_lines(view, "http://am:9093"), TipForm.WINDOWS)
    assert "connection refused" in text and utf16_units(text) <= WINDOWS_TIP_LIMIT, text


def test_the_tray_icon_gives_plain_text_where_the_platform_is_not_x11(qapp):
    """The tests' Qt runs the "offscreen" plugin: not X11, so the tray's own tooltip is plain."""
    from PySide6.QtGui import QGuiApplication

    from oncall_tray.config import Config
    from oncall_tray.ui.tray import TrayIcon

    assert QGuiApplication.platformName() != "xcb"
    tray = TrayIcon(Config(alertmanager_url="http://am:9093"))
    view = Overview(Light.CRITICAL, 1, unacknowledged={Severity.CRITICAL: 1},
                    last_success_at=dt.datetime.now(dt.timezone.utc))
    tray.show_overview(view)
    tip = tray.icon.toolTip()
    assert "<qt>" not in tip and "<br>" not in tip and tip.startswith("oncall-tray — Unacknowledged alerts: 1\n"), tip
