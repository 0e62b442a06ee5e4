"""An acknowledgement (or a silence from the Silence dialog) on its way to a slow Alertmanager
says so on its row and in the detail pane: "acknowledging…" from the click until the poll that
shows the silence, which is asked as soon as Alertmanager answers; back to what it was when the
request fails (review 56 M16: the button greyed out and nothing else for half a minute, and the
engineer went to Alertmanager's UI to do it again). From the window's button, the tray menu and
a notification's *Acknowledge*. The slowness: a real Alertmanager paused with SIGSTOP
(``paused_alertmanager``) or a small server that refuses; pytest-qt offscreen, dunst for the
notification."""

from __future__ import annotations

import contextlib

import httpx
import pytest
from conftest import active_silences, make_alert, running_tray
from fakeserver import FakeServer
from paused_alertmanager import Paused
from PySide6.QtWidgets import QApplication, QMessageBox

from oncall_tray.config import Config
from oncall_tray.ui.alerts_model import COLUMNS


@contextlib.contextmanager
def tray(qtbot, url, tmp_path, monkeypatch, **settings):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    config = Config(alertmanager_url=url, notifications=False, engineer="maria", poll_interval=60, **settings)
    with running_tray(qtbot, config, tmp_path) as ctl:
        yield ctl


@pytest.fixture
def firing(alertmanager):
    alertmanager.post_alerts([make_alert("APIDown", "critical", instance="backend:3001"),
                              make_alert("BackupOld", "info")])
    return alertmanager


def fingerprint(ctl, name: str) -> str:
    return next(fp for fp, a in ctl.snapshot.alerts.items() if a.alertname == name)


def state(window, fp: str) -> str:
    """The State cell of the alert's row."""
    return window.model.data(window.model.index(window.model.row_of(fp), COLUMNS.index("state")))


def select(window, fp: str) -> None:
    window.table.selectRow(window.model.row_of(fp))
    assert window.selected_fingerprint() == fp


def window_on(ctl, name: str):
    """The alerts window shown, with the alert ``name`` selected: (window, its fingerprint)."""
    ctl.show_window()
    fp = fingerprint(ctl, name)
    select(ctl.window, fp)
    return ctl.window, fp


def details_state(window) -> str:
    return next(line for line in window.details.toPlainText().splitlines() if line.startswith("State:"))


def silenced(fp: str):
    return lambda result: result.update is not None and result.update.snapshot.alerts[fp].silenced


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_the_row_and_details_say_acknowledging_until_the_poll_shows_the_silence(qtbot, firing, tmp_path, monkeypatch):
    with tray(qtbot, firing.url, tmp_path, monkeypatch, request_timeout=10.0) as ctl:
        window, fp = window_on(ctl, "APIDown")
        other = fingerprint(ctl, "BackupOld")
        assert state(window, fp) == "firing" and details_state(window) == "State: firing"
        at_answer = []  # as it reads when the answer has come, before the poll it asks for
        ctl.alert_actions.actions.finished.connect(lambda r: at_answer.append((r.ok, state(window, fp))))
        with Paused(firing) as paused:
            window.ack_button.click()
            assert state(window, fp) == "acknowledging…"
            assert details_state(window).startswith("State: acknowledging…")
            assert state(window, other) == "firing"
            assert not window.ack_button.isEnabled()
            select(window, other)
            assert window.ack_button.isEnabled()
            select(window, fp)  # back to it: still on its way, no second click
            assert not window.ack_button.isEnabled() and details_state(window).startswith("State: acknowledging…")
            with qtbot.waitSignal(ctl.poller.polled, timeout=15000, check_params_cb=silenced(fp)):
                paused.resume()
        assert at_answer == [(True, "acknowledging…")]
        assert state(window, fp).startswith("✓ maria until")
        assert details_state(window).startswith("State: acknowledged by maria until")
        assert len(active_silences(firing)) == 1 and not message_boxes()


def test_an_acknowledgement_from_the_tray_menu_shows_in_the_window_opened_after(qtbot, firing, tmp_path, monkeypatch):
    with tray(qtbot, firing.url, tmp_path, monkeypatch, request_timeout=10.0) as ctl:
        fp = fingerprint(ctl, "APIDown")
        ctl.window.hide()  # (shown in place of a tray here)
        with Paused(firing) as paused:
            ctl.tray.ack_action.trigger()  # the worst alert: APIDown
            ctl.show_window()
            window = ctl.window
            assert state(window, fp) == "acknowledging…"
            select(window, fp)
            assert details_state(window).startswith("State: acknowledging…") and not window.ack_button.isEnabled()
            with qtbot.waitSignal(ctl.poller.polled, timeout=15000, check_params_cb=silenced(fp)):
                paused.resume()
        assert state(window, fp).startswith("✓ maria until")


def test_without_an_answer_the_row_goes_back_to_what_it_was(qtbot, firing, tmp_path, monkeypatch):
    with tray(qtbot, firing.url, tmp_path, monkeypatch, request_timeout=1.0) as ctl:
        window, fp = window_on(ctl, "APIDown")
        at_answer, polls = [], []
        ctl.alert_actions.actions.finished.connect(lambda r: at_answer.append((r.ok, state(window, fp))))
        ctl.poller.polled.connect(polls.append)
        with Paused(firing):
            window.ack_button.click()
            assert state(window, fp) == "acknowledging…"
            with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=15000):
                pass
        assert at_answer == [(False, "firing")]
        assert details_state(window) == "State: firing"
        (box,) = message_boxes()
        assert "Unknown whether" in box.text()
        box.close()
        qtbot.waitUntil(lambda: bool(polls), timeout=15000)  # the one asked after the answer (AM resumed)


def test_a_refused_acknowledgement_goes_back_to_what_it_was_with_the_error(qtbot, firing, tmp_path, monkeypatch):
    routes = {path: httpx.get(firing.url + path, timeout=10).content
              for path in ("/api/v2/alerts", "/api/v2/silences", "/api/v2/status")}
    with FakeServer(400, b'"silence invalid: refused by the test"', routes=routes, post_status=400) as refusing, \
            tray(qtbot, refusing.url, tmp_path, monkeypatch) as ctl:
        window, fp = window_on(ctl, "APIDown")
        window.ack_button.click()
        assert state(window, fp) == "acknowledging…"
        with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=15000) as answer:
            pass
        assert not answer.args[0].ok
        assert state(window, fp) == "firing" and details_state(window) == "State: firing"
        assert window.ack_button.isEnabled()
        (box,) = message_boxes()
        assert box.windowTitle() == "Not acknowledged: APIDown" and "refused by the test" in box.text()
        box.close()


def test_a_silence_from_the_dialog_says_silencing_on_its_row(qtbot, firing, tmp_path, monkeypatch):
    with tray(qtbot, firing.url, tmp_path, monkeypatch, request_timeout=10.0) as ctl:
        window, fp = window_on(ctl, "BackupOld")
        ctl.alert_actions.open_silence_dialog(fp)
        dialog = next(iter(ctl.alert_actions._dialogs.values()))
        dialog.comment.setPlainText("backup em andamento")
        with Paused(firing) as paused:
            dialog.submit()
            assert state(window, fp) == "silencing…"
            assert details_state(window).startswith("State: silencing…")
            assert not window.ack_button.isEnabled()  # a second, overlapping silence
            with qtbot.waitSignal(ctl.poller.polled, timeout=15000, check_params_cb=silenced(fp)):
                paused.resume()
        assert not ctl.alert_actions._dialogs  # closed as created
        assert "silencing" not in state(window, fp) and "silencing" not in details_state(window)


@pytest.mark.desktop
def test_acknowledge_on_a_notification_in_portuguese_says_reconhecendo(qtbot, portuguese, desktop, alertmanager,
                                                                      tmp_path, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    config = Config(alertmanager_url=alertmanager.url, engineer="maria", poll_interval=1, language="pt_BR",
                    request_timeout=10.0)
    with running_tray(qtbot, config, tmp_path) as ctl:
        alertmanager.post_alerts([make_alert("APIDown", "critical")])
        qtbot.waitUntil(lambda: any(n["summary"] == "[CRÍTICO] APIDown" for n in desktop.notifications()),
                        timeout=10000)
        fp = fingerprint(ctl, "APIDown")
        ctl.show_window()
        window = ctl.window
        select(window, fp)
        with Paused(alertmanager) as paused:
            with qtbot.waitSignal(ctl.alert_actions.actions._create, timeout=10000):  # the POST, on its way
                desktop.choose_action("Reconhecer (15 min) ([CRÍTICO] APIDown)")
            assert state(window, fp) == "reconhecendo…"
            assert "reconhecendo…" in window.details.toPlainText()
            with qtbot.waitSignal(ctl.poller.polled, timeout=30000, check_params_cb=silenced(fp)):
                paused.resume()
        assert state(window, fp).startswith("✓ maria até")


TRAY_WORDS = {"english": ("Acknowledge %1", "Acknowledging %1…"), "portuguese": ("Reconhecer %1", "Reconhecendo %1…")}


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_the_tray_menu_says_acknowledging_while_its_request_runs(qtbot, request, firing, tmp_path, monkeypatch,
                                                                  language):
    """The tray menu's *Acknowledge* entry, greyed out with "Acknowledging APIDown…" (pt_BR
    "Reconhecendo …") from the click until the poll that shows the silence: a repeat did nothing
    while the entry looked as before. Then it names the next alert."""
    request.getfixturevalue(language)
    offer, busy = TRAY_WORDS[language]
    with tray(qtbot, firing.url, tmp_path, monkeypatch, request_timeout=10.0,
              language="en" if language == "english" else "pt_BR") as ctl:
        action = ctl.tray.ack_action
        assert action.isEnabled() and action.text() == offer.replace("%1", "APIDown (backend:3001)")
        fp = fingerprint(ctl, "APIDown")
        with Paused(firing) as paused:
            action.trigger()
            assert action.text() == busy.replace("%1", "APIDown (backend:3001)") and not action.isEnabled()
            ctl.show_window()  # the window opened meanwhile says the same
            assert state(ctl.window, fp) == ("acknowledging…" if language == "english" else "reconhecendo…")
            with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=15000):
                paused.resume()
            assert not action.isEnabled() and action.text().startswith(busy.split("%1")[0])  # until a poll shows it
            with qtbot.waitSignal(ctl.poller.polled, timeout=15000, check_params_cb=silenced(fp)):
                pass
        assert action.isEnabled() and action.text() == offer.replace("%1", "BackupOld (test:1)")
        assert len(active_silences(firing)) == 1 and not message_boxes()


def test_a_refused_acknowledgement_from_the_tray_menu_gives_the_entry_back_with_the_error(qtbot, firing, tmp_path,
                                                                                           monkeypatch):
    routes = {path: httpx.get(firing.url + path, timeout=10).content
              for path in ("/api/v2/alerts", "/api/v2/silences", "/api/v2/status")}
    with FakeServer(400, b'"silence invalid: refused by the test"', routes=routes, post_status=400) as refusing, \
            tray(qtbot, refusing.url, tmp_path, monkeypatch) as ctl:
        action = ctl.tray.ack_action
        offered = action.text()
        assert offered == "Acknowledge APIDown (backend:3001)"
        action.trigger()
        assert action.text() == "Acknowledging APIDown (backend:3001)…" and not action.isEnabled()
        with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=15000):
            pass
        assert action.text() == offered and action.isEnabled()
        (box,) = message_boxes()
        assert box.windowTitle() == "Not acknowledged: APIDown" and "refused by the test" in box.text()
        box.close()
