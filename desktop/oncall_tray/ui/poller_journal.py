"""What the poller worker reads from and keeps in the shift journal, in its own thread (its own
connection): the escalations and acknowledgements recorded, the recent resolutions and the starts
known (a tracker that starts), what the attention monitor said during the open shift (not said
again by a restarted tray, said again to the next shift's engineer), and the journal's copy of an
Alertmanager watched before. ``PollerWorker``'s, split out for size. A journal that cannot be
read is logged, never fatal: polling matters more.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping

from ..alertmanager.models import Silence
from ..core.journal import JournalError
from ..core.journal_copy import journal_copy, recalled_picture
from ..core.journal_seen import known_starts
from ..core.made_for import made_for, marked
from ..core.own_expires import expired_here
from ..core.set_aside import keep, recall
from ..core.severity import SeverityMap
from ..core.shifts import (Responses, Shift, attention_said, keep_attention_said, open_shift, recent_resolutions,
                           recorded_responses)
from ..core.tracker import FLAP_WINDOW, AlertSnapshot, AlertTracker
from ..notify.attention_messages import shown_of
from ..watch import utc_now

log = logging.getLogger(__name__)


class PollerJournal:
    """Mixin of ``PollerWorker``: uses its ``_journal`` (None: none), ``_config``, ``_attention``,
    ``_pacer``, ``_aside``, ``_asked``, ``_silences`` and ``_last_look`` (``journal_copy.LastLook``), and keeps ``_kept`` ((shift id, what was said) as last kept in the
    journal)."""

    def _journal_copy(self, others: bool = False) -> AlertSnapshot | None:
        """``core.journal_copy.journal_copy`` of this Alertmanager and scope (``others``: and the
        other scopes it set aside)."""
        return journal_copy(self._journal, self._config.watched(), SeverityMap(self._config.severity_synonyms),
                            utc_now(), others)

    def _recorded(self) -> Responses:
        """The escalations and acknowledgements recorded (``shifts.recorded_responses``); none if unreadable."""
        if self._journal is None:
            return Responses({}, {}, {}, {}, {})
        try:
            return recorded_responses(self._journal)
        except JournalError as exc:
            log.warning("cannot read the escalations and acknowledgements from the journal: %s", exc)
            return Responses({}, {}, {}, {}, {})

    def _expired_here(self) -> frozenset[str] | None:
        """The silences this app expired (``own_expires.expired_here``), with those whose expire
        this tray asked for lately (``_asked``, ``own_expires.AskedHere``), for ``evaluate``; None
        when there is no journal or it cannot be read (logged)."""
        if self._journal is None:
            return None
        try:
            now = utc_now()
            return expired_here(self._journal, now, self._silences) | self._asked.recent(now, self._silences)
        except JournalError as exc:
            log.warning("cannot read the silences expired here from the journal: %s", exc)
            return None

    def _marked(self, silences: Mapping[str, Silence]) -> Mapping[str, Silence]:
        """``silences`` with the alert each was made for by its *Silence…* dialog
        (``core.made_for``), as the journal recorded it; as they are without a journal or when it
        cannot be read (logged)."""
        if self._journal is None:
            return silences
        try:
            return marked(silences, made_for(self._journal))
        except JournalError as exc:
            log.warning("cannot read from the journal which alerts the silences were made for: %s", exc)
            return silences

    def _recall_tracker(self, tracker: AlertTracker) -> None:
        """For the new tracker, the journal's resolutions within the flap window (``recall_ended``)
        and, if it knows no alert yet, its starts taken (``known_starts``: review 54 K3); logged."""
        if self._journal is None:
            return
        try:
            tracker.recall_ended(recent_resolutions(self._journal, utc_now() - FLAP_WINDOW))
            if tracker.snapshot is None:
                tracker.carry_starts(known_starts(self._journal, self._config.watched()))
        except JournalError as exc:
            log.warning("cannot read the recent resolutions and starts from the journal: %s", exc)

    def _look_back(self, acknowledged: Mapping[str, dt.datetime], on_call: str) -> None:
        """A tray that starts, at its first good poll: the journal's last look at this
        Alertmanager (``journal_copy.LastLook``: what the tray last saw, when it quit,
        each alert muted by the silences not ended by then: ``recalled_picture`` at its
        ``seen_at``) is the attention monitor's last evaluation (``AttentionMonitor.shown``;
        ``acknowledged``, ``on_call`` as ``evaluate``'s), so that an acknowledgement that ran out
        while the tray was off is said at that poll as a tray that had been running says it
        ("Acknowledgement ran out", with its end), once: the look the poll records has it
        unacknowledged, and a tray started again says nothing of it. Nor is it said of an alert
        that resolved and fired again meanwhile: its acknowledgement ended before the current
        firing began (``acknowledged.run_out``; code review 64 K8). So is any silence that muted
        an alert then and ended meanwhile, also one that was no acknowledgement ("Silence ended":
        review 64 V3; it was read only when the journal recorded an acknowledgement). Unknown when
        it looked (another Alertmanager's look, a journal written before): nothing; unreadable: logged.
        The look is the one the watcher read for this poll or those before (``recalled``), read
        once, then let go."""
        if self._journal is None:
            return
        seen = self._last_look.read(self._journal)
        self._last_look.let_go()
        picture = recalled_picture(seen, SeverityMap(self._config.severity_synonyms), seen.seen_at) \
            if seen.seen_at is not None else None
        if picture is not None:
            self._attention.shown(picture.snapshot, picture.silences, seen.seen_at, acknowledged, on_call)

    def _recall_attention(self) -> None:
        """Take back what the monitor said during the open shift (``shifts.attention_said``);
        nothing when the journal cannot be read (logged: it is then said again)."""
        if self._journal is None:
            return
        try:
            shift_id, said = attention_said(self._journal)
        except JournalError as exc:
            log.warning("cannot read from the journal what was said during the shift: %s", exc)
            return
        if said is not None:  # what was said of this Alertmanager's alerts; of the others', set aside
            own, aside = recall(said, self._config.watched())
            self._attention.recall(own)
            self._aside = self._aside or aside  # (what this run set aside is the latest)
        self._kept = (shift_id, said)

    def _follow_shift(self) -> Shift | None:
        """The open shift (None: none, no journal, or the journal cannot be read: logged); its engineer
        is the one on call. When it is another shift than the one whose memory was last kept (a
        handoff or a take-over here while the tray runs), the monitor forgets what it said: the new
        shift's engineer is told as a tray started in that shift would tell them."""
        if self._journal is None:
            return None
        try:
            shift = open_shift(self._journal)
        except JournalError as exc:
            log.warning("cannot read the open shift from the journal: %s", exc)
            return None
        if shift is None:
            return None
        if self._kept[0] is not None and shift.id != self._kept[0]:
            log.info("shift %s follows shift %s: what was said is said again", shift.id, self._kept[0])
            self._attention.forget()
            self._aside.forget_said()
            self._kept = (None, None)
        return shift

    def _keep_attention(self, shift_id: int | None) -> None:
        """Keep in the journal what the monitor has said during the open shift ``shift_id``
        (``_follow_shift``) and the pacer has shown (``shown_of``), when it changed or the shift
        did (``shifts.keep_attention_said``); logged when it cannot be written (a restarted tray
        would then say it again)."""
        if self._journal is None or shift_id is None:
            return
        said = keep(shown_of(self._attention.said(), self._pacer), self._config.watched(), self._aside)
        if (shift_id, said) == self._kept:
            return
        try:
            keep_attention_said(self._journal, shift_id, said)
        except JournalError as exc:
            log.warning("cannot keep in the journal what was said during the shift: %s", exc)
            return
        self._kept = (shift_id, said)
