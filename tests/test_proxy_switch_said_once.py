"""Review 75 BD2: the settings' ``alertmanager_url`` changed mid-shift to a proxy in front of the
same Alertmanager (and back) said again what the shift had been told ("Escalate to L2: APIDown",
"Investigation target missed" twice) and announced as new alerts that were firing and listed
("[INFO] CertificateExpiringSoon"). The README: these notices come once per shift. An alert is
its fingerprint (its labels): one already known in the shift is neither new again nor told its
deadlines again on another URL. Real Alertmanager, a real nginx in front of it, pollers taking
over as ``TrayController.apply_settings`` makes them."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import make_alert, utcnow
from nginx_proxy import NginxProxy

from oncall_tray.config import Config
from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal
from oncall_tray.core.tracker import EventKind
from oncall_tray.ui.poller import Poller

MIN = dt.timedelta(minutes=1)


def _poller(qtbot, url: str, journal: Journal, follows: Poller | None = None) -> tuple[Poller, list]:
    """A poller of ``url`` (taking over from ``follows``, as new settings do), started, past its first poll."""
    config = Config(alertmanager_url=url, notifications=False, poll_interval=3600, engineer="ana")
    poller, results = started_poller(qtbot, config, journal, follows)
    assert results[0].error is None, results[0].error
    return poller, results


def started_poller(qtbot, config: Config, journal: Journal, follows: Poller | None = None,
                   store=None) -> tuple[Poller, list]:
    """A poller of ``config`` (its credentials in ``store``), taking over from ``follows`` as
    ``TrayController._make_poller`` makes it after a switch to another URL (``known``, what the
    tray shows, is nothing until a poll of it answers), started, past its first poll: (it, its results)."""
    poller = Poller(config, store=store, follows=follows, journal=journal,
                    same=Poller.same_alertmanager(follows, config))
    results: list = []
    poller.polled.connect(results.append)
    if follows is not None:
        assert follows.shutdown(3000)
    poller.start()
    qtbot.waitUntil(lambda: bool(results), timeout=15000)
    return poller, results


def worked_out_unseen(poller: Poller) -> None:
    """``poller`` asked to poll, its poll worked out in its thread, its delivery to the GUI thread
    still queued (the moment new settings are applied in the tests that use it)."""
    import threading

    from PySide6.QtCore import Qt

    computed = threading.Event()
    poller._worker.polled.connect(lambda r: computed.set(), Qt.ConnectionType.DirectConnection)
    poller.refresh()
    assert computed.wait(15)


def _fired(result) -> list[str]:
    """The alerts announced as new: each FIRED, or all in the first poll's summary (``initial``)."""
    if result.update.initial:
        return ["(a first poll's summary of them all)"]
    return sorted(e.alert.alertname for e in result.update.events if e.kind is EventKind.FIRED)


def _said(result) -> list[str]:
    return sorted(n.title for n in result.attention_notices)


def test_a_proxy_of_the_same_alertmanager_says_nothing_again(qtbot, alertmanager, tmp_path):
    now = utcnow()
    alertmanager.post_alerts([make_alert("APIDown", "critical", starts_at=now - 20 * MIN),
                              make_alert("DiskSpaceRunningOut", "critical", starts_at=now - 2 * MIN),
                              make_alert("CertificateExpiringSoon", "info", starts_at=now - 70 * MIN)])
    journal = Journal.open(tmp_path / "journal.sqlite")
    shifts.start_shift(journal, "ana")
    pollers: list[Poller] = []
    try:
        first, results = _poller(qtbot, alertmanager.url, journal)
        pollers.append(first)
        assert "Escalate to L2: APIDown" in _said(results[0]), _said(results[0])
        # two critical alerts: the red flag, said once in the shift whatever the URL (code review 86 BF1)
        assert "Red flag: Several critical alerts at once" in _said(results[0]), _said(results[0])
        with NginxProxy(alertmanager.url, basic=None) as proxy:
            away, results = _poller(qtbot, proxy.url, journal, follows=first)
            pollers.append(away)
            assert (_fired(results[0]), _said(results[0])) == ([], []), results[0].attention_notices
            alertmanager.post_alerts([make_alert("HighMemoryUsage", "warning", starts_at=utcnow() - MIN)])
            away.refresh()
            qtbot.waitUntil(lambda: len(results) == 2, timeout=15000)
            assert _fired(results[1]) == ["HighMemoryUsage"]  # something new is still said
            back, results = _poller(qtbot, alertmanager.url, journal, follows=away)
            pollers.append(back)
            assert (_fired(results[0]), _said(results[0])) == ([], []), results[0].attention_notices
            assert sorted(a.alertname for a in results[0].update.snapshot.alerts.values()) == [
                "APIDown", "CertificateExpiringSoon", "DiskSpaceRunningOut", "HighMemoryUsage"]
    finally:
        for poller in pollers:
            poller.shutdown(3000)
        journal.close()


def test_the_running_tray_says_nothing_again_after_settings_to_a_proxy_and_back(qtbot, alertmanager, tmp_path,
                                                                                monkeypatch):
    """The review's steps in a running tray: the URL changed to the proxy, then back (the settings
    file applied, as ``TrayController.apply_settings``)."""
    from conftest import running_tray

    from oncall_tray.ui.notifications import Notifier

    now = utcnow()
    alertmanager.post_alerts([make_alert("APIDown", "critical", starts_at=now - 20 * MIN),
                              make_alert("HighCPUUsage", "warning", starts_at=now - 40 * MIN),
                              make_alert("CertificateExpiringSoon", "info", starts_at=now - 70 * MIN)])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, poll_interval=3600, engineer="ana",
                    language="en")
    shown: list = []
    monkeypatch.setattr(Notifier, "show", lambda self, notices: shown.extend(notices))
    with running_tray(qtbot, config, tmp_path) as ctl, NginxProxy(alertmanager.url, basic=None) as proxy:
        before = [n.title for n in shown]
        assert "Escalate to L2: APIDown" in before, before
        for url in (proxy.url, alertmanager.url):
            ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=url))
            with qtbot.waitSignal(ctl.poller.polled, timeout=15000) as polled:
                pass
            assert polled.args[0].error is None and len(ctl.snapshot.alerts) == 3
        titles = [n.title for n in shown]
        # (the deadline notices paced across polls come out at the next poll: once, whichever poller)
        assert len(set(titles)) == len(titles) and not any(t.startswith("Alerts firing") for t in titles[len(
            before):]), titles
        assert not any("2 alerts" in t or "APIDown" in t for t in titles[len(before):]), titles


@pytest.mark.parametrize("to_proxy", [False, True])
def test_an_alert_fired_in_the_poll_before_new_settings_is_notified_once(qtbot, alertmanager, tmp_path, monkeypatch,
                                                                         to_proxy):
    """Code review 86 BF2: the old poller's poll in which an alert fired, worked out but not yet
    delivered when new settings to another URL (a proxy) were applied: the alert was listed,
    never notified (the new tracker went on from the old one's, which knew it). The same URL:
    the new poller fires it again from what was shown. Either way, said once."""
    from conftest import running_tray

    from oncall_tray.ui.notifications import Notifier

    alertmanager.post_alerts([make_alert("APIDown", "warning", starts_at=utcnow() - MIN)])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, poll_interval=3600, engineer="ana",
                    language="en")
    shown: list = []
    monkeypatch.setattr(Notifier, "show", lambda self, notices: shown.extend(notices))
    with running_tray(qtbot, config, tmp_path) as ctl, NginxProxy(alertmanager.url, basic=None) as proxy:
        qtbot.waitUntil(lambda: ctl.snapshot is not None, timeout=15000)
        alertmanager.post_alerts([make_alert("HighMemoryUsage", "warning", starts_at=utcnow() - MIN)])
        before = len(shown)
        worked_out_unseen(ctl.poller)
        ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=proxy.url if to_proxy else alertmanager.url))
        with qtbot.waitSignal(ctl.poller.polled, timeout=15000):
            pass
        qtbot.waitUntil(lambda: len(ctl.snapshot.alerts) == 2, timeout=15000)
        qtbot.wait(300)  # (the late result, queued before the new poller's, is long delivered)
        texts = [n.title + " " + n.body for n in shown[before:]]
        assert sum("HighMemoryUsage" in t for t in texts) == 1, texts
