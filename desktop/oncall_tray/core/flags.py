"""What the app raises beside the alerts themselves, prominently and once while it lasts (no Qt,
no I/O; issue 4): the on-call guide's red flag, and the app's own warnings.

The guide's "Red Flags" ("Estes sinais indicam problemas sérios - investigue imediatamente")
name one thing the app can see in Alertmanager: "Múltiplos alertas críticos simultâneos"
(``RedFlag.SEVERAL_CRITICAL``; every critical alert firing counts, acknowledged or not). The
others (CPU, memory, disk, connections, latency, error rate, logs) are metrics and logs, not
Alertmanager's. Issue 4 adds its own warnings, raised as loudly but not in the guide's name
(fresh-user review 55 M6: "Red flag: Alertmanager unreachable for 1 min — The on-call guide
says: investigate at once." quoted the guide for what it does not say): a missed response
target, and Alertmanager out of sight (unreachable, or asking for credentials) for over a
minute. ``RedFlag.from_guide`` tells them apart; the enum keeps its name and values, which the
shift journal keeps (``AttentionMonitor.said``).
"""

from __future__ import annotations

import enum

from .names import name_list
from .tracker import AlertSnapshot

#: Alert names a flag gives, worst first; the others are counted ("(+3)").
FLAG_NAMES = 5


class RedFlag(enum.Enum):
    """What the app raises (see the module docstring): the guide's red flag or its own warnings."""

    SEVERAL_CRITICAL = "several_critical"
    UNREACHABLE = "unreachable"
    #: the alerts not seen for want of credentials (review 16: a 401 was called unreachable)
    NO_CREDENTIALS = "no_credentials"
    RESPONSE_MISSED = "response_missed"

    @property
    def from_guide(self) -> bool:
        """Whether the on-call guide lists it among its "Red Flags" (only several critical
        alerts at once); the others are the app's own warnings."""
        return self is RedFlag.SEVERAL_CRITICAL


#: The flags of the contact with Alertmanager: a new run's contact is its own, never recalled.
CONTACT_FLAGS = (RedFlag.UNREACHABLE, RedFlag.NO_CREDENTIALS)


def flag_names(snapshot: AlertSnapshot, fingerprints: set[str]) -> str:
    """The alerts' names for a flag, the unacknowledged first (review 27: acknowledged ones
    hid new critical alerts behind "(+2)"), then worst and oldest first (the snapshot's order),
    at most ``FLAG_NAMES`` of them and then how many more ("APIDown, DiskFull (+3)")."""
    alerts = snapshot.alerts
    ordered = [fp for _key, fp in snapshot.order if fp in fingerprints] or sorted(fingerprints)
    ordered.sort(key=lambda fp: fp in alerts and alerts[fp].silenced)  # stable: the order above within each
    return name_list((alerts[fp].display_name for fp in ordered if fp in alerts), FLAG_NAMES)
