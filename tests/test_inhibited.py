"""Alerts Alertmanager inhibits are left out of the list (``inhibited=false``), but said where
what inhibits them is shown: the header counts them ("+2 inhibited by APIDown", never in the
badge nor the colour), the inhibiting alert's detail pane names them, ``status`` (and ``--json``)
and the shift start checklist list them (Q6: APIDown inhibited two warnings of its instance,
invisible everywhere, until they surfaced at once past their response targets). Against real
Alertmanagers whose configuration has the reviewer's inhibit rule."""

from __future__ import annotations

import json

import httpx
import pytest
from conftest import make_alert, running_tray, settings_file, silence, wait_until
from test_cli import run

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.config import Config
from oncall_tray.demo import MINIMAL_CONFIG, LocalAlertmanager, guide_alerts
from oncall_tray.paths import Folders

#: Q6's rule: APIDown inhibits the warnings of its instance.
INHIBITING_CONFIG = MINIMAL_CONFIG + """\
inhibit_rules:
  - source_matchers: ['alertname="APIDown"']
    target_matchers: ['severity="warning"']
    equal: [instance]
"""
BEHIND = ["HighHTTPErrorRate", "HighLatencyP95"]  # the guide's warnings on APIDown's instance


def start_inhibiting(alerts: list[dict] | None = None) -> LocalAlertmanager:
    """An Alertmanager with Q6's inhibit rule, holding ``alerts`` (the guide's twelve), once it
    says the two warnings are inhibited."""
    am = LocalAlertmanager(config=INHIBITING_CONFIG).start()
    am.post_alerts(alerts or guide_alerts())
    wait_until(lambda: sorted(inhibited_names(am)) == BEHIND, 15, "the warnings inhibited")
    return am


def inhibited_names(am: LocalAlertmanager) -> list[str]:
    """What Alertmanager itself lists as inhibited (not through the code under test)."""
    alerts = httpx.get(am.url + "/api/v2/alerts", timeout=10).json()
    return [a["labels"]["alertname"] for a in alerts if a["status"]["inhibitedBy"]]


def acknowledged_then_inhibited(meanwhile=lambda am: None) -> LocalAlertmanager:
    """An Alertmanager with Q6's rule holding the guide's alerts but APIDown, HighLatencyP95
    acknowledged by ana; then (after ``meanwhile(am)``) APIDown, once the warnings are inhibited."""
    am = LocalAlertmanager(config=INHIBITING_CONFIG).start()
    try:
        alerts = guide_alerts()
        am.post_alerts([a for a in alerts if a["labels"]["alertname"] != "APIDown"])
        p95 = next(a for a in alerts if a["labels"]["alertname"] == "HighLatencyP95")
        silence(am, p95["labels"], author="ana", comment="ACK! investigando")
        assert getattr(meanwhile(am), "returncode", 0) == 0
        am.post_alerts([a for a in alerts if a["labels"]["alertname"] == "APIDown"])
        wait_until(lambda: sorted(inhibited_names(am)) == BEHIND, 15, "the warnings inhibited")
    except BaseException:
        am.stop()
        raise
    return am


@pytest.fixture
def inhibiting():
    am = start_inhibiting()
    try:
        yield am
    finally:
        am.stop()


def test_the_inhibited_alerts_are_asked_for_apart_and_name_what_inhibits_them(inhibiting):
    with AlertmanagerClient(inhibiting.url) as client:
        shown = client.alerts()  # one request: the inhibited alerts set apart
        inhibited = shown.inhibited
        filtered = client.alerts(AlertQuery(filter=('alertname="HighLatencyP95"',))).inhibited
    apidown = next(a for a in shown if a.alertname == "APIDown")
    assert len(shown) == 10 and not any(a.alertname in BEHIND for a in shown)
    assert sorted(a.alertname for a in inhibited) == BEHIND
    assert all(a.status.inhibited_by == (apidown.fingerprint,) for a in inhibited)
    assert [a.alertname for a in filtered] == ["HighLatencyP95"]  # the settings' filter applies


def test_inhibited_alerts_of_several_members_are_merged_as_the_others(inhibiting):
    """Two Alertmanagers (not one cluster) each holding the alerts: each inhibited alert once."""
    other = start_inhibiting()
    try:
        with ClusterClient([AlertmanagerClient(inhibiting.url), AlertmanagerClient(other.url)]) as cluster:
            polled = cluster.poll()
    finally:
        other.stop()
    assert len(polled.alerts) == 10
    assert sorted(a.alertname for a in polled.inhibited) == BEHIND


def test_an_acknowledged_alert_then_inhibited_is_listed_as_silenced_everywhere(tmp_path):
    """Alertmanager says such an alert ``suppressed``, with both ``silencedBy`` and ``inhibitedBy``:
    ``inhibited=false`` left it out of the list, and ``silenced=false`` out of the inhibited ones.
    HighLatencyP95, acknowledged, vanished once APIDown fired: "resolved" in the journal, its
    acknowledgement "covers no alert now". Listed, silenced, its inhibition said; the other
    warning behind APIDown in the inhibited ones and in the end's pending items."""
    config = settings_file(tmp_path, "engineer: ana\n")
    am = acknowledged_then_inhibited(lambda am: run("--alertmanager", am.url, "handoff", "start", "--confirm",
                                                    config=config))
    try:
        doc = json.loads(run("--alertmanager", am.url, "status", "--json", config=config).stdout)
        listed = {a["alertname"]: a for a in doc["alerts"]}
        assert len(listed) == 11 and listed["HighLatencyP95"]["silencedBy"], sorted(listed)
        assert listed["HighLatencyP95"]["inhibitedBy"] == [listed["APIDown"]["fingerprint"]]
        assert listed["HighLatencyP95"]["inhibitedByNames"] == ["APIDown"]  # review 58 T3
        assert "inhibitedByNames" not in listed["APIDown"]
        assert [a["alertname"] for a in doc["inhibited"]] == ["HighHTTPErrorRate"]
        text = run("--alertmanager", am.url, "status", config=config).stdout
        assert "Inhibited by APIDown (not listed): HighHTTPErrorRate (warning)\n" in text, text
        assert " acknowledged, inhibited " in next(line for line in text.splitlines() if "HighLatencyP95" in line), text
        ended = run("--alertmanager", am.url, "handoff", "end", config=config)
        assert ended.returncode == 0, ended.stderr
        assert "esolved" not in ended.stdout and "covers no alert now" not in ended.stdout, ended.stdout
        assert "Acknowledge HighLatencyP95" not in ended.stdout, ended.stdout
        assert "- [ ] Mind what fires behind APIDown (inhibited, not listed): HighHTTPErrorRate (warning)\n" \
            in ended.stdout, ended.stdout
        start = run("--alertmanager", am.url, "handoff", "start", config=config).stdout
        assert "- HighLatencyP95 (inhibited by APIDown) (warning, silenced)" in start, start
        assert "- _Inhibited by APIDown (not listed): HighHTTPErrorRate (warning)_" in start, start
        from oncall_tray.core.journal import Journal
        from oncall_tray.core.journal_schema import EventKind

        journal = Journal.open(Folders.for_user().journal)
        try:
            assert not journal.events(kinds=(EventKind.RESOLVED,))
        finally:
            journal.close()
    finally:
        am.stop()


def test_the_end_report_hands_them_over_in_either_language(inhibiting, tmp_path):
    """Guide, handing over: the next engineer learns that two warnings fire behind APIDown."""
    config = settings_file(tmp_path, "engineer: ana\n")
    assert run("--alertmanager", inhibiting.url, "handoff", "start", "--confirm", config=config).returncode == 0
    ended = run("--alertmanager", inhibiting.url, "handoff", "end", config=config)
    assert ended.returncode == 0, ended.stderr
    assert "- [ ] Mind what fires behind APIDown (inhibited, not listed): HighHTTPErrorRate (warning), " \
        "HighLatencyP95 (warning)" in ended.stdout, ended.stdout
    portuguese = run("--alertmanager", inhibiting.url, "handoff", "end", config=config, env_lang="pt_BR.UTF-8")
    assert "- [ ] Acompanhar o que dispara por trás de APIDown (inibidos, fora da lista): HighHTTPErrorRate " \
        "(aviso), HighLatencyP95 (aviso)" in portuguese.stdout, portuguese.stdout


def test_status_says_what_is_inhibited_and_by_what(inhibiting, tmp_path):
    config = settings_file(tmp_path)
    text = run("--alertmanager", inhibiting.url, "status", config=config)
    assert text.returncode == 0, text.stderr
    assert "Alerts: 10 (" in text.stdout
    assert "Inhibited by APIDown (not listed): HighHTTPErrorRate (warning), HighLatencyP95 (warning)" in text.stdout
    portuguese = run("--alertmanager", inhibiting.url, "status", config=config, env_lang="pt_BR.UTF-8")
    assert "Inibidos por APIDown (fora da lista): HighHTTPErrorRate (aviso), HighLatencyP95 (aviso)" \
        in portuguese.stdout, portuguese.stdout
    doc = json.loads(run("--alertmanager", inhibiting.url, "status", "--json", config=config).stdout)
    assert len(doc["alerts"]) == 10
    apidown = next(a["fingerprint"] for a in doc["alerts"] if a["alertname"] == "APIDown")
    assert sorted(a["alertname"] for a in doc["inhibited"]) == BEHIND
    assert all(a["severity"] == "warning" and a["inhibitedBy"] == [apidown] and a["inhibitedByNames"] == ["APIDown"]
               for a in doc["inhibited"])


def test_the_start_checklist_lists_them_under_the_active_alerts(inhibiting, tmp_path):
    start = run("--alertmanager", inhibiting.url, "handoff", "start", config=settings_file(tmp_path, "engineer: ana\n"))
    assert start.returncode == 0, start.stderr
    assert "**Active Alerts**: 10" in start.stdout
    assert "- _Inhibited by APIDown (not listed): HighHTTPErrorRate (warning), HighLatencyP95 (warning)_" \
        in start.stdout, start.stdout


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_the_window_counts_them_apart_and_the_inhibiting_alerts_pane_names_them(qtbot, request, inhibiting,
                                                                                 tmp_path, language):
    """Also with APIDown silenced by a maintenance silence, which does not stop inhibition: the
    badge counts the 9 unacknowledged alerts, not the 2 inhibited ones."""
    request.getfixturevalue(language)
    silence(inhibiting, {"alertname": "APIDown"}, minutes=60, comment="maintenance")
    config = Config(alertmanager_url=inhibiting.url, notifications=False, engineer="maria", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as ctl:
        ctl.refresh()
        qtbot.waitUntil(lambda: ctl.view.acknowledged == 1, timeout=10000)
        view = ctl.view
        assert view.badge == 9 and view.total == 10 and len(view.inhibited) == 2
        ctl.show_window()
        window = ctl.window
        header = window.details_label.text()
        english = language == "english"
        assert ("1 silenced · +2 inhibited by APIDown" if english else "Silenciados: 1 · +2 inibidos por APIDown") \
            in header, header
        assert window.headline.text() == ("Unacknowledged alerts: 9" if english else "Alertas não reconhecidos: 9")
        apidown = next(fp for fp, a in ctl.snapshot.alerts.items() if a.alertname == "APIDown")
        assert window.select_alert(apidown)
        pane = window.details.toPlainText()
        assert ("Inhibits: HighHTTPErrorRate (warning), HighLatencyP95 (warning)" if english else
                "Inibe: HighHTTPErrorRate (aviso), HighLatencyP95 (aviso)") in pane, pane


def test_the_start_window_lists_them_after_the_active_alerts(qtbot, inhibiting, tmp_path, english, monkeypatch):
    """Their count beside the title, not in it; each row names what inhibits it; past the rows
    shown, "… and N more" stays under the alerts it counts."""
    from oncall_tray.core.severity import SeverityMap
    from oncall_tray.core.tracker import AlertTracker
    from oncall_tray.ui.shift_controller import ShiftController
    from oncall_tray.watch import Watcher

    monkeypatch.setattr("oncall_tray.ui.handoff_start.SHOWN", 3)
    config = Config(alertmanager_url=inhibiting.url, engineer="ana")
    controller = ShiftController(config, lambda notices: None, path=tmp_path / "journal.db", folders=Folders.for_user())
    watcher = Watcher(AlertmanagerClient(inhibiting.url), AlertTracker(SeverityMap()), AlertQuery())
    try:
        controller.on_polled(watcher.poll())
        qtbot.waitUntil(lambda: not controller.writer.busy, timeout=5000)
        controller.show_window("start")
        start = controller.window("start")
        qtbot.waitUntil(lambda: "inhibited" in start.alerts_box.full_title(), timeout=5000)
        assert start.alerts_box.full_title() == "Active alerts (10) · +2 inhibited by APIDown"
        names = [start.alerts.topLevelItem(i).text(1) for i in range(start.alerts.topLevelItemCount())]
        states = [start.alerts.topLevelItem(i).text(2) for i in range(start.alerts.topLevelItemCount())]
        assert names[3:] == ["… and 7 more", "HighHTTPErrorRate", "HighLatencyP95"], names
        assert states[3:] == ["", "inhibited by APIDown", "inhibited by APIDown"], states
        start.close()
    finally:
        controller.shutdown()
        watcher.client.close()


def test_an_alert_that_goes_behind_an_inhibition_is_not_resolved(qtbot, tmp_path, monkeypatch):
    """Review 58 T4: HighHTTPErrorRate fired, then APIDown fired and inhibited it: the tray
    recorded it resolved, and the end report said "Fired and resolved on their own:
    HighHTTPErrorRate" beside "Mind what fires behind APIDown … HighHTTPErrorRate"."""
    from oncall_tray.core.journal_schema import EventKind

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    am = LocalAlertmanager(config=INHIBITING_CONFIG).start()
    try:
        alerts = guide_alerts()
        am.post_alerts([a for a in alerts if a["labels"]["alertname"] != "APIDown"])
        config = Config(alertmanager_url=am.url, notifications=False, engineer="ana", poll_interval=60)
        with running_tray(qtbot, config, tmp_path) as tray:
            with qtbot.waitSignal(tray.poller.polled, timeout=10000):
                tray.refresh()  # past the first poll (an Alertmanager that started lately lacks nothing then)
            shown = []
            monkeypatch.setattr(tray.notifier, "show", lambda notices: shown.extend(notices))
            am.post_alerts([a for a in alerts if a["labels"]["alertname"] == "APIDown"])
            wait_until(lambda: sorted(inhibited_names(am)) == BEHIND, 15, "the warnings inhibited")
            with qtbot.waitSignal(tray.poller.polled, timeout=10000):
                tray.refresh()
            qtbot.waitUntil(lambda: not tray.shift.writer.busy and "APIDown" in [
                e.alertname for e in tray.shift.journal.events(kinds=(EventKind.FIRED,))], timeout=10000)
            assert not [n.title for n in shown if n.title.startswith("Resolved")], [n.title for n in shown]
            resolved = [e.alertname for e in tray.shift.journal.events(kinds=(EventKind.RESOLVED,))]
            assert resolved == [], resolved
    finally:
        am.stop()


def test_an_inhibited_alert_can_be_acknowledged_from_the_command_line(inhibiting, tmp_path):
    """Review 58 T2: ``ack`` said "No current alert has the fingerprint" for an alert ``status
    --json`` lists under "inhibited": acknowledged, it stays quiet once APIDown resolves."""
    config = settings_file(tmp_path, "engineer: ana\n")
    doc = json.loads(run("--alertmanager", inhibiting.url, "status", "--json", config=config).stdout)
    behind = next(a["fingerprint"] for a in doc["inhibited"] if a["alertname"] == "HighLatencyP95")
    acked = run("--alertmanager", inhibiting.url, "ack", behind[:8], config=config)
    assert acked.returncode == 0, acked.stderr
    made = httpx.get(inhibiting.url + "/api/v2/silences", timeout=10).json()
    assert [s["comment"] for s in made if s["status"]["state"] == "active"] == ["ACK! investigando — ana"]


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_the_detail_pane_of_an_inhibited_alert_names_what_inhibits_it(qtbot, request, tmp_path, language):
    """HighLatencyP95, acknowledged, then inhibited by APIDown: listed, silenced, its state said
    "…, inhibited" without naming what inhibits it. Its pane names APIDown with where it fires;
    with a filter that leaves APIDown out, that it is not in the list, by its fingerprint."""
    request.getfixturevalue(language)
    english = language == "english"
    am = acknowledged_then_inhibited()
    try:
        apidown = next(a["fingerprint"] for a in httpx.get(am.url + "/api/v2/alerts", timeout=10).json()
                       if a["labels"]["alertname"] == "APIDown")
        for scope, said in (((), ("Inhibited by APIDown (backend / conectsuite-backend:3001)" if english else
                                  "Inibido por APIDown (backend / conectsuite-backend:3001)")),
                            (('alertname!="APIDown"',),
                             (f"Inhibited by an alert not in the list (not watched, or resolved): {apidown}"
                              if english else
                              f"Inibido por um alerta fora da lista (não acompanhado, ou resolvido): {apidown}"))):
            config = Config(alertmanager_url=am.url, notifications=False, engineer="ana", poll_interval=60,
                            filter=scope)
            with running_tray(qtbot, config, tmp_path / str(len(scope))) as ctl:
                ctl.refresh()
                qtbot.waitUntil(lambda: any(a.alertname == "HighLatencyP95" for a in ctl.snapshot.alerts.values()),
                                timeout=10000)
                ctl.show_window()
                window = ctl.window
                assert window.select_alert(next(fp for fp, a in ctl.snapshot.alerts.items()
                                                if a.alertname == "HighLatencyP95"))
                pane = window.details.toPlainText()
                assert said in pane, pane
                assert ("acknowledged by ana until" if english else "reconhecido por ana até") in pane, pane
    finally:
        am.stop()
