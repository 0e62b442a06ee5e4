"""What needs action comes first (fresh-user review 69 AI1, AI7): after a busy shift, 50 critical
``PodCrashLooping`` silenced with one silence, three criticals nobody acknowledged and warnings.
Every list of active alerts (``status`` text and JSON, the alerts window's default order, the
start checklist's Markdown and window) names the unacknowledged criticals first, and the start
checklist folds the 50 of one name into one line ("PodCrashLooping ×50")."""

from __future__ import annotations

import datetime as dt
import json

from conftest import make_alert, settings_file, silence, utcnow
from test_cli import run
from test_handoff_windows import desk  # noqa: F401  (the fixture: a shift controller fed by real polls)

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.ui.alerts_model import AlertsModel

MINUTES = dt.timedelta(minutes=1)
UNACKNOWLEDGED = {"DatabaseConnectionPoolExhausted", "HighLatencyP99", "SLOAvailabilityViolation"}


def busy_shift(am) -> None:
    """The review's Alertmanager: 50 crash-looping pods silenced (6 min old, so oldest), three
    criticals unacknowledged and 20 warnings (3 min old)."""
    now = utcnow()
    pods = [make_alert("PodCrashLooping", "critical", starts_at=now - 6 * MINUTES, instance=f"10.0.0.{n}:8080",
                       pod=f"api-{n}") for n in range(1, 51)]
    criticals = [make_alert(name, "critical", starts_at=now - 3 * MINUTES, service="backend")
                 for name in sorted(UNACKNOWLEDGED)]
    warnings = [make_alert("PodNotReady", "warning", starts_at=now - 3 * MINUTES, instance=f"10.0.1.{n}:8080")
                for n in range(1, 21)]
    am.post_alerts(pods + criticals + warnings)
    silence(am, {"alertname": "PodCrashLooping"}, author="maria", comment="Investigando crash loop")


def test_status_lists_the_unacknowledged_criticals_first(alertmanager, tmp_path):
    busy_shift(alertmanager)
    config = settings_file(tmp_path)
    listed = run("--alertmanager", alertmanager.url, "status", "--json", config=config)
    assert listed.returncode == 0, listed.stderr
    names = [a["alertname"] for a in json.loads(listed.stdout)["alerts"]]
    assert set(names[:3]) == UNACKNOWLEDGED, names[:5]
    assert names[3:23] == ["PodNotReady"] * 20 and names[23:] == ["PodCrashLooping"] * 50
    text = run("--alertmanager", alertmanager.url, "status", config=config)
    assert text.returncode == 0, text.stderr
    lines = [line for line in text.stdout.splitlines() if "PodCrashLooping" in line or any(
        n in line for n in UNACKNOWLEDGED)]
    assert all(n in "".join(lines[:3]) for n in UNACKNOWLEDGED), text.stdout[:2000]


def test_the_alerts_window_shows_what_needs_action_in_its_first_rows(alertmanager, qapp):
    busy_shift(alertmanager)
    with AlertmanagerClient(alertmanager.url) as client:
        update = AlertTracker(SeverityMap()).update(client.alerts(), utcnow())
    model = AlertsModel()
    model.apply(update, {}, utcnow())
    first = [update.snapshot.alerts[model.fingerprint(r)].alertname for r in range(3)]
    assert set(first) == UNACKNOWLEDGED


def test_the_start_checklist_names_what_needs_action_and_folds_the_silenced(alertmanager, tmp_path):
    busy_shift(alertmanager)
    start = run("--alertmanager", alertmanager.url, "handoff", "start", config=settings_file(tmp_path))
    assert start.returncode == 0, start.stderr
    section = start.stdout.split("**Active Alerts**:")[1].split("**Silences**")[0]
    lines = [line for line in section.splitlines() if line.startswith("- ")]
    assert section.split()[0] == "73"
    assert all(n in "".join(lines[:3]) for n in UNACKNOWLEDGED), section
    assert any(line.startswith("- PodCrashLooping ×50 (critical, silenced)") for line in lines), section
    assert any(line.startswith("- PodNotReady ×20 (warning)") for line in lines), section
    assert "more" not in section and len(lines) == 5, section


def test_the_start_window_names_what_needs_action_first(desk, qtbot):  # noqa: F811
    busy_shift(desk.am)
    desk.poll()
    desk.controller.start()
    window = desk.controller.window("start")
    qtbot.addWidget(window)
    rows = [window.alerts.topLevelItem(i).text(1) for i in range(window.alerts.topLevelItemCount())]
    states = [window.alerts.topLevelItem(i).text(2) for i in range(window.alerts.topLevelItemCount())]
    assert window.alerts_box.title() == "Active alerts (73)"
    assert set(rows[:3]) == UNACKNOWLEDGED, rows[:6]
    assert rows[3:] == ["PodNotReady ×20", "PodCrashLooping ×50"], rows
    assert states == ["", "", "", "", "silenced"], states  # in its own column (never cut by a long name)
