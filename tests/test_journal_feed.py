"""What polls add to the journal: each change once, whoever records the poll, also across a
restart of the app; incidents from acknowledgement to resolution; notes per alert episode."""

from __future__ import annotations

import datetime as dt

import pytest
from msgspec.structs import replace

from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
from oncall_tray.core import shifts
from oncall_tray.core.journal import FLAP_WINDOW, Journal
from oncall_tray.core.journal_feed import record_poll, record_silence_change, silence_alertname
from oncall_tray.core.journal_seen import seen_silences
from oncall_tray.core.journal_schema import SOURCE_TRAY, EventKind
from oncall_tray.core.severity import Severity

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 11, 30, 12, tzinfo=UTC)
M = dt.timedelta(minutes=1)


def alert(fp: str, name: str, severity: str = "critical", silenced_by: tuple[str, ...] = (),
          starts_at: dt.datetime = T0 - 3 * M) -> Alert:
    return Alert(fingerprint=fp, labels={"alertname": name, "severity": severity, "instance": "h:1"},
                 annotations={"summary": f"{name} summary"},
                 status=AlertStatus("suppressed" if silenced_by else "active", silenced_by), starts_at=starts_at)


def silence(sid: str, name: str, by: str = "ana", comment: str = "ACK! investigando", minutes: int = 15,
            state: str = "active", starts_at: dt.datetime = T0) -> Silence:
    return Silence(id=sid, matchers=(Matcher(name="alertname", value=name),), starts_at=starts_at,
                   ends_at=starts_at + minutes * M, created_by=by, comment=comment, status=SilenceStatus(state),
                   updated_at=starts_at)


class Poller:
    """Feeds successive polls to a journal."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def __call__(self, at: dt.datetime, *alerts: Alert, silences: tuple[Silence, ...] = ()) -> list:
        by_fp = {a.fingerprint: a for a in alerts}
        severities = {a.fingerprint: Severity(a.labels["severity"]) for a in alerts}
        events = record_poll(self.journal, by_fp, severities, {s.id: s for s in silences}, at)
        return [(e.kind, e.alertname) for e in events]


@pytest.fixture
def journal(tmp_path):
    with Journal.open(tmp_path / "journal.db") as opened:
        yield opened


def test_fired_acknowledged_resolved_once_each(journal):
    poll = Poller(journal)
    api, cpu = alert("a1", "APIDown"), alert("a2", "HighCPU", "warning")
    assert poll(T0, api, cpu) == [(EventKind.FIRED, "APIDown"), (EventKind.FIRED, "HighCPU")]
    assert poll(T0 + M, api, cpu) == []  # nothing new, nothing recorded
    ack = silence("s1", "APIDown", by="ana")
    acked = alert("a1", "APIDown", silenced_by=("s1",))
    assert poll(T0 + 2 * M, acked, cpu, silences=(ack,)) == [(EventKind.ACKNOWLEDGED, "APIDown"),
                                                             (EventKind.SILENCE_CREATED, "APIDown")]
    assert poll(T0 + 3 * M, cpu, silences=(ack,)) == [(EventKind.RESOLVED, "APIDown")]
    events = journal.events(kinds=(EventKind.FIRED, EventKind.ACKNOWLEDGED, EventKind.RESOLVED))
    fired, acknowledged, resolved = [e for e in events if e.fingerprint == "a1"]
    assert fired.at == T0 - 3 * M  # the alert's startsAt, not the poll's time
    assert (acknowledged.at, acknowledged.actor, acknowledged.silence_id) == (T0, "ana", "s1")  # silence's start
    assert resolved.at == T0 + 3 * M
    incident, = shifts.incidents(journal)
    assert (incident.fingerprint, incident.acknowledged_by, incident.resolved_at) == ("a1", "ana", T0 + 3 * M)
    assert resolved.data["incident"] == incident.id
    assert shifts.open_incidents(journal) == []


def test_an_alert_born_silenced_is_not_an_incident(journal):
    poll = Poller(journal)
    # made before the alert began firing (a silence made after it is its acknowledgement: below)
    maintenance = silence("s1", "HighCPU", comment="Manutenção programada", minutes=60, starts_at=T0 - 10 * M)
    assert poll(T0, alert("a2", "HighCPU", "warning", ("s1",)), silences=(maintenance,)) == [
        (EventKind.FIRED, "HighCPU"), (EventKind.SILENCE_CREATED, "HighCPU")]
    assert poll(T0 + M) == [(EventKind.RESOLVED, "HighCPU"), (EventKind.SILENCE_EXPIRED, "HighCPU")]
    assert shifts.incidents(journal) == []


def test_an_alert_first_seen_acknowledged_is_an_acknowledged_incident(journal):
    """Review of three shifts: ``oncall-tray ack FP --comment ...`` with no tray running, so the
    journal first saw the alert already silenced; its incident (opened by a note) had no
    acknowledgement, and the next start checklist no status."""
    poll = Poller(journal)
    ack = silence("s1", "DiskSpaceRunningOut", by="Paulo", comment="Limpando logs antigos", starts_at=T0 - M)
    assert poll(T0, alert("a1", "DiskSpaceRunningOut", "warning", ("s1",)), silences=(ack,)) == [
        (EventKind.FIRED, "DiskSpaceRunningOut"), (EventKind.ACKNOWLEDGED, "DiskSpaceRunningOut"),
        (EventKind.SILENCE_CREATED, "DiskSpaceRunningOut")]
    incident, = shifts.open_incidents(journal)
    assert (incident.acknowledged_at, incident.acknowledged_by) == (T0 - M, "Paulo")


def test_a_critical_alert_silenced_for_an_hour_while_firing_is_an_incident(journal):
    """Review 18: HighLatencyP99 (critical) silenced 1 h with the Silence dialog was in no
    handoff's incidents while the tray still asked to escalate it."""
    poll = Poller(journal)
    p99 = alert("a1", "HighLatencyP99")
    poll(T0, p99)
    known = silence("s1", "HighLatencyP99", comment="Latência alta conhecida", minutes=60, starts_at=T0 + M)
    assert poll(T0 + 2 * M, alert("a1", "HighLatencyP99", silenced_by=("s1",)), silences=(known,))[0] == (
        EventKind.ACKNOWLEDGED, "HighLatencyP99")
    incident, = shifts.open_incidents(journal)
    assert (incident.alertname, incident.acknowledged_by) == ("HighLatencyP99", "ana")


def test_unacknowledged_severity_change_and_refire(journal):
    poll = Poller(journal)
    ack = silence("s1", "APIDown")
    poll(T0, alert("a1", "APIDown", silenced_by=("s1",)), silences=(ack,))
    assert poll(T0 + M, alert("a1", "APIDown"), silences=(ack,)) == [(EventKind.UNACKNOWLEDGED, "APIDown")]
    assert poll(T0 + 2 * M, alert("a1", "APIDown", "warning"), silences=(ack,)) == [
        (EventKind.SEVERITY_CHANGED, "APIDown")]
    # resolved and fired again between two looks: a new startsAt
    assert poll(T0 + 3 * M, alert("a1", "APIDown", "warning", starts_at=T0 + 2 * M), silences=(ack,)) == [
        (EventKind.RESOLVED, "APIDown"), (EventKind.FIRED, "APIDown")]


def test_silences_created_extended_expired_and_gone(journal):
    poll = Poller(journal)
    s1 = silence("s1", "APIDown", minutes=15)
    assert poll(T0, silences=(s1,)) == [(EventKind.SILENCE_CREATED, "APIDown")]
    longer = silence("s1", "APIDown", minutes=60)
    assert poll(T0 + M, silences=(longer,)) == [(EventKind.SILENCE_EXTENDED, "APIDown")]
    expired = silence("s1", "APIDown", minutes=2, state="expired")
    assert poll(T0 + 3 * M, silences=(expired,)) == [(EventKind.SILENCE_EXPIRED, "APIDown")]
    assert poll(T0 + 4 * M, silences=(longer,)) == []  # an older answer never revives it
    assert poll(T0 + 5 * M) == []  # garbage-collected: already known expired
    s2 = silence("s2", "HighCPU")
    poll(T0 + 6 * M, silences=(s2,))
    assert poll(T0 + 7 * M) == [(EventKind.SILENCE_EXPIRED, "HighCPU")]  # vanished while active
    old = silence("s3", "Old", state="expired")
    assert poll(T0 + 8 * M, silences=(old,)) == []  # expired before the journal saw it
    extended = journal.events(kinds=(EventKind.SILENCE_EXTENDED,))[0]
    assert extended.text == "ACK! investigando" and extended.actor == "ana"


def test_what_the_app_did_to_a_silence_is_not_recorded_again_as_seen(journal):
    poll = Poller(journal)
    s1 = silence("s1", "APIDown")
    poll(T0, silences=(s1,))
    event = record_silence_change(journal, EventKind.SILENCE_EXPIRED, s1, actor="ana", source=SOURCE_TRAY,
                                  at=T0 + M)
    assert (event.actor, event.source, event.data["early"]) == ("ana", SOURCE_TRAY, True)
    assert poll(T0 + 2 * M, silences=(silence("s1", "APIDown", state="expired"),)) == []
    assert seen_silences(journal)["s1"].status.state == "expired"
    with pytest.raises(ValueError):
        record_silence_change(journal, EventKind.NOTE, s1, actor="ana", source=SOURCE_TRAY)


def test_a_restart_records_what_happened_while_nothing_watched(tmp_path):
    path = tmp_path / "journal.db"
    first = Journal.open(path)
    Poller(first)(T0, alert("a1", "APIDown"), alert("a2", "HighCPU", "warning"))
    first.close()
    # the app was killed; meanwhile APIDown resolved and DiskFull fired
    second = Journal.open(path)
    assert Poller(second)(T0 + 10 * M, alert("a2", "HighCPU", "warning"), alert("a3", "DiskFull")) == [
        (EventKind.FIRED, "DiskFull"), (EventKind.RESOLVED, "APIDown")]


def test_two_recorders_of_the_same_poll_record_it_once(tmp_path):
    path = tmp_path / "journal.db"
    tray, cli = Journal.open(path), Journal.open(path)
    assert Poller(tray)(T0, alert("a1", "APIDown")) == [(EventKind.FIRED, "APIDown")]
    assert Poller(cli)(T0 + M, alert("a1", "APIDown")) == []


def test_notes_belong_to_the_alert_episode(journal):
    poll = Poller(journal)
    poll(T0, alert("a1", "APIDown"))
    journal.add_note("a1", "  Reiniciei o backend  ", alertname="APIDown", actor="ana", at=T0 + M)
    journal.add_note("a1", "Pool de conexões esgotado", alertname="APIDown", actor="ana", at=T0 + 2 * M)
    assert journal.notes_for("a1") == ["Reiniciei o backend", "Pool de conexões esgotado"]
    poll(T0 + 3 * M)
    journal.add_note("a1", "Post-mortem aberto", alertname="APIDown", at=T0 + 4 * M)
    assert len(journal.notes_for("a1")) == 3  # after resolution, still this episode
    poll(T0 + 10 * M, alert("a1", "APIDown", starts_at=T0 + 9 * M))
    # fired again 6 min after resolving: the same problem coming back (fresh-user review 5: what
    # was tried minutes before was gone from the notes and from escalate's "already tried")
    assert len(journal.notes_for("a1")) == 3
    assert journal.episode_start("a1") == T0 - 3 * M  # the first firing's startsAt
    poll(T0 + 20 * M)  # resolved again...
    poll(T0 + 20 * M + FLAP_WINDOW + M, alert("a1", "APIDown", starts_at=T0 + 20 * M + FLAP_WINDOW + M))
    assert journal.notes_for("a1") == []  # ...and fired again over an hour later: a new episode
    assert journal.episode_start("a1") == T0 + 20 * M + FLAP_WINDOW + M
    assert journal.notes_for("never-seen") == [] and journal.episode_start("never-seen") is None
    with pytest.raises(ValueError):
        journal.add_note("a1", "   ")


def test_escalation_opens_or_marks_the_incident(journal):
    poll = Poller(journal)
    poll(T0, alert("a1", "APIDown"))
    journal.record_escalation("a1", "L2", alertname="APIDown", actor="ana", at=T0 + M)
    incident, = shifts.open_incidents(journal)
    assert (incident.escalation, incident.acknowledged_at, incident.escalated_at) == ("L2", None, T0 + M)
    assert journal.record_escalation("a1", "L3", alertname="APIDown", actor="ana", at=T0 + 2 * M) is not None
    # lower or the same again: nothing recorded (review 13: escalate twice was listed twice)
    assert journal.record_escalation("a1", "L2", alertname="APIDown", actor="ana", at=T0 + 3 * M) is None
    assert journal.record_escalation("a1", "L3", alertname="APIDown", actor="ana", at=T0 + 4 * M) is None
    assert shifts.open_incidents(journal)[0].escalation == "L3"  # only rises
    assert [e.text for e in journal.events(kinds=(EventKind.ESCALATED,))] == ["L2", "L3"]


def test_silence_alertname():
    assert silence_alertname(silence("s", "APIDown")) == "APIDown"
    regex = Silence(id="s", matchers=(Matcher(name="alertname", value="High.*", is_regex=True),), starts_at=T0,
                    ends_at=T0, created_by="", comment="", status=SilenceStatus("active"))
    assert silence_alertname(regex) == ""


def test_shifts_one_open_at_a_time(journal):
    shift = shifts.start_shift(journal, "ana", at=T0)
    with pytest.raises(shifts.ShiftAlreadyOpen) as raised:
        shifts.start_shift(journal, "bruno", at=T0 + M)
    assert raised.value.shift.engineer == "ana"
    done = shifts.end_shift(journal, shift.id, incoming="bruno", markdown="## md", at=T0 + 60 * M)
    assert (done.ended_at, done.incoming, shifts.open_shift(journal)) == (T0 + 60 * M, "bruno", None)
    with pytest.raises(shifts.NoOpenShift):
        shifts.end_shift(journal, shift.id, at=T0 + 61 * M)
    assert shifts.last_handoff(journal).end_markdown == "## md"
    kinds = [e.kind for e in journal.events()]
    assert kinds == [EventKind.SHIFT_STARTED, EventKind.SHIFT_ENDED]


def test_which_silences_are_acknowledgements():
    from oncall_tray.core.acknowledged import acknowledges

    labels = alert("a1", "APIDown").labels
    assert acknowledges(silence("s", "APIDown", comment="ACK! investigando — ana", minutes=60), labels)
    assert acknowledges(silence("s", "APIDown", comment="olhando o pool", minutes=15), labels)
    assert not acknowledges(silence("s", "APIDown", comment="Manutenção programada", minutes=60), labels)
    assert not acknowledges(silence("s", "APIDown", comment="Conhecido: índice sendo recriado", minutes=24 * 60),
                            labels)
    # the tray's ack: every label of the alert, exact
    own = Silence(id="s", matchers=tuple(Matcher(name=k, value=v) for k, v in labels.items()), starts_at=T0,
                  ends_at=T0 + 15 * M, created_by="ana", comment="ACK! investigando — ana",
                  status=SilenceStatus("active"))
    assert acknowledges(own, labels)
    # fresh-user review: a short silence of many alerts at once is not an acknowledgement of each
    broad = Silence(id="s", matchers=(Matcher(name="alertname", value="Bulk.*", is_regex=True),), starts_at=T0,
                    ends_at=T0 + 10 * M, created_by="ana", comment="x", status=SilenceStatus("active"))
    assert not acknowledges(broad, {"alertname": "Bulk7"})
    assert not acknowledges(replace(broad, comment="ACK! todos"), {"alertname": "Bulk7"})
    host = replace(broad, matchers=(Matcher(name="instance", value="h:1"),))
    assert not acknowledges(host, labels)  # a host for 10 minutes: not one alert
    other = replace(own, matchers=(Matcher(name="alertname", value="APIDown"),
                                               Matcher(name="instance", value="h:1", is_equal=False)))
    assert not acknowledges(other, labels)
    # reviews 18 and 21: an alert silenced for 1 h while it fires is handled, whatever its
    # severity: an incident, whatever the length; a maintenance silence that was there before it
    # fired is not; with the start unknown, the length decides
    hour = silence("s", "APIDown", comment="Latência alta conhecida", minutes=60, starts_at=T0 + 5 * M)
    assert acknowledges(hour, labels, fired_at=T0)
    assert not acknowledges(hour, labels, fired_at=T0 + 6 * M)
    assert not acknowledges(hour, labels)
    # review 56 Q15: Marcos's "Deploy planejado" made at T0+2 to start at T0+5 is planned
    # maintenance, not an answer to the alert (the escalation said "Acknowledged at 05:22
    # (Marcos)"); made at its start (up to a minute of clock skew apart) it answers; "ACK" always
    planned = replace(hour, comment="Deploy planejado do backend", updated_at=T0 + 2 * M)
    assert not acknowledges(planned, labels, fired_at=T0)
    assert acknowledges(replace(planned, updated_at=T0 + 5 * M - dt.timedelta(seconds=30)), labels, fired_at=T0)
    assert acknowledges(replace(planned, updated_at=T0 + 9 * M), labels, fired_at=T0)  # extended later
    assert acknowledges(replace(planned, comment="ACK! depois do deploy"), labels, fired_at=T0)


def test_a_short_broad_silence_opens_no_incident_per_alert(journal):
    """Fresh-user review: ``silence add 'alertname=~"Bulk.*"' --duration 10m`` over 300 alerts
    made 300 incidents (handoff "Incidentes: 305", 304 still open, 300 after-incident notices)."""
    poll = Poller(journal)
    bulk = [alert(f"b{i}", f"Bulk{i}", "warning") for i in range(30)]
    poll(T0, *bulk)
    broad = Silence(id="s1", matchers=(Matcher(name="alertname", value="Bulk.*", is_regex=True),), starts_at=T0,
                    ends_at=T0 + 10 * M, created_by="ana", comment="x", status=SilenceStatus("active"),
                    updated_at=T0)
    silenced = [replace(a, status=AlertStatus("suppressed", ("s1",))) for a in bulk]
    changes = poll(T0 + M, *silenced, silences=(broad,))
    assert changes.count((EventKind.ACKNOWLEDGED, "Bulk0")) == 1  # still said: silenced, by whom
    assert shifts.incidents(journal) == []


def test_a_warning_silenced_for_an_hour_while_firing_is_an_incident(journal):
    """Review 21: HighMemoryUsage (warning), firing when the shift began, silenced 1 h with the
    Silence dialog ("Investigando vazamento de memória no host — CRM-5120") was in neither the
    handoff's incidents nor its pending items, nor the next engineer's open incidents."""
    poll = Poller(journal)
    poll(T0, alert("a2", "HighMemoryUsage", "warning", starts_at=T0 - 20 * M))
    hour = silence("s1", "HighMemoryUsage", comment="Investigando vazamento de memória no host — CRM-5120",
                   minutes=60, starts_at=T0 + M)
    assert poll(T0 + 2 * M, alert("a2", "HighMemoryUsage", "warning", ("s1",), starts_at=T0 - 20 * M),
                silences=(hour,))[0] == (EventKind.ACKNOWLEDGED, "HighMemoryUsage")
    incident, = shifts.open_incidents(journal)
    assert (incident.alertname, incident.acknowledged_by, incident.fired_at) == ("HighMemoryUsage", "ana", T0 - 20 * M)


def test_a_note_on_a_firing_alert_opens_an_incident_and_one_after_does_not(journal):
    poll = Poller(journal)
    poll(T0, alert("a1", "APIDown"))
    journal.add_note("a1", "Olhando os logs", alertname="APIDown", at=T0 + M)
    incident, = shifts.open_incidents(journal)
    assert (incident.opened_at, incident.acknowledged_at, incident.fired_at) == (T0 + M, None, T0 - 3 * M)
    poll(T0 + 2 * M)
    journal.add_note("a1", "Post-mortem aberto", alertname="APIDown", at=T0 + 3 * M)
    assert shifts.open_incidents(journal) == [] and len(shifts.incidents(journal)) == 1


def test_local_times():
    import datetime as dt
    from zoneinfo import ZoneInfo

    from oncall_tray.core.handoff import local_time
    from oncall_tray.i18n import translator

    zone = ZoneInfo("America/Sao_Paulo")
    assert local_time(T0, zone, T0) == "09:00"
    tomorrow = T0 + dt.timedelta(days=1)
    assert local_time(tomorrow, zone, T0) == "2026-12-01 09:00"
    assert local_time(tomorrow, zone, T0, translator("pt_BR")) == "01/12/2026 09:00"


def test_count_events(journal):
    poll = Poller(journal)
    poll(T0, alert("a1", "APIDown"), alert("a2", "HighCPU", "warning"))
    assert journal.count_events(kinds=(EventKind.FIRED,)) == 2
    assert journal.count_events(since=T0, kinds=(EventKind.FIRED,)) == 0  # they fired before T0


def test_an_alert_firing_again_within_the_hour_goes_on_with_its_incident(journal):
    """Fresh-user review 6: a flapping alert made two incidents (two identical handoff lines, two
    sets of post-mortem items). Fired again within ``FLAP_WINDOW`` of resolving, its incident is
    opened again; later than that, a new one is."""
    poll = Poller(journal)
    ack = silence("s1", "APIDown")
    poll(T0 - M, alert("a1", "APIDown"))
    poll(T0, alert("a1", "APIDown", silenced_by=("s1",)), silences=(ack,))  # acknowledged: an incident
    (first,) = shifts.incidents(journal)
    poll(T0 + 3 * M, silences=(ack,))
    assert shifts.open_incidents(journal) == []
    refire = alert("a1", "APIDown", starts_at=T0 + 10 * M)
    assert poll(T0 + 11 * M, refire, silences=(ack,)) == [(EventKind.FIRED, "APIDown")]
    (again,) = shifts.open_incidents(journal)
    assert again.id == first.id and len(shifts.incidents(journal)) == 1
    # resolved and fired again between two looks: still the one incident
    poll(T0 + 20 * M, alert("a1", "APIDown", starts_at=T0 + 19 * M), silences=(ack,))
    assert [i.id for i in shifts.open_incidents(journal)] == [first.id] and len(shifts.incidents(journal)) == 1
    # resolved, then firing again more than an hour later: a new episode, no incident reopened
    poll(T0 + 30 * M, silences=(ack,))
    late = T0 + 30 * M + FLAP_WINDOW + M
    poll(late, alert("a1", "APIDown", starts_at=late))
    assert shifts.open_incidents(journal) == [] and len(shifts.incidents(journal)) == 1


def test_a_partial_poll_resolves_and_expires_nothing_it_lacks(journal):
    """Fresh-user review 10: with a cluster member down, `handoff start` (a one-shot poll of the
    members that answered) recorded that member's alerts as resolved and its silences as
    expired, contradicting the tray. A partial poll records what it sees, and takes nothing it
    lacks as ended."""
    api, cpu, ack = alert("a1", "APIDown", silenced_by=("s1",)), alert("a2", "HighCPU", "warning"), silence("s1", "APIDown")
    by_fp = lambda *alerts: {a.fingerprint: a for a in alerts}  # noqa: E731
    severities = {"a1": Severity.CRITICAL, "a2": Severity.WARNING, "a3": Severity.INFO}
    record_poll(journal, by_fp(api, cpu), severities, {"s1": ack}, T0)
    new = alert("a3", "BackupOld", "info")
    events = record_poll(journal, by_fp(new), severities, {}, T0 + M, partial=True)
    assert [(e.kind, e.alertname) for e in events] == [(EventKind.FIRED, "BackupOld")]
    events = record_poll(journal, by_fp(new), severities, {}, T0 + 2 * M)  # a whole poll: now they ended
    assert sorted((e.kind, e.alertname) for e in events) == [
        (EventKind.RESOLVED, "APIDown"), (EventKind.RESOLVED, "HighCPU"), (EventKind.SILENCE_EXPIRED, "APIDown")]


def test_what_another_alertmanager_showed_is_set_aside_when_the_journal_watches_this_one(journal):
    """Review 24: after a tray on another settings file (another Alertmanager), its 11 alerts
    stayed "firing" in the journal, since this Alertmanager had started lately (a partial poll:
    nothing taken as ended), and the handoff said "23 already firing" for 12. Alerts and silences
    seen on an Alertmanager with no member in common no longer count at the first poll of the
    new one; they did not end either (review 50 F2): set aside, UNWATCHED, as last seen there."""
    from oncall_tray.core.journal_seen import seen_alerts

    other, this = ("http://liar:9093",), ("http://AM:9093/", "http://am-2:9093")
    odd, api, hug = alert("o1", "Odd"), alert("a1", "APIDown"), alert("o2", "Hug", silenced_by=("s9",))
    sev = {a.fingerprint: Severity.CRITICAL for a in (odd, api, hug)}
    record_poll(journal, {"o1": odd, "o2": hug}, sev, {"s9": silence("s9", "Hug")}, T0, urls=other)
    assert set(seen_alerts(journal, this)[0]) == set() and set(seen_silences(journal, this)) == set()
    assert set(seen_alerts(journal, other)[0]) == {"o1", "o2"} and set(seen_silences(journal, other)) == {"s9"}
    changes = record_poll(journal, {"a1": api}, sev, {}, T0 + M, partial=True, kept=frozenset({"o1"}), urls=this)
    assert sorted((c.kind, c.alertname) for c in changes) == [
        (EventKind.FIRED, "APIDown"), (EventKind.UNWATCHED, "Hug"), (EventKind.UNWATCHED, "Odd"),
        (EventKind.WATCHING_MOVED, "")]  # the move itself, for the handoff (review 52 H10)
    assert journal.count_firing_at(T0 + 2 * M) == 1
    assert set(seen_alerts(journal, this)[0]) == {"a1"} and set(seen_silences(journal, this)) == set()
    assert set(seen_alerts(journal, other)[0]) == {"o1", "o2"} and set(seen_silences(journal, other)) == {"s9"}
    # the same Alertmanager (a member in common, a peer added): a partial poll still ends nothing
    changes = record_poll(journal, {}, {}, {}, T0 + 2 * M, partial=True, urls=("http://am:9093", "http://am-3:9093"))
    assert changes == [] and journal.count_firing_at(T0 + 3 * M) == 1
    # a caller that does not say which Alertmanager it polled changes nothing of this
    assert set(seen_alerts(journal)[0]) == {"a1"}


def test_back_on_an_alertmanager_set_aside_its_alerts_and_silences_go_on(journal):
    """Review 50 F2: watched elsewhere for a while and back, the journal had recorded the first
    Alertmanager's alerts resolved, then fired again (one incident said "resolved and fired
    again", every alert received again in the shift) and its silences expired, then created.
    What fires still goes on, the same firing and incident; what is gone ended when the journal
    saw it gone; a silence that ended meanwhile, when it ended."""
    from oncall_tray.core.journal_aside import unwatched
    from oncall_tray.core.journal_seen import seen_alerts

    this, other = ("http://am:9093",), ("http://staging:9093",)
    api, cpu, disk = alert("a1", "APIDown", silenced_by=("s1",)), alert("a2", "HighCPU"), alert("a3", "DiskFull")
    sev = {a.fingerprint: Severity.CRITICAL for a in (api, cpu, disk)}
    ack, maintenance = silence("s1", "APIDown", starts_at=T0 - M), silence("s2", "Backup", minutes=10)
    record_poll(journal, {"a1": api, "a2": cpu, "a3": disk}, sev, {"s1": ack, "s2": maintenance}, T0, urls=this)
    incident, = shifts.open_incidents(journal)
    away = record_poll(journal, {}, {}, {}, T0 + M, urls=other)  # another, empty: nothing ended
    assert sorted((c.kind, c.alertname) for c in away) == [
        (EventKind.UNWATCHED, "APIDown"), (EventKind.UNWATCHED, "DiskFull"), (EventKind.UNWATCHED, "HighCPU"),
        (EventKind.WATCHING_MOVED, "")]  # the move itself, for the handoff (review 52 H10)
    assert journal.count_firing_at(T0 + 2 * M) == 0 and unwatched(journal) == {"a1": True, "a2": False, "a3": False}
    assert shifts.open_incidents(journal) == [incident]  # not resolved: not known to
    from oncall_tray.core.handoff import Live, suggested_pending

    pending = suggested_pending(journal, T0 + M, lambda _context, text: text, UTC, Live({}))
    assert [item.text for item in pending] == ["Follow up APIDown (its Alertmanager is not watched now)"]
    assert record_poll(journal, {}, {}, {}, T0 + 2 * M, urls=other) == []
    # back at T0 + 30 min: DiskFull gone (taken as resolved now), HighCPU fired again meanwhile
    # (another start), the maintenance silence ended at T0 + 10 min, a new one made
    again = alert("a2", "HighCPU", starts_at=T0 + 20 * M)
    new = silence("s3", "HighCPU", starts_at=T0 + 25 * M)
    back = T0 + 30 * M
    changes = record_poll(journal, {"a1": api, "a2": again}, sev, {"s1": replace(ack, ends_at=T0 + 40 * M),
                          "s2": replace(maintenance, status=SilenceStatus("expired")), "s3": new}, back, urls=this)
    assert [(c.kind, c.alertname) for c in changes if c.kind not in (EventKind.WATCHED, EventKind.WATCHING_MOVED)] == [
        (EventKind.RESOLVED, "HighCPU"), (EventKind.FIRED, "HighCPU"), (EventKind.RESOLVED, "DiskFull"),
        (EventKind.SILENCE_EXTENDED, "APIDown"), (EventKind.SILENCE_EXPIRED, "Backup"),
        (EventKind.SILENCE_CREATED, "HighCPU")]
    assert sorted(c.alertname for c in changes if c.kind is EventKind.WATCHED) == ["APIDown", "DiskFull", "HighCPU"]
    ended = {e.alertname: e.at for e in journal.events(kinds=(EventKind.RESOLVED, EventKind.SILENCE_EXPIRED))}
    assert ended == {"HighCPU": T0 + 20 * M, "DiskFull": back, "Backup": T0 + 10 * M}
    assert shifts.open_incidents(journal) == [incident]  # APIDown's goes on
    assert journal.count_events(kinds=(EventKind.FIRED,), fingerprint="a1") == 1  # received once
    assert journal.count_firing_at(back + M) == 2 and unwatched(journal) == {}
    assert set(seen_alerts(journal, this)[0]) == {"a1", "a2"} and seen_alerts(journal, other) == ({}, {})


def test_an_alertmanager_left_twice_keeps_what_it_showed_last(journal):
    """Set aside, taken back, set aside again: one copy, the latest; a third Alertmanager sets
    aside nothing of the first (the journal's last look was at the second)."""
    from oncall_tray.core.journal_aside import ASIDE
    from oncall_tray.core.journal_seen import seen_alerts

    one, two, three = ("http://one:9093",), ("http://two:9093",), ("http://three:9093",)
    api, cpu = alert("a1", "APIDown"), alert("a2", "HighCPU")
    sev = {a.fingerprint: Severity.CRITICAL for a in (api, cpu)}
    record_poll(journal, {"a1": api}, sev, {}, T0, urls=one)
    record_poll(journal, {}, {}, {}, T0 + M, urls=two)
    record_poll(journal, {"a1": api, "a2": cpu}, sev, {}, T0 + 2 * M, urls=one)
    record_poll(journal, {}, {}, {}, T0 + 3 * M, urls=two)
    record_poll(journal, {}, {}, {}, T0 + 4 * M, urls=three)
    assert len(journal.state(ASIDE)) == 1  # the second had nothing to set aside
    assert set(seen_alerts(journal, one)[0]) == {"a1", "a2"}
    assert journal.count_events(kinds=(EventKind.FIRED,)) == 2 and journal.count_firing_at(T0 + 5 * M) == 0
