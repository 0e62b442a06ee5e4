"""The post-mortem reminders of one folded incident come as one notification (the builders'
finding after code review 72 AH3, which folded them in the end report's pending items only):
60 critical pods silenced by one acknowledgement and resolved came as "Post-mortems due: 30
incidents" twice (the pods resolved at two polls), or one notification per pod when fewer
resolved between two checks. Against the real parts: a real Alertmanager, the tray's controller
in this process and dunst on a private D-Bus session (``dunstctl history``)."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from conftest import make_alert, resolve, running_tray, silence

from oncall_tray.config import Config
from oncall_tray.core import aftercare, shifts
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_schema import Incident
from oncall_tray.paths import Folders

pytestmark = pytest.mark.desktop
PODS = 60
SECONDS = dt.timedelta(seconds=1)


def crash_looping() -> list[dict]:
    return [make_alert("PodCrashLooping", "critical", service="omnichannel", instance=f"pod-{n:03d}:8080",
                       summary=f"Pod {n:03d} reiniciando em loop") for n in range(1, PODS + 1)]


def incidents() -> list[Incident]:
    journal = Journal.open(Folders.for_user().journal)  # as another process reads it
    try:
        return [i for i in shifts.incidents(journal) if i.alertname == "PodCrashLooping"]
    finally:
        journal.close()


def post_mortems(desktop) -> list[dict]:
    return [n for n in desktop.notifications() if n["summary"].startswith(("Post-mortem", "Post-mortems"))]


@contextlib.contextmanager
def acknowledged_tray(qtbot, alertmanager, tmp_path, pods: list[dict]):
    """The tray polling ``alertmanager``, firing ``pods``, all acknowledged by one silence (an
    incident each in the journal)."""
    alertmanager.post_alerts(pods)
    config = Config(alertmanager_url=alertmanager.url, engineer="ana", poll_interval=1)
    with running_tray(qtbot, config, tmp_path) as ctl:
        silence(alertmanager, {"alertname": "PodCrashLooping"}, minutes=60, author="ana",
                comment="ACK! pods em loop — ana")
        qtbot.waitUntil(lambda: len(incidents()) == PODS, timeout=20000)
        yield ctl


def checked_at_two_times(qtbot, desktop, alertmanager, ctl, pods: list[dict], delay) -> list:
    """Resolve the first half of ``pods``, then the rest at a later poll; the tray's reminders
    checked ``delay`` after the first half resolved, then after the second (the notifications
    cleared before); then a notification "end of the checks" sent. The resolution times, sorted."""
    alertmanager.post_alerts([resolve(p) for p in pods[:PODS // 2]])
    qtbot.waitUntil(lambda: sum(i.resolved_at is not None for i in incidents()) == PODS // 2, timeout=20000)
    alertmanager.post_alerts([resolve(p) for p in pods[PODS // 2:]])
    qtbot.waitUntil(lambda: all(i.resolved_at is not None for i in incidents()), timeout=20000)
    resolved = sorted(i.resolved_at for i in incidents())
    assert resolved[0] < resolved[-1]
    desktop.clear_notifications()
    shift = ctl.shift
    for when in (resolved[0], resolved[-1]):  # the first half due, then the second
        shift.now = lambda when=when: when + delay
        shift.check_reminders()
        qtbot.waitUntil(lambda: not shift.writer.busy, timeout=10000)
    shift.notify("end of the checks", "")  # told after whatever the checks told
    return resolved


def test_the_post_mortem_of_a_folded_incident_is_one_notification(qtbot, desktop, alertmanager, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    pods = crash_looping()
    with acknowledged_tray(qtbot, alertmanager, tmp_path, pods) as ctl:
        # resolved at two polls: their reminders fall due at two times
        resolved = checked_at_two_times(qtbot, desktop, alertmanager, ctl, pods,
                                        aftercare.REMINDER_DELAYS[aftercare.POSTMORTEM])
        last = desktop.wait_for_notification(lambda n: n["summary"] == "end of the checks", timeout=15)
        told = post_mortems(desktop)
        assert [n["summary"] for n in told] == [f"Post-mortem due: PodCrashLooping ×{PODS}"], [
            (n["summary"], n["body"]) for n in told]
        assert told[0]["body"].startswith(
            f"PodCrashLooping ×{PODS} (omnichannel / pod-001:8080, pod-002:8080, pod-003:8080\u00a0…\u00a0"
            f"(+{PODS - 3}))\nFill in the post-mortem"), told[0]["body"]
        assert last["id"] == told[0]["id"] + 1  # none between (dunst stacks a duplicate on the first)
        # every member's reminder told: none comes again
        journal = Journal.open(Folders.for_user().journal)
        try:
            due = [r for r in aftercare.reminders(journal, resolved[-1] + aftercare.REMINDER_DELAYS[
                aftercare.POSTMORTEM]) if r.key == aftercare.POSTMORTEM]
        finally:
            journal.close()
        assert len(due) == PODS and all(r.notified for r in due)


def test_the_after_the_incident_notice_of_a_folded_incident_names_the_fold(qtbot, desktop, alertmanager, tmp_path,
                                                                          monkeypatch):
    """60 pods of one silence resolved: "After the incident" counted each pod ("After 60
    incidents", the pods listed), where the handoff says one incident ("PodCrashLooping ×60",
    ``handoff_folded``)."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    pods = crash_looping()
    with acknowledged_tray(qtbot, alertmanager, tmp_path, pods) as ctl:
        alertmanager.post_alerts([resolve(p) for p in pods])
        qtbot.waitUntil(lambda: all(i.resolved_at is not None for i in incidents()), timeout=20000)
        resolved = max(i.resolved_at for i in incidents())
        desktop.clear_notifications()
        shift = ctl.shift
        shift.now = lambda: resolved + aftercare.AFTER_NOTICE_DELAY + aftercare.AFTER_NOTICE_DELAY
        shift.check_reminders()
        qtbot.waitUntil(lambda: not shift.writer.busy, timeout=10000)
        shift.notify("end of the checks", "")  # told after whatever the checks told
        desktop.wait_for_notification(lambda n: n["summary"] == "end of the checks", timeout=15)
        told = [n for n in desktop.notifications() if n["summary"].startswith("After ")]
        assert [n["summary"] for n in told] == [f"After the incident: PodCrashLooping ×{PODS}"], [
            (n["summary"], n["body"]) for n in told]
        assert told[0]["body"].startswith(f"PodCrashLooping ×{PODS} (omnichannel / pod-001:8080, "), told[0]["body"]
        assert "\nResolved. Still to do: " in told[0]["body"], told[0]["body"]


def test_the_pods_of_one_silence_resolved_at_two_polls_are_one_after_the_incident(qtbot, desktop, alertmanager,
                                                                                 tmp_path, monkeypatch):
    """The pods of one act resolving over two polls: their "After the incident" fell due at two
    times, "×30" twice. The first due stands for the others of its act resolved since."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    pods = crash_looping()
    with acknowledged_tray(qtbot, alertmanager, tmp_path, pods) as ctl:
        checked_at_two_times(qtbot, desktop, alertmanager, ctl, pods, aftercare.AFTER_NOTICE_DELAY)
        desktop.wait_for_notification(lambda n: n["summary"] == "end of the checks", timeout=15)
        told = [n["summary"] for n in desktop.notifications() if n["summary"].startswith("After ")]
        assert told == [f"After the incident: PodCrashLooping ×{PODS}"], told


def test_a_pod_of_the_fold_that_comes_back_before_its_own_delay_is_told_when_it_resolves_for_good(
        qtbot, desktop, alertmanager, tmp_path, monkeypatch):
    """Code review 74 AL4: the last pod of the silence resolved a moment after the others was
    claimed with their "After the incident"; it came back firing, resolved for good later and was
    never told. Claimed only once its own delay has passed: the others are told without it, it
    is told when it resolves for good."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    pods = crash_looping()
    with acknowledged_tray(qtbot, alertmanager, tmp_path, pods) as ctl:
        alertmanager.post_alerts([resolve(p) for p in pods[:-1]])
        qtbot.waitUntil(lambda: sum(i.resolved_at is not None for i in incidents()) == PODS - 1, timeout=20000)
        alertmanager.post_alerts([resolve(pods[-1])])  # pod-060 a poll later
        qtbot.waitUntil(lambda: all(i.resolved_at is not None for i in incidents()), timeout=20000)
        first = min(i.resolved_at for i in incidents())
        desktop.clear_notifications()
        shift = ctl.shift

        def checked_at(when) -> None:
            shift.now = lambda: when
            shift.check_reminders()
            qtbot.waitUntil(lambda: not shift.writer.busy, timeout=10000)

        checked_at(first + aftercare.AFTER_NOTICE_DELAY)  # the 59 due; pod-060 resolved since, not yet due
        alertmanager.post_alerts([pods[-1]])  # pod-060 fires again: its incident reopens
        qtbot.waitUntil(lambda: sum(i.resolved_at is None for i in incidents()) == 1, timeout=20000)
        checked_at(first + aftercare.AFTER_NOTICE_DELAY + 1 * SECONDS)
        alertmanager.post_alerts([resolve(pods[-1])])  # resolved for good
        qtbot.waitUntil(lambda: all(i.resolved_at is not None for i in incidents()), timeout=20000)
        checked_at(max(i.resolved_at for i in incidents()) + aftercare.AFTER_NOTICE_DELAY)
        shift.notify("end of the checks", "")  # told after whatever the checks told
        desktop.wait_for_notification(lambda n: n["summary"] == "end of the checks", timeout=15)
        told = [n for n in desktop.notifications() if n["summary"].startswith("After ")]
        assert [n["summary"] for n in told] == [f"After the incident: PodCrashLooping ×{PODS - 1}",
                                                "After the incident: PodCrashLooping"], [
            (n["summary"], n["body"]) for n in told]
