"""Alerts behind an inhibition through an Alertmanager restart or a member down (code review 83
BA1): the alerts a restarted or lost member held are kept until it lists them again, and those it
held behind an inhibition are kept too, still behind it. Before, they were left out: every
warning behind APIDown was said "Resolved" after a restart (its incident closed in the shift
journal), then "Still firing: no longer inhibited" when APIDown ended. Against real Alertmanagers
with the inhibit rule of ``test_inhibited`` (restarted on their storage, or stopped)."""

from __future__ import annotations

import contextlib

import pytest
from conftest import make_alert, resolve, running_tray, utcnow, wait_until
from test_cluster import gossiping
from test_inhibited import INHIBITING_CONFIG
from test_inhibited_return import listed

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.cluster_watch import ClusterWatcher
from oncall_tray.config import Config
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker, EventKind
from oncall_tray.demo import LocalAlertmanager


def _pair() -> tuple[dict, dict]:
    """HighLatencyP95 (a warning) and APIDown of its instance, which inhibits it; started now."""
    return (make_alert("HighLatencyP95", "warning", instance="api:3001", starts_at=utcnow()),
            make_alert("APIDown", "critical", instance="api:3001", starts_at=utcnow()))


def _behind(am: LocalAlertmanager, apidown: dict) -> None:
    am.post_alerts([apidown])
    wait_until(lambda: listed(am).get("HighLatencyP95") is True, 15, "the latency inhibited")


def _said(result) -> list[tuple[EventKind, str]]:
    return [(e.kind, e.alert.alertname) for e in result.update.events]


def _behind_names(result) -> list[str]:
    return sorted(a.alertname for a in result.inhibited or ())


@contextlib.contextmanager
def _apart():
    """Two Alertmanagers with the inhibit rule that are not one cluster."""
    members = []
    try:
        members.append(LocalAlertmanager(config=INHIBITING_CONFIG).start())
        members.append(LocalAlertmanager(config=INHIBITING_CONFIG).start())
        yield members
    finally:
        for member in members:
            member.stop()


def _shown_then_behind(am: LocalAlertmanager, clients: ClusterClient, latency: dict, apidown: dict) -> ClusterWatcher:
    """A watcher of ``clients`` that saw HighLatencyP95 (posted to ``am``) shown, then behind APIDown."""
    am.post_alerts([latency])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    watcher.poll()
    _behind(am, apidown)
    assert _said(watcher.poll()) == [(EventKind.FIRED, "APIDown")]
    return watcher


def _kept_behind(result) -> None:
    """Nothing said; HighLatencyP95 still behind the inhibition."""
    assert _said(result) == [], result.update.events
    assert _behind_names(result) == ["HighLatencyP95"], result.inhibited


def _sent_again_then_apidown_ends(am: LocalAlertmanager, watcher: ClusterWatcher, latency: dict, apidown: dict):
    """Prometheus sends both to ``am`` again (same startsAt): nothing said, nothing kept any more;
    then APIDown resolves: the latency comes back as the same firing."""
    am.post_alerts([apidown, latency])
    wait_until(lambda: listed(am).get("HighLatencyP95") is True, 15, "the latency inhibited again")
    result = watcher.poll()
    _kept_behind(result)
    assert not result.kept and not result.restarted, (result.kept, result.restarted)
    am.post_alerts([resolve(apidown)])
    wait_until(lambda: listed(am) == {"HighLatencyP95": False}, 15, "APIDown resolved")
    back = [(e.kind, e.alert.alertname, e.returned) for e in watcher.poll().update.events]
    assert back == [(EventKind.FIRED, "HighLatencyP95", True), (EventKind.RESOLVED, "APIDown", False)], back


def test_a_restart_keeps_what_is_behind_an_inhibition():
    """One Alertmanager restarted while HighLatencyP95 is behind APIDown: nothing is said, the
    latency stays behind the inhibition until Prometheus sends it again, and when APIDown ends
    it comes back as the same firing."""
    latency, apidown = _pair()
    am = LocalAlertmanager(config=INHIBITING_CONFIG).start()
    clients = ClusterClient([AlertmanagerClient(am.url, timeout=3)])
    try:
        watcher = _shown_then_behind(am, clients, latency, apidown)
        am.stop(remove_storage=False)
        am.start()
        result = watcher.poll()  # Prometheus has not sent them again yet
        assert result.restarted == (am.url,), result.restarted
        _kept_behind(result)
        assert sorted(result.kept) == sorted(a.fingerprint for a in [
            *result.update.snapshot.alerts.values(), *result.inhibited]), result.kept
        _sent_again_then_apidown_ends(am, watcher, latency, apidown)
    finally:
        clients.close()
        am.stop()


@pytest.mark.parametrize("one_cluster", [False, True])
def test_a_member_down_then_restarted_keeps_what_it_held_behind_an_inhibition(one_cluster):
    """Two members; the second alone was sent HighLatencyP95 and APIDown (its own alerts: a
    Prometheus that names it only), then stops, then starts again without them: the latency is
    kept behind the inhibition all along, never resolved (the ``_with_held`` twin of BA1)."""
    latency, apidown = _pair()
    with (gossiping(INHIBITING_CONFIG) if one_cluster else _apart()) as (a, b):
        clients = ClusterClient([AlertmanagerClient(a.url, timeout=3), AlertmanagerClient(b.url, timeout=3)])
        try:
            watcher = _shown_then_behind(b, clients, latency, apidown)
            assert watcher.apart is not one_cluster
            b.stop(remove_storage=False)
            result = watcher.poll()
            assert [m.ok for m in result.members] == [True, False]
            _kept_behind(result)
            fp = next(a.fingerprint for a in result.inhibited)
            assert result.holders[fp] == (b.url,) and result.unknown[fp] == (b.url,), result.holders
            b.start()
            result = watcher.poll()
            assert result.restarted == (b.url,), result.restarted
            _kept_behind(result)
            _sent_again_then_apidown_ends(b, watcher, latency, apidown)
        finally:
            clients.close()


@pytest.mark.parametrize("members", [1, 2])
def test_the_tray_says_nothing_and_the_journal_keeps_the_incident(qtbot, tmp_path, monkeypatch, members):
    """The tray, its notices and its shift journal: one Alertmanager restarted, or the second of
    two that are not one cluster stopped, while HighLatencyP95 is behind APIDown: no "Resolved",
    in the journal it goes on firing (no RESOLVED event: its incident, if any, stays open); when
    APIDown ends: "Still firing: no longer inhibited"."""
    from oncall_tray.core.journal_schema import EventKind as JournalKind

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    latency, apidown = _pair()
    with _apart() as (a, b):
        am = a if members == 1 else b
        am.post_alerts([latency])
        peers = (b.url,) if members == 2 else ()
        config = Config(alertmanager_url=a.url, alertmanager_peers=peers, notifications=False, engineer="ana", language="en",
                        poll_interval=60)
        with running_tray(qtbot, config, tmp_path) as tray:
            shown = []
            monkeypatch.setattr(tray.notifier, "show", lambda notices: shown.extend(notices))

            taken, take = [], tray.shift.on_polled
            monkeypatch.setattr(tray.shift, "on_polled", lambda result: (take(result), taken.append(result)))

            def poll():  # one poll, taken by the shift (after the tray's repaint) and written
                with qtbot.waitSignal(tray.poller.polled, timeout=10000) as blocker:
                    tray.refresh()
                qtbot.waitUntil(lambda: any(r is blocker.args[0] for r in taken), timeout=10000)
                qtbot.waitUntil(lambda: not tray.shift.writer.busy, timeout=10000)

            def firing() -> list[str]:  # the journal's copy of what fires (a RESOLVED closes its incident)
                return sorted(r["alertname"] for r in tray.shift.journal.query("SELECT alertname FROM firing"))

            _behind(am, apidown)
            poll()
            assert firing() == ["APIDown", "HighLatencyP95"]
            am.stop(remove_storage=False)
            if members == 1:
                am.start()
            poll()
            poll()
            titles = [n.title for n in shown]
            assert not [t for t in titles if t.startswith("Resolved") or "resolved" in t], titles
            resolved = [e.alertname for e in tray.shift.journal.events(kinds=(JournalKind.RESOLVED,))]
            assert resolved == [], resolved
            assert firing() == ["APIDown", "HighLatencyP95"]
            if members == 2:
                am.start()
                poll()
            am.post_alerts([apidown, latency])
            wait_until(lambda: listed(am).get("HighLatencyP95") is True, 15, "the latency inhibited again")
            poll()
            am.post_alerts([resolve(apidown)])
            wait_until(lambda: listed(am) == {"HighLatencyP95": False}, 15, "APIDown resolved")
            del shown[:]
            poll()
            latency_notices = [n for n in shown if "HighLatencyP95" in n.title]
            assert len(latency_notices) == 1, [(n.title, n.body) for n in shown]
            assert latency_notices[0].body.startswith("Still firing: no longer inhibited"), latency_notices[0].body
            resolved = [e.alertname for e in tray.shift.journal.events(kinds=(JournalKind.RESOLVED,))]
            assert resolved == ["APIDown"], resolved
            assert firing() == ["HighLatencyP95"]


def test_an_alert_behind_an_inhibition_that_new_settings_may_lack_drops_out_unsaid():
    """The tracker's grace for a visible alert (``resume``'s ``leaving``: new settings, another
    scope) holds for one behind an inhibition: it leaves unsaid, not "Resolved"."""
    from test_inhibited_return import _latency_behind_apidown, _watcher

    with _latency_behind_apidown() as (am, watcher, latency, _apidown):
        last = watcher.poll().update.snapshot
        watcher.client.close()
        behind = list(last.behind)
        assert len(behind) == 1, last.behind
        tracker = AlertTracker(SeverityMap())
        tracker.resume(last, leaving=behind)
        am.post_alerts([resolve(latency)])
        wait_until(lambda: "HighLatencyP95" not in listed(am), 15, "the latency gone")
        watcher = _watcher(am, tracker)
        assert _said(watcher.poll()) == []
        watcher.client.close()
