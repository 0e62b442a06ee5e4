"""The shift's side of the tray (issue 5): the journal and its writer thread, the polls recorded
in it, the handoff windows, the incident panel of the alerts window, and the after-incident
reminders. Lives in the GUI thread; every write and every request goes to a ``Background``.

A journal that cannot be opened does not stop the tray (watching Alertmanager matters more): the
shift features say why (a notification; a line in the alerts window where the notes go) and stay
off until it opens: asking for a shift window or the notes tries it again, so that the tray
recovers without a restart once its folder can be written again (review 24). A damaged journal
set aside is told in a notification that stays until dismissed, in the tray menu until read, and
in the start window.
"""

from __future__ import annotations

import datetime as dt
import logging
import weakref
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..alertmanager.cluster import members_down
from ..alertmanager.errors import CredentialsNeeded
from ..config import Config
from ..connect import failure_line
from ..core import shifts
from ..core.inhibited import with_severities
from ..core.handoff import Live
from ..core.journal import Journal, JournalError, utc_now
from ..core.journal_schema import SOURCE_TRAY, Shift
from ..core.overview import Light
from ..core.own_expires import AskedHere
from ..core.pending_writes import PendingWrites
from ..handoff_checks import check_dashboards
from ..i18n import Message
from ..notify.messages import BODY_LIMIT, TITLE_LIMIT, Notice, clip
from ..paths import Folders
from ..secrets import SecretStore
from ..watch import PollResult
from .background import Background
from .shift_contact import ContactRecords
from .shift_expires import ExpireAsks
from .shift_journal import JournalAccess
from .shift_windows import ShiftWindows
from .shift_notices import ShiftNotices
from .shift_notes import KeptNotes
from .shift_polls import PollRecords
from .shift_work import attempt_shift_change
from .translations import translator_for

log = logging.getLogger(__name__)
TR_CONTEXT = "shift"
tr = translator_for(TR_CONTEXT)
REMINDER_CHECK_MS = 60_000
Done = Callable[[object, BaseException | None], None]


class ShiftController(QObject, ShiftNotices, JournalAccess, ShiftWindows, ContactRecords, PollRecords, KeptNotes,
                      ExpireAsks):
    """Signals:
        shift_changed(Shift | None): a shift was started or handed over (here or elsewhere).
        journal_changed(): the journal has something new the windows show.
        journal_moved(Displacement): its file was deleted or replaced and put back (any thread).
        live_changed(): a poll brought Alertmanager's current state (``live``).
        refresh_requested(): poll now (after expiring a silence).
        unread_changed(str, object): what the box holds over an alert's unread draft changed
            (its fingerprint, the panel it was typed in or None): the other panels follow it.
        notes_unreadable_hidden(): the engineer closed the line saying the notes kept could not
            be read (``close_notes_unreadable``): every notes panel hides it.
    """

    shift_changed = Signal(object)
    journal_changed = Signal()
    journal_moved = Signal(object)
    live_changed = Signal()
    refresh_requested = Signal()
    unread_changed = Signal(str, object)
    notes_unreadable_hidden = Signal()

    def __init__(self, config: Config, notify: Callable[[list[Notice]], None], path: Path | None = None,
                 parent: QObject | None = None, store: SecretStore | None = None, given: bool = False,
                 settings: Path | None = None, *, folders: Folders) -> None:
        super().__init__(parent)
        self.folders = folders  # the run's (``LoadedConfig.folders``): its journal, unless ``path``; its notes kept
        self.config, self.given = config, given  # given: its Alertmanager is --alertmanager's (``JournalAccess``)
        # its settings file; its hold on the journal; the other tray holding it at the start (``JournalAccess``)
        self.settings, self.hold, self.held = settings, None, None
        #: where credentials are read: the tray's, which holds a login kept in memory for this run
        #: (review 24: the start checklist said "needs credentials" after a login); None: the keyring's
        self.store = store
        self.zone = config.zone()
        self.translate = QCoreApplication.translate
        self._notify = notify
        #: fingerprint -> its last known metric trend (issue 8), set by the tray; None when unknown.
        self.trend_of: Callable[[str], object | None] = lambda _fingerprint: None
        # kept untranslated, put in the language of the moment where shown (``reasons.translate_reason``):
        # a language chosen before the first answer says it in its words
        self.live = Live(None, error=Message(TR_CONTEXT, "no answer from Alertmanager yet"), watched=config.watched(),
                         polled=False)
        self.down: tuple[str, ...] = ()  # the members the last poll found down (``members_down``)
        #: silence ID -> the members holding it, of members that are not one cluster (``PollResult.silence_holders``)
        self.silence_holders: dict[str, tuple[str, ...]] = {}
        #: member URL -> the one listed before it that is the same Alertmanager (``PollResult.aliases``)
        self.aliases: dict[str, str] = {}
        self._polled_urls: tuple[str, ...] = ()  # the Alertmanager of the last good poll, and
        self._seen: tuple[dict, dict] = ({}, {})  # its alerts and silences
        self.journal: Journal | None = None
        #: the journal's shift change counter when ``shift`` was read (``shifts.ShiftRead``): an
        #: older read is dropped (``_followed``); -1 until read (``JournalAccess._open_journal``)
        self._shift_changes = -1
        self.writer: Background | None = None
        self.problem = ""
        self.shift: Shift | None = None
        self.actions = Background("actions", threads=2, parent=self)
        self.expires_asked = AskedHere()  # read by the poller too (``PollerJournal``): code review 78 AR2
        self._unsent: dict[str, list[Callable[[], None]]] = {}  # expires asked, not noted yet (``ExpireAsks``)
        self._sends: list = []  # expires asked, their DELETE perhaps not left yet (``ExpireAsks``)
        self._unconfirmed_told = False  # the expires asked before and never confirmed, told (``ExpireAsks``)
        self._unconfirmed_after: float | None = None  # told at a poll from then on (monotonic seconds)
        self.path = path or folders.journal
        self.show_in_tray: Callable[[str], None] = lambda _text: None  # the tray's, once attached (``tell_damage``)
        # why the journal cannot be used (its path and the error), in the language of the moment ("": it can)
        self._reason: Callable[[], str] = lambda: ""
        self._slots: list = []  # the alerts windows' JournalSlot while the journal cannot be used
        self.journal_moved.connect(self._moved)  # queued: said in the GUI thread
        self._open_journal()
        self._windows: dict[str, QObject] = {}
        self._stale: set[str] = set()  # windows built in a language no longer set
        self._last_silences = None
        self._quiet_polls = 0
        # a quiet poll's time, the Alertmanager and the members that answered it, not written
        self._unwritten_seen: tuple[dt.datetime, tuple[str, ...], tuple[str, ...]] | None = None
        self._answered: tuple[str, ...] = ()  # the members that answered the last poll
        self._unwritable = False  # the last poll could not be recorded (said once)
        self.pending = PendingWrites()  # typed or ticked values the journal has not taken yet
        #: the notes panels alive (``IncidentPanel``): what box shows which draft (code review 77 AQ6)
        self.note_panels: weakref.WeakSet = weakref.WeakSet()
        #: ``unread``: fingerprint -> what the notes panels' box held since its alert's draft could
        #: not be read (``incident_draft``): here, not in a panel, so that a new alerts window has it
        #: (code review 69 AD3), kept at the quit (``notes_draft``) and taken back at the next start
        self._read_kept_notes()  # ``unread``, its file (``KeptNotes``)
        # the alerts the journal had firing that the first poll of an Alertmanager that started
        # lately lacked, not taken as ended until it is RESTART_GRACE old (``_record``)
        self._kept: frozenset[str] = frozenset()
        self._kept_until: dt.datetime | None = None
        self._reminders = QTimer(self, interval=REMINDER_CHECK_MS, timeout=self.check_reminders)

    @property
    def engineer(self) -> str:
        """Who is on call here: the open shift's engineer, else the ``engineer`` setting; the author of
        what is done here (review 15: after a handoff, the next engineer's acks bore the setting's name)."""
        return shifts.on_call_engineer(self.shift, self.config.engineer)

    def now(self) -> dt.datetime:
        """The current time (UTC); tests replace it."""
        return utc_now()

    # -- life -----------------------------------------------------------------------------

    def attach_tray(self, tray, refresh: Callable[[], None]) -> None:
        """Wire the tray menu's shift entries and the poll asked for after expiring a silence."""
        self.refresh_requested.connect(refresh)
        self.show_in_tray = tray.set_journal_notice
        # both entries while the journal cannot be used: each tries it again (``show_window``)
        tray.set_shift_open(self.shift is not None if self.available else None, self.elsewhere, self.held,
                            self._holder())
        self.shift_changed.connect(lambda shift: tray.set_shift_open(shift is not None))
        tray.watched_elsewhere = self.watched_elsewhere  # asked at each Quit (code review 75 AM3)
        tray.holder_now = self.holder_now  # asked as the menu opens (code review 72 AH10)
        tray.shift_window_requested.connect(self.show_window)

    def start(self) -> None:
        """Tell about a journal problem; open the start window when no shift is open."""
        if self.journal is not None and self.journal.damage is not None:
            self.tell_damage()
        elif self.problem:
            self.notify(tr("Shift journal"), self.problem, Light.WARNING)
        if not self.available:
            return
        if self.shift is None:
            self.show_window("start")
        else:
            log.info("shift %s of %s, open since %s, restored", self.shift.id, self.shift.engineer,
                     self.shift.started_at.isoformat())
        self._reminders.start()
        self.check_reminders()

    def shutdown(self, budget_s: float = 1.0) -> bool:
        """Save what is still being typed (what was typed over drafts the journal could not read: kept
        beside it, ``notes_draft``), let the writes finish (bounded), stop the threads; False when a
        request to Alertmanager (an expire not answered within ``budget_s`` seconds) still runs in
        a thread that would hold the process at exit (code review 80 AV3: the caller exits without
        waiting for it)."""
        for window in self._windows.values():
            window.hide()  # flushes the fields' autosave
        self._keep_notes()
        self._reminders.stop()
        # an expire confirmed, waiting for its note or queued: sent, not dropped (code review 79 AT8, 80 AU3)
        answered = self.send_unsent(budget_s)
        requests_stopped = self.actions.shutdown(0)
        self._write_seen()
        if self.writer is not None:
            self.writer.shutdown(budget_s)
            # no journal from now: a window's late event (a focus-in that reads the notes) would open it again
            journal, self.journal = self.journal, None
            if journal is not None:  # not on a second shutdown (review 57 S6: the crash dialog's Restart)
                journal.close()
        self.release_hold()  # once closed: the next tray may write
        return answered and requests_stopped

    def notify(self, title: str, body: str, light: Light = Light.OK, quiet: bool = True, alarm: bool = False) -> None:
        """One desktop notification; ``alarm``: critical urgency, on screen until dismissed (``Notice.alarm``)."""
        self._notify([Notice(clip(title, TITLE_LIMIT), clip(body, BODY_LIMIT), None, quiet=quiet, light=light,
                             alarm=alarm)])

    # -- polls ----------------------------------------------------------------------------

    def on_polled(self, result: PollResult) -> None:
        """Keep Alertmanager's latest state for the windows and record the poll in the journal."""
        self.down = members_down(result.members)  # writes try them last (review 32)
        if result.update is not None:  # not one cluster: an expiry goes where the silence is
            self.silence_holders = dict(result.silence_holders) if result.apart else {}
            self.aliases = dict(result.aliases)  # the dashboards check lists each once (review 61 W9)
        self.record_contact(result)
        if result.update is None:
            self._write_seen()  # the last poll that saw it, not the last one written
            self.live = Live(None, error=failure_line(result.error) if result.error else "",  # translated where shown
                             watched=self.config.watched(), credentials=isinstance(result.error, CredentialsNeeded))
        else:
            snapshot = result.update.snapshot
            self.say_vanished(snapshot, result.silences)
            self.live = Live.of(snapshot, result.silences, self.down, result.unknown,  # (review 52 H2)
                                inhibited=with_severities(result.inhibited, self.config.severity_synonyms),
                                held_silences=result.held_silences,
                               answered=result.answered,  # when a member down last answered (review 61 X1)
                                kept=result.kept)  # kept through a restart, marked (review 63 Z3)
            self._record(result)
            self.tell_unconfirmed(result.silences, result.held_silences)  # once a run (code review 80 AV3, 83 BA4)
        self.live_changed.emit()
        for scope, key, value in list(self.pending):  # typed, not written yet (disk full): tried again
            self.save_state(scope, key, value)
        if self.writer is not None:  # read in the journal's thread: the GUI thread never waits for SQLite
            self.writer.submit(shifts.read_open_shift, self.journal, done=self._followed)

    def _follow_shift(self) -> None:
        """Notice a shift started or handed over from the command line (reading here; a poll
        reads in the journal's thread)."""
        if self.journal is None:
            return
        try:
            current = shifts.read_open_shift(self.journal)
        except JournalError as exc:
            log.error("%s", exc)
            return
        self._followed(current, None)

    def _followed(self, read: shifts.ShiftRead | None, error: BaseException | None) -> None:
        """A read of the open shift answered (``shifts.ShiftRead``, from any thread's read): shown
        unless it is older than the state shown (``_shift_changes``: a poll's read of "no shift"
        taken before the shift started and answered after the tray had seen it blanked the end
        window, and the read after it wiped what was typed there; code review AU)."""
        if error is not None:
            log.error("%s", error)
            return
        if read is None or read.changes < self._shift_changes:
            log.debug("a read of the open shift older than the state shown, dropped")
            return
        self._shift_changes, current = read.changes, read.shift
        if (current and current.id) != (self.shift and self.shift.id):
            self.shift = current
            self.shift_changed.emit(current)

    # -- writes and requests for the windows -----------------------------------------------

    def submit(self, fn: Callable, *args, done: Done | None = None, **kwargs) -> None:
        """Queue a journal write (``Background.submit``); no journal: ``done`` gets why (``unusable``)."""
        if self.writer is not None:
            self.writer.submit(fn, *args, done=done, **kwargs)
        elif done is not None:
            done(None, self.unusable())

    def record_escalation(self, fingerprint: str, alertname: str, level: str, done: Done | None = None,
                          message: str = "", answered: bool = False, at: dt.datetime | None = None,
                          incidents: Sequence[int] = ()) -> None:
        """Record that the alert was escalated to ``level`` ("L2", "L3"), signed by the on-call
        engineer, with the ``message`` sent and what Alertmanager said of it (for an incident
        it opens); with ``answered``, that ``level`` answered (``Journal.record_answer``: its
        result, an event or why not, goes to ``done``). No journal: tried again first, else
        ``done`` gets why (``unusable``; review 61 X11: "Copied" alone, not recorded). ``at``
        (UTC): when; None: as it is written. ``incidents``: the ids of an Incidents row's incidents
        (a folded row's members, the shown one first), recorded on each in one transaction
        (``Journal.record_escalation``'s; code review 74 AL3)."""
        if self.journal is None and (self.writer is not None or not self.reopen(quiet=True)):
            if done is not None:  # (a writer without a journal: shut down)
                done(None, self.unusable())
            return
        alert = (self.live.alerts or {}).get(fingerprint)
        extra = {} if answered else {"message": message}
        if alert is not None and not answered:
            severity = self.live.severities.get(fingerprint)
            extra.update(severity=severity.value if severity else "", summary=alert.summary, labels=alert.labels,
                         fired_at=alert.starts_at)

        def recorded(result, error: BaseException | None) -> None:
            if error is None:  # a poll now: the alerts window says "escalated to L2" at once (review 28)
                self.refresh_requested.emit()
            if done is not None:
                done(result, error)

        record = self.journal.record_answer if answered else self.journal.record_escalation
        self.submit(record, fingerprint, level, alertname=alertname, actor=self.engineer, source=SOURCE_TRAY,
                    at=at, incidents=tuple(incidents), **extra, done=recorded)

    def start_shift(self, engineer: str, markdown: str, done: Done, rendered: Mapping[str, str] | None = None) -> None:
        """Queue recording the start of a shift (``rendered``: ``shifts.start_shift``'s);
        ``done(shift, error)``: a ``ShiftConflict`` when a shift was started elsewhere first
        (the windows then see that shift)."""
        self.submit(attempt_shift_change, shifts.start_shift, self.journal, engineer, markdown=markdown, source=SOURCE_TRAY,
                    rendered=rendered, done=lambda result, error: self._attempted("started", result, error, done))

    def end_shift(self, shift_id: int, incoming: str, markdown: str, done: Done, pending: Sequence = (),
                  rendered: Callable | None = None, outgoing: str = "") -> None:
        """Queue recording the handoff of the open shift, with the own ``pending`` items handed
        over (``EndReport.handed_over``), ``rendered`` (``shifts.end_shift``'s, made in the
        writer thread) and ``outgoing`` (``EndReport.outgoing``); ``done(shift, error)``: a ``ShiftConflict`` when it was handed over
        elsewhere first (the windows then see the shift open now, if any)."""
        self.submit(attempt_shift_change, shifts.end_shift, self.journal, shift_id, incoming=incoming, markdown=markdown,
                    source=SOURCE_TRAY, pending=tuple(pending), rendered=rendered, outgoing=outgoing,
                    done=lambda result, error: self._attempted("handed over", result, error, done))

    def _attempted(self, what: str, result, error: BaseException | None, done: Done) -> None:
        if error is not None:
            done(None, error)
            return
        shift, conflict, current = result  # current: the open shift read after (``ShiftRead``)
        if conflict is not None:  # expected: someone was quicker; not a failure to log as one
            log.info("shift not %s: %s", what, conflict)
            self._followed(current, None)
            done(None, conflict)
            return
        self.shift = shift if shift.open else None
        self.shift_changed.emit(self.shift)
        self._followed(current, None)  # its change counter: a read from before it is older (and a change since)
        done(shift, None)

    def holders_down(self, silence_id: str = "") -> tuple[str, ...]:
        """The members not answering that hold the silence ``silence_id`` (``silence_holders``;
        base URLs), else every member not answering (``down``): who a silence that only members
        down hold (``Live.held_silences``) waits for, said by ``silence_holders.holder_down``
        in every window that offers its expiry (review 62 Y9, 63 CB5)."""
        held = [url for url in self.silence_holders.get(silence_id, ()) if url in self.down]
        return tuple(held) or self.down

    def check_dashboards(self, done: Done) -> None:
        """Ask every dashboard (another thread), an Alertmanager listed twice once (``aliases``);
        ``done(checks, error)``."""
        self.actions.submit(check_dashboards, self.config, store=self.store, aliases=dict(self.aliases), done=done)

    def use_config(self, config: Config) -> None:
        """New settings: the Alertmanager that silences are expired in and whose last look the
        journal stands in for (recorded at the next poll, changed or not: the journal follows a
        move at once), the dashboards checked, the engineer and the time zone."""
        self._write_seen()  # of the Alertmanager watched until now
        self.config, self.zone, self._last_silences = config, config.zone(), None
        self.describe_hold()  # the other trays say the Alertmanager it watches now
