"""The active alerts of the shift start window (*Taking over the shift*), as rows (``handoff_start``,
split out for size). GUI thread."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ..core.handoff import StartChecklist
from ..core.alert_heads import active_folds, alert_head
from ..core.handoff_folded import folded_name, group_places
from ..core.handoff_live import kept_line, seen_words, watched_words
from ..core.inhibited import count_text, inhibitor_names
from ..i18n import Translate
from ..notify.messages import severity_word
from ..reasons import translate_reason
from .translations import translator_for

TR_CONTEXT = "shift_start"  # the start window's words
tr = translator_for(TR_CONTEXT)


def alert_rows(checklist: StartChecklist, chips: Mapping, translate: Translate, shown: int,
               zone=None) -> tuple[str, list[tuple[str, str, str, str, str]], list]:
    """The alerts box's title and rows (severity, name, state, where, summary) with their severity
    chips (``chips``: severity -> icon; None for a row without one): the first ``shown`` rows of the
    alerts, what needs action first (``tracker.order_key``), those of one head (name, severity and
    state: ``alert_heads.active_folds``, as the Markdown folds them) in one row ("PodCrashLooping ×50",
    "silenced"), "… and N
    more" (N alerts), then the inhibited ones, left out of the count, firing behind what
    inhibits them (Q6), and why Alertmanager was not read; the journal's last look says when it
    was taken (``handoff_live.seen_words``, in ``zone``: review 59 U7); the alerts kept through a
    restart are marked, and the restart said (``Live.kept``, ``handoff_live.kept_line``).

    The state ("silenced", "inhibited by APIDown", "as last seen at 14:07, 12 min ago: Alertmanager
    http://am1:9093 does not answer", "kept through the restart of …": ``alert_heads.AlertHead``,
    the Markdown's head too) is a column of its own: after a long folded name it was cut off the name's column (the builders' finding after
    review 69 AI1: "KubernetesDeployment… ×50 (sil…")."""
    live = checklist.live
    total = len(live.alerts) if live.alerts is not None else 0  # the last seen too (fresh-user review P3)
    # why: below, a title does not wrap (review 37)
    seen = " — " + seen_words(live.seen_at, zone, checklist.at, translate) if live.last_seen else ""
    behind = " · " + count_text(len(live.inhibited), inhibitor_names(
        [a for a, _s in live.inhibited], live.alerts or {}), translate) if live.inhibited else ""
    title = tr("Active alerts (%1)").replace("%1", str(total)) + behind + seen \
        if live.alerts is not None else tr("Active alerts: unknown (nothing received from %1)").replace(
            "%1", watched_words(live))  # never a look at it: no count (fresh-user review 71 AP2)
    rows, icons = [], []

    def state(alert, severity) -> str:
        return ", ".join(alert_head(alert, severity, live, translate, zone, checklist.at).states)

    # what needs action first, those of one head folded in one row, as the Markdown's lines
    # (``alert_heads``: code review 73 AJ6; review 69 AI1)
    folds, left = active_folds(checklist.active_alerts(), live, translate, zone, checklist.at, shown)
    groups = [(", ".join(head.states), group) for head, group in folds]
    groups += [(state(*pair), [pair]) for pair in live.inhibited[:shown]]
    for said, group in groups:
        alert, severity = group[0]
        if len(group) == 1:
            where, name, summary = checklist.place_of(alert), alert.display_name, alert.summary  # pods apart (36)
        else:  # "PodCrashLooping ×50", their places, the summary they share
            where, name = group_places(group, checklist.place_of), folded_name(alert.display_name, group)
            summary = alert.summary if all(a.summary == alert.summary for a, _s in group) else ""
        rows.append((severity_word(severity, translate), name, said, where, summary))
        icons.append(chips[severity])
    if left:  # under the alerts it counts, above the inhibited ones
        rows.insert(len(folds), ("", tr("… and %1 more").replace("%1", str(left)), "", "", ""))
        icons.insert(len(folds), None)
    if not live.reached:
        rows.append(("", translate_reason(live.error, QCoreApplication.translate), "", "", ""))
    elif kept_line(live, translate):  # the Alertmanager that restarted, as the Markdown says it
        rows.append(("", kept_line(live, translate), "", "", ""))
        icons.append(None)
    return title, rows, icons
