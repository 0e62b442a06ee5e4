"""What the shift journal last saw in Alertmanager, read back (no Qt): the alerts firing there
and the silences, for when Alertmanager, or a member of its cluster, cannot be asked (a tray
started while a member is down, the handoff, ``status``).

``record_poll`` (``journal_feed``) writes the ``firing`` and ``silences`` tables these read; of
each alert firing they keep its labels, annotations (its summary and runbook link among them),
start, the IDs of the silences that muted it, and the members of the cluster that listed it
(schema 2; none for a row written before: held by every member not answering, as then).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from msgspec.structs import replace

from ..alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
from ..config_urls import unscoped, url_identity
from .journal import Journal
from .journal_aside import WATCHED, aside_rows, aside_starts, identities, rescoped, same_alertmanager
from .journal_schema import SEEN_AT, EventKind, loads, parse_ts
from .journal_starts import MEMBER_SEEN, MEMBER_STARTS, STARTS, decoded, member_starts, members_seen
from .severity import Severity

__all__ = ["SEEN_AT", "WATCHED", "LastSeen", "followed_members", "follows_alertmanager", "known_starts", "last_seen", "looked_at",
           "muted_at", "only_some_members", "seen_alerts", "seen_at", "seen_fingerprints", "seen_from", "seen_members",
           "seen_silences", "when_answered"]


def seen_from(journal: Journal, urls: Iterable[str]) -> bool:
    """Whether what the journal last saw (``seen_alerts``, ``seen_silences``) was seen on the
    Alertmanager of ``urls`` (its members' URLs); False when the journal's last look was at
    another one (review 24: another settings file's silences shown as this one's)."""
    return same_alertmanager(journal.get_state(*WATCHED), urls)


def seen_at(journal: Journal, urls: Iterable[str]) -> dt.datetime | None:
    """When the journal last looked at the Alertmanager of ``urls`` (``SEEN_AT``: the poll it
    last recorded, UTC); None when unknown: not recorded (a journal written before), or its
    last look was at another one (what it set aside of this one is older)."""
    if not seen_from(journal, urls):
        return None
    value = journal.get_state(*SEEN_AT)
    return parse_ts(value) if isinstance(value, str) else None


def when_answered(journal: Journal, urls: Iterable[str]) -> dict[str, dt.datetime]:
    """When each member of the Alertmanager of ``urls`` (its members' URLs) last answered a poll
    the journal recorded (``journal_starts.MEMBER_SEEN``: URL as in ``urls``, without its scope ->
    UTC time): what "as last seen at" says of what a member not answering holds (review 61 X1).
    A member not known (never answered, a journal written before) is left out; none when the
    journal's last look was at another Alertmanager."""
    return _answers(journal, urls) if seen_from(journal, urls) else {}


def _answers(journal: Journal, urls: Iterable[str]) -> dict[str, dt.datetime]:
    """``when_answered`` whichever Alertmanager the journal looked at last (``MEMBER_SEEN`` is kept
    per member, across a move to another Alertmanager)."""
    times = members_seen(journal.get_state(*MEMBER_SEEN))
    plain = [url.partition("?")[0] for url in urls]  # (``Config.watched``'s, with their scope)
    return {url: times[url_identity(url)] for url in plain if url_identity(url) in times}


def looked_at(journal: Journal, urls: Iterable[str]) -> tuple[bool, dt.datetime | None]:
    """Whether the journal ever recorded an answer of the Alertmanager of ``urls`` (its members'
    URLs), and when it last looked at it (UTC; None when not known): ``seen_at`` when its last look
    was there, else the latest answer of its members it kept (``MEMBER_SEEN``); ever looked at
    also when it moved from it to another (a ``WATCHING_MOVED`` event: a journal that kept no
    member's answer). Code review 78 AR6: an Alertmanager that had answered, with nothing firing,
    before the journal followed another was said "nothing received from" it.

    Raises:
        JournalError: the journal cannot be read.
    """
    urls = list(urls)
    when = seen_at(journal, urls)
    if when is None and (stored := journal.get_state(*WATCHED)) and not same_alertmanager(stored, urls):
        when = max(_answers(journal, urls).values(), default=None)
    if when is not None or (seen_from(journal, urls) and journal.get_state(*WATCHED)):
        return True, when
    moves = journal.query("SELECT data FROM events WHERE kind = ?", (EventKind.WATCHING_MOVED.value,))
    left = (loads(row["data"]) or {} for row in moves)
    return bool(urls) and any(isinstance(data, dict) and isinstance(data.get("from"), list) and data["from"]
               and same_alertmanager(data["from"], urls) for data in left), None


def follows_alertmanager(journal: Journal, urls: Iterable[str]) -> bool:
    """Whether the journal's last look was at the Alertmanager of ``urls`` (given with
    ``--alertmanager``), with whatever scope: a run on it is the shift's. The project's rule for
    one Alertmanager, a member in common (``journal_aside.same_alertmanager``,
    ``config_urls.one_alertmanager``: by ``url_identity``, which takes case, a final slash, a
    default port written or not and the loopback's names and 127.0.0.1 as one; other addresses of the
    loopback stay themselves, code review 74 AL1), and every member
    the journal follows, no other (``followed_members``): some members of its cluster only are
    not it (review 68 AF8: a run on one member recorded its one-member picture, where another
    member's own alerts were missing, and made the journal follow that member alone), nor is a
    list naming a member outside it (a cluster it is one member of, or a URL of another
    Alertmanager: the loosened rule of review 72 AH13, as many unmatched on each side, accepted
    ``--alertmanager b,<another>`` for the cluster [a, b]). ``localhost`` for ``127.0.0.1`` is
    one member (review 69 AI5); another name of a host (a DNS name for its IP) is not resolved
    here, and is another member. True when the journal looked at none yet, or ``urls`` is empty."""
    followed, given = followed_members(journal, urls)
    return not followed or not given or followed == given


def only_some_members(journal: Journal, urls: Iterable[str]) -> bool:
    """Whether ``urls`` (given with ``--alertmanager``; ``follows_alertmanager`` False) are
    fewer members of the cluster the journal follows than it has, one at least in common: what a
    refusal then says ("it follows the whole cluster", not "another Alertmanager": review 68
    AF8), on the command line and in the tray alike (review 72 AH12)."""
    followed, given = followed_members(journal, urls)
    return bool(followed & given) and len(given) < len(followed)


def followed_members(journal: Journal, urls: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The members (identities without their scope: ``config_urls.unscoped``) of the
    Alertmanager the journal follows (state ``WATCHED``; none when it looked at none yet), and
    those of ``urls``; for ``follows_alertmanager`` and what a refusal says of them."""
    stored = journal.get_state(*WATCHED)
    followed = frozenset(url_identity(unscoped(str(i))) for i in stored) if isinstance(stored, list) else frozenset()
    return followed, frozenset(unscoped(i) for i in identities(urls))


def _seen_rows(journal: Journal, urls: Iterable[str], silences: bool) -> list:
    """The ``firing`` (or ``silences``) rows the journal last saw on the Alertmanager of
    ``urls``: its tables when it last looked there, else what it set aside of it (``journal_aside``:
    the tray watched another one since; review 50 F2)."""
    if seen_from(journal, urls):
        return journal.query("SELECT * FROM silences" if silences else "SELECT * FROM firing")
    return aside_rows(journal, urls)[1 if silences else 0]


def seen_fingerprints(journal: Journal, urls: Iterable[str] = ()) -> set[str]:
    """The fingerprints of ``seen_alerts``, without building the alerts; with those the journal
    saw firing on the same Alertmanager with another scope (``rescoped``: seen there too), or
    set aside under one."""
    found = {row["fingerprint"] for row in [*_seen_rows(journal, urls, silences=False),
                                            *aside_rows(journal, urls, others=True)[0]]}
    if rescoped(journal.get_state(*WATCHED), urls):
        found.update(row["fingerprint"] for row in journal.query("SELECT fingerprint FROM firing"))
    return found


def seen_silences(journal: Journal, urls: Iterable[str] = ()) -> dict[str, Silence]:
    """The silences as the journal last saw them on the Alertmanager of ``urls`` (ID ->
    silence; expired ones included), for when Alertmanager cannot be asked (``_seen_rows``)."""
    found = {}
    for row in _seen_rows(journal, urls, silences=True):
        matchers = tuple(Matcher(name=n, value=v, is_regex=r, is_equal=e) for n, v, r, e in loads(row["matchers"]))
        found[row["id"]] = Silence(
            id=row["id"], matchers=matchers, starts_at=parse_ts(row["starts_at"]), ends_at=parse_ts(row["ends_at"]),
            created_by=row["created_by"], comment=row["comment"], status=SilenceStatus(state=row["state"]))
    return found


def _column(row, name: str, default: str) -> str:
    """``row[name]``, or ``default`` for a row without that column (set aside by an older version)."""
    return (row[name] if name in row.keys() else None) or default


def seen_alerts(journal: Journal, urls: Iterable[str] = (), others: bool = False) -> tuple[dict[str, Alert],
                                                                                           dict[str, Severity]]:
    """The alerts firing as the journal last saw them on the Alertmanager of ``urls``
    (fingerprint -> alert, with its labels, annotations (its summary alone in a row of schema 1),
    start and the IDs of the silences that muted it; and its severity), for when Alertmanager
    cannot be asked (review 20: the handoff's pending items then lost every unacknowledged
    alert); ``_seen_rows``. ``others``: those it set aside under the other scopes of that
    Alertmanager instead (``journal_aside.aside_rows``)."""
    alerts, severities = {}, {}
    for row in aside_rows(journal, urls, others=True)[0] if others else _seen_rows(journal, urls, silences=False):
        ids = tuple(row["silenced_by"].split(",")) if row["silenced_by"] else ()
        fp = row["fingerprint"]
        annotations = loads(_column(row, "annotations", "{}")) or ({"summary": row["summary"]} if row["summary"] else {})
        alerts[fp] = Alert(fingerprint=fp, labels=loads(row["labels"]) or {"alertname": row["alertname"]},
                           annotations=annotations, status=AlertStatus("suppressed" if ids else "active", ids),
                           starts_at=parse_ts(row["starts_at"]))
        try:
            severities[fp] = Severity(row["severity"])
        except ValueError:
            severities[fp] = Severity.UNKNOWN
    return alerts, severities


def seen_members(journal: Journal, urls: Iterable[str] = ()) -> dict[str, tuple[str, ...]]:
    """The members of the cluster of ``urls`` that listed each alert of ``seen_alerts`` when
    the journal last saw it (fingerprint -> their URLs as configured, without a scope, in ``urls``' order; a
    member's URL written otherwise is known by ``url_identity``); an alert without any (a row of
    schema 1, a single Alertmanager) is left out."""
    urls = list(urls)
    plain = [url.partition("?")[0] for url in urls]  # (``Config.watched``'s, with their scope)
    by_identity = {url_identity(url): url for url in plain}
    found = {}
    for row in _seen_rows(journal, urls, silences=False):
        listed = {url_identity(url) for url in loads(_column(row, "members", "[]")) or ()}
        members = tuple(url for url in plain if url_identity(url) in listed) or \
            tuple(by_identity.get(identity, identity) for identity in sorted(listed))
        if members:
            found[row["fingerprint"]] = members
    return found


@dataclass(frozen=True)
class LastSeen:
    """What the journal last saw firing on an Alertmanager, for a tray that starts
    (``ClusterWatcher``'s ``recalled``).

    Attributes:
        alerts: ``seen_alerts``'s alerts.
        members: ``seen_members``: fingerprint -> the members that listed it (URLs).
        silences: ``seen_silences``: silence ID -> the silence as last seen.
        starts: each member's start as its status last said (URL identity, ``config_urls.
            url_identity`` -> UTC time; ``journal_starts.MEMBER_STARTS``): a member that gives
            this start did not restart since (review 58 T1).
        seen_at: when the journal took that look (``seen_at``; UTC), None when unknown.
        answered: ``when_answered``: each member's URL -> when it last answered (UTC).
    """

    alerts: list[Alert] = field(default_factory=list)
    members: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    silences: Mapping[str, Silence] = field(default_factory=dict)
    starts: Mapping[str, dt.datetime] = field(default_factory=dict)
    seen_at: dt.datetime | None = None
    answered: Mapping[str, dt.datetime] = field(default_factory=dict)

    def started(self, url: str) -> dt.datetime | None:
        """The start last known of the member at ``url`` (``starts``), or None."""
        return self.starts.get(url_identity(url))

    def listed_by(self, url: str, alerts: Iterable[Alert] | None = None) -> list[Alert]:
        """Of ``alerts`` (default: ``alerts``), those the journal saw the member at ``url`` list
        (``members``, by URL identity), and those whose members it does not say (a journal of
        schema 1: any member may have held them). What a tray that starts keeps as that member's
        when it does not answer or restarted lately (review 62 Y3: another member's alerts were
        kept as a restarted one's, and beat that member's acknowledged copy)."""
        identity = url_identity(url)
        return [a for a in (self.alerts if alerts is None else alerts) if a.fingerprint not in self.members
                or identity in map(url_identity, self.members[a.fingerprint])]


def last_seen(journal: Journal, urls: Iterable[str]) -> LastSeen:
    """``LastSeen`` on the Alertmanager of ``urls`` (its members' URLs). Raises ``JournalError``
    as the journal's reads do."""
    urls = list(urls)
    return LastSeen(list(seen_alerts(journal, urls)[0].values()), seen_members(journal, urls),
                    seen_silences(journal, urls), member_starts(journal.get_state(*MEMBER_STARTS)),
                    seen_at(journal, urls), when_answered(journal, urls))


def muted_at(alert: Alert, silences: Mapping[str, Silence], at: dt.datetime) -> Alert:
    """``alert`` as last seen, muted only by those of its silences (``silences``: ID -> as last
    seen, or as a poll gives it now) that had not ended by ``at`` (UTC; review 59 U7: an alert
    shown "silenced" by a silence that had ended 3 minutes before). A silence not in
    ``silences`` mutes nothing: the journal records every silence an alert's ``silencedBy``
    names with it, and lets one go only once gone from Alertmanager or, held by a member not
    answering, past its end (review 62 Y15: an acknowledgement the journal no longer kept went on
    muting the alert as last seen). One rule for every picture of the journal's copy: the shift
    windows' and the tray's recalled one (``journal_copy.recalled_picture``), and what members
    not answering hold (``handoff_unknown.held_alerts``: ``status``, the handoff, ``ack``)."""
    ids = tuple(i for i in alert.status.silenced_by
                if i in silences and (silences[i].ends_at is None or silences[i].ends_at > at))
    if ids == alert.status.silenced_by:
        return alert
    return replace(alert, status=AlertStatus("suppressed" if ids or alert.inhibited else "active", ids,
                                             alert.status.inhibited_by))


def known_starts(journal: Journal, urls: Iterable[str] = ()) -> dict[str, tuple[dt.datetime, dt.datetime]]:
    """The starts taken for alerts the journal last saw firing on the Alertmanager of ``urls``
    (``journal_starts``: fingerprint -> (the ``startsAt`` Alertmanager gave, the start taken)),
    for a tracker that starts (``AlertTracker.carry_starts``); also when it set them aside."""
    return decoded(journal.get_state(*STARTS) if seen_from(journal, urls) else aside_starts(journal, urls))
