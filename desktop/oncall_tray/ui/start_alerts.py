"""The active alerts of the shift start window (*Taking over the shift*), as rows (``handoff_start``,
split out for size). GUI thread."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ..core.handoff import StartChecklist
from ..core.handoff_folded import first_folds, fold_alerts, folded_name, group_places
from ..core.handoff_live import kept_line, kept_words, seen_words
from ..core.inhibited import count_text, inhibited_words, inhibitor_names
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
    alerts, what needs action first (``tracker.order_key``), those of one name, severity and state
    folded in one row ("PodCrashLooping ×50", "silenced": ``handoff_folded.fold_alerts``), "… and N
    more" (N alerts), then the inhibited ones, left out of the count, firing behind what
    inhibits them (Q6), and why Alertmanager was not read; the journal's last look says when it
    was taken (``handoff_live.seen_words``, in ``zone``: review 59 U7); the alerts kept through a
    restart are marked, and the restart said (``Live.kept``, ``handoff_live.kept_line``).

    The state ("silenced", "inhibited by APIDown", "kept through the restart of …") is a column of
    its own: after a long folded name it was cut off the name's column (the builders' finding after
    review 69 AI1: "KubernetesDeployment… ×50 (sil…")."""
    live = checklist.live
    total = len(live.alerts) if live.alerts is not None else 0  # the last seen too (fresh-user review P3)
    # why: below, a title does not wrap (review 37)
    seen = " — " + seen_words(live.seen_at, zone, checklist.at, translate) if live.last_seen else ""
    behind = " · " + count_text(len(live.inhibited), inhibitor_names(
        [a for a, _s in live.inhibited], live.alerts or {}), translate) if live.inhibited else ""
    title = tr("Active alerts (%1)").replace("%1", str(total)) + behind + seen \
        if live.alerts is not None else tr("Active alerts: none received from Alertmanager")
    rows, icons, known = [], [], live.alerts or {}

    def state(alert) -> str:
        words = [tr("silenced")] if alert.silenced else []
        if alert.inhibited:  # left out of the count, or silenced as well
            words.append(inhibited_words(alert, known, translate))
        if alert.fingerprint in live.kept:  # as the Markdown and ``status`` mark it (review 63 Z3)
            words.append(kept_words(live, alert.fingerprint, translate))
        return ", ".join(words)

    # what needs action first, those of one name and state folded in one row (review 69 AI1)
    folds, left = first_folds(fold_alerts(checklist.active_alerts(), lambda a, s: (s, a.display_name, state(a))),
                              shown)
    for group in [*folds, *([pair] for pair in live.inhibited[:shown])]:
        alert, severity = group[0]
        if len(group) == 1:
            where, name, summary = checklist.place_of(alert), alert.display_name, alert.summary  # pods apart (36)
        else:  # "PodCrashLooping ×50", their places, the summary they share
            where, name = group_places(group, checklist.place_of), folded_name(alert.display_name, group)
            summary = alert.summary if all(a.summary == alert.summary for a, _s in group) else ""
        rows.append((severity_word(severity, translate), name, state(alert), where, summary))
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
