"""The end report's pending items of the incidents of one act, folded into one ("Follow up
PodCrashLooping ×5 (…)", review 68 AF1), are left out for exactly the incidents they fold: a
left-out fold stays out while its pods only recover (code review 72 AH2: keyed by its first
incident, it came back as soon as that pod recovered), one pod's own item left out does not
hide the fold it later joins, and a pod joining the act brings the fold back. The post-mortem
reminders of those incidents fold the same way (AH3: 30 pods silenced at once and resolved gave
1 incident and 60 post-mortem items). Against a real Alertmanager."""

from __future__ import annotations

import dataclasses
import datetime as dt

from conftest import make_alert
from PySide6.QtCore import Qt
from test_handoff import resolve, scripted, silence  # noqa: F401 (the fixture)
from test_handoff_windows import desk, suggested_rows  # noqa: F401 (the fixture)

from oncall_tray.core import shifts
from oncall_tray.core.handoff import end_report
from oncall_tray.core.handoff_markdown import end_markdown
from oncall_tray.core.pending import PENDING_DISMISSED
from oncall_tray.core.shifts import shift_scope
from oncall_tray.i18n import translator

UTC = dt.timezone.utc


def pods(first: int, count: int) -> list[dict]:
    return [make_alert("PodCrashLooping", "critical", service="omni", instance=f"pod-{n:03d}:8080",
                       summary=f"Pod {n}") for n in range(first, first + count)]


def crash_looping(report, kind: str = "incident:") -> list:
    """The suggestions of ``kind`` (their key's start) about the pods."""
    return [s for s in report.suggestions if s.key.startswith(kind) and "PodCrashLooping" in s.text]


def handed(report, kind: str = "incident:") -> list[str]:
    """Those of them handed over."""
    texts = {s.text for s in crash_looping(report, kind)}
    return [p for p in report.pending if p in texts]


def report_of(shift, started, live, language: str = "en"):
    return end_report(shift.journal, started, live, translator(language), UTC)


def leave_out(shift, started, *items) -> None:
    """As the end window keeps the items unticked (``PENDING_DISMISSED``, one per line)."""
    shift.journal.set_state(shift_scope(started.id), PENDING_DISMISSED, "\n".join(i.dismissal for i in items))


def silenced_pods(shift, count: int) -> tuple[list[dict], object]:
    """``count`` pods crash-looping, acknowledged by one silence: the alerts and the shift's poll."""
    alerts = pods(1, count)
    shift.am.post_alerts(alerts)
    shift.poll()
    silence(shift.am, {"alertname": "PodCrashLooping"}, minutes=60, author="ana", comment="ACK! pods")
    return alerts, shift.poll()


def test_a_left_out_fold_stays_out_while_its_pods_only_recover(scripted):  # noqa: F811
    shift, started = scripted
    alerts, live = silenced_pods(shift, 5)
    [fold] = crash_looping(report_of(shift, started, live))
    assert "PodCrashLooping ×5 (omni / pod-001:8080" in fold.text, fold.text
    leave_out(shift, started, fold)
    for language in ("en", "pt_BR"):
        assert not handed(report_of(shift, started, live, language)), language
    shift.am.post_alerts([resolve(alerts[0])])  # pod-001 recovers; the 4 others still crash-loop
    live = shift.poll()
    for language in ("en", "pt_BR"):
        again = report_of(shift, started, live, language)
        [item] = crash_looping(again)
        assert "×4 (omni / pod-002:8080" in item.text, item.text
        assert not handed(again), (language, again.pending)
        assert item.left_out(again.dismissed)  # the end window shows it unticked


def test_one_pods_own_item_left_out_does_not_hide_the_fold_it_joins(scripted):  # noqa: F811
    """A pod's item is its own while its alert is kept through Alertmanager's restart (said in
    its text: not folded with the others); once Prometheus sends it again, it joins their fold."""
    shift, started = scripted
    _alerts, live = silenced_pods(shift, 5)
    first, last = (next(fp for fp, a in live.alerts.items() if a.labels.get("instance") == f"pod-{n:03d}:8080")
                   for n in (1, 5))
    for kept, alone in ((first, "pod-001:8080"), (last, "pod-005:8080")):
        leave_out(shift, started)
        aside = dataclasses.replace(live, kept={kept: ("http://am1:9093",)})
        items = crash_looping(report_of(shift, started, aside))
        [own] = [i for i in items if "×" not in i.text]
        [fold] = [i for i in items if "×4" in i.text]
        assert alone in own.text and alone not in fold.text, items
        leave_out(shift, started, own if kept == first else fold)  # pod-001 alone; the others but pod-005
        report = report_of(shift, started, live)  # sent again: one act, one item
        [joined] = crash_looping(report)
        assert "PodCrashLooping ×5 (omni / pod-001:8080" in joined.text, joined.text
        assert handed(report) == [joined.text], (alone, report.pending)  # four pods nobody left out, or one
        assert not joined.left_out(report.dismissed)
    leave_out(shift, started, joined)
    assert not handed(report_of(shift, started, live))


def test_the_post_mortems_of_one_act_are_one_item_each(scripted):  # noqa: F811
    shift, started = scripted
    alerts, _live = silenced_pods(shift, 30)
    shift.am.post_alerts([resolve(a) for a in alerts])  # the deploy reverted
    live = shift.poll()
    report = report_of(shift, started, live)
    assert [i.name for i in report.incidents if "PodCrashLooping" in i.name] == [
        "PodCrashLooping ×30 (omni / pod-001:8080, pod-002:8080, pod-003:8080\u00a0…\u00a0(+27))"]
    assert not handed(report)  # resolved: nothing to follow up
    items = handed(report, "post-mortem:")
    assert len(items) == 2, items
    assert items[0].startswith("Post-mortem of PodCrashLooping ×30 (omni / pod-001:8080, "), items
    assert items[1].startswith("Post-mortem review of PodCrashLooping ×30 (omni / pod-001:8080, "), items
    portuguese = end_markdown(report_of(shift, started, live, "pt_BR"), translator("pt_BR"), UTC)
    pending = portuguese.split("**Pendências para Próximo Turno**")[1].split("\n\n")[0]
    assert len([line for line in pending.splitlines() if "PodCrashLooping ×30" in line]) == 2, portuguese
    first = crash_looping(report, "post-mortem:")[0]
    leave_out(shift, started, first)  # left out: the 30 pods' post-mortem, not the review
    assert handed(report_of(shift, started, live), "post-mortem:") == items[1:]


def test_the_end_window_unticks_a_fold_for_each_of_its_pods_and_ticks_it_back(desk, qtbot):  # noqa: F811
    am, journal = desk.am, desk.controller.journal
    shift = shifts.start_shift(journal, "ana")
    desk.controller._follow_shift()
    alerts = pods(1, 5)
    am.post_alerts(alerts)
    desk.poll()
    silence(am, {"alertname": "PodCrashLooping"}, minutes=60, author="ana", comment="ACK! pods")
    desk.poll()
    desk.controller.show_window("end")
    window = desk.controller.window("end")
    qtbot.addWidget(window)
    rows = window.pending_box.suggested
    [row] = [rows.item(i) for i in range(rows.count()) if "PodCrashLooping ×5" in rows.item(i).text()]
    row.setCheckState(Qt.CheckState.Unchecked)
    scope = shift_scope(shift.id)
    kept = lambda: desk.outside().state(scope).get(PENDING_DISMISSED, "")  # noqa: E731
    qtbot.waitUntil(lambda: kept().count("incident:") == 5, timeout=5000)  # each pod's key
    am.post_alerts([resolve(alerts[0])])  # pod-001 recovers
    desk.poll()
    qtbot.waitUntil(lambda: any("PodCrashLooping ×4" in text for text, _ in suggested_rows(window)), timeout=5000)
    assert [ticked for text, ticked in suggested_rows(window) if "×4" in text] == [False]
    assert not any("Follow up PodCrashLooping" in p for p in window.current_report().pending)
    [row] = [rows.item(i) for i in range(rows.count()) if "PodCrashLooping ×4" in rows.item(i).text()]
    row.setCheckState(Qt.CheckState.Checked)  # back in: the key of each pod it folds cleared (pod-001's kept)
    qtbot.waitUntil(lambda: kept().count("incident:") == 1, timeout=5000)
    assert any("Follow up PodCrashLooping ×4" in p for p in window.current_report().pending)
