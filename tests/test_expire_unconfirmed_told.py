"""An expire asked and never confirmed (its DELETE failed or was not answered at a quit: code
review 80 AV3) whose silence is still active and unchanged is told to the engineer at the next
start, once, naming the silence and how to expire it; one whose silence someone changed since
the ask is neither told nor expired. Real tray and Alertmanager."""

from __future__ import annotations

import datetime as dt

import httpx
from conftest import make_alert, running_tray, silence
from test_restart_ran_out import ana_on_call

from ended_asker import ask_from_ended_process, seen_of
from oncall_tray.core.own_expires import ASKED_SCOPE
from oncall_tray.ui.shift_controller import ShiftController


def _extend(am, silence_id: str) -> None:
    """Someone extends the silence by an hour (same ID: Alertmanager updates it in place)."""
    body = httpx.get(f"{am.url}/api/v2/silence/{silence_id}", timeout=10).json()
    later = dt.datetime.fromisoformat(body["endsAt"].replace("Z", "+00:00")) + dt.timedelta(hours=1)
    posted = {key: body[key] for key in ("id", "matchers", "startsAt", "createdBy", "comment")}
    posted["endsAt"] = later.isoformat().replace("+00:00", "Z")
    answer = httpx.post(f"{am.url}/api/v2/silences", json=posted, timeout=10)
    answer.raise_for_status()
    assert answer.json()["silenceID"] == silence_id


def test_an_expire_never_confirmed_is_told_at_the_next_start(qtbot, tmp_path, monkeypatch):
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(ShiftController, "notify", lambda self, title, body, *a, **k: said.append((title, body)))
    am, config, journal, _looked = ana_on_call()
    try:
        am.post_alerts([make_alert("DiskFull", "warning"), make_alert("QueueSlow", "warning")])
        disk = silence(am, {"alertname": "DiskFull"}, minutes=60, author="ana", comment="ACK! olhando — ana")
        queue = silence(am, {"alertname": "QueueSlow"}, minutes=60, author="ana", comment="ACK! olhando — ana")
        for silence_id in (disk, queue):  # asked at the last quit, never answered
            ask_from_ended_process(journal.path, silence_id, seen=seen_of(am.url, silence_id))
        _extend(am, queue)  # bruno extended it since: his change stands
        with running_tray(qtbot, config, tmp_path):
            qtbot.waitUntil(lambda: not journal.query("SELECT key FROM state WHERE scope = ?", (ASKED_SCOPE,)),
                            timeout=30000)
            qtbot.waitUntil(lambda: any(title == "Silence not expired" for title, _body in said), timeout=10000)
            told = [body for title, body in said if title == "Silence not expired"]
            assert len(told) == 1, told
            assert 'alertname="DiskFull"' in told[0] and f"oncall-tray silence expire {disk}" in told[0], told
        for silence_id in (disk, queue):  # neither expired by the tray
            state = httpx.get(f"{am.url}/api/v2/silence/{silence_id}", timeout=10).json()["status"]["state"]
            assert state == "active"
    finally:
        journal.close()
        am.stop()
