"""The alerts window (issue 3): the tray's state in full, the current alerts worst first with a
filter, and the selected alert's details. Opened by clicking the tray icon, and shown instead of
the tray where no system tray exists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QPushButton, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from ..alertmanager.models import Alert, Silence
from ..config import Config
from ..core.acknowledged import acknowledged
from ..core.alert_filter import AlertFilter
from ..core.overview import Overview
from ..core.tracker import AlertSnapshot, TrackerUpdate
from ..core.silencing import covered
from .alert_buttons import AlertButtons
from .alert_details import AlertDetails
from .alerts_header import AlertsHeader
from .filter_box import FilterBox
from .silences_view import SilencesView
from .alerts_model import AlertsModel
from .alerts_table import AlertsTable
from .links import open_link
from .questions import confirm_quit
from .shift_menu import ShiftMenuButton
from .side_scroll import SidePanelScroll
from .screen_fit import fit_to_screen
from .stand_in import StandIn
from .tab_order import chain, focusables, show_focus
from .trend_pane import TrendPane
from .translations import translator_for
from .window_keys import KeyboardWindow

TR_CONTEXT = "alerts_window"
tr = translator_for(TR_CONTEXT)
TICK_MS = 1000


class AlertsWindow(KeyboardWindow):
    """Signals: refresh_requested, quit_requested, acknowledge_requested(fingerprint),
    silence_requested(fingerprint), alert_selected(fingerprint, alertname) ("" for none),
    selected_alert_left(fingerprint, still firing) when the selected alert leaves the table.
    Escape and Ctrl+W close it (``dismiss``); it opens on the filter (not the tab bar)."""

    refresh_requested = Signal()
    quit_requested = Signal()
    watched_on: Callable[[], bool] = staticmethod(lambda: False)  # the tray's (``TrayIcon.watched_on``)
    acknowledge_requested = Signal(str)
    silence_requested = Signal(str)
    escalate_requested = Signal(str)
    incidents_message_requested = Signal(str)  # "Copy for #incidents" (guide: notify #incidents)
    trend_requested = Signal(str, int)  # fingerprint, range in seconds
    alert_selected = Signal(str, str)
    selected_alert_left = Signal(str, bool)

    def __init__(self, config: Config) -> None:
        super().__init__()
        self._config = config
        self.setWindowTitle(tr("oncall-tray — alerts"))
        fit_to_screen(self, 1180, 720)
        self.model = AlertsModel(self)
        self.model.policy = config.sla_policy()
        self._selected = ""
        self._left = ""  # the alert that left the table while selected (its notes stay in the panel)
        self._shown: Alert | None = None  # the last alert whose details were shown
        self._ticker = QTimer(self)  # the countdowns move every second while the window is shown
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(lambda: self.model.tick(dt.datetime.now(dt.timezone.utc)))
        self._build()

    def _build(self) -> None:
        self.header = AlertsHeader()  # one height whatever a poll says in it (review 48 R4)
        self.icon_label, self.headline = self.header.icon_label, self.header.headline
        self.details_label, self.red_flags = self.header.details_label, self.header.red_flags
        self.filter_box = FilterBox()
        self.first_field = self.filter = self.filter_box.edit  # the first thing to type: Tab reaches the table
        self.filter_box.filter_changed.connect(self._apply_filter)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._show_filter_state)  # a poll may empty or fill the filtered table
        self.table = AlertsTable(self.model, self.fontMetrics().height() + 8)
        self.table.setObjectName("alerts")  # (a window made again finds it: ``remade``)
        self.table.reordered.connect(self._show_reordered)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.chosen.connect(self._acknowledge)  # a double click or Enter
        self.details = AlertDetails(self._config)
        self.details.zone = self.model.policy.business.zone  # as the State column and the messages
        show_focus(self.details)  # a Tab stop (review 51 G3: it showed no focus)
        self.trend = TrendPane(self.details.zone)  # its chart built when first needed (it loads pyqtgraph)
        self.trend.requested.connect(self.trend_requested.emit)
        self.trend.range_changed.connect(lambda: self.refresh_trend(fresh=True))
        self.trend.built.connect(self._order_tabs)
        self.lower = QSplitter(Qt.Orientation.Horizontal)  # details, trend, and side panels (notes)
        self.lower.addWidget(self.details)
        self.lower.addWidget(self.trend)
        self.lower.setSizes([480, 700])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.lower)
        splitter.setSizes([330, 310])
        self.alert_buttons = alert_buttons = AlertButtons()
        self.ack_button, self.silence_button = alert_buttons.ack, alert_buttons.silence
        self.escalate_button, self.incidents_button = alert_buttons.escalate, alert_buttons.incidents
        self.ack_button.clicked.connect(self._acknowledge)
        self.silence_button.clicked.connect(lambda: self._selected and self.silence_requested.emit(self._selected))
        self.escalate_button.clicked.connect(lambda: self._selected and self.escalate_requested.emit(self._selected))
        self.incidents_button.clicked.connect(
            lambda: self._selected and self.incidents_message_requested.emit(self._selected))
        self._refresh_button = refresh = QPushButton(tr("Refresh now"))
        refresh.clicked.connect(self.refresh_requested.emit)
        self._open_button = open_am = QPushButton(tr("Open Alertmanager"))
        open_am.clicked.connect(lambda: open_link(self._config.alertmanager_url, self))
        self.shift_button = ShiftMenuButton()  # the shift windows and the settings, by keyboard (review Q12)
        self._quit_button = quit_button = QPushButton(tr("Quit"))
        quit_button.clicked.connect(lambda: confirm_quit(self, self.watched_on()) and self.quit_requested.emit())
        self.stand_in = StandIn(self, quit_button)  # where no system tray exists (review 25)
        alerts_tab = QWidget()
        alerts_layout = QVBoxLayout(alerts_tab)
        alerts_layout.addWidget(self.filter_box)
        alerts_layout.addWidget(splitter, 1)
        alerts_layout.addLayout(alert_buttons)
        self.silences = SilencesView()
        self.silences.zone = self.details.zone
        self.tabs = QTabWidget()
        self.tabs.addTab(alerts_tab, tr("Alerts"))
        self.tabs.addTab(self.silences, tr("Silences"))
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addWidget(open_am)
        buttons.addWidget(self.shift_button)
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.stand_in.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.filter.setFocus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh_requested.emit)
        self._order_tabs()
        self._update_buttons()

    def _order_tabs(self) -> None:
        """Tab goes: the filter, the table, the selected alert's buttons, its details (and their
        links), its trend, the side panels (the notes), then Refresh, Open Alertmanager and Quit
        (review 51 G3: the buttons came after the details' links, the notes after Quit)."""
        sides = [self.lower.widget(i) for i in range(2, self.lower.count())]
        chain(self.filter, self.table, self.ack_button, self.silence_button, self.escalate_button,
              self.incidents_button, self.details, *focusables(self.trend),
              *(widget for side in sides for widget in focusables(side)),
              self._refresh_button, self._open_button, self.shift_button, self._quit_button)

    def dismiss(self) -> None:
        """Escape or Ctrl+W (review 22): close, or minimize while there is no tray (``StandIn``)."""
        self.stand_in.dismiss()

    # -- state -------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        self.model.tick(dt.datetime.now(dt.timezone.utc))
        self._ticker.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self._ticker.stop()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.stand_in.keeps_open(event):
            super().closeEvent(event)

    def show_overview(self, view: Overview) -> None:
        """Show the tray's state in the header; mark the rows stale while contact is lost."""
        self.header.show_view(view, ", ".join(self._config.alertmanager_urls()), self._config.zone(), self.devicePixelRatioF())
        self.model.set_stale(view.stale, view.escalated, view.acknowledged_at, view.answered, view.unknown,
                             view.level_resolve_by, view.on_call)
        self.silences.set_stale(view.stale, view.writable)
        self.alert_buttons.writable = view.writable  # stale, only asked to slow down: the writes stay on
        self.details.inhibited = view.inhibited  # "Inhibits: …" in the pane of what inhibits them (Q6)
        self._reselect()

    def apply(self, update: TrackerUpdate, silences: Mapping[str, Silence],
              held_down: Mapping[str, Sequence[str]] | None = None) -> None:
        """Apply one poll to the table, incrementally, and refill the silences tab when the
        silences or the alerts they mute may have changed (not a pass over every alert at
        every poll); ``held_down``: the silences only members not answering hold
        (``PollResult.held_down``), marked as last seen."""
        self.silences.set_held_down(held_down or {})
        self.model.apply(update, silences, update.snapshot.fetched_at)
        self.details.snapshot = update.snapshot  # what inhibits an alert, named in its pane
        if update.events or silences != self._silences_shown:
            self._show_silences(update.snapshot, silences)
            self._show_filter_state()  # alerts the filter leaves out change no row (review 22)
        self._reselect()

    def load(self, snapshot: AlertSnapshot, silences: Mapping[str, Silence],
             held_down: Mapping[str, Sequence[str]] | None = None) -> None:
        """Show ``snapshot`` unless the table shows it already; ``held_down``: as ``apply``'s (the
        last poll's, for a window built or shown after it: marked at once, not at the next poll)."""
        self.silences.set_held_down(held_down or {})
        if self.model.sequence != snapshot.sequence:
            self.model.load(snapshot, silences, snapshot.fetched_at)
            self.details.snapshot = snapshot
            self._show_silences(snapshot, silences)
            self._reselect()

    _silences_shown: Mapping[str, Silence] | None = None

    def _show_silences(self, snapshot: AlertSnapshot, silences: Mapping[str, Silence]) -> None:
        self.silences.show_silences(silences, covered(snapshot.alerts.values()))
        self._silences_shown = silences

    def _apply_filter(self, parsed: AlertFilter) -> None:
        self.model.set_filter(None if parsed.empty else parsed.predicate())  # invalid: every alert
        self._show_filter_state()
        self._show_reordered()

    def _show_reordered(self) -> None:
        """After a reset the engineer asked for (a filter, a sort): the selected alert again and in
        view, or the top of the list (the view kept its scroll position, which left a shorter list
        scrolled to its end: fresh-user review)."""
        self._reselect()
        row = self.model.row_of(self._selected) if self._selected else -1
        if row >= 0:
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        else:
            self.table.scrollToTop()

    def _show_filter_state(self, *_args) -> None:
        self.filter_box.show_counts(self.model.rowCount(), self.model.total())

    def _reselect(self) -> None:
        """Keep the selected alert selected across resets. When it is gone (resolved, or hidden
        by the filter), nothing else is selected in its place: the details and the notes panel
        stay on it (``_show_left``), the notes with what is being typed (``selected_alert_left``); once it is in the
        table again (the filter cleared) it is selected again."""
        row = self.model.row_of(self._selected) if self._selected else -1
        if self._selected and row < 0:
            self._selected_left()
            return
        if not self._selected and self._left:
            back = self.model.row_of(self._left)
            if back < 0:  # still away: say why again (it may have resolved since the filter hid it)
                self._show_left(self._left)
                self.selected_alert_left.emit(self._left, self.model.alert(self._left) is not None)
                return
            row = back
        current = self.table.currentIndex()
        if row >= 0 and current.row() != row:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_selected()

    def _selected_left(self) -> None:
        """The selected alert left the table: select nothing else (a poll removing its row
        would move the selection to the next one), and tell the notes panel."""
        gone, self._selected = self._selected, ""  # first: clearing the selection then changes nothing
        self._left = gone
        self.table.selectionModel().clear()
        self._show_left(gone)
        self.refresh_trend(fresh=True)
        self._update_buttons()
        self.selected_alert_left.emit(gone, self.model.alert(gone) is not None)  # still firing: filtered out

    def _show_left(self, fingerprint: str) -> None:
        """The details of the alert that left the table stay beside its notes, with why: its
        state and "(hidden by the filter)", or "resolved" (the last copy shown)."""
        alert = self.model.alert(fingerprint)
        if alert is not None:
            self.details.show_alert(alert, self.model.silences_of(alert),
                                    tr("%1 (hidden by the filter)").replace("%1", self.model.state_text(alert)))
        elif self._shown is not None and self._shown.fingerprint == fingerprint:
            self.details.show_alert(self._shown, [], tr("resolved"))
        else:
            self.details.show_none()

    def _show_selected(self) -> None:
        if self._selected and self.model.row_of(self._selected) < 0:
            self._selected_left()  # its row was removed, not another one chosen
            return
        index = self.table.currentIndex()
        alert = self.model.alert(self.model.fingerprint(index.row())) if index.isValid() else None
        before = self._selected
        if alert is None:
            self._selected = ""
            if self._left:
                self._show_left(self._left)
            else:
                self.details.show_none()
        else:
            self._selected, self._left, self._shown = alert.fingerprint, "", alert
            self.details.show_alert(alert, self.model.silences_of(alert), self.model.state_text(alert))
        if self._selected != before:
            self.refresh_trend(fresh=True)
            self.alert_selected.emit(self._selected, alert.display_name if alert else "")
        self._update_buttons()

    # -- trend (issue 8) -------------------------------------------------------------------

    @property
    def chart(self):
        """The trend chart (``TrendPane.chart``), None until first needed."""
        return self.trend.chart

    def refresh_trend(self, fresh: bool = False) -> None:
        """Ask for the selected alert's trend again (``TrendPane.refresh``): after a poll, or
        ``fresh`` for another alert or range."""
        self.trend.refresh(self.model.alert(self._selected) if self._selected else None, fresh)

    def show_trend(self, result) -> None:
        """Show a ``TrendResult`` if it is still the selected alert's, over the picked range."""
        self.trend.show_result(result, self._selected)

    def refresh_buttons(self) -> None:
        """Enable the buttons for the selected alert again (after a failed action)."""
        self._update_buttons()

    def show_in_flight(self, marks: Mapping[str, str]) -> None:
        """Say which alerts' silence is on its way (``AlertsModel.set_in_flight``), in their rows
        and in the details of the one selected; no *Acknowledge* for them meanwhile."""
        self.model.set_in_flight(marks)
        if self._selected or self._left:
            self._show_selected()

    def add_side_panel(self, widget: QWidget) -> None:
        """Put ``widget`` beside the selected alert's details (the notes panel), in a scroll area:
        a tall panel (notes, the after-incident steps and reminders) scrolls instead of taking
        the table's rows or squeezing its own lines (review 16: two rows of twenty left, the
        reminders cut at top and bottom)."""
        side = SidePanelScroll(widget)  # never narrower than the panel needs
        side.laid_out.connect(self._order_tabs)  # its fields may have changed (a panel put in its slot)
        self.lower.addWidget(side)
        self._order_tabs()
        self.lower.setSizes([420, 480, 360])

    def _update_buttons(self) -> None:
        alert = self.model.alert(self._selected) if self._selected else None
        sending = alert is not None and self.model.in_flight(alert.fingerprint)
        self.alert_buttons.follow(alert, self.model.stale, sending,
                                  alert is not None and acknowledged(alert, (self._silences_shown or {}).values(),
                                                                     self.model.on_call))

    def _acknowledge(self) -> None:
        if self.ack_button.isEnabled() and self._selected:
            self.ack_button.setEnabled(False)  # a double click must not send two silences
            self.acknowledge_requested.emit(self._selected)

    def selected_fingerprint(self) -> str:
        """The fingerprint of the selected alert ("" when none)."""
        return self._selected

    def selected_alert(self) -> tuple[str, str]:
        """(fingerprint, name) of the selected alert, as ``alert_selected`` gave them; ("", "") for none."""
        shown = self._shown
        same = shown is not None and shown.fingerprint == self._selected
        return (self._selected, shown.display_name) if same else ("", "")

    def select_alert(self, fingerprint: str) -> bool:
        """The alerts tab with ``fingerprint``'s alert selected, in view, every pane on it (a click
        on its notification): a filter hiding it is cleared (review 52 H3: the notes stayed on the
        alert selected before). One no longer listed (resolved since) changes nothing, not even the
        engineer's selection (review 53 K6); returns False then, True when selected."""
        if self.model.alert(fingerprint) is None:
            return False
        self.tabs.setCurrentIndex(0)
        if self.model.row_of(fingerprint) < 0:
            self.filter.clear()
        index = self.model.index(self.model.row_of(fingerprint), 0)
        self._left = ""
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self._show_selected()
        return True

    def view_state(self) -> tuple[str, str, tuple[str, bool], int]:
        """What the engineer chose to look at: (the filter's text, the selected alert's
        fingerprint, "" when none, the order: ``AlertsModel.sorted_by``, the tab shown: 0 the
        alerts, 1 the silences); ``restore_view`` puts it back in a window built later."""
        return self.filter.text(), self._selected or self._left, self.model.sorted_by, self.tabs.currentIndex()

    def restore_view(self, state: tuple[str, str, tuple[str, bool], int]) -> None:
        """Filter, sort and select as in ``state`` (from ``view_state`` of the window this one
        replaces, after new settings). Call it once the alerts are loaded: an alert that is not
        in the table is treated as one that left it (its details stay, marked)."""
        text, selected, (column, descending), tab = state
        self.tabs.setCurrentIndex(tab)  # review 40 F18: a login from the Silences tab went back to the alerts
        self.model.sort_by(column, descending)
        self.table.show_order()
        self.filter.setText(text)
        if selected and selected != self._selected:
            self._selected, self._left = "", selected
            self._reselect()
