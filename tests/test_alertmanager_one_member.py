"""``--alertmanager`` naming ONE member of the settings' cluster (review 68 AF8): the command
recorded in the shift journal and stored that member alone as the Alertmanager the journal
follows (state ``alertmanager``), so that a later refusal named the wrong Alertmanager. The
README: "given another one with --alertmanager, commands record nothing of it there (and say
so)". A poll of one member is not the cluster's picture (the other member's own alerts would be
recorded resolved): it is refused as another Alertmanager, the journal following the whole
cluster still, and the refusal names it. A real gossiping pair on loopback."""

from __future__ import annotations

import json

from conftest import make_alert, settings_file
from test_cli import run
from test_cluster import cluster  # noqa: F401 (the fixture)

from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_seen import WATCHED
from oncall_tray.config_urls import scope_identity
from oncall_tray.paths import Folders


def _followed() -> list[str]:
    journal = Journal.open(Folders.for_user().journal)
    try:
        return journal.get_state(*WATCHED)
    finally:
        journal.close()


def test_one_member_given_records_nothing_and_the_journal_still_follows_the_cluster(cluster, tmp_path):  # noqa: F811
    a, b = cluster
    for member in cluster:
        member.post_alerts([make_alert("APIDown", "critical")])
    a.post_alerts([make_alert("OnlyOnA", "critical")])  # a's own: a poll of b would say it resolved
    settings = settings_file(tmp_path, f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n")
    assert run("handoff", "start", "--confirm", config=settings).returncode == 0
    both = sorted(scope_identity(u) for u in (a.url, b.url))
    assert _followed() == both
    fp = next(x["fingerprint"] for x in json.loads(run("status", "--json", config=settings).stdout)["alerts"]
              if x["alertname"] == "APIDown")
    note = run("--alertmanager", b.url, "handoff", "note", fp, "via one member", config=settings)
    assert note.returncode != 0, note.stdout + note.stderr
    assert "Not recorded in the shift journal: it follows the whole cluster (" in note.stderr, note.stderr
    assert f"not only the members given with --alertmanager ({b.url})" in note.stderr and a.url in note.stderr
    looked = run("--alertmanager", b.url, "status", config=settings)
    assert looked.returncode in (0, 3), looked.stderr
    assert _followed() == both  # not switched to b alone
    other = run("--alertmanager", "http://127.0.0.1:9", "handoff", "note", fp, "y", config=settings)
    assert other.returncode != 0 and "it follows another Alertmanager (" in other.stderr, other.stderr
    assert a.url in other.stderr and b.url in other.stderr, other.stderr
    journal = Journal.open(Folders.for_user().journal)
    try:  # a's own alert, which b does not hold, still firing in the journal
        assert {r[0] for r in journal.query("SELECT alertname FROM firing")} == {"APIDown", "OnlyOnA"}
    finally:
        journal.close()
