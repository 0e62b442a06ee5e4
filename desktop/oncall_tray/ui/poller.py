"""The poller: a worker QObject in its own QThread (design notes, "Threads").

The worker owns its clients (one ``AlertmanagerClient``, so one ``httpx.Client``, per cluster
member, opened in its thread with the credentials from the keyring), polls on a timer,
backs off exponentially (capped) while Alertmanager fails, and emits plain immutable data
(``PollResult``) through a signal. It never touches a widget. What it reads from and keeps in the
shift journal is ``poller_journal.PollerJournal``'s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import threading
import time
from collections import deque
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from ..alertmanager.models import Silence
from ..allocator import give_back_free_memory
from ..cluster_watch import ClusterWatcher
from ..config import Config
from ..config_urls import one_alertmanager
from ..openers import KeyringPause, Opener
from ..core.attention import AttentionMonitor
from ..core.journal import Journal
from ..core.own_expires import AskedHere
from ..core.journal_aside import identities, rescoped
from ..core.journal_copy import LastLook, seen_before
from ..core.set_aside import SetAside
from ..core.shifts import Responses, on_call_engineer
from ..core.severity import SeverityMap
from ..core.tracker import AlertSnapshot, AlertTracker
from ..notify.attention_messages import worded
from ..notify.attention_release import release
from ..notify.pacing import NoticePacer
from ..secrets import SecretStore
from ..alertmanager.slow_down import SlowDown
from ..poll_retry import retry_cap, retry_delay, slowed_delay
from ..url_passwords import shown_url
from ..watch import PollResult, utc_now
from .background import stop_as_it_ends
from .poller_handover import Handover
from .poller_journal import PollerJournal

log = logging.getLogger(__name__)


class PollerWorker(PollerJournal, Handover, QObject):
    """Lives in the poller thread. Create it in the GUI thread, then ``moveToThread``.

    Args:
        config: the settings (URLs, interval, timeouts, filter, severity synonyms, TLS, auth).
        store: where the password or token is (default: the system keyring).
        known: the last snapshot the tray showed before new settings (None: nothing known); the
            tracker goes on from it (``AlertTracker.resume``), so known alerts are not new. None
            with ``same``: nothing of it shown (the first polls after a switch to its URL failed,
            or none answered yet): the tracker goes on from ``follows``' (``AlertTracker.going_on``),
            which went on from the alerts known (review 76 BH2).
        same: new settings watch the same Alertmanager as ``follows``: the contact with it goes
            on (lost stays lost until it answers, which is then said restored); for another
            Alertmanager it goes on only when it was said lost (its first answer is then said
            restored), and the one before is set aside (``core.set_aside``: what was said of its
            alerts, its last snapshot), to be taken back if watched again (review 50 F2). The
            same one asked for another scope (``Config.watched``: filter, receiver) sets aside
            the scope before as well, and the tracker goes on from ``known`` and what was known
            of the new scope, the alerts out of it leaving unsaid (review 56 Q10).
        journal: the shift journal, read at each poll (in this thread, its own connection) for
            the escalations the engineer recorded, which are not asked for again, and where what
            the attention monitor said during the open shift is kept (read at start: a restarted
            tray does not say it again); None: none.
        asked: the expires this tray asked for (``ShiftController.expires_asked``), its own with
            the journal's (code review 78 AR2).

    Signals:
        polled(PollResult): after every poll, success or failure.
    """

    polled = Signal(object)

    def __init__(self, config: Config, store: SecretStore | None = None, follows: PollerWorker | None = None,
                 journal: Journal | None = None,
                 *, known: AlertSnapshot | None = None, same: bool = False, asked: AskedHere | None = None) -> None:
        super().__init__()
        self._config = config
        self._store = store
        self._journal = journal
        self._asked = asked or AskedHere()  # the expires this tray asked for (``PollerJournal._expired_here``)
        self._follows = follows  # the worker of the settings before, whose state it takes over at start
        self._known = known  # the last poll shown before new settings: the tracker goes on from it
        self._leaving: frozenset[str] = frozenset()  # (``Handover._taking_over``: ``AlertTracker.going_on``)
        self._same = same
        self._another = follows is not None and not same
        # the same one asked for another scope (``filter``, ``receiver``): the alerts out of it are
        # set aside, not resolved, those in both go on (review 56 Q10)
        self._rescoped = same and follows is not None and rescoped(identities(follows._config.watched()),
                                                                   config.watched())
        # ``follows``' watcher, its contact and what of it is set aside: taken at start (``_taking_over``)
        self._contact = self._before = self._left = self._left_seen = None
        self._aside = SetAside()
        self._watcher: ClusterWatcher | None = None
        self._timer: QTimer | None = None
        self._failures = 0  # failed polls in a row
        self._busy = False
        # when the last poll began (``time.monotonic``): the refreshes asked before it are done
        self._poll_started = float("-inf")
        # set by ``Poller.shutdown`` from the GUI thread, or by the worker taking over: a poll in flight
        # then ends with its request, its findings unsaid (code review 81 AX13: the held notices it
        # released went to a result nobody took)
        self.retired = threading.Event()
        # what it knows changes under it: a poll's outcome, a take-over by the next worker (``_taking_over``)
        self._turn = threading.Lock()
        self._ready = threading.Event()  # its own take-over done (``start``)
        self._launched = False  # its thread started by ``Poller.start``: ``start`` will run
        self._shown = None  # the journal's picture the attention monitor took as shown (``PollResult.recalled``)
        # a tray that starts: its first good poll compares with the journal's last look (``_look_back``)
        self._looks_back = follows is None
        # the journal's last look, read once for the watcher's ``recalled`` and ``_look_back``
        self._last_look = LastLook(config.watched())
        # The last results stay referenced here so that the GUI thread, which lets go of them
        # one poll later, never frees 10,000 alerts itself: they die in this thread instead.
        self._recent: deque[PollResult] = deque(maxlen=2)

    @Slot()
    def start(self) -> None:
        """Create the watcher and the timer in this thread and poll at once (the clients are
        opened at the first poll, in this thread: reading the keyring may wait for an unlock). With new
        settings, first takes over what the worker before knows (``Handover._taking_over``)."""
        try:
            with self._taking_over():
                self._take_over()
        finally:
            self._ready.set()
        self.poll()

    def _take_over(self) -> None:
        config = self._config
        tracker = AlertTracker(SeverityMap(config.severity_synonyms))
        back = self._set_aside()
        # kept of this Alertmanager under other scopes (A with every receiver, then B, then A with one)
        others = self._aside.others(config.watched()) if self._another or self._rescoped else []
        # new settings: the alerts already known (or known when it was last watched) are not new
        if self._another or (self._rescoped and self._known is not None):
            self._resume(tracker, back, others)
        else:
            tracker.resume(*((self._known, self._leaving) if back is None else (back.snapshot,)))
        self._known, self._leaving = None, frozenset()
        self._recall_tracker(tracker)
        # new settings: the alerts and silences kept from a member that does not answer stay kept,
        # each scope's apart (another receiver's alerts are not this one's: held, they came back
        # with a member started lately as if it had restarted with them)
        self._held_scopes = {scope: dict(held) for scope, held in getattr(self._follows, "_held_scopes", {}).items()}
        self._held = self._held_scopes.setdefault(config.alert_query(), {})
        self._logins = Opener(config, self._store, cooperative=True)
        self._opener = KeyringPause(self._logins)
        self._watcher = ClusterWatcher(self._opener, tracker, config.alert_query(), self._contact, held=self._held,
                                       recalled=(lambda: self._last_look.read(self._journal))
                                       if self._follows is None else None)
        if self._before is not None:  # new settings: a restart is still told from a start (review 49 N1)
            (self._watcher.keep_starts if self._another else self._watcher.carry_over)(self._before)
            self._before = None
        self._attention = AttentionMonitor(config.sla_policy(),
                                           reminder_interval=dt.timedelta(minutes=config.reminder_minutes)
                                           if config.reminder_minutes else None)
        previous = getattr(self._follows, "_attention", None)
        # (shift number, what was said) as last kept in the journal
        self._kept: tuple[int | None, dict | None] = getattr(self._follows, "_kept", (None, None))
        if previous is not None:  # new settings: what was said is not said again
            self._attention.carry_over(previous, another=self._another)
            for left in [back] if back is not None else []:  # also of an Alertmanager watched again,
                self._attention.recall(left.said)
            for left in others:  # and of its alerts seen under another scope
                self._attention.recall(left.said)
        else:  # a tray started during a shift: what was said in it is not said again
            self._recall_attention()
        # deadline notices paced across polls; new settings: the held ones stay held
        self._pacer: NoticePacer = getattr(self._follows, "_pacer", None) or NoticePacer()
        self._pacer.limit = max(1, config.notification_summary_threshold)
        self._follows = None
        self._silences: Mapping[str, Silence] = {}
        self._timer = QTimer(self, singleShot=True, timeout=self.poll)

    @Slot(object)
    def use_journal(self, journal: Journal) -> None:
        """Read ``journal`` from now on, and what was said in its open shift, when it had none."""
        with self._turn:  # (its attention: taken over by the next worker, if any, as a poll's outcome)
            if self._journal is None and journal is not None and not self.retired.is_set():
                self._journal = journal
                if getattr(self, "_attention", None) is not None:  # (started: else ``start`` reads it)
                    self._recall_attention()

    @Slot(float)
    def refresh_now(self, asked_at: float) -> None:
        """The engineer's "Refresh now", or the command line's (a change made there, a login),
        asked at ``asked_at`` (``time.monotonic``, seconds): poll at once, reading a keyring that
        failed again, the connection opened again when the keyring holds other credentials now
        (review 54 M13). Nothing when a poll began after it was asked: that poll saw what the
        engineer wanted seen; so refreshes asked during one poll make one poll after it, and a
        dismissed unlock prompt is asked again once, not once per click (code review 81 AX1: six
        clicks or F5 repeats during a poll made six polls, each asking the keyring again)."""
        if asked_at <= self._poll_started or self.retired.is_set():
            return
        if self._watcher is not None:
            self._opener.ask_again()
            if self._logins.changed():
                self._watcher.reopen()
        if self._store is not None:
            self._store.prompts.ask_again()  # a dismissed unlock prompt too (review 33)
        self.poll()

    @Slot()
    def poll(self) -> None:
        """Poll now and schedule the next poll (the interval, or the next backoff delay)."""
        if self._watcher is None or self._busy or self.retired.is_set():
            return
        self._timer.stop()
        self._busy = True
        self._poll_started = time.monotonic()
        give_back_free_memory()  # what the previous poll freed, the GUI thread's work on it done
        waited = self._store is not None and self._store.waiting
        if self._store is not None:
            self._store.look_again()  # a keyring started since takes the secrets kept meanwhile
        try:
            fetched = self._watcher.fetch()  # no lock held: the worker taking over waits for none of it
            with self._turn:  # what it knows: a take-over comes before this outcome or after it
                if self.retired.is_set():  # taken over, or quitting, meanwhile: nothing of it is said or kept
                    return
                result = self._watcher.take(fetched)
                if result.update is not None:
                    result = dataclasses.replace(result, silences=self._marked(result.silences))
                    self._silences = result.silences
                    self._aside.resolved(self._config.watched(), result.update.events)  # not firing elsewhere (A->B->A)
                    if result.update.initial:
                        result = dataclasses.replace(result, seen_before=seen_before(
                            self._journal, self._config.watched(), result.update.snapshot))
                snapshot = self._watcher.tracker.snapshot
                shift = self._follow_shift() if snapshot is not None else None
                now = utc_now()
                recorded = self._recorded() if snapshot is not None else Responses({}, {}, {}, {}, {})
                if self._looks_back and result.update is not None:  # a tray that starts: since it last ran
                    self._looks_back = False
                    self._look_back(recorded.acknowledged_at, on_call_engineer(shift, self._config.engineer))
                if snapshot is None and result.recalled is not None and result.recalled is not self._shown:
                    # the journal's picture shown: the first good poll compares with it (review 62 Y14)
                    self._shown = result.recalled
                    self._attention.shown(result.recalled.snapshot, result.recalled.silences, now,
                                          self._recorded().acknowledged_at,
                                          on_call_engineer(shift, self._config.engineer))
                attention = self._attention.evaluate(snapshot, self._silences, result.contact, now, *recorded,
                                                     on_call=on_call_engineer(shift, self._config.engineer),
                                                     expired_here=None if snapshot is None else self._expired_here())
                # also before any good poll: a tray started with Alertmanager down says "unreachable
                # for 1 min" as one running does (review 35); minutes counted to now, the time of the
                # notice, not to the last good poll (review 55 M5: "4 min" for a missed 5-minute target)
                alerts = snapshot.alerts if snapshot is not None else {}
                # worded again by new settings applied before they were shown (review 76 BH6)
                words = functools.partial(worded, release(attention, alerts, now,
                                                          self._config.notification_summary_threshold, self._pacer),
                                          attention, alerts, now, snapshot.telling if snapshot is not None else None,
                                          tuple(shown_url(url) for url in self._config.alertmanager_urls()))  # (AW3)
                notices = tuple(words(QCoreApplication.translate, self._config.zone()))  # translate: thread-safe
                result = dataclasses.replace(result, attention=attention, attention_notices=notices, reworded=words,
                                             keyring_took=waited and not self._store.waiting)  # (review 57 S13)
                if snapshot is not None:
                    self._keep_attention(shift.id if shift is not None else None)
        finally:
            self._busy = False
        if result.error is None:
            self._failures = 0
            delay = self._config.poll_interval
        else:
            self._failures += 1
            delay = slowed_delay(result.error.retry_after, self._config) if isinstance(result.error, SlowDown) \
                else retry_delay(self._failures, retry_cap(self._config))
            log.warning("poll failed (%s); next try in %g s", result.error.describe(), delay)
        give_back_free_memory()  # and what this poll freed (its answer, the decoding), not kept until the next
        self._recent.append(result)
        self.polled.emit(result)
        if self._timer is not None:
            self._timer.start(int(delay * 1000))

    @Slot()
    def stop(self) -> None:
        """Stop the timer and close the client and this thread's journal connection (idempotent);
        it polls no more. Its watcher stays: the worker taking over may not have read it yet."""
        self.retired.set()
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._watcher is not None:
            self._watcher.close()
        if self._journal is not None:
            self._journal.close()


class Poller(QObject):
    """Owns the poller thread and its worker; used from the GUI thread.

    Signals:
        polled(PollResult): re-emitted in the GUI thread.
    """

    polled = Signal(object)
    _refresh = Signal(float)
    _journal = Signal(object)

    def __init__(self, config: Config, parent: QObject | None = None, store: SecretStore | None = None,
                 follows: Poller | None = None, journal: Journal | None = None,
                 known: AlertSnapshot | None = None, same: bool = False, asked: AskedHere | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("oncall-tray poller")
        self._worker = PollerWorker(config, store, self._before(follows), journal, known=known, same=same, asked=asked)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.start)
        self._worker.polled.connect(self.polled)
        self._refresh.connect(self._worker.refresh_now)
        stop_as_it_ends(self._thread, self._worker.stop)
        self._journal.connect(self._worker.use_journal)

    @staticmethod
    def _before(follows: Poller | None) -> PollerWorker | None:
        """The worker whose state new settings take over: ``follows``'s; or, when ``follows`` was
        never started (``start``), the one it was to take over itself."""
        if follows is None:
            return None
        worker = follows._worker
        return worker._follows if not worker._launched and worker._follows is not None else worker

    @staticmethod
    def same_alertmanager(follows: Poller | None, config: Config) -> bool:
        """Whether new settings ``config`` watch the same Alertmanager as the poller whose state
        a poller following ``follows`` takes over (``_before``)."""
        before = Poller._before(follows)
        return before is not None and one_alertmanager(before._config.alertmanager_urls(), config.alertmanager_urls())

    def use_journal(self, journal: Journal) -> None:
        """The shift journal, usable again (review 45 F3: a tray started while it could not be
        used went on without its escalations and acknowledgements after *Try again*)."""
        self._journal.emit(journal)

    @property
    def config(self) -> Config:
        """The settings it polls with."""
        return self._worker._config

    def start(self) -> None:
        """Start the thread (unless shut down already); the first poll follows at once. With new
        settings (``follows``), at once too, also while the poller before is still in a request
        no cut reaches (a DNS lookup the system's resolver holds for seconds): its worker's state
        is taken over between two of its polls, and its poll in flight drops its answer
        (``Handover._taking_over``): none of its notices is lost or said twice (code review 81 AX13)."""
        if not self._worker.retired.is_set():
            self._worker._launched = True
            self._thread.start()

    def refresh(self) -> None:
        """Ask for a poll now ("Refresh now"): one poll after the one running, if any, however
        many times it is asked meanwhile (``PollerWorker.refresh_now``)."""
        self._refresh.emit(time.monotonic())

    def shutdown(self, timeout_ms: int = 1500) -> bool:
        """Stop polling and end the thread; returns False if the thread is still stuck in a
        request after ``timeout_ms`` (the caller must then exit the process without waiting)."""
        self._worker.retired.set()  # a poll in flight ends at once (its requests cut), its findings unsaid
        watcher = self._worker._watcher
        if watcher is not None:
            watcher.cut()
        if not self._thread.isRunning():
            return True
        self._thread.quit()
        return self._thread.wait(timeout_ms)
