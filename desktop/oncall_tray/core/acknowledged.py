"""Whether an alert is already acknowledged, and by which silence (no Qt, no I/O).

The one rule that ``oncall-tray ack``, the tray's *Acknowledge*, the alerts window's state
column, ``status`` and the shift journal share (``acknowledges``): an alert is acknowledged
while a silence that is the guide's acknowledgement of it mutes it, whether Alertmanager already
lists the silence in the alert's ``silencedBy`` or the silence is active and its matchers match
the alert's labels (a silence created a moment ago, before Alertmanager re-evaluated the alert).
Acknowledging it again would only add a second silence: the engineer extends the first one
instead (``oncall-tray silence extend ID``, or *Extend* in the alert's details). An alert muted
only by another silence (maintenance, a known issue, a silence of a whole service) is *muted*,
not acknowledged: acknowledging it gives it its own acknowledgement (review 38: ``ack`` refused,
"already acknowledged" by a 15-minute ``severity="critical" service="backend"`` silence, while
the handoff left the alert out as not acknowledged).

Texts are English, marked for translation in context ``"silencing"``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from ..alertmanager.matchers import matches_all
from ..alertmanager.models import Alert, Matcher, Silence, SilenceStatus
from .local_times import local_time

#: ``tr(context, source_text) -> str``.
Translate = Callable[[str, str], str]
#: The alerts window's context, where the state words are shown.
ALERTS = "alerts"

#: Silences at least this long are maintenance or known issues, not acknowledgements: halfway
#: between the guide's investigation silence (15 min) and its maintenance one (1 h).
MAINTENANCE = dt.timedelta(minutes=45)
#: A silence made to start more than this after it was made is scheduled (planned maintenance),
#: not an answer to an alert; the margin allows for the clocks of its maker and Alertmanager.
SCHEDULED_AHEAD = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class Acknowledgement:
    """The silence that already acknowledges an alert.

    Attributes:
        silence_id: its ID.
        author: its ``createdBy`` ("" when the silence itself is not among those known).
        ends_at: its end, aware UTC (None when not known).
    """

    silence_id: str
    author: str = ""
    ends_at: dt.datetime | None = None

    def text(self, alertname: str, tr: Translate, zone: dt.tzinfo, now: dt.datetime) -> str:
        """"APIDown is already acknowledged by ana until 14:05 (silence <ID>)." in ``tr``'s
        language; the end in ``zone`` (with its date when not on ``now``'s day)."""
        if self.author and self.ends_at is not None:
            text = tr("silencing", "%1 is already acknowledged by %2 until %3 (silence %4).").replace(
                "%2", self.author).replace("%3", local_time(self.ends_at, zone, now, tr)).replace(
                "%4", self.silence_id)
        else:
            text = tr("silencing", "%1 is already acknowledged (silence %2).").replace("%2", self.silence_id)
        return text.replace("%1", alertname or "?")


def acknowledgement(alert: Alert, silences: Iterable[Silence], on_call: str = "") -> Acknowledgement | None:
    """The silence that acknowledges ``alert`` (``acknowledges``), or None when none does.

    Args:
        alert: a current alert (its ``status.silenced_by`` as Alertmanager last reported it).
        silences: the known silences, any state (``AlertmanagerClient.silences()``, or the
            values of the tray's silence map).
        on_call: the engineer on call, whose silences alone acknowledge without ``ACK``
            (``acknowledges``); "": anyone's.
    Returns:
        among the active silences listed in ``silencedBy`` or matching the alert's labels that
        acknowledge it, the one that ends last (the alert stays acknowledged until then); a
        silence ID of ``silencedBy`` that is not among ``silences`` (it cannot be judged: taken
        as one); None otherwise, also when only other silences mute it
        (``muting``).
    """
    silences = list(silences)
    muting_now, listed = _muting(alert, silences)
    acks = [s for s in muting_now if acknowledges_alert(s, alert, on_call)]
    if acks:
        return _last(acks)
    unknown = listed - {s.id for s in silences}
    return Acknowledgement(sorted(unknown)[0]) if unknown else None


def acknowledged(alert: Alert, silences: Iterable[Silence], on_call: str = "") -> bool:
    """Whether ``alert`` is silenced by its acknowledgement (``acknowledgement``): one muted by
    another silence is not, and can be acknowledged (review 39: the window's Acknowledge was
    greyed out for it, and the tray menu never offered it); ``on_call`` as ``acknowledgement``'s."""
    return alert.silenced and acknowledgement(alert, silences, on_call) is not None


def muting(alert: Alert, silences: Iterable[Silence]) -> Acknowledgement | None:
    """The active silence that mutes ``alert`` and ends last, whatever it is (an acknowledgement
    or not; ``acknowledgement``), as an ``Acknowledgement``; None when none is known to."""
    muting_now, _listed = _muting(alert, silences)
    return _last(muting_now) if muting_now else None


def ran_out(alert: Alert, silences: Iterable[Silence], acknowledged_at: dt.datetime) -> bool:
    """Whether the acknowledgement made at ``acknowledged_at`` (aware UTC, as the shift journal
    recorded it) has run out while ``alert`` fires (``run_out``)."""
    return run_out(alert, silences, acknowledged_at) is not None


def run_out(alert: Alert, silences: Iterable[Silence], acknowledged_at: dt.datetime) -> Silence | None:
    """The silence whose end ran out the acknowledgement made at ``acknowledged_at`` (aware UTC,
    as the shift journal recorded it) while ``alert`` fires, the last to end; None when it has
    not run out. It has when nothing mutes the alert now, and a silence of it that Alertmanager
    lists as expired ended at or after that time (it ran its length, or was expired by hand:
    ``expired_by_hand``) and after the alert's current firing began (``fired_time``, as
    ``sla.Acknowledgements`` takes an expired acknowledgement of this firing): one that ended
    before it ran out on an earlier firing, not on this one (code review 64 K8: a tray started
    again said "Acknowledgement ran out … the alert still fires" of an alert that had resolved
    and fired again, unacknowledged, while it was off). A silence Alertmanager no longer lists
    (restarted without its data) is not taken as run out: the response was made (review 32);
    one that ran out is (review 46 F1: a critical alert whose acknowledgement ended went on
    firing without a reminder)."""
    silences = list(silences)
    if alert.silenced or muting(alert, silences) is not None:
        return None
    fired = fired_time(alert)
    ended = [s for s in silences if s.status.state == "expired" and s.ends_at is not None
             and s.ends_at >= acknowledged_at and (fired is None or s.ends_at > fired) and _mutes(s, alert)]
    return max(ended, key=lambda s: s.ends_at) if ended else None


def ended_by_hand(alert: Alert, silences: Iterable[Silence], acknowledged_at: dt.datetime) -> bool:
    """Whether the acknowledgement made at ``acknowledged_at`` (``run_out``) was expired by hand
    (``expired_by_hand``) rather than running its length: someone ended it, it did not "end"
    (review 59 U1)."""
    found = run_out(alert, silences, acknowledged_at)
    return found is not None and expired_by_hand(found)


def expired_by_hand(silence: Silence) -> bool:
    """Whether ``silence`` was ended before its time (Alertmanager's expiry sets ``updatedAt`` to
    the end it gives the silence), rather than running its length."""
    return silence.updated_at is not None and silence.ends_at is not None and silence.updated_at >= silence.ends_at


def _muting(alert: Alert, silences: Iterable[Silence]) -> tuple[list[Silence], set[str]]:
    listed = set(alert.status.silenced_by)
    return [s for s in silences if s.status.state == "active" and (s.id in listed or _mutes(s, alert))], listed


def _last(silences: list[Silence]) -> Acknowledgement:
    last = max(silences, key=lambda s: s.ends_at or dt.datetime.max.replace(tzinfo=dt.timezone.utc))
    return Acknowledgement(last.id, last.created_by, last.ends_at)


def fired_time(alert: Alert) -> dt.datetime | None:
    """When ``alert`` fired, as every acknowledgement rule takes it (aware UTC; None when not
    known): its ``startsAt``, or, when that is later than Alertmanager's ``updatedAt`` (a start
    in the future: posted without one, or by a sender whose clock runs ahead;
    ``tracker.FUTURE_START_SKEW``), its ``updatedAt``, when Alertmanager last received it. The
    State column, *Acknowledge*, the response clock (``sla.Acknowledgements``) and the shift
    journal (``journal_feed``) share it, so that they agree whether a silence made since is the
    alert's acknowledgement (review 61 X13)."""
    fired = alert.starts_at
    if fired is not None and alert.updated_at is not None and fired > alert.updated_at:
        return alert.updated_at
    return fired


def acknowledges_alert(silence: Silence, alert: Alert, on_call: str = "") -> bool:
    """``acknowledges`` for ``alert``: its labels, fired when ``fired_time`` says. A silence made
    from ``alert``'s own *Silence…* dialog (``Silence.made_for`` its fingerprint, as the shift
    journal recorded it: ``core.made_for``) is about it whatever its matchers, while it mutes it
    (a matcher widened to a regular expression, a label left out): it acknowledges it when it is
    the engineer's answer (``acknowledges``' second part). For every other alert it mutes the
    rule is unchanged (note 44, code review 86 BG1: counted for each, it acknowledged alerts nobody
    had opened)."""
    if silence.made_for and silence.made_for == alert.fingerprint and _mutes(silence, alert):
        return _answers(silence, fired_time(alert), on_call)
    return acknowledges(silence, alert.labels, fired_time(alert), on_call)


def would_acknowledge(matchers: Iterable[Matcher], author: str, comment: str, alert: Alert, on_call: str,
                      now: dt.datetime, length: dt.timedelta, made_for: str = "") -> bool:
    """Whether a silence of ``matchers`` by ``author`` commented ``comment``, from ``now`` (aware
    UTC) for ``length``, would be the guide's acknowledgement of ``alert`` (``acknowledges_alert``,
    the engineer ``on_call``), made from the *Silence…* dialog of the alert ``made_for`` (its
    fingerprint; "": not from a dialog): what that dialog says before it is made (review 75 BD3)."""
    made = Silence(id="", matchers=tuple(matchers), starts_at=now, ends_at=now + length, created_by=author,
                   comment=comment, status=SilenceStatus(state="active"), updated_at=now, made_for=made_for)
    return acknowledges_alert(made, alert, on_call)


def acknowledges(silence: Silence, labels: Mapping[str, str], fired_at: dt.datetime | None = None,
                 on_call: str = "") -> bool:
    """Whether a silence is the guide's acknowledgement of the alert with these ``labels`` (it
    opens an incident), rather than maintenance, a known issue or a silence of many alerts.

    The guide's engineer acknowledges *an alert*: ``oncall-tray ack`` and the tray's
    *Acknowledge* silence the alert's own labels with exact matchers, for 15 min, commented
    ``ACK! ...`` (design notes, "Acknowledge"); amtool and the Alertmanager UI can do the same.
    So a silence acknowledges the alert when both hold:

    * it is about that alert: every matcher is an equality (``isEqual``, not ``isRegex``) whose
      value is the alert's own label value, and one of them names the alert (``alertname``;
      for an alert without one, ``alertname=""`` as ``ack`` and *Acknowledge* make it, or
      matchers naming every label of it: review 63 Z1, ``ack`` of such an alert was called
      "silenced" by a silence of more alerts). A
      regex (``alertname=~"Bulk.*"``), a negative matcher, or a silence of a host or a service
      without the alert's name mutes many alerts at once: it is a silence, not an
      acknowledgement of each, however short, whatever its comment and whoever made it. That
      holds for the on-call engineer's silence made from one alert's *Silence…* dialog with a
      matcher widened to a regular expression too (``instance=~".*"``): review 75 BD3 had it
      count, and it then acknowledged every alert of that name it muted, also one nobody had
      opened (code review 86 BG1: its response clock and reminders stopped, the handoff listed it
      acknowledged). Only for the alert whose dialog made it is such a silence about it
      (``acknowledges_alert``, ``Silence.made_for``); the dialog says so before it is made;
    * it is the engineer's answer to it: its comment starts with ``ACK`` (this app's and
      kthxbye's convention), or the silence began after the alert fired, whatever its length
      and the alert's severity (an alert silenced while it fires is being handled: review 18
      for a critical one silenced 1 h, review 21 for a warning silenced 1 h "CRM-5120" and an
      info one acknowledged from the command line, each missing from the handoff's "Incidentes
      Tratados" and "Pendências"), or, when the alert's start is not known, it lasts less than
      ``MAINTENANCE`` (the guide's investigation silences last 15 min; maintenance 1 h, known
      issues 24 h). A maintenance silence made before the alert fired is not one, nor one made
      to start more than ``SCHEDULED_AHEAD`` after it was made (its ``updatedAt``: planned
      maintenance; review 56 Q15), nor a silence without a start or an end and without ``ACK``.
      Without ``ACK``, only the engineer on call's (``on_call``, when known) answers it: a
      colleague's silence made while it fires, "Manutenção programada do host", is maintenance,
      not the shift's acknowledgement (review 59 U1: the handoff said the alert "acknowledged by
      Carla Dias", who had never touched it). A colleague's ``ACK`` is one (review 56 Q8).

    Args:
        silence: a silence muting the alert.
        labels: the alert's labels.
        fired_at: when the alert fired, aware UTC (``fired_time``: its ``startsAt`` unless in the
            future; None when not known). Given an ``Alert``, use ``acknowledges_alert``.
        on_call: the engineer on call (the open shift's; ``shifts.on_call_engineer``), compared
            with the silence's ``createdBy`` regardless of case and spacing; "" when not known.
    """
    matchers = silence.matchers
    if not matchers or not _names_alert(matchers, labels):
        return False
    if not all(m.is_equal and not m.is_regex and labels.get(m.name, "") == m.value for m in matchers):
        return False
    return _answers(silence, fired_at, on_call)


def _answers(silence: Silence, fired_at: dt.datetime | None, on_call: str) -> bool:
    """``acknowledges``' second part: whether ``silence`` is the engineer's answer to the alert
    that fired at ``fired_at`` (see there)."""
    if silence.comment.strip().upper().startswith("ACK"):
        return True
    if silence.starts_at is None or silence.ends_at is None:
        return False
    if on_call.strip() and not same_person(silence.created_by, on_call):
        return False  # a colleague's maintenance, not the shift's answer (review 59 U1)
    if silence.updated_at is not None and silence.starts_at - silence.updated_at > SCHEDULED_AHEAD:
        return False  # made to start later: planned maintenance (review 56 Q15)
    if fired_at is not None:
        return silence.starts_at >= fired_at
    return silence.ends_at - silence.starts_at < MAINTENANCE


def _names_alert(matchers, labels: Mapping[str, str]) -> bool:
    """Whether ``matchers`` name the alert of ``labels`` (``acknowledges``): an ``alertname``
    matcher; for an alert without an alertname, also matchers of each of its labels (a silence
    made as amtool would, without ``alertname=""``). Their values are checked by the caller."""
    names = {m.name for m in matchers}
    return "alertname" in names or (not labels.get("alertname") and names >= set(labels))


def same_person(name: str, other: str) -> bool:
    """Whether two names typed by people are the same engineer's: equal once their spacing is
    collapsed and their case folded ("Bruno  Lima" is "bruno lima"); blank is nobody."""
    first, second = " ".join(name.split()).casefold(), " ".join(other.split()).casefold()
    return bool(first) and first == second


def _mutes(silence: Silence, alert: Alert) -> bool:
    """Whether the silence's matchers match the alert's labels; a regular expression that
    Python's ``re`` does not accept (RE2 syntax such as ``\\pL``) counts as no match, and
    Alertmanager's ``silencedBy`` decides."""
    try:
        return matches_all(silence.matchers, alert.labels)
    except re.error:
        return False


def state_words(alert: Alert, silences: Iterable[Silence], now: dt.datetime, zone: dt.tzinfo | None, tr: Translate,
                stale: bool = False, short: bool = False, responded: bool = False, author: bool = True,
                on_call: str = "") -> str:
    """An alert's state in the alerts window (context "alerts"): "firing", "acknowledged by ana
    until 14:05" (the end in ``zone``, with its date when not on ``now``'s day, the year too
    unless ``short``), "acknowledged", or "inhibited". While ``stale`` (data from an earlier
    poll), an acknowledgement whose end has passed reads "acknowledgement by ana ended at
    14:05": Alertmanager no longer mutes the alert, the next poll says. ``short``: the table's
    cell, where the sentence would be cut after the name: "✓ ana until 14:05". ``responded``: its
    response clock stopped (``SlaClock.responded``) though no silence mutes it now (one that ran
    out, or was lost with Alertmanager's data): "firing, responded" (review 33). Muted by a
    silence that is no acknowledgement of it (maintenance, a whole service, a colleague's without
    ``ACK`` when ``on_call`` is known: ``acknowledges``): "silenced by Carla Dias until 14:05:
    Manutenção programada do host" (its comment; review 59 U1), short "muted until 14:05"
    (review 38). Not ``author``: the short
    acknowledgement without its author, "✓ until 14:05" (the cell's room for an escalation after it).
    Silenced and inhibited as well (listed, as the others silenced): ", inhibited" after it."""
    text = _state_words(alert, list(silences), now, zone, tr, stale, short, author, responded, on_call)
    return tr(ALERTS, "%1, inhibited").replace("%1", text) if alert.silenced and alert.inhibited else text


def _state_words(alert: Alert, silences: list[Silence], now: dt.datetime, zone: dt.tzinfo | None, tr: Translate,
                 stale: bool, short: bool, author: bool, responded: bool = False, on_call: str = "") -> str:
    """``state_words`` without the inhibition of an alert silenced."""
    found = acknowledgement(alert, silences, on_call) if alert.silenced else None
    if found is None and alert.silenced:  # only by a silence that is no acknowledgement of it (review 38)
        muted = muting(alert, silences)
        if muted is None or not muted.author or muted.ends_at is None:
            return tr(ALERTS, "muted")
        end = local_time(muted.ends_at, zone, now, tr, year=not short)
        if short:
            return tr(ALERTS, "muted until %2").replace("%2", end)
        return silenced_by(muted, silences, end, tr)
    if found is None:
        if alert.inhibited:
            return tr(ALERTS, "inhibited")
        return tr(ALERTS, "firing, responded") if responded and not alert.silenced else tr(ALERTS, "firing")
    if not found.author or found.ends_at is None:
        return tr(ALERTS, "acknowledged")
    end = local_time(found.ends_at, zone, now, tr, year=not short)
    if stale and found.ends_at <= now:
        text = tr(ALERTS, "ack ended %2") if short else tr(ALERTS, "acknowledgement by %1 ended at %2")
    else:
        text = (tr(ALERTS, "✓ %1 until %2") if author else tr(ALERTS, "✓ until %2")) if short \
            else tr(ALERTS, "acknowledged by %1 until %2")
    return text.replace("%1", found.author).replace("%2", end)


def silenced_by(muted: Acknowledgement, silences: Iterable[Silence], end: str, tr: Translate) -> str:
    """"silenced by Carla Dias until 15:32: Manutenção programada do host": the silence ``muted``
    (``muting``) that is no acknowledgement, its author, ``end`` (as shown) and its comment on
    one line (none: without it); the alerts window's words (context "alerts"), also said by
    ``oncall-tray ack`` and the tray's *Acknowledge* (review 59 U1)."""
    comment = next((" ".join(s.comment.split()) for s in silences if s.id == muted.silence_id), "")
    text = tr(ALERTS, "silenced by %1 until %2: %3") if comment else tr(ALERTS, "silenced by %1 until %2")
    return text.replace("%1", muted.author or "?").replace("%2", end).replace("%3", comment)


def vanished_acknowledgements(before: Mapping[str, Alert], silences_before: Mapping[str, Silence],
                              silences_now: Mapping[str, Silence], alerts_now: Mapping[str, Alert],
                              now: dt.datetime) -> list[tuple[Alert, Silence]]:
    """The acknowledgements that vanished between two polls of one Alertmanager: a silence that
    was active and not yet at its end (``now``, aware UTC), that muted an alert still firing,
    and that Alertmanager no longer lists at all (an expired silence stays listed for days: one
    gone before its end was lost, as when Alertmanager restarted without its data; review 29:
    nothing told the engineer). Returns (alert as it is now, the silence as it was), worst
    cases first as ``before`` lists them; nothing when nothing was listed before."""
    gone = {sid: s for sid, s in silences_before.items() if sid not in silences_now and s.status.state == "active"
            and s.ends_at is not None and s.ends_at > now}
    if not gone:
        return []
    found = []
    for fp, alert in before.items():
        muting = [gone[sid] for sid in alert.status.silenced_by if sid in gone]
        if muting and fp in alerts_now:
            found.append((alerts_now[fp], muting[0]))
    return found
