"""An acknowledgement expired early outside the app (fresh-user review 71 AP5): a colleague ran
``amtool silence expire`` on the engineer's acknowledgement of a critical alert, and the tray said
nothing of it, the alert simply firing again, its first word a "Still unacknowledged" reminder up
to ``reminder_minutes`` later. The "Acknowledgement ran out" notice was skipped for any silence
ended early, whoever ended it; it is skipped only for an expire this app made (the shift journal
records those: the Silences tab, the handoff and the command line), and an early end by anyone
else is said at the next poll: "Acknowledgement ended outside oncall-tray: X", "Expired at HH:MM …".
Real Alertmanager, real tray controller; the outside expire is a DELETE through the API."""

from __future__ import annotations

import contextlib

import httpx
import msgspec
from conftest import local_clock, make_alert, running_tray, silence
from test_restart_ran_out import ana_on_call

from oncall_tray.core.journal_schema import EventKind
from oncall_tray.core.shifts import recorded_responses

OUTSIDE = "Acknowledgement ended outside"
RAN_OUT = "Acknowledgement ran out: "


def _ended(polls) -> list[tuple[str, str]]:
    """(title, first body line) of the notices of ``polls`` saying an acknowledgement ended."""
    return [(n.title, n.body.splitlines()[0]) for p in polls for n in p.attention_notices
            if n.title.startswith((OUTSIDE, RAN_OUT, "Silence ended"))]


def _unsilenced(ctl, name: str) -> bool:
    snapshot = ctl.snapshot
    return snapshot is not None and any(a.alertname == name and not a.silenced for a in snapshot.alerts.values())


@contextlib.contextmanager
def _two_acknowledged(qtbot, tmp_path, front=None):
    """APIDown and FutureClock firing, each acknowledged by ana (silences made through the API),
    a tray watching them that recorded both; yields (Alertmanager, journal, tray controller, its
    polls from then on, APIDown's silence, FutureClock's). ``front``: called with Alertmanager's
    URL, a server in front of it (``url``, ``stop()``) that the tray talks to. Everything stopped
    on exit."""
    am, config, journal, _looked = ana_on_call()
    server = None
    try:
        am.post_alerts([make_alert("APIDown", "critical"), make_alert("FutureClock", "critical")])
        api = silence(am, {"alertname": "APIDown"}, minutes=15, author="ana", comment="ACK! investigando — ana")
        clock = silence(am, {"alertname": "FutureClock"}, minutes=15, author="ana", comment="ACK! olhando — ana")
        if front is not None:
            server = front(am.url)
            config = msgspec.structs.replace(config, alertmanager_url=server.url)
        with running_tray(qtbot, config, tmp_path) as ctl:
            polls: list = []
            ctl.poller.polled.connect(polls.append)
            qtbot.waitUntil(lambda: len(recorded_responses(journal).acknowledged_at) == 2, timeout=15000)
            yield am, journal, ctl, polls, api, clock
    finally:
        if server is not None:
            server.stop()
        journal.close()
        am.stop()


def _nothing_said_of_apidown(qtbot, ctl, polls) -> None:
    """Once the tray sees APIDown unsilenced, and for two more polls, no acknowledgement's end is said."""
    qtbot.waitUntil(lambda: _unsilenced(ctl, "APIDown"), timeout=20000)
    seen = len(polls)
    qtbot.waitUntil(lambda: len(polls) >= seen + 2, timeout=15000)
    assert _ended(polls) == []


def test_an_acknowledgement_expired_outside_the_app_is_said_at_the_next_poll_its_own_expire_not(
        qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    with _two_acknowledged(qtbot, tmp_path) as (am, journal, ctl, polls, api, clock):
        # the engineer expires her own acknowledgement from the Silences tab: she knows, nothing said
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=10000):
            ctl.alert_actions.expire_silence(api)
        _nothing_said_of_apidown(qtbot, ctl, polls)
        recorded = journal.query("SELECT source FROM events WHERE kind = ? AND silence_id = ?",
                                 (EventKind.SILENCE_EXPIRED.value, api))
        assert "tray" in [row["source"] for row in recorded]  # the Silences tab's expire is in the journal
        # a colleague expires the other one through Alertmanager's API (amtool, its UI): said at once
        httpx.delete(f"{am.url}/api/v2/silence/{clock}", timeout=10).raise_for_status()
        ended = httpx.get(f"{am.url}/api/v2/silence/{clock}", timeout=10).json()["endsAt"]
        qtbot.waitUntil(lambda: _unsilenced(ctl, "FutureClock"), timeout=15000)
        assert _ended(polls) == [("Acknowledgement ended outside oncall-tray: FutureClock",
                                  f"Expired at {local_clock(ended)} (amtool, Alertmanager's UI): the alert fires "
                                  "without a silence. Acknowledge it again or escalate.")]
        shown = [n for p in polls for n in p.attention_notices if n.title.startswith(OUTSIDE)]
        assert shown[0].urgent and shown[0].acknowledgeable  # its Acknowledge offered again
        seen = len(polls)
        qtbot.waitUntil(lambda: len(polls) >= seen + 2, timeout=15000)
        assert len(_ended(polls)) == 1  # once
