"""The alerts window's header: the tray's icon, the headline, the tray's lines (counts, the last
poll, the next deadline, warnings) and, beside them on red, the guide's red flag and the app's
own warnings (``flag_texts.view_flag_lines``).

It keeps one height whatever a poll changes in it (review 48 R4: a line "Silenced: 1" or
"⚠ Alertmanager restarted: …" coming and going, or the flags' banner appearing under it
and growing from 2 to 3 lines, moved the tabs, the filter and the table by a line at each poll,
and a double click aimed at a row hit the next one): the lines have ``LINES`` rows, a long one
wrapping onto those the others leave, the flags the same height beside them, each half the
width; when the warnings need more, the lines grow up to ``MOST_LINES`` rows and keep them until
the window is closed (review 62 Y13: a member's restart was never shown under a degraded
cluster's lines); what still does not fit is cut with "…", whole in the tooltip."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.overview import Overview
from ..notify.flag_texts import view_flag_lines
from .held_lines import HeldLines
from .icons import paint
from .plain import PlainLabel
from .screen_fit import elastic
from .translations import translator_for
from .tray import address_line, headline, tooltip_lines

TR_CONTEXT = "alerts_window"  # the window's words, as before the header had a module of its own
tr = translator_for(TR_CONTEXT)
#: Rows for the tray's lines under the headline: the counts, "Silenced: N", the last poll, the
#: next deadline and the Alertmanager's address, with room for one warning; up to ``MOST_LINES``
#: when the warnings need them (review 62 Y13: "⚠ … restarted: …" under a degraded cluster's
#: lines and "not one cluster" was never shown), kept until the window is closed (review 48 R4).
LINES, MOST_LINES = 6, 12
#: The shares of the header's width of the flags, while they are shown, and of the lines (review 52
#: H11: at 3 to 2, "⚠ … restarted: …" was cut beside two flags that left half their rows empty).
FLAGS_STRETCH, LINES_STRETCH = 1, 1


class AlertsHeader(QWidget):
    """The header (``show_view``). Its parts: ``icon_label``, ``headline``, ``details_label`` (the
    lines: ``text()`` whole) and ``red_flags`` (the guide's red flag and the app's own warnings, shown
    while there are any; ``text()`` whole)."""

    def __init__(self) -> None:
        super().__init__()
        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = elastic(PlainLabel())
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setText(tr("Connecting to Alertmanager…"))  # until the first answer (show_view)
        # wrapped: a long warning takes the rows the others leave (review 52 H11: "⚠ … restarted:
        # its alerts from before are kept a…" beside the red flags, a row free under it)
        self.details_label = HeldLines(LINES, wrap=True, most=MOST_LINES)
        # the flags, prominent while they last, wrapped (review 15: the alerts behind a
        # flag were cut with "…" at once), beside the lines and as tall as they are (review 48 R4)
        self.red_flags = HeldLines(wrap=True)
        palette = self.red_flags.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#b71c1c"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        self.red_flags.setPalette(palette)
        self.red_flags.setAutoFillBackground(True)
        self.red_flags.setContentsMargins(6, 6, 6, 6)
        bold = self.red_flags.font()
        bold.setBold(True)
        self.red_flags.setFont(bold)
        self.red_flags.hide()
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.addWidget(self.headline)
        text.addWidget(self.details_label)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, LINES_STRETCH)
        row.addWidget(self.red_flags, FLAGS_STRETCH)
        # as tall as the lines (they grow for the warnings: ``MOST_LINES``), whatever the flags say
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_view(self, view: Overview, urls: str, zone: dt.tzinfo | None, ratio: float) -> None:
        """Show the tray's state ``view``; ``urls``, the Alertmanager's addresses; times in ``zone``."""
        self.icon_label.setPixmap(QPixmap.fromImage(paint(view.light, view.badge, 48, ratio, overdue=view.overdue)))
        self.headline.setText(headline(view))
        lines = tooltip_lines(view, urls, zone, flags=False)[1:]  # the flags apart, beside them
        # the address last, when the rest leaves it a row (review 52 H11: "⚠ … restarted: its alerts
        # from before are kept a…" cut); never beside a degraded cluster's lines, which count its
        # members and name each one down (review 51 G8: "http://…:49211: connection refused ·
        # http://…:49211,…"). The tooltip says every line.
        address = address_line(urls)
        shown = [line for line in lines if line != address] if view.degraded and view.members > 1 else lines
        self.details_label.setText("\n".join(shown), "\n".join(lines), spare_last=shown[-1:] == [address])
        flags = view_flag_lines(view, QCoreApplication.translate, zone)
        self.red_flags.setText("\n".join(flags))
        self.red_flags.setVisible(bool(flags))
