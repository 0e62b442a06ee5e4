"""The one-shot commands against a real two-member Alertmanager cluster whose members disagree:
an alert posted to one member alone (a Prometheus that names one member only, or gossip that
has not carried it: a cluster gossips silences, not alerts), or the first member stopped. A
command that looks an alert up by fingerprint finds it through any member that answers, and
a new silence goes to one member, as the tray's acknowledgement sends it (``first_accepting``:
the members that answer first)."""

from __future__ import annotations

import json

import httpx
from conftest import make_alert
from test_cli import run
from test_cluster import cluster, wait_until  # noqa: F401 (the fixture)


def _fingerprint(url: str, alertname: str) -> str:
    return next(x["fingerprint"] for x in httpx.get(f"{url}/api/v2/alerts", timeout=5).json()
                if x["labels"]["alertname"] == alertname)


def _silenced_on(url: str, alertname: str) -> bool:
    return any(x["status"]["silencedBy"] for x in httpx.get(f"{url}/api/v2/alerts", timeout=5).json()
               if x["labels"]["alertname"] == alertname)


def test_ack_finds_an_alert_only_the_second_member_holds(cluster, tmp_path):  # noqa: F811
    """SlowDatabaseQueries posted to b only: ``ack`` asked a, the first member that answered,
    and said "No current alert has the fingerprint", while the tray listed it. It is found
    through b, and silenced once, on a (gossip carries the silence to b); ``trend`` finds it too,
    and ``silence list`` shows what the silence covers."""
    a, b = cluster
    a.post_alerts([make_alert("HighMemoryUsage", "warning")])
    b.post_alerts([make_alert("HighMemoryUsage", "warning"), make_alert("SlowDatabaseQueries", "warning")])
    settings = tmp_path / "c.yaml"
    settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n"
                        "prometheus_url: http://127.0.0.1:9\n", encoding="utf-8")
    fp = _fingerprint(b.url, "SlowDatabaseQueries")
    trend = run("trend", fp, config=str(settings))
    assert "No current alert" not in trend.stderr, trend.stderr
    acked = run("ack", fp[:8], config=str(settings))
    assert acked.returncode == 0, acked.stderr
    silence_id = acked.stdout.strip()
    wait_until(lambda: _silenced_on(b.url, "SlowDatabaseQueries"), 10, "the acknowledgement on b")
    listed = run("silence", "list", config=str(settings))
    assert silence_id[:8] in listed.stdout and "SlowDatabaseQueries" in listed.stdout, listed.stdout
    again = run("ack", fp, config=str(settings))  # silenced already: no second silence
    assert again.returncode == 0 and again.stdout.strip() == silence_id, again.stderr


def test_ack_with_the_first_member_stopped_goes_through_the_second(cluster, tmp_path):  # noqa: F811
    """a stopped: ``ack`` and ``escalate --dry-run`` find the alert through b, and the silence is
    made there."""
    a, b = cluster
    b.post_alerts([make_alert("APIDown", "critical")])
    settings = tmp_path / "c.yaml"
    settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n", encoding="utf-8")
    fp = _fingerprint(b.url, "APIDown")
    a.stop()
    escalated = run("escalate", fp, "--dry-run", config=str(settings))
    assert escalated.returncode == 0 and "APIDown" in escalated.stdout, escalated.stderr
    acked = run("ack", fp, config=str(settings))
    assert acked.returncode == 0, acked.stderr
    assert _silenced_on(b.url, "APIDown") or wait_until(lambda: _silenced_on(b.url, "APIDown"), 10, "the silence")


def _status_fingerprint(settings, alertname: str) -> str:
    """The alert's fingerprint as ``status --json`` gives it (the engineer copies it from there)."""
    import json

    doc = json.loads(run("status", "--json", config=str(settings)).stdout)
    return next(alert["fingerprint"] for alert in doc["alerts"] if alert["alertname"] == alertname)


def test_ack_of_an_alert_only_a_member_down_holds_is_made_on_a_member_that_answers(cluster, tmp_path):  # noqa: F811
    """APIDown sent to a alone, a stopped: ``status`` lists it "as last seen on a", with its
    fingerprint, and ``ack`` of that fingerprint said "No current alert has the fingerprint"
    (exit 1), while the tray acknowledged it. A silence's matchers need not the alert there: it is
    made on b, which answers, stderr names a, and the cluster's gossip carries it to a once a is
    back (a restarted, sent APIDown again: muted at once)."""
    a, b = cluster
    a.post_alerts([make_alert("APIDown", "critical")])
    b.post_alerts([make_alert("HighMemoryUsage", "warning")])
    settings = tmp_path / "c.yaml"
    settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n", encoding="utf-8")
    assert run("handoff", "start", "--confirm", config=str(settings)).returncode == 0  # the journal saw it on a
    a.stop(remove_storage=False)
    fp = _status_fingerprint(settings, "APIDown")
    acked = run("ack", fp[:8], config=str(settings))
    assert acked.returncode == 0, acked.stderr
    silence_id = acked.stdout.strip()
    made = httpx.get(f"{b.url}/api/v2/silence/{silence_id}", timeout=5).json()
    assert {m["name"]: m["value"] for m in made["matchers"]}["alertname"] == "APIDown"
    assert f"APIDown as last seen on Alertmanager {a.url}, which does not answer" in acked.stderr, acked.stderr
    assert "No current alert" not in acked.stderr
    again = run("ack", fp, config=str(settings))  # acknowledged now: no second silence
    assert again.returncode == 0 and again.stdout.strip() == silence_id, again.stderr
    row = next(line for line in run("status", config=str(settings)).stdout.splitlines() if "APIDown" in line)
    assert f"acknowledged, as last seen on {a.url}" in row and "respond in" not in row, row  # not "firing"
    a.start()
    a.post_alerts([make_alert("APIDown", "critical")])  # Prometheus sends it again
    wait_until(lambda: _silenced_on(a.url, "APIDown"), 20, "the acknowledgement gossiped to a")


def test_ack_of_an_alert_only_a_member_down_holds_is_refused_when_they_are_not_one_cluster(tmp_path):
    """Two Alertmanagers with clustering disabled: a silence made on b would never reach a, where
    APIDown pages, yet its matchers would read as APIDown's acknowledgement. Nothing is sent, and
    the message names a (exit 2: the Alertmanager that holds it cannot be reached)."""
    from oncall_tray.demo import LocalAlertmanager

    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    try:
        a.post_alerts([make_alert("APIDown", "critical")])
        b.post_alerts([make_alert("HighMemoryUsage", "warning")])
        settings = tmp_path / "c.yaml"
        settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n", encoding="utf-8")
        assert run("handoff", "start", "--confirm", config=str(settings)).returncode == 0
        a.stop()
        acked = run("ack", _status_fingerprint(settings, "APIDown"), config=str(settings))
        assert acked.returncode == 2, acked.stderr
        assert "Not created: these Alertmanagers are not one cluster" in acked.stderr, acked.stderr  # silence add's words
        assert f"APIDown (test:1) is held only by Alertmanager {a.url}, which does not answer." in acked.stderr
        assert httpx.get(f"{b.url}/api/v2/silences", timeout=5).json() == [] and not acked.stdout
        settings.write_text(settings.read_text(encoding="utf-8").replace("language: en", "language: pt_BR"),
                            encoding="utf-8")
        portuguese = run("ack", _status_fingerprint(settings, "APIDown"), config=str(settings))
        assert "não responde" in portuguese.stderr and portuguese.returncode == 2, portuguese.stderr
    finally:
        a.stop()
        b.stop()


def test_ack_goes_to_the_alertmanager_that_holds_the_alert_when_they_are_not_one_cluster(tmp_path):
    """Clustering disabled, both members up, APIDown posted to b alone: ``ack`` made the silence on
    a, the first that answered, and APIDown kept paging on b. It goes to b, and says so."""
    from oncall_tray.demo import LocalAlertmanager

    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    try:
        b.post_alerts([make_alert("APIDown", "critical")])
        a.post_alerts([make_alert("HighMemoryUsage", "warning")])
        both = make_alert("DiskFull", "warning")
        a.post_alerts([both])
        b.post_alerts([both])
        settings = tmp_path / "c.yaml"
        settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n", encoding="utf-8")
        acked = run("ack", "--yes", _status_fingerprint(settings, "APIDown"), config=str(settings))
        assert acked.returncode == 0, acked.stderr
        assert httpx.get(f"{a.url}/api/v2/silences", timeout=5).json() == []
        assert _silenced_on(b.url, "APIDown")
        assert f"Sent to Alertmanager {b.url}, which holds the alert" in acked.stderr, acked.stderr
        acked = run("ack", _status_fingerprint(settings, "DiskFull"), config=str(settings))
        assert acked.returncode == 0, acked.stderr
        assert _silenced_on(a.url, "DiskFull") and _silenced_on(b.url, "DiskFull")  # one silence on each
        assert len(acked.stdout.split()) == 2, acked.stdout
        assert f"Sent to Alertmanagers {a.url}, {b.url}, which hold the alert" in acked.stderr, acked.stderr
        # silence add likewise (review 60 V10: made on a, it muted nothing where QueueLag fires)
        b.post_alerts([make_alert("QueueLag", "warning")])
        added = run("silence", "add", "alertname=QueueLag", "--comment", "teste", "--duration", "15m",
                    config=str(settings))
        assert added.returncode == 0, added.stderr
        assert _silenced_on(b.url, "QueueLag") and len(httpx.get(f"{a.url}/api/v2/silences", timeout=5).json()) == 1
        assert f"Sent to Alertmanager {b.url}, which holds the alert" in added.stderr, added.stderr
        # one made on a (Alertmanager's own UI, an older tray) does not cover b's QueueLag in silence list
        httpx.post(f"{a.url}/api/v2/silences", timeout=5, json={
            "matchers": [{"name": "alertname", "value": "QueueLag", "isRegex": False, "isEqual": True}],
            "startsAt": "2020-01-01T00:00:00Z", "endsAt": "2099-01-01T00:00:00Z", "createdBy": "bruno",
            "comment": "on a"}).raise_for_status()
        listed = {doc["comment"]: doc["covers"] for doc in json.loads(run(
            "silence", "list", "--json", config=str(settings)).stdout)}
        assert listed["on a"] == [] and listed["teste"] == [_fingerprint(b.url, "QueueLag")], listed
    finally:
        a.stop()
        b.stop()
