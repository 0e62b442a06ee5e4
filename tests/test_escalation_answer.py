"""The guide's answer times after an escalation (L2 < 10 min, L3 < 15 min): the next deadline
while it runs, one notice once it passed while the alert fires, per alert and level, not said
again by a restarted tray (pure logic, injected time)."""

from __future__ import annotations

import datetime as dt
import re

from test_attention import MIN, SEC, T0, alert

from oncall_tray.core.attention import AttentionMonitor
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.sla import SlaPolicy
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.i18n import english, translator
from oncall_tray.notify.attention_messages import attention_notices

UTC = dt.timezone.utc


class Shift:
    """An alert that fired at T0, acknowledged at once (its response clock stopped), with the
    escalations the engineer recorded (level, when)."""

    def __init__(self, monitor: AttentionMonitor | None = None):
        self.tracker = AlertTracker(SeverityMap())
        self.contact = ContactMonitor()
        self.monitor = monitor or AttentionMonitor(SlaPolicy(), reminder_interval=None)
        self.escalated: dict[str, str] = {}
        self.escalated_at: dict[str, dt.datetime] = {}

    def escalate(self, fp: str, level: str, at: dt.datetime) -> None:
        self.escalated[fp], self.escalated_at[fp] = level, at

    def at(self, now: dt.datetime, alerts):
        snapshot = self.tracker.update(alerts, now).snapshot
        return self.monitor.evaluate(snapshot, {}, self.contact.success(now), now, self.escalated,
                                     {a.fingerprint: T0 for a in alerts}, self.escalated_at)


def test_the_answer_is_due_ten_minutes_after_the_escalation_to_l2_and_said_once():
    shift = Shift()
    down = alert("APIDown", "critical", T0)
    shift.escalate("APIDown", "L2", T0 + 16 * MIN)
    running = shift.at(T0 + 20 * MIN, [down])
    assert running.unanswered == ()
    # before the resolution's 30 min and L3's escalation at 60
    assert (running.nearest.kind, running.nearest.level, running.nearest.at) == ("answer", "L2", T0 + 26 * MIN)
    assert shift.at(T0 + 26 * MIN, [down]).unanswered == ()  # exactly 10:00 is still within
    overdue = shift.at(T0 + 26 * MIN + SEC, [down])
    assert [(a.alertname, level, at) for a, _s, level, at in overdue.unanswered] == [("APIDown", "L2", T0 + 16 * MIN)]
    assert shift.at(T0 + 30 * MIN, [down]).unanswered == ()
    shift.escalate("APIDown", "L3", T0 + 40 * MIN)  # then L3: its own 15 minutes
    assert shift.at(T0 + 54 * MIN, [down]).unanswered == ()
    assert [level for _a, _s, level, _at in shift.at(T0 + 55 * MIN + SEC, [down]).unanswered] == ["L3"]
    assert shift.at(T0 + 70 * MIN, [down]).unanswered == ()


def test_the_next_deadline_names_the_escalation_that_falls_due():
    """Review 41 F11: the tooltip's next deadline named a warning's response next day, while a
    critical alert was due for L3 in 12 minutes: escalations are deadlines too, those not recorded."""
    shift = Shift()  # acknowledged at T0: no response deadline
    down = alert("APIDown", "critical", T0)
    first = shift.at(T0 + 3 * MIN, [down])
    # L2 falls due with the resolution target (15 min): the escalation is named
    assert (first.nearest.kind, first.nearest.level, first.nearest.at) == ("escalate", "L2", T0 + 15 * MIN)
    later = shift.at(T0 + 20 * MIN, [down])
    assert (later.nearest.kind, later.nearest.level, later.nearest.at) == ("escalate", "L3", T0 + 60 * MIN)
    shift.escalate("APIDown", "L3", T0 + 21 * MIN)  # recorded: no longer a deadline, its answer is
    done = shift.at(T0 + 22 * MIN, [down])
    assert (done.nearest.kind, done.nearest.level, done.nearest.at) == ("answer", "L3", T0 + 36 * MIN)


def test_a_resolved_alert_asks_nothing_and_a_restarted_tray_does_not_ask_again():
    shift = Shift()
    down, cpu = alert("APIDown", "critical", T0), alert("HighCPU", "warning", T0)
    shift.escalate("APIDown", "L2", T0 + 16 * MIN)
    shift.escalate("HighCPU", "L2", T0 + 16 * MIN)
    assert shift.at(T0 + 20 * MIN, [down, cpu]).unanswered == ()
    assert shift.at(T0 + 27 * MIN, [cpu]).unanswered[0][0].alertname == "HighCPU"  # APIDown resolved
    said = shift.monitor.said()
    assert said["answers"] == {"HighCPU": "L2"}
    again = Shift()
    again.monitor.recall(said)
    again.escalate("HighCPU", "L2", T0 + 16 * MIN)
    assert again.at(T0 + 28 * MIN, [cpu]).unanswered == ()


def test_the_notice_says_when_what_the_guide_asks_and_what_to_do_in_both_languages():
    shift = Shift()
    down = alert("APIDown", "critical", T0)
    shift.escalate("APIDown", "L2", T0 + 16 * MIN)
    shift.at(T0 + 20 * MIN, [down])
    overdue = shift.at(T0 + 27 * MIN, [down])
    (notice,) = attention_notices(overdue, {"APIDown": down}, english, T0 + 27 * MIN, zone=UTC)
    assert notice.title == "L2 answer overdue: APIDown"
    assert notice.body.splitlines()[0] == ("Escalated to L2 at 12:16 (11 min ago). The guide: L2 answers within "
                                           "10 min. No answer? Call again, or escalate to L3.")
    (notice,) = attention_notices(overdue, {"APIDown": down}, translator("pt_BR"), T0 + 27 * MIN, zone=UTC)
    assert notice.title == "Resposta do L2 atrasada: APIDown"
    assert notice.body.splitlines()[0] == ("Escalado para L2 às 12:16 (há 11 min). O guia: o L2 responde em até "
                                           "10 min. Sem resposta? Ligue de novo, ou escale para L3.")


def test_the_journal_gives_when_each_open_incident_was_escalated_to_its_level(tmp_path):
    from oncall_tray.core.journal import Journal
    from oncall_tray.core.shifts import recorded_responses

    journal = Journal.open(tmp_path / "journal.db")
    try:
        journal.record_escalation("APIDown", "L2", alertname="APIDown", actor="ana", at=T0 + 16 * MIN)
        journal.record_escalation("APIDown", "L3", alertname="APIDown", actor="ana", at=T0 + 40 * MIN)
        journal.record_escalation("DiskFull", "L2", alertname="DiskFull", actor="ana", at=T0 + 20 * MIN)
        escalated, _acknowledged, escalated_at, _answered, _since = recorded_responses(journal)
    finally:
        journal.close()
    assert escalated == {"APIDown": "L3", "DiskFull": "L2"}
    assert escalated_at == {"APIDown": T0 + 40 * MIN, "DiskFull": T0 + 20 * MIN}


def test_the_tray_tooltip_names_the_answer_due_as_its_next_deadline(qapp):
    from oncall_tray.core.attention import Deadline
    from oncall_tray.core.overview import Light, Overview
    from oncall_tray.ui.tray import tooltip_lines

    now = dt.datetime.now(UTC)
    view = Overview(Light.CRITICAL, 1, last_success_at=now, nearest=Deadline("fp", "APIDown", "answer", now + 5 * MIN,
                                                                                  level="L2"))
    lines = tooltip_lines(view, "http://am:9093", UTC)
    # (with the date when the deadline falls after midnight)
    assert any(re.fullmatch(r"Next deadline: L2 to answer on APIDown by (\d{4}-\d\d-\d\d )?\d\d:\d\d", line)
               for line in lines), lines
    view = Overview(Light.CRITICAL, 1, last_success_at=now, nearest=Deadline("fp", "APIDown", "escalate",
                                                                              now + 5 * MIN, level="L3"))
    assert any(re.fullmatch(r"Next deadline: escalate APIDown to L3 by (\d{4}-\d\d-\d\d )?\d\d:\d\d", line)
               for line in tooltip_lines(view, "http://am:9093", UTC)), lines



def test_an_answer_is_recorded_for_the_level_escalated_to_and_then_nothing_is_due(tmp_path):
    """Review 41 F3: the app could not record that L2 answered, so it reminded that the answer was
    overdue and the handoff said when it had been due, L2 on the call or not."""
    import pytest

    from oncall_tray.core.journal import Journal
    from oncall_tray.core.journal_escalation import NotAnswered
    from oncall_tray.core.journal_schema import EventKind
    from oncall_tray.core.shifts import open_incidents, recorded_responses

    journal = Journal.open(tmp_path / "journal.db")
    try:
        assert journal.record_answer("APIDown", "L2", at=T0 + 10 * MIN) is NotAnswered.NOT_ESCALATED
        journal.record_escalation("APIDown", "L2", alertname="APIDown", actor="ana", at=T0 + 16 * MIN)
        assert journal.record_answer("APIDown", "L3", at=T0 + 18 * MIN) is NotAnswered.OTHER_LEVEL
        answer = journal.record_answer("APIDown", "L2", alertname="APIDown", actor="ana", at=T0 + 20 * MIN)
        assert (answer.kind, answer.text, answer.at, answer.actor) == (EventKind.ANSWERED, "L2", T0 + 20 * MIN, "ana")
        assert journal.record_answer("APIDown", "L2", at=T0 + 21 * MIN) is NotAnswered.ALREADY
        with pytest.raises(ValueError):
            journal.record_answer("APIDown", "L1")
        escalated, _acknowledged, escalated_at, answered, _since = recorded_responses(journal)
        assert (escalated, escalated_at) == ({"APIDown": "L2"}, {})  # no answer due: no reminder, no deadline
        assert answered == {"APIDown": T0 + 20 * MIN}
        assert open_incidents(journal)[0].answered_at == T0 + 20 * MIN
        # then L3: its own answer is due, L2's does not stand for it
        journal.record_escalation("APIDown", "L3", alertname="APIDown", actor="ana", at=T0 + 40 * MIN)
        assert recorded_responses(journal)[2:4] == ({"APIDown": T0 + 40 * MIN}, {})
        assert open_incidents(journal)[0].answered_at is None
        assert journal.record_answer("APIDown", "L2", at=T0 + 42 * MIN) is NotAnswered.OTHER_LEVEL
        assert journal.record_answer("APIDown", "L3", at=T0 + 45 * MIN).text == "L3"
        assert open_incidents(journal)[0].answered_at == T0 + 45 * MIN
        listed = [(e.kind.value, e.text) for e in journal.notes_and_escalations("APIDown")]
        assert listed == [("escalated", "L2"), ("answered", "L2"), ("escalated", "L3"), ("answered", "L3")]
    finally:
        journal.close()
    shift = Shift()  # and the attention monitor, given what the journal now gives, asks nothing
    down = alert("APIDown", "critical", T0)
    shift.escalated["APIDown"] = "L2"
    assert shift.at(T0 + 20 * MIN, [down]).nearest.kind != "answer"
    assert shift.at(T0 + 30 * MIN, [down]).unanswered == ()


def test_why_an_answer_was_not_recorded_in_both_languages():
    from oncall_tray.core.escalation import not_answered_text
    from oncall_tray.core.journal_escalation import NotAnswered

    assert not_answered_text(NotAnswered.ALREADY, "L2", english) == "L2's answer was recorded already."
    assert not_answered_text(NotAnswered.OTHER_LEVEL, "L3", english) == (
        "L3's answer was not recorded: the alert's latest escalation is not to L3.")
    assert not_answered_text(NotAnswered.NOT_ESCALATED, "L2", english) == (  # review 44 F5
        "L2's answer was not recorded: the alert was not escalated; record the escalation first.")
    pt = translator("pt_BR")
    assert not_answered_text(NotAnswered.ALREADY, "L2", pt) == "A resposta do L2 já estava registrada."
    assert not_answered_text(NotAnswered.OTHER_LEVEL, "L3", pt) == (
        "A resposta do L3 não foi registrada: a última escalação do alerta não foi para o L3.")


def test_an_answer_recorded_reaches_the_overview_for_the_alerts_still_firing():
    """The alerts window said "escalated to L2" after the answer was recorded, while the notes
    and ``status`` said "answered": the poll's attention carries the answers to the window."""
    from oncall_tray.core.contact import ContactMonitor
    from oncall_tray.core.overview import overview

    shift = Shift()
    down, cpu = alert("APIDown", "critical", T0), alert("HighCPU", "warning", T0)
    shift.escalate("APIDown", "L2", T0 + 16 * MIN)
    snapshot = shift.tracker.update([down, cpu], T0 + 20 * MIN).snapshot
    contact = ContactMonitor().success(T0 + 20 * MIN)
    answered = {"APIDown": T0 + 18 * MIN, "Resolved": T0}  # one of an alert no longer firing
    attention = shift.monitor.evaluate(snapshot, {}, contact, T0 + 20 * MIN, shift.escalated, {}, {}, answered)
    assert attention.answered == {"APIDown"} and attention.unanswered == ()
    assert overview(snapshot, contact, attention).answered == {"APIDown"}
