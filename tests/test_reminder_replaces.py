"""A critical alert's reminders replace one another on screen (fresh-user review 71 AP7): each
"Still unacknowledged" was a new persistent notification (a critical one stays until dismissed),
the earlier ones left there: an hour of one unacknowledged critical alert stacked 30 of them,
pushing a new alert out of dunst's visible stack. A reminder now replaces its alert's previous
reminder still on screen (Notify's ``replaces_id``), and the tray's list of its notifications on
screen (``notify.shown_list``: closed by the next start if this run dies) keeps one entry for it.
A reminder after the previous one was dismissed is a new notification. Real Alertmanager, real
tray controller (reminders every 3 s: ``reminder_minutes`` 0.05), real dunst."""

from __future__ import annotations

import json

import pytest
from conftest import make_alert, running_tray

from oncall_tray.config import Config

pytestmark = pytest.mark.desktop
TITLE = "Still unacknowledged: RemindedDown"


def _shown_reminders(desktop) -> int:
    """How many times dunst showed a reminder of RemindedDown (its rule script's log: one file
    each, a replacement too)."""
    logged = (desktop.tmp / "notifications").glob("n.*.env")
    return sum(f"DUNST_SUMMARY={TITLE}".encode() in path.read_bytes().split(b"\0") for path in logged)


def _on_screen(desktop) -> list[dict]:
    return [n for n in desktop.notifications() if n["summary"] == TITLE and not n["closed"]]


@pytest.fixture
def desktop():
    """The virtual desktop, its dunst showing two reminders alike as two (within a minute they
    read the same, "Critical for 0 min"; the review's differed by their minutes)."""
    from desktop_env import VirtualDesktop

    with VirtualDesktop(stack_duplicates=False) as vd:
        yield vd


def test_a_reminder_replaces_its_alerts_previous_reminder_on_screen(qtbot, desktop, alertmanager, tmp_path,
                                                                    monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    config = Config(alertmanager_url=alertmanager.url, engineer="tester", poll_interval=1, language="en",
                    reminder_minutes=0.05)
    alertmanager.post_alerts([make_alert("RemindedDown", "critical", instance="api-1:8080")])
    with running_tray(qtbot, config, tmp_path) as ctl:
        # (three reminders a minute pass one by one: ``NoticePacer``'s limit; a fourth waits for a summary)
        qtbot.waitUntil(lambda: _shown_reminders(desktop) >= 2, timeout=20000)
        on_screen = _on_screen(desktop)
        assert len(on_screen) == 1, on_screen  # two shown, one on screen: the latest
        assert on_screen[0]["urgency"] == "critical" and on_screen[0]["expire_ms"] == "0"
        listed = [json.loads(path.read_text()) for path in ctl.clicks._left.folder.glob("*.json")]
        assert len(listed) == 1 and len(listed[0]) == len(set(map(tuple, listed[0]))) == ctl.clicks.remembered
        assert [number for _server, number in listed[0]].count(on_screen[0]["id"]) == 1
        # dismissed: the next reminder is a new notification, the dismissed one stays closed
        desktop.clear_notifications()
        qtbot.waitUntil(lambda: len(_on_screen(desktop)) == 1, timeout=20000)
        assert _on_screen(desktop)[0]["id"] != on_screen[0]["id"]
