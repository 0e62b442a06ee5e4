"""The members' starts and last answers a shift journal keeps by URL identity
(``core/journal_starts``), in a journal written before the loopback's names were 127.0.0.1
(review 69 AI5: a member kept as ``http://localhost:9093``) and after code review 74 AL1 (every
address of the loopback stays itself).

- AL6: the starts were re-keyed when read but not when written: the first poll after the upgrade
  wrote a ``127.0.0.1`` entry beside the ``localhost`` one, and the stale pre-upgrade start won at
  every read (the keys sorted), a restart mark kept under the old name was read as a start known.
- AL1: two stored addresses of the loopback (two tunnels, 127.0.0.2 and 127.0.0.3, on one port)
  were folded into one entry, the later winning."""

from __future__ import annotations

import datetime as dt

import pytest

from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_aside import same_alertmanager
from oncall_tray.core.journal_schema import ts
from oncall_tray.core.journal_starts import (MEMBER_SEEN, MEMBER_STARTS, keep_member_seen, keep_member_starts,
                                             member_starts, members_seen)

T0 = dt.datetime(2026, 12, 5, 10, 0, tzinfo=dt.timezone.utc)
OLD, NEW = T0 - dt.timedelta(days=3), T0 - dt.timedelta(hours=1)
LOCAL, ADDRESS = "http://localhost:9093", "http://127.0.0.1:9093"


@pytest.fixture
def journal(tmp_path):
    journal = Journal.open(tmp_path / "journal.db", clock=lambda: T0)
    yield journal
    journal.close()


def test_a_start_kept_under_the_old_name_is_written_under_the_new_identity(journal):
    journal.set_state(*MEMBER_STARTS, {LOCAL: ts(OLD)})  # a journal of the version before AI5
    with journal.transaction(T0) as tx:  # the first poll after the upgrade: restarted 1 h ago
        keep_member_starts(tx, {LOCAL: NEW})
    assert journal.get_state(*MEMBER_STARTS) == {ADDRESS: {"restart": ts(NEW)}}  # the stale key dropped
    assert member_starts(journal.get_state(*MEMBER_STARTS)) == {}  # a restart, not the start of 3 days ago
    with journal.transaction(T0 + dt.timedelta(minutes=1)) as tx:
        keep_member_starts(tx, {ADDRESS: NEW})
    assert journal.get_state(*MEMBER_STARTS) == {ADDRESS: {"restart": ts(NEW)}}  # a restart stays one


def test_a_restart_kept_under_the_old_name_stays_a_restart(journal):
    journal.set_state(*MEMBER_STARTS, {LOCAL: {"restart": ts(NEW)}})
    with journal.transaction(T0) as tx:
        keep_member_starts(tx, {ADDRESS: NEW})
    assert journal.get_state(*MEMBER_STARTS) == {ADDRESS: {"restart": ts(NEW)}}
    assert member_starts(journal.get_state(*MEMBER_STARTS)) == {}


def test_a_journal_holding_both_keys_reads_and_writes_the_newer_one(journal):
    """Written by the version of de5f47f (the new key beside the stale one): the entry under
    today's identity is the one written since, and wins; the stale key goes at the next write."""
    journal.set_state(*MEMBER_STARTS, {ADDRESS: ts(NEW), LOCAL: ts(OLD)})
    assert member_starts(journal.get_state(*MEMBER_STARTS)) == {ADDRESS: NEW}
    with journal.transaction(T0) as tx:
        keep_member_starts(tx, {ADDRESS: NEW})
    assert journal.get_state(*MEMBER_STARTS) == {ADDRESS: ts(NEW)}


def test_a_last_answer_kept_under_the_old_name_is_moved(journal):
    journal.set_state(*MEMBER_SEEN, {LOCAL: ts(T0 - dt.timedelta(minutes=5))})
    with journal.transaction(T0) as tx:
        keep_member_seen(tx, [ADDRESS])
    assert journal.get_state(*MEMBER_SEEN) == {ADDRESS: ts(T0)}
    assert members_seen(journal.get_state(*MEMBER_SEEN)) == {ADDRESS: T0}


def test_two_stored_loopback_addresses_stay_two_members(journal):
    two, three = "http://127.0.0.2:9093", "http://127.0.0.3:9093"
    assert member_starts({two: ts(OLD), three: ts(NEW)}) == {two: OLD, three: NEW}
    assert members_seen({two: ts(OLD), "http://[::1]:9093": ts(NEW)}) == {two: OLD, "http://[::1]:9093": NEW}
    assert not same_alertmanager([two], [three])
    journal.set_state(*MEMBER_STARTS, {two: ts(OLD), three: ts(OLD)})
    with journal.transaction(T0) as tx:
        keep_member_starts(tx, {three: OLD})
    assert journal.get_state(*MEMBER_STARTS) == {two: ts(OLD), three: ts(OLD)}
