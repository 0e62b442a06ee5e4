"""Note 44's leftover of code review 86 BG1: a silence the on-call engineer makes from one alert's
*Silence…* dialog with a matcher widened to a regex (``instance=~".*"``) counts as acknowledging
*that* alert, recorded in the shift journal (its fingerprint and the silence ID) so that it holds
after the tray starts again, and no other alert the regex matches. Against a real Alertmanager."""

from __future__ import annotations

import datetime as dt
import json

import httpx
from conftest import make_alert, running_tray, utcnow, wait_until
from test_silence_cli import ENGINEER, Cli

from oncall_tray.config import Config
from oncall_tray.core.acknowledged import acknowledged, state_words
from oncall_tray.core.journal import Journal
from oncall_tray.core.made_for import made_for
from oncall_tray.core.sla import clocks_for
from oncall_tray.i18n import translator

NAME = "DiskSpaceRunningOut"


def post_alerts(alertmanager) -> None:
    alertmanager.post_alerts([make_alert(NAME, "critical", instance="conectsuite-h1:9100",
                                         starts_at=utcnow() - dt.timedelta(minutes=16)),
                              make_alert(NAME, "critical", instance="db-prod-7:9100",
                                         starts_at=utcnow() - dt.timedelta(hours=2))])


def config_for(alertmanager, language: str = "en") -> Config:
    return Config(alertmanager_url=alertmanager.url, notifications=False, engineer=ENGINEER, poll_interval=60,
                  language=language)


def fingerprints(ctl) -> tuple[str, str]:
    wait_until(lambda: len(ctl.snapshot.alerts) == 2, 10, "both alerts")
    alerts = ctl.snapshot.alerts
    h1 = next(fp for fp, a in alerts.items() if a.labels["instance"].startswith("conectsuite"))
    return h1, next(fp for fp in alerts if fp != h1)


def widened_dialog(ctl, fingerprint: str, value: str = ".*"):
    """The alert's Silence dialog, commented, its ``instance`` row widened to ``=~ value``."""
    ctl.alert_actions.open_silence_dialog(fingerprint)
    dialog = next(iter(ctl.alert_actions._dialogs.values()))
    dialog.comment.setPlainText("Limpeza de disco em andamento")
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "instance")
    dialog.table.cellWidget(row, 1).setCurrentText("=~")
    dialog.table.item(row, 2).setText(value)
    dialog.refresh()
    return dialog


def open_incidents(journal) -> dict[str, str]:
    """Fingerprint -> who acknowledged it, of the journal's open incidents."""
    return {row["fingerprint"]: row["acknowledged_by"] for row in journal.query(
        "SELECT fingerprint, acknowledged_by FROM incidents WHERE resolved_at IS NULL")}


def acked(ctl, fingerprint: str) -> bool:
    return acknowledged(ctl.snapshot.alerts[fingerprint], ctl.silences.values(), ctl.shift.engineer)


def test_the_dialog_says_a_widened_silence_counts_for_its_alert_only(qtbot, alertmanager, tmp_path):
    post_alerts(alertmanager)
    with running_tray(qtbot, config_for(alertmanager), tmp_path) as ctl:
        h1, _db = fingerprints(ctl)
        dialog = widened_dialog(ctl, h1)
        note = dialog.preview.text().split("\n")[-1]
        assert note.startswith(f"It will count as acknowledging {NAME} (conectsuite-h1:9100), this dialog's alert, "
                               "and no other alert it silences: "), note
        assert "db-prod-7" in note and "will not count as acknowledged" in note, note
        dialog.close()


def test_the_dialog_says_when_it_will_not_count_even_for_its_alert(qtbot, alertmanager, tmp_path):
    """A colleague named as author, no ACK: no answer of the shift's, whatever the dialog."""
    post_alerts(alertmanager)
    with running_tray(qtbot, config_for(alertmanager), tmp_path) as ctl:
        h1, _db = fingerprints(ctl)
        dialog = widened_dialog(ctl, h1)
        dialog.author.setText("Carla Dias")
        note = dialog.preview.text().split("\n")[-1]
        assert note.startswith(f"It will not count as acknowledging {NAME}: only a silence made by the engineer on "
                               "call while it fires, or one whose comment starts with ACK"), note
        dialog.close()


def test_the_dialog_says_so_in_portuguese(qtbot, alertmanager, tmp_path, portuguese):
    post_alerts(alertmanager)
    with running_tray(qtbot, config_for(alertmanager, "pt_BR"), tmp_path) as ctl:
        h1, _db = fingerprints(ctl)
        dialog = widened_dialog(ctl, h1)
        note = dialog.preview.text().split("\n")[-1]
        assert note.startswith(f"Ele contará como reconhecimento de {NAME} (conectsuite-h1:9100), o alerta deste "
                               "diálogo, e de nenhum outro alerta que ele silencia: não reconhece "), note
        assert "db-prod-7" in note, note
        dialog.close()


def test_a_widened_silence_from_the_dialog_acknowledges_its_alert_and_no_other(qtbot, alertmanager, tmp_path):
    """Made from h1's dialog with ``instance=~".*"``: h1 is acknowledged (window, response clock,
    journal incident), db-prod-7 only muted; after the tray starts again, still so."""
    post_alerts(alertmanager)
    with running_tray(qtbot, config_for(alertmanager), tmp_path) as ctl:
        h1, db = fingerprints(ctl)
        dialog = widened_dialog(ctl, h1)
        with qtbot.waitSignal(ctl.poller.polled, timeout=10000):
            dialog.submit()
        wait_until(lambda: ctl.snapshot.alerts[h1].silenced and ctl.snapshot.alerts[db].silenced, 10, "silenced")
        (sid,) = ctl.snapshot.alerts[h1].status.silenced_by
        wait_until(lambda: acked(ctl, h1), 10, "h1 acknowledged")
        assert not acked(ctl, db)
        words = state_words(ctl.snapshot.alerts[h1], ctl.silences.values(), utcnow(), dt.timezone.utc,
                            translator("en"), on_call=ctl.shift.engineer)
        assert words.startswith(f"acknowledged by {ENGINEER} until"), words
        clocks = clocks_for(ctl.snapshot.alerts.values(), ctl.snapshot.severities, ctl.silences.values(), utcnow(),
                            ctl.config.sla_policy(), on_call=ctl.shift.engineer)
        assert clocks[h1].responded and not clocks[db].responded  # the response clock of h1 alone stops
        wait_until(lambda: open_incidents(ctl.shift.journal), 10, "the journal's incident")
        assert made_for(ctl.shift.journal) == {sid: h1}
        incidents = open_incidents(ctl.shift.journal)
        assert incidents.get(h1) == ENGINEER and db not in incidents, incidents
    with running_tray(qtbot, config_for(alertmanager), tmp_path) as again:  # the tray started again
        wait_until(lambda: len(again.snapshot.alerts) == 2, 10, "both alerts")
        assert acked(again, h1) and not acked(again, db)
    cli = Cli(alertmanager, tmp_path)  # the command line reads the record too
    alerts = {a["labels"]["instance"]: a for a in json.loads(cli("status", "--json").stdout)["alerts"]}
    assert alerts["conectsuite-h1:9100"]["sla"]["responded"] and not alerts["db-prod-7:9100"]["sla"]["responded"]
    (row,) = [line for line in cli("status").stdout.splitlines() if "conectsuite-h1" in line]
    assert f"{NAME}  acknowledged " in row, row  # its State column, by the rule (not "muted")
    (row,) = [line for line in cli("status").stdout.splitlines() if "db-prod-7" in line]
    assert f"{NAME}  muted " in row and "not acknowledged" in row, row


def test_the_handoff_lists_the_dialogs_alert_alone_as_acknowledged(alertmanager, tmp_path):
    """``handoff end``'s Incidents Handled: the dialog's alert, acknowledged by the engineer; not
    db-prod-7, which the same widened silence mutes (code review 86 BG1)."""
    from test_handoff import ZONE, Shift

    from oncall_tray.core import shifts
    from oncall_tray.core.handoff import end_report
    from oncall_tray.core.made_for import record_made_for

    journal = Journal.open(tmp_path / "j.db")
    shift = Shift(alertmanager, journal)
    started = shifts.start_shift(journal, ENGINEER)
    post_alerts(alertmanager)
    live = shift.poll()
    h1 = next(fp for fp, a in live.alerts.items() if a.labels["instance"].startswith("conectsuite"))
    now = utcnow()
    made = httpx.post(alertmanager.url + "/api/v2/silences", timeout=10, json={
        "matchers": [{"name": "alertname", "value": NAME, "isRegex": False, "isEqual": True},
                     {"name": "instance", "value": ".*", "isRegex": True, "isEqual": True}],
        "startsAt": now.isoformat(), "endsAt": (now + dt.timedelta(minutes=15)).isoformat(),
        "createdBy": ENGINEER, "comment": "Limpeza de disco"}).json()["silenceID"]
    record_made_for(journal, h1, [made])  # as the tray does once Alertmanager made it
    wait_until(lambda: all(a.silenced for a in shift.poll().alerts.values()), 10, "silenced")
    report = end_report(journal, started, shift.poll(), translator("en"), ZONE)
    handled = [(i.incident.fingerprint, i.incident.acknowledged_by) for i in report.incidents]
    assert handled == [(h1, ENGINEER)], handled


def test_an_older_journal_without_the_records_reads(tmp_path):
    """A journal of an earlier build has no ``made_for`` record: nothing is marked, nothing fails;
    a damaged record marks nothing either."""
    from oncall_tray.core.made_for import MADE_FOR, marked

    journal = Journal.open(tmp_path / "j.db")
    try:
        assert made_for(journal) == {}
        journal.set_state(MADE_FOR, "s-bad", ["not", "a", "fingerprint"])
        assert made_for(journal) == {}
        silences = {}
        assert marked(silences, made_for(journal)) is silences
    finally:
        journal.close()


def test_a_widened_silence_made_elsewhere_acknowledges_no_alert(qtbot, alertmanager, tmp_path):
    """amtool or the web UI: today's rule (a regex acknowledges none), whoever made it."""
    post_alerts(alertmanager)
    with running_tray(qtbot, config_for(alertmanager), tmp_path) as ctl:
        h1, db = fingerprints(ctl)
        now = utcnow()
        httpx.post(alertmanager.url + "/api/v2/silences", timeout=10, json={
            "matchers": [{"name": "alertname", "value": NAME, "isRegex": False, "isEqual": True},
                         {"name": "instance", "value": ".*", "isRegex": True, "isEqual": True}],
            "startsAt": now.isoformat(), "endsAt": (now + dt.timedelta(minutes=15)).isoformat(),
            "createdBy": ENGINEER, "comment": "Limpeza de disco"}).raise_for_status()
        wait_until(lambda: ctl.refresh() or ctl.snapshot.alerts[h1].silenced, 10, "silenced")
        assert not acked(ctl, h1) and not acked(ctl, db)
