"""Review 75 BD3: the on-call engineer's own silence made from an alert's *Silence…* dialog, one
matcher widened to a regex (``instance=~conectsuite-h.*``, still naming the alert and matching
it), counted as no acknowledgement ("response silenced, no acknowledgement"), while the same
silence with exact matchers did. It is the engineer's answer to that alert: it acknowledges it
(``acknowledged.acknowledges``); a regex on the alert's name, a negative matcher, a colleague's
or one of a label the alert lacks still does not. Against a real Alertmanager."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest
from conftest import make_alert, running_tray, utcnow, wait_until
from test_silence_cli import ENGINEER, Cli

from oncall_tray.alertmanager.models import Matcher, Silence
from oncall_tray.config import Config
from oncall_tray.core.acknowledged import acknowledges

LABELS = {"alertname": "DiskSpaceRunningOut", "instance": "conectsuite-h1:9100", "severity": "critical"}
FIRED = dt.datetime(2026, 12, 7, 18, 0, tzinfo=dt.timezone.utc)


def widened(matchers: list[dict], author: str, minutes: int = 60, comment: str = "Limpeza de disco em andamento"):
    now = utcnow()
    return {"matchers": matchers, "startsAt": now.isoformat(), "endsAt": (now + dt.timedelta(minutes=minutes)).isoformat(),
            "createdBy": author, "comment": comment}


def dialog_matchers(instance: dict) -> list[dict]:
    """What the alert's dialog makes with the ``instance`` row edited."""
    return [{"name": "alertname", "value": "DiskSpaceRunningOut", "isRegex": False, "isEqual": True}, instance,
            {"name": "severity", "value": "critical", "isRegex": False, "isEqual": True}]


def test_status_calls_the_on_call_engineers_widened_silence_an_acknowledgement(alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("DiskSpaceRunningOut", "critical", instance="conectsuite-h1:9100",
                                         starts_at=utcnow() - dt.timedelta(minutes=16)),
                              make_alert("HighMemoryUsage", "warning", instance="conectsuite-h1:9100")])
    cli = Cli(alertmanager, tmp_path)
    body = widened(dialog_matchers({"name": "instance", "value": "conectsuite-h.*", "isRegex": True, "isEqual": True}),
                   ENGINEER)
    made = httpx.post(alertmanager.url + "/api/v2/silences", json=body, timeout=10).json()["silenceID"]
    wait_until(lambda: cli.alerts()["DiskSpaceRunningOut"]["status"]["silencedBy"] == [made], 10, "the silence")
    for lang, word in (("en_US.UTF-8", "acknowledged"), ("pt_BR.UTF-8", "reconhecido")):
        (row,) = [line for line in cli("status", lang=lang).stdout.splitlines() if "DiskSpaceRunningOut" in line]
        assert word in row and "no acknowledgement" not in row and "sem reconhecimento" not in row, row
        assert "  silenced  " not in row and "  silenciado  " not in row, row  # the State column
        assert "  muted  " not in row and "not acknowledged" not in row, row
    alerts = {a["labels"]["alertname"]: a for a in json.loads(cli("status", "--json").stdout)["alerts"]}
    assert alerts["DiskSpaceRunningOut"]["sla"]["responded"] is True


def rule(*matchers: Matcher, author: str = ENGINEER) -> bool:
    now = FIRED + dt.timedelta(minutes=16)
    silence = Silence(id="s1", matchers=list(matchers), starts_at=now, ends_at=now + dt.timedelta(hours=1),
                      updated_at=now, created_by=author, comment="Limpeza de disco em andamento",
                      status={"state": "active"})
    return acknowledges(silence, LABELS, FIRED, ENGINEER)


NAME = Matcher(name="alertname", value="DiskSpaceRunningOut")
SEVERITY = Matcher(name="severity", value="critical")


def test_the_rule_takes_a_widened_matcher_of_the_engineers_silence_of_the_alert():
    assert rule(NAME, Matcher(name="instance", value="conectsuite-h.*", is_regex=True), SEVERITY)
    assert rule(NAME, Matcher(name="instance", value="conectsuite-h1:9100"), SEVERITY)  # exact, as before


def test_the_rule_still_refuses_silences_of_many_alerts():
    regex = Matcher(name="instance", value="conectsuite-h.*", is_regex=True)
    assert not rule(NAME, regex, SEVERITY, author="Carla Dias")  # a colleague's, without ACK
    assert not rule(Matcher(name="alertname", value="Disk.*", is_regex=True), regex)  # the name widened
    assert not rule(regex, SEVERITY)  # no alert named: a host's silence
    assert not rule(NAME, Matcher(name="instance", value="other", is_equal=False))  # negative: "all but"
    assert not rule(NAME, Matcher(name="instance", value="db.*", is_regex=True))  # does not match it
    assert not rule(NAME, regex, Matcher(name="service", value=".*", is_regex=True))  # a label it lacks


@pytest.fixture
def tray(qtbot, alertmanager, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    alertmanager.post_alerts([make_alert("DiskSpaceRunningOut", "critical", instance="conectsuite-h1:9100",
                                         starts_at=utcnow() - dt.timedelta(minutes=16))])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer=ENGINEER, poll_interval=60,
                    language="en")
    with running_tray(qtbot, config, tmp_path) as ctl:
        yield ctl


def test_the_silence_dialog_says_before_it_is_made_whether_it_acknowledges_the_alert(qtbot, tray):
    """The review: nothing said whether the silence would count; the dialog says it as it is edited."""
    fp = next(iter(tray.snapshot.alerts))
    tray.alert_actions.open_silence_dialog(fp)
    dialog = next(iter(tray.alert_actions._dialogs.values()))
    dialog.comment.setPlainText("Limpeza de disco em andamento")
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "instance")
    dialog.table.cellWidget(row, 1).setCurrentText("=~")
    dialog.table.item(row, 2).setText("conectsuite-h.*")
    assert "It will count as acknowledging DiskSpaceRunningOut." in dialog.preview.text(), dialog.preview.text()
    name = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "alertname")
    dialog.table.cellWidget(name, 1).setCurrentText("=~")
    dialog.table.item(name, 2).setText("Disk.*")
    assert "It will not count as acknowledging DiskSpaceRunningOut" in dialog.preview.text(), dialog.preview.text()
    dialog.close()


def test_the_handoff_lists_the_alert_the_widened_silence_acknowledged(alertmanager, tmp_path):
    """The review: ``handoff end``'s Incidents Handled left out the alert so silenced."""
    from test_handoff import ZONE, Shift

    from oncall_tray.core import shifts
    from oncall_tray.core.handoff import end_report
    from oncall_tray.core.journal import Journal
    from oncall_tray.i18n import translator

    journal = Journal.open(tmp_path / "j.db")
    shift = Shift(alertmanager, journal)
    started = shifts.start_shift(journal, ENGINEER)
    alertmanager.post_alerts([make_alert("DiskSpaceRunningOut", "critical", instance="conectsuite-h1:9100")])
    shift.poll()
    body = widened(dialog_matchers({"name": "instance", "value": "conectsuite-h.*", "isRegex": True, "isEqual": True}),
                   ENGINEER)
    httpx.post(alertmanager.url + "/api/v2/silences", json=body, timeout=10).raise_for_status()
    wait_until(lambda: shift.poll().alerts and all(a.silenced for a in shift.poll().alerts.values()), 10, "silenced")
    report = end_report(journal, started, shift.poll(), translator("en"), ZONE)
    assert [i.incident.alertname for i in report.incidents] == ["DiskSpaceRunningOut"], report.incidents
    assert report.incidents[0].incident.acknowledged_by == ENGINEER
