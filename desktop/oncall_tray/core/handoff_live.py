"""What Alertmanager said in the latest poll, as the shift checklists take it (no Qt;
``handoff``): its alerts, silences, the members that did not answer, or the journal's last look."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from ..alertmanager.models import Alert, Silence, one_line
from ..config_urls import unscoped
from ..url_passwords import shown_url
from ..i18n import Message, text_of
from ..reasons import translate_reason
from .durations import lasted
from .journal import Journal
from .journal_seen import looked_at, muted_at, seen_alerts, seen_silences
from .severity import Severity
from .local_times import CONTEXT, Translate, local_time
from .tracker import AlertSnapshot, order_key


@dataclass(frozen=True)
class Live:
    """What Alertmanager said in the latest poll.

    Attributes:
        alerts: fingerprint -> alert; None when Alertmanager could not be reached.
        severities: fingerprint -> severity.
        silences: silence ID -> silence (all states).
        error: why it could not be reached ("" when it was): English or a ``Message``, put in the
            reader's language where shown (``reasons.translate_reason``, ``i18n.text_of``).
        order: (sort key, fingerprint) worst first (``AlertSnapshot.order``; empty: sorted here).
        watched: the Alertmanager asked (its members' URLs), when it could not be reached: the
            journal's last look stands in only if it was there.
        polled: False before the first poll's answer, or its failure, came.
        unanswered: the cluster members that did not answer the poll (their URLs).
        unknown: the alerts of ``alerts`` that members in ``unanswered`` alone hold, as last seen
            (the tray's ``PollResult.unknown``, the journal's copy: ``handoff_unknown.with_held``):
            fingerprint -> those members' URLs.
        last_seen: ``alerts`` are the journal's last look, Alertmanager not read (``error``
            says why; ``seen_before``).
        inhibited: the alerts another alert inhibits, left out of ``alerts``, with their
            severities (``PollResult.inhibited``; none when unknown: Q6).
        seen_at: with ``last_seen``, when the journal took that look (UTC; ``journal_seen.seen_at``),
            None when unknown.
        held_silences: the IDs of ``silences`` that are the journal's copy, of members in
            ``unanswered`` (``handoff_unknown.with_held``; review 60 V9).
        answered: each member's URL -> when it last answered (UTC; the tray's
            ``PollResult.answered``, the journal's ``journal_seen.when_answered``): when what a
            member in ``unanswered`` holds was last seen (``seen_of``; review 61 X1).
        kept: the alerts of ``alerts`` kept through the restart of members that restarted lately
            and have not been sent them again yet, as the shift journal last saw them (the
            command line's ``restart_kept.with_kept``, the rule of ``ack`` and ``status``):
            fingerprint -> those members' URLs (review 63 Z3).
        credentials: Alertmanager could not be read for want of credentials (401 or 403:
            ``errors.CredentialsNeeded``), not because it is down (``stale_marker``).
    """

    alerts: Mapping[str, Alert] | None
    severities: Mapping[str, Severity] = field(default_factory=dict)
    silences: Mapping[str, Silence] = field(default_factory=dict)
    error: Message | str = ""
    order: Sequence[tuple[tuple, str]] = ()
    watched: tuple[str, ...] = ()
    polled: bool = True
    unanswered: tuple[str, ...] = ()
    unknown: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    last_seen: bool = False
    inhibited: tuple[tuple[Alert, Severity], ...] = ()
    seen_at: dt.datetime | None = None
    held_silences: frozenset[str] = frozenset()
    answered: Mapping[str, dt.datetime] = field(default_factory=dict)
    kept: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    credentials: bool = False

    @classmethod
    def of(cls, snapshot: AlertSnapshot, silences: Mapping[str, Silence], unanswered: Sequence[str] = (),
           unknown: Mapping[str, tuple[str, ...]] | None = None,
           inhibited: Sequence[tuple[Alert, Severity]] = (), held_silences: frozenset[str] = frozenset(),
           answered: Mapping[str, dt.datetime] | None = None,
           kept: Mapping[str, tuple[str, ...]] | None = None) -> Live:
        """From a tracker's ``AlertSnapshot``, the poll's silences, the members that did not answer it,
        the alerts only they hold (``PollResult.unknown``), its inhibited alerts with their severities,
        the silences only they hold (``PollResult.held_silences``: the tray marks them as the command
        line does, "as last seen at 14:07"), when each member last answered (``PollResult.answered``)
        and the alerts kept through a restart (``PollResult.kept``: fingerprint -> the members)."""
        return cls(snapshot.alerts, snapshot.severities, silences, order=snapshot.order, unanswered=tuple(unanswered),
                   unknown=dict(unknown or {}), inhibited=tuple(inhibited), held_silences=frozenset(held_silences),
                   answered=dict(answered or {}), kept=dict(kept or {}))

    def seen_of(self, fingerprint: str) -> dt.datetime | None:
        """When the alert ``fingerprint`` of ``unknown`` was last seen (UTC): the latest last
        answer (``answered``) of the members not answering that held it (every member of
        ``unanswered`` when not known); None when none of theirs is known (review 61 X1: not the
        latest poll, which they did not answer)."""
        return latest_answer(self.answered, self.unknown.get(fingerprint) or self.unanswered)

    def silence_seen(self, silence_id: str) -> dt.datetime | None:
        """When the silence ``silence_id`` of ``held_silences`` was last seen (UTC): the latest
        ``seen_of`` of the alerts of ``unknown`` it muted, else the latest last answer of the
        members of ``unanswered``; None when not known."""
        alerts = self.alerts or {}
        muting = [fp for fp in self.unknown if fp in alerts and silence_id in alerts[fp].status.silenced_by]
        times = [when for when in map(self.seen_of, muting) if when is not None]
        return max(times) if times else latest_answer(self.answered, self.unanswered)

    def adding(self, alerts: Mapping[str, Alert], severities: Mapping[str, Severity], **changes) -> Live:
        """This answer with ``alerts`` (fingerprint -> alert; their ``severities``) added, in its
        order worst first with the others (``tracker.order_key``), and ``changes`` (other fields)."""
        merged, levels = {**(self.alerts or {}), **alerts}, {**self.severities, **severities}
        order = sorted((order_key(alert, levels.get(fp, Severity.UNKNOWN)), fp) for fp, alert in merged.items())
        return dataclasses.replace(self, alerts=merged, severities=levels, order=tuple(order), **changes)

    @property
    def reached(self) -> bool:
        """True when these are Alertmanager's current answers."""
        return self.alerts is not None and not self.last_seen

    def seen_before(self, journal: Journal, at: dt.datetime) -> Live:
        """This answer, or when Alertmanager was not read, the alerts firing as ``journal`` last
        saw them on it (``seen_alerts``), marked ``last_seen``, with when it saw them
        (``seen_at``): as the tray keeps its last known alerts, marked stale (review 20;
        fresh-user review P3: "none received" beside silences shown as last seen). A silence
        whose end, as last seen, is past at ``at`` mutes none of them: it ended (review 59 U7:
        an alert shown "silenced" by a silence that had ended 3 minutes before). This answer as
        it is (``alerts`` None: not known, ``unknown_words``) when the journal never recorded an
        answer of it (``journal_seen.looked_at``: a brand-new journal; fresh-user review 71 AP2:
        "0 … as last seen" before anything had ever answered); one that answered before the
        journal followed another Alertmanager is its last look, with none firing too (code review
        78 AR6: "nothing received from" it, and with one firing its count), when that was from its
        members' last answers."""
        if self.alerts is not None:
            return self
        seen, severities = seen_alerts(journal, self.watched)
        ever, when = looked_at(journal, self.watched)
        if not seen and not ever:  # never a look at it: unknown, not "0, as last seen" (fresh-user review 71 AP2)
            return self
        silences = seen_silences(journal, self.watched) if any(a.silenced for a in seen.values()) else {}
        seen = {fingerprint: muted_at(alert, silences, at) for fingerprint, alert in seen.items()}
        return dataclasses.replace(self, alerts=seen, severities=severities, last_seen=True, seen_at=when)


def watched_words(live: Live) -> str:
    """The Alertmanager ``live`` asked, as messages show it: its members' URLs without their scope,
    passwords masked (``url_passwords.shown_url``), ", "-joined; "Alertmanager" when not known."""
    return ", ".join(dict.fromkeys(shown_url(unscoped(url)) for url in live.watched)) or "Alertmanager"


def unknown_words(live: Live, tr: Translate) -> str:
    """What the start checklist says of the active alerts when nothing is known of them
    (``Live.alerts`` None after ``Live.seen_before``: not read, the journal has no look of its
    own): "unknown: nothing received from http://localhost:9093 (connection refused); to change
    the address: Settings… or --alertmanager" (fresh-user review 71 AP2: "0, as last seen", and
    no address, on a brand-new journal)."""
    why = translate_reason(live.error, tr) or tr(CONTEXT, "Alertmanager unreachable")
    return tr(CONTEXT, "unknown: nothing received from %1 (%2); to change the address: Settings… or --alertmanager"
              ).replace("%2", one_line(why)).replace("%1", watched_words(live))


def kept_words(live: Live, fingerprint: str, tr: Translate) -> str:
    """"kept through the restart of http://am1:9093" for an alert of ``Live.kept`` (as ``status``
    marks it); its members' URLs."""
    return tr(CONTEXT, "kept through the restart of %1").replace("%1", ", ".join(live.kept.get(fingerprint, ())))


def kept_marker(live: Live | None, fingerprint: str, tr: Translate) -> str:
    """" (kept through the restart of http://am1:9093)" (``kept_words``) after a pending item of
    the end report about an alert of ``Live.kept`` (as ``status`` and ``silence list`` mark it;
    the report said the restart in its Observations only); "" for any other alert, or no
    ``live``. Said in the item's text, not in its ``Suggestion.situation``: an item left out stays
    out once Prometheus sends its alert again, its words otherwise the same."""
    return f" ({kept_words(live, fingerprint, tr)})" if live is not None and fingerprint in live.kept else ""


def kept_line(live: Live | None, tr: Translate, said: Collection[str] = ()) -> str:
    """"Alertmanager http://am1:9093 restarted: the alerts it held before are kept, as the shift
    journal last saw them, until Prometheus sends them again (within minutes)" for the members
    ``live``'s kept alerts (``Live.kept``) are kept through the restart of; "" when none is
    (review 63 Z3: the command line's start checklist said neither the alerts nor the restart);
    those of ``said`` (URLs: their restart said otherwise) left out."""
    members = [url for url in dict.fromkeys(url for urls in (live.kept.values() if live is not None else ())
                                            for url in urls) if url not in said]
    if not members:
        return ""
    return tr(CONTEXT, "Alertmanager %1 restarted: the alerts it held before are kept, as the shift journal last saw "
                       "them, until Prometheus sends them again (within minutes)").replace("%1", ", ".join(members))


def latest_answer(answered: Mapping[str, dt.datetime], members: Sequence[str]) -> dt.datetime | None:
    """The latest time (UTC) ``answered`` (member URL -> when it last answered) gives one of
    ``members`` (URLs): when what they held was last seen; None when it gives none of them."""
    return max((answered[url] for url in members if url in answered), default=None)


#: The context of ``seen_words`` said of one thing (one alert, one silence): the same English,
#: where Portuguese's participle agrees ("como visto por último", several "como vistos"; fresh-user
#: review 70 AK2). A context of its own: the command line's catalogue has no plural forms.
ONE_CONTEXT = "handoff_one"


def seen_words(seen: dt.datetime | None, zone: dt.tzinfo | None, now: dt.datetime, tr: Translate,
               one: bool = False) -> str:
    """How the checklists mark what they list as the journal last saw it: "as last seen at
    14:07, 12 min ago" (``seen``: when, ``Live.seen_at``, in ``zone``; its age at ``now``), or
    "as last seen" when that time is not known (review 59 U7: a 12-minute-old picture read as
    the present). ``one``: said of one alert or silence, not of a list (``ONE_CONTEXT``)."""
    if seen is None:
        return tr(ONE_CONTEXT, "as last seen") if one else tr(CONTEXT, "as last seen")
    if (now - seen).total_seconds() < 60:  # not "0 min ago"
        text = (tr(ONE_CONTEXT, "as last seen at %1, under a minute ago") if one
                else tr(CONTEXT, "as last seen at %1, under a minute ago"))
        return text.replace("%1", local_time(seen, zone, now, tr))
    text = tr(ONE_CONTEXT, "as last seen at %1, %2 ago") if one else tr(CONTEXT, "as last seen at %1, %2 ago")
    return text.replace("%1", local_time(seen, zone, now, tr)).replace("%2", lasted((now - seen).total_seconds()))


def seen_title(seen: dt.datetime | None, error: Message | str, zone: dt.tzinfo | None, now: dt.datetime,
               tr: Translate) -> str:
    """A shift window's section title's mark for what it lists as last seen: ``seen_words``,
    then why Alertmanager was not read (``error``'s words before its body, reviews 34 and 37,
    in ``tr``'s language; "Alertmanager unreachable" without one)."""
    why = translate_reason(text_of(error, tr).split(" — ")[0], tr) or tr(  # (in words: review 27)
        CONTEXT, "Alertmanager unreachable")
    return seen_words(seen, zone, now, tr) + ": " + why


def stale_marker(live: Live, tr: Translate) -> str:
    """What the handoff's pending items taken from the journal's last look say after them when
    Alertmanager could not be read (``live.alerts`` None), in ``tr``'s language: "(as last
    seen: credentials needed)" when it asked for credentials (``live.credentials``), as
    ``status`` and the tray word it, else "(as last seen: Alertmanager unreachable)" (review 75
    BD5: a 401 was called unreachable)."""
    if live.credentials:
        return tr(CONTEXT, "(as last seen: credentials needed)")
    return tr(CONTEXT, "(as last seen: Alertmanager unreachable)")


def not_read(credentials: bool, tr: Translate) -> str:
    """Why what is listed is the journal's last look, after its "as last seen at 14:05" (the
    silences' line of the checklists): "credentials needed" when Alertmanager asked for them
    (``Live.credentials``; review 75 BD5), else "Alertmanager unreachable"."""
    return tr(CONTEXT, "credentials needed") if credentials else tr(CONTEXT, "Alertmanager unreachable")
