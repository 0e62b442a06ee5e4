"""The tray's *Acknowledge* on an alert only a cluster member that does not answer holds (sent to
it alone by Prometheus; a cluster gossips silences, not alerts): the window lists it "as last
seen on" that member, and acknowledging it makes the silence on a member that answers, as
``oncall-tray ack`` does (test_cluster_commands): a silence's matchers need not the alert there,
and gossip carries it to the member once it is back. Two real Alertmanagers gossiping on
loopback, pytest-qt offscreen."""

from __future__ import annotations

import httpx
from conftest import make_alert, running_tray
from test_cluster import cluster, wait_until  # noqa: F401 (the fixture)
from test_cluster_commands import _silenced_on

from oncall_tray.config import Config
from oncall_tray.ui.alerts_model import COLUMNS


def test_acknowledge_of_an_alert_only_a_member_down_holds(qtbot, cluster, tmp_path, monkeypatch):  # noqa: F811
    a, b = cluster
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    a.post_alerts([make_alert("APIDown", "critical")])
    b.post_alerts([make_alert("HighMemoryUsage", "warning")])
    config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), notifications=False, engineer="ana",
                    poll_interval=1, max_retry_interval=1, request_timeout=2, language="en")
    with running_tray(qtbot, config, tmp_path) as ctl:
        fp = next(fp for fp, alert in ctl.snapshot.alerts.items() if alert.alertname == "APIDown")
        a.stop(remove_storage=False)
        qtbot.waitUntil(lambda: ctl.shift.down == (a.url,), timeout=15000)
        ctl.show_window()
        window = ctl.window

        def state() -> str:
            return window.model.data(window.model.index(window.model.row_of(fp), COLUMNS.index("state")))

        assert state() == "firing, as last seen"  # the member in the tooltip and the detail pane
        with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=15000) as answer:
            ctl.alert_actions.acknowledge(fp)
        assert answer.args[0].ok, answer.args[0].error
        made = httpx.get(f"{b.url}/api/v2/silence/{answer.args[0].silence_id}", timeout=5).json()
        assert {m["name"]: m["value"] for m in made["matchers"]}["alertname"] == "APIDown"
        try:
            qtbot.waitUntil(lambda: state().startswith("✓ ana until"), timeout=15000)
        except Exception:
            raise AssertionError(state())
        assert state().endswith(", as last seen"), state()
    a.start()
    a.post_alerts([make_alert("APIDown", "critical")])  # Prometheus sends it again
    wait_until(lambda: _silenced_on(a.url, "APIDown"), 20, "the acknowledgement gossiped to a")


def test_acknowledge_is_refused_when_the_alertmanagers_are_not_one_cluster(qtbot, tmp_path, monkeypatch):
    """Clustering disabled: a silence made on b would not reach a, where APIDown pages; the tray
    says so, as ``oncall-tray ack`` does, and sends nothing."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    a, b, config = _apart("a")
    try:
        with running_tray(qtbot, config, tmp_path) as ctl:
            fp = next(fp for fp, alert in ctl.snapshot.alerts.items() if alert.alertname == "APIDown")
            a.stop()
            qtbot.waitUntil(lambda: ctl.shift.down == (a.url,) and fp in ctl.view.unknown, timeout=15000)
            ctl.alert_actions.acknowledge(fp)
            (box,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
            assert box.windowTitle() == "Cannot acknowledge APIDown"
            assert box.text() == ("Not created: these Alertmanagers are not one cluster, and a silence made on one that "
                                  "answers would not mute an alert where another holds it. Nothing was sent; silence "
                                  "it once its Alertmanager answers again.\n"  # the Silence dialog's and ack's words
                                  f"APIDown (test:1) is held only by Alertmanager {a.url}, which does not answer."), box.text()
            box.close()
            assert not ctl.alert_actions.in_flight.marks()
        assert httpx.get(f"{b.url}/api/v2/silences", timeout=5).json() == []
    finally:
        a.stop()
        b.stop()


def test_acknowledge_goes_to_the_alertmanager_that_holds_the_alert_when_they_are_not_one_cluster(
        qtbot, tmp_path, monkeypatch):
    """Clustering disabled, both up, APIDown posted to b alone: the silence went to a (the first
    that answered) and APIDown stayed firing on b. It goes to b, and a notice says where."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    a, b, config = _apart("b")
    try:
        with running_tray(qtbot, config, tmp_path) as ctl:
            shown, fp = _apart_seen(qtbot, ctl)
            with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=15000) as answer:
                ctl.alert_actions.acknowledge(fp)
            assert answer.args[0].ok, answer.args[0].error
            _muted_on_b_alone(qtbot, ctl, a, fp, shown, f"APIDown acknowledged on Alertmanager {b.url}")
    finally:
        a.stop()
        b.stop()


def test_silence_from_an_alert_goes_to_the_alertmanager_that_holds_it_when_they_are_not_one_cluster(
        qtbot, tmp_path, monkeypatch):
    """Review 60 V10: as for Acknowledge, the Silence dialog's silence went to a (the first that
    answered), where it muted nothing, and the dialog closed as if done. It goes to b, which
    holds APIDown, and a notice says where."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    a, b, config = _apart("b")
    try:
        with running_tray(qtbot, config, tmp_path) as ctl:
            shown, fp = _apart_seen(qtbot, ctl)
            ctl.alert_actions.open_silence_dialog(fp)
            dialog = next(iter(ctl.alert_actions._dialogs.values()))
            dialog.comment.setPlainText("teste bidi")
            with qtbot.waitSignal(dialog.finished, timeout=15000):
                dialog.submit()
            _muted_on_b_alone(qtbot, ctl, a, fp, shown, f"Silence made on Alertmanager {b.url}")
    finally:
        a.stop()
        b.stop()


def _apart_seen(qtbot, ctl) -> tuple[list, str]:
    """Once the tray sees the members apart: the notices it shows (kept in a list) and APIDown's
    fingerprint."""
    shown = []
    ctl.notifier.show = shown.extend
    qtbot.waitUntil(lambda: ctl.view.apart, timeout=10000)
    return shown, next(fp for fp, alert in ctl.snapshot.alerts.items() if alert.alertname == "APIDown")


def _muted_on_b_alone(qtbot, ctl, a, fp: str, shown: list, title: str) -> None:
    """No silence on ``a``; the alert ``fp`` (held by b) turns silenced; the one notice shown is
    ``title``."""
    assert httpx.get(f"{a.url}/api/v2/silences", timeout=5).json() == []
    qtbot.waitUntil(lambda: ctl.snapshot.alerts[fp].silenced, timeout=15000)
    assert [n.title for n in shown] == [title], [f"{n.title} | {n.body}" for n in shown]


def _apart(paging: str):
    """Two Alertmanagers with clustering disabled, a and b, APIDown posted to ``paging`` ("a" or
    "b") alone, HighMemoryUsage to the other; and the tray's settings naming both, a first."""
    from oncall_tray.demo import LocalAlertmanager

    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), notifications=False, engineer="ana",
                    poll_interval=1, max_retry_interval=1, request_timeout=2, language="en")
    holder, other = (a, b) if paging == "a" else (b, a)
    holder.post_alerts([make_alert("APIDown", "critical")])
    other.post_alerts([make_alert("HighMemoryUsage", "warning")])
    return a, b, config
