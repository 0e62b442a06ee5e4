"""What the journal saw during a shift that the end report's "Observations" should say without
being typed (guide's end template: "[Comportamentos anormais notados]"): Alertmanager out of
reach or restarted (review 43 F3: the alerts of that time may have gone unseen) or not watched
(the tray moved to another one and back: review 52 H10), alerts that
flapped, and alerts that fired and resolved on their own, which no incident names (review 35:
the handoff said how many alerts fired, not which, and the flapping one vanished). No Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection

from ..config_urls import scope_words, unscoped
from ..reasons import translate_reason
from .journal import Journal
from .journal_answers import texts
from .journal_schema import EventKind, ts
from .local_times import local_time
from .names import name_list

CONTEXT = "handoff"  # the checklists' translations (core.handoff's context)
Translate = Callable[[str, str], str]

#: Firings of one alert during a shift from which it is said to have flapped (as the
#: notifications say it: ``notify.messages.FLAPPING_FROM``).
FLAPPING_FIRINGS = 3
#: Alerts named on one line before "… (+N)".
NAMED = 5


def noticed(journal: Journal, since: dt.datetime, until: dt.datetime, incidents: Collection[str],
            tr: Translate, zone: dt.tzinfo | None = None) -> list[str]:
    """The observations the journal supports for the shift ``since`` to ``until`` (UTC), one line
    each: Alertmanager's outages and restarts (``contact_lines``, times in ``zone``), the times
    the shift's Alertmanager was not watched (``unwatched_lines``), then
    "RedisLatencyHigh fired 9 times during the shift (flapping)" per alert that fired at
    least ``FLAPPING_FIRINGS`` times (as the journal recorded it, by fingerprint), then "Fired
    and resolved on their own: QueueBacklogGrowing, …" for the alerts that fired during it and
    are resolved (their last event of the kinds that say so is a resolution, not a WATCHED one),
    that none of ``incidents`` (fingerprints) names and that did not flap, then
    "Firing when the shift began, resolved on their own: …" for those that resolved during it
    without firing in it (review 48 R3), none of ``incidents`` either. Three grouped queries
    over the shift's events. Raises ``JournalError`` as the journal's reads do."""
    fired = journal.query(
        "SELECT fingerprint, max(alertname) AS name, count(*) AS firings FROM events "
        "WHERE kind = ? AND recorded_at >= ? AND recorded_at <= ? AND fingerprint <> '' "
        "GROUP BY fingerprint", (EventKind.FIRED.value, ts(since), ts(until)))
    lines = contact_lines(journal, since, until, tr, zone) + unwatched_lines(journal, since, until, tr, zone)
    flapped = sorted((row for row in fired if row["firings"] >= FLAPPING_FIRINGS),
                     key=lambda row: (-row["firings"], row["name"]))
    for row in flapped:
        lines.append(tr(CONTEXT, "%1 fired %2 times during the shift (flapping)").replace(
            "%1", row["name"] or row["fingerprint"]).replace("%2", str(row["firings"])))
    quiet = {row["fingerprint"]: row["name"] for row in fired
             if row["firings"] < FLAPPING_FIRINGS and row["fingerprint"] not in incidents}
    if quiet:  # each alert's last firing or resolution of the shift (SQLite: the bare column is max(id)'s row's),
        # or its watching again or no longer: the same labels firing in two Alertmanagers, resolved in one
        # and still firing in the one watched again, did not resolve (review 54 H9: "resolved on their own"
        # and "Acknowledge" in one handoff)
        last = journal.query(
            "SELECT fingerprint, kind, max(id) FROM events WHERE kind IN (?, ?, ?, ?) AND recorded_at >= ? "
            "AND recorded_at <= ? AND fingerprint <> '' GROUP BY fingerprint",
            (EventKind.FIRED.value, EventKind.RESOLVED.value, EventKind.WATCHED.value, EventKind.UNWATCHED.value,
             ts(since), ts(until)))
        ended = sorted(quiet[row["fingerprint"]] or row["fingerprint"] for row in last
                       if row["fingerprint"] in quiet and row["kind"] == EventKind.RESOLVED.value)
        if ended:
            lines.append(tr(CONTEXT, "Fired and resolved on their own: %1").replace("%1", name_list(ended, NAMED)))
    inherited = journal.query(  # firing since before the shift: no firing of theirs in it (review 48 R3)
        "SELECT fingerprint, max(alertname) AS name FROM events WHERE kind = ? AND recorded_at >= ? "
        "AND recorded_at <= ? AND fingerprint <> '' AND fingerprint NOT IN (SELECT fingerprint FROM events "
        "WHERE kind = ? AND recorded_at >= ? AND recorded_at <= ?) GROUP BY fingerprint",
        (EventKind.RESOLVED.value, ts(since), ts(until), EventKind.FIRED.value, ts(since), ts(until)))
    before = sorted(row["name"] or row["fingerprint"] for row in inherited if row["fingerprint"] not in incidents)
    if before:
        lines.append(tr(CONTEXT, "Firing when the shift began, resolved on their own: %1").replace(
            "%1", name_list(before, NAMED)))
    return lines


def contact_lines(journal: Journal, since: dt.datetime, until: dt.datetime, tr: Translate,
                  zone: dt.tzinfo | None = None) -> list[str]:
    """"Alertmanager unreachable from 16:03 to 16:04 (connection refused): alerts of that time
    may have gone unseen" ("for under a minute at 16:03" within one shown minute) for each loss
    of contact the tray recorded in ``since`` to ``until``
    (UTC; "since 16:03, still at the handoff" for one not restored), "Alertmanager http://am-1
    did not answer from 16:03 to 16:04 (connection refused); the other members answered" for a
    cluster's member (review 57 S5), and "Alertmanager restarted at 16:04: …" for each restart
    it saw (``ui.shift_contact``). Raises ``JournalError``."""
    events = journal.events(since, until, kinds=(EventKind.CONTACT_LOST, EventKind.CONTACT_RESTORED,
                                                  EventKind.ALERTMANAGER_RESTARTED, EventKind.MEMBER_DOWN,
                                                  EventKind.MEMBER_BACK))
    lines: list[str] = []
    # the losses not restored yet ("" the whole Alertmanager, else a member's URL): line, when, why
    lost: dict[str, tuple[int, str, str]] = {}
    restarts: dict[str, int] = {}  # a restart's line -> how many restarts it stands for
    for event in events:
        at = local_time(event.at, zone, until, tr)
        if event.kind is EventKind.CONTACT_LOST:
            lost[""] = (len(lines), at, translate_reason(event.text, tr))
            lines.append(tr(CONTEXT, "Alertmanager unreachable since %1 (%2), still at the handoff").replace(
                "%1", at).replace("%2", lost[""][2]))
        elif event.kind is EventKind.CONTACT_RESTORED and "" in lost:
            line, began, why = lost.pop("")
            lines[line] = (tr(CONTEXT, "Alertmanager unreachable from %1 to %2 (%3): alerts of that time may have "
                                       "gone unseen") if at != began else  # not "from 12:24 to 12:24" (review 58 T7)
                           tr(CONTEXT, "Alertmanager unreachable for under a minute at %1 (%3): alerts of that time "
                                       "may have gone unseen")).replace("%1", began).replace("%2", at).replace(
                "%3", why)
        elif event.kind is EventKind.MEMBER_DOWN and event.text not in lost:  # a restarted tray: once
            why = translate_reason(str(event.data.get("reason", "")), tr)
            lost[event.text] = (len(lines), at, why)
            lines.append(tr(CONTEXT, "Alertmanager %1 did not answer since %2 (%3), still at the handoff; the other "
                                     "members answered").replace("%1", event.text).replace("%2", at).replace("%3", why))
        elif event.kind is EventKind.MEMBER_BACK and event.text in lost:
            line, began, why = lost.pop(event.text)
            lines[line] = (tr(CONTEXT, "Alertmanager %1 did not answer from %2 to %3 (%4); the other members "
                                       "answered") if at != began else
                           tr(CONTEXT, "Alertmanager %1 did not answer for under a minute at %2 (%4); the other "
                                       "members answered")).replace("%1", event.text).replace("%2", began).replace(
                "%3", at).replace("%4", why)
        elif event.kind is EventKind.ALERTMANAGER_RESTARTED:
            line = tr(CONTEXT, "Alertmanager %1 restarted at %2: it lists its alerts again as Prometheus sends "
                               "them").replace("%1", event.text).replace("%2", at)
            restarts[line] = restarts.get(line, 0) + 1
            if restarts[line] == 1:
                lines.append(line)
            else:  # twice within the minute: one line (review 44 F9)
                lines[lines.index(line if restarts[line] == 2 else f"{line} (×{restarts[line] - 1})")] = \
                    f"{line} (×{restarts[line]})"
    return lines


def unwatched_lines(journal: Journal, since: dt.datetime, until: dt.datetime, tr: Translate,
                    zone: dt.tzinfo | None = None) -> list[str]:
    """"Alertmanager http://am:9093 not watched from 00:11 to 00:12 (another one was watched):
    alerts of that time may have gone unseen" ("for under a minute at 00:11" within one shown
    minute) for each time the journal followed another
    Alertmanager than the shift's (new settings: ``WATCHING_MOVED`` events in ``since`` to
    ``until``, UTC; times in ``zone``), and "… not watched since 00:11 (another one is watched),
    still at the handoff" for one not over. The shift's Alertmanager is the one the first move
    of the shift left (its members' identities; another one watched a while and left again is
    not the shift's). The same one asked for another scope (a new ``filter`` or ``receiver``:
    review 56 Q10) is "watched with another filter or receiver (receiver "team-db") from 00:11
    to 00:12: alerts outside it may have gone unseen". Each change of what is watched while away
    from the shift's scope begins a period of its own, said with its own scope (review 67 AC2: a
    filter changed three times was said with the first one, "still at the handoff"); a move
    between two Alertmanagers that are not the shift's is one period. The shift's Alertmanager
    read through another URL (a proxy) is the shift's: the journal found it by its answers and
    recorded its other URLs with the move (``from_also``, ``to_also``: ``journal_answers``).
    Raises ``JournalError``."""
    lines: list[str] = []
    home: set[str] | None = None
    name = ""
    away: tuple[int, str, str] | None = None  # the period not over yet: its line's place, when it began, its scope
    for event in journal.events(since, until, kinds=(EventKind.WATCHING_MOVED,)):
        left, watched = set(event.data.get("from") or ()), set(event.data.get("to") or ())
        name = name or ", ".join(sorted(_members(left)))  # the shift's, as first left
        left |= _also(left, event.data.get("from_also"))  # the same one's other URLs, in its scope
        watched |= _also(watched, event.data.get("to_also"))
        home = left if home is None else home
        at = local_time(event.at, zone, until, tr)
        scope = _scope_text(watched, tr) if _members(home) & _members(watched) else ""  # "": not watched
        moved_on = False  # a period over for another one away from the shift's scope
        if away is not None and (watched & home or scope != away[2]):  # back, or watched otherwise: over
            lines[away[0]] = _period_over(away, at, tr).replace("%1", name)
            away, moved_on = None, not watched & home
        if away is None and (moved_on or left & home) and not watched & home:
            away = (len(lines), at, scope)
            text = tr(CONTEXT, "Alertmanager %1 watched with another filter or receiver since %2 (%3), still at the "
                               "handoff") if scope else \
                tr(CONTEXT, "Alertmanager %1 not watched since %2 (another one is watched), still at the handoff")
            lines.append(text.replace("%1", name).replace("%2", at).replace("%3", scope))
    return lines


def _period_over(away: tuple[int, str, str], at: str, tr: Translate) -> str:
    """The line of a period away from the shift's scope (``unwatched_lines``' ``away``: its
    line's place, when it began, its scope or "" for another Alertmanager) over at ``at`` (a
    shown time), "%1" left for the Alertmanager's name."""
    if away[2]:
        text = tr(CONTEXT, "Alertmanager %1 watched with another filter or receiver from %2 to %3 (%4): "
                           "alerts outside it may have gone unseen") if at != away[1] else \
            tr(CONTEXT, "Alertmanager %1 watched with another filter or receiver for under a minute at %2 "
                        "(%4): alerts outside it may have gone unseen")
    else:
        text = tr(CONTEXT, "Alertmanager %1 not watched from %2 to %3 (another one was watched): alerts of "
                           "that time may have gone unseen") if at != away[1] else \
            tr(CONTEXT, "Alertmanager %1 not watched for under a minute at %2 (another one was watched): "
                        "alerts of that time may have gone unseen")  # not "from 01:01 to 01:01" (review 53 K9)
    return text.replace("%2", away[1]).replace("%3", at).replace("%4", away[2])


def _also(identities: set[str], also: object) -> set[str]:
    """The other URLs (``also``: identities as recorded, a list) of the Alertmanager of
    ``identities``, in their scope (the first identity's)."""
    scope = next(iter(sorted(identities)), "").partition("?")[2]
    return {unscoped(i) + (f"?{scope}" if scope else "") for i in texts(also)}


def _members(identities: Collection[str]) -> set[str]:
    """The members of watched identities, their scope left out (``config_urls.unscoped``)."""
    return {unscoped(str(identity)) for identity in identities}


def _scope_text(identities: Collection[str], tr: Translate) -> str:
    """The scope of watched identities as the handoff says it: 'receiver "team-db"',
    'filter severity="critical"' (joined by ", "), or "every alert"."""
    words = sorted({pair for identity in identities for pair in scope_words(str(identity))})
    if not words:
        return tr(CONTEXT, "every alert")
    return ", ".join(tr(CONTEXT, "receiver %1").replace("%1", f'"{value}"') if key == "receiver" else
                     tr(CONTEXT, "filter %1").replace("%1", value) for key, value in words)
