"""The expires this tray asks Alertmanager for, noted before they are sent (``own_expires``):
``ExpireAsks``, a mixin of ``ShiftController``."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QTimer

from ..core.journal import utc_now
from ..core.journal_schema import SOURCE_TRAY
from ..core.own_expires import AskedHere, ask_expire, withdraw_expire
from ..silence_holders import refused
from .translations import failure_text

log = logging.getLogger(__name__)

#: How long a DELETE waits for the journal's note of its ask (``own_expires.ask_expire``) before
#: it is sent all the same, in milliseconds: the other trays on the journal learn of the ask from
#: the note, this tray's polls from its memory (``AskedHere``) at once. Code review 79 AT8: it
#: waited behind the journal's writer (a locked journal: 10 s), a second click sent a second DELETE.
NOTE_WAIT_MS = 500


class ExpireAsks:
    """Mixin of ``ShiftController``: its ``expires_asked`` (an ``AskedHere``), ``journal``,
    ``engineer`` and ``submit`` (the journal writer), and ``_unsent`` (silence ID -> the send of
    an expire asked whose DELETE has not left yet), a dict."""

    expires_asked: AskedHere
    _unsent: dict[str, Callable[[], None]]

    def ask_expire(self, silence_id: str, send: Callable[[], None]) -> None:
        """Before an expire of ``silence_id`` is sent: note that this app asks for it, in memory
        (``expires_asked``) at once and in the journal (another thread; ``own_expires.ask_expire``),
        then ``send()`` the DELETE (GUI thread, once) when the note is written, or could not be
        (logged), or after ``NOTE_WAIT_MS`` at most, or at the quit (``send_unsent``): a poll
        that sees the silence ended knows it for the engineer's, before the expire is recorded,
        when its answer is lost, and in the other trays on the journal (code review 78 AR2: said
        "ended outside oncall-tray"). A refused expire is withdrawn (``expire_answered``)."""
        def go() -> None:
            pending = self._unsent.pop(silence_id, None)
            if pending is not None:
                pending()

        def noted(_result, error: BaseException | None) -> None:
            if error is not None:
                log.warning("the expire of silence %s not noted in the journal: %s", silence_id, failure_text(error))
            go()

        self.expires_asked.ask(silence_id, utc_now())
        self._unsent[silence_id] = send
        if self.journal is None:
            go()
            return
        self.submit(ask_expire, self.journal, silence_id, f"{SOURCE_TRAY} {self.engineer}", done=noted)
        if silence_id in self._unsent:  # the note not written yet
            QTimer.singleShot(NOTE_WAIT_MS, self, go)

    def send_unsent(self) -> None:
        """At the quit: send the expires asked whose DELETE has not left yet (waiting for their
        note), rather than drop what the engineer confirmed (code review 79 AT8); each logged."""
        for silence_id in list(self._unsent):
            log.warning("the expire of silence %s sent at the quit, before its note in the journal", silence_id)
            self._unsent.pop(silence_id)()

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
