"""The notices of one poll (``plan``): contact lost or restored, fired, worse and resolved alerts,
by the rules of ``messages`` (issue 2). Plain notices, no Qt, no I/O (design notes, "Notifications").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from ..alertmanager.errors import BadResponse, CredentialsNeeded
from ..core.alert_order import same_place
from ..core.contact import ContactChange
from ..core.local_times import local_time
from ..core.overview import Light
from ..core.tracker import AlertEvent, AlertSnapshot, EventKind
from ..i18n import Translate
from ..reasons import translate_reason
from ..url_passwords import shown_url
from ..watch import PollResult
from .messages import (FLAPPING_EVERY, FLAPPING_FROM, Notice, alert_notice, first_poll_notice, notice,
                       resolved_summary, summary_notice)


#: ``messages.CONTEXT``, spelled here: the translation extractor reads a module's own string
#: constants only (imported, every string of ``plan`` was left out of the catalogues).
CONTEXT = "notifications"

def plan(result: PollResult, tr: Translate, threshold: int = 3, zone: dt.tzinfo | None = None,
         flapping_told: set[str] | None = None, now: dt.datetime | None = None) -> list[Notice]:
    """The notices for one poll result, most important first (a flapping alert's: see
    ``FLAPPING_FROM``).

    Args:
        result: what the poll found.
        tr: translation function.
        threshold: more per-alert notices than this in one poll (fired, back from behind an
            inhibition, raised in severity and resolved alerts counted together) and each kind
            of them with more than one alert is said in one summary notice (issue 2: "more than
            3 new alerts, one summary"; code review 81 AX6: 12 alerts raised to critical gave 12
            urgent notices).
        zone: the zone of the times written (``Config.zone()``; None: the system's).
        flapping_told: the fingerprints of the flapping alerts said to flap to this engineer
            (the tray's, emptied when a shift begins); a flapping alert not in it is said once
            more, and added (review 43 F4: its firing in the next engineer's shift, not an
            every-5th one, was not said at all). None: only ``FLAPPING_EVERY``.
        now: when the poll ended (UTC; None: the clock's): a time of another day is written with
            its date (code review 81 AX9: "No answer since 18:02" of last Friday).
    """
    notices: list[Notice] = []
    contact = result.contact
    if contact.change is ContactChange.LOST and not isinstance(result.error, CredentialsNeeded):
        # (credentials needed is not "down": the tray asks for them instead, issue 6)
        since = _clock_time(contact.lost_since, zone, now, tr)
        # an answer that is not the API's (garbage, a proxy's page) is not "no answer" (review 40 F10)
        body = (tr(CONTEXT, "No usable answer since %1: %2") if isinstance(result.error, BadResponse)
                else tr(CONTEXT, "No answer since %1: %2")).replace("%1", since).replace(
            "%2", translate_reason(contact.last_error, tr))
        members = [member.url for member in result.members] if len(result.members) > 1 else []
        # passwords masked as every message shows a URL (bdleft1: it was the error's URL as sent)
        address = ", ".join(map(shown_url, members)) or shown_url(getattr(result.error, "url", "").partition(
            "/api/v2/")[0])
        if address:  # after a bad settings file, the default address; every member of a cluster (review 29)
            body = f"{address}\n{body}"
        title = tr(CONTEXT, "Contact with Alertmanager lost") if contact.last_success_at is not None \
            else tr(CONTEXT, "Cannot reach Alertmanager")  # never reached since the tray started
        if isinstance(result.error, BadResponse):  # it answers, but not with its API (review 41 F10)
            title = tr(CONTEXT, "No usable answer from Alertmanager")
        notices.append(notice(title, body, None, light=Light.UNREACHABLE))
    elif contact.change is ContactChange.RESTORED:
        body = tr(CONTEXT, "Alertmanager answers again (%1).").replace(
            "%1", _clock_time(contact.last_success_at, zone, now, tr))
        notices.append(notice(tr(CONTEXT, "Contact with Alertmanager restored"), body, None, quiet=True,
                               light=Light.OK))
    update = result.update
    if update is None:
        return notices
    snapshot = update.snapshot
    if update.initial:
        firing = first_poll_notice(snapshot, tr, result.seen_before)
        return notices + [firing] if firing else notices
    # one pass: a poll may bring thousands of events to the GUI thread
    fired, worse, lowered, resolved, returned = [], [], [], [], []
    flapping = FLAPPING_FROM
    again: set[str] = set()  # fired again since the last poll: its resolution is not said (review 16)
    fired_kind, changed_kind, resolved_kind = EventKind.FIRED, EventKind.SEVERITY_CHANGED, EventKind.RESOLVED
    for e in update.events:
        kind = e.kind
        if kind is resolved_kind:
            # (one behind an inhibition now is no RESOLVED: only a firing that ended, code review 82B AZ2)
            if e.firings < flapping:  # a flapping one's: no news (review 22)
                resolved.append(e)
        elif kind is fired_kind:
            again.add(e.alert.fingerprint)
            fp = e.alert.fingerprint
            if e.returned:  # back from behind an inhibition: said each time, never as flapping (AX11)
                if not e.alert.silenced:
                    returned.append(e)
            elif not e.alert.silenced and (e.firings <= flapping or e.firings % FLAPPING_EVERY == 0 or (
                    flapping_told is not None and fp not in flapping_told)):
                fired.append(e)
                if flapping_told is not None and e.firings >= flapping:
                    flapping_told.add(fp)
        elif kind is changed_kind and e.previous_severity is not None and not e.alert.silenced:
            if e.severity.rank > e.previous_severity.rank:
                worse.append(e)
            elif e.severity.rank < e.previous_severity.rank:  # quietly (review 74 BB6)
                lowered.append(e)
    if again:  # "Resolved" after "Fired again" told the engineer, last, that a firing alert was over
        resolved = [e for e in resolved if e.alert.fingerprint not in again]
    by_rank = lambda e: -e.severity.rank  # noqa: E731
    return notices + _alert_notices(sorted(fired, key=by_rank), sorted(returned, key=by_rank), worse, lowered,
                                    resolved, snapshot, tr, threshold)


def _alert_notices(fired: list[AlertEvent], returned: list[AlertEvent], worse: list[AlertEvent],
                   lowered: list[AlertEvent], resolved: list[AlertEvent], snapshot: AlertSnapshot, tr: Translate,
                   threshold: int) -> list[Notice]:
    """A poll's notices of alerts fired, back from behind an inhibition, raised in severity,
    lowered in severity (quiet) and resolved, in that order: one each while there are at most
    ``threshold`` of them in all; else one summary of each kind with more than one alert (``plan``)."""
    many = len(fired) + len(returned) + len(worse) + len(lowered) + len(resolved) > threshold
    firing = snapshot.alerts.values()
    notices: list[Notice] = []
    titles = ((fired, lambda: _fired_title(fired, tr)),
              # what inhibited them resolved: not new, not flapping (code review 81 AX11)
              (returned, lambda: tr(CONTEXT, "%1 alerts still firing, no longer inhibited")),
              (worse, lambda: tr(CONTEXT, "%1 alerts raised in severity")),
              # still firing, less serious: quiet, not the resolved look (review 74 BB6)
              (lowered, lambda: tr(CONTEXT, "%1 alerts lowered in severity")))
    for events, title in titles:
        if many and len(events) > 1:
            said = summary_notice(((e.alert, e.severity) for e in events), tr, title())
            notices.append(dataclasses.replace(said, quiet=True) if events is lowered else said)
        else:
            notices.extend(alert_notice(e, tr, same_place(e.alert, firing)) for e in events)
    if many and len(resolved) > 1:
        notices.append(resolved_summary(((e.alert, e.severity) for e in resolved), tr))
    else:
        ended = [e.alert for e in resolved]
        notices.extend(alert_notice(e, tr, same_place(e.alert, [*firing, *ended])) for e in resolved)
    return notices


def _fired_title(fired: Sequence[AlertEvent], tr: Translate) -> str:
    """The title of a summary of fired alerts: "%1 new alerts", or, when some fired before within
    the hour (review 29: a flapping storm said "5 new alerts" four times over), "%1 alerts fired
    again (flapping)", "%1 alerts fired again", or "%1 alerts fired, %2 of them again"."""
    again = sum(1 for e in fired if e.firings > 1)
    if not again:
        return tr(CONTEXT, "%1 new alerts")
    if again < len(fired):
        return tr(CONTEXT, "%1 alerts fired, %2 of them again").replace("%2", str(again))
    if all(e.firings >= FLAPPING_FROM for e in fired):
        return tr(CONTEXT, "%1 alerts fired again (flapping)")
    return tr(CONTEXT, "%1 alerts fired again")


def _clock_time(when: dt.datetime | None, zone: dt.tzinfo | None = None, now: dt.datetime | None = None,
                tr: Translate | None = None) -> str:
    """HH:MM of an aware datetime in ``zone`` (None: the system's), with its date in the
    language's layout (``tr``) when not on ``now``'s day (UTC; None: the clock's), as every time
    shown (``core.local_times.local_time``); "?" when None."""
    return local_time(when, zone, now or dt.datetime.now(dt.timezone.utc), tr) if when else "?"
