"""What a poller's worker takes over from the one before new settings, and when (``_taking_over``;
``core.set_aside``): the Alertmanagers and scopes set aside and taken back, the tracker's start from
what was known: ``Handover``, a mixin of ``poller.PollerWorker``. Poller thread, no widgets."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager

from ..core.set_aside import Left, resumed
from ..core.tracker import AlertTracker
from ..notify.attention_messages import shown_of


class Handover:
    """Mixin of ``PollerWorker``: its ``_follows`` (the worker before new settings, or None),
    ``_config``, ``_known`` (and ``_leaving``, what of it the first poll may lack unresolved), ``_another``, ``_rescoped``, ``_left``, ``_left_seen``, ``_aside`` (a ``SetAside``)
    and ``_journal_copy`` (``PollerJournal``'s); and, of itself and ``_follows``: ``_turn`` (a lock held
    while a poll's outcome changes what it knows), ``_ready`` (its take-over done), ``_launched``
    (its thread started: its take-over will be done), ``retired`` (no poll of it is kept any more)."""

    @contextmanager
    def _taking_over(self) -> Iterator[None]:
        """While this worker takes over what ``_follows`` knows, in its ``start``: ``_follows``, once
        it has taken over from the one before itself, held between two of its polls (its
        ``_turn``) and retired: a poll of it still in a request (a DNS lookup the system's
        resolver holds, that no cut reaches) then drops its answer, nothing of it kept or said,
        and this worker starts without waiting for it (code review 81 AX13: it waited for that
        thread's end, 5-6 s with a black-holed resolver, the new Alertmanager unseen meanwhile).
        Its watcher's state (contact, members' starts, what is set aside) is taken here. Blocks
        only while ``_follows`` works out a poll's outcome, never during its requests."""
        follows = self._follows
        if follows is None:
            yield
            return
        if follows._launched:
            follows._ready.wait()
        with follows._turn:
            follows.retired.set()
            before = getattr(follows, "_watcher", None)
            # new settings, the same Alertmanager: contact lost stays lost until it answers, then
            # "restored" (review 40 F6: a login through the dialog, which saves the settings, left
            # "lost" unanswered); and with another Alertmanager while contact was said lost: its first
            # answer says it is back, which closes the loss in the journal (review 50 F1: a mistyped
            # address set right again left "unreachable since 02:03, still at the handoff")
            if before is not None and (self._same or before.contact.said_lost):
                self._contact = copy.copy(before.contact)
            self._before = before  # its members' start times: a restart is seen (review 49 N1), or its absence (58 T1)
            if self._same and self._known is None and before is not None:
                # the same one, nothing of it shown (another URL switched to, no poll answered
                # since: a 401, garbage, nothing listening): the tracker goes on from the one
                # before's, which went on from the alerts known (review 76 BH2: "Still firing: 3"
                # said again after the login through the dialog)
                self._known, self._leaving = before.tracker.going_on()
            self._left = before if self._another or self._rescoped else None  # its tracker's last snapshot set aside
            yield

    def _resume(self, tracker: AlertTracker, back: Left | None, others: list[Left]) -> None:
        """New settings with another Alertmanager or scope: ``tracker`` goes on (``core.set_aside.
        resumed``) from ``back``'s snapshot (else the journal's copy: one watched before this tray
        started), the scope left (``_known``) or the Alertmanager left (``_left_seen``: an alert is its
        fingerprint, known in the shift whatever the URL it was read through, not new again on
        another: review 75 BD2, a proxy in front of the same one), and what is kept under other
        scopes (``others``' snapshots, else the journal's)."""
        seen = back.snapshot if back is not None and back.snapshot is not None else self._journal_copy()
        elsewhere = [left.snapshot for left in others if left.snapshot is not None] or [self._journal_copy(others=True)]
        tracker.resume(*resumed(seen, [self._known if self._rescoped else self._left_seen, *elsewhere]))
        self._left_seen = None

    def _set_aside(self) -> Left | None:
        """New settings: what is set aside of the Alertmanagers left goes on; with another
        Alertmanager, the one before is set aside (what its monitor said, as shown:
        ``shown_of``; its tracker's last snapshot) and what was set aside of this one is
        returned, no longer kept (None: none)."""
        follows = self._follows
        if follows is not None:
            self._aside = follows._aside.copy()
        if not (self._another or self._rescoped):
            return None
        monitor = getattr(follows, "_attention", None)
        said = shown_of(monitor.said(), follows._pacer) if monitor is not None else {}
        self._left_seen = self._left.tracker.snapshot if self._left is not None else None
        self._aside.leave(follows._config.watched(), said, self._left_seen)
        self._left = None
        return self._aside.take(self._config.watched())
