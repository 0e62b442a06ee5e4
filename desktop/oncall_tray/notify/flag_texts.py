"""The words of the guide's red flag and of the app's own warnings (``core.flags``) in the tray's
tooltip, the alerts window's header and the notices (no Qt, no I/O; issue 4): each flag's line, and
the contact's worded by its cause, unreachable or asked to slow down (bdleft1)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from ..core.flags import RedFlag
from ..core.handoff import local_time
from ..core.overview import Overview
from ..i18n import Translate

#: ``attention_messages.CONTEXT``, spelled here: the translation extractor reads a module's own
#: string constants only.
CONTEXT = "attention"


def red_flag_text(flag: RedFlag, detail: str, tr: Translate) -> str:
    """One line naming a flag (the guide's red flag or one of the app's own warnings,
    ``core.flags``) and its detail (alert names or minutes), without saying which it is."""
    if flag is RedFlag.SEVERAL_CRITICAL:
        return tr(CONTEXT, "Several critical alerts at once: %1").replace("%1", detail)
    if flag is RedFlag.NO_CREDENTIALS:
        return not_seen(detail, tr) + ": " + tr(CONTEXT, "Alertmanager asks for credentials")
    if flag is RedFlag.UNREACHABLE:
        return tr(CONTEXT, "Alertmanager unreachable for %1 min").replace("%1", detail)
    return tr(CONTEXT, "Response target missed: %1").replace("%1", detail)


def slowed_text(minutes: str, seen_at: dt.datetime | None, now: dt.datetime, tr: Translate,
                zone: dt.tzinfo | None) -> str:
    """The contact's warning (``RedFlag.UNREACHABLE``, its detail ``minutes``: since the first
    slow-down answer of their current run, ``ContactState.slowed_since``, code review 86B BG7)
    when Alertmanager, or its proxy, has been asking the tray to slow down (HTTP 429, 503 with ``Retry-After``:
    ``alertmanager.slow_down``) rather than failing to answer (bdleft1: it was said "unreachable"),
    with when the alerts shown are from (``seen_at``, aware UTC; None: none read yet), written as
    every time of a notice (``core.handoff.local_time``) at ``now`` in ``zone``. The words of the
    notice, the alerts window's header and the tooltip."""
    if seen_at is None:
        return tr(CONTEXT, "Alertmanager has been asking the tray to slow down (HTTP 429/503) for %1 min; no "
                           "alerts read from it yet").replace("%1", minutes)
    return tr(CONTEXT, "Alertmanager has been asking the tray to slow down (HTTP 429/503) for %1 min; the alerts "
                       "shown are from %2").replace("%1", minutes).replace("%2", local_time(seen_at, zone, now, tr))


def view_flag_lines(view: Overview, tr: Translate, zone: dt.tzinfo | None = None,
                    now: dt.datetime | None = None) -> list[str]:
    """``flag_lines`` of ``view``'s flags, the contact's worded by its cause: asked to slow down
    (``Overview.slowed``: ``slowed_text``, the alerts shown from ``Overview.shown_at``) or
    unreachable; times in ``zone`` at ``now`` (aware UTC; None: the clock's). The tray's
    tooltip and the alerts window's header."""
    worded = {}
    if view.slowed and RedFlag.UNREACHABLE in view.red_flags:
        worded[RedFlag.UNREACHABLE] = slowed_text(view.red_flags[RedFlag.UNREACHABLE], view.shown_at,
                                                  now or dt.datetime.now(dt.timezone.utc), tr, zone)
    return flag_lines(view.red_flags, tr, worded)


def flag_lines(flags: Mapping[RedFlag, str], tr: Translate, worded: Mapping[RedFlag, str] | None = None) -> list[str]:
    """The lines of the tray's tooltip and the alerts window's banner for the flags in force (flag
    -> detail), the guide's first: "⚑ Red flag: …" for the guide's red flag (``RedFlag.from_guide``),
    "⚠ …" for the app's own warnings, which the guide does not list (review 55 M6: "⚑ Red flag:
    Response target missed: …"). ``worded``: a flag's text chosen by its cause (``view_flag_lines``)
    in place of ``red_flag_text``'s."""
    lines = []
    for flag, detail in sorted(flags.items(), key=lambda item: not item[0].from_guide):
        text = (worded or {}).get(flag) or red_flag_text(flag, detail, tr)
        lines.append("⚑ " + tr(CONTEXT, "Red flag: %1").replace("%1", text) if flag.from_guide else "⚠ " + text)
    return lines


def not_seen(minutes: str, tr: Translate) -> str:
    """The title of a contact's flag: "Alerts not seen for %1 min" (``minutes``)."""
    return tr(CONTEXT, "Alerts not seen for %1 min").replace("%1", minutes)
