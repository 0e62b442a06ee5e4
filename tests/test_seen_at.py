"""When the shift journal says it last saw Alertmanager ("as last seen at 15:55"): the last poll
that saw it, not the last poll that was written. The tray writes a poll that changed nothing only
every ``FULL_RECORD_EVERY`` polls; the time of the polls between must not be lost when contact
is lost or the tray quits (the start checklist, ``status`` and the alerts window said "as last
seen" up to 20 polls too early)."""

from __future__ import annotations

import contextlib

from conftest import make_alert, running_tray, shut_down

from oncall_tray.config import Config
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_seen import seen_at
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.paths import Folders


def _quiet_polls(qtbot, ctl, count: int) -> list:
    """Wait for ``count`` more successful polls (nothing changes in them); their results."""
    polls = []
    ctl.poller.polled.connect(polls.append)
    qtbot.waitUntil(lambda: len([p for p in polls if p.update is not None]) >= count, timeout=20000)
    ctl.poller.polled.disconnect(polls.append)
    return [p for p in polls if p.update is not None]


@contextlib.contextmanager
def _watching(qtbot, tmp_path):
    """(Alertmanager with one alert, the shift journal, a running tray, the journal's first
    ``seen_at``), the tray polling every second."""
    am = LocalAlertmanager().start()
    journal = Journal.open(Folders.for_user().journal)
    try:
        am.post_alerts([make_alert("APIDown", "critical")])
        config = Config(alertmanager_url=am.url, notifications=False, engineer="ana", poll_interval=1,
                        max_retry_interval=1, request_timeout=2)
        with running_tray(qtbot, config, tmp_path) as ctl:
            qtbot.waitUntil(lambda: seen_at(journal, (am.url,)) is not None, timeout=15000)
            yield am, journal, ctl, seen_at(journal, (am.url,))
    finally:
        am.stop()
        journal.close()


def test_contact_lost_after_quiet_polls_keeps_the_last_poll_that_saw_alertmanager(qtbot, tmp_path):
    with _watching(qtbot, tmp_path) as (am, journal, ctl, first):
        last = _quiet_polls(qtbot, ctl, 3)[-1].update.snapshot.fetched_at
        assert seen_at(journal, (am.url,)) == first  # the quiet polls were not written (the fault's cause)
        failed = []
        ctl.poller.polled.connect(lambda result: failed.append(result) if result.update is None else None)
        am.stop()
        qtbot.waitUntil(lambda: bool(failed), timeout=15000)
        qtbot.waitUntil(lambda: seen_at(journal, (am.url,)) != first, timeout=5000)
        assert seen_at(journal, (am.url,)) == last


def test_quitting_after_quiet_polls_keeps_the_last_poll_that_saw_alertmanager(qtbot, tmp_path):
    with _watching(qtbot, tmp_path) as (am, journal, ctl, first):
        taken, take = [], ctl.shift.on_polled  # the polls the shift's side took in (after a repaint)
        ctl.shift.on_polled = lambda result: (taken.append(result), take(result))
        qtbot.waitUntil(lambda: len(taken) >= 3, timeout=20000)
        last = taken[-1].update.snapshot.fetched_at
        assert last > first
        shut_down(ctl)
        assert seen_at(journal, (am.url,)) == last
