"""Review 75 BD3 and code review 86 BG1: the on-call engineer's own silence made from an alert's
*Silence…* dialog, one matcher widened to a regex (``instance=~".*"``), acknowledged every alert of
that name it muted, also one nobody had opened. A regex mutes many alerts: it acknowledges none
(``acknowledged.acknowledges``); the dialog says so before it is made, and names every alert an
exact silence will count as acknowledging. Against a real Alertmanager."""

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


def test_status_calls_the_on_call_engineers_widened_silence_no_acknowledgement(alertmanager, tmp_path):
    """Code review 86 BG1: a regex mutes many alerts; it acknowledges none, whoever made it."""
    alertmanager.post_alerts([make_alert("DiskSpaceRunningOut", "critical", instance="conectsuite-h1:9100",
                                         starts_at=utcnow() - dt.timedelta(minutes=16)),
                              make_alert("HighMemoryUsage", "warning", instance="conectsuite-h1:9100")])
    cli = Cli(alertmanager, tmp_path)
    body = widened(dialog_matchers({"name": "instance", "value": "conectsuite-h.*", "isRegex": True, "isEqual": True}),
                   ENGINEER)
    made = httpx.post(alertmanager.url + "/api/v2/silences", json=body, timeout=10).json()["silenceID"]
    wait_until(lambda: cli.alerts()["DiskSpaceRunningOut"]["status"]["silencedBy"] == [made], 10, "the silence")
    (row,) = [line for line in cli("status").stdout.splitlines() if "DiskSpaceRunningOut" in line]
    assert "  muted  " in row and "not acknowledged" in row, row
    alerts = {a["labels"]["alertname"]: a for a in json.loads(cli("status", "--json").stdout)["alerts"]}
    assert alerts["DiskSpaceRunningOut"]["sla"]["responded"] is False


def rule(*matchers: Matcher, author: str = ENGINEER) -> bool:
    now = FIRED + dt.timedelta(minutes=16)
    silence = Silence(id="s1", matchers=list(matchers), starts_at=now, ends_at=now + dt.timedelta(hours=1),
                      updated_at=now, created_by=author, comment="Limpeza de disco em andamento",
                      status={"state": "active"})
    return acknowledges(silence, LABELS, FIRED, ENGINEER)


NAME = Matcher(name="alertname", value="DiskSpaceRunningOut")
SEVERITY = Matcher(name="severity", value="critical")


def test_the_rule_takes_exact_matchers_of_the_engineers_silence_of_the_alert():
    assert rule(NAME, Matcher(name="instance", value="conectsuite-h1:9100"), SEVERITY)


def test_the_rule_still_refuses_silences_of_many_alerts():
    regex = Matcher(name="instance", value="conectsuite-h.*", is_regex=True)
    assert not rule(NAME, regex, SEVERITY)  # the engineer's own, widened from the dialog (code review 86 BG1)
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
                                         starts_at=utcnow() - dt.timedelta(minutes=16)),
                              make_alert("DiskSpaceRunningOut", "critical", instance="db-prod-7:9100",
                                         starts_at=utcnow() - dt.timedelta(hours=2))])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer=ENGINEER, poll_interval=60,
                    language="en")
    with running_tray(qtbot, config, tmp_path) as ctl:
        yield ctl


def test_the_silence_dialog_names_every_alert_it_will_count_as_acknowledging(qtbot, tray):
    """Review 75 BD3: nothing said whether the silence would count. Code review 86 BG1: the note
    named the dialog's alert only, while the silence counted for each of that name it muted."""
    wait_until(lambda: len(tray.snapshot.alerts) == 2, 10, "both alerts")
    fp = next(fp for fp, a in tray.snapshot.alerts.items() if a.labels["instance"].startswith("conectsuite"))
    tray.alert_actions.open_silence_dialog(fp)
    dialog = next(iter(tray.alert_actions._dialogs.values()))
    dialog.comment.setPlainText("Limpeza de disco em andamento")
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "instance")
    note = dialog.preview.text()
    assert "It will count as acknowledging DiskSpaceRunningOut" in note and "db-prod-7" not in note.split("\n")[-1], note
    dialog.table.cellWidget(row, 1).setCurrentText("=~")
    dialog.table.item(row, 2).setText(".*")
    note = dialog.preview.text().split("\n")[-1]  # widened: its own alert only (note 44)
    assert "this dialog's alert, and no other alert it silences: DiskSpaceRunningOut (db-prod-7" in note, note
    dialog.table.cellWidget(row, 1).setCurrentText("=")
    dialog.table.item(row, 2).setText("conectsuite-h1:9100")
    dialog.table.removeRow(row)
    dialog.refresh()
    note = dialog.preview.text().split("\n")[-1]
    assert note.startswith("It will count as acknowledging ") and "conectsuite-h1" in note and "db-prod-7" in note, note
    dialog.close()


def test_the_handoff_lists_no_alert_acknowledged_by_a_widened_silence(alertmanager, tmp_path):
    """Code review 86 BG1: ``handoff end``'s Incidents Handled listed DiskFull on db-prod-7 as
    acknowledged by the engineer, whose widened silence was made from h1's dialog."""
    from test_handoff import ZONE, Shift

    from oncall_tray.core import shifts
    from oncall_tray.core.handoff import end_report
    from oncall_tray.core.journal import Journal
    from oncall_tray.i18n import translator

    journal = Journal.open(tmp_path / "j.db")
    shift = Shift(alertmanager, journal)
    started = shifts.start_shift(journal, ENGINEER)
    alertmanager.post_alerts([make_alert("DiskFull", "critical", instance="h1"),
                              make_alert("DiskFull", "critical", instance="db-prod-7")])
    shift.poll()
    body = widened([{"name": "alertname", "value": "DiskFull", "isRegex": False, "isEqual": True},
                    {"name": "instance", "value": ".*", "isRegex": True, "isEqual": True}], ENGINEER, minutes=240)
    httpx.post(alertmanager.url + "/api/v2/silences", json=body, timeout=10).raise_for_status()
    wait_until(lambda: shift.poll().alerts and all(a.silenced for a in shift.poll().alerts.values()), 10, "silenced")
    report = end_report(journal, started, shift.poll(), translator("en"), ZONE)
    assert not [i for i in report.incidents if i.incident.acknowledged_by], report.incidents
