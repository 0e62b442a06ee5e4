"""The handoff's leftovers of the last session (code review 80's brief, "auhandoff").

1. A shift started with no engineer name: the end window named the ``engineer`` setting (801f23a), the
   handoff Markdown left "Outgoing on-call engineer: " empty, and the notes of others in that shift were
   named by no author: the one who is on call (``shifts.on_call_engineer``) serves all three.
2. An acknowledgement or escalation made between two shifts (after one's handoff, before the next's start)
   was in no handoff's "Incidents Handled", only a pending "Follow up": as the notes written between two
   shifts (code review 79 AT4), it reaches the next handoff.
3. On a brand-new journal that never received an answer from Alertmanager, the end report's Active
   Silences said "as last seen": it says they are unknown, nothing received, and from where (as the start
   window, fresh-user review 71 AP2).
"""

from __future__ import annotations

import datetime as dt

from conftest import make_alert, silence
from test_handoff import ZONE, Shift, end_section, section
from test_handoff_shift_notes import _handed_over, _notes, _on_call

from oncall_tray.core import shifts
from oncall_tray.core.handoff import Live, end_report
from oncall_tray.core.handoff_markdown import end_markdown
from oncall_tray.core.journal import Journal
from oncall_tray.i18n import translator

OUTGOING = {"en": "Outgoing on-call engineer: ", "pt_BR": "Plantonista saindo: "}


def test_a_nameless_shifts_handoff_names_who_is_on_call_and_the_other_authors(tmp_path):
    journal, now, live, anonymous, t0 = _on_call(tmp_path, "")
    signed = shifts.on_call_engineer(anonymous, "Carla")  # as the tray and the command line sign
    _notes(journal, now, t0, ((32, "Primeira nota", signed), (33, "Nota do Bruno", "Bruno"), (34, "Segunda nota", signed)))
    for language in ("en", "pt_BR"):
        tr = translator(language)
        report = end_report(journal, anonymous, live, tr, ZONE, at=now[0], engineer="Carla")
        assert report.outgoing == "Carla"
        lines = end_markdown(report, tr, ZONE).splitlines()
        assert OUTGOING[language] + "Carla" in lines, lines
        handled = section("\n".join(lines), {"en": "Incidents Handled", "pt_BR": "Incidentes Tratados"}[language])
        by = {"en": "earlier note at 12:33 by Bruno: Nota do Bruno",
              "pt_BR": "nota anterior às 12:33, de Bruno: Nota do Bruno"}[language]
        assert handled[2] == "   - " + by, handled
        assert "Carla" not in "\n".join(handled), handled  # her own notes are the shift's: no author
    journal.close()


def test_an_acknowledgement_and_an_escalation_between_two_shifts_reach_the_next_handoff(alertmanager, tmp_path):
    journal = Journal.open(tmp_path / "j.db")
    shift = Shift(alertmanager, journal)
    ana = shifts.start_shift(journal, "ana")
    alertmanager.post_alerts([make_alert("APIDown", "critical", summary="Backend não responde", instance="backend:3001"),
                              make_alert("DiskFull", "critical", summary="Disco acima de 90%", instance="db-1")])
    live = shift.poll()
    handed = {"ana": end_section(journal, ana, live, "en", "Incidents Handled")}
    shifts.end_shift(journal, ana.id, incoming="bruno")
    # ana, after her handoff and before bruno starts: acknowledges APIDown with the app, escalates DiskFull
    silence(alertmanager, {"alertname": "APIDown"}, minutes=15, author="ana", comment="ACK! investigando — ana")
    shift.poll()
    journal.record_escalation(shift.fingerprint("DiskFull"), "L2", alertname="DiskFull", actor="ana")
    bruno = shifts.start_shift(journal, "bruno")
    live = shift.poll()
    handed["bruno"] = end_section(journal, bruno, live, "en", "Incidents Handled")
    assert any(line.startswith("1. APIDown") and "(acknowledged by ana)" in line for line in handed["bruno"]), handed
    assert any(line.startswith("2. DiskFull") and "Escalated to L2" in line for line in handed["bruno"]), handed
    assert handed["ana"] == ["- None"], handed
    pt = end_section(journal, bruno, live, "pt_BR", "Incidentes Tratados")
    assert any(line.startswith("1. APIDown") and "reconhecido por ana" in line for line in pt), pt
    journal.close()


def test_the_end_reports_silences_on_a_journal_that_never_heard_from_alertmanager_are_unknown(tmp_path):
    journal = Journal.open(tmp_path / "j.db")
    started = shifts.start_shift(journal, "ana")
    url = "http://127.0.0.1:9/"
    live = Live(None, error="connection refused", watched=(url,))
    for language, heading, words in (("en", "Active Silences", "nothing received from http://127.0.0.1:9/"),
                                     ("pt_BR", "Silenciamentos Ativos", "nada recebido de http://127.0.0.1:9/")):
        lines = end_section(journal, started, live, language, heading)
        text = "\n".join(lines)
        assert "last seen" not in text and "visto" not in text, lines
        assert words in text, lines
        assert lines[0].startswith("- ?"), lines
    journal.close()
