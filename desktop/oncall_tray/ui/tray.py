"""The tray icon: colour and badge, tooltip, and menu (issue 2). GUI thread only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ..config import Config
from ..core.overview import Light, Overview
from ..notify.messages import count_line
from .icons import tray_icon
from .plain import plain_rich_text
from .translations import translator_for


TR_CONTEXT = "tray"
tr = translator_for(TR_CONTEXT)


def local_time(when: dt.datetime | None) -> str:
    """HH:MM:SS in local time, "—" for None."""
    return when.astimezone().strftime("%H:%M:%S") if when else "—"


def headline(view: Overview) -> str:
    """The first line of the tooltip and of the status window."""
    if view.light is Light.UNREACHABLE:
        if not view.connected_once:
            return tr("Cannot reach Alertmanager")
        return tr("Contact with Alertmanager lost")
    if view.badge == 0:
        return tr("No unacknowledged alert")
    return tr("Unacknowledged alerts: %1").replace("%1", str(view.badge))


def tooltip_lines(view: Overview, url: str) -> list[str]:
    """Tooltip: headline, counts per severity, acknowledged count, last good poll, and the
    reason when Alertmanager cannot be seen. Plain text."""
    translate = QCoreApplication.translate
    lines = [f"oncall-tray — {headline(view)}"]
    if view.unacknowledged:
        lines.append(count_line(dict(view.unacknowledged), translate))
    if view.acknowledged:
        lines.append(tr("%1 acknowledged (silenced)").replace("%1", str(view.acknowledged)))
    if view.stale:
        lines.append(tr("Alerts shown are from %1 (stale)").replace("%1", local_time(view.last_success_at)))
    elif view.last_success_at:
        lines.append(tr("Last good poll: %1").replace("%1", local_time(view.last_success_at)))
    if view.error:
        lines.append(view.error[:160])
    lines.append(url)
    return lines


class TrayIcon(QObject):
    """The system-tray icon with its menu.

    Signals:
        refresh_requested, test_notification_requested, quit_requested, open_requested
        (a click on the icon: show the window), shift_window_requested(kind): "start", "end",
        "incidents" or "history" (the shift windows).
    """

    refresh_requested = Signal()
    test_notification_requested = Signal()
    quit_requested = Signal()
    open_requested = Signal()
    shift_window_requested = Signal(str)

    def __init__(self, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self._view: Overview | None = None
        self.icon = QSystemTrayIcon(self)
        # Grey "cannot see yet" until the first poll answers: never green before we know.
        self.icon.setIcon(tray_icon(Light.UNREACHABLE, 0))
        self.icon.setToolTip("oncall-tray — " + tr("Connecting to Alertmanager…"))
        self.menu = QMenu()
        self._build_menu()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)

    def _build_menu(self) -> None:
        menu = self.menu
        self.show_action = menu.addAction(tr("Show alerts"), self.open_requested.emit)
        self.refresh_action = menu.addAction(tr("Refresh now"), self.refresh_requested.emit)
        menu.addSeparator()
        shift_windows = (("start", tr("Take over the shift…")), ("end", tr("Hand over the shift…")),
                         ("incidents", tr("Incidents…")), ("history", tr("Past handoffs…")))
        emit = self.shift_window_requested.emit
        self.shift_actions = {kind: menu.addAction(label, lambda _checked=False, k=kind: emit(k))
                              for kind, label in shift_windows}
        menu.addSeparator()
        links = (
            (tr("Open Alertmanager"), self._config.alertmanager_url),
            (tr("Open Grafana"), self._config.grafana_url),
            (tr("Open Prometheus"), self._config.prometheus_url),
        )
        for label, url in links:
            action = QAction(label, menu)
            action.triggered.connect(lambda _checked=False, u=url: QDesktopServices.openUrl(QUrl(u)))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(tr("Send test notification"), self.test_notification_requested.emit)
        menu.addSeparator()
        menu.addAction(tr("Quit"), self.quit_requested.emit)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def set_shift_open(self, is_open: bool) -> None:
        """Offer "take over" when no shift is open, "hand over" when one is."""
        self.shift_actions["start"].setEnabled(not is_open)
        self.shift_actions["end"].setEnabled(is_open)

    def show_overview(self, view: Overview) -> None:
        """Repaint the icon (only when colour or badge change) and set the tooltip."""
        old = self._view
        if old is None or (old.light, old.badge) != (view.light, view.badge):
            ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
            self.icon.setIcon(tray_icon(view.light, view.badge, ratio))
        self.icon.setToolTip(plain_rich_text("\n".join(tooltip_lines(view, self._config.alertmanager_url))))
        self._view = view

    def set_visible(self, visible: bool) -> None:
        """Show or hide the icon in the tray."""
        self.icon.setVisible(visible)

    def show_message(self, title: str, body: str, critical: bool) -> None:
        """The Qt fallback notification (a balloon or the platform's own)."""
        kind = QSystemTrayIcon.MessageIcon.Critical if critical else QSystemTrayIcon.MessageIcon.Information
        self.icon.showMessage(title, body, kind, 10_000)
