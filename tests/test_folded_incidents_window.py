"""The Incidents window folds the incidents of one act as the handoff does (review 68 AF1's rule,
``core/handoff_folded.py``; the builders' finding after review 69): a silence over 60 crash-looping
pods listed 60 rows "PodCrashLooping (pod-0NN:8080)". One row "PodCrashLooping ×60 (omnichannel /
pod-001:8080, … (+57))" stands for them, its members named in its tooltip; a tick or a dismissed
reminder of that row is saved for each member. Against a real Alertmanager."""

from __future__ import annotations

import pytest
from conftest import make_alert, resolve, silence
from test_handoff_windows import desk  # noqa: F401  (the fixture: a shift controller fed by real polls)

from oncall_tray.core import aftercare, shifts

PODS = 60
FOLDED = (f"PodCrashLooping ×{PODS} (omnichannel / pod-001:8080, pod-002:8080, pod-003:8080\u00a0…\u00a0"
          f"(+{PODS - 3}))")


def crash_looping(desk) -> list[dict]:
    """60 pods silenced by one acknowledgement, APIDown by its own."""
    pods = [make_alert("PodCrashLooping", "critical", service="omnichannel", instance=f"pod-{n:03d}:8080",
                       summary=f"Pod {n:03d} reiniciando em loop") for n in range(1, PODS + 1)]
    api = make_alert("APIDown", "critical", service="backend")
    desk.am.post_alerts([*pods, api])
    desk.poll()
    silence(desk.am, {"alertname": "PodCrashLooping"}, author="ana", comment="ACK! pods em loop — ana")
    silence(desk.am, {"alertname": "APIDown"}, author="ana", comment="ACK! investigando — ana")
    desk.poll()
    return pods


def pod_incidents(desk) -> list[shifts.Incident]:
    return [i for i in shifts.incidents(desk.outside()) if i.alertname == "PodCrashLooping"]


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_a_silence_over_60_pods_is_one_row_whose_acts_cover_every_pod(desk, qtbot, request, language):  # noqa: F811
    request.getfixturevalue("english" if language == "en" else "portuguese")
    pods = crash_looping(desk)
    members = pod_incidents(desk)
    assert len(members) == PODS
    desk.controller.show_window("incidents", incident_id=members[30].id)  # a member: its row selected
    window = desk.controller.window("incidents")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    rows = [window.list.item(r).text().split("\n")[0] for r in range(window.list.count())]
    assert sorted(rows) == sorted(["APIDown", FOLDED]), rows
    row = window.list.currentItem()
    assert row.text().startswith(FOLDED + "\n"), row.text()
    tip = row.toolTip()
    assert tip.splitlines()[:2] == ["PodCrashLooping (omnichannel / pod-001:8080)",
                                    "PodCrashLooping (omnichannel / pod-002:8080)"], tip
    assert len(tip.splitlines()) == 21, tip
    more = {"en": f"… and {PODS - 20} more", "pt_BR": f"… e mais {PODS - 20}"}[language]
    assert tip.splitlines()[-1] == more, tip
    # a note on the row is on every pod (on one alone, the end report's fold split that pod out)
    window.panel.input.setText("deploy revertido")
    window.panel.add_note()
    desk.settle()
    qtbot.waitUntil(lambda: not desk.controller.writer.busy, timeout=10000)
    desk.settle()
    noted = [i for i in members if [n.text for n in desk.outside().notes(i.fingerprint)] == ["deploy revertido"]]
    assert len(noted) == PODS, len(noted)
    window.panel.record_escalation("L2")  # escalated: every pod (the end report folds by the escalation too)
    desk.settle()
    assert [i.escalation for i in pod_incidents(desk)] == ["L2"] * PODS
    # resolved, the row's after-incident acts are saved for every pod
    desk.am.post_alerts([resolve(p) for p in pods])
    desk.poll()
    window.refresh()
    qtbot.waitUntil(lambda: window.panel.after.isVisibleTo(window), timeout=10000)
    panel = window.panel
    panel.step_boxes[aftercare.METRICS].click()
    desk.settle()
    panel.reminder_rows[aftercare.POSTMORTEM][1].click()
    desk.settle()
    journal, now = desk.outside(), desk.controller.now()
    assert len(pod_incidents(desk)) == PODS
    for incident in pod_incidents(desk):  # as resolved
        assert journal.state(shifts.incident_scope(incident.id)).get("tick:metrics") is True, incident.id
        assert [r.key for r in aftercare.reminders(journal, now, incident) if r.dismissed] == [aftercare.POSTMORTEM]
    rows = [window.list.item(r).text().split("\n")[0] for r in range(window.list.count())]
    assert sorted(rows) == sorted(["APIDown", FOLDED]), rows  # resolved, still one row
