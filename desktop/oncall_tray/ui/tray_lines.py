"""The tray tooltip's lines of the connection (``connection_lines``) and of when the alerts shown
were fetched (``poll_time_lines``), and the menu's line saying
why the shift features are off (``shift_off_line``, with its details: ``shift_off_details``), apart from ``tray`` to keep it small; the
tray's own texts' context ("tray") is kept. GUI side, no widgets."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..config_aliases import alias_lines
from ..connect import cluster_lines
from ..core.handoff_live import seen_words
from ..core.journal_hold import Holder
from ..core.local_times import local_time as dated_time
from ..core.overview import Overview
from ..i18n import Translate
from ..notify.messages import clip
from ..reasons import translate_reason, unreadable_text
from .translations import translator_for

TR_CONTEXT = "tray"
tr = translator_for(TR_CONTEXT)
REASON_LIMIT = 240  # characters of a reason in the tooltip, cut at a word (the keyring's is ~170)
DETAIL_WIDTH = 60  # characters of a line of the menu's shift details: a longer path goes on, broken at its folders


def shift_off_line(off: str, held: Holder | None, holder_now: Holder | None, own: Holder | None) -> tuple[str, str]:
    """The tray menu's line saying why its shift features are off, and its details (the line's
    tooltip and status tip), both "" when there are none: the Alertmanager(s) the shift
    journal follows (``off``) when this tray was given another; or, ``held`` (another tray held
    the journal when this one started, review 61 W4), which tray holds it now (``holder_now``,
    probed as the menu opens: ``shift_journal.held_text``, ``own`` this tray as it writes itself
    in a hold), or, none holding it any more (it quit or crashed: code review 72 AH10, the menu
    still named it), that this tray must be quit and started again to use them (it never takes the
    journal over mid-run: ``JournalAccess._open_journal``); or, when that cannot be told
    (``UNTOLD``: its lock file cannot be opened or probed), that it cannot (code review 77 AQ7:
    "has quit" was said of a tray that might run). A line naming the holder's Alertmanager and
    settings file is as wide as the screen, cut mid-URL (fresh-user review 73 AW2): the menu then
    says the Alertmanager(s) this tray watches, the rest is in the details."""
    if held is None:
        line = tr("Shift features off: the journal follows %1").replace("%1", off)
        return line, line
    if holder_now is None:
        line = tr("Shift features off: the oncall-tray that held the shift journal has quit; quit this one and "
                  "start it again to use them")
        return line, line
    if not holder_now.told:
        line = tr("Shift features off: cannot tell whether the oncall-tray that held the shift journal still runs; "
                  "if it quit, quit this one and start it again to use them")
        return line, line
    from .shift_journal import held_text  # (its journal's imports only for a tray beside another)

    details = tr("Shift features off: %1").replace("%1", held_text(holder_now, own))
    if own is None or not holder_now.alertmanagers:
        return details, details
    return tr("Shift features off: another oncall-tray holds the shift journal; this tray watches %1").replace(
        "%1", ", ".join(own.alertmanagers) or "?"), details


def shift_off_details(held: Holder | None, holder_now: Holder | None, own: Holder | None) -> list[str]:
    """The lines of the tray menu's shift journal details (arguments as ``shift_off_line``'s),
    [] when its line says it all: the Alertmanager(s) the shift journal follows, one a line, and
    the settings file of the tray that holds it when it is not this tray's, in lines of at most
    ``DETAIL_WIDTH`` characters broken after a "/" (``_broken``: nothing is cut out).
    Code review 82B AZ4: they were only the short line's tooltip, and the menu of a
    StatusNotifier tray (KDE, GNOME's AppIndicator: exported over D-Bus) shows no tooltip."""
    if held is None or own is None or holder_now is None or not holder_now.told or not holder_now.alertmanagers:
        return []
    lines = [tr("The shift journal follows:")]
    lines += ["  " + piece for url in holder_now.alertmanagers for piece in _broken(url)]
    if holder_now.settings != own.settings:
        lines.append(tr("Settings of the oncall-tray that holds it:"))
        lines += ["  " + piece for piece in _broken(holder_now.settings or "?")]
    return lines


def _broken(text: str) -> list[str]:
    """``text`` (a path, a URL) in pieces of at most ``DETAIL_WIDTH`` characters, each ending
    after a "/" but the last; a longer part between two "/" also after a "-", "_" or "."; one
    with none of those stays whole (nothing is cut out)."""
    parts = [piece for part in re.split(r"(?<=/)", text)
             for piece in (re.split(r"(?<=[-_.])", part) if len(part) > DETAIL_WIDTH else [part])]
    pieces: list[str] = []
    for part in parts:
        if pieces and len(pieces[-1]) + len(part) <= DETAIL_WIDTH:
            pieces[-1] += part
        elif part:
            pieces.append(part)
    return pieces


def show_details(menu: QMenu, lines: list[str]) -> None:
    """Make ``menu`` (a submenu of the tray menu) greyed-out ``lines``, and show it only when
    there are some (``shift_off_details``)."""
    menu.clear()
    for line in lines:
        menu.addAction(line.replace("&", "&&")).setEnabled(False)
    menu.menuAction().setVisible(bool(lines))


def line_action(menu: QMenu) -> QAction:
    """A greyed-out line added to ``menu``, whose tooltip the menu shows (``show_line``)."""
    menu.setToolTipsVisible(True)
    action = menu.addAction("")
    action.setEnabled(False)
    return action


def show_line(action: QAction, line: str, details: str) -> None:
    """Set ``action``'s text to ``line`` (an ``&`` shown as such: review 61 W4) and its tooltip and
    status tip to ``details``, the whole of what the short line says (fresh-user review 73 AW2)."""
    action.setText(line.replace("&", "&&"))
    action.setToolTip(details)
    action.setStatusTip(details)


def members_down_line(view: Overview) -> str:
    """"Cluster degraded: 1 of 2 members does not answer", or, for Alertmanagers that are not
    one cluster (``view.apart``), "1 of 2 Alertmanagers does not answer" (review 75 BD6: "cluster
    degraded" above "These Alertmanagers do not form a cluster"); the tooltip's, the window's
    and the notice's words."""
    down = len(view.members_down)
    if view.apart:
        text = tr("%1 of %2 Alertmanagers does not answer") if down == 1 else tr("%1 of %2 Alertmanagers do not answer")
    else:
        text = tr("Cluster degraded: %1 of %2 members does not answer") if down == 1 else \
            tr("Cluster degraded: %1 of %2 members do not answer")
    return text.replace("%1", str(down)).replace("%2", str(view.members))


def answer_again(members: int) -> tuple[str, str]:
    """The title and body said when ``members`` Alertmanagers that are not one cluster all answer
    again (``members_down_line``)."""
    return tr("All Alertmanagers answer again"), tr("All %1 Alertmanagers answer.").replace("%1", str(members))


def degraded_body(members_down: tuple[str, ...], translate: Translate) -> str:
    """The "cluster degraded" notice's body: one "URL: reason" line per member that does not
    answer, the client's reason in ``translate``'s language."""
    return "\n".join(translate_reason(member, translate) for member in members_down)


def connection_lines(view: Overview) -> list[str]:
    """Tooltip lines of the connection (issue 6): a degraded cluster with each member that does
    not answer, a warning while TLS checks are off, one while the members are not one
    cluster, one per member that is the same Alertmanager as another (review 61 W9), one per member
    just restarted, and one while alerts, or silences, are left out as unreadable."""
    lines = []
    if view.degraded:
        lines.append(members_down_line(view))
        lines += [f"  {clip(translate_reason(member, QCoreApplication.translate), REASON_LIMIT)}"
                  for member in view.members_down]
    if view.insecure:
        lines.append("⚠ " + tr("TLS certificate checks are off (insecure_skip_verify)"))
    lines += ["⚠ " + line for line in cluster_lines(view.apart, {}, QCoreApplication.translate) + alias_lines(
        view.aliases, view.said_aliases, QCoreApplication.translate)]  # with key, item and line (review 67 AC7)
    for url in view.restarted:
        lines.append("⚠ " + tr("%1 restarted: its alerts from before are kept until Prometheus sends them again")
                     .replace("%1", url if view.members > 1 else "Alertmanager"))
    for left_out, silences in ((view.unreadable, False), (view.unreadable_silences, True)):
        if left_out:
            lines.append("⚠ " + clip(unreadable_text(left_out, QCoreApplication.translate, silences), REASON_LIMIT))
    return lines


def local_time(when: dt.datetime | None, zone: dt.tzinfo | None = None, now: dt.datetime | None = None) -> str:
    """HH:MM:SS in ``zone`` (the settings' ``Config.zone()``; None: the system's), with its date
    when not on ``now``'s day (None: the clock's; ``core.local_times.local_time``, as every time
    shown: code review 81 AX9), "—" for None."""
    if when is None:
        return "—"
    return dated_time(when, zone, now or dt.datetime.now(dt.timezone.utc), QCoreApplication.translate, seconds=True)


def poll_time_lines(view: Overview, zone: dt.tzinfo | None = None, now: dt.datetime | None = None) -> list[str]:
    """When the alerts shown were fetched: the last good poll's time, "stale" while contact is
    lost, and in words when the current Alertmanager never answered (never a bare "—"); the
    shift journal's alerts shown until it first answers say when the journal saw them
    (``handoff_live.seen_words``, as the start window says it: "as last seen at 15:55, 12 min ago").
    Times in ``zone``, with their date when not on ``now``'s day (UTC; None: the clock's)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    if view.recalled:
        return [tr("Alerts shown are from the shift journal, %1").replace("%1", seen_words(
            view.shown_at, zone, now, QCoreApplication.translate))]
    shown_at = view.last_success_at or view.shown_at
    lines = []
    if view.stale and shown_at:
        lines.append(tr("Alerts shown are from %1 (stale)").replace("%1", local_time(shown_at, zone, now)))
    elif view.stale:
        lines.append(tr("Alerts shown are stale"))
    elif view.last_success_at:
        lines.append(tr("Last good poll: %1").replace("%1", local_time(view.last_success_at, zone, now)))
    if view.last_success_at is None and (view.error or view.stale):
        lines.append(tr("No successful poll of this Alertmanager yet") if view.stale
                     else tr("No successful poll yet"))
    return lines
