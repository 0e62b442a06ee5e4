"""What the start window says beside each item of the guide's start checklist. GUI thread."""

from __future__ import annotations

from ..core import handoff
from ..core.handoff import StartChecklist
from ..core.handoff_live import unknown_words
from ..i18n import Translate
from .translations import translator_for

TR_CONTEXT = "shift_start"  # the start window's words
tr = translator_for(TR_CONTEXT)


def start_hint(item: str, checklist: StartChecklist, dashboard_checks, translate: Translate) -> tuple[str, str]:
    """(text, tooltip) beside ``item``: what the app listed or checked for the engineer.

    Args:
        item: one of ``handoff.START_ITEMS``.
        checklist: the checklist as it stands.
        dashboard_checks: the window's ``DashboardChecks`` (its ``hint(names)``).
        translate: the window's ``tr(context, text)`` (the checklist's words, ``handoff_live.unknown_words``).
    """
    if item in (handoff.ALERTS, handoff.SILENCES):
        if checklist.live.last_seen:  # unreachable: listed as the journal last saw them (fresh-user review P3)
            return tr("as last seen: tick once reviewed"), ""
        if checklist.live.alerts is None:  # never a look at it: which address, and where to change it (review 71 AP2)
            if item == handoff.ALERTS:
                return unknown_words(checklist.live, translate), ""
            return translate("handoff", "unknown: nothing received from Alertmanager"), ""
        return tr("listed here by the app: tick once reviewed"), ""
    if item in (handoff.DASHBOARDS, handoff.TOOLS):
        return dashboard_checks.hint(handoff.DASHBOARD_NAMES if item == handoff.DASHBOARDS else handoff.TOOL_NAMES), ""
    if item == handoff.PREVIOUS_NOTES:
        return (tr("shown here") if checklist.previous_notes.strip() else tr("none in this journal")), ""
    if item == handoff.CONTACTS:  # the guide's emergency contacts (review 18: nothing to confirm against)
        if not checklist.contacts:  # the roles only: the whole lines in the tooltip and the Markdown
            return tr("none in the settings (contacts)"), ""
        roles = ", ".join(role for role, _contact in checklist.contacts)
        return tr("%1 (from the settings)").replace("%1", roles), "\n".join(
            f"{role}: {contact}" for role, contact in checklist.contacts)
    return "", ""
