"""What a poller's worker takes over from the one before new settings (``core.set_aside``): the
Alertmanagers and scopes set aside and taken back, the tracker's start from what was known:
``Handover``, a mixin of ``poller.PollerWorker``. Poller thread, no widgets."""

from __future__ import annotations

from ..core.set_aside import Left, resumed
from ..core.tracker import AlertTracker
from ..notify.attention_messages import shown_of


class Handover:
    """Mixin of ``PollerWorker``: its ``_follows`` (the worker before new settings, or None),
    ``_config``, ``_known``, ``_another``, ``_rescoped``, ``_left``, ``_aside`` (a ``SetAside``)
    and ``_journal_copy`` (``PollerJournal``'s)."""

    def _resume(self, tracker: AlertTracker, back: Left | None, others: list[Left]) -> None:
        """New settings with another Alertmanager or scope: ``tracker`` goes on (``core.set_aside.
        resumed``) from ``back``'s snapshot (else the journal's copy: one watched before this tray
        started), the scope left (``_known``) and what is kept under other scopes (``others``' snapshots,
        else the journal's)."""
        seen = back.snapshot if back is not None and back.snapshot is not None else self._journal_copy()
        elsewhere = [left.snapshot for left in others if left.snapshot is not None] or [self._journal_copy(others=True)]
        tracker.resume(*resumed(seen, [self._known if self._rescoped else None, *elsewhere]))

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
        self._aside.leave(follows._config.watched(), said,
                          self._left.tracker.snapshot if self._left is not None else None)
        self._left = None
        return self._aside.take(self._config.watched())
