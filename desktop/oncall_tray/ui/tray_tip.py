"""The tray icon's tooltip as the platform shows it (code review 81 AX4): rich text only where
Qt's own tooltip shows it (the X11 tray, Qt's ``QToolTip``, which guesses rich text); plain text
elsewhere, where the platform's tray takes the string as it is (Windows' ``NOTIFYICONDATA.szTip``,
macOS' status item, a StatusNotifierItem's tooltip); on Windows within its 127 UTF-16 units, the
lines first in the order given (the headline, counts, last good poll, the reason first: see
``tray.tooltip_lines``) and the last that fits cut at a word. No widget is touched here."""

from __future__ import annotations

import enum
import sys
from collections.abc import Sequence

from ..core.names import utf16_units
from ..notify.notice import clip
from .plain import plain_rich_text, shown

#: What Windows keeps of a tray tooltip: ``szTip`` is ``WCHAR[128]``, its NUL included.
WINDOWS_TIP_LIMIT = 127
#: A line cut shorter than this is left out rather than shown as a stub ("Next…").
_SHORTEST_CUT = 12


class TipForm(enum.Enum):
    """How a tooltip is given to the platform: ``RICH`` (``<qt>…<br>…</qt>``, escaped), ``PLAIN``
    (lines joined with "\\n"), ``WINDOWS`` (plain, within ``WINDOWS_TIP_LIMIT`` UTF-16 units)."""

    RICH = "rich"
    PLAIN = "plain"
    WINDOWS = "windows"


def tip_form(platform_name: str, system: str = sys.platform) -> TipForm:
    """The form of the tray tooltip for Qt's platform plugin ``platform_name``
    (``QGuiApplication.platformName()``: "xcb", "wayland", "windows", "cocoa", "offscreen") on
    the operating system ``system`` (``sys.platform``): rich text on X11 alone, whose tray icon Qt
    draws itself with a ``QToolTip``; Windows' limit on Windows (any plugin there: "windows",
    "direct2d"); plain text everywhere else."""
    if system == "win32" or platform_name in ("windows", "direct2d"):
        return TipForm.WINDOWS
    return TipForm.RICH if platform_name == "xcb" else TipForm.PLAIN


def tooltip_text(lines: Sequence[str], form: TipForm) -> str:
    """``lines`` (plain text, most important first) as the tooltip string of ``form``; control
    characters shown as escapes in every form (``plain.shown``). ``WINDOWS``: the lines that fit
    whole in ``WINDOWS_TIP_LIMIT`` UTF-16 units, then the next one cut at a word with "…" if
    enough room is left for it; never split inside a character (``core.names.cut_at_word``)."""
    if form is TipForm.RICH:
        return plain_rich_text("\n".join(lines))
    text = shown("\n".join(lines))
    if form is TipForm.PLAIN or utf16_units(text) <= WINDOWS_TIP_LIMIT:
        return text
    kept: list[str] = []
    room = WINDOWS_TIP_LIMIT
    for line in text.split("\n"):
        size = utf16_units(line) + (1 if kept else 0)  # its "\n" before it
        if size <= room:
            kept.append(line)
            room -= size
            continue
        room -= 1 if kept else 0
        if room >= _SHORTEST_CUT:
            kept.append(clip(line, room))
        break
    return "\n".join(kept)
