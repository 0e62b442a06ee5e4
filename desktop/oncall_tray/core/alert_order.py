"""The orders of the alerts table (issue 3): worst and oldest first, the tracker's order, or by
one of its columns, as a header click asks (review 15). No Qt.

Each key is a tuple that sorts ascending in the order shown, so that the table can keep its rows
in order by bisection as polls add and remove alerts; what orders a column does not change while
the alert lasts (its name, place, summary, start, deadlines), so a row's key stays true but when
it is acknowledged or no longer is (the table moves its row then). Ties go as ``tracker.order_key``:
unacknowledged first, then worst and oldest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from ..alertmanager.models import Alert, value_line
from .severity import Severity
from .sla import SlaPolicy
from .tracker import order_key

#: The columns the table sorts by. Not the state nor the trend, which each poll may change.
SORTABLE = ("severity", "alert", "where", "summary", "age", "respond", "resolve")
DEFAULT = ("severity", False)  # what needs action first: unacknowledged, worst, oldest (``order_key``)
_LAST = (1,)  # after every value: alerts without a start or a deadline, in either direction
_TOP = "\U0010ffff"  # the highest code point


def where(alert: Alert) -> str:
    """Service and instance, the parts that exist ("backend / 10.0.0.7:3001"), on one line, a line
    break in a value as ``\\n`` (``place_part``; review 27: a raw one split a notification; review
    76 BH3: as a space, "a b" was not the value a matcher names)."""
    return where_labels(alert.labels)


def where_labels(labels: Mapping[str, str], short: bool = False) -> str:
    """``where`` of a label set (an alert's, or a silence's equality matchers); ``short``: the
    instance's host without its domain (``short_instance``)."""
    instance = labels.get("instance", "")
    parts = [labels.get("service", ""), short_instance(instance) if short else instance]
    return " / ".join(place_part(p) for p in parts if p)


def place_part(value: str) -> str:
    """A service's or an instance's label value as a place shows it: on one line, its control
    characters, line breaks and tabs as escapes (``models.value_line``: reviews 27, 59 U3, 76 BH3),
    clipped (``clip_value``)."""
    return clip_value(value if value.isprintable() else value_line(value))


#: Characters of a label's value that the app's texts give (status, handoff, notices): a value of
#: thousands (review 54 M12: a 5,000-character instance) is cut there with "…"; JSON has it whole.
VALUE_LIMIT = 80


def clip_value(text: str, limit: int = VALUE_LIMIT) -> str:
    """``text`` whole up to ``limit`` characters, else its first ``limit - 1`` and "…"."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


#: A host name with a domain at the start of an instance: its first label, then the domain.
_HOST_DOMAIN = re.compile(r"([A-Za-z][A-Za-z0-9_-]*)\.[A-Za-z0-9_.-]*[A-Za-z][A-Za-z0-9_-]*")


def short_instance(instance: str) -> str:
    """``instance`` with its host's domain left out, for a column too narrow for it:
    "host-0042…:9100" for "host-0042.prod.conectcrm.internal:9100". A fleet's hosts share the
    domain and the port, and differ in the first label (review 51 G4: every row read
    "svc-45 / hos…nternal:9100"); an IP address or a name without a domain stays whole."""
    match = _HOST_DOMAIN.match(instance)
    return f"{match.group(1)}…{instance[match.end():]}" if match else instance


def named(name: str, detail: str = "") -> str:
    """``name`` with ``detail`` after it in parentheses ("PodCrashLooping (pod=api-1)", "APIDown
    (backend / 10.0.0.7:3001)"), ``name`` alone when ``detail`` is "": how every list, notice and
    message names an alert with what tells it apart or where it fires."""
    return f"{name} ({detail})" if detail else name


def told_place(place: str, told: str) -> str:
    """Where an alert fires and what tells it from another of its name and place, as every list
    and notice writes them: "k8s / ksm:8080 · pod=api-1"; either alone when the other is ""."""
    return " · ".join(part for part in (place, told) if part)


#: Labels ``where`` already says, or the notice's title does: never needed to tell alerts apart.
_SAID = frozenset({"alertname", "service", "instance", "severity"})


def same_place(alert: Alert, others: Iterable[Alert]) -> list[Alert]:
    """The alerts of ``others``, ``alert`` left out, that read the same as it where one line
    names an alert: its ``alertname`` and ``where`` (review 31: two notices "[CRITICAL] APIDown /
    backend:3001" for two pods). One pass over ``others``."""
    name, place, fingerprint = alert.alertname, where(alert), alert.fingerprint
    return [o for o in others if o.alertname == name and o.fingerprint != fingerprint and where(o) == place]


#: Labels that name one thing, tried first to tell alerts apart (then the others by name):
#: Kubernetes' objects, then a job's, a host's or a disk's.
TELLING_FIRST = ("pod", "namespace", "container", "deployment", "statefulset", "daemonset", "job", "node",
                 "device", "mountpoint", "name")
_FIRST_RANK = {key: i for i, key in enumerate(TELLING_FIRST)}


def _preference(key: str) -> tuple[int, str]:
    return _FIRST_RANK.get(key, len(TELLING_FIRST)), key


def telling_labels(alert: Alert, alike: Sequence[Alert], most: int = 3) -> str:
    """What tells ``alert`` apart from ``alike`` (``same_place``): the fewest of its labels, by
    name, that no other one of them has all alike, joined by ", " ("pod=api-2"; "pod=api-1,
    namespace=prod" beside "pod=api-1, namespace=stage"), at most ``most``; "" when ``alike`` is
    empty. Chosen one at a time, each the label that tells it from the most of those still
    alike (ties: ``TELLING_FIRST``, then by name); a label it lacks is not named. Review 34: the
    two labels first by name, "container=app, namespace=prod", read the same for two of three
    pods."""
    return _telling(alert, alike, len(alike), most)


def _telling(alert: Alert, left: Sequence[Alert], count: int, most: int,
             sharing: Mapping[str, Mapping[str, Sequence[Alert]]] | None = None) -> str:
    """``telling_labels`` of ``alert`` against ``count`` others: ``left``, or with ``sharing``
    (label -> value -> the group's alerts with it, ``alert`` among them) none needed for the
    first choice, which is then no pass over the group (1,000 pods of one exporter)."""
    labels = alert.labels
    keys = [k for k in labels if k not in _SAID]
    chosen: list[str] = []
    while count and keys and len(chosen) < most:
        if sharing is not None and not chosen:
            best = min(keys, key=lambda k: (len(sharing[k][labels[k]]), _preference(k)))
            left = [o for o in sharing[best][labels[best]] if o is not alert]
        else:
            best = min(keys, key=lambda k: (sum(1 for o in left if o.labels.get(k) == labels[k]), _preference(k)))
            left = [o for o in left if o.labels.get(best) == labels[best]]
        keys.remove(best)
        if len(left) == count:
            break  # the best label tells it from none of them: no other would
        chosen.append(best)
        count = len(left)
    return ", ".join(f"{k}={value_line(labels[k])}" for k in chosen)


def telling_all(alerts: Iterable[Alert]) -> dict[str, str]:
    """Fingerprint -> ``telling_labels`` of each alert among ``alerts`` that another one of them
    reads the same as (``same_place``), for a list that names them all (``status``, the handoff;
    review 33: two pods' rows were the same but for the fingerprint). An alert listed twice (by
    fingerprint) counts once. One pass to group them, one to index each group's labels."""
    groups: dict[tuple[str, str], dict[str, Alert]] = {}
    for alert in alerts:
        groups.setdefault((alert.alertname, where(alert)), {}).setdefault(alert.fingerprint, alert)
    told: dict[str, str] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        sharing: dict[str, dict[str, list[Alert]]] = {}
        for alert in group.values():
            for key, value in alert.labels.items():
                sharing.setdefault(key, {}).setdefault(value, []).append(alert)
        for alert in group.values():
            told[alert.fingerprint] = _telling(alert, (), len(group) - 1, 3, sharing)
    return told


def telling_places(alerts: Sequence[Alert], telling: Mapping[str, str]) -> dict[str, str]:
    """``telling`` (``telling_all`` of ``alerts``) with the place (``where``) first for each alert
    whose name another of ``alerts`` has at another place: "host-0042.prod:9100 · pod=x" (review 53
    K8: the handoff read "Follow up NodeFilesystemAlmostFull (still firing)" three times, for
    three hosts). ``alerts``: anything with ``alertname``, ``fingerprint`` and ``labels``."""
    places: dict[str, set[str]] = {}
    for alert in alerts:
        places.setdefault(alert.alertname, set()).add(where(alert))
    told = dict(telling)
    for alert in alerts:
        place = where(alert)
        if place and len(places[alert.alertname]) > 1:
            told[alert.fingerprint] = told_place(place, telling.get(alert.fingerprint, ""))
    return told


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
            return base if not descending else (severity.rank, *base[:1], *base[2:])  # mildest first
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
