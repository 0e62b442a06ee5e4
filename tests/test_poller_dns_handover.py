"""New settings while the poller is stuck in a DNS lookup (pytest-qt, offscreen; a real Alertmanager,
the system resolver replaced by one that blocks for one host name, as getaddrinfo does with a
black-holed resolver: no cut of the request reaches it). The new poller took over only once the old
one's thread had ended: with the resolver holding it 5-6 s, the engineer saw nothing of the new
Alertmanager meanwhile. It takes over at once; the old one's late answer is dropped, nothing of it
kept or said (code review 81 AX13's guarantee)."""

from __future__ import annotations

import dataclasses
import socket
import threading
from urllib.parse import urlsplit

import pytest
from conftest import make_alert, running_tray
from PySide6.QtCore import Qt

from oncall_tray.alertmanager.errors import Unreachable
from oncall_tray.config import Config
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.notify.messages import notice
from oncall_tray.ui.poller import Poller
from oncall_tray.watch import utc_now

HOST = "am.blocked.example"


class Resolver:
    """``socket.getaddrinfo`` for ``HOST``: waits until ``release`` is set (``resolving`` is set
    meanwhile), then resolves it as the loopback address; other names as the system does."""

    def __init__(self, monkeypatch) -> None:
        self.resolving, self.release = threading.Event(), threading.Event()
        real = socket.getaddrinfo

        def blocked(host, *args, **kwargs):
            if host == HOST:
                self.resolving.set()
                self.release.wait(60)
                return real("127.0.0.1", *args, **kwargs)
            return real(host, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", blocked)


@pytest.fixture
def resolver(monkeypatch):
    resolver = Resolver(monkeypatch)
    try:
        yield resolver
    finally:
        resolver.release.set()


def stuck_poller(qtbot, alertmanager, resolver) -> tuple[Poller, list]:
    """A poller of ``alertmanager`` by ``HOST``, its first poll waiting on the resolver; and what
    its worker says (in its thread)."""
    port = urlsplit(alertmanager.url).port
    old = Poller(Config(alertmanager_url=f"http://{HOST}:{port}", notifications=False, poll_interval=3600))
    said: list = []
    old._worker.polled.connect(said.append, Qt.ConnectionType.DirectConnection)
    old.start()
    qtbot.waitUntil(resolver.resolving.is_set, timeout=15000)
    return old, said


def test_new_settings_poll_at_once_while_the_old_poller_waits_on_dns(qtbot, alertmanager, resolver):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    old, said = stuck_poller(qtbot, alertmanager, resolver)
    config = Config(alertmanager_url=alertmanager.url, notifications=False, poll_interval=3600)
    new = Poller(config, follows=old, same=Poller.same_alertmanager(old, config))  # as TrayController.apply_settings
    results: list = []
    new.polled.connect(results.append)
    try:
        assert not old.shutdown(50), "the lookup was cut: this test no longer shows a call no cut reaches"
        new.start()
        qtbot.waitUntil(lambda: bool(results), timeout=5000)  # (failed: waited for the lookup to end)
        assert not resolver.release.is_set() and old._thread.isRunning()
        assert results[0].error is None and [a.alertname for a in results[0].update.snapshot.alerts.values()] == [
            "APIDown"]
    finally:
        resolver.release.set()
        assert new.shutdown(3000) and old.shutdown(3000)
    assert said == [], "the old poller said its late poll"


def test_the_old_pollers_late_answer_changes_nothing_taken_over(qtbot, alertmanager, resolver):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    old, said = stuck_poller(qtbot, alertmanager, resolver)
    watcher = old._worker._watcher
    contact = watcher.contact.state
    config = Config(alertmanager_url=alertmanager.url, notifications=False, poll_interval=3600)
    new = Poller(config, follows=old, same=Poller.same_alertmanager(old, config))
    results: list = []
    new.polled.connect(results.append)
    try:
        old.shutdown(50)
        new.start()
        qtbot.waitUntil(lambda: bool(results), timeout=5000)
        finished = threading.Event()
        old._thread.finished.connect(finished.set, Qt.ConnectionType.DirectConnection)
        resolver.release.set()  # the lookup ends: the old poll gets Alertmanager's answer, too late
        qtbot.waitUntil(lambda: finished.is_set() or old._thread.isFinished(), timeout=15000)
        # nothing of it kept: its tracker, its contact, what its monitor said are as the new one took them
        assert watcher.tracker.snapshot is None and watcher.contact.state == contact
        assert said == []
        new.refresh()
        qtbot.waitUntil(lambda: len(results) == 2, timeout=15000)
        assert results[1].update.events == () and results[1].attention_notices == ()  # nothing said twice
    finally:
        resolver.release.set()
        assert new.shutdown(3000) and old.shutdown(3000)


def test_the_tray_shows_new_settings_at_once_while_the_old_poller_waits_on_dns(qtbot, alertmanager, resolver,
                                                                                tmp_path):
    # the settings dialog's OK (or the file changed on disk) while the poller waits on the resolver:
    # the new Alertmanager's alerts are shown at once, not 5-6 s later
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="ana", poll_interval=3600)
    with running_tray(qtbot, config, tmp_path) as ctl:
        port = urlsplit(alertmanager.url).port
        ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=f"http://{HOST}:{port}"))
        qtbot.waitUntil(resolver.resolving.is_set, timeout=15000)
        assert ctl.snapshot is None
        stuck = ctl.poller
        ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=alertmanager.url))
        qtbot.waitUntil(lambda: ctl.snapshot is not None, timeout=5000)  # (failed: once the lookup ended)
        assert not resolver.release.is_set()
        assert [a.alertname for a in ctl.snapshot.alerts.values()] == ["APIDown"]
        assert "APIDown" in ctl.tray.icon.toolTip()
        resolver.release.set()  # (else the tray's quit leaves it running, as ``launch`` does: ``os._exit``)
        qtbot.waitUntil(stuck._thread.isFinished, timeout=15000)


def test_a_poll_of_the_replaced_poller_worked_out_as_settings_applied_is_said(qtbot, alertmanager, tmp_path):
    # its outcome was worked out before the new poller took over what it said (its contact, its monitor):
    # said, not dropped (its alerts are not shown: the new poller finds them again)
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="ana", poll_interval=3600)
    with running_tray(qtbot, config, tmp_path) as ctl:
        shown: list = []
        ctl.notifier.show = lambda notices: shown.extend(notices)
        old, last = ctl.poller, ctl.poller._worker._recent[-1]
        ctl.apply_settings(ctl.loaded.overridden(engineer="bia"))
        lost = dataclasses.replace(last, update=None, error=Unreachable(alertmanager.url, "connection refused"),
                                   contact=ContactMonitor(threshold=1).failure(utc_now(), "connection refused"),
                                   attention_notices=(notice("APIDown: not acknowledged", "5 min", None),),
                                   reworded=None)  # (its notices as made here: none to word again)
        old._worker.polled.emit(lost)  # as its thread emits it, queued to this one
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        assert [n.title for n in shown] == ["Cannot reach Alertmanager", "APIDown: not acknowledged"]
