"""Notes are written on incidents and read per incident everywhere (code review 75 AM1, AM4,
AM5): the rule of "handled in this shift", the handoff's "Incidents Handled" and the Incidents
window agree on which incident a note is on. The journal is fed by ``record_poll`` with the
polls' times given (a pod that fired yesterday and again today)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from oncall_tray.alertmanager.models import Alert, AlertStatus
from oncall_tray.core import shifts
from oncall_tray.core.handoff import end_report
from oncall_tray.core.handoff_live import Live
from oncall_tray.core.handoff_markdown import end_markdown
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.journal_notes import INCIDENT
from oncall_tray.core.severity import Severity
from oncall_tray.i18n import translator
from test_handoff import ZONE, section

T0 = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


def pod(hours: float) -> Alert:
    """The pod's alert, firing since ``hours`` after ``T0``."""
    return Alert(fingerprint="pod", labels={"alertname": "PodDown", "instance": "h:1", "severity": "warning"},
                 status=AlertStatus("active"), starts_at=T0 + dt.timedelta(hours=hours))


def poll(journal: Journal, hours: float, firing: float | None) -> None:
    """A poll ``hours`` after ``T0`` that lists the pod, firing since ``firing`` hours after
    ``T0`` (Alertmanager's startsAt), or nothing (None)."""
    alerts = {"pod": pod(firing)} if firing is not None else {}
    record_poll(journal, alerts, {"pod": Severity.WARNING} if firing is not None else {}, {}, T0 + dt.timedelta(hours=hours))


def yesterday_and_today(tmp_path):
    """The pod fired at T0 (incident 1, taken by a note), resolved 1 h later,
    fired again 20 h after T0 (incident 2, carried over untouched); a shift from 29 h."""
    journal = Journal.open(tmp_path / "journal.db")
    poll(journal, 0, 0)
    journal.add_note("pod", "olhando", actor="ana", at=T0 + dt.timedelta(minutes=5))
    poll(journal, 1, None)
    poll(journal, 20, 20)
    journal.add_note("pod", "reiniciado o pod", actor="bruno", at=T0 + dt.timedelta(hours=20, minutes=5))
    first, second = (row["id"] for row in journal.query("SELECT id FROM incidents ORDER BY id"))
    shift = shifts.start_shift(journal, "Carla Dias", at=T0 + dt.timedelta(hours=29))
    return journal, shift, first, second


def test_a_note_on_yesterdays_incident_does_not_make_todays_handled(tmp_path):
    """AM1: a post-mortem note written on yesterday's resolved incident made the pod's newer,
    untouched incident "handled by this shift"; it counts for the one it names."""
    journal, shift, first, second = yesterday_and_today(tmp_path)
    at = T0 + dt.timedelta(hours=30)
    assert [i.id for i in shifts.incidents(journal, shift.started_at, at)] == []
    journal.add_note("pod", "post-mortem: config map", actor="carla", incidents=[first], at=at)
    handled = [i.id for i in shifts.incidents(journal, shift.started_at, at + dt.timedelta(minutes=1))]
    assert handled == [], handled  # (the one it names resolved in the shift before: that one's)
    journal.add_note("pod", "ainda fora", actor="carla", incidents=[second], at=at + dt.timedelta(minutes=2))
    handled = [i.id for i in shifts.incidents(journal, shift.started_at, at + dt.timedelta(minutes=3))]
    assert handled == [second], handled
    journal.close()


def test_the_handoff_lists_an_incidents_own_notes(tmp_path):
    """AM4: "Incidents Handled" read the notes of the pod's latest episode, not the incident's:
    an incident handled and resolved in the shift, its pod firing again since, was listed
    without its notes (and the inherited one with the other's)."""
    journal = Journal.open(tmp_path / "journal.db")
    shift = shifts.start_shift(journal, "Carla Dias", at=T0 - dt.timedelta(minutes=1))
    poll(journal, 0, 0)
    journal.add_note("pod", "reiniciei o deployment", actor="carla", at=T0 + dt.timedelta(minutes=5))
    poll(journal, 1, None)
    poll(journal, 3, 3)  # fired again, well after FLAP_WINDOW: a new episode
    journal.add_note("pod", "de novo: escalando", actor="carla", at=T0 + dt.timedelta(hours=3, minutes=5))
    live = Live({"pod": pod(3)}, {"pod": Severity.WARNING}, {})
    tr = translator("en")
    report = end_report(journal, shift, live, tr, ZONE, at=T0 + dt.timedelta(hours=4))
    by_id = {h.incident.id: list(h.notes) for h in report.incidents}
    assert len(by_id) == 2, by_id
    first, second = sorted(by_id)
    assert by_id[first] == ["reiniciei o deployment"] and by_id[second] == ["de novo: escalando"], by_id
    for incident_id, texts in by_id.items():
        assert texts == [e.text for e in journal.incident_notes(incident_id)[1]]  # the window's reader
    lines = section(end_markdown(report, tr, ZONE), "Incidents Handled")
    assert any("reiniciei o deployment" in line for line in lines), lines
    journal.close()


def test_a_note_by_pod_is_written_on_the_current_incident(tmp_path):
    """The alerts window's and the CLI's note (by pod) name the incident they are on, so the
    Incidents window, the handoff and the handled rule read it there, whatever comes after."""
    journal, _shift, first, second = yesterday_and_today(tmp_path)
    rows = journal.query("SELECT text, data FROM events WHERE kind = 'note' ORDER BY id")
    tagged = {row["text"]: json.loads(row["data"] or "{}").get(INCIDENT) for row in rows}
    assert tagged == {"olhando": first, "reiniciado o pod": second}, tagged
    assert [e.text for e in journal.incident_notes(first)[1]] == ["olhando"]
    journal.close()


def test_a_note_on_incidents_gone_is_refused_not_written_by_pod(tmp_path):
    """AM5: with incident ids none of which exists any more (the journal was salvaged, moved),
    the note fell back to the pod's current episode, unsaid; it is refused."""
    journal, _shift, _first, second = yesterday_and_today(tmp_path)
    before = journal.query("SELECT count(*) FROM events WHERE kind = 'note'")[0][0]
    from oncall_tray.core.journal_notes import IncidentsGone

    with pytest.raises(IncidentsGone):
        journal.add_note("pod", "post-mortem", actor="carla", incidents=[second + 40])
    assert journal.query("SELECT count(*) FROM events WHERE kind = 'note'")[0][0] == before
    journal.close()


def test_an_escalation_of_incidents_resolved_since_says_so(tmp_path):
    """AM5: escalating a row whose incidents resolved since the last refresh said "escalated to
    this level or higher already"; it says they resolved."""
    from oncall_tray.core.journal_notes import IncidentsGone

    journal, _shift, first, second = yesterday_and_today(tmp_path)
    with pytest.raises(IncidentsGone) as resolved:
        journal.record_escalation("pod", "L2", incidents=[first])
    assert resolved.value.resolved
    with pytest.raises(IncidentsGone) as gone:
        journal.record_escalation("pod", "L2", incidents=[second + 40])
    assert not gone.value.resolved
    assert journal.record_escalation("pod", "L2", incidents=[second]) is not None
    assert journal.record_escalation("pod", "L2", incidents=[second]) is None  # escalated already
    journal.close()
