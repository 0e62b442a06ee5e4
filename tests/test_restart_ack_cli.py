"""``oncall-tray ack`` of an alert kept through an Alertmanager restart (review 61 W8, the command
line's half): the tray keeps a restarted Alertmanager's alerts for ``RESTART_GRACE`` (Prometheus
has not sent them again yet), and an acknowledgement made meanwhile mutes them; ``ack`` of one
said "No current alert has the fingerprint …". The shift journal's last-seen copy stands in for
them within the grace. Real Alertmanagers, restarted on the same storage."""

from __future__ import annotations

import datetime as dt
import json

import httpx
from pathlib import Path

from conftest import make_alert, settings_file
from test_cli import run

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.commands.common import FirstAnswering
from oncall_tray.config import load_config
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_schema import dumps, loads
from oncall_tray.core.journal_starts import MEMBER_STARTS
from oncall_tray.member_starts import RESTART_GRACE
from oncall_tray.paths import Folders


def _restarted(alertmanager, tmp_path) -> tuple[str, str]:
    """MidnightSP and APIDown firing, recorded in the shift journal (``handoff start``), then
    ``alertmanager`` restarted on its storage, Prometheus not sending them again yet: the
    settings file and MidnightSP's fingerprint."""
    alertmanager.post_alerts([make_alert("MidnightSP", "critical"), make_alert("APIDown", "critical")])
    settings = settings_file(tmp_path, f"engineer: Carla Dias\nlanguage: en\nalertmanager_url: {alertmanager.url}\n")
    begun = run("handoff", "start", "--confirm", config=settings)  # the shift journal sees them
    assert begun.returncode == 0, begun.stderr
    seen = run("status", "--json", config=settings)
    assert seen.returncode == 0, seen.stderr
    fp = next(a["fingerprint"] for a in json.loads(seen.stdout)["alerts"] if a["alertname"] == "MidnightSP")
    alertmanager.stop(remove_storage=False)
    alertmanager.start()
    return settings, fp


def test_ack_of_an_alert_kept_through_a_restart_makes_its_silence(alertmanager, tmp_path):
    settings, fp = _restarted(alertmanager, tmp_path)
    acked = run("ack", fp, config=settings)
    assert acked.returncode == 0, acked.stderr
    assert "No current alert" not in acked.stderr
    assert "MidnightSP is kept through the restart of Alertmanager " + alertmanager.url in acked.stderr
    silence_id = acked.stdout.strip()
    made = httpx.get(f"{alertmanager.url}/api/v2/silence/{silence_id}", timeout=10).json()
    assert {m["name"]: m["value"] for m in made["matchers"]}["alertname"] == "MidnightSP"
    assert made["createdBy"] == "Carla Dias"
    again = run("ack", fp, config=settings)  # the restarted Alertmanager's silence mutes the kept copy
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == silence_id and "already acknowledged" in again.stderr, again.stderr
    alertmanager.post_alerts([make_alert("MidnightSP", "critical"), make_alert("APIDown", "critical")])  # sent again
    status = json.loads(run("status", "--json", config=settings).stdout)
    states = {a["alertname"]: a for a in status["alerts"]}
    assert states["MidnightSP"]["silencedBy"] == [silence_id], states["MidnightSP"]
    assert states["MidnightSP"]["sla"]["responded"] is True
    assert not states["APIDown"]["silencedBy"] and states["APIDown"]["sla"]["responded"] is False


def test_silence_add_counts_the_alerts_kept_through_a_restart(alertmanager, tmp_path):
    """``silence add`` of a kept alert: made, without "matches no alert firing now"."""
    settings, _fp = _restarted(alertmanager, tmp_path)
    added = run("silence", "add", "alertname=MidnightSP", "--comment", "investigando", "--duration", "10m",
                config=settings)
    assert added.returncode == 0, added.stderr
    assert "matches no alert" not in added.stderr, added.stderr


def test_outside_the_grace_or_without_a_restart_nothing_is_kept(alertmanager, tmp_path):
    """Past ``RESTART_GRACE`` after its start nothing is kept; within it, the journal's copy is.
    Without a restart, an alert the journal saw that Alertmanager lacks is not current: ``ack``
    says so, as before."""
    from oncall_tray.commands.restart_kept import kept_through_restart

    settings, fp = _restarted(alertmanager, tmp_path)
    loaded = load_config(Path(settings))
    client = FirstAnswering(ClusterClient([AlertmanagerClient(alertmanager.url, timeout=3)]))
    try:
        polled = client.polled(AlertQuery())
        start = client.cluster.clients[0].status().uptime
        inside = kept_through_restart(loaded, client, polled, now=start + RESTART_GRACE - dt.timedelta(seconds=1))
        assert sorted(a.alertname for a in inside.alerts.values()) == ["APIDown", "MidnightSP"]
        assert inside.members[fp] == (alertmanager.url,)
        assert kept_through_restart(loaded, client, polled, now=start + RESTART_GRACE).alerts == {}
    finally:
        client.cluster.close()


def test_without_a_restart_ack_of_an_alert_gone_says_it_is_not_current(alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("MidnightSP", "critical")])
    settings = settings_file(tmp_path, f"engineer: Carla Dias\nlanguage: en\nalertmanager_url: {alertmanager.url}\n")
    assert run("handoff", "start", "--confirm", config=settings).returncode == 0
    seen = run("status", "--json", config=settings)
    fp = json.loads(seen.stdout)["alerts"][0]["fingerprint"]
    _start_known()
    alertmanager.post_alerts([make_alert("MidnightSP", "critical",
                                         ends_at=dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=1))])
    acked = run("ack", fp, config=settings)
    assert acked.returncode != 0
    assert "No current alert has the fingerprint" in acked.stderr, acked.stderr


def _start_known() -> None:
    """The shift journal's Alertmanager start kept as known, as when it first saw it more than
    ``RESTART_GRACE`` after it (an Alertmanager just started for the test is otherwise a
    restart: review 61 X2)."""
    journal = Journal.open(Folders.for_user().journal)
    try:
        with journal.transaction() as tx:
            row = tx.conn.execute("SELECT value FROM state WHERE scope = ? AND key = ?", MEMBER_STARTS).fetchone()
            starts = {url: start["restart"] if isinstance(start, dict) else start for url, start in loads(row[0]).items()}
            assert starts
            tx.conn.execute("UPDATE state SET value = ? WHERE scope = ? AND key = ?", (dumps(starts), *MEMBER_STARTS))
    finally:
        journal.close()


def test_apart_ack_of_an_alert_kept_through_b_restart_makes_its_silence_on_b(tmp_path):
    """Alertmanagers that are not one cluster: APIDown was posted to b alone; b restarted. ``ack``
    of it makes the silence on b (a silence stays where it is made), not on a, which never held it."""
    from test_silence_holders_down import _cli_apart_b_restarted

    with _cli_apart_b_restarted(tmp_path) as (a, b, settings, fp):
        acked = run("ack", fp, config=str(settings))
        assert acked.returncode == 0, acked.stderr
        assert f"APIDown is kept through the restart of Alertmanager {b.url}" in acked.stderr
        assert f"Sent to Alertmanager {b.url}, which holds the alert" in acked.stderr, acked.stderr
        assert [s["id"] for s in httpx.get(f"{b.url}/api/v2/silences", timeout=5).json()] == [acked.stdout.strip()]
        assert httpx.get(f"{a.url}/api/v2/silences", timeout=5).json() == []
