"""Fresh-user review 72 AS3: escalation notices stacked on screen. "Escalate to L2: 4 alerts", then
"Escalate to L2: APIDown", then, the same alerts said again for a new shift, "Escalate to L2: 5 alerts":
three persistent critical notifications, none replacing or closing another. A summary of the escalations
due at one level now replaces the previous summary of that level still on screen, and closes the
single-alert notices of the alerts it names (``Notice.refreshes``, ``Notice.closes``). Real Alertmanager,
real tray controller, real dunst."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import make_alert, resolve, running_tray

from oncall_tray.config import Config
from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal
from oncall_tray.paths import Folders

pytestmark = pytest.mark.desktop
PREFIX = "Escalate to L2"


def _escalations(desktop, closed: bool | None = None) -> list[dict]:
    return [n for n in desktop.notifications() if n.get("summary", "").startswith(PREFIX)
            and (closed is None or n["closed"] is closed)]


def _shift_with_four_due(desktop, alertmanager, monkeypatch) -> dt.datetime:
    """Ana's shift, Down0..Down3 firing for 20 min (past the guide's 15: L2 due); their start."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    journal = Journal.open(Folders.for_user().journal)
    shifts.start_shift(journal, "ana")
    journal.close()
    started = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=20)
    alertmanager.post_alerts([make_alert(f"Down{n}", "critical", starts_at=started) for n in range(4)])
    return started


def _config(alertmanager) -> Config:
    return Config(alertmanager_url=alertmanager.url, engineer="ana", poll_interval=1, language="en")


def _handoff(ctl) -> None:
    journal = ctl.shift.journal
    shifts.end_shift(journal, shifts.open_shift(journal).id, incoming="bruno")
    shifts.start_shift(journal, "bruno")


@pytest.fixture
def desktop():
    """The virtual desktop, its dunst showing notices alike as many."""
    from desktop_env import VirtualDesktop

    with VirtualDesktop(stack_duplicates=False) as vd:
        yield vd


def test_an_escalation_summary_replaces_the_last_and_closes_the_single_ones_it_covers(qtbot, desktop, alertmanager,
                                                                                      tmp_path, monkeypatch):
    started = _shift_with_four_due(desktop, alertmanager, monkeypatch)
    with running_tray(qtbot, _config(alertmanager), tmp_path) as ctl:
        qtbot.waitUntil(lambda: any(n["summary"] == f"{PREFIX}: 4 alerts" for n in _escalations(desktop)),
                        timeout=20000)
        alertmanager.post_alerts([make_alert("APIDown", "critical", starts_at=started)])
        qtbot.waitUntil(lambda: any(n["summary"] == f"{PREFIX}: APIDown" for n in _escalations(desktop)),
                        timeout=30000)
        assert len(_escalations(desktop, closed=False)) == 2
        _handoff(ctl)  # said again for the new engineer (AS3)
        qtbot.waitUntil(lambda: any(n["summary"] == f"{PREFIX}: 5 alerts" for n in _escalations(desktop)),
                        timeout=30000)
        # the 5-alert summary in place of the 4-alert one; the single one it covers closed
        qtbot.waitUntil(lambda: len(_escalations(desktop, closed=False)) == 1, timeout=10000)
        (shown,) = _escalations(desktop, closed=False)
        assert shown["summary"] == f"{PREFIX}: 5 alerts" and shown["urgency"] == "critical"


def test_a_later_summary_of_other_alerts_leaves_the_first_on_screen(qtbot, desktop, alertmanager, tmp_path,
                                                                     monkeypatch):
    """Code review 79 AT1: a summary of other alerts replaced the first, whose single notices it had
    closed; a summary covering both replaces one and closes the other (``freedesktop.says_again``)."""
    started = _shift_with_four_due(desktop, alertmanager, monkeypatch)
    with running_tray(qtbot, _config(alertmanager), tmp_path) as ctl:
        qtbot.waitUntil(lambda: any(n["summary"] == f"{PREFIX}: 4 alerts" for n in _escalations(desktop)),
                        timeout=20000)
        ctl.poller._worker._pacer.window = dt.timedelta(0)  # its minute past: the next burst is no "N more"
        alertmanager.post_alerts([make_alert(f"Up{n}", "critical", starts_at=started) for n in range(4)])
        qtbot.waitUntil(lambda: any("Up0" in n["body"] for n in _escalations(desktop)), timeout=30000)
        qtbot.waitUntil(lambda: len(_escalations(desktop, closed=False)) == 2, timeout=10000)
        shown = sorted(n["body"] for n in _escalations(desktop, closed=False))
        assert "Down0" in shown[0] and "Up0" in shown[1], shown
        _handoff(ctl)  # all said again (review 72 AS3): one summary of the 8 in place of both
        qtbot.waitUntil(lambda: any(n["summary"] == f"{PREFIX}: 8 alerts" for n in _escalations(desktop)),
                        timeout=30000)
        qtbot.waitUntil(lambda: len(_escalations(desktop, closed=False)) == 1, timeout=10000)
        (shown,) = _escalations(desktop, closed=False)
        assert shown["summary"] == f"{PREFIX}: 8 alerts"


def test_a_summary_replaces_the_last_once_one_of_its_alerts_resolved(qtbot, desktop, alertmanager, tmp_path,
                                                                    monkeypatch):
    """Code review 80 AV2: "Escalate to L2: 5 alerts", one of them resolved, said again for a new
    shift: "… 4 alerts" stood beside it, which still named the resolved alert and said 5."""
    started = _shift_with_four_due(desktop, alertmanager, monkeypatch)
    alertmanager.post_alerts([make_alert("Down4", "critical", starts_at=started)])
    with running_tray(qtbot, _config(alertmanager), tmp_path) as ctl:
        qtbot.waitUntil(lambda: any(n["summary"] == f"{PREFIX}: 5 alerts" for n in _escalations(desktop)),
                        timeout=20000)
        alertmanager.post_alerts([resolve(make_alert("Down0", "critical", starts_at=started))])
        qtbot.waitUntil(lambda: ctl.snapshot is not None and all(
            a.alertname != "Down0" for a in ctl.snapshot.alerts.values()), timeout=20000)
        _handoff(ctl)  # said again for the new engineer (AS3): the four still firing
        qtbot.waitUntil(lambda: any(n["summary"] == f"{PREFIX}: 4 alerts" for n in _escalations(desktop)),
                        timeout=30000)
        qtbot.waitUntil(lambda: len(_escalations(desktop, closed=False)) == 1, timeout=10000)
        (shown,) = _escalations(desktop, closed=False)
        assert shown["summary"] == f"{PREFIX}: 4 alerts" and "Down0" not in shown["body"], shown
