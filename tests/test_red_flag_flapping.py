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
