"""Fresh-user review 74 BB3: a critical alert flapping beside another critical one raised the
urgent, persistent "Red flag: Several critical alerts at once" at each of its returns (three
times in two minutes), while its own firing notices were damped as flapping. The README: the red
flag is among the notices that "notify once per shift". Against a real Alertmanager, the alert
resolved and posted firing again between polls of one poller worker (a running tray)."""

from __future__ import annotations

from conftest import make_alert, resolve
from test_attention_memory import _run, _titles

from oncall_tray.core import shifts
from oncall_tray.core.attention import RedFlag
from oncall_tray.core.journal import Journal

RED_FLAG = "Red flag: Several critical alerts at once"


def _said(attention) -> bool:
    """Whether the evaluation giving ``attention`` says the guide's red flag."""
    return RedFlag.SEVERAL_CRITICAL in attention.new_red_flags


def test_a_flapping_critical_alert_raises_the_red_flag_once_in_the_shift(alertmanager, tmp_path):
    path = tmp_path / "journal.sqlite"
    shifts.start_shift(Journal.open(path), "dani")
    alertmanager.post_alerts([make_alert("DatabaseConnectionPoolExhausted", "critical")])
    steps = iter([lambda: alertmanager.post_alerts([make_alert("APIDown", "critical")])]
                 + [lambda: alertmanager.post_alerts([resolve(make_alert("APIDown", "critical"))]),
                    lambda: alertmanager.post_alerts([make_alert("APIDown", "critical")])] * 3)
    results = _run(alertmanager, path, polls=7, between=lambda: next(steps)())
    flags = [(RedFlag.SEVERAL_CRITICAL in r.attention.red_flags) for r in results]
    assert flags == [False, True, False, True, False, True, False, True], flags  # it flapped as posted
    said = [t for r in results for t in _titles(r) if t.startswith(RED_FLAG)]
    assert said == [RED_FLAG], said  # it was said at each return: 4 times
    (again,) = _run(alertmanager, path)  # a tray restarted in the shift: not said again either
    assert not any(t.startswith(RED_FLAG) for t in _titles(again))


def test_other_critical_alerts_hours_later_raise_the_red_flag_again():
    """Code review 85 BE5: the flag was remembered by kind, so two other critical alerts firing
    together at 17:00 (in force, the guide's red flag) were never announced; the same two
    returning stay quiet (BB3). Also through the shift journal's memory (``said``/``recall``)."""
    import datetime as dt
    import json

    from test_attention import T0, World, alert

    from oncall_tray.core.attention import AttentionMonitor
    from oncall_tray.core.sla import SlaPolicy

    hour = dt.timedelta(hours=1)
    first = [alert("APIDown", "critical", T0), alert("DiskSpaceRunningOut", "critical", T0)]
    other = [alert("DatabaseDown", "critical", T0 + 5 * hour), alert("PaymentsDown", "critical", T0 + 5 * hour)]
    world = World()
    assert _said(world.at(T0, first))
    assert world.at(T0 + hour, []).red_flags == {}  # resolved at 13:00
    burst = world.at(T0 + 5 * hour, other)
    assert burst.red_flags == {RedFlag.SEVERAL_CRITICAL: "DatabaseDown, PaymentsDown"}
    assert _said(burst), burst.new_red_flags
    assert world.at(T0 + 6 * hour, []).red_flags == {}
    assert not _said(world.at(T0 + 7 * hour, first))  # the same two again: a flap, quiet
    assert world.at(T0 + 7 * hour + dt.timedelta(minutes=1), []).red_flags == {}
    mixed = [first[0], other[1]]  # two already said for, never together: none new, quiet
    assert not _said(world.at(T0 + 8 * hour, mixed))

    memory = json.loads(json.dumps(world.monitor.said()))  # a tray restarted in the shift
    world.monitor = AttentionMonitor(SlaPolicy())
    world.monitor.recall(memory)
    assert world.at(T0 + 9 * hour, []).red_flags == {}
    assert not _said(world.at(T0 + 9 * hour + dt.timedelta(minutes=1), other))
    world.at(T0 + 10 * hour, [])
    third = other + [alert("QueueStuck", "critical", T0 + 11 * hour)]
    assert _said(world.at(T0 + 11 * hour, third))


def test_an_older_journals_memory_of_the_red_flag_is_still_read():
    """A journal written before code review 85 BE5 keeps the flags said by kind only
    (``flags_said``: a list; older still: only ``flags``, those in force): the flag in force at
    the restart is not said again, the alerts unknown taken as those it is said for."""
    import datetime as dt

    from test_attention import T0, World, alert

    pair = [alert("APIDown", "critical", T0), alert("DiskSpaceRunningOut", "critical", T0)]
    in_force = {"several_critical": "APIDown, DiskSpaceRunningOut"}
    for memory in ({"flags": in_force, "flags_said": ["several_critical"]}, {"flags": in_force},
                   {"flags_said": ["several_critical"]}):
        world = World()
        world.monitor.recall(memory)
        assert not _said(world.at(T0, pair)), memory
        world.at(T0 + dt.timedelta(hours=1), [])
        assert not _said(world.at(T0 + dt.timedelta(hours=2), pair)), memory  # a flap: quiet
        other = [alert("DatabaseDown", "critical", T0), alert("PaymentsDown", "critical", T0)]
        world.at(T0 + dt.timedelta(hours=3), [])
        assert _said(world.at(T0 + dt.timedelta(hours=4), other)), memory


def test_a_running_tray_says_the_red_flag_for_other_critical_alerts(alertmanager, tmp_path):
    """Code review 85 BE5 against a real Alertmanager, one poller worker: two criticals raise
    the flag, resolve; two others fire together: said again; the first two return: quiet."""
    path = tmp_path / "journal.sqlite"
    shifts.start_shift(Journal.open(path), "dani")
    first = [make_alert("APIDown", "critical"), make_alert("DiskSpaceRunningOut", "critical")]
    other = [make_alert("DatabaseDown", "critical"), make_alert("PaymentsDown", "critical")]
    alertmanager.post_alerts(first)
    steps = iter([lambda: alertmanager.post_alerts([resolve(a) for a in first]),
                  lambda: alertmanager.post_alerts(other),
                  lambda: alertmanager.post_alerts([resolve(a) for a in other]),
                  lambda: alertmanager.post_alerts(first)])
    results = _run(alertmanager, path, polls=4, between=lambda: next(steps)())
    flags = [(RedFlag.SEVERAL_CRITICAL in r.attention.red_flags) for r in results]
    assert flags == [True, False, True, False, True], flags
    said = [[t for t in _titles(r) if t.startswith(RED_FLAG)] for r in results]
    assert said == [[RED_FLAG], [], [RED_FLAG], [], []], said
