"""The one-glance state that the tray icon and its tooltip show (no Qt).

Colour: the worst unacknowledged severity (critical red, warning amber, info blue, unknown
purple), green when nothing unacknowledged fires, grey while Alertmanager cannot be seen
(issue 2). Grey wins over every colour: a monitor must never look fine while it is blind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..alertmanager.cluster import MemberResult
from ..alertmanager.models import Alert
from ..alertmanager.errors import AlertmanagerError, BadResponse, CredentialsNeeded
from ..alertmanager.slow_down import SlowDown
from ..i18n import Message
from .attention import Attention, Deadline, RedFlag
from .contact import ContactState
from .inhibited import inhibitor_names
from .journal_copy import Recalled
from .severity import Severity
from .tracker import AlertSnapshot


class Light(enum.Enum):
    """The tray's colour state."""

    CRITICAL = "critical"
    WARNING = "warning"
    INFO = "info"
    UNKNOWN = "unknown"
    OK = "ok"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class Overview:
    """What the tray shows.

    Attributes:
        light: the colour state.
        badge: number of unacknowledged alerts (0: no badge).
        unacknowledged: unacknowledged count per severity.
        acknowledged: number of silenced alerts.
        total: all alerts of the last good poll.
        last_success_at: end of the last good poll of the current Alertmanager (UTC) or None.
        shown_at: when the alerts shown were fetched (UTC), None when there are none; earlier
            than ``last_success_at`` can know when the settings named another Alertmanager; with
            ``recalled``, when the shift journal saw them (None: unknown).
        stale: the alerts come from an earlier poll (contact lost, or as many polls missed while
            asked to slow down: ``ContactState.stale``).
        error: one-line reason of the latest failure ("" if none).
        connected_once: at least one poll succeeded since start.
        overdue: some unacknowledged alert has missed its response target (the icon carries a
            mark; issue 4); an info alert whose review is late does not count
            (``Attention.missed_responses``, the rule of the "Response target missed" red flag:
            review 64 K6).
        nearest: the next SLA deadline, if any.
        red_flags: red flag -> detail, in force now.
        escalated: fingerprint -> the level the engineer recorded an escalation to (``Attention``).
        acknowledged_at: fingerprint -> when the journal recorded its acknowledgement (``Attention``).
        answered: fingerprints of ``escalated`` whose level's answer was recorded (``Attention``).
        level_resolve_by: fingerprint -> when the level escalated to should have resolved it (UTC;
            ``Attention``): the alerts window's row says "L2 resolution overdue" once past.
        inhibited: the alerts another alert inhibits (``PollResult.inhibited``), shown apart and
            never counted in ``badge``, ``unacknowledged`` nor ``light``; empty when none is, or
            unknown (that request failed, contact lost: nothing out of date is said).
        inhibitors: the names of what inhibits them (``core.inhibited.inhibitor_names``).
        members, members_down, credentials_needed, keyring_failed, bad_answer, slowed, insecure, apart,
            restarted,
            unreadable, unreadable_silences, unknown, aliases: the connection (see ``with_connection``).
        on_call: the engineer on call (``overview``'s).
        recalled: the alerts are the shift journal's last look (``journal_copy.Recalled``), shown
            stale until Alertmanager first answers.
        behind: contact stands but as many polls in a row were asked to slow down as lose it
            (``ContactState.behind``): stale, yet Alertmanager answers (``writable``).
    """

    light: Light
    badge: int
    unacknowledged: Mapping[Severity, int] = field(default_factory=dict)
    acknowledged: int = 0
    total: int = 0
    last_success_at: dt.datetime | None = None
    shown_at: dt.datetime | None = None
    stale: bool = False
    error: Message | str = ""  # ``ContactState.last_error``
    connected_once: bool = False
    overdue: bool = False
    nearest: Deadline | None = None
    red_flags: Mapping[RedFlag, str] = field(default_factory=dict)
    escalated: Mapping[str, str] = field(default_factory=dict)
    acknowledged_at: Mapping[str, dt.datetime] = field(default_factory=dict)
    answered: frozenset[str] = frozenset()
    level_resolve_by: Mapping[str, dt.datetime] = field(default_factory=dict)
    inhibited: tuple[Alert, ...] = ()
    inhibitors: tuple[str, ...] = ()
    # Connection (issue 6), set by ``with_connection``.
    members: int = 1
    members_down: tuple[str, ...] = ()
    credentials_needed: bool = False
    keyring_failed: bool = False
    bad_answer: bool = False
    slowed: bool = False  # Alertmanager (or its proxy) asked to slow down (``alertmanager.slow_down``)
    insecure: bool = False
    apart: bool = False
    restarted: tuple[str, ...] = ()
    unreadable: tuple[str, ...] = ()
    unreadable_silences: tuple[str, ...] = ()
    unknown: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    aliases: Mapping[str, str] = field(default_factory=dict)
    said_aliases: Mapping[str, object] = field(default_factory=dict)  # alias -> its warning: a Problem (config_aliases)
    on_call: str = ""
    recalled: bool = False
    behind: bool = False

    @property
    def writable(self) -> bool:
        """Whether a write (acknowledge, silence, extend, expire) can be sent: Alertmanager is seen
        (not ``Light.UNREACHABLE``), or the picture is stale only because it asked to slow down
        (``behind``): a limiter's 429 on the polls' GETs lets the engineer's POST pass, and the
        write's own 429 is said "surely not done" (code review 84 BC10: Acknowledge was off)."""
        return self.light is not Light.UNREACHABLE or self.behind

    @property
    def degraded(self) -> bool:
        """An HA cluster answers, but not with every member."""
        return bool(self.members_down) and self.light is not Light.UNREACHABLE


def overview(snapshot: AlertSnapshot | None, contact: ContactState, attention: Attention | None = None,
             inhibited: Sequence[Alert] | None = None, on_call: str = "", recalled: Recalled | None = None) -> Overview:
    """Fold the last snapshot, the contact state, the SLA attention and the poll's inhibited
    alerts (``PollResult.inhibited``; None: unknown) into an ``Overview``, with who is on call
    (``shifts.on_call_engineer``: whose silences acknowledge without ``ACK``, review 59 U1).
    ``recalled``: before Alertmanager first answered, the journal's alerts shown instead of
    ``snapshot`` (``PollResult.recalled``): counted, grey, stale, as a running tray's last alerts
    once contact is lost."""
    if recalled is not None:
        snapshot = recalled.snapshot
    inhibited = tuple(inhibited or ()) if contact.reachable else ()
    unack = dict(snapshot.unacknowledged) if snapshot else {}
    badge = sum(unack.values())
    total = len(snapshot.alerts) if snapshot else 0
    if contact.stale:  # contact lost, or as many polls missed while asked to slow down
        light = Light.UNREACHABLE
    elif snapshot is not None and snapshot.worst_unacknowledged is not None:
        light = Light(snapshot.worst_unacknowledged.value)
    else:
        light = Light.OK
    return Overview(
        light=light, badge=badge, unacknowledged=unack, acknowledged=total - badge, total=total,
        last_success_at=contact.last_success_at,
        shown_at=recalled.seen_at if recalled is not None else snapshot.fetched_at if snapshot else None,
        stale=contact.stale and snapshot is not None,
        error=contact.last_error, connected_once=contact.connected_once,
        overdue=bool(attention and attention.missed_responses), nearest=attention.nearest if attention else None,
        red_flags=dict(attention.red_flags) if attention else {},
        escalated=dict(attention.escalated) if attention else {},
        acknowledged_at=dict(attention.acknowledged_at) if attention else {},
        answered=attention.answered if attention else frozenset(),
        level_resolve_by=dict(attention.level_resolve_by) if attention else {}, inhibited=inhibited,
        inhibitors=inhibitor_names(inhibited, snapshot.alerts if snapshot else {}), on_call=on_call,
        recalled=recalled is not None, behind=contact.behind)


def with_connection(view: Overview, members: Sequence[MemberResult], error: AlertmanagerError | None,
                    insecure: bool = False, apart: bool = False, restarted: tuple[str, ...] = (),
                    keyring_failed: bool = False, unreadable: tuple[str, ...] = (),
                    unknown: Mapping[str, tuple[str, ...]] | None = None,
                    aliases: Mapping[str, str] | None = None,
                    unreadable_silences: tuple[str, ...] = (),
                    said_aliases: Mapping[str, object] | None = None) -> Overview:
    """``view`` with what the connection adds (issue 6): the members of an HA cluster that do not
    answer ("URL: reason", while others do: degraded, shown rather than hidden), whether
    Alertmanager wants credentials (a 401/403 or a locked keyring: not "down"; ``keyring_failed``:
    the keyring could not give the login the settings name, ``connect.keyring_failed``), whether
    what answered is not Alertmanager's API (``bad_answer``: a ``BadResponse``), whether TLS
    checks are off, whether the members are not one cluster (``apart``,
    ``ClusterWatcher.apart``), the members that just restarted (``restarted``: their alerts
    from before are kept until they list them again), and what the answer held that is not an
    alert (``unreadable``: ``PollResult.unreadable``, left out or kept as last read) or not a
    silence (``unreadable_silences``: ``PollResult.unreadable_silences``, set aside), and the
    alerts only members not answering held (``unknown``: ``PollResult.unknown``, as last seen, with
    those members), and the members that are the same Alertmanager as one before them (``aliases``:
    ``PollResult.aliases``), each with its warning naming its key, item and line (``said_aliases``:
    ``config_aliases.alias_problems``, review 67 AC7)."""
    down = tuple(f"{m.url}: {m.error.describe()}" for m in members if not m.ok) if error is None else ()
    return dataclasses.replace(view, members=max(1, len(members)), members_down=down,
                               credentials_needed=isinstance(error, CredentialsNeeded),
                               keyring_failed=keyring_failed and isinstance(error, CredentialsNeeded), insecure=insecure,
                               bad_answer=isinstance(error, BadResponse), slowed=isinstance(error, SlowDown),
                               apart=apart, restarted=tuple(restarted), unreadable=tuple(unreadable),
                               unreadable_silences=tuple(unreadable_silences),
                               unknown=dict(unknown or {}) if down else {}, aliases=dict(aliases or {}),
                               said_aliases=dict(said_aliases or {}))
