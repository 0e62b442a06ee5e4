"""The poller under pressure (pytest-qt, offscreen; fake servers: failure modes only): refreshes
asked during a poll, a server trickling its headers, new settings during a poll in flight
(code review 81 AX1, AX7, AX13)."""

from __future__ import annotations

import json

from conftest import make_alert
from fakeserver import FakeServer
from PySide6.QtCore import Qt, QTimer

from oncall_tray.config import Config
from oncall_tray.core.contact import ContactChange
from oncall_tray.ui.poller import Poller

STATUS = json.dumps({"cluster": {"status": "ready"}, "versionInfo": {"version": "0.27.0"}}).encode()
ROUTES = {"/api/v2/alerts": b"[]", "/api/v2/silences": b"[]", "/api/v2/status": STATUS}


def alert_gets(server: FakeServer) -> int:
    return sum(1 for path in list(server.requests) if path.startswith("/api/v2/alerts"))


def test_refreshes_asked_during_a_poll_make_one_poll_after_it(qtbot):
    # AX1: six clicks (F5 repeats) during a 1-s poll made six polls, one after the other
    with FakeServer(routes=ROUTES, hold="/alerts") as server:
        poller = Poller(Config(alertmanager_url=server.url, notifications=False, poll_interval=3600))
        results = []
        poller.polled.connect(results.append)
        poller.start()
        try:
            qtbot.waitUntil(lambda: alert_gets(server) == 1, timeout=15000)  # the first poll waits for its alerts
            for _ in range(6):
                poller.refresh()
            polled = []  # posted to the worker after the refreshes: runs after every poll they make
            QTimer.singleShot(0, poller._worker, lambda: polled.append(alert_gets(server)))
            server.held.set()
            qtbot.waitUntil(lambda: bool(polled), timeout=30000)
            assert polled == [2], f"{polled[0] - 1} polls for 6 refreshes asked during one poll"
            qtbot.waitUntil(lambda: len(results) == 2, timeout=15000)
            # asked after the last poll began: polled again
            poller.refresh()
            qtbot.waitUntil(lambda: len(results) == 3, timeout=15000)
            assert alert_gets(server) == 3
        finally:
            assert poller.shutdown(3000)


def test_a_server_trickling_its_headers_loses_contact_within_the_timeout(qtbot):
    # AX7: a header line every 0.5 s held the poll for as long as the server liked; the tray kept its
    # last colour and never said contact lost
    with FakeServer(trickle_headers=0.1) as server:
        poller = Poller(Config(alertmanager_url=server.url, notifications=False, request_timeout=1.0,
                               poll_interval=3600, max_retry_interval=1))
        results = []
        poller.polled.connect(results.append)
        poller.start()
        try:
            qtbot.waitUntil(lambda: len(results) >= 2, timeout=15000)  # two polls: their requests ended
        finally:
            assert poller.shutdown(2000), "the shutdown is not held by the trickle"
    assert all("no answer in time (1 s)" in r.contact.last_error for r in results[:2])
    assert results[1].contact.change is ContactChange.LOST


def test_new_settings_during_a_poll_leave_the_old_pollers_poll_unsaid(qtbot):
    # AX13: the new poller started while the old one was still in a request; the old one then finished
    # its poll on the state it had handed over (the notice pacer: its held notices were released into
    # a result nobody took). The new one takes it over at once (not once the old thread ended: a DNS
    # lookup no cut reaches held it for seconds, test_poller_dns_handover); the old one's poll is dropped
    with FakeServer(routes=ROUTES, hold="/alerts") as server:
        config = Config(alertmanager_url=server.url, notifications=False, poll_interval=3600)
        old = Poller(config)
        old.start()
        qtbot.waitUntil(lambda: alert_gets(server) == 1, timeout=15000)  # the old one is in its request
        events = []
        old._worker.polled.connect(lambda _r: events.append("old polled"), Qt.ConnectionType.DirectConnection)
        old._thread.finished.connect(lambda: events.append(("old ended", alert_gets(server))),
                                     Qt.ConnectionType.DirectConnection)
        new = Poller(config, follows=old, same=True)  # as TrayController.apply_settings does
        results = []
        new.polled.connect(results.append)
        try:
            old.shutdown(50)  # RETIRE_WAIT_MS; its request is cut: it ends without waiting for the server
            new.start()
            qtbot.waitUntil(lambda: alert_gets(server) == 2, timeout=10000)  # the new one polls
            server.held.set()
            qtbot.waitUntil(lambda: len(results) == 1, timeout=15000)
            # the old one ended, and said nothing of its poll
            qtbot.waitUntil(lambda: bool(events), timeout=5000)
            assert events in ([("old ended", 1)], [("old ended", 2)])
            assert results[0].error is None
        finally:
            assert new.shutdown(3000) and old.shutdown(3000)


def test_a_poller_stopped_in_a_request_ends_at_once(qtbot):
    # AX7/AX13: quitting (or new settings) while a request waits on a server that never answers
    with FakeServer(hang=True) as server:
        poller = Poller(Config(alertmanager_url=server.url, notifications=False, request_timeout=30))
        poller.start()
        qtbot.waitUntil(lambda: bool(server.requests), timeout=15000)
        assert poller.shutdown(2000), "held by the request until its 30-s timeout"


def test_settings_applied_twice_during_a_poll_compare_with_the_poller_taken_over(qtbot):
    # AX13 follow-up: A polling (in a request), then B (another Alertmanager) and B again (its
    # language, say): "the same Alertmanager" is told by comparing with the poller whose state is
    # taken over: B's, which took A's over at once; and one never started is passed over (its
    # settings replaced before ``start``): the next takes over the state it was to take over
    with FakeServer(routes=ROUTES, hold="/alerts") as a, FakeServer(routes=ROUTES) as b:
        first = Poller(Config(alertmanager_url=a.url, notifications=False, poll_interval=3600))
        first.start()
        qtbot.waitUntil(lambda: alert_gets(a) == 1, timeout=15000)  # A is in its request
        config_b = Config(alertmanager_url=b.url, notifications=False, poll_interval=3600)
        second = Poller(config_b, follows=first, same=Poller.same_alertmanager(first, config_b))
        second.start()  # takes A's state over at once
        third_config = Config(alertmanager_url=b.url, notifications=False, poll_interval=3600, language="pt_BR")
        same = Poller.same_alertmanager(second, third_config)
        third = Poller(third_config, follows=second, same=same)
        back_to_a = Config(alertmanager_url=a.url, notifications=False, poll_interval=3600)
        fourth = Poller(back_to_a, follows=third, same=Poller.same_alertmanager(third, back_to_a))  # never started
        try:
            assert second._worker._another and third._worker._follows is second._worker  # B's state ...
            assert same and not third._worker._another  # ... so it is the same Alertmanager's
            assert not Poller.same_alertmanager(second, back_to_a)  # A, B, A again: A is another than B
            # never started (settings replaced before ``start``): the one before stands in, B's again
            assert fourth._worker._follows is second._worker and Poller._before(fourth) is second._worker
            assert Poller.same_alertmanager(fourth, config_b) and not Poller.same_alertmanager(fourth, back_to_a)
        finally:
            a.held.set()
            assert fourth.shutdown(0) and third.shutdown(3000) and second.shutdown(3000) and first.shutdown(3000)


def test_back_to_the_same_alertmanager_at_once_goes_on(qtbot, alertmanager):
    # A, then B and A again at once: the third is A's poller again; the tray's alerts of A were
    # cleared for B (``known``: None), its tracker goes on from the first's, set aside by B's when it
    # took over: A's alerts are not told again as "N alerts firing"
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    config_a = Config(alertmanager_url=alertmanager.url, notifications=False, poll_interval=3600)
    first = Poller(config_a)
    results = []
    first.polled.connect(results.append)
    first.start()
    qtbot.waitUntil(lambda: len(results) == 1, timeout=15000)
    assert results[0].update.initial and len(results[0].update.snapshot.alerts) == 1
    config_b = Config(alertmanager_url="http://127.0.0.1:9", notifications=False, poll_interval=3600)
    second = Poller(config_b, follows=first, same=Poller.same_alertmanager(first, config_b))
    second.start()  # takes over at once (as TrayController.apply_settings)
    same = Poller.same_alertmanager(second, config_a)
    third = Poller(config_a, follows=second, same=same)  # the tray's snapshot cleared for B: nothing known
    third.polled.connect(results.append)
    try:
        assert not same  # A is another Alertmanager than B's: what B set aside of it is taken back
        assert first.shutdown(3000)
        third.start()
        qtbot.waitUntil(lambda: len(results) == 2, timeout=15000)
        update = results[1].update
        assert not update.initial and update.events == (), "A's alerts told again as new"
    finally:
        assert third.shutdown(3000) and second.shutdown(3000) and first.shutdown(3000)
