"""The end of a flapping alert, said once it stays resolved (no Qt).

A flapping alert's resolutions are no news while it flaps (``poll_plan.plan``, review 22: a
notice for each of them drowned the rest); but then its last resolution, and the end of a storm
of them, went unsaid: the tray went from 240 alerts to none without a word (review 29). This
keeps those unsaid resolutions and says them, quietly, once the alert has stayed resolved for
``SETTLE``: one notice per alert, or one summary for more than the summary threshold.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..alertmanager.models import Alert
from ..core.overview import Light
from ..core.severity import Severity
from ..core.tracker import EventKind
from ..i18n import Translate
from ..watch import PollResult
from .messages import FLAPPING_FROM, Notice, notice, summary_notice, where_line

CONTEXT = "notifications"  # the notices' (messages.CONTEXT)
#: How long a flapping alert stays resolved before its end is said.
SETTLE = dt.timedelta(minutes=2)


class SettledEnds:
    """The unsaid resolutions of flapping alerts (``AlertEvent.firings`` at least
    ``FLAPPING_FROM``), said once each has lasted ``settle``. GUI thread only (one per tray).

    Args:
        settle: how long the alert must stay resolved (a ``timedelta``).
    """

    def __init__(self, settle: dt.timedelta = SETTLE) -> None:
        self.settle = settle
        self._waiting: dict[str, tuple[Alert, Severity, dt.datetime]] = {}  # fingerprint -> resolution

    def after_poll(self, result: PollResult, tr: Translate, threshold: int) -> list[Notice]:
        """The quiet notices due after ``result`` (none when the poll failed): "Resolved: X
        (stopped flapping)", or "N flapping alerts stayed resolved" for more than ``threshold``."""
        update = result.update
        if update is None:
            return []
        now = update.snapshot.fetched_at
        for event in update.events:
            fingerprint = event.alert.fingerprint
            if event.kind is EventKind.RESOLVED and event.firings >= FLAPPING_FROM:
                self._waiting[fingerprint] = (event.alert, event.severity, now)
            elif event.kind is EventKind.FIRED:
                self._waiting.pop(fingerprint, None)
        for fp, (alert, severity, at) in list(self._waiting.items()):
            if at > now:  # the clock stepped back: the wait starts again now, not hours later (review 32)
                self._waiting[fp] = (alert, severity, now)
        due = [fp for fp, (_alert, _severity, at) in self._waiting.items() if now - at >= self.settle]
        ended = [self._waiting.pop(fp)[:2] for fp in due]
        if not ended:
            return []
        if len(ended) > threshold:
            summary = summary_notice(iter(ended), tr, tr(CONTEXT, "%1 flapping alerts stayed resolved"))
            return [dataclasses.replace(summary, quiet=True, light=Light.OK)]
        return [notice(tr(CONTEXT, "Resolved: %1 (stopped flapping)").replace("%1", alert.display_name),
                       where_line(alert), severity, quiet=True, fingerprint=alert.fingerprint, light=Light.OK)
                for alert, severity in ended]
