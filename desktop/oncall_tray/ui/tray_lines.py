"""The tray tooltip's headline (``headline``, the alerts window's too) and lines of the connection
(``connection_lines``), and the menu's line saying
why the shift features are off (``shift_off_line``), apart from ``tray`` to keep it small; the
tray's own texts' context ("tray") is kept. GUI side, no widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..config_aliases import alias_lines
from ..connect import cluster_lines
from ..core.journal_hold import Holder
from ..core.overview import Light, Overview
from ..notify.messages import clip
from ..reasons import translate_reason, unreadable_text
from .translations import translator_for

TR_CONTEXT = "tray"
tr = translator_for(TR_CONTEXT)
REASON_LIMIT = 240  # characters of a reason in the tooltip, cut at a word (the keyring's is ~170)


def shift_off_line(off: str, held: Holder | None, holder_now: Holder | None, own: Holder | None) -> str:
    """The tray menu's line saying why its shift features are off: the Alertmanager(s) the shift
    journal follows (``off``) when this tray was given another; or, ``held`` (another tray held
    the journal when this one started, review 61 W4), which tray holds it now (``holder_now``,
    probed as the menu opens: ``shift_journal.held_text``, ``own`` this tray as it writes itself
    in a hold), or, none holding it any more (it quit or crashed: code review 72 AH10, the menu
    still named it), that this tray must be quit and started again to use them (it never takes the
    journal over mid-run: ``JournalAccess._open_journal``); or, when that cannot be told
    (``UNTOLD``: its lock file cannot be opened or probed), that it cannot (code review 77 AQ7:
    "has quit" was said of a tray that might run)."""
    if held is None:
        return tr("Shift features off: the journal follows %1").replace("%1", off)
    if holder_now is None:
        return tr("Shift features off: the oncall-tray that held the shift journal has quit; quit this one and "
                  "start it again to use them")
    if not holder_now.told:
        return tr("Shift features off: cannot tell whether the oncall-tray that held the shift journal still runs; "
                  "if it quit, quit this one and start it again to use them")
    from .shift_journal import held_text  # (its journal's imports only for a tray beside another)

    return tr("Shift features off: %1").replace("%1", held_text(holder_now, own))


def connection_lines(view: Overview) -> list[str]:
    """Tooltip lines of the connection (issue 6): a degraded cluster with each member that does
    not answer, a warning while TLS checks are off, one while the members are not one
    cluster, one per member that is the same Alertmanager as another (review 61 W9), one per member
    just restarted, and one while alerts, or silences, are left out as unreadable."""
    lines = []
    if view.degraded:
        lines.append((tr("Cluster degraded: %1 of %2 members does not answer") if len(view.members_down) == 1 else
                      tr("Cluster degraded: %1 of %2 members do not answer")).replace(
            "%1", str(len(view.members_down))).replace("%2", str(view.members)))
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


def headline(view: Overview) -> str:
    """The first line of the tooltip and of the status window."""
    if view.keyring_failed:
        return tr("Cannot read the saved credentials")
    if view.credentials_needed:
        return tr("Alertmanager needs credentials")
    if view.slowed:  # it answers, asking to wait (code review 81 AX2): neither lost nor unreachable
        return tr("Alertmanager asked to slow down")
    if view.light is Light.UNREACHABLE:
        if view.bad_answer:  # it answers, but not with its API (review 41 F10: "Cannot reach" for an HTTP 200)
            return tr("No usable answer from Alertmanager")
        if not view.connected_once:
            return tr("Cannot reach Alertmanager")
        return tr("Contact with Alertmanager lost")
    if view.badge == 0:
        return tr("No unacknowledged alert")
    return tr("Unacknowledged alerts: %1").replace("%1", str(view.badge))
