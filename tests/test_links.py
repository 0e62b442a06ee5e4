"""Links to Alertmanager, Grafana, Prometheus and runbooks: opened in the browser, or, where the
desktop cannot open one, a box that gives the address to copy (a click must never pass silently).

The offscreen platform of these tests has no desktop services (``QDesktopServices.openUrl``
returns False, as on a machine without ``xdg-open``); a URL handler stands for the browser."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from oncall_tray.config import Config
from oncall_tray.ui.links import open_link


class Browser(QObject):
    """Stands for the desktop's browser: records the addresses it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser(qapp):
    handler = Browser()
    QDesktopServices.setUrlHandler("http", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("http")


def test_without_a_browser_a_box_gives_the_address_to_copy(qtbot):
    box = open_link("http://grafana.example:3002/d/x")
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.addWidget(box)
    assert "http://grafana.example:3002/d/x" in box.text() and "No browser could be opened" in box.text()


def test_with_a_browser_the_address_opens_and_no_box(browser):
    assert open_link("http://alertmanager.example:9093") is None
    assert browser.opened == ["http://alertmanager.example:9093"]


def test_the_tray_menu_and_the_alerts_window_links_go_through_it(qtbot, browser):
    from oncall_tray.ui.alerts_window import AlertsWindow
    from oncall_tray.ui.tray import TrayIcon

    config = Config(alertmanager_url="http://am.example:9093", grafana_url="http://grafana.example:3002",
                    jaeger_url="http://jaeger.example:16686")
    tray = TrayIcon(config)
    for label in ("Open Grafana", "Open Jaeger"):  # Jaeger: the guide's fourth dashboard (review 18)
        next(a for a in tray.menu.actions() if a.text() == label).trigger()
    window = AlertsWindow(config)
    qtbot.addWidget(window)
    next(b for b in window.findChildren(type(window.ack_button)) if b.text() == "Open Alertmanager").click()
    window.details.anchorClicked.emit(QUrl("http://runbooks.example/api-down"))
    assert browser.opened == ["http://grafana.example:3002", "http://jaeger.example:16686", "http://am.example:9093",
                              "http://runbooks.example/api-down"]


def test_a_tray_menu_link_without_a_browser_shows_the_box(qtbot):
    from oncall_tray.ui.tray import TrayIcon

    tray = TrayIcon(Config(prometheus_url="http://prom.example:9090"))
    next(a for a in tray.menu.actions() if a.text() == "Open Prometheus").trigger()
    box = tray._link_box
    assert box is not None and box.isVisible() and "http://prom.example:9090" in box.text()
    qtbot.addWidget(box)
