"""What the app calls the SLA targets and the red flags, against the on-call guide's own words
(fresh-user review 55): M4, a warning's second target is the guide's "Investigação < 30min",
not a resolution; M5, "Not acknowledged 4 min after it started" for a 5-minute target; M6, the
app's own warnings (a missed response target, Alertmanager out of sight) called the guide's red
flags, "The on-call guide says: investigate at once."."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from conftest import make_alert, utcnow
from test_attention import MIN, SEC, T0, World, alert

from oncall_tray.core.attention import RedFlag
from oncall_tray.core.sla import SlaPolicy, Targets
from oncall_tray.i18n import english, translator
from oncall_tray.notify.attention_messages import attention_notices

UTC = dt.timezone.utc
PORTUGUESE = translator("pt_BR")
GUIDE = "The on-call guide says: investigate at once."


def _titles(notices) -> list[str]:
    return [n.title for n in notices]


def test_a_warning_still_firing_past_its_target_missed_an_investigation_not_a_resolution():
    """M4: SlowDatabaseQueries (warning) 40 min old was told "Prazo de resolução perdido"; the
    guide's warnings: "Resposta < 15min | Investigação < 30min"."""
    world = World()
    slow = alert("SlowDatabaseQueries", "warning", T0)
    late = world.at(T0 + 40 * MIN, [slow])
    alerts = {"SlowDatabaseQueries": slow}
    (said,) = [n for n in attention_notices(late, alerts, english, T0 + 40 * MIN) if "target" in n.title
               and "Response" not in n.title]
    assert said.title == "Investigation target missed: SlowDatabaseQueries"
    assert said.body.startswith("Still firing 40 min after it started.")
    (dito,) = [n for n in attention_notices(late, alerts, PORTUGUESE, T0 + 40 * MIN) if "investigação" in n.title]
    assert dito.title == "Prazo de investigação perdido: SlowDatabaseQueries"


def test_a_critical_alert_without_an_escalation_still_missed_its_resolution():
    """The critical line of the guide is "Resposta < 5min | Resolução < 15min": with its escalation
    to L2 turned off the notice is a resolution's, and it does not quote the warnings' advice."""
    world = World()
    world.monitor.policy = SlaPolicy(critical=dataclasses.replace(SlaPolicy().critical, l2_after=None,
                                                                  l3_after=None))
    down = alert("APIDown", "critical", T0, silence="s1")
    late = world.at(T0 + 16 * MIN, [down])
    (said,) = [n for n in attention_notices(late, {"APIDown": down}, english, T0 + 16 * MIN)
               if "target missed" in n.title and not n.title.startswith("Response")]
    assert said.title == "Resolution target missed: APIDown"
    assert "keeps getting worse" not in said.body
    (dito,) = [n for n in attention_notices(late, {"APIDown": down}, PORTUGUESE, T0 + 16 * MIN)
               if "resolução" in n.title]
    assert dito.title == "Prazo de resolução perdido: APIDown"


def test_a_summary_of_missed_second_targets_is_named_by_the_severities_it_holds():
    """Many at once make one notice: warnings only "Investigation target missed: 4 alerts";
    critical and warnings together a word for both."""
    world = World()
    world.monitor.policy = SlaPolicy(critical=Targets(5 * MIN, 15 * MIN))  # no escalation: said as missed
    warnings = [alert(f"Slow{n}", "warning", T0, silence="s") for n in range(4)]
    late = world.at(T0 + 31 * MIN, warnings)
    alerts = {a.fingerprint: a for a in warnings}
    assert "Investigation target missed: 4 alerts" in _titles(attention_notices(late, alerts, english, T0 + 31 * MIN))
    assert "Prazo de investigação perdido: 4 alertas" in _titles(
        attention_notices(late, alerts, PORTUGUESE, T0 + 31 * MIN))
    world = World()
    world.monitor.policy = SlaPolicy(critical=Targets(5 * MIN, 15 * MIN))
    mixed = warnings[:3] + [alert("APIDown", "critical", T0, silence="s")]
    late = world.at(T0 + 31 * MIN, mixed)
    alerts = {a.fingerprint: a for a in mixed}
    assert "Resolution or investigation target missed: 4 alerts" in _titles(
        attention_notices(late, alerts, english, T0 + 31 * MIN))
    assert "Prazo de resolução ou investigação perdido: 4 alertas" in _titles(
        attention_notices(late, alerts, PORTUGUESE, T0 + 31 * MIN))


def test_status_says_investigate_for_a_warning_and_resolve_for_a_critical_alert():
    """M4: `oncall-tray status` said "resolução atrasada 12m" of a warning."""
    from oncall_tray.commands.status_text import sla_text
    from oncall_tray.core.severity import Severity

    policy = SlaPolicy()
    slow = alert("SlowDatabaseQueries", "warning", T0, silence="s")
    acked = T0 + MIN
    early = policy.clock(slow, Severity.WARNING, acked, now=T0 + 18 * MIN)
    late = policy.clock(slow, Severity.WARNING, acked, now=T0 + 42 * MIN)
    assert sla_text(early, english) == "investigate in 12m"
    assert sla_text(late, english) == "investigation overdue 12m"
    assert sla_text(early, PORTUGUESE) == "investigar em 12m"
    assert sla_text(late, PORTUGUESE) == "investigação atrasada 12m"
    down = policy.clock(alert("APIDown", "critical", T0), Severity.CRITICAL, acked, now=T0 + 3 * MIN)
    assert sla_text(down, english) == "resolve in 12m"
    unknown = policy.clock(alert("Odd", "whatever", T0), Severity.UNKNOWN, acked, now=T0 + 18 * MIN)
    assert sla_text(unknown, english) == "investigate in 12m"  # treated as a warning


def test_the_tray_tooltip_names_a_warnings_next_deadline_as_an_investigation(qapp):
    from oncall_tray.core.overview import overview
    from oncall_tray.ui.tray import tooltip_lines

    world = World()
    now = utcnow()
    start = now - 20 * MIN
    cpu = alert("HighCPUUsage", "warning", start, silence="s")  # acknowledged: its investigation is next
    attention = world.at(now, [cpu])
    assert attention.nearest is not None and attention.nearest.alertname == "HighCPUUsage"
    view = overview(world.tracker.snapshot, world.contact.state, attention)
    lines = tooltip_lines(view, "http://am:9093", UTC)
    assert any(re.fullmatch(r"Next deadline: investigate HighCPUUsage by (\d{4}-\d\d-\d\d )?\d\d:\d\d", line)
               for line in lines), lines


def test_the_alerts_table_says_which_target_its_second_clock_counts(qtbot):
    """M4: the column read "Resolver em −10:29" for a warning. Its title names both, and the cell's
    tooltip the one of its row."""
    from PySide6.QtCore import Qt

    from oncall_tray.core.severity import SeverityMap
    from oncall_tray.core.tracker import AlertTracker
    from oncall_tray.ui.alerts_model import COLUMNS, AlertsModel

    model = AlertsModel()
    snapshot = AlertTracker(SeverityMap()).update([alert("SlowDatabaseQueries", "warning", T0),
                                                   alert("APIDown", "critical", T0)], T0 + 40 * MIN).snapshot
    model.load(snapshot, {}, T0 + 40 * MIN)
    column = COLUMNS.index("resolve")
    title = model.headerData(column, Qt.Orientation.Horizontal)
    assert "investigate" in title and "Resolve" in title, title
    assert "warning" in model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    tips = {model.index(row, 1).data(): model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
            for row in range(model.rowCount())}
    assert tips["SlowDatabaseQueries"].startswith("Investigation target missed"), tips
    assert tips["APIDown"].startswith("Resolution target missed"), tips
    from oncall_tray.config import Config
    from oncall_tray.ui.alert_details import details_html

    slow = model.alert("SlowDatabaseQueries")
    assert re.search(r"Response target: [-\d ]*12:15 · Investigation target: [-\d ]*12:30",
                     details_html(slow, [], Config(), "firing", UTC))
    assert "Resolution target: " in details_html(model.alert("APIDown"), [], Config(), "firing", UTC)


def test_the_settings_call_a_warnings_second_target_an_investigation():
    from oncall_tray.ui.settings_layout import ORDER_NAMES, TABS

    labels = {key: label for _tab, fields in TABS for key, label, _hint in fields}
    assert labels["sla_warning_resolve_minutes"] == "Warning: investigate within (minutes)"
    assert labels["sla_critical_resolve_minutes"] == "Critical: resolve within (minutes)"
    assert ORDER_NAMES["sla_warning_resolve_minutes"] == "investigate within"
    assert PORTUGUESE("settings", labels["sla_warning_resolve_minutes"]) == "Aviso: investigar em (minutos)"


def test_a_missed_response_counts_its_minutes_to_the_notice_not_to_the_last_good_poll(alertmanager, monkeypatch):
    """M5: a critical alert's 5-minute response target passed as the certificate expired; the
    notice said "Não reconhecido 4 min após o início", counted to the last good poll."""
    from oncall_tray.config import Config
    from oncall_tray.ui import poller as poller_module

    real = utcnow()
    alertmanager.post_alerts([make_alert("HtmlInjection", "critical", starts_at=real - 5 * MIN + 10 * SEC)])
    clock = [real]
    monkeypatch.setattr(poller_module, "utc_now", lambda: clock[0])
    worker = poller_module.PollerWorker(Config(alertmanager_url=alertmanager.url, notifications=False,
                                               poll_interval=3600, language="en"))
    results = []
    worker.polled.connect(results.append)
    try:
        worker.start()
        assert results[-1].error is None and results[-1].contact.last_success_at is not None
        alertmanager.stop()  # contact goes: the next poll fails, the last good one stays the one above
        clock[0] = real + 20 * SEC  # the 5 minutes passed meanwhile
        worker.poll()
    finally:
        worker.stop()
    assert results[-1].error is not None
    (missed,) = [n for n in results[-1].attention_notices if n.title == "Response target missed: HtmlInjection"]
    assert missed.body.startswith("Not acknowledged 5 min after it started."), missed.body


def test_only_the_guides_red_flag_is_called_one(qapp):
    """M6: the guide's "Red Flags" list "Múltiplos alertas críticos simultâneos", neither a missed
    response target nor an unreachable Alertmanager: those are the app's own warnings, raised
    as loudly, but not in the guide's name."""
    from oncall_tray.core.contact import ContactMonitor

    world = World()
    criticals = [alert("APIDown", "critical", T0), alert("DiskFull", "critical", T0)]
    flagged = world.at(T0 + 6 * MIN, criticals)
    assert set(flagged.red_flags) == {RedFlag.SEVERAL_CRITICAL, RedFlag.RESPONSE_MISSED}
    alerts = {a.fingerprint: a for a in criticals}
    for tr, guides, says in ((english, "Red flag: Several critical alerts at once", GUIDE),
                             (PORTUGUESE, "Red flag: Múltiplos alertas críticos simultâneos",
                              "O guia de plantão diz: investigue imediatamente.")):
        notices = attention_notices(flagged, alerts, tr, T0 + 6 * MIN)
        (flag,) = [n for n in notices if "Red flag" in n.title]
        assert flag.title == guides and flag.body.endswith(says)
        assert all(says not in n.body for n in notices if n is not flag)
    world.contact = ContactMonitor()
    world.contact.success(T0 + 6 * MIN)
    world.contact.failure(T0 + 7 * MIN, "connection refused")
    lost = world.contact.failure(T0 + 7 * MIN + 5 * SEC, "connection refused")
    blind = world.monitor.evaluate(world.tracker.snapshot, {}, lost, T0 + 8 * MIN + 10 * SEC)
    assert blind.new_red_flags == (RedFlag.UNREACHABLE,)
    for tr, title in ((english, "Alertmanager unreachable for 1 min"), (PORTUGUESE, "Alertmanager inacessível há 1 min")):
        (notice,) = attention_notices(blind, alerts, tr, T0 + 8 * MIN + 10 * SEC)
        assert notice.title == title and notice.urgent  # as loud as before
        assert "guia" not in notice.body and "guide" not in notice.body, notice.body
    refused = ContactMonitor()
    refused.success(T0)
    refused.failure(T0 + MIN, "credentials refused (HTTP 401)", refused=True)
    asked = refused.failure(T0 + MIN + 5 * SEC, "credentials refused (HTTP 401)", refused=True)
    world.monitor.forget()
    blind = world.monitor.evaluate(world.tracker.snapshot, {}, asked, T0 + 2 * MIN + 10 * SEC)
    (notice,) = attention_notices(blind, alerts, english, T0 + 2 * MIN + 10 * SEC)
    assert notice.title == "Alerts not seen for 1 min" and notice.body.startswith("Alertmanager asks for credentials.")
    assert "guide" not in notice.body and "Red flag" not in notice.title


def test_the_tooltip_and_the_window_call_only_the_guides_flag_a_red_flag(qtbot):
    """M6, in the tray's tooltip and the alerts window's banner ("⚑ Red flag: Prazo de resposta
    perdido: SLOAvailabilityViolation, …" in review 55's shot 23)."""
    from oncall_tray.config import Config
    from oncall_tray.core.overview import overview
    from oncall_tray.ui.alerts_window import AlertsWindow
    from oncall_tray.ui.tray import tooltip_lines

    world = World()
    criticals = [alert("APIDown", "critical", T0), alert("DiskFull", "critical", T0)]
    attention = world.at(T0 + 6 * MIN, criticals)
    view = overview(world.tracker.snapshot, world.contact.state, attention)
    lines = tooltip_lines(view, "http://am:9093", UTC)
    assert "⚑ Red flag: Several critical alerts at once: APIDown, DiskFull" in lines, lines
    assert "⚠ Response target missed: APIDown, DiskFull" in lines, lines
    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    window.show_overview(view)
    assert window.red_flags.text().splitlines() == ["⚑ Red flag: Several critical alerts at once: APIDown, DiskFull",
                                                    "⚠ Response target missed: APIDown, DiskFull"]
    assert "Response target missed" not in window.details_label.text()  # said once, in the banner


def test_the_window_banner_in_portuguese(qtbot, portuguese):
    from oncall_tray.config import Config
    from oncall_tray.core.overview import overview
    from oncall_tray.ui.alerts_window import AlertsWindow

    world = World()
    attention = world.at(T0 + 6 * MIN, [alert("APIDown", "critical", T0), alert("DiskFull", "critical", T0)])
    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    window.show_overview(overview(world.tracker.snapshot, world.contact.state, attention))
    assert window.red_flags.text().splitlines() == [
        "⚑ Red flag: Múltiplos alertas críticos simultâneos: APIDown, DiskFull",
        "⚠ Prazo de resposta perdido: APIDown, DiskFull"]
