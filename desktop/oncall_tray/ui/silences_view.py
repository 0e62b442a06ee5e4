"""The silences tab (issue 3): active and pending silences with matchers, author, comment,
window and the alerts each one mutes; expire one, or extend it by the ack window. A silence
that mutes nothing any more is marked: the guide says to remove it once the alert resolves; one
longer than the guide's 24 h (made outside the app) says so in its End cell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..alertmanager.matchers import format_matcher
from ..alertmanager.models import Alert, Silence
from ..core.handoff import local_time
from ..silence_holders import holder_down
from ..core.silence_length import too_long_words
from ..core.silencing import ACK_PREFIX
from .plain import plain_rich_text, shown as shown_text
from .translations import translator_for

TR_CONTEXT = "silences"
tr = translator_for(TR_CONTEXT)
SHOWN_STATES = ("active", "pending")


def _local(when: dt.datetime | None, zone: dt.tzinfo | None, now: dt.datetime | None = None) -> str:
    """HH:MM in ``zone`` (None: the system's), with the date before it in the language's layout
    when not on ``now``'s day (default: now; 12-05 in English, 05/12 in Portuguese: review 15
    read "04/12" as April in English); "?" for None."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return local_time(when, zone, now, QCoreApplication.translate, year=False) if when else "?"


class SilencesView(QWidget):
    """Signals: expire_requested(silence_id), extend_requested(silence_id).

    One click acts on exactly the silence selected then: while its action is on its way
    (``set_busy``) the buttons are off, an expired silence (``expired``) stays shown but off
    until the next poll drops it, and when the selected silence leaves the table the selection
    is cleared instead of moving onto the silence that takes its row.
    """

    expire_requested = Signal(str)
    extend_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone: dt.tzinfo | None = None  # set by the window: the settings' zone (None: the system's)
        self.table = QTableWidget(0, 8)
        # the ID's first 8 characters: what `oncall-tray silence extend|expire` take (review 18)
        self.table.setHorizontalHeaderLabels([tr("State"), tr("Matchers"), tr("Author"), tr("Comment"),
                                              tr("Start"), tr("End"), tr("Mutes"), tr("ID")])
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, onto the buttons (review 22)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)  # a silence past 24 h says so
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.expire_button = QPushButton(tr("Expire"))
        self.expire_button.clicked.connect(lambda: self._emit(self.expire_requested))
        self.extend_button = QPushButton(tr("Extend 15 min"))
        self.extend_button.clicked.connect(lambda: self._emit(self.extend_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.expire_button)
        buttons.addWidget(self.extend_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._ids: list[str] = []
        self._busy: set[str] = set()
        self._expired: set[str] = set()  # expired here, until a poll no longer shows them
        self._muted_once: set[str] = set()  # silences seen muting an alert since the tray started
        self.stale = False  # contact lost: what is shown is as last seen
        self._writes_off = False  # stale and Alertmanager takes no writes (``set_stale``)
        self._held_down: Mapping[str, tuple[str, ...]] = {}  # silence ID -> members down, its only holders
        self._shown: tuple[Mapping[str, Silence], Mapping[str, Sequence[Alert]]] = ({}, {})
        self._update_buttons()

    def set_held_down(self, held: Mapping[str, Sequence[str]]) -> None:
        """Mark the silences that only members not answering hold as last seen, on those members,
        never "expire it?", with Expire and Extend off (review 62 Y9: Expire was offered, then
        failed; a silence of an alert whose copy another member holds read "nothing: expire
        it?"), as the shift windows do. ``held``: silence ID -> base URLs of those members
        (``PollResult.held_down``)."""
        held = {sid: tuple(urls) for sid, urls in held.items()}
        if held != self._held_down:
            self._held_down = held
            self.show_silences(*self._shown)

    def set_stale(self, stale: bool, writable: bool = False) -> None:
        """While the silences shown are ``stale`` (contact lost, or as many polls asked to slow
        down) every row says so, and the buttons are off, as the alerts' are (review 40 F11:
        Extend asked its question, then failed), unless Alertmanager takes writes all the same
        (``writable``: ``Overview.writable``, it only asked to slow down; code review 84 BC10)."""
        off = stale and not writable
        if (stale, off) == (self.stale, self._writes_off):
            return
        self.stale, self._writes_off = stale, off
        self.show_silences(*self._shown)  # each row's state says it (with a member down's mark kept)

    def _state_text(self, state: str) -> str:
        word = tr("active") if state == "active" else tr("pending")
        return word + " " + tr("(stale)") if self.stale else word

    def show_silences(self, silences: Mapping[str, Silence], covered: Mapping[str, Sequence[Alert]]) -> None:
        """Fill the table (active first, then pending; soonest end first); keep the selection."""
        self._shown = (silences, covered)
        selected = self.selected()
        shown = sorted((s for s in silences.values() if s.status.state in SHOWN_STATES),
                       key=lambda s: (s.status.state != "active", s.ends_at or s.starts_at))
        self.table.clearSelection()  # a row keeps its selection whatever silence it shows next
        # nor may the current row, gone, move onto another and select it (review 40 F18: after
        # Expire the next silence was selected, Expire on, and a double click ended it too)
        self.table.setCurrentCell(-1, -1)
        self.table.setRowCount(len(shown))
        self._ids = [s.id for s in shown]
        self._expired &= set(self._ids)
        idle = QBrush(QColor("#b26a00"))
        self._muted_once.update(sid for sid, alerts in covered.items() if alerts)
        for row, silence in enumerate(shown):
            alerts = covered.get(silence.id, ())
            names = ", ".join(dict.fromkeys(a.display_name for a in alerts[:20]))
            # offered for expiry once it muted an alert (or is an acknowledgement) and mutes none now;
            # a maintenance silence made before its alert fires is not (review 30: one click ended it)
            done = silence.id in self._muted_once or silence.comment.startswith(ACK_PREFIX)
            down = self._held_down.get(silence.id, ())
            if down:  # what it mutes on that member is not known now
                done, state = False, tr("%1 (as last seen, on %2, which does not answer)").replace(
                    "%1", self._state_text(silence.status.state)).replace("%2", ", ".join(down))
            else:
                state = self._state_text(silence.status.state)
            mutes = names if alerts else tr("not known: its Alertmanager does not answer") if down else \
                tr("nothing: expire it?") if done else tr("no alert yet")
            end = _local(silence.ends_at, self.zone)
            too_long = too_long_words(silence, QCoreApplication.translate)  # made outside the app (review 63 Z2)
            cells = (state, ", ".join(format_matcher(m) for m in silence.matchers), silence.created_by,
                     silence.comment, _local(silence.starts_at, self.zone), f"{end} — {too_long}" if too_long else end,
                     mutes, silence.id[:8])
            for column, text in enumerate(cells):
                item = QTableWidgetItem(shown_text(text))  # an author's or comment's override shown (review 59 U3)
                item.setToolTip(plain_rich_text(silence.id if column == 7 else holder_down(down, QCoreApplication.translate)
                                                if down and column == 0 else text))
                if (column == 6 and not alerts and done and silence.status.state == "active") or (column == 5 and too_long):
                    item.setForeground(idle)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, silence.status.state)
                self.table.setItem(row, column, item)
        if selected in self._ids:
            self.table.selectRow(self._ids.index(selected))
        self._update_buttons()

    def selected(self) -> str:
        """The selected silence's ID ("" when none)."""
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self._ids[rows.pop()] if len(rows) == 1 and self._ids else ""

    def set_busy(self, silence_id: str, busy: bool) -> None:
        """Disable the buttons for a silence while an action on it is on its way."""
        (self._busy.add if busy else self._busy.discard)(silence_id)
        self._update_buttons()

    def expired(self, silence_id: str) -> None:
        """Alertmanager expired this silence: its buttons stay off while it is still shown (until
        the next poll)."""
        self._expired.add(silence_id)
        self._update_buttons()

    def _emit(self, signal) -> None:
        silence_id = self.selected()
        if silence_id and not self._writes_off and silence_id not in self._busy and silence_id not in self._expired \
                and silence_id not in self._held_down:
            signal.emit(silence_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        silence_id = self.selected()
        usable = bool(silence_id) and not self._writes_off and silence_id not in self._busy and \
            silence_id not in self._expired and silence_id not in self._held_down
        self.expire_button.setEnabled(usable)
        self.extend_button.setEnabled(usable)
