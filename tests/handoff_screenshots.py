"""Screenshots of the shift windows, in Portuguese and in English, for a person to look at:
``python tests/handoff_screenshots.py OUTDIR [WIDTHxHEIGHT]``, on an offscreen screen of that
size (1920x1080 unless given: the windows at their default size; 1280x720 shows them on a small
laptop's screen, where they are capped to it, ``ui.screen_fit``).

Runs a scripted shift against a local Alertmanager holding the on-call guide's alerts (the
demo's): a shift is started, APIDown acknowledged, noted and resolved, HighCPUUsage silenced for
1 h with a reason; then each window is drawn offscreen into ``OUTDIR/<window>-<language>.png``:
the start window (for the next engineer), the end window, the incidents window, the alerts
window with the notes panel, and past handoffs.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

SCREEN = sys.argv[2] if len(sys.argv) > 2 else "1920x1080"
_width, _height = (int(n) for n in SCREEN.split("x"))
_screens = Path(tempfile.mkdtemp(prefix="oncall-screen-")) / "screens.json"
_screens.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": _width, "height": _height,
                                              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_screens}")

import httpx  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery  # noqa: E402
from oncall_tray.config import Config  # noqa: E402
from oncall_tray.core import shifts  # noqa: E402
from oncall_tray.core.severity import SeverityMap  # noqa: E402
from oncall_tray.core.shifts import shift_scope  # noqa: E402
from oncall_tray.core.tracker import AlertTracker  # noqa: E402
from oncall_tray.demo import LocalAlertmanager, guide_alerts  # noqa: E402
from oncall_tray.ui.qt_workarounds import guard_singleton_refcounts  # noqa: E402
from oncall_tray.ui.translations import install  # noqa: E402
from oncall_tray.watch import Watcher  # noqa: E402
from oncall_tray.paths import Folders  # noqa: E402

UTC = dt.timezone.utc


def silence(am: LocalAlertmanager, name: str, minutes: int, author: str, comment: str, **labels: str) -> None:
    now = dt.datetime.now(UTC)
    httpx.post(f"{am.url}/api/v2/silences", timeout=10, json={
        "matchers": [{"name": key, "value": value, "isRegex": False, "isEqual": True}
                     for key, value in {"alertname": name, **labels}.items()],
        "startsAt": now.isoformat(), "endsAt": (now + dt.timedelta(minutes=minutes)).isoformat(),
        "createdBy": author, "comment": comment}).raise_for_status()


def grab(app: QApplication, window, path: Path) -> None:
    window.show()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(path))
    print(path)


def main(out: Path) -> None:
    from oncall_tray.ui.alerts_window import AlertsWindow
    from oncall_tray.ui.shift_controller import ShiftController
    from oncall_tray.ui.tray import TrayIcon

    out.mkdir(parents=True, exist_ok=True)
    guard_singleton_refcounts()
    app = QApplication(sys.argv[:1])
    for language in ("pt_BR", "en"):
        translators = install(app, language)
        folder = Path(tempfile.mkdtemp(prefix="oncall-shots-"))
        with LocalAlertmanager() as am:
            alerts = guide_alerts() + [  # two pods of one alert name and place (review 34)
                {"labels": {"alertname": "PodCrashLooping", "severity": "warning", "service": "k8s",
                            "instance": "kube-state-metrics:8080", "namespace": "prod", "pod": pod},
                 "annotations": {"summary": "Pod reinicia em loop"}} for pod in ("api-1", "api-2")]
            am.post_alerts(alerts)
            config = Config(alertmanager_url=am.url, engineer="ana", language=language,
                            contacts={"Tech Lead": "Ana Souza - +55 11 99999-0000", "CTO": "Carla Dias - +55 11 97777-0000"})
            controller = ShiftController(config, lambda notices: None, path=folder / "journal.db", folders=Folders.for_user())
            watcher = Watcher(AlertmanagerClient(am.url), AlertTracker(SeverityMap()), AlertQuery())

            def poll():
                result = watcher.poll()
                controller.on_polled(result)
                while controller.writer.busy:
                    app.processEvents()
                return result

            journal = controller.journal
            poll()
            shift = shifts.start_shift(journal, "ana", at=dt.datetime.now(UTC) - dt.timedelta(hours=7, minutes=50))
            controller._follow_shift()
            silence(am, "APIDown", 15, "ana", "ACK! investigando — ana")
            acked = result = poll()
            fp = next(a.fingerprint for a in result.update.snapshot.alerts.values() if a.alertname == "APIDown")
            journal.add_note(fp, "Pool de conexões do Postgres esgotado", alertname="APIDown", actor="ana")
            journal.add_note(fp, "Reiniciei o backend; health check voltou", alertname="APIDown", actor="ana")
            pool = next(a.fingerprint for a in result.update.snapshot.alerts.values()
                        if a.alertname == "DatabaseConnectionPoolExhausted")  # an incident still open
            journal.add_note(pool, "Pool no limite desde o deploy das 14h", alertname="DatabaseConnectionPoolExhausted",
                             actor="ana")
            api = next(a for a in alerts if a["labels"]["alertname"] == "APIDown")
            am.post_alerts([{**api, "endsAt": dt.datetime.now(UTC).isoformat()}])
            silence(am, "HighCPUUsage", 60, "ana", "Manutenção programada do host")
            silence(am, "SlowDatabaseQueries", 24 * 60, "bruno", "Conhecido: índice sendo recriado")
            silence(am, "NodeFilesystemAlmostFull", 30, "Revisora Kátia",  # a long reason (review 53 K7)
                    "Limpeza de logs agendada com o time de infraestrutura; janela combinada até o fim do turno",
                    instance="host-0042.prod.example.internal:9100")
            result = poll()
            journal.set_state(shift_scope(shift.id), "observations", "Latência P95 sobe perto das 18h")
            journal.set_state(shift_scope(shift.id), "incoming", "bruno")

            controller.show_window("end")
            end = controller.window("end")
            grab(app, end, out / f"end-{language}.png")
            body = end.findChild(QScrollArea)
            if body.verticalScrollBar().maximum() > 0:  # a small screen: the body scrolled to the silences
                body.ensureWidgetVisible(end.silences_box)
                grab(app, end, out / f"end-scrolled-{language}.png")
            incident = next(i for i in shifts.incidents(journal) if i.alertname == "APIDown")
            controller.show_window("incidents", incident_id=incident.id)
            grab(app, controller.window("incidents"), out / f"incidents-{language}.png")
            alerts_window = AlertsWindow(config)
            controller.attach_tray(TrayIcon(config), lambda: None)
            controller.attach_window(alerts_window)
            alerts_window.load(result.update.snapshot, result.silences)
            journal.record_escalation(pool, "L2", alertname="DatabaseConnectionPoolExhausted", actor="ana")
            alerts_window.model.set_stale(False, shifts.escalated_levels(journal))  # as the next poll's overview
            alerts_window.resize(1100, 700)
            row = alerts_window.model.row_of(next(a.fingerprint for a in result.update.snapshot.alerts.values()
                                                  if a.alertname == "DiskSpaceRunningOut"))
            alerts_window.table.selectRow(row)
            grab(app, alerts_window, out / f"alerts-notes-{language}.png")
            from oncall_tray.ui.incident_panel import IncidentPanel

            menu = alerts_window.findChild(IncidentPanel).escalate_button.menu()  # escalations and their answers
            menu.popup(alerts_window.mapToGlobal(alerts_window.rect().center()))
            for _ in range(5):
                app.processEvents()
            menu.grab().save(str(out / f"escalation-menu-{language}.png"))
            print(out / f"escalation-menu-{language}.png")
            menu.hide()
            journal.record_answer(pool, "L2", alertname="DatabaseConnectionPoolExhausted", actor="ana")
            recorded = shifts.recorded_responses(journal)
            alerts_window.model.set_stale(False, recorded.escalated, None, frozenset(recorded.answered_at))
            grab(app, alerts_window, out / f"alerts-answered-{language}.png")  # "L2 answered" in the state cell
            # APIDown selected while it fired, then resolved: its after-incident steps beside the table
            alerts_window.resize(1180, 720)  # the window's first size
            alerts_window.load(acked.update.snapshot, acked.silences)
            alerts_window.table.selectRow(alerts_window.model.row_of(fp))
            alerts_window.load(result.update.snapshot, result.silences)
            alerts_window.show()
            from oncall_tray.ui.incident_panel import IncidentPanel

            panel = alerts_window.findChild(IncidentPanel)
            panel.refresh()  # as the next poll would
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and not panel.after.isVisible():
                app.processEvents()
            grab(app, alerts_window, out / f"alerts-resolved-{language}.png")
            end = controller.window("end")
            shifts.end_shift(journal, shift.id, incoming="bruno", markdown=end.markdown())
            controller._follow_shift()
            controller.show_window("start")
            start = controller.window("start")
            while start.dashboard_checks.checking:
                app.processEvents()
            grab(app, start, out / f"start-{language}.png")
            from oncall_tray.core.handoff import Live  # a failed poll with a long reason (fresh-user review P3)
            before = start.silences_box.full_title()
            controller.live = Live(None, error="TLS error: the certificate is not signed by a CA of the system or of "
                                   "the ca_bundle file (is its CA in the ca_bundle file?)", watched=config.alertmanager_urls())
            controller.live_changed.emit()
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and start.silences_box.full_title() == before:
                app.processEvents()
            grab(app, start, out / f"start-stale-{language}.png")
            controller.show_window("history")
            grab(app, controller.window("history"), out / f"history-{language}.png")
            for window in (alerts_window, *(controller.window(k) for k in ("start", "end", "incidents", "history"))):
                if window is not None:
                    window.close()
            controller.shutdown()
            watcher.client.close()
        for translator in translators:
            app.removeTranslator(translator)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
