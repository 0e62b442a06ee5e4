"""A tray restarted while members of an HA cluster are down holds what the shift journal last saw
firing on each: the journal keeps, with each alert, the members that listed it, its annotations
(its runbook link) and the silences that muted it (schema 2), so that the held alert names its
own member, links its runbook and reads acknowledged as last seen, in the alerts window,
``status`` (and ``--json``) and the handoff. A journal of schema 1 still opens (migrated)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import httpx
from conftest import make_alert, running_tray, utcnow
from test_cli import run

from oncall_tray.config import Config
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_schema import APPLICATION_ID, SCHEMA
from oncall_tray.demo import LocalAlertmanager, free_port
from oncall_tray.paths import Folders

RUNBOOK = "http://localhost:3002/runbooks/slow-queries"


def _journal_rows(query: str) -> list:
    if not Folders.for_user().journal.exists():
        return []
    journal = Journal.open(Folders.for_user().journal)
    try:
        return [tuple(row) for row in journal.query(query)]
    finally:
        journal.close()


def _acknowledge(am: LocalAlertmanager, alertname: str) -> str:
    """The guide's acknowledgement of ``alertname``, by ana, on ``am`` alone."""
    now = utcnow()
    body = {"matchers": [{"name": "alertname", "value": alertname, "isRegex": False, "isEqual": True}],
            "startsAt": now.isoformat(), "endsAt": (now + dt.timedelta(minutes=15)).isoformat(),
            "createdBy": "ana", "comment": "ACK! investigando — ana"}
    return httpx.post(f"{am.url}/api/v2/silences", json=body, timeout=5).json()["silenceID"]


def test_a_restarted_tray_holds_each_alert_on_its_member_with_its_runbook_and_silence(qtbot, tmp_path):
    """Three Alertmanagers, c never answering; SlowDatabaseQueries (with its runbook) posted to b
    alone and acknowledged there. b stopped, the tray restarted: the alert was held by b and c
    alike ("Alertmanager b, c does not answer"), read "firing" with no runbook link. It is b's,
    acknowledged by ana as last seen, its runbook linked, in the window, ``status`` and the
    handoff."""
    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    c = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    try:
        slow = make_alert("SlowDatabaseQueries", "warning", instance="db-01:5432")
        slow["annotations"]["runbook_url"] = RUNBOOK
        shared = make_alert("HighMemoryUsage", "warning", instance="db-02:9100")
        a.post_alerts([shared])
        b.post_alerts([shared, slow])
        _acknowledge(b, "SlowDatabaseQueries")
        config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url, c), notifications=False, engineer="ana",
                        poll_interval=1, max_retry_interval=1, request_timeout=2, language="en")
        with running_tray(qtbot, config, tmp_path) as ctl:
            qtbot.waitUntil(lambda: ctl.snapshot is not None and len(ctl.snapshot.alerts) == 2, timeout=15000)
            qtbot.waitUntil(lambda: ("SlowDatabaseQueries",) in _journal_rows(
                "SELECT alertname FROM firing WHERE silenced_by <> ''"), timeout=15000)
        b.stop()
        with running_tray(qtbot, config, tmp_path) as ctl:
            qtbot.waitUntil(lambda: ctl.snapshot is not None and len(ctl.snapshot.alerts) == 2, timeout=15000)
            fp = next(fp for fp, x in ctl.snapshot.alerts.items() if x.alertname == "SlowDatabaseQueries")
            assert ctl.view.unknown == {fp: (b.url,)}, ctl.view.unknown
            ctl.show_window()
            window = ctl.built_window
            state = window.model.state_text(window.model.alert(fp))
            assert state.startswith("acknowledged by ana until ") and state.endswith(f", as last seen on {b.url}"), state
            assert window.select_alert(fp)
            assert RUNBOOK in window.details.toHtml()
        settings = tmp_path / "c.yaml"
        settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}, {c}]\n",
                            encoding="utf-8")
        started = run("handoff", "start", "--confirm", config=str(settings))  # b down: it records no end
        assert started.returncode == 0, started.stderr
        text = run("status", config=str(settings))
        row = next(line for line in text.stdout.splitlines() if "SlowDatabaseQueries" in line)
        assert f"acknowledged, as last seen on {b.url}, " in row and " ago " in row, text.stdout  # (review 61 X1)
        held = next(x for x in json.loads(run("status", "--json", config=str(settings)).stdout)["alerts"]
                    if x["alertname"] == "SlowDatabaseQueries")
        assert held["asLastSeen"] and held["heldBy"] == [b.url], held
        assert held["annotations"]["runbook_url"] == RUNBOOK and held["silencedBy"], held
        end = run("handoff", "end", "--markdown", config=str(settings))
        line = next((line for line in end.stdout.splitlines() if "Follow up SlowDatabaseQueries" in line), end.stderr)
        assert line.endswith(f" ago: Alertmanager {b.url} does not answer)"), end.stdout  # b's, not c's (review 60 V9: when)
        assert "- SlowDatabaseQueries - Expires at " in end.stdout and "By: ana" in end.stdout, end.stdout
    finally:
        a.stop()
        b.stop()


def test_a_journal_of_schema_1_opens_and_its_alerts_are_held_by_every_member_down(tmp_path):
    """A journal written before the members and annotations were kept opens, brought to schema 2
    (its rows keep what they had; an alert without members is held by every member down, as
    before), and what was set aside in it, in rows of the old shape, is taken back whole."""
    from oncall_tray.core.handoff_unknown import held_alerts
    from oncall_tray.core.journal_aside import aside_rows
    from oncall_tray.core.journal_feed import record_poll

    path = tmp_path / "journal.db"
    conn = sqlite3.connect(path)
    for statement in SCHEMA:  # schema 1: firing without annotations and members
        conn.execute(statement.replace(",\n        annotations TEXT NOT NULL DEFAULT '{}',\n"
                                       "        members TEXT NOT NULL DEFAULT '[]')", ")"))
    assert [r[1] for r in conn.execute("PRAGMA table_info(firing)")][-1] == "labels"
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO firing VALUES ('f1', 'APIDown', 'critical', '2026-12-01T10:00:00.000000Z', '', "
                 "'API down', '{\"alertname\":\"APIDown\"}')")
    conn.execute("INSERT INTO state VALUES ('journal', 'alertmanager', '[\"http://am1:9093\",\"http://am2:9093\"]', "
                 "'2026-12-01T10:00:00.000000Z')")
    conn.execute("INSERT INTO state VALUES ('journal_aside', '[\"http://old:9093\"]', ?, '2026-12-01T10:00:00.000000Z')",
                 (json.dumps({"firing": [["f2", "DiskFull", "warning", None, "", "disk", "{}"]], "silences": []}),))
    conn.commit()
    conn.close()
    journal = Journal.open(path)
    try:
        assert journal.query("PRAGMA user_version")[0][0] == 2
        urls = ("http://am1:9093", "http://am2:9093")
        held = held_alerts(journal, urls, (), urls[1:])
        assert list(held.alerts) == ["f1"] and held.members == {"f1": ("http://am2:9093",)}
        assert held.alerts["f1"].annotations == {"summary": "API down"}
        assert aside_rows(journal, ["http://old:9093"])[0][0]["members"] == "[]"
        record_poll(journal, {}, {}, {}, utcnow(), partial=True, urls=["http://old:9093"])  # watched again
        assert [tuple(r) for r in journal.query("SELECT fingerprint, annotations, members FROM firing")] == \
            [("f2", "{}", "[]")]
    finally:
        journal.close()
