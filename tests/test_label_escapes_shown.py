"""A control character in a label value (a newline, a tab, a carriage return) is shown as its
escape (``\\n``, ``\\t``, ``\\r``), as ``status`` and the matchers print it, wherever a place is
named: the alerts table's Service / instance column and its tooltip, the detail pane's labels,
``silence list``'s "covers" line, a notification's body and the handoff (review 76 BH3: "a\\nb"
read "a b", or "a" and "b" on two lines). Against a real Alertmanager."""

from __future__ import annotations

import datetime as dt

from conftest import make_alert, settings_file, silence
from PySide6.QtCore import Qt
from test_cli import run

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.config import Config
from oncall_tray.core.alert_order import telling_all, where
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker

UTC = dt.timezone.utc


def test_a_newline_in_a_label_is_shown_as_its_escape_everywhere(qapp, alertmanager, tmp_path):
    from oncall_tray.ui.alert_details import details_html
    from oncall_tray.ui.alerts_model import COLUMNS, AlertsModel

    alertmanager.post_alerts([make_alert("Soft\u00adHyphen", "warning", instance="a\nb", service="svc\tx"),
                              make_alert("Twin", "warning", instance="h:1", pod="p\r1"),
                              make_alert("Twin", "warning", instance="h:1", pod="p2")])
    silence(alertmanager, {"instance": "a\nb"}, author="ana", comment="ACK! olhando")
    with AlertmanagerClient(alertmanager.url) as client:
        alerts = list(client.alerts())
    soft = next(a for a in alerts if a.labels["instance"] == "a\nb")
    assert where(soft) == "svc\\tx / a\\nb"
    told = telling_all(alerts)
    assert sorted(told[a.fingerprint] for a in alerts if a.alertname == "Twin") == ["pod=p2", "pod=p\\r1"]

    model = AlertsModel()
    model.apply(AlertTracker(SeverityMap()).update(alerts, dt.datetime.now(UTC)), {}, dt.datetime.now(UTC))
    column = COLUMNS.index("where")
    cells = [model.data(model.index(row, column)) for row in range(model.rowCount())]
    tips = [model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole) for row in range(model.rowCount())]
    assert "svc\\tx / a\\nb" in cells, cells
    assert any("a\\nb" in tip for tip in tips), tips

    html = details_html(soft, [], Config(), "firing", UTC)
    assert "a\\nb" in html and "svc\\tx" in html, html

    listed = run("--alertmanager", alertmanager.url, "silence", "list", config=settings_file(tmp_path))
    assert listed.returncode == 0, listed.stderr
    covers = [line for line in listed.stdout.splitlines() if "Soft" in line and "covers" in line]
    assert covers and "a\\nb" in covers[0], listed.stdout



def test_the_start_checklist_the_notices_and_the_incidents_message_escape_it_too(alertmanager, tmp_path):
    from oncall_tray.core.escalation import incidents_message
    from oncall_tray.core.handoff import Live, start_checklist
    from oncall_tray.core.journal import Journal
    from oncall_tray.core.severity import Severity
    from oncall_tray.i18n import translator
    from oncall_tray.notify.messages import where_line

    alertmanager.post_alerts([make_alert("Soft\u00adHyphen", "warning", instance="a\nb", summary="s")])
    with AlertmanagerClient(alertmanager.url) as client:
        [soft] = list(client.alerts())
    assert incidents_message(soft, translator("en")).endswith("(a\\nb)")
    assert where_line(soft) == "a\\nb"
    journal = Journal.open(tmp_path / "j.db")
    checklist = start_checklist(journal, "ana", Live({soft.fingerprint: soft}, {soft.fingerprint: Severity.WARNING}, {}),
                                [])
    assert checklist.place_of(soft) == "a\\nb"
    journal.close()
