"""Immutable types for Alertmanager API v2 payloads (see api/v2/openapi.yaml upstream).

Decoded with msgspec straight from the response bytes. Field names follow the API (camelCase
on the wire, snake_case here). Timestamps are timezone-aware UTC datetimes; Alertmanager's
"zero time" ``0001-01-01T00:00:00Z`` becomes ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import msgspec

from .terminal_text import visible

UTC = dt.timezone.utc
_ZERO_YEAR = 1  # Go's time.Time{} is 0001-01-01T00:00:00Z: "no time".
_SILENCE_ID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def is_silence_id(text: str) -> bool:
    """Whether ``text`` has the form of a silence ID: a UUID such as
    ``64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf`` (the API declares ``format: uuid``)."""
    return _SILENCE_ID.fullmatch(text) is not None


#: The latest time a model holds: Alertmanager takes an alert starting or ending in year 9999
#: from any client, and a deadline or reminder counted from it left datetime's range, which
#: crashed the tray and every command at each poll (review 19). A year before the end of the
#: range leaves room for any target, reminder or horizon added to it.
LATEST = dt.datetime(9998, 12, 31, tzinfo=UTC)


def normalize_time(value: dt.datetime | None) -> dt.datetime | None:
    """Return ``value`` in UTC, or None for missing or Go's zero time; a time after ``LATEST``
    is ``LATEST``.

    Args:
        value: an aware datetime as decoded from RFC 3339 (any offset), or None.
    Returns:
        an aware datetime in UTC, at most ``LATEST``, or None.
    """
    if value is None or value.year == _ZERO_YEAR:
        return None
    if value.tzinfo is None:  # RFC 3339 always carries an offset; be lenient anyway
        value = value.replace(tzinfo=UTC)
    elif value.tzinfo is not UTC:
        try:
            value = value.astimezone(UTC)
        except OverflowError:  # 9999-12-31T23:59:59-14:00 is in year 10000 in UTC
            return LATEST
    return value if value <= LATEST else LATEST


class _Model(msgspec.Struct, frozen=True, rename="camel", forbid_unknown_fields=False, gc=False):
    """Base of every API type: frozen, camelCase on the wire, tolerant of new fields, and not
    tracked by the cyclic garbage collector (they hold no cycles; 10,000 tracked alerts would
    make each full collection, run in whatever thread triggers it, stall the GUI thread)."""

    def _normalize_times(self, *names: str) -> None:
        for name in names:
            value = getattr(self, name)
            fixed = normalize_time(value)
            if fixed is not value:
                msgspec.structs.force_setattr(self, name, fixed)


class Receiver(_Model):
    """A receiver an alert is routed to (``{"name": str}``)."""

    name: str


class AlertStatus(_Model):
    """``status`` of a GettableAlert.

    Attributes:
        state: "active", "suppressed" or "unprocessed".
        silenced_by: IDs of the silences that mute the alert.
        inhibited_by: fingerprints of the alerts that inhibit it.
    """

    state: str
    silenced_by: tuple[str, ...] = ()
    inhibited_by: tuple[str, ...] = ()


def one_line(text: str) -> str:
    """``text`` on one line: every white space (line breaks, tabs) as a space; every other
    control character and every bidi control (a right-to-left override) shown as an escape
    (``terminal_text.visible``: ``\\u202e``, as the command line and the windows show them, review
    59 U3; a space hid that something was there), and so is a zero-width space (review 60 V3);
    as is every other invisible one (a soft hyphen, tag characters); any other character that is
    not printable (private use, unassigned) as a space, but for the format characters ``visible``
    keeps (the joiners inside emoji and scripts' words, the tags of a flag); runs of spaces as
    one, trimmed: a label value fit to name something on one line."""
    shown = visible("".join(" " if c.isspace() else c for c in text))
    return " ".join("".join(c if c.isprintable() or unicodedata.category(c) == "Cf" else " "
                            for c in shown).split())


def value_line(value: str) -> str:
    """A label's value on one line, as every list, table, notice and report names it: its line
    breaks, tabs and every other control character as escapes (``terminal_text.visible``: ``\\n``,
    ``\\t``, ``\\r``, as ``status`` and the matchers print it, so that the value read is the one
    a matcher names), then ``one_line``. Review 76 BH3: ``instance="a\\nb"`` read "a b" in the
    alerts table and in ``silence list``'s "covers", as if its value held a space."""
    return one_line(visible(value))


class Alert(_Model):
    """One alert as returned by ``GET /api/v2/alerts`` (GettableAlert).

    Attributes:
        fingerprint: Alertmanager's identity of the alert (hex string, same on every replica).
        labels: label name -> value.
        annotations: annotation name -> value (``summary``, ``description``, ``runbook_url``...).
        starts_at: when the alert began firing (UTC), None if unknown.
        ends_at: when it will be considered resolved (UTC), None if unknown.
        updated_at: last update (UTC), None if unknown.
        status: state and what silences or inhibits it.
        receivers: where Alertmanager routes it.
        generator_url: link to the rule's expression in Prometheus ("" if absent).
    """

    fingerprint: str
    labels: dict[str, str]
    status: AlertStatus
    annotations: dict[str, str] = {}
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    receivers: tuple[Receiver, ...] = ()
    generator_url: str = msgspec.field(default="", name="generatorURL")

    def __post_init__(self) -> None:
        self._normalize_times("starts_at", "ends_at", "updated_at")

    @property
    def alertname(self) -> str:
        """The ``alertname`` label, or "" when absent."""
        return self.labels.get("alertname", "")

    @property
    def display_name(self) -> str:
        """What to call the alert wherever it is named: the ``alertname`` label, or the
        fingerprint when it has none (Alertmanager accepts such alerts), never blank; on one
        line (``one_line``: a label may hold a line break, which split the red-flag banner and
        the notifications in two: review 24)."""
        name = self.labels.get("alertname") or self.fingerprint
        return name if name.isprintable() else one_line(name) or self.fingerprint

    @property
    def summary(self) -> str:
        """The ``summary`` annotation, else ``description``, else ""."""
        return self.annotations.get("summary") or self.annotations.get("description", "")

    @property
    def silenced(self) -> bool:
        """True when at least one silence mutes the alert (the on-call "acknowledged")."""
        return bool(self.status.silenced_by)

    @property
    def inhibited(self) -> bool:
        """True when another alert inhibits this one."""
        return bool(self.status.inhibited_by)


class Matcher(_Model):
    """A silence matcher: ``name`` (=|!=|=~|!~) ``value``.

    Attributes:
        name: label name.
        value: exact value, or an RE2 regular expression when ``is_regex``.
        is_regex: value is a regular expression (anchored by Alertmanager).
        is_equal: True for = and =~, False for != and !~.
    """

    name: str
    value: str
    is_regex: bool = False
    is_equal: bool = True


class SilenceStatus(_Model):
    """``status`` of a silence: state is "active", "pending" or "expired"."""

    state: str


class Silence(_Model):
    """A silence as returned by ``GET /api/v2/silences``.

    Attributes:
        id: the silence's ID (UUID string).
        matchers: what it mutes.
        starts_at, ends_at: its window (UTC).
        created_by: author; comment: why (the guide: never empty).
        status: active, pending or expired.
        updated_at: last change (UTC) or None.
        made_for: the fingerprint of the alert whose *Silence…* dialog in this tray made it, as
            the shift journal recorded it (``core.made_for``); never sent by Alertmanager, set by
            the tray and the command line after reading the journal; "" for any other silence.
    """

    id: str
    matchers: tuple[Matcher, ...]
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    created_by: str
    comment: str
    status: SilenceStatus
    updated_at: dt.datetime | None = None
    made_for: str = ""

    def __post_init__(self) -> None:
        self._normalize_times("starts_at", "ends_at", "updated_at")

    def as_update(self, **changes) -> PostableSilence:
        """This silence as the body that updates it in place: same ``id``, matchers, ``startsAt``,
        author and comment, with ``changes`` applied (e.g. ``ends_at=...``). Alertmanager keeps
        the ID only while the matchers and the start (to the second) stay the same and the silence
        has not expired; otherwise it expires this one and answers with a new ID.

        Raises:
            ValueError: the silence has no ``startsAt`` or ``endsAt`` (never the case for one
                read from Alertmanager).
        """
        if self.starts_at is None or self.ends_at is None:
            raise ValueError(f"silence {self.id} has no start or end time")
        body = PostableSilence(matchers=self.matchers, starts_at=self.starts_at, ends_at=self.ends_at,
                               created_by=self.created_by, comment=self.comment, id=self.id)
        return body.replace(**changes) if changes else body


class PostableSilence(msgspec.Struct, frozen=True, rename="camel", omit_defaults=True):
    """A silence to create (``id`` None) or to update in place (``id`` set): the body of
    ``POST /api/v2/silences`` (postableSilence). Until it is posted it is a draft that
    ``core.silencing`` builds and checks.

    Encoded with msgspec, so every value (quotes, backslashes, accents) is JSON-escaped by the
    encoder; matchers always carry ``isRegex`` and ``isEqual``.

    Attributes:
        matchers: what it mutes (Alertmanager requires at least one).
        starts_at, ends_at: its window, aware datetimes (sent in UTC, RFC 3339). Alertmanager
            moves a ``startsAt`` in the past to its own "now" when it creates a silence.
        created_by: the author (the engineer's configured name).
        comment: why (the guide: never empty).
        id: the silence to update, None to create a new one (then omitted from the body).
    """

    matchers: tuple[Matcher, ...]
    starts_at: dt.datetime
    ends_at: dt.datetime
    created_by: str
    comment: str
    id: str | None = None

    @property
    def duration(self) -> dt.timedelta:
        """``ends_at - starts_at`` (negative when the window is backwards)."""
        return self.ends_at - self.starts_at

    def replace(self, **changes) -> PostableSilence:
        """A copy with some fields changed (snake_case names), e.g. ``draft.replace(comment=...)``."""
        return msgspec.structs.replace(self, **changes)


class SilenceCreated(_Model):
    """Answer of ``POST /api/v2/silences``: the ID of the silence created or updated."""

    silence_id: str = msgspec.field(name="silenceID")


class Peer(_Model):
    """A cluster peer: ``name`` and ``address`` (host:port)."""

    name: str
    address: str


class ClusterStatus(_Model):
    """Cluster state: status is "ready", "settling" or "disabled"; name may be empty."""

    status: str
    name: str = ""
    peers: tuple[Peer, ...] = ()


class VersionInfo(_Model):
    """Build information of the Alertmanager (only ``version`` is used)."""

    version: str = ""
    revision: str = ""


class StatusConfig(_Model):
    """The configuration an Alertmanager runs with: ``original``, its YAML as it shows it
    (secrets masked)."""

    original: str = ""


class Status(_Model):
    """``GET /api/v2/status``: version, cluster state, uptime (UTC, its start time) and
    configuration (``aliases.same_alertmanager`` compares them)."""

    cluster: ClusterStatus
    version_info: VersionInfo = VersionInfo()
    uptime: dt.datetime | None = None
    config: StatusConfig = StatusConfig()

    def __post_init__(self) -> None:
        self._normalize_times("uptime")

    @property
    def version(self) -> str:
        """The Alertmanager version string, e.g. "0.25.0"."""
        return self.version_info.version


ALERT_LIST = list[Alert]
SILENCE_LIST = list[Silence]
