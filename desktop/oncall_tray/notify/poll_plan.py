"""The notices of one poll (``plan``): contact lost or restored, fired, worse and resolved alerts,
by the rules of ``messages`` (issue 2). Plain notices, no Qt, no I/O (design notes, "Notifications").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..alertmanager.errors import BadResponse, CredentialsNeeded
from ..core.alert_order import same_place
from ..core.contact import ContactChange
from ..core.overview import Light
from ..core.tracker import AlertEvent, EventKind
from ..i18n import Translate
from ..reasons import translate_reason
from ..watch import PollResult
from .messages import (CONTEXT, FLAPPING_EVERY, FLAPPING_FROM, Notice, alert_notice, first_poll_notice, notice,
                       resolved_summary, summary_notice)


def plan(result: PollResult, tr: Translate, threshold: int = 3, zone: dt.tzinfo | None = None,
         flapping_told: set[str] | None = None) -> list[Notice]:
    """The notices for one poll result, most important first (a flapping alert's: see
    ``FLAPPING_FROM``).

    Args:
        result: what the poll found.
        tr: translation function.
        threshold: more new alerts than this in one poll make one summary notice (issue 2: 3).
        zone: the zone of the times written (``Config.zone()``; None: the system's).
        flapping_told: the fingerprints of the flapping alerts said to flap to this engineer
            (the tray's, emptied when a shift begins); a flapping alert not in it is said once
            more, and added (review 43 F4: its firing in the next engineer's shift, not an
            every-5th one, was not said at all). None: only ``FLAPPING_EVERY``.
    """
    notices: list[Notice] = []
    contact = result.contact
    if contact.change is ContactChange.LOST and not isinstance(result.error, CredentialsNeeded):
        # (credentials needed is not "down": the tray asks for them instead, issue 6)
        since = _clock_time(contact.lost_since, zone)
        # an answer that is not the API's (garbage, a proxy's page) is not "no answer" (review 40 F10)
        body = (tr(CONTEXT, "No usable answer since %1: %2") if isinstance(result.error, BadResponse)
                else tr(CONTEXT, "No answer since %1: %2")).replace("%1", since).replace(
            "%2", translate_reason(contact.last_error, tr))
        members = [member.url for member in result.members] if len(result.members) > 1 else []
        address = ", ".join(members) or getattr(result.error, "url", "").partition("/api/v2/")[0]
        if address:  # after a bad settings file, the default address; every member of a cluster (review 29)
            body = f"{address}\n{body}"
        title = tr(CONTEXT, "Contact with Alertmanager lost") if contact.last_success_at is not None \
            else tr(CONTEXT, "Cannot reach Alertmanager")  # never reached since the tray started
        if isinstance(result.error, BadResponse):  # it answers, but not with its API (review 41 F10)
            title = tr(CONTEXT, "No usable answer from Alertmanager")
        notices.append(notice(title, body, None, light=Light.UNREACHABLE))
    elif contact.change is ContactChange.RESTORED:
        body = tr(CONTEXT, "Alertmanager answers again (%1).").replace("%1", _clock_time(contact.last_success_at, zone))
        notices.append(notice(tr(CONTEXT, "Contact with Alertmanager restored"), body, None, quiet=True,
                               light=Light.OK))
    update = result.update
    if update is None:
        return notices
    snapshot = update.snapshot
    if update.initial:
        firing = first_poll_notice(snapshot, tr, result.seen_before)
        return notices + [firing] if firing else notices
    fired, worse, resolved, returned = [], [], [], []  # one pass: a poll may bring thousands of events to the GUI thread
    flapping = FLAPPING_FROM
    again: set[str] = set()  # fired again since the last poll: its resolution is not said (review 16)
    behind = {a.fingerprint for a in result.inhibited or ()}  # inhibited now, not resolved (review 58 T4)
    fired_kind, changed_kind, resolved_kind = EventKind.FIRED, EventKind.SEVERITY_CHANGED, EventKind.RESOLVED
    for e in update.events:
        kind = e.kind
        if kind is resolved_kind:
            if e.firings < flapping and e.alert.fingerprint not in behind:  # a flapping one's: no news (review 22)
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
        elif (kind is changed_kind and e.previous_severity is not None
              and e.severity.rank > e.previous_severity.rank and not e.alert.silenced):
            worse.append(e)
    firing = snapshot.alerts.values()
    if len(fired) > threshold:
        notices.append(summary_notice(((e.alert, e.severity) for e in fired), tr, _fired_title(fired, tr)))
    else:
        notices.extend(alert_notice(e, tr, same_place(e.alert, firing))
                       for e in sorted(fired, key=lambda e: -e.severity.rank))
    if len(returned) > threshold:  # what inhibited them resolved: not new, not flapping (code review 81 AX11)
        notices.append(summary_notice(((e.alert, e.severity) for e in returned), tr,
                                      tr(CONTEXT, "%1 alerts still firing, no longer inhibited")))
    else:
        notices.extend(alert_notice(e, tr, same_place(e.alert, firing))
                       for e in sorted(returned, key=lambda e: -e.severity.rank))
    notices.extend(alert_notice(e, tr, same_place(e.alert, firing)) for e in worse)
    if again:  # "Resolved" after "Fired again" told the engineer, last, that a firing alert was over
        resolved = [e for e in resolved if e.alert.fingerprint not in again]
    if len(resolved) > threshold:
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


def _clock_time(when: dt.datetime | None, zone: dt.tzinfo | None = None) -> str:
    """HH:MM of an aware datetime in ``zone`` (None: the system's); "?" when None."""
    return when.astimezone(zone).strftime("%H:%M") if when else "?"
