"""An alert whose ``startsAt`` is ahead of Alertmanager's clock (posted without a start, or by a
Prometheus whose clock runs ahead: ``tracker.FUTURE_START_SKEW``) is taken as fired when
Alertmanager last received it (its ``updatedAt``) by every rule that asks whether a silence
acknowledges it: the State column and *Acknowledge* (``acknowledgement``), the response clock
(``clocks_for``) and the shift journal (``record_poll``). Review 61 X13: the engineer on call's
own silence of the alert alone, without ``ACK`` ("investigando o backend"), was an
acknowledgement in the State column and for *Acknowledge*, while the SLA clock called the alert
"silenced" (paused, overdue once the silence ended) and the journal recorded no acknowledgement."""

from __future__ import annotations

import datetime as dt

from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
from oncall_tray.core.acknowledged import acknowledgement
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.core.severity import Severity
from oncall_tray.core.sla import SlaPolicy, clocks_for

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
M = dt.timedelta(minutes=1)


def ahead(silenced: bool = True) -> Alert:
    """APIDown received a minute ago, its startsAt a minute ahead (the sender's clock 2 min fast)."""
    return Alert(fingerprint="fp", labels={"alertname": "APIDown", "severity": "critical"},
                 status=AlertStatus("suppressed" if silenced else "active", ("s1",) if silenced else ()),
                 starts_at=NOW + M, updated_at=NOW - M)


def investigating(state: str = "active", minutes: int = 15) -> Silence:
    """Ana's silence of the alert alone, made 30 s ago, without ACK: she is investigating it."""
    made = NOW - dt.timedelta(seconds=30)
    return Silence(id="s1", matchers=(Matcher("alertname", "APIDown", False, True),), starts_at=made,
                   ends_at=made + minutes * M, created_by="ana", comment="investigando o backend",
                   status=SilenceStatus(state), updated_at=made)


def test_the_state_column_and_the_response_clock_agree():
    alert, silence = ahead(), investigating()
    assert acknowledgement(alert, [silence], "ana") is not None  # the State column, Acknowledge greyed
    clock = clocks_for([alert], {"fp": Severity.CRITICAL}, [silence], NOW + 2 * M, SlaPolicy(), on_call="ana")["fp"]
    assert clock.responded and not clock.paused


def test_the_response_stands_once_the_silence_has_ended():
    alert = ahead(silenced=False)
    ended = investigating("expired", minutes=5)
    clock = clocks_for([alert], {"fp": Severity.CRITICAL}, [ended], NOW + 20 * M, SlaPolicy(), on_call="ana")["fp"]
    assert clock.responded


def test_the_journal_records_the_acknowledgement(tmp_path):
    alert, silence = ahead(), investigating()
    with Journal.open(tmp_path / "journal.db") as journal:
        changes = record_poll(journal, {"fp": alert}, {"fp": Severity.CRITICAL}, {"s1": silence}, NOW,
                              engineer="ana")
        assert EventKind.ACKNOWLEDGED in [change.kind for change in changes]
