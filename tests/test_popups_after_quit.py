"""The last fallback's always-on-top windows (``Notifier._show_popup``: no notification server, no
tray balloon) end with the tray: an urgent one stays until closed, and one whose delivery ended
after the quit began was shown after it, outliving the tray (in the tests' process, taken for the
next test's message box: test_notification_actions failed in the fresh-clone CI at 2ffd37d2 and
3512b80b). Against a real Alertmanager; no notification server on the bus given."""

from __future__ import annotations

from conftest import make_alert, running_tray, shut_down

from oncall_tray.config import Config


def _popups():
    from PySide6.QtWidgets import QApplication, QMessageBox

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_no_popup_outlives_the_tray(qtbot, alertmanager, tmp_path, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")  # no server: popups
    for box in _popups():
        box.close()
    alertmanager.post_alerts([make_alert("PopupDown", "critical"), make_alert("PopupWarning", "warning")])
    config = Config(alertmanager_url=alertmanager.url, engineer="tester", poll_interval=1)
    with running_tray(qtbot, config, tmp_path) as ctl:
        qtbot.waitUntil(lambda: bool(_popups()), timeout=15000)  # the first poll's, urgent: it stays
        alertmanager.post_alerts([make_alert("PopupLate", "critical")])
        qtbot.waitUntil(lambda: any(a.alertname == "PopupLate" for a in ctl.snapshot.alerts.values()),
                        timeout=15000)
        shut_down(ctl)  # its notice of PopupLate may still be in delivery
        ctl.shutdown = lambda: True  # (shut down once: running_tray's own shutdown then does nothing)
        qtbot.wait(3000)  # what the delivery thread still hands over is not shown
        assert not _popups(), [box.text() for box in _popups()]
