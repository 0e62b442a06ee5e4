"""Escalating an alert and telling #incidents, for ``AlertActions`` (its controller, its
dialogs held while open): the escalation dialog with the message as last edited, and the
guide's "Investigando [AlertName]" line on the clipboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from ..core.shifts import alert_scope
from .translations import translator_for

if TYPE_CHECKING:
    from .escalation_dialog import EscalationDialog

TR_CONTEXT = "app"  # (AlertActions' context)
tr = translator_for(TR_CONTEXT)
ESCALATION_DRAFT = "escalation"  # journal state key of an edited escalation message (alert scope)


class EscalationActions:
    """Mixin of ``AlertActions``: uses its ``controller``, ``_alert``, ``_hold``,
    ``_escalations`` (fingerprint -> the message as edited, this run) and ``_unsaved`` (the
    fingerprints whose message of ``_escalations`` is not in the journal)."""

    def carry_dialogs(self, old, new) -> None:
        """The dialogs open over ``old``, the alerts window replaced by new settings, moved over
        ``new`` (None: not built, they stand alone), where they were: deleted with ``old``, an
        escalation message being written went away at a language switch (review 68 AF2). Not a
        modal one: moved, it was answered "No" by itself (code review 72 AH8); ``old`` is made
        again only once none is open (``window_idle``)."""
        from PySide6.QtWidgets import QDialog

        for dialog in old.findChildren(QDialog, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if dialog.isVisible() and not dialog.isModal():
                geometry = dialog.saveGeometry()
                dialog.setParent(new, dialog.windowFlags())  # (hides it)
                self._hold(dialog)
                dialog.restoreGeometry(geometry)
                dialog.show()

    def copy_incidents_message(self, fingerprint: str) -> None:
        """Put the guide's #incidents message for the alert on the clipboard, and say so
        (``core.escalation.incidents_message``)."""
        alert = self._alert(fingerprint)
        if alert is None:
            return
        from PySide6.QtGui import QCursor, QGuiApplication
        from PySide6.QtWidgets import QToolTip

        from ..core.escalation import incidents_message

        snapshot = self.controller.snapshot
        text = incidents_message(alert, QCoreApplication.translate,
                                 snapshot.telling.get(fingerprint, "") if snapshot is not None else "")
        QGuiApplication.clipboard().setText(text)
        QToolTip.showText(QCursor.pos(), tr("Copied: paste it in #incidents.") + "\n" + text)

    def escalate(self, fingerprint: str) -> None:
        """Open the escalation dialog for an alert (non-modal; several may be open)."""
        alert = self._alert(fingerprint)
        if alert is None:
            return
        from .escalation_dialog import EscalationDialog

        controller = self.controller
        trend, view = controller.board.get(fingerprint), controller.view
        dialog = EscalationDialog(alert, controller.snapshot.severities[fingerprint], controller.silences,
                                  controller.config, trend=trend.trend if trend else None, parent=controller.built_window,
                                  save=lambda draft, journal: self._keep_escalation(fingerprint, draft, journal, dialog),
                                  escalated=view.escalated.get(fingerprint, "") if view else "",
                                  recorded=view.acknowledged_at if view else None,
                                  telling=controller.snapshot.telling.get(fingerprint, ""))
        def recorded(level: str, event, error: BaseException | None) -> None:
            if error is None:
                controller.shift.journal_changed.emit()
            try:
                dialog.recorded(level, event is not None, error)
            except RuntimeError:  # the dialog was closed (and deleted) before the journal answered
                pass

        def record(level: str) -> None:
            writer = controller.shift.writer  # writes queued before it that fail: said at once (review 62 Y4)
            if writer is not None:
                writer.erred.connect(dialog.journal_failing)

            def answered(event, error: BaseException | None) -> None:
                if writer is not None:
                    try:
                        writer.erred.disconnect(dialog.journal_failing)
                    except (RuntimeError, TypeError):  # the dialog was closed (and deleted) meanwhile
                        pass
                recorded(level, event, error)

            controller.shift.record_escalation(fingerprint, alert.alertname, level, message=dialog.text.toPlainText(),
                                               done=answered)

        dialog.escalated.connect(record)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._hold(dialog)
        dialog.show()
        self._restore_escalation(fingerprint, dialog)

    def _keep_escalation(self, fingerprint: str, draft: dict, journal: str, dialog: EscalationDialog) -> None:
        """An edited escalation message: here for this run, whatever the journal (code review 66
        U8); in the journal for the next, unless it was not read (``READ_AGAIN``: read again,
        once at a time) or holds a draft not shown (``KEEP``)."""
        from .escalation_dialog import READ_AGAIN, SAVE

        self._escalations[fingerprint] = draft
        if journal == SAVE:
            self._unsaved.discard(fingerprint)
            self.controller.shift.save_state(alert_scope(fingerprint), ESCALATION_DRAFT, draft)
            return
        self._unsaved.add(fingerprint)  # opened again: the journal read before it is written (review 67 AA3)
        if journal == READ_AGAIN and not dialog.reading:
            self._read_journal(fingerprint, dialog, dialog.kept)

    def _restore_escalation(self, fingerprint: str, dialog: EscalationDialog) -> None:
        """Show the message as last edited for this alert (kept for this run, else read from the
        journal) and fill "Already Tried" with the engineer's notes on it and the escalations
        recorded, as ``escalate`` on the command line does (``core.escalation.tried_items``); the
        journal is read in its own thread; a message kept that is not in the journal is not
        written there before the journal's is compared with it (``EscalationDialog.hold``)."""
        kept = self._escalations.get(fingerprint)
        if kept is not None:
            dialog.restore(kept)
            if fingerprint in self._unsaved:
                dialog.hold(kept)
        dialog.kept = kept
        self._read_journal(fingerprint, dialog, kept, first=True)

    def _read_journal(self, fingerprint: str, dialog: EscalationDialog, kept: dict | None,
                      first: bool = False) -> None:
        """Read the notes, escalations and draft for ``dialog`` in the journal's thread: the
        ``first`` read fills it (``set_notes``, ``restore``, ``carry``), a later one (after
        ``unread``) is ``read_again`` with ``kept``, this run's draft when it opened."""
        shift = self.controller.shift
        journal = shift.journal
        if journal is None:
            return

        def read(result, error) -> None:
            try:
                dialog.reading = False
                if error is not None:  # said, and its edits kept out of the journal (review 65 T6)
                    dialog.unread(error)
                    return
                notes, state, sent = result
                if not first:
                    dialog.read_again(notes, state.get(ESCALATION_DRAFT), kept)
                    return
                if held:
                    dialog.reopened(notes, state.get(ESCALATION_DRAFT))
                    dialog.carry(sent)
                    return
                dialog.set_notes(notes)
                if kept is None and state:
                    dialog.restore(state.get(ESCALATION_DRAFT))
                dialog.carry(sent)  # the impact told at the level before (review 35)
            except RuntimeError:  # the dialog was closed (and deleted) before the read came back
                pass

        from ..core.escalation import sent_before, tried_items

        zone = self.controller.config.zone()
        held = first and fingerprint in self._unsaved and kept is not None

        def reads() -> tuple[list[str], dict, str]:
            events = journal.notes_and_escalations(fingerprint, acknowledgements=True)
            return tried_items(events, QCoreApplication.translate, zone), journal.state(alert_scope(fingerprint)), \
                sent_before(events)

        dialog.reading = True
        shift.submit(reads, done=read)
