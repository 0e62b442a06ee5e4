"""Alertmanagers that are not one cluster (clustering disabled): a silence lives on the member it
was made on, so *Extend* and *Expire* (the alerts window's Silences tab, ``silence extend`` and
``silence expire``) go to the member(s) that hold that silence ID, not the first that answers
(which answered "no such silence"); an acknowledgement of an alert seen only as inhibited goes to
the member that holds it, as any other. Two real Alertmanagers on loopback, not peered."""

from __future__ import annotations

import contextlib
import datetime as dt

import httpx
from conftest import make_alert, running_tray, silence
from test_ack_held import _apart
from test_cli import run



def _silence_on(url: str, silence_id: str) -> dict:
    return httpx.get(f"{url}/api/v2/silence/{silence_id}", timeout=5).json()


def _ends(url: str, silence_id: str) -> dt.datetime:
    return dt.datetime.fromisoformat(_silence_on(url, silence_id)["endsAt"])


@contextlib.contextmanager
def _tray_apart(qtbot, tmp_path, monkeypatch, also_on_a: bool = False):
    """Two Alertmanagers not one cluster (``_apart``: APIDown on b), a silence of ana's on b alone
    (QueueLag; with ``also_on_a``, one on a too, DiskFull), and a tray watching both that sees the
    silence: yields (a, b, the silence's ID, the tray). Both stopped on exit."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    a, b, config = _apart("b")
    try:
        sid = silence(b, {"alertname": "QueueLag"}, minutes=30, author="ana", comment="manutenção da fila")
        if also_on_a:
            silence(a, {"alertname": "DiskFull"}, minutes=30, author="ana", comment="disco de a")
        with running_tray(qtbot, config, tmp_path) as ctl:
            qtbot.waitUntil(lambda: ctl.view.apart and sid in ctl.silences, timeout=10000)
            yield a, b, sid, ctl
    finally:
        a.stop()
        b.stop()


def _end_window(qtbot, ctl, rows: int):
    """The shift end window of a shift of ana's, once it lists ``rows`` silences."""
    from oncall_tray.core import shifts

    shifts.start_shift(ctl.shift.journal, "ana")
    ctl.shift._follow_shift()
    ctl.shift.show_window("end")
    end = ctl.shift.window("end")
    qtbot.waitUntil(lambda: end.silences.topLevelItemCount() == rows, timeout=10000)
    return end


def test_silence_extend_and_expire_reach_the_member_that_holds_the_silence(tmp_path):
    """A silence on b alone: ``silence extend`` and ``silence expire`` asked a (the first that
    answered), which has no such silence (exit 1). They reach b and say so."""
    a, b, _config = _apart("b")
    try:
        settings = tmp_path / "c.yaml"
        settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n", encoding="utf-8")
        sid = silence(b, {"alertname": "QueueLag"}, minutes=30, author="ana", comment="manutenção da fila")
        before = _ends(b.url, sid)
        extended = run("silence", "extend", sid[:8], "--duration", "15m", config=str(settings))
        assert extended.returncode == 0, extended.stderr
        assert extended.stdout.strip() == sid and _ends(b.url, sid) > before
        assert f"Alertmanager {b.url}" in extended.stderr, extended.stderr
        expired = run("silence", "expire", sid, config=str(settings))
        assert expired.returncode == 0, expired.stderr
        assert _silence_on(b.url, sid)["status"]["state"] == "expired"
        assert f"Alertmanager {b.url}" in expired.stderr, expired.stderr
        assert httpx.get(f"{a.url}/api/v2/silences", timeout=5).json() == []
    finally:
        a.stop()
        b.stop()


def test_ack_of_an_alert_seen_only_as_inhibited_goes_to_the_member_that_holds_it(tmp_path):
    """HighLatencyP95 inhibited by APIDown on b (b's inhibit rule), a holding another alert:
    ``ack`` of it made the silence on a, the first that answered; it goes to b."""
    from test_inhibited import INHIBITING_CONFIG, inhibited_names

    from oncall_tray.demo import LocalAlertmanager, guide_alerts

    a, b = LocalAlertmanager().start(), LocalAlertmanager(config=INHIBITING_CONFIG).start()
    try:
        a.post_alerts([make_alert("HighMemoryUsage", "warning")])
        b.post_alerts(guide_alerts())
        from conftest import wait_until

        wait_until(lambda: "HighLatencyP95" in inhibited_names(b), 15, "the warnings inhibited on b")
        fp = next(x["fingerprint"] for x in httpx.get(f"{b.url}/api/v2/alerts", timeout=5).json()
                  if x["labels"]["alertname"] == "HighLatencyP95")
        settings = tmp_path / "c.yaml"
        settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n", encoding="utf-8")
        acked = run("ack", fp, config=str(settings))
        assert acked.returncode == 0, acked.stderr
        assert httpx.get(f"{a.url}/api/v2/silences", timeout=5).json() == []
        assert [s["id"] for s in httpx.get(f"{b.url}/api/v2/silences", timeout=5).json()] == [acked.stdout.strip()]
        assert f"Sent to Alertmanager {b.url}, which holds the alert" in acked.stderr, acked.stderr
        # the tray's holders alike (``PollResult.holders``, from the same ``listed_by``)
        from oncall_tray.alertmanager.client import AlertmanagerClient
        from oncall_tray.alertmanager.cluster import ClusterClient

        with ClusterClient([AlertmanagerClient(a.url), AlertmanagerClient(b.url)]) as cluster:
            polled = cluster.poll()
        behind = next(x for x in polled.inhibited if x.alertname == "HighHTTPErrorRate")
        assert polled.listed_by[behind.fingerprint] == (b.url,)
    finally:
        a.stop()
        b.stop()



def test_the_silences_tab_extends_and_expires_on_the_member_that_holds_the_silence(qtbot, tmp_path, monkeypatch):
    """The alerts window's Extend and Expire of a silence on b alone went to a ("no such
    silence"); they go to b."""
    with _tray_apart(qtbot, tmp_path, monkeypatch) as (a, b, sid, ctl):
        before = _ends(b.url, sid)
        with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=15000) as answer:
            ctl.alert_actions.extend_silence(sid)
        assert answer.args[0].ok, answer.args[0].error
        assert _ends(b.url, sid) > before
        with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=15000) as answer:
            ctl.alert_actions.expire_silence(sid)
        assert answer.args[0].ok, answer.args[0].error
        assert answer.args[0].members == (b.url,)
        assert _silence_on(b.url, sid)["status"]["state"] == "expired"
        assert httpx.get(f"{a.url}/api/v2/silences", timeout=5).json() == []


def test_a_member_that_fails_an_expiry_is_named(qtbot, tmp_path, monkeypatch):
    """b, holding the silence, stops before the next poll sees it: the expiry fails there, and
    the message names b (not "the silence was not changed" alone)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    with _tray_apart(qtbot, tmp_path, monkeypatch) as (_a, b, sid, ctl):
        b.stop()
        with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=15000) as answer:
            ctl.alert_actions.expire_silence(sid)
        assert not answer.args[0].ok
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert any(f"Alertmanager {b.url}, which holds the silence, did not take the change" in box.text()
                   for box in boxes), [box.text() for box in boxes]
        for box in boxes:
            box.close()


def test_a_member_downs_silences_are_marked_as_last_seen_in_the_shift_windows(qtbot, tmp_path, monkeypatch):
    """b stopped: its silence is the tray's last copy. The command line's checklists said "as last
    seen at 14:07, …" beside it, the tray's start and end windows nothing, and the end window's
    Expire was offered (it could only fail). Marked alike; Expire disabled, the tooltip says why."""
    with _tray_apart(qtbot, tmp_path, monkeypatch, also_on_a=True) as (_a, b, sid, ctl):
        b.stop()
        qtbot.waitUntil(lambda: ctl.shift.down == (b.url,), timeout=15000)
        assert sid in ctl.shift.live.held_silences and len(ctl.shift.live.held_silences) == 1
        ctl.shift.show_window("start")
        start = ctl.shift.window("start")
        qtbot.waitUntil(lambda: start.silences.topLevelItemCount() == 2, timeout=10000)
        rows = [start.silences.topLevelItem(r).text(0) for r in range(2)]
        held = next(text for text in rows if "QueueLag" in text)
        assert "(as last seen at " in held and " ago)" in held, held
        assert not any("as last seen" in text for text in rows if "DiskFull" in text), rows
        start.hide()
        end = _end_window(qtbot, ctl, 2)
        for row in range(2):
            item = end.silences.topLevelItem(row)
            button = end.silences.itemWidget(item, 3)
            if "QueueLag" in item.text(0):
                assert "as last seen at " in item.text(4), item.text(4)
                assert not button.isEnabled()
                assert f"Held by Alertmanager {b.url}, which does not answer" in button.toolTip(), button.toolTip()
            else:
                assert "as last seen" not in item.text(4) and button.isEnabled()


def test_the_end_windows_expire_reaches_the_member_that_holds_the_silence(qtbot, tmp_path, monkeypatch):
    """The shift end window's Expire of a silence on b alone went to a ("could not expire the
    silence: not found"); it goes to b."""
    with _tray_apart(qtbot, tmp_path, monkeypatch) as (_a, b, sid, ctl):
        end = _end_window(qtbot, ctl, 1)
        button = end.silences.itemWidget(end.silences.topLevelItem(0), 3)
        assert button.isEnabled()
        button.click()
        qtbot.waitUntil(lambda: _silence_on(b.url, sid)["status"]["state"] == "expired", timeout=15000)
        qtbot.waitUntil(lambda: end.saved.text().split("\n")[0] == "Silence expired.", timeout=10000)
