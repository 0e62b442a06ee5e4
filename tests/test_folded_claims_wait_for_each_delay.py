"""The "After the incident" notice and the post-mortem reminders of a fold claim only the members
whose own delay has passed (code review 74 AL4): pod b, resolved 10 s before pod a's notice fell
due, was claimed with it; it came back firing, resolved for good at 10:40 and was never told. The
journal's incidents of one act (one acknowledgement) written at known times, the clock given."""

from __future__ import annotations

import datetime as dt

from oncall_tray.core import aftercare
from oncall_tray.core.handoff_reminders import claim_due_folds
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_schema import ts

T0 = dt.datetime(2026, 12, 5, 10, 0, tzinfo=dt.UTC)
SECONDS = dt.timedelta(seconds=1)
MINUTES = dt.timedelta(minutes=1)


def flapping_fold(tmp_path) -> Journal:
    """Pods a and b acknowledged together (one act); a resolved at 10:00, b at 10:02:50."""
    journal = Journal.open(tmp_path / "journal.db", clock=lambda: T0)
    acknowledged = T0 - 60 * MINUTES
    with journal.transaction(T0) as tx:
        for fingerprint, resolved in (("a", T0), ("b", T0 + 2 * MINUTES + 50 * SECONDS)):
            tx.conn.execute("INSERT INTO incidents (fingerprint, alertname, opened_at, acknowledged_at, acknowledged_by,"
                            " resolved_at) VALUES (?, 'PodCrashLooping', ?, ?, 'ana', ?)",
                            (fingerprint, ts(acknowledged), ts(acknowledged), ts(resolved)))
    return journal


def b_flaps(journal: Journal, again: dt.datetime, back: dt.datetime) -> None:
    """b fires again at ``again`` (its incident reopened), resolves for good at ``back``."""
    with journal.transaction(again) as tx:
        tx.conn.execute("UPDATE incidents SET resolved_at = NULL WHERE fingerprint = 'b'")
    with journal.transaction(back) as tx:
        tx.conn.execute("UPDATE incidents SET resolved_at = ? WHERE fingerprint = 'b'", (ts(back),))


def test_after_the_incident_claims_a_pod_of_the_fold_only_once_its_own_delay_passed(tmp_path):
    journal = flapping_fold(tmp_path)
    try:
        first = T0 + aftercare.AFTER_NOTICE_DELAY + SECONDS  # a due, b resolved 10 s ago
        assert "b" not in [i.fingerprint for i in aftercare.claim_after_notices(journal, first)]
        b_flaps(journal, T0 + 4 * MINUTES, T0 + 40 * MINUTES)
        told = [i.fingerprint for i in aftercare.claim_after_notices(journal, T0 + 5 * MINUTES)]
        told += [i.fingerprint for i in aftercare.claim_after_notices(journal, T0 + 41 * MINUTES)]
        assert told == ["a"]  # b's own delay has not passed yet
        assert [i.fingerprint for i in aftercare.claim_after_notices(journal, T0 + 44 * MINUTES)] == ["b"]
    finally:
        journal.close()


def test_the_post_mortem_reminder_claims_a_pod_of_the_fold_only_once_its_own_delay_passed(tmp_path):
    journal = flapping_fold(tmp_path)
    delay = aftercare.REMINDER_DELAYS[aftercare.POSTMORTEM]
    try:
        def claimed(at: dt.datetime) -> list[list[str]]:
            return [[i.fingerprint for i in fold.incidents] for reminder, fold in claim_due_folds(journal, at)
                    if reminder.key == aftercare.POSTMORTEM]

        b_flaps(journal, T0 + 4 * MINUTES, T0 + 40 * MINUTES)
        assert claimed(T0 + delay + SECONDS) == [["a"]]  # b resolved at 10:40: its 2 hours run from then
        assert claimed(T0 + delay + 39 * MINUTES) == []
        assert claimed(T0 + delay + 41 * MINUTES) == [["b"]]
    finally:
        journal.close()
