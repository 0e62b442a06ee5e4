"""``oncall-tray silence list [--json] [--all]``: the silences, with the current alerts each
covers. No Qt."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Collection, Mapping, Sequence

import msgspec

from ..alertmanager.cluster import ClusterPoll, members_down, not_one_cluster
from ..alertmanager.errors import AlertmanagerError
from ..alertmanager.matchers import format_matcher
from ..alertmanager.models import Alert, Silence
from ..config import LoadedConfig
from ..core.alert_order import named, told_place
from ..core.durations import format_duration_rounded
from ..core.silence_length import past_the_guide_text, too_long_words
from ..core.silencing import preview
from ..i18n import Translate
from ..reasons import unreadable_text
from ..terminal_text import visible
from .restart_kept import Kept, kept_through_restart
from .silence_steps import critical_names
from .status_json import kept_json
from .common import EXIT_OK, alertmanager_failed, error, keyring_of, open_client, out, out_json, tr_for, warn_problems

#: Listing order: what mutes now, then what will, then what did.
_STATE_ORDER = {"active": 0, "pending": 1, "expired": 2}


def register(actions, tr: Translate) -> None:
    """Add ``list`` to the ``silence`` actions, with help in ``tr``'s language."""
    parser = actions.add_parser("list", help=tr("cli_help", "active and pending silences and the alerts each covers"))
    parser.add_argument("--json", action="store_true",
                        help=tr("cli_help", "print JSON: the API's silence objects plus covers (fingerprints)"))
    parser.add_argument("--all", action="store_true", help=tr("cli_help", "include expired silences"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """Ask for the silences and the current alerts; print them. Exit 2 when that fails."""
    warn_problems(loaded)
    tr, config = tr_for(loaded), loaded.config
    with open_client(config, keyring_of(loaded)) as client:
        try:
            silences = client.silences()
            polled = client.polled(config.alert_query())
        except AlertmanagerError as exc:
            return alertmanager_failed(exc, loaded, tr)
        kept = kept_through_restart(loaded, client, polled, polled.inhibited or ())  # covered too (review 63 Z3)
    if polled.unreadable_silences:  # set aside, the others listed (review 65 T10)
        error(visible(unreadable_text(polled.unreadable_silences, tr, silences=True)))
    apart = not_one_cluster(polled.members)
    alerts, reach = polled.alerts, reach_of(polled) if apart else None
    holders: dict[str, tuple[str, ...]] | None = dict(polled.silence_holders) if apart else None
    seen: set[str] = set()  # IDs listed as the shift journal last saw them: their members do not answer
    if apart:
        silences, alerts = _with_down(loaded, polled, silences, holders, reach, seen, tr)
    alerts = _with_kept(alerts, kept, holders, reach)
    shown = [s for s in silences if args.all or s.status.state != "expired"]
    shown.sort(key=lambda s: (_STATE_ORDER.get(s.status.state, 3), s.ends_at or dt.datetime.max.replace(tzinfo=dt.timezone.utc)))
    if args.json:
        out_json(render_json(shown, alerts, reach, holders, seen, kept.members))
    else:
        out(render_text(shown, alerts, tr, dt.datetime.now(dt.timezone.utc), config.zone(), reach, holders, seen,
                        kept.members))
    return EXIT_OK


def _with_down(loaded: LoadedConfig, polled: ClusterPoll, silences: list[Silence],
               holders: dict[str, tuple[str, ...]], reach: dict[str, set[str]], seen: set[str],
               tr: Translate) -> tuple[list[Silence], list[Alert]]:
    """Alertmanagers that are not one cluster with members down: each said on stderr, and the
    silences they hold as the shift journal last saw them added to ``silences`` (their IDs to
    ``seen``, their members to ``holders``, the alerts those members held as last seen to
    ``reach``; review 62 Y1: they were left out without a word). The silences and the alerts
    to name (with those held as last seen)."""
    from .silence_steps import down_silences, held_of

    down = members_down(polled.members)
    if not down:
        return silences, polled.alerts
    held = held_of(loaded, polled.alerts, down)
    kept = down_silences(loaded, down, {s.id for s in silences})
    for url in down:
        error(tr("cli", "Alertmanager %1 does not answer: its silences are listed as the shift journal last saw "
                        "them.").replace("%1", url) if kept or held.alerts else
              tr("cli", "Alertmanager %1 does not answer: its silences are not known.").replace("%1", url))
    for silence, urls in kept:
        seen.add(silence.id)
        holders[silence.id] = urls
        reach[silence.id] = {fp for fp, members in held.members.items() if set(members) & set(urls)}
    return [*silences, *(silence for silence, _urls in kept)], [*polled.alerts, *held.alerts.values()]


def _with_kept(alerts: list[Alert], kept: Kept, holders: Mapping[str, tuple[str, ...]] | None,
               reach: dict[str, set[str]] | None) -> list[Alert]:
    """``alerts`` with those kept through a restart (``restart_kept.Kept``: as ``status``, ``ack``
    and the tray keep them) that they lack; with Alertmanagers that are not one cluster, each in
    ``reach`` of the silences a member that kept it holds (``holders``)."""
    listed = {a.fingerprint for a in alerts}
    if reach is not None and holders is not None:
        for sid, urls in holders.items():
            reach.setdefault(sid, set()).update(fp for fp, members in kept.members.items() if set(members) & set(urls))
    return [*alerts, *(a for fp, a in kept.alerts.items() if fp not in listed)]


def reach_of(polled: ClusterPoll) -> dict[str, set[str]]:
    """Silence ID -> the fingerprints of the alerts held by the members that hold it: where it
    can mute, with Alertmanagers that are not one cluster (a silence stays where it is made;
    review 60 V10: one on a member was said to cover another member's alert)."""
    reach: dict[str, set[str]] = {}
    for alerts, silences in polled.by_member.values():
        for silence in silences:
            reach.setdefault(silence.id, set()).update(a.fingerprint for a in alerts)
    return reach


def covers(silence: Silence, alerts: list[Alert], reach: Mapping[str, Collection[str]] | None = None) -> list[Alert]:
    """The current alerts the silence mutes (active) or will mute (pending); none once expired.
    ``reach`` (``reach_of``, members that are not one cluster): only those of the members that
    hold the silence."""
    if silence.status.state == "expired":
        return []
    if reach is not None:
        alerts = [a for a in alerts if a.fingerprint in reach.get(silence.id, ())]
    return preview(silence.matchers, alerts)


def render_json(silences: list[Silence], alerts: list[Alert],
                reach: Mapping[str, Collection[str]] | None = None,
                holders: Mapping[str, Sequence[str]] | None = None, seen: Collection[str] = (),
                kept: Mapping[str, Sequence[str]] | None = None) -> str:
    """A JSON array: each silence as the API gives it (``id``, ``status``, ``updatedAt``,
    ``comment``, ``createdBy``, ``startsAt``, ``endsAt``, ``matchers``) plus ``covers``, the
    fingerprints of the current alerts it covers (``covers``, with ``reach``), ``coveredAlerts``,
    those alerts in the same order, each ``{"fingerprint", "alertname", "keptThroughRestart"}``
    with ``"keptBy"`` for one of ``kept`` (fingerprint -> the base URLs of the members it is
    kept through the restart of: ``restart_kept.Kept.members``), as ``status --json`` says it
    (``status_json.kept_json``; the text marks them likewise, review 63 Z3), and
    ``pastGuideLimit``, the length ("36h", rounded up to the minute) of a silence longer than the
    guide's 24 h, null for any other (``silence_length.past_the_guide_text``; review 64 V1); with ``holders``
    (silence ID -> base URLs; Alertmanagers that are not one cluster, review 62 Y2) ``heldBy``,
    the members that hold it, and ``lastSeen``, true for those of ``seen`` (IDs: as the shift
    journal last saw them, their members not answering)."""
    docs = []
    for silence in silences:
        doc = msgspec.to_builtins(silence)
        doc.pop("madeFor", None)  # the tray's mark (``Silence.made_for``), not Alertmanager's: unread here
        covered = covers(silence, alerts, reach)
        doc["covers"] = [a.fingerprint for a in covered]
        doc["coveredAlerts"] = [{"fingerprint": a.fingerprint, "alertname": a.alertname,
                                 **kept_json(a.fingerprint, kept or {})} for a in covered]
        doc["pastGuideLimit"] = past_the_guide_text(silence)
        if holders is not None:
            doc["heldBy"] = list(holders.get(silence.id, ()))
            doc["lastSeen"] = silence.id in seen
        docs.append(doc)
    return json.dumps(docs, ensure_ascii=False, indent=2)


def local_time(value: dt.datetime | None, zone: dt.tzinfo | None = None) -> str:
    """A UTC datetime in ``zone`` (``Config.zone()``; None: the machine's), to the second, with
    the zone's abbreviation ("?" for None)."""
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S %Z") if value else "?"


def render_text(silences: list[Silence], alerts: list[Alert], tr: Translate, now: dt.datetime,
                zone: dt.tzinfo | None = None, reach: Mapping[str, Collection[str]] | None = None,
                holders: Mapping[str, Sequence[str]] | None = None, seen: Collection[str] = (),
                kept: Mapping[str, Sequence[str]] | None = None) -> str:
    """One block per silence: ID and state ("as last seen" for those of ``seen``, IDs), matchers,
    author, comment, window (in ``zone``), covered alerts (``covers``, with ``reach``; those of
    ``kept``, fingerprint -> members' URLs, marked kept through their restart as ``status``
    marks them, review 63 Z3), and with ``holders`` (silence ID -> base URLs) the members that
    hold it (review 62 Y2)."""
    if not silences:
        return tr("cli", "No silence.")
    states = {"active": tr("cli", "active"), "pending": tr("cli", "pending"), "expired": tr("cli", "expired")}
    labels = {
        "matchers": tr("cli", "matchers"), "author": tr("cli", "author"), "comment": tr("cli", "comment"),
        "start": tr("cli", "start"), "end": tr("cli", "end"), "covers": tr("cli", "covers"),
        "will cover": tr("cli", "will cover"),  # a pending silence covers nothing yet (review 42 F11)
        "held by": tr("cli", "held by"),
    }
    shown = {"will cover" if silence.status.state == "pending" else "covers" for silence in silences}
    width = max(len(label) for key, label in labels.items() if key in shown or key not in ("covers", "will cover", "held by")
                or (key == "held by" and holders is not None)) + 2
    blocks = []

    def label(alert: Alert, place: str) -> str:  # where it fires, what tells it apart, its fingerprint
        name = named(alert.alertname, told_place(place, alert.fingerprint)) if alert.alertname else alert.fingerprint
        if alert.fingerprint not in (kept or {}):
            return name
        return tr("cli", "%1 (kept through the restart of %2)").replace("%1", name).replace(
            "%2", ", ".join(kept[alert.fingerprint]))

    for silence in silences:
        end = local_time(silence.ends_at, zone)
        pending = silence.status.state == "pending"
        start = local_time(silence.starts_at, zone)
        if pending and silence.starts_at:
            start += " " + tr("cli", "(in %1)").replace("%1", format_duration_rounded(max(silence.starts_at - now,
                                                                                         dt.timedelta(0))))
        if silence.status.state != "expired" and silence.ends_at:
            left = max(silence.ends_at - now, dt.timedelta(0))
            end += " " + tr("cli", "(%1 left)").replace("%1", format_duration_rounded(left))
        too_long = too_long_words(silence, tr)  # made outside the app (review 63 Z2)
        if too_long:
            end += " — " + too_long
        covered = covers(silence, alerts, reach)
        rows = [
            ("matchers", " ".join(format_matcher(m) for m in silence.matchers)),
            ("author", silence.created_by),
            ("comment", silence.comment),
            ("start", start),
            ("end", end),
            ("will cover" if pending else "covers",  # review 32: "—" told nothing; 69 AI3: folded
             critical_names(covered, tr, label=label) if covered else tr("cli", "no alert now")),
        ]
        if holders is not None:
            rows.append(("held by", ", ".join(holders.get(silence.id, ())) or "?"))
        state = states.get(silence.status.state, silence.status.state)
        if silence.id in seen:
            state += "  " + tr("cli", "(as last seen in the shift journal: its Alertmanager does not answer)")
        lines = [visible(f"{silence.id}  {state}")]
        for key, value in rows:  # the covers made safe line by line (``critical_names``), under their label
            said = value.split("\n") if key in ("covers", "will cover") else [visible(value)]
            lines += [f"  {(labels[key] + ':').ljust(width)}{said[0]}", *(" " * (width + 2) + more for more in said[1:])]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
