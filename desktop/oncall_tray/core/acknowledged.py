"""Whether an alert is already acknowledged, and by which silence (no Qt, no I/O).

The one rule that ``oncall-tray ack``, the tray's *Acknowledge* and the alerts window's state
column share: an alert is acknowledged while a silence mutes it, whether Alertmanager already
lists the silence in the alert's ``silencedBy`` or the silence is active and its matchers match
the alert's labels (a silence created a moment ago, before Alertmanager re-evaluated the alert).
Acknowledging it again would only add a second silence: the engineer extends the first one
instead (``oncall-tray silence extend ID``, or *Extend* in the alert's details).

Texts are English, marked for translation in context ``"silencing"``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from ..alertmanager.matchers import matches_all
from ..alertmanager.models import Alert, Silence
from .handoff import local_time

#: ``tr(context, source_text) -> str``.
Translate = Callable[[str, str], str]
#: The alerts window's context, where the state words are shown.
ALERTS = "alerts"


@dataclass(frozen=True)
class Acknowledgement:
    """The silence that already acknowledges an alert.

    Attributes:
        silence_id: its ID.
        author: its ``createdBy`` ("" when the silence itself is not among those known).
        ends_at: its end, aware UTC (None when not known).
    """

    silence_id: str
    author: str = ""
    ends_at: dt.datetime | None = None

    def text(self, alertname: str, tr: Translate, zone: dt.tzinfo, now: dt.datetime) -> str:
        """"APIDown is already acknowledged by ana until 14:05 (silence <ID>)." in ``tr``'s
        language; the end in ``zone`` (with its date when not on ``now``'s day)."""
        if self.author and self.ends_at is not None:
            text = tr("silencing", "%1 is already acknowledged by %2 until %3 (silence %4).").replace(
                "%2", self.author).replace("%3", local_time(self.ends_at, zone, now, tr)).replace(
                "%4", self.silence_id)
        else:
            text = tr("silencing", "%1 is already acknowledged (silence %2).").replace("%2", self.silence_id)
        return text.replace("%1", alertname or "?")


def acknowledgement(alert: Alert, silences: Iterable[Silence]) -> Acknowledgement | None:
    """The silence that acknowledges ``alert``, or None when nothing mutes it.

    Args:
        alert: a current alert (its ``status.silenced_by`` as Alertmanager last reported it).
        silences: the known silences, any state (``AlertmanagerClient.silences()``, or the
            values of the tray's silence map).
    Returns:
        among the active silences listed in ``silencedBy`` or matching the alert's labels, the
        one that ends last (the alert stays acknowledged until then); a silence ID of
        ``silencedBy`` alone when none of those silences is known; None otherwise.
    """
    listed = set(alert.status.silenced_by)
    muting = [s for s in silences if s.status.state == "active" and (s.id in listed or _mutes(s, alert))]
    if muting:
        last = max(muting, key=lambda s: s.ends_at or dt.datetime.max.replace(tzinfo=dt.timezone.utc))
        return Acknowledgement(last.id, last.created_by, last.ends_at)
    if listed:
        return Acknowledgement(sorted(listed)[0])
    return None


def _mutes(silence: Silence, alert: Alert) -> bool:
    """Whether the silence's matchers match the alert's labels; a regular expression that
    Python's ``re`` does not accept (RE2 syntax such as ``\\pL``) counts as no match, and
    Alertmanager's ``silencedBy`` decides."""
    try:
        return matches_all(silence.matchers, alert.labels)
    except re.error:
        return False


def state_words(alert: Alert, silences: Iterable[Silence], now: dt.datetime, zone: dt.tzinfo | None, tr: Translate,
                stale: bool = False, short: bool = False, responded: bool = False) -> str:
    """An alert's state in the alerts window (context "alerts"): "firing", "acknowledged by ana
    until 14:05" (the end in ``zone``, with its date when not on ``now``'s day, the year too
    unless ``short``), "acknowledged", or "inhibited". While ``stale`` (data from an earlier
    poll), an acknowledgement whose end has passed reads "acknowledgement by ana ended at
    14:05": Alertmanager no longer mutes the alert, the next poll says. ``short``: the table's
    cell, where the sentence would be cut after the name: "✓ ana until 14:05". ``responded``: its
    response clock stopped (``SlaClock.responded``) though no silence mutes it now (one that ran
    out, or was lost with Alertmanager's data): "firing, responded" (review 33)."""
    found = acknowledgement(alert, silences) if alert.silenced else None
    if found is None:
        if alert.inhibited:
            return tr(ALERTS, "inhibited")
        return tr(ALERTS, "firing, responded") if responded and not alert.silenced else tr(ALERTS, "firing")
    if not found.author or found.ends_at is None:
        return tr(ALERTS, "acknowledged")
    end = local_time(found.ends_at, zone, now, tr, year=not short)
    if stale and found.ends_at <= now:
        text = tr(ALERTS, "ack ended %2") if short else tr(ALERTS, "acknowledgement by %1 ended at %2")
    else:
        text = tr(ALERTS, "✓ %1 until %2") if short else tr(ALERTS, "acknowledged by %1 until %2")
    return text.replace("%1", found.author).replace("%2", end)


def vanished_acknowledgements(before: Mapping[str, Alert], silences_before: Mapping[str, Silence],
                              silences_now: Mapping[str, Silence], alerts_now: Mapping[str, Alert],
                              now: dt.datetime) -> list[tuple[Alert, Silence]]:
    """The acknowledgements that vanished between two polls of one Alertmanager: a silence that
    was active and not yet at its end (``now``, aware UTC), that muted an alert still firing,
    and that Alertmanager no longer lists at all (an expired silence stays listed for days: one
    gone before its end was lost, as when Alertmanager restarted without its data; review 29:
    nothing told the engineer). Returns (alert as it is now, the silence as it was), worst
    cases first as ``before`` lists them; nothing when nothing was listed before."""
    gone = {sid: s for sid, s in silences_before.items() if sid not in silences_now and s.status.state == "active"
            and s.ends_at is not None and s.ends_at > now}
    if not gone:
        return []
    found = []
    for fp, alert in before.items():
        muting = [gone[sid] for sid in alert.status.silenced_by if sid in gone]
        if muting and fp in alerts_now:
            found.append((alerts_now[fp], muting[0]))
    return found
