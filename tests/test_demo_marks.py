"""The demo's alerts are never taken for the real shift's (review 68 AF6): ``oncall-tray demo``
started beside the real tray added a second, identical red icon whose notifications ("Response
target missed: DiskSpaceRunningOut", the red flag), tooltip, menu and windows were word for word
the real tray's. Everything the demo shows is marked as the demo's; the real tray's are not."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import make_alert, running_tray, utcnow, wait_until
from desktop_env import VirtualDesktop
from PySide6.QtWidgets import QWidget
from tray_process import TrayProcess

from oncall_tray.config import Config
from oncall_tray.core.overview import Light

MARK = {"en": "[Demo]", "pt_BR": "[Demonstração]"}
MENU = {"en": "Demo — not your shift", "pt_BR": "Demonstração — não é o seu turno"}
RUNNING = {"en": "another oncall-tray is running", "pt_BR": "outro oncall-tray está aberto"}


def _config(url: str, language: str) -> Config:
    return Config(alertmanager_url=url, notifications=False, engineer="ana", poll_interval=1, max_retry_interval=1,
                  request_timeout=2, language=language)


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_the_demo_tray_marks_its_tooltip_menu_windows_and_notices(qtbot, request, alertmanager, tmp_path, language):
    request.getfixturevalue("english" if language == "en" else "portuguese")
    alertmanager.post_alerts([make_alert("DiskSpaceRunningOut", "critical", starts_at=utcnow())])
    with running_tray(qtbot, _config(alertmanager.url, language), tmp_path / "demo", demo=True) as demo:
        qtbot.waitUntil(lambda: demo.snapshot is not None and bool(demo.snapshot.alerts), timeout=10000)
        tip = demo.tray.icon.toolTip().removeprefix("<qt>")
        assert tip.startswith(MARK[language] + " "), tip
        first = demo.tray.menu.actions()[0]
        assert first.text() == MENU[language] and not first.isEnabled()
        window = demo.window
        assert window.windowTitle().startswith(MARK[language] + " "), window.windowTitle()
        box = QWidget()
        box.setWindowTitle("Anything")
        assert box.windowTitle() == f"{MARK[language]} Anything"
        told = []
        demo.notifier._chain.send = told.append  # what every backend is given
        demo.notifier.enabled = True
        from oncall_tray.notify.messages import Notice

        long = "Acknowledgement ends at 23:06: DatabaseConnectionPoolExhausted"  # 62 characters: marked, too long
        demo.notifier.show([Notice("Response target missed: DiskSpaceRunningOut", "body", None),
                            Notice(long, "db / conectsuite-postgres:5432", None)])
        qtbot.waitUntil(lambda: len(told) == 2, timeout=5000)
        assert all(n.title.startswith(MARK[language] + " ") and len(n.title) <= 63 for n in told), told
        assert told[1].body == f"{long}\ndb / conectsuite-postgres:5432"  # the alert's name not lost to the mark
        window.close()


def test_the_demo_icon_is_told_apart_and_keeps_its_colour():
    from oncall_tray.ui.icons import COLOURS, paint

    for size in (16, 22, 48):
        real, demo = paint(Light.CRITICAL, 12, size), paint(Light.CRITICAL, 12, size, demo=True)
        assert real != demo
        centre_left = demo.pixelColor(max(2, size // 6), size // 2)
        assert centre_left.red() > 120 and centre_left.green() < 90  # still red


def test_the_real_tray_says_nothing_of_a_demo(qtbot, alertmanager, tmp_path, english):
    with running_tray(qtbot, _config(alertmanager.url, "en"), tmp_path / "real") as real:
        assert "Demo" not in real.tray.icon.toolTip()
        assert all("Demo" not in action.text() for action in real.tray.menu.actions())
        box = QWidget()
        box.setWindowTitle("Anything")
        assert box.windowTitle() == "Anything"
        assert not real.window.windowTitle().startswith("[")
        real.window.close()


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_the_real_demo_beside_a_real_tray_marks_its_notifications(alertmanager, tmp_path, language):
    """The README's first command while the real tray runs: dunst's history tells them apart,
    and the terminal says a real tray runs."""
    alertmanager.post_alerts([make_alert("RealOnlyAlert", "critical", starts_at=utcnow())])
    with VirtualDesktop() as desktop:
        real = TrayProcess(desktop, alertmanager.url, tmp_path, language=language, shift_open=True)
        demo = None
        try:
            desktop.wait_for_notification(lambda n: "RealOnlyAlert" in n["summary"] + n["body"], timeout=30)
            demo = subprocess.Popen([sys.executable, "-m", "oncall_tray", "--config", str(real.config), "demo"],
                                    env=real.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            first = demo.stdout.readline()
            desktop.wait_for_notification(lambda n: "DiskSpaceRunningOut" in n["summary"] + n["body"], timeout=60)
            wait_until(lambda: any("Red flag" in n["summary"] or "Alerta vermelho" in n["summary"]
                                   for n in desktop.notifications()), 30, "the demo's red flag")
            desktop.screenshot(tmp_path / f"demo-{language}.png")
            seen = desktop.notifications()
            real_ones = [n for n in seen if "RealOnlyAlert" in n["summary"] + n["body"]]
            demo_ones = [n for n in seen if "DiskSpaceRunningOut" in n["summary"] + n["body"]
                         or "Red flag" in n["summary"] or "Alerta vermelho" in n["summary"]]
            assert real_ones and demo_ones
            assert not [n["summary"] for n in real_ones if MARK[language] in n["summary"]]
            assert not [n["summary"] for n in demo_ones if not n["summary"].startswith(MARK[language] + " ")]
            assert RUNNING[language] in first, first
        finally:
            if demo is not None:
                demo.terminate()
                demo.wait(15)
                demo.stdout.close()
            real.terminate()
            real.close()
