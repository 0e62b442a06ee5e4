"""What the start checklist says of one active alert but where it fires (no Qt): its head, the
one key its two lists fold the alerts by, and the parts they show it in.

The *Take over the shift* window and the start Markdown (its *Copy*, the handoff record) list
the same alerts; each built the folded line's head itself, and they had drifted (code review 73
AJ6): only the Markdown said that an alert is the journal's copy of what a member that does not
answer holds ("as last seen at 14:07, 12 min ago: Alertmanager http://am1:9093 does not
answer"), so with a member down the window folded "PodCrashLooping ×50" in one row where the
Markdown said two lines, and the two lists gave different counts. Both fold by ``AlertHead``
now: the Markdown says it in one line, the window in its columns (name, severity, State).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from ..alertmanager.models import Alert
from ..i18n import Translate
from .handoff_folded import first_folds, fold_alerts
from .handoff_live import Live, kept_words
from .handoff_unknown import unknown_reason
from .inhibited import inhibited_words
from .severity import Severity

#: The checklists' translation context (``core.handoff``'s).
CONTEXT = "handoff"


@dataclass(frozen=True)
class AlertHead:
    """What a line of the start checklist says of an active alert but its place.

    Attributes:
        name: the alert's name ("PodCrashLooping").
        severity: its severity.
        silenced: "silenced" (translated) when a silence covers it, else "".
        inhibited: "inhibited by APIDown" (``inhibited.inhibited_words``) when Alertmanager
            inhibits it, else "".
        unknown: "as last seen at 14:07, 12 min ago: Alertmanager http://am1:9093 does not answer"
            (``handoff_unknown.unknown_reason``) for the journal's copy of what a member that does
            not answer holds (``Live.unknown``; review 52 H2), else "".
        kept: "kept through the restart of http://am1:9093" (``handoff_live.kept_words``) for
            an alert kept through a member's restart (``Live.kept``; review 63 Z3), else "".
    """

    name: str
    severity: Severity
    silenced: str = ""
    inhibited: str = ""
    unknown: str = ""
    kept: str = ""

    @property
    def states(self) -> list[str]:
        """Its state words, in the order said (silenced, inhibited, last seen, kept); [] for none."""
        return [part for part in (self.silenced, self.inhibited, self.unknown, self.kept) if part]


def alert_head(alert: Alert, severity: Severity, live: Live, tr: Translate, zone: dt.tzinfo | None,
               now: dt.datetime) -> AlertHead:
    """The head of ``alert`` (of ``severity``) in the start checklist of ``live`` at ``now``
    (aware UTC), times in ``zone``: two alerts of one head fold into one line (``active_folds``)."""
    known = live.alerts or {}
    return AlertHead(
        alert.display_name, severity,
        tr(CONTEXT, "silenced") if alert.silenced else "",
        inhibited_words(alert, known, tr) if alert.inhibited else "",
        unknown_reason(live, tr, alert.fingerprint, zone, now) if alert.fingerprint in live.unknown else "",
        kept_words(live, alert.fingerprint, tr) if alert.fingerprint in live.kept else "")


def active_folds(pairs: Sequence[tuple[Alert, Severity]], live: Live, tr: Translate, zone: dt.tzinfo | None,
                 now: dt.datetime, limit: int | None, said: Callable[[Alert, Severity], Hashable] | None = None,
                 ) -> tuple[list[tuple[AlertHead, list[tuple[Alert, Severity]]]], int]:
    """The active alerts ``pairs`` ((alert, severity), what needs action first) folded by their
    head (``alert_head``, ``handoff_folded.fold_alerts``), the first ``limit`` folds (None: all),
    each as (head, its alerts); and how many alerts the folds left out hold ("… and N more").
    ``said``: what else a line says of an alert but where and since when it fires, folded by as
    well (the end report's pending items: "Acknowledge PodCrashLooping ×300 (…) (warning, …)",
    ``handoff_firing.unacknowledged``; review 76 BH1: listed one by one and cut at ten, they hid
    the other alerts the start checklist folded beside them); None: the head alone."""
    def key(alert: Alert, severity: Severity) -> Hashable:
        head = alert_head(alert, severity, live, tr, zone, now)
        return head if said is None else (head, said(alert, severity))
    folds, left = first_folds(fold_alerts(pairs, key), limit)
    return [(alert_head(*group[0], live, tr, zone, now), list(group)) for group in folds], left
