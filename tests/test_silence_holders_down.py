"""Alertmanagers that are not one cluster (clustering disabled) with a member down: the Silence…
dialog of an alert that only that member holds makes no silence on another (where it would
mute nothing; Acknowledge refuses alike, in these words) and keeps everything typed; a
silence that matches alerts some of whose holders answer is made there, and the alerts it
could not silence are named with why (review 61 X8). Two real Alertmanagers on loopback, not
peered, pytest-qt offscreen."""

from __future__ import annotations

import contextlib

import httpx
from conftest import make_alert, running_tray

from oncall_tray.config import Config
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.paths import Folders


def _two_apart(volatile: tuple[str, ...] = ()):
    """a and b, not one cluster: QueueLag on a (instance a:1) and on b (instance b:1); the
    tray's settings naming both, a first (``volatile``: its volatile_labels)."""
    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    a.post_alerts([make_alert("QueueLag", "warning", instance="a:1")])
    b.post_alerts([make_alert("QueueLag", "warning", instance="b:1")])
    config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), notifications=False, engineer="ana",
                    poll_interval=1, max_retry_interval=1, request_timeout=2, language="en",
                    volatile_labels=volatile)
    return a, b, config


def disk_full_on_both(tmp_path, monkeypatch):
    """``_two_apart`` with DiskFull (one alert, same labels) on a and b too, the tray's cache
    under ``tmp_path``: (a, b, config)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    a, b, config = _two_apart()
    both = make_alert("DiskFull", "warning")
    a.post_alerts([both])
    b.post_alerts([both])
    return a, b, config


@contextlib.contextmanager
def _cli_apart(tmp_path, before_start=None):
    """a and b, not one cluster: APIDown on b, HighMemoryUsage on a; settings naming both (a
    first, English); ``before_start(b)`` run, then a shift started (``handoff start``: the
    journal sees both): yields (a, b, the settings' path). Both stopped on exit."""
    from test_cli import run

    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    try:
        b.post_alerts([make_alert("APIDown", "critical")])
        a.post_alerts([make_alert("HighMemoryUsage", "warning")])
        settings = tmp_path / "c.yaml"
        settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n", encoding="utf-8")
        found = before_start(b) if before_start is not None else None
        assert run("handoff", "start", "--confirm", config=str(settings)).returncode == 0
        yield a, b, settings, found
    finally:
        a.stop()
        b.stop()


@contextlib.contextmanager
def _cli_apart_b_restarted(tmp_path):
    """``_cli_apart``, then b restarted on its storage (its alerts lost, Prometheus not sending
    them again yet: APIDown kept through its restart): yields (a, b, the settings' path,
    APIDown's fingerprint as ``status --json`` gave it before the restart). Both stopped on exit."""
    import json

    from test_cli import run

    with _cli_apart(tmp_path) as (a, b, settings, _found):
        fp = next(x["fingerprint"] for x in json.loads(run("status", "--json", config=str(settings)).stdout)["alerts"]
                  if x["alertname"] == "APIDown")
        b.stop(remove_storage=False)
        b.start()
        yield a, b, settings, fp


def _fp(ctl, instance: str) -> str:
    return next(fp for fp, alert in ctl.snapshot.alerts.items() if alert.labels.get("instance") == instance)


def _a_down(qtbot, ctl, a) -> str:
    """Stop a once the tray sees the members apart; its QueueLag's fingerprint, once it is held
    as last seen."""
    qtbot.waitUntil(lambda: ctl.view.apart and len(ctl.snapshot.alerts) == 2, timeout=10000)
    fp = _fp(ctl, "a:1")
    a.stop()
    qtbot.waitUntil(lambda: ctl.shift.down == (a.url,) and fp in ctl.view.unknown, timeout=15000)
    return fp


def test_the_silence_dialog_refuses_an_alert_only_a_member_down_holds(qtbot, tmp_path, monkeypatch):
    """a down holds QueueLag (a:1): the dialog's silence went to b, the first that answered, where
    it muted nothing, and the dialog closed as done. Refused as Acknowledge refuses; the dialog
    stays open with its comment; nothing is sent."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    a, b, config = _two_apart()
    try:
        with running_tray(qtbot, config, tmp_path) as ctl:
            fp = _a_down(qtbot, ctl, a)
            ctl.alert_actions.open_silence_dialog(fp)
            dialog = next(iter(ctl.alert_actions._dialogs.values()))
            dialog.comment.setPlainText("fila parada em a")
            dialog.submit()
            assert dialog.isVisible() and not ctl.alert_actions.actions.busy(next(iter(ctl.alert_actions._dialogs)))
            text = dialog.outcome.text()
            assert f"QueueLag (a:1) is held only by Alertmanager {a.url}, which does not answer" in text, text
            assert "Nothing was sent" in text, text
            assert dialog.comment.toPlainText() == "fila parada em a"
            assert not ctl.alert_actions.in_flight.marks()
            dialog.reject()
        assert httpx.get(f"{b.url}/api/v2/silences", timeout=5).json() == []
    finally:
        a.stop()
        b.stop()


def test_a_silence_over_alerts_held_up_and_down_names_those_not_silenced(qtbot, tmp_path, monkeypatch):
    """One silence (instance a volatile label) matches QueueLag on a, down, and on b: made on b,
    and a message names QueueLag (a:1), held only by a, which does not answer, as not silenced
    (it was left out without a word)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    a, b, config = _two_apart(volatile=("instance",))
    try:
        with running_tray(qtbot, config, tmp_path) as ctl:
            _a_down(qtbot, ctl, a)
            ctl.alert_actions.open_silence_dialog(_fp(ctl, "b:1"))
            dialog = next(iter(ctl.alert_actions._dialogs.values()))
            dialog.comment.setPlainText("fila parada")
            with qtbot.waitSignal(dialog.finished, timeout=15000):
                dialog.submit()
            assert len(httpx.get(f"{b.url}/api/v2/silences", timeout=5).json()) == 1

            def boxes():
                return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

            qtbot.waitUntil(lambda: bool(boxes()), timeout=10000)
            (box,) = boxes()
            assert box.windowTitle().endswith(" not made everywhere"), box.windowTitle()
            assert f"QueueLag (a:1) is held only by Alertmanager {a.url}, which does not answer" in box.text(), \
                box.text()
            assert "QueueLag (b:1)" not in box.text(), box.text()
            box.close()
    finally:
        a.stop()
        b.stop()


def test_ack_made_on_a_member_other_than_the_first_is_recorded_in_the_journal(tmp_path):
    """Review 61 X6: ``ack`` made the silence on b (which holds APIDown), then read it back from
    a (the first that answered) for the shift journal: 404, and no silence_created was
    recorded, without a word. Read back from b: recorded."""
    import json

    from test_cli import run

    from oncall_tray.core.journal import Journal
    from oncall_tray.core.journal_schema import EventKind

    with _cli_apart(tmp_path) as (_a, _b, settings, _found):
        doc = json.loads(run("status", "--json", config=str(settings)).stdout)
        fp = next(x["fingerprint"] for x in doc["alerts"] if x["alertname"] == "APIDown")
        acked = run("ack", "--yes", fp, config=str(settings))
        assert acked.returncode == 0, acked.stderr
        journal = Journal.open(Folders.for_user().journal)
        try:
            made = [e for e in journal.events() if e.kind is EventKind.SILENCE_CREATED]
        finally:
            journal.close()
        assert [e.alertname for e in made] == ["APIDown"], made


def test_silence_expire_and_extend_name_the_member_down_that_holds_the_silence(tmp_path):
    """A silence on b alone (an acknowledgement of b's APIDown, seen by the shift journal), b
    stopped: ``silence expire`` and ``extend`` answered "no such silence" (a's words), as if it
    did not exist. They say that b, which holds it as last seen in the shift journal, does not
    answer (exit 2)."""
    from test_cli import run

    from conftest import silence

    def acknowledged_on(b) -> str:
        return silence(b, {"alertname": "APIDown"}, minutes=60, author="ana", comment="ACK! investigando")

    with _cli_apart(tmp_path, acknowledged_on) as (_a, b, settings, sid):
        b.stop()
        for command in (["silence", "expire", sid], ["silence", "extend", sid, "--duration", "15m", "--yes"]):
            done = run(*command, config=str(settings))
            assert done.returncode == 2, (command, done.returncode, done.stderr)
            assert "no such silence" not in done.stderr.lower(), done.stderr
            assert f"Held by Alertmanager {b.url}, which does not answer" in done.stderr, done.stderr
            assert "As last seen in the shift journal: Held by" in done.stderr, done.stderr


def test_an_expiry_one_holder_took_is_recorded_and_the_other_named(qtbot, tmp_path, monkeypatch):
    """a and b, not one cluster, both hold one silence (a started from a copy of b's data), a
    then stops: the shift end window's Expire expires it on b, a does not take it. The window
    said "could not expire the silence" and the shift journal recorded nothing; the expiry is
    recorded, and the window says it was expired on b and that a did not take it."""
    import shutil

    from test_silence_holders import _end_window
    from conftest import silence

    from oncall_tray.core.journal_schema import EventKind

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    b = LocalAlertmanager().start()
    a = LocalAlertmanager(storage=tmp_path / "a")
    try:
        b.post_alerts([make_alert("QueueLag", "warning")])
        sid = silence(b, {"alertname": "QueueLag"}, minutes=30, author="ana", comment="manutenção da fila")
        b.stop(remove_storage=False)
        (tmp_path / "a" / "data").mkdir(parents=True)
        shutil.copy(b.storage / "data" / "silences", tmp_path / "a" / "data" / "silences")
        a.start()
        b.start()
        a.post_alerts([make_alert("QueueLag", "warning")])
        config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), notifications=False, engineer="ana",
                        poll_interval=1, max_retry_interval=1, request_timeout=2, language="en")
        with running_tray(qtbot, config, tmp_path) as ctl:
            qtbot.waitUntil(lambda: ctl.view.apart and ctl.shift.silence_holders.get(sid) == (a.url, b.url),
                            timeout=10000)
            end = _end_window(qtbot, ctl, 1)
            a.stop()
            qtbot.waitUntil(lambda: ctl.shift.down == (a.url,), timeout=15000)
            assert ctl.shift.silence_holders.get(sid) == (b.url, a.url), ctl.shift.silence_holders
            button = end.silences.itemWidget(end.silences.topLevelItem(0), 3)
            button.click()
            qtbot.waitUntil(lambda: httpx.get(f"{b.url}/api/v2/silence/{sid}", timeout=5).json()["status"]["state"]
                            == "expired", timeout=15000)
            from PySide6.QtWidgets import QApplication, QMessageBox

            def boxes():
                return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

            qtbot.waitUntil(lambda: bool(boxes()), timeout=10000)  # it stays: the line gives way once recorded
            (box,) = boxes()
            assert box.text().startswith("Silence expired where it was taken. "), box.text()
            assert f"Alertmanager {a.url}, which holds the silence, did not take the change" in box.text(), box.text()
            box.close()
            qtbot.waitUntil(lambda: any(e.kind is EventKind.SILENCE_EXPIRED for e in ctl.shift.journal.events()),
                            timeout=10000)
    finally:
        a.stop()
        b.stop()


def test_acknowledge_of_an_alert_also_held_by_a_member_down_names_it(qtbot, tmp_path, monkeypatch):
    """DiskFull on a and b, not one cluster, a down: Acknowledge made the silence on b alone
    without a word of a, where it still fires once a answers (the rule the Silence dialog
    follows, ``where_held``): made on b, and a message names a."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    a, b, config = disk_full_on_both(tmp_path, monkeypatch)
    try:
        with running_tray(qtbot, config, tmp_path) as ctl:
            qtbot.waitUntil(lambda: ctl.view.apart and len(ctl.snapshot.alerts) == 3, timeout=10000)
            fp = next(fp for fp, alert in ctl.snapshot.alerts.items() if alert.alertname == "DiskFull")
            a.stop()
            qtbot.waitUntil(lambda: ctl.shift.down == (a.url,), timeout=15000)
            with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=15000) as answer:
                ctl.alert_actions.acknowledge(fp)
            assert answer.args[0].ok and answer.args[0].members == (b.url,), answer.args[0]
            boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
            assert [box.windowTitle() for box in boxes] == ["Not acknowledged everywhere: DiskFull"], boxes
            assert f"DiskFull (test:1) is held by Alertmanager {a.url} too, which does not answer: not silenced there." \
                in boxes[0].text(), boxes[0].text()
            boxes[0].close()
    finally:
        a.stop()
        b.stop()
