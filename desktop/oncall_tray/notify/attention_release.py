"""What of one evaluation of ``core.attention`` is said now (``release``): the escalations, their
answers and L2's resolutions, the missed responses and resolutions, the reminders, the expiring
and ended acknowledgements, each kind through the poller's pacer (``pacing.NoticePacer``), one by
one or summed up. Worded apart (``attention_messages.worded``), so that what was released once can
be worded again in other settings (a zone, a language) without being released twice (review 76
BH6). No Qt, no I/O."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..alertmanager.models import Alert
from ..core.attention import Attention
from ..core.severity import Severity
from .pacing import NoticePacer, Release


@dataclass(frozen=True)
class Released:
    """What ``release`` lets out now, by kind (``Release``: one notice each, or one summary):
    the items of ``Attention.escalations``, ``unanswered``, ``level_unresolved``, ``reminders``,
    ``expiring`` and ``lapsed``; and (alert, severity) pairs of ``newly_overdue`` (``missed``)
    and ``newly_unresolved`` (``unresolved``)."""

    escalations: Release
    answers: Release
    level_resolves: Release
    missed: Release
    unresolved: Release
    reminders: Release
    expiring: Release
    lapsed: Release


def paced(pacer: NoticePacer | None, kind: str, items: Sequence, now: dt.datetime, threshold: int,
          key) -> Release:
    """This poll's ``items`` of ``kind``: through ``pacer`` when there is one (``key(item)``: what
    it holds them by), else one notice each, or one summary when more than ``threshold``."""
    if pacer is not None:
        return pacer.release(kind, items, now, key)
    return Release(summary=tuple(items)) if len(items) > threshold else Release(each=tuple(items))


def release(attention: Attention, alerts: Mapping[str, Alert], now: dt.datetime, threshold: int = 3,
            pacer: NoticePacer | None = None) -> Released:
    """What of ``attention`` (an evaluation at ``now``, aware UTC, of the poll's ``alerts``:
    fingerprint -> alert) is said now: with ``pacer``, what it held that no longer applies is
    dropped (an alert resolved, acknowledged since) and each kind is paced across polls (the
    pacer changes: call once per evaluation); without, one notice each or one summary when more
    than ``threshold``."""
    if pacer is not None:  # what waited for a summary and no longer applies is not said
        def unacknowledged(fp: str) -> bool:
            alert = alerts.get(fp)
            return alert is not None and not alert.silenced and fp not in attention.acknowledged_at

        for kind, still in (("escalate", alerts.__contains__), ("answer", alerts.__contains__),
                            ("level-resolve", alerts.__contains__),
                            ("unresolved", alerts.__contains__),
                            ("missed", unacknowledged), ("remind", unacknowledged),
                            ("lapsed", lambda fp: fp in alerts and not alerts[fp].silenced)):
            pacer.keep_held(kind, still)
    by_alert = lambda item: item[0].fingerprint  # noqa: E731
    escalations = paced(pacer, "escalate", attention.escalations, now, threshold, by_alert)
    answers = paced(pacer, "answer", attention.unanswered, now, threshold, by_alert)
    level_resolves = paced(pacer, "level-resolve", attention.level_unresolved, now, threshold, by_alert)
    severity_of = attention.severities
    missed, unresolved = (paced(pacer, kind, [(alerts[fp], severity_of.get(fp, Severity.UNKNOWN))  # per alert, or counted
                                              for fp in fingerprints if fp in alerts], now, threshold, by_alert)
                          for kind, fingerprints in (("missed", attention.newly_overdue),
                                                     ("unresolved", attention.newly_unresolved)))
    reminders = paced(pacer, "remind", attention.reminders, now, threshold, by_alert)
    expiring = paced(pacer, "expiring", attention.expiring, now, threshold, lambda item: item[1].id)
    lapsed = paced(pacer, "lapsed", attention.lapsed, now, threshold, by_alert)
    return Released(escalations, answers, level_resolves, missed, unresolved, reminders, expiring, lapsed)
