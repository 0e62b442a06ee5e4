"""The polls recorded in the shift journal: ``ShiftController``'s (split out for size). A poll
that changed nothing is written only every ``FULL_RECORD_EVERY`` polls; the time of the last one
not written is written before contact is lost, a member stops answering, the settings move or the
tray quits. GUI thread; written in the journal's thread.
"""

from __future__ import annotations

import logging

from ..core.journal_feed import record_seen
from ..core.overview import Light
from ..member_starts import answers_of, grace_end, started_lately, starts_of
from ..watch import PollResult
from .shift_work import record_in_journal
from .translations import failure_text, translator_for

log = logging.getLogger(__name__)
TR_CONTEXT = "shift"
tr = translator_for(TR_CONTEXT)
#: A poll with no change (tracker events, silences, members answering) is not written, except every this many.
FULL_RECORD_EVERY = 20


class PollRecords:
    """Mixin of ``ShiftController``: uses its ``writer``, ``journal``, ``config``, ``notify``,
    ``_announce`` and the poll state its ``__init__`` sets (``_quiet_polls``, ``_last_silences``,
    ``_answered``, ``_unwritten_seen``, ``_kept``, ``_kept_until``, ``_unwritable``)."""

    def _record(self, result: PollResult) -> None:
        """Record ``result`` (a good poll) in the journal, in the journal's thread, unless it
        changed nothing (``FULL_RECORD_EVERY``)."""
        if self.writer is None:
            return
        update = result.update
        answered = tuple(m.url for m in result.members if m.ok)  # one that stops answering: written (61 X1)
        unchanged = not update.initial and not update.events and result.silences == self._last_silences \
            and answered == self._answered
        self._last_silences, self._answered = result.silences, answered
        if unchanged and self._quiet_polls < FULL_RECORD_EVERY:
            self._quiet_polls += 1
            self._unwritten_seen = (update.snapshot.fetched_at, self.config.watched(), answered)
            return
        self._quiet_polls = 0
        self._write_seen()  # the quiet poll before: the members that answered it, then
        snapshot = update.snapshot
        # the tray's first poll of an Alertmanager that started lately (a restart the tray did not
        # see: it started since) may lack alerts Prometheus has not sent again yet: nothing is
        # taken as ended then, nor, until that Alertmanager is RESTART_GRACE old, the alerts the
        # journal had firing that it lacked (reviews 13, 14); later restarts are seen and their
        # alerts kept (ClusterWatcher.restarted)
        at = snapshot.fetched_at
        partial = update.initial and started_lately(result.members, at, result.known_starts)
        if partial:
            self._kept_until = grace_end(result.members, at, result.known_starts)
        kept = self._kept if self._kept_until is not None and at < self._kept_until else frozenset()
        kept |= {a.fingerprint for a in result.inhibited or ()}  # behind an inhibition, not resolved (review 58 T4)
        self.writer.submit(record_in_journal, self.journal, snapshot.alerts, snapshot.severities, result.silences,
                           at, partial, kept, self.config.watched(), snapshot.seen_starts, result.holders,
                           starts_of(result.members), self.config.engineer, answered, answers_of(result.members),
                           done=self._recorded)

    def _write_seen(self) -> None:
        """Write the time of the last quiet poll (not written: ``FULL_RECORD_EVERY``) as when the journal
        last saw Alertmanager and the members that answered it (review 61 X1), before contact is lost, a
        member stops answering, the settings move or the tray quits: "as last seen at" 20 polls early."""
        if self._unwritten_seen is not None and self.writer is not None:
            self.writer.submit(record_seen, self.journal, *self._unwritten_seen, done=self._seen_written)
        self._unwritten_seen = None

    @staticmethod
    def _seen_written(_recorded, error: BaseException | None) -> None:
        if error is not None:  # the journal cannot be written: said by the next poll's record
            log.warning("cannot record when Alertmanager was last seen: %s", error)

    def _recorded(self, result, error: BaseException | None) -> None:
        if error is not None:
            log.error("cannot record the poll in the journal: %s", error)
            self._quiet_polls = FULL_RECORD_EVERY  # the next poll is recorded whatever it brings
            if not self._unwritable:  # said once, not at every poll (review 19: said nowhere)
                self._unwritable = True
                self.notify(tr("Shift journal"), tr("The shift journal cannot be written: %1. The shift's events "
                                                    "are not kept until it can be.").replace(
                    "%1", failure_text(error)), Light.WARNING, quiet=False)
            return
        if self._unwritable:
            self._unwritable = False
            self.notify(tr("Shift journal"), tr("The shift journal can be written again."), Light.OK)
        changed, refired, renewed, missing = result
        if missing:  # the first poll of an Alertmanager that started lately lacked them
            self._kept = missing
        self._announce(refired, tr("%1 resolved and fired again"), tr("%1 alerts resolved and fired again"),
                       tr("It fired again within the hour: its incident goes on (Incidents, in the tray menu)."),
                       Light.WARNING)
        self._announce(renewed, tr("%1 resolved and fired again"), tr("%1 alerts resolved and fired again"),
                       tr("The earlier incident is closed (Incidents, in the tray menu); the alert is firing "
                          "again as a new one."), Light.WARNING)
        if changed:
            self.journal_changed.emit()
