"""Opening the shift journal for ``ShiftController``, and opening it again (review 24): while it
cannot be used, the alerts window shows a line saying why where the notes go, and asking for a
shift window or the notes tries it again, so that the tray recovers without a restart once the
journal's folder can be written again. GUI thread (split out of ``ShiftController`` for size).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from functools import partial

from ..config_urls import one_alertmanager
from ..core import shifts
from ..core.journal import Journal, JournalError
from ..core.journal_hold import Holder, JournalHeld, JournalHold
from ..core.drafts import merge_typed
from ..core.journal_seen import WATCHED, follows_alertmanager, only_some_members
from ..core.overview import Light
from ..url_passwords import shown_url
from .background import Background
from .translations import failure_text, translator_for

log = logging.getLogger(__name__)
TR_CONTEXT = "shift"  # the shift controller's words
tr = translator_for(TR_CONTEXT)
Done = Callable[[object, BaseException | None], None]


class JournalUnusable(Exception):
    """A write asked for while the shift journal cannot be used; its text, translated, says why."""


class JournalAccess:
    """Mixin of ``ShiftController``: sets its ``journal``, ``writer``, ``shift`` and ``problem``
    from ``path``, its ``hold`` (``JournalHold | None``: this tray's on the journal) and ``held``
    (``Holder | None``: the other tray holding it when this one started; ``settings``, its settings
    file's path, is written in the hold); uses its ``_reason``, ``_slots``, ``translate``, ``notify``, ``show_in_tray``, ``shift_changed``,
    ``journal_moved``, ``journal_changed``, ``_reminders``, ``check_reminders``, ``submit`` and
    ``pending``. Also saves the values typed or ticked in the windows (``save_state``,
    ``save_text``) and reads them back (``state``)."""

    @property
    def problem(self) -> str:
        """What keeps the journal from being used, or what was kept of a damaged one ("": none),
        worded in the language of the moment where it is shown (code review 86 BF3: worded once at
        open, the Take over the shift banner kept the start's language after a language switch).
        Set to a ``str`` or to a function giving it (called each time it is read)."""
        return self._problem()

    @problem.setter
    def problem(self, text: str | Callable[[], str]) -> None:
        self._problem = text if callable(text) else (lambda: text)

    @property
    def available(self) -> bool:
        """True when the journal works."""
        return self.journal is not None

    def unusable(self) -> JournalUnusable:
        """Why nothing can be written now (``done``'s error for a write asked for while the
        journal cannot be used: review 61 X11, an escalation said nothing of not being
        recorded); translated, with the journal's path and the error (``_reason``)."""
        reason = self._reason()
        return JournalUnusable(tr("the shift journal cannot be used (%1)").replace("%1", reason) if reason
                               else tr("the shift journal is closed"))

    def _open_journal(self) -> bool:
        """Open the journal and read its open shift; on failure set ``problem`` (what to fix:
        the path and the reason) and return False. A tray given another Alertmanager with
        ``--alertmanager`` (``given``) than the one the journal follows does not use it (review
        44 F1: it recorded the journal's alerts as resolved, and its own as this shift's).

        One tray owns the journal at a time (review 61 W4: a second tray on other settings moved
        its scope back and forth at each poll, and the handoff said gaps that never were): the
        first to open it holds it (``journal_hold``) until it quits; a tray started while another
        holds it runs without its shift features (``held``: the menu says which settings hold it)
        and never writes the journal. It does not take the journal over when the holder quits:
        its settings may watch another Alertmanager than the shift's, and taking over mid-run
        would move the shift's scope to it unasked, the very gaps above; quitting it and starting
        it again is the engineer's choice to make it the shift's tray."""
        if self.held is not None:
            return False  # held by another tray when this one started: not taken over (docstring)
        self.elsewhere = ""  # the Alertmanager(s) the journal follows, when not --alertmanager's
        if self.hold is None:
            try:
                self.hold = JournalHold.take(self.path, self._holder())
            except JournalHeld as exc:
                self.held = exc.holder
                self.elsewhere = self.held.settings or "?"
                self._reason = lambda: held_text(self.held)
                self.problem = lambda: tr(
                    "The shift journal is not used by this tray: %1. Its shift features are off, so that the two "
                    "trays do not record over each other; quit the other one and start this one again to use them "
                    "here.").replace("%1", self._reason())
                log.warning("%s", self.problem)
                return False
        try:
            journal = Journal.open(self.path)
            try:
                self.shift, self._shift_changes = shifts.read_open_shift(journal)  # a new journal: its own counter
                if self.given and not follows_alertmanager(journal, self.config.watched()):
                    followed = ", ".join(shown_url(str(url)) for url in journal.get_state(*WATCHED) or [])
                    some = only_some_members(journal, self.config.watched())  # read before it is closed (AJ9)
                    journal.close()
                    self.shift, self.journal, self.elsewhere = None, None, followed
                    self.release_hold()  # not used: another tray may hold it
                    # some members of the cluster it follows: said so, as on the command line (review 72 AH12)
                    given = ", ".join(map(shown_url, self.config.alertmanager_urls()))
                    self._reason = lambda: (tr("it follows the whole cluster (%1), not only the members given with "
                                               "--alertmanager (%2)") if some
                                            else tr("it follows another Alertmanager (%1) than the one given with "
                                                    "--alertmanager (%2)")).replace("%1", followed).replace("%2", given)
                    self.problem = lambda: tr(
                        "The shift journal is not used by this tray: %1. Its shift features are off, so "
                        "that these alerts are not recorded as that shift's.").replace("%1", self._reason())
                    log.warning("%s", self.problem)
                    return False
            except JournalError:
                journal.close()
                raise
        except JournalError as exc:
            self._reason = lambda exc=exc: failure_text(exc)  # (bound: ``exc`` is unset after this block)
            self.problem = lambda: tr("The shift journal cannot be used: %1. Once its folder can be written, open "
                                      "a shift window again: no restart is needed.").replace("%1", self._reason())
            log.error("%s", exc)
            return False
        self.journal, self.problem = journal, ""
        if journal.damage is not None:
            self.problem = partial(journal.damage.message, self.translate)
        self.writer = Background("journal", last=journal.close, parent=self)
        journal.place.on_moved = self.journal_moved.emit  # from the thread that noticed
        return True

    def _holder(self) -> Holder:
        """This tray as written in its hold: its settings file, its Alertmanager(s), its pid."""
        return Holder(str(self.settings or ""), tuple(map(shown_url, self.config.alertmanager_urls())), os.getpid())

    def holder_now(self) -> Holder | None:
        """The other live tray holding the shift journal now, as it wrote itself in its hold
        (``JournalHold.holder_now``, probed at each call: code review 75 AM3, 72 AH10); None when
        this tray holds it, or none does (it quit or crashed); ``UNTOLD`` when that cannot be told
        (code review 77 AQ7)."""
        return None if self.hold is not None else JournalHold.holder_now(self.path)

    def watched_elsewhere(self) -> bool:
        """Whether another live tray holds the shift journal now and watches the Alertmanager(s)
        this tray watches now (quitting this one leaves them watched: ``TrayIcon.watched_on``,
        review 70 AK4). Probed at each call (code review 75 AM3: read once at the start, it
        outlived the shift's tray and this tray's move to another Alertmanager); False when this
        tray holds it, or no holder can be told."""
        holder = self.holder_now()
        return holder is not None and bool(holder.alertmanagers) and one_alertmanager(
            holder.alertmanagers, self._holder().alertmanagers)

    def describe_hold(self) -> None:
        """Write this tray's settings anew in its hold, if it has one (its Alertmanager changed)."""
        if self.hold is not None:
            self.hold.describe(self._holder())

    def release_hold(self) -> None:
        """Let another tray hold the journal (this one quits, or does not use it)."""
        if self.hold is not None:
            self.hold.release()
            self.hold = None

    def tell_damage(self) -> None:
        """Say that the journal was found damaged and set aside (``problem``: what was kept, what
        was lost, where the damaged file is) in a notification that stays on screen until
        dismissed (critical urgency, as the red flags: the engineer may be away from the desk, and
        notes or a handoff may be lost), and in the tray menu until the engineer has read it
        (``show_in_tray``)."""
        self.notify(tr("Shift journal"), self.problem, Light.WARNING, quiet=False, alarm=True)
        self.show_in_tray(self.problem)

    def _moved(self, displacement) -> None:
        """The journal's file was deleted or replaced while in use and was put back
        (``core.journal_place.Displacement``): said once, with where the other file was kept;
        the windows read the journal again."""
        self.notify(tr("Shift journal"), displacement.message(self.translate), Light.WARNING, quiet=False)
        self._shift_changes = -1  # another file meanwhile, perhaps: its shift change counter is its own
        self.journal_changed.emit()

    def reopen(self, quiet: bool = False) -> bool:
        """Try the journal again when it could not be used (a shift window or the notes were
        asked for). On success: the notes panels, the tray menu and the reminders follow, and a
        notification says so; on failure the alerts windows' line says why, and unless
        ``quiet`` a notification says what to fix. Returns ``available``."""
        if self.available:
            return True
        if not self._open_journal():
            for slot in self._slots:
                slot.set_reason(self._reason())
            if not quiet:
                self.notify(tr("Shift journal"), self.problem, Light.WARNING, quiet=False)
            return False
        log.info("the shift journal %s opened", self.path)
        if self.journal.damage is not None:
            self.tell_damage()
        else:
            self.notify(tr("Shift journal"), self.problem or tr("The shift journal can be used again."), Light.OK)
        slots, self._slots = self._slots, []
        for slot in slots:
            slot.put(self._notes_panel(slot.alerts_window))
        self.shift_changed.emit(self.shift)
        self._reminders.start()
        self.check_reminders()
        return True

    def attach_window(self, alerts_window) -> None:
        """Put the notes panel in a (new) alerts window; while the journal cannot be used, a
        line saying so and why (``JournalSlot``), replaced by the panel once it opens."""
        if self.available:
            alerts_window.add_side_panel(self._notes_panel(alerts_window))
            return
        from .journal_slot import JournalSlot

        slot = JournalSlot(self._reason())
        slot.retry.setVisible(not self.elsewhere)  # trying again cannot help: it is not used on purpose
        slot.alerts_window = alerts_window
        slot.retry_requested.connect(self.reopen)
        alerts_window.add_side_panel(slot)
        self._slots.append(slot)

    def _notes_panel(self, alerts_window):
        from .incident_panel import IncidentPanel

        panel = IncidentPanel(self)
        alerts_window.alert_selected.connect(panel.show_alert)
        alerts_window.selected_alert_left.connect(panel.alert_left)
        fingerprint, name = alerts_window.selected_alert()
        if fingerprint:  # a panel put in later (Try again) starts on the alert selected (review 26)
            panel.show_alert(fingerprint, name)
        return panel

    # -- state values (typed, ticked) --------------------------------------------------------

    def save_state(self, scope: str, key: str, value, done: Done | None = None) -> None:
        """Queue saving one typed or ticked value (``done(result, error)`` after it, if given:
        a failure is then the caller's to show)."""
        if self.journal is not None:
            number = self.pending.given(scope, key, value)  # the only copy until written (review 57 S3)
            self.submit(self.journal.set_state, scope, key, value, done=partial(self._state_written, scope, key,
                                                                                number, done))

    def _state_written(self, scope: str, key: str, number: int, done: Done | None, result,
                       error: BaseException | None) -> None:
        failing = self.pending.error is not None
        self.pending.written(scope, key, number, error)
        if failing and error is None:  # what waited is written: the windows that said so say it no more
            self.journal_changed.emit()
        if done is not None:
            done(result, error)

    def state(self, scope: str, key: str, default=None):
        """A state value as last given to ``save_state``, while the journal has not taken it,
        else the journal's (``default`` when neither has one).

        Raises:
            JournalError: the journal cannot be read.
        """
        if self.pending.waiting(scope, key):
            return self.pending.value(scope, key)
        return self.journal.get_state(scope, key, default) if self.journal is not None else default

    def save_text(self, scope: str, key: str, text: str, base: str | None, done: Done | None = None) -> None:
        """Queue saving a text box of a draft that the command line also adds to: what it added
        since the box showed or saved ``base`` is kept after ``text`` (``drafts.merge_typed``,
        read and written in one transaction); the window shows it at its next read."""
        if self.journal is not None:
            self.submit(self.journal.update_state, scope, key, partial(merge_typed, typed=text, base=base), done=done)


def held_text(holder: Holder, own: Holder | None = None) -> str:
    """Which tray holds the shift journal, in the engineer's words (``JournalHeld.holder``): its
    settings file and the Alertmanager(s) it watches, when it wrote them. With ``own`` (this tray,
    as it writes itself in a hold: the tray menu), the Alertmanager(s) the journal follows first,
    then this tray's, and the holder's settings file only when it is not this tray's (review 70
    AK5: the menu of a tray given ``--alertmanager`` named its own settings file as the other's)."""
    if own is not None and holder.alertmanagers:
        followed, watched = ", ".join(holder.alertmanagers), ", ".join(own.alertmanagers) or "?"
        if holder.settings == own.settings:
            text = tr("the shift journal follows %1, held by another oncall-tray on these same settings; this tray "
                      "watches %2")
        else:
            text = tr("the shift journal follows %1, held by another oncall-tray (settings %3); this tray watches %2")
        return text.replace("%1", followed).replace("%2", watched).replace("%3", holder.settings or "?")
    text = tr("another oncall-tray holds the shift journal (settings %1)").replace("%1", holder.settings or "?")
    if own is None and holder.alertmanagers:
        text += tr(", watching %1").replace("%1", ", ".join(holder.alertmanagers))
    return text
