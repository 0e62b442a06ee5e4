"""The escalation dialog (issue 4): the guide's escalation message for one alert, filled from
live data, editable, copied as Markdown in one click."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ..alertmanager.models import Alert, Silence
from ..config import Config
from ..core.escalation import carried_impact, escalation_message, retarget
from ..core.escalation_level import escalation_level, next_level
from ..core.journal_file import JournalError
from ..core.local_times import local_time
from ..core.severity import Severity
from ..core.sla import L1, LEVELS, Acknowledgements
from ..core.trend import Trend, escalation_line
from .autosave import Autosave
from .escalation_journal import KEEP, READ_AGAIN, SAVE, JournalDraft  # noqa: F401 (re-exported)
from .plain import shown
from .screen_fit import fit_to_screen
from .tab_order import buttons_after, chain
from .translations import failure_text, translator_for

TR_CONTEXT = "escalation_dialog"
tr = translator_for(TR_CONTEXT)


class EscalationDialog(JournalDraft, QDialog):
    """Shows the message for ``alert`` at the level its clock asks for, at least L2 and not below
    the level already recorded (``core.escalation_level.escalation_level``, as ``oncall-tray
    escalate``): escalated to L2 while the SLA asks for L2, a reminder to L2, which ``standing``
    says with when the SLA asks for L3; *Copy and record as escalated* only above the level
    recorded (review 59 U4: it offered L3, the CTO, 6 minutes after L2 was paged).

    Args:
        alert, severity: the alert.
        silences: silence ID -> silence (for the acknowledgement time).
        config: settings (SLA policy, Grafana and Jaeger URLs).
        notes: what was already tried (the engineer's notes on the alert).
        escalated: the highest level an escalation of this firing was recorded to ("" or "L1":
            none; ``Overview.escalated``).
        recorded: fingerprint -> when the journal recorded an acknowledgement of the alert during
            this firing (UTC; ``Overview.acknowledged_at``): its response clock stopped then.
        trend: the alert's metric trend from Prometheus, None when not known (issue 8).
        telling: what tells the alert from another of its name and place ("pod=api-1";
            ``AlertSnapshot.telling``), in the message after its name (review 37).
        save: ``save(draft, journal)`` keeps the message as edited, ``{"level": "L2", "text": ...,
            "starts_at": the alert's start}``, a moment after each edit (``Autosave``), so that
            closing the dialog loses nothing; ``restore`` shows it again while the alert is the
            same firing. ``journal``: ``SAVE`` (this run and the journal), ``READ_AGAIN`` (the
            journal not read: this run only, and the journal read again, ``read_again``) or
            ``KEEP`` (a draft not shown is in the journal: this run only).
    """

    #: "Copy and record as escalated": the level to record (``AlertActions`` records it).
    escalated = Signal(str)

    def __init__(self, alert: Alert, severity: Severity, silences: Mapping[str, Silence], config: Config,
                 notes: Sequence[str] = (), trend: Trend | None = None, parent=None,
                 save: Callable[[dict, str], None] | None = None, escalated: str = L1,
                 recorded: Mapping[str, dt.datetime] | None = None, telling: str = "") -> None:
        super().__init__(parent)
        self._telling = telling
        fit_to_screen(self, 640, 560)
        self._alert, self._severity, self._config, self._notes = alert, severity, config, tuple(notes)
        self._acknowledgements = Acknowledgements(silences, recorded)
        self._policy = config.sla_policy()
        self._trend = "" if trend is None else escalation_line(trend, QCoreApplication.translate, self._policy.business.zone)
        self._done = escalated if escalated in LEVELS else L1  # the level escalated to already
        self._recording = False  # asked to record, the journal's answer not back yet (``journal_failing``)
        self.level = QComboBox()
        self.level.addItems(list(LEVELS[1:]))
        self.level.setCurrentText(escalation_level(self._clock(dt.datetime.now(dt.timezone.utc)), done=self._done))
        self.standing = QLabel()  # escalated to this level or above already: what the message is then
        self.standing.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setFont(QFont("monospace"))
        self._base = self.message(self.level.currentText())  # the template the text was written from
        self.text.setPlainText(self._base)
        self.text.document().setModified(False)
        self._shown_level = self.level.currentText()  # the level the text was written for
        self.level.currentTextChanged.connect(self._level_changed)
        self._save = save
        self.kept: Mapping | None = None  # the draft this run kept when the dialog opened (``read_again``)
        self.reading = False  # the journal is being read for the dialog (``EscalationActions``)
        self._level_chosen = False  # by the engineer (else the clock's level)
        self.autosave = Autosave(self.text, self._save_edited) if save is not None else None
        self.copy_button = QPushButton()
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy)
        # review 18: copying did not record the escalation, and "Escalate to L2" kept coming
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.copy_and_record)
        self._show_standing()
        self.copied = QLabel()
        self.copied.setWordWrap(True)  # "Not recorded: …" with the journal's path (review 61 X11)
        unread_line, held_line = self._journal_lines()  # ``JournalDraft``
        top = QHBoxLayout()
        self._escalate_to, self._edit_freely = QLabel(), QLabel()
        top.addWidget(self._escalate_to)
        top.addWidget(self.level)
        top.addStretch(1)
        top.addWidget(self._edit_freely)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.standing)
        layout.addWidget(self.text, 1)
        layout.addWidget(unread_line)
        layout.addWidget(held_line)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        chain(self.level, self.text)
        buttons_after(self.text, buttons)  # Copy, Copy and record, then Close (review 51 G2)
        self._say()

    def _say(self) -> None:
        """The dialog's own words, in the interface's language."""
        self.setWindowTitle(tr("Escalate %1").replace("%1", self._alert.display_name))
        self.copy_button.setText(tr("Copy as Markdown"))
        self.record_button.setText(tr("Copy and record as escalated"))
        self.record_button.setToolTip(tr("Also record in the shift journal that the alert was escalated to this "
                                         "level: its escalation is not asked for again"))
        self._escalate_to.setText(tr("Escalate to"))
        self._edit_freely.setText(tr("Edit freely; the copy takes the text as it is."))

    def changeEvent(self, event) -> None:  # noqa: N802
        """A new language (the settings file edited while the dialog is open: review 68 AF2): the
        whole dialog says it at once, as the alerts window does; the message too while it is
        the template untouched, what the engineer wrote in it stays as written."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_edit_freely"):
            self._say()
            self._show_standing()
            if not self.text.document().isModified():
                self._base = self.message(self._shown_level)
                self.text.setPlainText(self._base)
                self.text.document().setModified(False)

    def _clock(self, now: dt.datetime):
        """The alert's SLA clock at ``now`` (aware)."""
        return self._policy.clock(self._alert, self._severity, self._acknowledgements.at(self._alert), now=now)

    def _show_standing(self) -> None:
        """Say what the message is at the level shown when the alert was escalated to it or
        above already, and allow recording only above it (as ``oncall-tray escalate``: "The
        escalation to L2 was recorded before; not recorded again", "The SLA asks for L3 from
        11:52")."""
        level, done = self.level.currentText(), self._done
        self.record_button.setEnabled(level > done)
        if level > done:
            self.standing.setText("")
            self.standing.hide()
            return
        if level < done:
            text = tr("Escalated to %1 already: a message to %2 is not recorded.").replace("%2", level)
        else:
            text = tr("Escalated to %1 already: this message is a reminder to %1.")
            now = dt.datetime.now(dt.timezone.utc)
            above = next_level(self._clock(now), level)
            if above is not None and above[1] is not None:
                text += " " + tr("The SLA asks for %2 from %3; to escalate now, choose %2.").replace(
                    "%3", local_time(above[1], self._policy.business.zone, now, QCoreApplication.translate))
            elif above is not None:
                text += " " + tr("To escalate to %2 now, choose %2.")
            text = text.replace("%2", above[0]) if above is not None else text
        self.standing.setText(text.replace("%1", done))
        self.standing.show()

    def message(self, level: str) -> str:
        """The filled message at ``level`` (L2 or L3), as of now, the controls in the alert's
        text shown as escapes (``plain.shown``), as ``escalate`` on the command line prints it."""
        now = dt.datetime.now(dt.timezone.utc)
        clock = self._clock(now)
        return shown(escalation_message(self._alert, self._severity, clock, QCoreApplication.translate,
                                        zone=self._policy.business.zone, now=now, level=level, notes=self._notes,
                                        links=self._config.context_links(), trend=self._trend, telling=self._telling))

    def _level_changed(self, level: str) -> None:
        """Refill the message, unless the engineer edited it: then change what the level
        changes (the heading, the recipients: ``core.escalation.retarget``), so that nothing
        typed is lost."""
        self._level_chosen = True
        self._show_standing()
        before, self._shown_level = self._shown_level, level
        base, self._base = self._base, self.message(level)
        if not self.text.document().isModified():
            self.text.setPlainText(self._base)
            self.text.document().setModified(False)
            return
        self.text.setPlainText(retarget(self.text.toPlainText(), base, self._base, before, level))
        self.text.document().setModified(True)

    def _save_edited(self, text: str, _base: str | None = None) -> None:
        """Keep the level the engineer chose and the text they wrote (None for either means:
        the clock's level, the template as filled; a text emptied is the template again)."""
        if self._save is None:
            return
        written = text if self.text.document().isModified() and text.strip() else None
        self._save({"level": self.level.currentText() if self._level_chosen else None, "text": written,
                    "starts_at": self._occurrence(), "written_for": self._shown_level, "base": self._base},
                   self._journal)

    def _occurrence(self) -> str:
        """The alert's start: a message written for an earlier firing is not this one's."""
        return self._alert.starts_at.isoformat() if self._alert.starts_at else ""

    def set_notes(self, notes: Sequence[str]) -> None:
        """What was already tried (the notes on the alert, read after the dialog opened): the
        message is filled again with them; an edited one gets them where it still reads as the
        template did (``_refresh``)."""
        self._notes = tuple(notes)
        if self.text.document().isModified():
            self._refresh(self._base)
            return
        self._base = self.message(self.level.currentText())
        self._show_quietly(self._base)
        self.text.document().setModified(False)

    def restore(self, draft: Mapping | None) -> None:
        """Show what ``save`` kept (the level chosen, the text written), unless the engineer has
        already started on this dialog or it was written when the alert fired before."""
        if not draft or self.autosave is None or self.text.document().isModified() or self._level_chosen:
            return
        if draft.get("starts_at", "") != self._occurrence():
            return
        level, text = draft.get("level"), draft.get("text")
        written_for = draft.get("written_for") or level
        if written_for in LEVELS and LEVELS.index(written_for) <= LEVELS.index(self._done):
            # written for a level escalated to since: sent; the next one starts from the template,
            # with what was tried since and the impact told (``carry``; review 36: "[Actions taken]")
            return
        blocked = self.level.blockSignals(True)
        try:
            if level in LEVELS[1:]:
                self.level.setCurrentText(level)
                self._level_chosen = True
                self._shown_level = level
        finally:
            self.level.blockSignals(blocked)
        self._show_standing()
        written = isinstance(text, str) and bool(text.strip())
        self._base = self.message(self.level.currentText())
        self.autosave.set_text_quietly(text if written else self._base)
        self.text.document().setModified(written)
        base = draft.get("base")
        if written and isinstance(base, str) and base:
            self._refresh(base)

    def _show_quietly(self, text: str) -> None:
        """Show ``text`` filled in by the app, not saved as the engineer's (``Autosave``)."""
        if self.autosave is not None:
            self.autosave.set_text_quietly(text)
        else:
            self.text.setPlainText(text)

    def _refresh(self, base: str) -> None:
        """The edited text with what the app filled in brought up to date: the lines that still
        read as ``base``, the template it was written from, become the current template's (the
        duration, what was tried, the language: ``core.escalation.retarget``); the engineer's
        own words stay (review 37: a draft reopened said "Duration: 4 min" of a 5-minute alert,
        lacked the note just added, and stayed English after a switch to Portuguese)."""
        level = self.level.currentText()
        current = self.message(level)
        if base != current:
            self._show_quietly(retarget(self.text.toPlainText(), base, current, level, level))
            self.text.document().setModified(True)
        self._base = current

    def carry(self, sent: str) -> None:
        """``sent``: the message recorded with the alert's last escalation (this firing's): its
        impact, as the engineer wrote it then, goes into this one (``carried_impact``; review
        35), unless the engineer has already started on this dialog."""
        if not sent or self.text.document().isModified() or self._level_chosen:
            return
        template = self.message(self.level.currentText())
        text = carried_impact(template, sent, QCoreApplication.translate)
        if text != template:
            self.text.setPlainText(text)
            self.text.document().setModified(True)

    def copy(self) -> None:
        """Put the text, as edited, on the clipboard."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copied.setText(tr("Copied to the clipboard: paste it in Slack."))

    def copy_and_record(self) -> None:
        """Copy, and ask for the escalation to the level shown to be recorded (``escalated``);
        the button waits, disabled, for the journal's answer (``recorded``), and the dialog says
        meanwhile that it is being recorded (review 62 Y4: "Copied … paste it in Slack." alone for
        30–50 s read as done)."""
        self.copy()
        level = self.level.currentText()
        if level <= self._done:  # recorded already (the button is disabled then)
            return
        self.record_button.setEnabled(False)
        self._recording = True
        self.copied.setText(tr("Copied to the clipboard: paste it in Slack.") + " "
                            + tr("Recording it in the shift journal…"))
        self.escalated.emit(level)

    def journal_failing(self, error: BaseException) -> None:
        """A write queued before the escalation's failed with ``error`` (a locked journal): while
        the escalation waits its turn, say at once that it is not recorded yet, and why, instead of
        after every write before it has waited out the journal's busy timeout (review 62 Y4). The
        journal's answer to the escalation (``recorded``) says the rest. Errors other than the
        journal's (``JournalError``) are not the escalation's: left out."""
        if self._recording and isinstance(error, JournalError):
            self.copied.setText(tr("Copied to the clipboard: paste it in Slack.") + " " + tr(
                "Not recorded yet: %1. Still trying; this says when it is recorded.").replace(
                "%1", failure_text(error).rstrip(".")))

    def recorded(self, level: str, written: bool, error: BaseException | None = None) -> None:
        """The journal's answer to recording the escalation to ``level``: ``written``, or not for
        a level reached already (recorded elsewhere meanwhile), or the ``error`` that kept it
        out. Once recorded the dialog reads as one reopened: the button greyed at that level,
        the message a reminder (review 60 V2: a second click said "Recorded" again, though the
        journal held one escalation: README, "only above the level recorded")."""
        copied = tr("Copied to the clipboard: paste it in Slack.")
        self._recording = False
        if error is not None:
            self.copied.setText(copied + " " + tr("Not recorded: %1").replace("%1", failure_text(error)))
        else:
            self._done = max(self._done, level)
            self.copied.setText(tr("Copied to the clipboard: paste it in Slack. Recorded as escalated to %1.").replace(
                "%1", level) if written else copied + " " + tr("Escalated to %1 or higher already: not recorded again.")
                .replace("%1", level))
        self._show_standing()
