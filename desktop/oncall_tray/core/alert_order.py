"""The orders of the alerts table (issue 3): worst and oldest first, the tracker's order, or by
one of its columns, as a header click asks (review 15). No Qt.

Each key is a tuple that sorts ascending in the order shown, so that the table can keep its rows
in order by bisection as polls add and remove alerts; what orders a column does not change while
the alert lasts (its name, place, summary, start, deadlines), so a row's key stays true. Ties go
worst and oldest first (``tracker.order_key``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..alertmanager.models import Alert, one_line
from .severity import Severity
from .sla import SlaPolicy
from .tracker import order_key

#: The columns the table sorts by. Not the state nor the trend, which each poll may change.
SORTABLE = ("severity", "alert", "where", "summary", "age", "respond", "resolve")
DEFAULT = ("severity", False)  # worst and oldest first
_LAST = (1,)  # after every value: alerts without a start or a deadline, in either direction
_TOP = "\U0010ffff"  # the highest code point


def where(alert: Alert) -> str:
    """Service and instance, the parts that exist ("backend / 10.0.0.7:3001"), on one line
    (``one_line``: review 27 saw a label's line break as "\\n" in a notification)."""
    return where_labels(alert.labels)


def where_labels(labels: Mapping[str, str]) -> str:
    """``where`` of a label set (an alert's, or a silence's equality matchers)."""
    parts = [labels.get("service", ""), labels.get("instance", "")]
    return " / ".join(p if p.isprintable() else one_line(p) for p in parts if p)


#: Labels ``where`` already says, or the notice's title does: never needed to tell alerts apart.
_SAID = frozenset({"alertname", "service", "instance", "severity"})


def same_place(alert: Alert, others: Iterable[Alert]) -> list[Alert]:
    """The alerts of ``others``, ``alert`` left out, that read the same as it where one line
    names an alert: its ``alertname`` and ``where`` (review 31: two notices "[CRITICAL] APIDown /
    backend:3001" for two pods). One pass over ``others``."""
    name, place, fingerprint = alert.alertname, where(alert), alert.fingerprint
    return [o for o in others if o.alertname == name and o.fingerprint != fingerprint and where(o) == place]


def telling_labels(alert: Alert, alike: Sequence[Alert], most: int = 2) -> str:
    """What tells ``alert`` apart from ``alike`` (``same_place``): its labels, by name, whose
    values are not those of every one of them ("pod=api-7f9c"; a label it lacks and they have
    is left out), at most ``most``, joined by ", "; "" when ``alike`` is empty."""
    if not alike:
        return ""
    labels = alert.labels
    keys = sorted(k for k, v in labels.items() if k not in _SAID and any(o.labels.get(k) != v for o in alike))
    return ", ".join(f"{k}={one_line(labels[k])}" for k in keys[:most])


def telling_all(alerts: Iterable[Alert]) -> dict[str, str]:
    """Fingerprint -> ``telling_labels`` of each alert among ``alerts`` that another one of them
    reads the same as (``same_place``), for a list that names them all (``status``; review 33:
    two pods' rows were the same but for the fingerprint). One pass to group them."""
    groups: dict[tuple[str, str], list[Alert]] = {}
    for alert in alerts:
        groups.setdefault((alert.alertname, where(alert)), []).append(alert)
    return {alert.fingerprint: telling_labels(alert, [o for o in group if o is not alert])
            for group in groups.values() if len(group) > 1 for alert in group}


class _Mirror(dict):
    """``str.translate`` table that maps each character to its mirror below the highest code
    point, filled as characters come: a text so translated (then ``_TOP`` appended, so that
    "abc" comes before "ab") sorts in the reverse order of the text, at the speed of a string."""

    def __missing__(self, code: int) -> int:
        self[code] = mirrored = 0x10FFFF - code
        return mirrored


class AlertOrder:
    """One order of the table: ``column`` (one of ``SORTABLE``), ascending as the cells read (A
    to Z, youngest first, the nearest deadline first; "severity" ascending is worst and oldest
    first) or ``descending``; deadlines by ``policy`` (``SlaPolicy.deadlines``).

    Raises:
        ValueError: ``column`` is not one of ``SORTABLE``.
    """

    def __init__(self, column: str = DEFAULT[0], descending: bool = DEFAULT[1],
                 policy: SlaPolicy | None = None) -> None:
        if column not in SORTABLE:
            raise ValueError(f"the alerts table does not sort by {column!r}")
        self.column, self.descending = column, descending
        self.policy = policy or SlaPolicy()
        self._mirror = _Mirror()

    @property
    def tracker_order(self) -> bool:
        """Whether this is the tracker's order (``AlertSnapshot.order``: nothing to sort)."""
        return (self.column, self.descending) == DEFAULT

    def key(self, alert: Alert, severity: Severity) -> tuple:
        """The sort key of one alert: ascending in the order shown, a total order."""
        base = order_key(alert, severity)
        column, descending = self.column, self.descending
        if column == "severity":
            return base if not descending else (severity.rank, *base[1:])
        if column in ("alert", "where", "summary"):
            text = (alert.display_name if column == "alert" else where(alert) if column == "where"
                    else alert.summary).casefold()
            return (text.translate(self._mirror) + _TOP if descending else text, base)
        if column == "age":
            moment = alert.starts_at
        else:
            respond_by, resolve_by = self.policy.deadlines(alert, severity)
            moment = respond_by if column == "respond" else resolve_by
        if moment is None:
            return (_LAST, base)
        seconds = moment.timestamp()
        if column == "age":  # ascending as the cells read: youngest (latest start) first
            seconds = -seconds
        return ((0, -seconds if descending else seconds), base)
