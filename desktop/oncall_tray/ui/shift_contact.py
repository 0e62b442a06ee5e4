"""What the tray saw of Alertmanager itself, kept in the shift journal for the handoff's
observations (review 43 F3: a 76-second outage and the restart that lost every alert were in no
handoff): contact lost (from its first failed poll, with why), contact restored, and each
member's restart that the tray saw (``ClusterWatcher.restarted``), and each member of a cluster
that did not answer while the others did. ``ShiftController``'s (split
out for size); GUI thread, written in the journal's thread.
"""

from __future__ import annotations

from ..core.contact import ContactChange
from ..core.journal_schema import SOURCE_TRAY, EventKind
from ..core.restarts import record_restart
from ..i18n import text_of
from ..watch import PollResult


class ContactRecords:
    """Mixin of ``ShiftController``: uses its ``journal`` and ``submit``."""

    _restarts_recorded: frozenset[str] = frozenset()  # the members whose restart is recorded, still within its grace
    _members_down: frozenset[str] = frozenset()  # the members down at the last good poll, recorded

    def record_contact(self, result: PollResult) -> None:
        """Record what ``result`` (a poll, good or failed) changed of the contact with
        Alertmanager, and the restarts it is the first to show (not in the journal already:
        ``record_restart``)."""
        if self.journal is None:
            return
        contact = result.contact
        if contact.change is ContactChange.LOST:
            self.submit(self.journal.record, EventKind.CONTACT_LOST, contact.lost_since, text=text_of(contact.last_error),
                        source=SOURCE_TRAY)
        elif contact.change is ContactChange.RESTORED:
            self.submit(self.journal.record, EventKind.CONTACT_RESTORED, contact.last_success_at, source=SOURCE_TRAY)
        if result.update is None:
            return
        self._record_members(result)
        restarted = frozenset(result.restarted)
        for url in sorted(restarted - self._restarts_recorded):
            started = next((m.status.uptime for m in result.members if m.url == url and m.status is not None), None)
            self.submit(record_restart, self.journal, url, started)  # once, though a restarted tray sees it again
        self._restarts_recorded = restarted

    def _record_members(self, result: PollResult) -> None:
        """Record the members of a cluster that stopped answering while others answered, and
        those back (review 57 S5); all of them down is a loss of contact, recorded above."""
        at = result.contact.last_success_at
        down = {m.url: m.error for m in result.members if not m.ok}
        for url in sorted(down.keys() - self._members_down):
            self.submit(self.journal.record, EventKind.MEMBER_DOWN, at, text=url, source=SOURCE_TRAY,
                        data={"reason": down[url].reason})
        for url in sorted(self._members_down - down.keys()):
            self.submit(self.journal.record, EventKind.MEMBER_BACK, at, text=url, source=SOURCE_TRAY)
        self._members_down = frozenset(down)
