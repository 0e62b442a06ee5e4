"""The expires this tray asks Alertmanager for, noted before they are sent (``own_expires``), sent
and recorded in the shift journal (``expire_silence``): ``ExpireAsks``, a mixin of
``ShiftController``."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Collection, Mapping

from PySide6.QtCore import QTimer

from ..core.journal import utc_now
from ..core.journal_feed import record_silence_change
from ..core.journal_schema import SOURCE_TRAY, EventKind
from ..alertmanager.matchers import format_matcher
from ..alertmanager.models import Silence
from ..core.local_times import local_time
from ..core.overview import Light
from ..core.own_expires import AskedHere, ask_expire, take_unconfirmed, withdraw_expire
from ..core.names import name_list
from ..core.names import utf16_units
from ..notify.messages import BODY_LIMIT, clip
from ..silence_holders import refused
from .background import Done
from .translations import failure_text, translator_for

log = logging.getLogger(__name__)
TR_CONTEXT = "shift"
tr = translator_for(TR_CONTEXT)

#: How long a DELETE waits for the journal's note of its ask (``own_expires.ask_expire``) before
#: it is sent all the same, in milliseconds: the other trays on the journal learn of the ask from
#: the note, this tray's polls from its memory (``AskedHere``) at once. Code review 79 AT8: it
#: waited behind the journal's writer (a locked journal: 10 s), a second click sent a second DELETE.
NOTE_WAIT_MS = 500
#: At most this many characters of each silence's matchers in the one notice of many
#: (``tell_unconfirmed``, past ``notification_summary_threshold``).
MATCHERS_LISTED = 40
#: How many silences that notice names (the rest counted: "… (+N)"), within the body's limit.
SUMMARY_NAMED = 3


class SendOnce:
    """The one send of an expire's DELETE: ``take`` is True for the first who asks, whichever
    thread (the worker that queued it, or the quit's ``ExpireAsks.send_unsent``), False after:
    what the quit sent is not sent again by a worker, and what a worker began is not sent again at
    the quit (code review 80 AU3). Shared by the asks of one silence made before its answer
    (``ExpireAsks.ask_expire``): the sender ``answer``s, the others ``wait`` for that answer and
    take it for theirs (code review 80 AV5: the second ask's was never made nor answered): its
    error, or its result, the same for every one (``shift_work.expire_everywhere``'s shape: code
    review 83 BA2, the second was told "expired everywhere" of a partial expire). One of them
    records the expire (``record``): one ``SILENCE_EXPIRED`` per DELETE."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._taken = False
        self._recorded = False
        self._answered = threading.Event()
        self._error: BaseException | None = None
        self._result: object = None

    @property
    def taken(self) -> bool:
        """True once ``take`` was."""
        with self._lock:
            return self._taken

    @property
    def answered(self) -> bool:
        """True once the sender gave Alertmanager's answer (or its failure: ``answer``)."""
        return self._answered.is_set()

    @property
    def result(self) -> object:
        """The result of the answer given (``expire_everywhere``'s; None: failed, or not answered yet)."""
        return self._result

    def record(self) -> bool:
        """True the first time only: the caller records the expire in the journal, the others do not."""
        with self._lock:
            first, self._recorded = not self._recorded, True
            return first

    @property
    def error(self) -> BaseException | None:
        """The error of the answer given (None: expired, or not answered yet)."""
        return self._error

    def take(self) -> bool:
        """True the first time only: the caller sends the DELETE, then ``answer``s."""
        with self._lock:
            first, self._taken = not self._taken, True
            return first

    def answer(self, error: BaseException | None, result: object = None) -> None:
        """The DELETE taken was answered (``error`` None: expired, ``result`` its result), or failed with ``error``."""
        self._error, self._result = error, result
        self._answered.set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Wait at most ``timeout_s`` seconds (None: until it comes) for the answer; True when given."""
        return self._answered.wait(timeout_s)

    def send(self, request: Callable[[], object]):
        """In a worker thread: ``request()`` (the DELETE) when this caller ``take``s it, its answer
        given (``answer``); else that of the one who took it, waited for: its result returned, its
        error raised."""
        if not self.take():
            self.wait()
            if self._error is not None:
                raise self._error
            return self._result
        try:
            result = request()
        except BaseException as exc:
            self.answer(exc)
            raise
        self.answer(None, result)
        return result


class ExpireAsks:
    """Mixin of ``ShiftController``: its ``expires_asked`` (an ``AskedHere``), ``journal``,
    ``engineer``, ``config``, ``store``, ``down``, ``silence_holders``, ``actions`` (the requests'
    ``Background``), ``submit`` (the journal writer), its signals ``journal_changed`` and
    ``refresh_requested``, ``_unsent`` (silence ID -> the send of an expire asked whose note is not written
    yet), a dict, and ``_sends`` ((silence ID, ``SendOnce``) of each expire asked whose DELETE
    may not have left yet), a list."""

    expires_asked: AskedHere
    _unsent: dict[str, list[Callable[[], None]]]
    _sends: list[tuple[str, SendOnce]]

    def ask_expire(self, silence_id: str, send: Callable[[SendOnce], None]) -> None:
        """Before an expire of ``silence_id`` is sent: note that this app asks for it, in memory
        (``expires_asked``) at once and in the journal (another thread; ``own_expires.ask_expire``),
        then ``send(once)`` the DELETE (GUI thread, once) when the note is written, or could not be
        (logged), or after ``NOTE_WAIT_MS`` at most: a poll that sees the silence ended knows it
        for the engineer's, before the expire is recorded, when its answer is lost, and in the
        other trays on the journal (code review 78 AR2: said "ended outside oncall-tray"). The
        worker that sends it (the Silences tab's ``Actions``, the handoff's and the aftercare's
        ``actions``) sends through ``once.send``: an expire not begun by the quit, waiting for its
        note or queued behind other requests, is sent by ``send_unsent``, one path for all (code
        review 79 AT8, 80 AU3: the handoff's, queued, was dropped). A second ask of a silence whose
        first is not answered yet (the End window's and the Silences tab's) joins it: the same
        ``once``, one DELETE, each ``send`` made and answered with its answer (code review 80 AV5:
        the first's was overwritten, its window waited forever). A refused expire is withdrawn
        (``expire_answered``)."""
        joined = next((each for sid, each in self._sends if sid == silence_id and not each.answered), None)
        once = joined or SendOnce()
        self._sends = [(sid, each) for sid, each in self._sends if not each.answered]
        if joined is None:
            self._sends.append((silence_id, once))

        def go() -> None:
            for pending in self._unsent.pop(silence_id, []):
                pending()

        def noted(_result, error: BaseException | None) -> None:
            if error is not None:
                log.warning("the expire of silence %s not noted in the journal: %s", silence_id, failure_text(error))
            go()

        self.expires_asked.ask(silence_id, utc_now())
        seen = getattr(self.live.silences.get(silence_id), "updated_at", None)  # Alertmanager's (code review 83 BA6)
        waiting = silence_id in self._unsent  # a first ask's note not written yet: this one goes with it
        self._unsent.setdefault(silence_id, []).append(lambda: send(once))
        if waiting:
            return
        if self.journal is None:
            go()
            return
        self.submit(ask_expire, self.journal, silence_id, f"{SOURCE_TRAY} {self.engineer}", seen=seen, done=noted)
        if silence_id in self._unsent:  # the note not written yet
            QTimer.singleShot(NOTE_WAIT_MS, self, go)

    def send_unsent(self, budget_s: float) -> bool:
        """At the quit, before the workers stop (dropping what they hold queued): send each expire
        asked whose DELETE has not left yet (waiting for its note, or queued behind other requests
        in a worker), each in a thread of its own, and wait for those and for those a worker is
        sending, at most ``budget_s`` seconds for them all, rather than drop what the engineer
        confirmed (code review 79 AT8, 80 AU3). Each is logged as it ended: its answer by the
        client (``alertmanager.write_log``: expired, not, or may have been; review 74 BB4), or
        not answered within the budget (code review 80 AV3: "sent at the quit" was logged of one
        then dropped). Its note in the journal stays: the next start tells the engineer of one
        whose silence is still active (``tell_unconfirmed``); one refused is withdrawn, as any
        (``expire_answered``). True when every one was answered in time: a worker still sending
        holds the process at exit (the caller exits without waiting for it)."""
        self._unsent.clear()  # their sends, below
        sends = [(silence_id, once, once.take()) for silence_id, once in self._sends if not once.answered]
        self._sends = []
        for silence_id, once, mine in sends:
            if mine:
                log.warning("the expire of silence %s not sent yet at the quit: sent now", silence_id)
                holders = tuple(self.silence_holders.get(silence_id, ()))
                threading.Thread(target=_send_now, name="oncall-tray expire at quit", daemon=True,
                                 args=(once, self.config, silence_id, self.store, tuple(self.down), holders)).start()
        deadline = time.monotonic() + budget_s
        for _silence_id, once, _mine in sends:
            once.wait(max(0.0, deadline - time.monotonic()))
        for silence_id, once, mine in sends:
            how = "sent at the quit" if mine else "being sent at the quit"
            if not once.answered:
                log.warning("the expire of silence %s %s: no answer within the quit's budget", silence_id, how)
            elif once.error is None and once.result and once.result[1]:  # (made, missed): code review 83 BA2
                log.error("the expire of silence %s %s: expired, but not on %s", silence_id, how,
                          ", ".join(url for url, _error in once.result[1]))
            elif once.error is not None:  # its answer logged by the client, as every write's (``write_log``)
                self.expire_answered(silence_id, once.error)
        return all(once.answered for _silence_id, once, _mine in sends)

    def tell_unconfirmed(self, silences: Mapping[str, Silence], held: Collection[str] = ()) -> None:
        """Once a run, at its first poll that read ``silences`` (ID -> ``Silence``) twice the
        request's timeout after the run's first: tell the engineer of each expire asked before (this
        tray's last run, or the command line, no longer running: code review 83 BA3) that was never
        confirmed, its silence still active and unchanged since (``take_unconfirmed``: its DELETE
        failed or was not answered, at a quit: code review 80 AV3), naming the silence and how to
        expire it: one notification each, or one for them all past
        ``notification_summary_threshold`` (code review 83 BA8). ``held``: the IDs of those only
        members not answering hold (``PollResult.held_silences``: their state as last seen), not
        judged (code review 83 BA4). Told, not sent again: the ask may be hours old, made by the
        engineer of another shift, and an expire ends a silence that mutes alerts that then notify
        and page: the engineer on call now decides (guide: a silence is removed by whoever knows
        the alert is resolved). A silence changed since the ask is never expired for it, nor told:
        that change stands."""
        settled = dt.timedelta(seconds=2 * self.config.request_timeout)
        if self._unconfirmed_after is None:  # the run's first poll
            self._unconfirmed_after = time.monotonic() + settled.total_seconds()
        if self._unconfirmed_told or self.journal is None or time.monotonic() < self._unconfirmed_after:
            return
        self._unconfirmed_told = True

        def told(found, error: BaseException | None) -> None:
            if error is not None:
                log.warning("cannot read the expires asked and not confirmed: %s", failure_text(error))
                return
            for silence, asked in found:
                log.warning("the expire of silence %s asked at %s was not confirmed: still active", silence.id,
                            asked.isoformat())
            if len(found) > self.config.notification_summary_threshold:
                self.notify(tr("%1 silences not expired").replace("%1", str(len(found))), tr(
                    "Your expires, never confirmed; still active. Expire them in the alerts window's Silences tab, "
                    "or: oncall-tray silence expire ID (IDs: oncall-tray silence list)") + "\n" +
                    name_list((_matchers(silence, MATCHERS_LISTED) for silence, _asked in found), SUMMARY_NAMED),
                    Light.WARNING)
                return
            for silence, asked in found:
                self.notify(tr("Silence not expired"), unconfirmed_text(
                    silence, local_time(asked, self.zone, utc_now(), self.translate), tr), Light.WARNING)

        self.submit(take_unconfirmed, self.journal, dict(silences), utc_now(), settled, frozenset(held), done=told)

    def expire_silence(self, silence: Silence, done: Done, unrecorded: Callable[[str], None] | None = None) -> None:
        """Expire a silence in Alertmanager (another thread), record it, poll again; ``done(missed,
        error)`` (``missed``: the holders that did not take it, ``shift_work.HoldersMissed``, or None).
        Expired, but not recorded (the journal refused the record, or there is none):
        ``unrecorded(text)`` in the GUI thread, ``text`` saying so and why in the engineer's
        language, for the window that asked, after ``done`` (code review 65 T7: said nowhere, and
        the handoff listed the silence as still the engineer's)."""
        def send(once: SendOnce) -> None:
            def expired(result, error):
                done(result, error)  # first: "not recorded" comes after "expired", never before (code review 66 U5)
                self.expire_answered(silence.id, error)  # refused: its ask withdrawn (code review 79 AT7)
                if error is None:
                    self.record_expired(silence, unrecorded, once)

            self.actions.submit(expire_once, once, self.config, silence.id, self.store, self.down,
                                self.silence_holders.get(silence.id, ()), done=expired)

        self.ask_expire(silence.id, send)

    def record_expired(self, silence: Silence, unrecorded: Callable[[str], None] | None = None,
                       once: SendOnce | None = None) -> None:
        """``silence`` (as it was) was expired by this app: record it in the journal (another
        thread), then poll (``refresh_requested``), so that the poll knows the expire was the
        engineer's and says nothing of it (``own_expires``; fresh-user review 71 AP5: polled before
        the record, it would be said "ended outside oncall-tray"). Not recorded: ``unrecorded(text)``
        in the GUI thread as ``expire_silence`` says (logged when None), then the poll all the same.
        ``once`` (the ``SendOnce`` of its DELETE) given: recorded by its first answer only, one
        ``SILENCE_EXPIRED`` per DELETE however many asks shared it (code review 83 BA2)."""
        def recorded(_result, error: BaseException | None) -> None:
            if error is None:
                self.journal_changed.emit()
            else:
                text = tr("The silence was expired, but not recorded in the shift journal: %1").replace(
                    "%1", failure_text(error))
                unrecorded(text) if unrecorded is not None else log.warning("%s", text)
            self.refresh_requested.emit()

        if once is not None and not once.record():  # another ask of it records it
            self.refresh_requested.emit()
        elif self.journal is not None:
            self.submit(record_silence_change, self.journal, EventKind.SILENCE_EXPIRED, silence,
                        actor=self.engineer, source=SOURCE_TRAY, done=recorded)
        else:
            recorded(None, self.unusable())

    def expire_answered(self, silence_id: str, error: BaseException | None, of_expire: bool = True) -> None:
        """Alertmanager answered the expire of ``silence_id``: refused (``silence_holders.refused``:
        an ``error``, no answer lost in it), its ask is forgotten, in memory and in the
        journal (another thread; ``own_expires.withdraw_expire``), so that someone else's end of
        that silence is said (code review 79 AT7). Taken, or its answer lost, or ``of_expire``
        False (the answer to another change of that silence): the ask stays."""
        if not of_expire or not refused(error):
            return
        self.expires_asked.withdraw(silence_id)

        def withdrawn(_result, failure: BaseException | None) -> None:
            if failure is not None:
                log.warning("the refused expire of silence %s not withdrawn from the journal: %s", silence_id,
                            failure_text(failure))

        if self.journal is not None:
            self.submit(withdraw_expire, self.journal, silence_id, done=withdrawn)


def unconfirmed_text(silence: Silence, asked: str, tr: Callable[[str], str]) -> str:
    """The body of the notice of ``silence``'s expire never confirmed (``tell_unconfirmed``),
    asked at ``asked`` (a local time as shown), in ``tr``'s language: its matchers cut to the room
    the sentence leaves within the body's limit (``BODY_LIMIT``, UTF-16 units), so that its ID and
    the command that expires it always fit whole (fresh-user review 74 BB1: the pt_BR sentence,
    longer than the English one a fixed 60 characters were sized for, lost the ID)."""
    text = tr("Your expire of %1 (asked at %2) was never confirmed: the silence is still active. Expire it in "
              "the alerts window's Silences tab, or: oncall-tray silence expire %3").replace(
        "%2", asked).replace("%3", silence.id)
    room = BODY_LIMIT - utf16_units(text.replace("%1", ""))
    return text.replace("%1", _matchers(silence, max(room, 0)) if room > 3 else "…")


def _matchers(silence: Silence, limit: int) -> str:
    """``silence``'s matchers, at most ``limit`` characters (its ID is said beside them)."""
    return clip(", ".join(format_matcher(m) for m in silence.matchers), limit)


def _send_now(once: SendOnce, *args) -> None:
    """``shift_work.expire_everywhere(*args)`` in a thread of its own, its answer given to
    ``once`` (taken by the caller)."""
    from .shift_work import expire_everywhere

    try:
        result = expire_everywhere(*args)
    except Exception as exc:  # noqa: BLE001 - said by the caller, in the GUI thread
        once.answer(exc)
    else:
        once.answer(None, result)


def expire_once(once: SendOnce, config, silence_id: str, store=None, down: tuple[str, ...] = (),
                holders: tuple[str, ...] = ()):
    """In the actions thread: ``shift_work.expire_in_alertmanager``'s expire (same arguments)
    through ``once.send``: sent unless the quit or another ask of the silence sent it already
    (its answer, then: the holders that did not take it named here too, code review 83 BA2)."""
    from .shift_work import expire_everywhere, holders_missed

    holders = tuple(holders)
    return holders_missed(lambda: once.send(lambda: expire_everywhere(config, silence_id, store, down, holders)),
                          holders)
