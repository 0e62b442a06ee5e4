"""The end window's active silences (issue 5): alert, expiry, reason and author, the engineer's
own flagged with a one-click Expire (guide: remove the silence once resolved). GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QPushButton, QTreeWidget, QTreeWidgetItem

from ..core.handoff import EndReport, local_time
from ..core.handoff_live import seen_title, seen_words
from ..core.handoff_markdown import one_line
from ..silence_holders import change_outcome, holder_down
from ..core.silence_length import too_long_words
from .handoff_common import fit_columns, group, wrap_last_column
from .plain import shown as shown_text
from .questions import confirm_expiry, tell
from .shift_work import expiry_unsure
from .tab_order import chain
from .translations import failure_text, translator_for

TR_CONTEXT = "shift_end"  # the end window's: the same words, translated once
EXPIRE, REASON = 3, 4  # the columns of the Expire button and of the reason
tr = translator_for(TR_CONTEXT)


class SilencesTable:
    """The silences of an ``EndReport`` in a titled box (``box``; the rows in ``tree``).

    Args:
        controller: the shift controller (time zone, translator, ``expire_silence``, the members
            ``down`` and each silence's ``silence_holders``).
        said: ``said(silence_id, text, failed)`` puts an expiry's outcome on the window's status line.
    """

    def __init__(self, controller, said: Callable[[str, str, bool], None]) -> None:
        self.controller = controller
        self._said = said
        self._expiring: set[str] = set()
        self._shown: tuple | None = None
        self._report: EndReport | None = None
        self.tree = wrap_last_column(QTreeWidget())
        # the reason last: the longest text, cut where the box ends (whole in its tooltip); the
        # author's "(you)" and the Expire button before it stay in view (review 18: off to the right)
        self.tree.setHeaderLabels([tr("Alert"), tr("Expires"), tr("Created by"), "", tr("Reason")])
        self.tree.setRootIsDecorated(False)
        self.box = group("", self.tree)

    def show(self, report: EndReport) -> None:
        """Show the report's silences; rows and buttons are rebuilt only when they changed."""
        self._report = report
        title = tr("Active silences (%1)").replace("%1", str(len(report.silences)))
        if report.silences_unknown:  # never an answer: not "(0) — as last seen" (as the start window; review 71 AP2)
            title = tr("Active silences: %1").replace("%1", report.silences_unknown)
        elif report.silences_from_journal:  # when, and why (review 59 U7)
            title += " — " + seen_title(report.silences_seen_at, report.live_error, self.controller.zone, report.at,
                                        self.controller.translate)
        self.box.setTitle(title)
        zone = self.controller.zone
        shown = ([(line.silence, line.name, line.own, line.idle, line.held) for line in report.silences],
                 set(self._expiring),
                 report.silences_from_journal, report.at.astimezone(zone).date(), self._down(),
                 zone)  # its times in the settings' zone of now (review 66 S3: "Expira 23:20" kept after a change)
        if shown == self._shown:  # unchanged: keep the rows and their buttons
            return
        self._shown = shown
        self.tree.clear()
        buttons = []
        for line in report.silences:
            silence = line.silence
            ends = local_time(silence.ends_at, zone, report.at, self.controller.translate, year=False) \
                if silence.ends_at else "?"  # no year, as the alerts window's cells (review 46 F9)
            author = silence.created_by + (" " + tr("(you)") if line.own else "")
            # the hint first: a long reason is cut after two lines (review 53 K7)
            too_long = too_long_words(silence, self.controller.translate)  # past the guide's 24 h (review 63 Z2)
            idle = [too_long] if too_long else []
            idle += [tr("Covers no alert now: expire it?")] if line.idle else []
            # a member down holds it: the journal's copy, with when (review 60 V9)
            idle += [seen_words(line.seen_at, zone, report.at, self.controller.translate, one=True)] if line.held else []
            # controls as escapes (review 59 U3: an override in an author's name reversed it)
            row = QTreeWidgetItem([shown_text(line.name), ends, shown_text(author), "", " — ".join([*idle, one_line(silence.comment)])])
            for column, text in ((0, line.name), (2, author), (REASON, "\n".join([*idle, silence.comment]))):
                row.setToolTip(column, shown_text(text))  # whole, where the cell cuts it
            if line.idle:  # its alert resolved (guide: remove the silence once resolved; review 21)
                row.setForeground(REASON, QBrush(QColor("#b26a00")))
            self.tree.addTopLevelItem(row)
            if line.own:
                font = row.font(0)
                font.setBold(True)
                for column in (0, 1, 2, REASON):
                    row.setFont(column, font)
            if line.own or line.idle:  # someone else's too once it mutes nothing (asked first)
                button = QPushButton(tr("Expiring…") if silence.id in self._expiring else tr("Expire"))
                button.setEnabled(silence.id not in self._expiring and not report.silences_from_journal
                                  and not line.held)
                # only a member that does not answer holds it: an expiry would reach none (as last seen)
                button.setToolTip(holder_down(self._down(silence.id), self.controller.translate) if line.held
                                  else tr("End this silence now in Alertmanager"))
                button.clicked.connect(lambda _checked=False, s=silence, own=line.own: self.expire(s, own))
                self.tree.setItemWidget(row, EXPIRE, button)
                buttons.append(button)
        chain(self.tree, *buttons)  # Tab: each Expire after the list, not after the window's last button
        fit_columns(self.tree, range(EXPIRE + 1))  # a silence on every label of an alert names them all

    def _down(self, silence_id: str = "") -> tuple[str, ...]:
        """The members not answering that hold the silence ``silence_id`` (``ShiftController.holders_down``)."""
        return self.controller.holders_down(silence_id)

    def expire(self, silence, own: bool = True) -> None:
        """Expire a silence now: one of the engineer's in one click; someone else's (offered once
        it mutes nothing) once asked."""
        if not own and not confirm_expiry(self.tree.window(), silence.created_by, silence.comment):
            return
        self._expiring.add(silence.id)
        self._show_again()
        self.controller.expire_silence(silence, lambda missed, error, sid=silence.id: self._expired(sid, error, missed),
                                       unrecorded=lambda text, sid=silence.id: self._said(sid, text, True))

    def _expired(self, silence_id: str, error, missed=None) -> None:
        """The expiry came back: failed (``error``), done, or done where it was taken with a
        holder that did not take it (``missed``: ``shift_work.HoldersMissed``, which names it)."""
        self._expiring.discard(silence_id)
        if error is not None:  # it may have been made (a lost answer, a 5xx: review 63 CB3, code review 80 AV1)
            self._said(silence_id, change_outcome("expire", silence_id[:8], error, QCoreApplication.translate,
                                                  failure_text(error)), not expiry_unsure(error))
        elif missed is not None:  # in a box that stays: the line gives way to "All changes saved" once recorded
            self._said(silence_id, tr("Silence expired where it was taken."), False)
            tell(self.tree.window(), tr("Silence not expired everywhere"),
                 tr("Silence expired where it was taken. %1").replace("%1", str(missed)))
        else:
            self._said(silence_id, tr("Silence expired."), False)
        self._show_again()

    def _show_again(self) -> None:
        if self._report is not None:
            self.show(self._report)
