"""An expire Alertmanager refused (a definite refusal, not a lost answer) is forgotten, in the
journal and in the tray's memory: a colleague's expire of that silence minutes later is no longer
taken for the app's own (code review 79 AT7); the tray's memory judges by the silence's end, as the
journal's rule does. A note taken back twice into a draft is written once (code review 79 AT9)."""

from __future__ import annotations

import datetime as dt

from oncall_tray.alertmanager.models import Silence, SilenceStatus
from oncall_tray.core.journal import Journal
from oncall_tray.core.own_expires import ASKED_COUNTS, AskedHere, ask_expire, expired_here, withdraw_expire
from oncall_tray.core.drafts import taking_back
from oncall_tray.ui.incident_draft import after_draft

T0 = dt.datetime(2026, 12, 7, 3, 0, tzinfo=dt.timezone.utc)


def _silence(sid: str, ends: dt.datetime, state: str) -> dict[str, Silence]:
    return {sid: Silence(id=sid, matchers=(), starts_at=T0 - dt.timedelta(hours=1), ends_at=ends, created_by="ana",
                         comment="ACK! ana", status=SilenceStatus(state=state), updated_at=ends)}


def test_a_refused_expire_is_forgotten_in_the_journal(tmp_path):
    journal = Journal.open(tmp_path / "j.sqlite")
    try:
        ask_expire(journal, "s1", "tray ana", at=T0)
        ask_expire(journal, "s2", "tray ana", at=T0)
        withdraw_expire(journal, "s1")  # Alertmanager refused it at 03:00
        colleague = _silence("s1", T0 + dt.timedelta(minutes=9), "expired")  # amtool at 03:09
        colleague.update(_silence("s2", T0 + dt.timedelta(minutes=1), "expired"))
        assert expired_here(journal, T0 + dt.timedelta(minutes=10), colleague) == {"s2"}  # another's ask stays
    finally:
        journal.close()


def test_the_trays_memory_forgets_a_refused_expire_and_judges_by_the_end():
    asked = AskedHere()
    asked.ask("s1", T0)
    asked.ask("s2", T0)
    now = T0 + dt.timedelta(minutes=9, seconds=30)
    still = _silence("s2", T0 + dt.timedelta(hours=2), "active")  # never ended: not expired here
    assert asked.recent(now, still) == {"s1"}
    late = _silence("s2", T0 + ASKED_COUNTS + dt.timedelta(minutes=1), "expired")  # ended long after the ask
    assert asked.recent(T0 + ASKED_COUNTS, late) == {"s1"}
    assert asked.recent(now, _silence("s2", T0 + dt.timedelta(seconds=30), "expired")) == {"s1", "s2"}
    asked.withdraw("s1")
    assert asked.recent(now) == {"s2"}


def test_a_note_taken_back_again_is_not_written_twice():
    """The take-back committed at a quit but still in the kept file: the next start's is a no-op,
    known by its mark (``TAKEN_BACK_SCOPE``), not by the draft's words (code review 80 AV4)."""
    once = after_draft("X", "Y")
    assert once == "X Y"
    assert taking_back(once, "Y", "Y") == "X Y"
    assert taking_back("Y", "Y", "Y") == "Y"
    assert after_draft("XY", "Y") == "XY Y"  # a word's tail is no note
    assert after_draft("X Y", "Z") == "X Y Z"
    assert after_draft("X Y", "Y") == "X Y Y"  # no mark: typed again, kept
