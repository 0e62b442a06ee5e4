"""The guide's after-incident checklist of the notes panel (issue 5): its steps, the silences
still covering the resolved alert, and the 2 h and 24 h reminders. A mixin of ``IncidentPanel``
(split out of it for size); GUI thread.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ..core import aftercare
from ..core.handoff import local_time
from ..core.journal import JournalError
from ..silence_holders import change_outcome, holder_down
from ..core.trend import normalized_line
from .handoff_common import plain_label
from .questions import confirm_expiry, expiry_names
from .shift_work import expiry_unsure
from .translations import failure_text, translator_for

TR_CONTEXT = "incident_panel"  # the panel's words
#: What the status line says is about (``StatusLine.say``'s ``about``): an expiry, as
#: (``EXPIRE``, the silence's id); the read of the steps and reminders.
EXPIRE, STEPS = "expire", "steps"
tr = translator_for(TR_CONTEXT)


class AftercareSteps:
    """Mixin of ``IncidentPanel``: builds its "After the incident" group (``_build_after``) and
    keeps it; uses the panel's ``controller``, ``incident``, ``members``, ``fingerprint``, ``_ticks``,
    ``_covering``, ``_note_count``, ``status`` (a ``StatusLine``) and ``_written``."""

    def _build_after(self) -> QGroupBox:
        group = QGroupBox(tr("After the incident"))
        after = QVBoxLayout(group)
        self.step_boxes: dict[str, QCheckBox] = {}
        for step in aftercare.STEPS:
            box = QCheckBox(aftercare.step_text(step, self.controller.translate))
            box.toggled.connect(lambda checked, s=step: self._tick(s, checked))
            self.step_boxes[step] = box
            line = QHBoxLayout()
            line.addWidget(box, 1)
            if step == aftercare.REMOVE_SILENCES:
                self.expire_button = QPushButton()
                self.expire_button.clicked.connect(self.expire_covering)
                line.addWidget(self.expire_button)
            after.addLayout(line)
        self.reminder_rows: dict[str, tuple[QLabel, QPushButton]] = {}
        for key in aftercare.REMINDER_DELAYS:
            label = plain_label()
            button = QPushButton(tr("Dismiss"))
            button.clicked.connect(lambda checked=False, k=key: self.dismiss(k))
            self.reminder_rows[key] = (label, button)
            line = QHBoxLayout()
            line.addWidget(label, 1)
            line.addWidget(button)
            after.addLayout(line)
        return group

    def _refresh_steps(self) -> None:
        incident, journal = self.incident, self.controller.journal
        if incident is None or incident.resolved_at is None or journal is None:
            self.after.hide()
            return
        live = self.controller.live
        silences = live.silences if live.reached else None
        try:
            steps = aftercare.steps(journal, incident, silences, self._note_count)
            reminders = aftercare.reminders(journal, self.controller.now(), incident)
        except JournalError as exc:
            self.status.say(STEPS, failure_text(exc), True)
            return
        self.status.mend(STEPS)
        self.after.setTitle(tr("After the incident (resolved at %1)").replace(
            "%1", local_time(incident.resolved_at, self.controller.zone, self.controller.now(),
                             self.controller.translate)))
        for step in steps:
            box = self.step_boxes[step.key]
            blocked = box.blockSignals(True)
            box.setChecked(self._ticks.get(step.key, step.checked))
            box.blockSignals(blocked)
        # issue 8: "métricas normalizadas" with the current value against the threshold
        metrics = aftercare.step_text(aftercare.METRICS, self.controller.translate)
        trend = self.controller.trend_of(incident.fingerprint)
        line = normalized_line(trend, self.controller.translate) if trend is not None else ""
        if line:
            metrics += " — " + line
        self.step_boxes[aftercare.METRICS].setText(metrics)
        covering = aftercare.covering_silences(incident, silences) if silences is not None else []
        # one that only a member not answering holds is not offered: an expiry would reach none of
        # its holders (as last seen; review 63 CB5, the Silences tab's and the end window's rule)
        held = [s for s in covering if s.id in live.held_silences]
        self._covering = [s for s in covering if s not in held]
        shown = self._covering or held
        self.expire_button.setText(tr("Expire the silence") if len(shown) == 1  # not "1 silences" (review 17)
                                   else tr("Expire %1 silences").replace("%1", str(len(shown))))
        self.expire_button.setVisible(bool(covering))
        self.expire_button.setEnabled(bool(self._covering))
        self.expire_button.setToolTip("\n".join(dict.fromkeys(
            holder_down(self.controller.holders_down(s.id), self.controller.translate) for s in held)))
        translate, zone, now = self.controller.translate, self.controller.zone, self.controller.now()
        for reminder in reminders:
            label, button = self.reminder_rows[reminder.key]
            text = tr("%1 — by %2").replace("%1", aftercare.reminder_text(reminder.key, translate)).replace(
                "%2", local_time(reminder.due_at, zone, now, translate))
            if reminder.dismissed:
                text += " " + tr("(dismissed)")
            elif reminder.due(now):
                text += " " + tr("(due now)")
            label.setText(text)
            button.setEnabled(not reminder.dismissed)
        self.after.show()

    def _tick(self, step: str, checked: bool) -> None:
        if self.incident is not None:
            self._ticks[step] = checked
            self.controller.submit(aftercare.tick, self.controller.journal, self._acted_on(), step, checked,
                                   done=lambda _r, e, incident=self.incident.id: self._ticked(incident, step, checked, e))

    def _ticked(self, incident: int, step: str, checked: bool, error: BaseException | None) -> None:
        """The journal's answer to a tick: refused, it is said ("Not saved: …", ``_written``) and
        the box shows the step as the journal has it again, unless ticked otherwise since (code
        review 65 T4: it stayed ticked, said nowhere, and was unticked at the next start)."""
        if not shiboken6.isValid(self):  # the window was deleted (new settings) before the answer
            return
        self._written(error, ("tick", step))
        current = self.incident is not None and self.incident.id == incident
        if error is None or not current or self._ticks.get(step) != checked:
            return
        del self._ticks[step]  # the journal's state shows again: as the refresh reads it
        box = self.step_boxes[step]
        blocked = box.blockSignals(True)
        box.setChecked(not checked)
        box.blockSignals(blocked)
        self._refresh_steps()

    def _acted_on(self) -> list[int]:
        """The incidents a tick or a dismissal is saved for: the one shown, and the others of its
        folded row (``members``: one act, review 68 AF1; a tick of one pod alone split the fold)."""
        return list(dict.fromkeys([self.incident.id, *self.members]))

    def dismiss(self, reminder: str) -> None:
        """Dismiss one reminder of the incident shown, and of the others its row stands for."""
        if self.incident is not None:
            self.controller.submit(aftercare.dismiss, self.controller.journal, self._acted_on(), reminder,
                                   done=lambda _r, e: self._written(e, ("reminder", reminder)))

    def expire_covering(self) -> None:
        """Expire the silences that still cover the resolved alert; someone else's, or one that
        still mutes other alerts firing (a pod's, through ``volatile_labels``), only once asked
        (``confirm_expiry``; review 36: it went at once, and another pod fired unacknowledged)."""
        live = self.controller.live.alerts or {}
        # told apart from the incident shown too (review 37: "PodCrashLooping (k8s / ksm:8080)"
        # read as the pod that had just resolved)
        among = [*live.values(), *([self.incident] if self.incident is not None else [])]
        # those expired here, and those asked before, mute nothing (code review 87 BJ11)
        ending = {*(s.id for s in self._covering), *self.controller.expires_asked.asked()}
        for silence in self._covering:
            # only what its expiry would unmute, the others said to stay muted (review 76 BH4)
            muted, kept = expiry_names(silence.id, live.values(), among, leave_out=self.fingerprint, ending=ending)
            own = not silence.created_by or silence.created_by == self.controller.engineer
            if not confirm_expiry(self.window(), silence.created_by, silence.comment, own, muted, kept):
                continue
            self.expire_button.setEnabled(False)
            about = (EXPIRE, silence.id)
            self.controller.expire_silence(silence, done=lambda missed, error, a=about: self._expired(a, missed, error),
                                           unrecorded=lambda text, a=about: self.status.say(a, text, True))

    def _expired(self, about: tuple[str, str], missed, error: BaseException | None) -> None:
        """The answer to the expiry of one silence (``about``: (``EXPIRE``, its id)): said until
        the next message about it; an expiry that succeeded ends only what was said of that
        silence (code review 66 U6, 67 AA7)."""
        self.expire_button.setEnabled(bool(self._covering))
        if error is not None:  # it may have been made (a lost answer, a 5xx: review 63 CB3, code review 80 AV1)
            self.status.say(about, change_outcome("expire", about[1][:8], error, QCoreApplication.translate,
                                                  failure_text(error)), not expiry_unsure(error))
        elif missed is not None:  # expired where it was taken (recorded); a holder that did not take it named
            self.status.say(about, tr("Silence expired where it was taken. %1").replace("%1", str(missed)))
        else:  # expired: what was said of its expiry before is over (code review 66 U6)
            self.status.mend(about)
