"""What a poll of every member of an Alertmanager cluster gives (no Qt; ``cluster``): each
member's outcome and the members' answers merged."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .alert_decoding import with_inhibited
from .errors import AlertmanagerError
from .models import Alert, Silence, Status


@dataclass(frozen=True)
class MemberResult:
    """One member's part of a poll.

    Attributes:
        url: the member's base URL.
        error: why it did not answer (None when it did).
        status: its status, when it was asked for (version, cluster state, peers).
        alerts: how many alerts it reported (0 when it failed).
    """

    url: str
    error: AlertmanagerError | None = None
    status: Status | None = None
    alerts: int = 0

    @property
    def ok(self) -> bool:
        """True when the member answered."""
        return self.error is None


@dataclass(frozen=True)
class ClusterPoll:
    """A poll of every member.

    Attributes:
        alerts: the merged alerts, or None when no member answered.
        silences: the de-duplicated silences (empty when no member answered).
        members: each member's outcome, in the configured order.
        status: the status of the first answering member whose status was asked for, or None.
        error: when no member answered, the error that matters most (credentials, then TLS,
            then the first member's); else None.
        by_member: each answering member's own alerts and silences, by URL (the lists, not
            copies).
        unreadable: the elements of the members' answers that are not alerts and were left out
            (``alert_decoding.AlertList.unreadable``; one line each, the same line from two
            members once).
        unreadable_silences: likewise, the elements that are not silences, set aside
            (``silence_decoding.SilenceList.unreadable``; review 65 T10).
        inhibited: the alerts another alert inhibits and no silence mutes, set apart from
            ``alerts`` (``AlertList.inhibited``; ``merge_inhibited``); None when no member answered.
        aliases: the configured members that are the same Alertmanager as one listed before them
            (``aliases.find_aliases``: its URL -> that one's), left out of ``members`` and of
            the rest: polled and written to once (review 61 W9).
    """

    alerts: list[Alert] | None
    silences: list[Silence]
    members: tuple[MemberResult, ...]
    status: Status | None = None
    error: AlertmanagerError | None = None
    by_member: Mapping[str, tuple[list[Alert], list[Silence]]] = field(default_factory=dict)
    unreadable: tuple[str, ...] = ()
    unreadable_silences: tuple[str, ...] = ()
    inhibited: list[Alert] | None = None
    aliases: Mapping[str, str] = field(default_factory=dict)

    @property
    def degraded(self) -> bool:
        """Some members answered and some did not."""
        return self.alerts is not None and any(not m.ok for m in self.members)

    @property
    def listed_by(self) -> dict[str, tuple[str, ...]]:
        """Fingerprint -> the URLs of the members that answered and listed it, in the members'
        order (the shift journal keeps them: ``journal_feed.record_poll``'s ``members``); an
        alert a member lists as inhibited too (``AlertList.inhibited``: an acknowledgement of it
        goes where it is, as of any other)."""
        found: dict[str, tuple[str, ...]] = {}
        for member in self.members:
            alerts = self.by_member.get(member.url, ((), ()))[0]
            for alert in with_inhibited(alerts):
                if member.url not in found.get(alert.fingerprint, ()):
                    found[alert.fingerprint] = (*found.get(alert.fingerprint, ()), member.url)
        return found

    @property
    def silence_holders(self) -> dict[str, tuple[str, ...]]:
        """Silence ID -> the URLs of the members that answered and hold it, in the members' order
        (of Alertmanagers that are not one cluster, a silence lives on the member it was made on:
        its expiry or extension goes there)."""
        found: dict[str, tuple[str, ...]] = {}
        for member in self.members:
            for silence in self.by_member.get(member.url, ((), ()))[1]:
                found[silence.id] = (*found.get(silence.id, ()), member.url)
        return found
