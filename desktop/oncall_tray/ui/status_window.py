"""A small status window: the tray's state in full, and the alerts worst first (issue 2).

Shown when the tray icon is clicked, and instead of the tray where no system tray exists
(GNOME without AppIndicator). Everything from Alertmanager is shown as plain text.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..config import Config
from ..core.durations import format_age
from ..core.overview import Light, Overview
from ..core.tracker import AlertSnapshot
from ..notify.messages import severity_word
from .icons import COLOURS, paint
from .translations import translator_for
from .tray import headline, tooltip_lines

TR_CONTEXT = "status_window"
tr = translator_for(TR_CONTEXT)
MAX_ROWS = 200


class StatusWindow(QWidget):
    """Headline, details, the alerts, and Refresh / Open Alertmanager / Quit buttons.

    Signals:
        refresh_requested, quit_requested.
    """

    refresh_requested = Signal()
    quit_requested = Signal()

    def __init__(self, config: Config) -> None:
        super().__init__()
        self._config = config
        self.setWindowTitle("oncall-tray")
        self.resize(640, 420)
        self.icon_label = QLabel()
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.alerts = QListWidget()
        self.alerts.setUniformItemSizes(True)
        refresh = QPushButton(tr("Refresh now"))
        refresh.clicked.connect(self.refresh_requested.emit)
        open_am = QPushButton(tr("Open Alertmanager"))
        open_am.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(config.alertmanager_url)))
        quit_button = QPushButton(tr("Quit"))
        quit_button.clicked.connect(self.quit_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.icon_label)
        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.details)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addWidget(open_am)
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.alerts, 1)
        layout.addLayout(buttons)
        self._chips = {light: _chip(light) for light in Light}

    def show_state(self, view: Overview, snapshot: AlertSnapshot | None) -> None:
        """Show the overview and the alerts of ``snapshot`` (marked stale when ``view.stale``)."""
        self.icon_label.setPixmap(QPixmap.fromImage(paint(view.light, view.badge, 48, self.devicePixelRatioF())))
        self.headline.setText(headline(view))
        self.details.setText("\n".join(tooltip_lines(view, self._config.alertmanager_url)[1:]))
        self.alerts.clear()
        if snapshot is None:
            return
        ordered = snapshot.ordered()
        now = dt.datetime.now(dt.timezone.utc)
        translate = QCoreApplication.translate
        acked = tr("acknowledged")
        stale = tr("stale") if view.stale else ""
        for alert in ordered[:MAX_ROWS]:
            severity = snapshot.severities[alert.fingerprint]
            where = alert.labels.get("instance") or alert.labels.get("service", "")
            flags = " · ".join(f for f in (acked if alert.silenced else "", stale) if f)
            age = format_age(alert.starts_at, now)
            text = f"{severity_word(severity, translate).upper()}  {age}  {alert.alertname}  {where}  {alert.summary}"
            item = QListWidgetItem(self._chips[Light(severity.value)], text + (f"  [{flags}]" if flags else ""))
            if view.stale or alert.silenced:
                item.setForeground(QColor("#777777"))
            self.alerts.addItem(item)
        if len(ordered) > MAX_ROWS:
            self.alerts.addItem(tr("… and %1 more").replace("%1", str(len(ordered) - MAX_ROWS)))


def _chip(light: Light) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(COLOURS[light]))
    return QIcon(pixmap)
