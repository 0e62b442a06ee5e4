"""Contact with Alertmanager: when it is lost and when it comes back (design notes,
"Alertmanager": an unreachable Alertmanager is an alert in itself).

Contact counts as lost after ``threshold`` failed polls in a row (issue 2: after the second), or
at the first failure when no poll has ever succeeded: a monitor must never look green while it
cannot see. Polls Alertmanager asked to wait for (HTTP 429) do not lose contact, but as many in a
row make what was last seen stale all the same (``ContactState.stale``).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from ..i18n import Message


class ContactChange(enum.Enum):
    """A change worth telling the engineer about."""

    LOST = "lost"
    RESTORED = "restored"


@dataclass(frozen=True)
class ContactState:
    """Where contact stands after the latest poll.

    Attributes:
        reachable: False once contact is lost (see module docstring).
        connected_once: at least one poll ever succeeded.
        failures: failed polls in a row (0 after a success).
        last_success_at: end of the last good poll (UTC) or None.
        lost_since: time of the first failure of the current run of failures (UTC) or None.
        last_error: one-line reason of the latest failure ("" when the latest poll succeeded):
            English, or a ``Message`` (the keyring's reason) to translate where it is shown
            (``reasons.translate_reason`` takes both; review 49 N3).
        change: LOST or RESTORED when this poll changed the state, else None.
        refused: the latest failure was credentials (asked for or refused, or unreadable in
            the keyring): Alertmanager is there, its alerts cannot be seen.
        slowed: the latest failure was Alertmanager (or its proxy) asking to slow down (HTTP 429,
            ``alertmanager.slow_down``): it answers, its alerts cannot be seen for now.
        behind: the failed polls in a row reached the threshold while contact stands (asked to
            slow down): the alerts last seen are stale all the same (``stale``).
        slowed_since: time of the first answer asking to slow down of the current run of them
            (UTC; None when the latest poll was not one): the slow-down warning's minutes (code
            review 86B BG7: they ran from ``lost_since``, an earlier outage's minutes counted).
    """

    reachable: bool
    connected_once: bool
    failures: int
    last_success_at: dt.datetime | None
    lost_since: dt.datetime | None
    last_error: Message | str
    change: ContactChange | None = None
    refused: bool = False
    slowed: bool = False
    behind: bool = False
    slowed_since: dt.datetime | None = None

    @property
    def stale(self) -> bool:
        """Whether what the last good poll saw is stale: contact lost, or as many polls in a row
        missed as lose it, whatever their kind: one rule for failed polls and polls Alertmanager
        asked to wait for (code review 81 AX2 follow-up: up to 10 min old under a green icon)."""
        return not self.reachable or self.behind


class ContactMonitor:
    """Folds poll outcomes into a ``ContactState``.

    Args:
        threshold: failed polls in a row that make contact lost (>= 1; default 2, issue 2).
    """

    def __init__(self, threshold: int = 2) -> None:
        if threshold < 1:
            raise ValueError("threshold must be at least 1")
        self._threshold = threshold
        self._state = ContactState(False, False, 0, None, None, "")
        self._down = 0  # failures of this streak not for want of credentials
        self._said_lost = False

    @property
    def said_lost(self) -> bool:
        """Whether contact was said lost (``ContactChange.LOST``) and not restored since."""
        return self._said_lost

    @property
    def state(self) -> ContactState:
        """The current state (``reachable`` is False before the first poll)."""
        return self._state

    def success(self, at: dt.datetime) -> ContactState:
        """Record a good poll finished at ``at`` (UTC); returns the new state (RESTORED when
        contact had been reported lost)."""
        lost, self._down, self._said_lost = self._said_lost, 0, False
        self._state = ContactState(True, True, 0, at, None, "",
                                   ContactChange.RESTORED if lost else None)
        return self._state

    def failure(self, at: dt.datetime, reason: Message | str, refused: bool = False,
                slowed: bool = False) -> ContactState:
        """Record a failed poll at ``at`` (UTC) with a one-line ``reason`` (``refused``: for want
        of credentials; ``slowed``: asked to slow down); returns the new state: LOST exactly when
        the failures in a row neither ``refused`` nor ``slowed`` reach the threshold (wanting
        credentials is not "down", issue 6: the tray asks for them instead; review 34: its end
        was said "restored"; a server asking to slow down answers, code review 81 AX2). Once
        connected, contact stays reachable while only such failures follow."""
        old = self._state
        failures = old.failures + 1
        if not (refused or slowed):
            self._down += 1
        lost = not (refused or slowed) and self._down == self._threshold
        self._said_lost = self._said_lost or lost
        reachable = old.connected_once and (self._down if slowed else failures) < self._threshold
        self._state = ContactState(
            reachable=reachable,
            connected_once=old.connected_once,
            failures=failures,
            last_success_at=old.last_success_at,
            lost_since=old.lost_since or at,
            last_error=reason,
            change=ContactChange.LOST if lost else None,
            refused=refused,
            slowed=slowed,
            behind=reachable and failures >= self._threshold,
            slowed_since=(old.slowed_since or at) if slowed else None,
        )
        return self._state
