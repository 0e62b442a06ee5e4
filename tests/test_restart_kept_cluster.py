"""The alerts kept through a restart of one member of a real Alertmanager cluster, the other
member up before (code review 63A CA4): the command line (``restart_kept.kept_of``: ``ack``,
``status``) kept nothing whenever another member up before answered, while the tray
(``cluster_watch``) keeps the restarted member's own alerts, those no other member listed
(Prometheus sending to that member only): ``oncall-tray ack`` of one said "No current alert has
the fingerprint …" while the tray listed it. One rule now (``member_starts.kept_own``). Two
gossiping Alertmanagers on loopback, a restarted on its storage; the command line run as the
engineer runs it."""

from __future__ import annotations

import datetime as dt
import json

import httpx
from conftest import make_alert, settings_file
from test_cli import run
from test_cluster import cluster  # noqa: F401 (the fixture)
from test_restart_ack_cli import _start_known


def _listed(settings) -> dict[str, str]:
    """``status --json``'s alerts: alertname -> fingerprint."""
    done = run("status", "--json", config=settings)
    assert done.returncode in (0, 3), done.stderr
    return {a["alertname"]: a["fingerprint"] for a in json.loads(done.stdout)["alerts"]}


def own_and_shared(a, b, folder) -> tuple[str, dict[str, str]]:
    """APIDown sent to ``a`` alone (Prometheus sending there only), DiskFull to both; a shift
    taken (the journal sees them), both members' starts known (up before the journal looked:
    neither restarted since, review 61 X2). The settings file (in ``folder``) and the alerts'
    fingerprints by alertname."""
    a.post_alerts([make_alert("APIDown", "critical")])
    both = make_alert("DiskFull", "warning")
    a.post_alerts([both])
    b.post_alerts([both])
    settings = settings_file(folder, f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n")
    begun = run("handoff", "start", "--confirm", config=settings)
    assert begun.returncode == 0, begun.stderr
    fps = _listed(settings)
    assert set(fps) == {"APIDown", "DiskFull"}, fps
    _start_known()
    return settings, fps


def test_a_restarted_member_s_own_alert_is_kept_while_the_other_was_up_before(cluster, tmp_path):  # noqa: F811
    """APIDown sent to a alone, DiskFull to both; the journal sees them; a restarts. Within its
    grace ``status`` lists APIDown (a's own) and ``ack`` of it makes its silence; DiskFull,
    resolved meanwhile on b (which lists every alert but a's own), is not kept."""
    a, b = cluster
    settings, fps = own_and_shared(a, b, tmp_path)
    a.stop(remove_storage=False)
    a.start()
    ended = make_alert("DiskFull", "warning", ends_at=dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=1))
    b.post_alerts([ended])
    assert set(_listed(settings)) == {"APIDown"}
    acked = run("ack", fps["APIDown"], config=settings)
    assert acked.returncode == 0, acked.stderr
    assert f"APIDown is kept through the restart of Alertmanager {a.url}" in acked.stderr, acked.stderr
    made = acked.stdout.strip()
    assert made in {s["id"] for m in (a, b) for s in httpx.get(f"{m.url}/api/v2/silences", timeout=5).json()}
    gone = run("ack", fps["DiskFull"], config=settings)
    assert gone.returncode != 0 and "No current alert has the fingerprint" in gone.stderr, gone.stderr
