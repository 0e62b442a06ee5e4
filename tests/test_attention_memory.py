"""What the tray said about deadlines during the open shift is kept in the shift journal, so that
a restarted tray does not say it again (fresh-user review: after Quit and a new `oncall-tray`,
"Escalate to L2: HighLatencyP99", "Escalate to L3: DiskSpaceRunningOut", "Response target
missed: 6 alerts" and the red flag came again though nothing had changed). Anything new is
still said; a new shift starts afresh."""

from __future__ import annotations

import datetime as dt

from conftest import make_alert, utcnow

from oncall_tray.config import Config
from oncall_tray.core import shifts
from oncall_tray.core.attention import AttentionMonitor, RedFlag
from oncall_tray.core.journal import Journal
from oncall_tray.core.sla import SlaPolicy

MIN = dt.timedelta(minutes=1)


def _run(alertmanager, path, polls=0, between=None):
    """A new poller worker (a tray started again) on the journal at ``path``: its first poll's
    result and those of ``polls`` more (``between()`` before each)."""
    from oncall_tray.ui.poller import PollerWorker

    worker = PollerWorker(Config(alertmanager_url=alertmanager.url, notifications=False, poll_interval=3600),
                          journal=Journal.open(path))
    results = []
    worker.polled.connect(results.append)
    try:
        worker.start()
        for _ in range(polls):
            if between is not None:
                between()
            worker.poll()
    finally:
        worker.stop()
    assert all(r.error is None for r in results), results
    return results


def _titles(result) -> list[str]:
    return [n.title for n in result.attention_notices]


def test_a_restarted_tray_does_not_say_again_what_it_said_during_the_shift(qtbot, alertmanager, tmp_path):
    now = utcnow()
    alertmanager.post_alerts([make_alert("HighLatencyP99", "critical", starts_at=now - 20 * MIN),
                              make_alert("DiskSpaceRunningOut", "critical", starts_at=now - 70 * MIN),
                              make_alert("APIDown", "critical", starts_at=now - 3 * MIN)])
    path = tmp_path / "journal.sqlite"
    journal = Journal.open(path)

    def take_over():  # the engineer confirms the start window after the first poll
        shifts.start_shift(journal, "ana")

    first = _run(alertmanager, path, polls=1, between=take_over)
    said = _titles(first[0])
    assert "Escalate to L2: HighLatencyP99" in said and "Escalate to L3: DiskSpaceRunningOut" in said, said
    assert "Red flag: Several critical alerts at once" in said, said
    assert any(t.startswith("Response target missed") for t in said), said
    assert _titles(first[1]) == []

    (again,) = _run(alertmanager, path)  # Quit, and a new `oncall-tray` in the same shift
    assert _titles(again) == []
    assert again.attention.escalations == () and again.attention.newly_overdue == ()
    assert again.attention.new_red_flags == () and RedFlag.SEVERAL_CRITICAL in again.attention.red_flags

    def new_alert():
        alertmanager.post_alerts([make_alert("DatabaseDown", "critical", starts_at=utcnow() - 20 * MIN)])

    _start, later = _run(alertmanager, path, polls=1, between=new_alert)  # something new is said
    assert sorted(_titles(later)) == ["Escalate to L2: DatabaseDown", "Response target missed: DatabaseDown"]

    shifts.end_shift(journal, shifts.open_shift(journal).id, incoming="maria")
    shifts.start_shift(journal, "maria")
    (fresh,) = _run(alertmanager, path)  # a new shift: said again, to the new engineer
    assert {"Escalate to L2: HighLatencyP99", "Escalate to L3: DiskSpaceRunningOut", "Escalate to L2: DatabaseDown",
            "Red flag: Several critical alerts at once"} <= set(_titles(fresh)), _titles(fresh)
    assert [scope for (scope,) in journal.query("SELECT DISTINCT scope FROM state WHERE scope LIKE 'attention:%'")] \
        == [shifts.attention_scope(shifts.open_shift(journal).id)]  # the last shift's memory is gone
    journal.close()


def test_what_was_said_survives_a_round_trip_through_json():
    import json

    from test_attention import T0, World, alert, silence

    world = World()
    acked = alert("Acked", "critical", T0, silence="s1")
    alerts = [alert("APIDown", "critical", T0), alert("DiskFull", "critical", T0), acked]
    silences = [silence("s1", T0, T0 + 62 * MIN)]
    said = world.at(T0 + 61 * MIN, alerts, silences)
    assert said.escalations and said.newly_overdue and said.new_red_flags and said.expiring
    memory = json.loads(json.dumps(world.monitor.said()))
    world.monitor = AttentionMonitor(SlaPolicy())
    world.monitor.recall(memory)
    again = world.at(T0 + 61 * MIN + 30 * dt.timedelta(seconds=1), alerts, silences)
    assert (again.escalations, again.newly_overdue, again.new_red_flags, again.expiring) == ((), (), (), ())
    world.monitor.recall({"levels": "garbage", "flags": {"no such flag": "x"}})  # a damaged memory is ignored


def test_a_running_tray_tells_the_next_shift_again(qtbot, alertmanager, tmp_path):
    """A handoff on this machine while the tray runs: the new shift's engineer
    is told what a tray started in that shift would tell them; within one shift, nothing twice."""
    now = utcnow()
    alertmanager.post_alerts([make_alert("HighLatencyP99", "critical", starts_at=now - 20 * MIN),
                              make_alert("DiskSpaceRunningOut", "critical", starts_at=now - 70 * MIN)])
    path = tmp_path / "journal.sqlite"
    journal = Journal.open(path)
    shifts.start_shift(journal, "ana")

    def hand_over(to: str) -> None:
        shifts.end_shift(journal, shifts.open_shift(journal).id, incoming=to)
        shifts.start_shift(journal, to)

    steps = iter([lambda: None, lambda: hand_over("maria"), lambda: None])
    results = _run(alertmanager, path, polls=3, between=lambda: next(steps)())

    def told(titles: list[str]) -> bool:  # the escalations (one by one, or summed up once paced)
        return ("Red flag: Several critical alerts at once" in titles
                and any(t.startswith("Response target missed") for t in titles)
                and ({"Escalate to L2: HighLatencyP99", "Escalate to L3: DiskSpaceRunningOut"} <= set(titles)
                     or "Escalate: 2 alerts" in titles))

    assert told(_titles(results[0])), _titles(results[0])
    assert _titles(results[1]) == []  # the same shift: said once
    assert told(_titles(results[2])), _titles(results[2])  # maria's shift
    assert _titles(results[3]) == []
    journal.close()


def test_what_the_pacer_still_held_at_quit_is_said_by_the_next_tray(qtbot, alertmanager, tmp_path):
    """Deadline notices are paced (three of a kind a minute); one still held when the tray quits
    was never shown: the next tray of the shift says it (before, the journal had it as said)."""
    now = utcnow()
    alertmanager.post_alerts([make_alert(f"Latency{n}", "critical", starts_at=now - 20 * MIN) for n in range(3)])
    path = tmp_path / "journal.sqlite"
    journal = Journal.open(path)
    shifts.start_shift(journal, "ana")

    def fourth():
        alertmanager.post_alerts([make_alert("Latency3", "critical", starts_at=utcnow() - 20 * MIN)])

    first = _run(alertmanager, path, polls=1, between=fourth)
    assert {"Escalate to L2: Latency0", "Response target missed: Latency2"} <= set(_titles(first[0]))
    assert _titles(first[1]) == []  # Latency3's are held by the pacer (3 of a kind this minute)...
    (again,) = _run(alertmanager, path)  # ...and the tray quits
    assert {"Escalate to L2: Latency3", "Response target missed: Latency3"} <= set(_titles(again)), _titles(again)
    assert not any("Latency0" in title for title in _titles(again))  # what was shown is not said again
    journal.close()


def test_a_journal_usable_again_is_read_by_the_poller(qtbot, alertmanager, tmp_path):
    """Review 45 F3: a tray started while the journal could not be used went on, after *Try
    again* said it could be used, without its recorded escalations and acknowledgements."""
    from oncall_tray.ui.poller import PollerWorker

    alertmanager.post_alerts([make_alert("APIDown", "critical", starts_at=utcnow() - 20 * MIN)])
    journal = Journal.open(tmp_path / "journal.sqlite")
    worker = PollerWorker(Config(alertmanager_url=alertmanager.url, notifications=False, poll_interval=3600))
    results = []
    worker.polled.connect(results.append)
    try:
        worker.start()
        fp = next(iter(results[0].update.snapshot.alerts))
        journal.record_escalation(fp, "L2", alertname="APIDown", actor="ana")
        assert worker._recorded() == ({}, {}, {}, {}, {})  # no journal yet
        worker.use_journal(journal)
        worker.poll()
        assert worker._recorded()[0] == {fp: "L2"}
        assert results[-1].attention.escalated == {fp: "L2"}
    finally:
        worker.stop()
        journal.close()


def test_the_red_flag_said_is_not_said_again_through_another_url():
    """Code review 86 BF1: new settings with another URL (a proxy of the same Alertmanager) said
    "Several critical alerts at once" again for the same alerts: the flags said, kept by the alerts
    they were said for, went with the flags in force."""
    from test_attention import T0, World, alert

    crit = [alert("APIDown", "critical", T0), alert("DiskSpaceRunningOut", "critical", T0)]
    old = World()
    assert RedFlag.SEVERAL_CRITICAL in old.at(T0 + dt.timedelta(minutes=1), crit).new_red_flags
    new = World()
    new.monitor.carry_over(old.monitor, another=True)
    new.tracker.resume(old.tracker.snapshot)  # as the poller's hand-over (``_left_seen``)
    assert RedFlag.SEVERAL_CRITICAL not in new.at(T0 + dt.timedelta(minutes=2), crit).new_red_flags
