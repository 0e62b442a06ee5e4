"""Widget-level tests (pytest-qt, offscreen): icons, status window, no-tray fallback."""

from __future__ import annotations

import datetime as dt

import msgspec

import pytest
from conftest import shut_down
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher
from oncall_tray.config import Config, LoadedConfig
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.overview import Light, overview
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.ui.icons import COLOURS, SIZES, badge_text, paint, tray_icon

T0 = dt.datetime(2026, 11, 30, 12, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("light", list(Light))
@pytest.mark.parametrize("size", [16, 22, 32, 64])
def test_icon_is_the_state_colour_at_every_size(qapp, light, size):
    image = paint(light, 0, size)
    assert image.width() == size
    edge = image.pixelColor(round(size * 0.22), round(size * 0.3))  # inside the disc, off the glyph
    assert edge == QColor(COLOURS[light])
    assert image.pixelColor(0, 0).alpha() == 0  # round, transparent corners


def test_each_severity_has_its_own_shape_so_colour_is_not_the_only_cue(qapp):
    """Review 25: info and unknown are two blues, critical and warning two warm colours, for a
    colour-blind engineer. Critical is an octagon, warning and unknown a rounded square, info a
    disc; the same shapes in the table's severity chips."""
    from oncall_tray.ui.icons import severity_chip

    def mask(light, size=64):
        image = paint(light, 0, size)
        return bytes(image.pixelColor(x, y).alpha() > 0 for y in range(size) for x in range(size))

    critical, warning, info, unknown = (mask(light) for light in (Light.CRITICAL, Light.WARNING, Light.INFO,
                                                                   Light.UNKNOWN))
    assert len({critical, warning, info}) == 3
    assert unknown == warning and info == mask(Light.OK) == mask(Light.UNREACHABLE)
    # the octagon's and the square's corners are drawn where the disc's are not
    assert sum(critical) > sum(info) and sum(warning) > sum(critical)
    chip = severity_chip(Light.CRITICAL).pixmap(12, 12).toImage()
    assert chip.pixelColor(6, 6) == QColor(COLOURS[Light.CRITICAL]) and chip.pixelColor(0, 0).alpha() == 0


def test_icon_is_painted_at_high_dpi_not_scaled(qapp):
    image = paint(Light.CRITICAL, 7, 32, ratio=2.0)
    assert (image.width(), image.devicePixelRatio()) == (64, 2.0)
    icon = tray_icon(Light.CRITICAL, 7, ratio=2.0)
    assert len(icon.availableSizes()) >= len(SIZES)


def test_badge_text():
    assert [badge_text(n) for n in (0, 1, 42, 99, 100, 5000)] == ["", "1", "42", "99", "99+", "99+"]


def test_badge_digits_are_drawn_in_white(qapp):
    plain = paint(Light.CRITICAL, 0, 32)
    badged = paint(Light.CRITICAL, 8, 32)
    white = sum(1 for x in range(32) for y in range(32) if badged.pixelColor(x, y).lightness() > 200)
    assert white > 10
    assert all(plain.pixelColor(x, y).lightness() <= 200 for x in range(32) for y in range(32))


#: The acknowledgements' matcher (review 38: a silence without the alert's name only mutes it).
ACKED = Matcher(name="alertname", value="Acked")


def alert(name, severity, summary, silenced=False):
    return Alert(fingerprint=name, labels={"alertname": name, "severity": severity, "instance": "h:1"},
                 annotations={"summary": summary},
                 status=AlertStatus("suppressed" if silenced else "active", ("s",) if silenced else ()),
                 starts_at=T0)


def test_alerts_window_lists_alerts_as_plain_text_and_marks_stale(qtbot):
    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    assert window.headline.text() == "Connecting to Alertmanager…"  # not blank until the first poll ends
    tracker, contact = AlertTracker(SeverityMap()), ContactMonitor()
    snap = tracker.update([alert("Info", "info", "i"), alert("Down", "critical", "<img src=x> <b>bold</b>"),
                           alert("Acked", "warning", "w", silenced=True)], T0 + dt.timedelta(minutes=7)).snapshot
    view = overview(snap, contact.success(T0))
    window.show_overview(view)
    from oncall_tray.alertmanager.models import Silence, SilenceStatus

    ack = Silence(id="s", matchers=(ACKED,), starts_at=T0 + dt.timedelta(minutes=3), ends_at=T0 + dt.timedelta(minutes=18),
                  created_by="ana", comment="ACK!", status=SilenceStatus("active"))
    window.load(snap, {"s": ack})
    model = window.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [r[1] for r in rows] == ["Down", "Info", "Acked"]  # unacknowledged first (review 69 AI7)
    assert rows[0][0] == "critical" and rows[0][3] == "<img src=x> <b>bold</b>" and rows[0][4] == "7m"
    from oncall_tray.ui.alerts_model import COLUMNS

    col = {name: COLUMNS.index(name) for name in COLUMNS}
    # the cell is short so that the name and the end fit in the column; the tooltip has the sentence
    assert rows[2][col["state"]].startswith("✓ ana until ") and rows[0][col["state"]] == "firing"
    tip = model.index(2, col["state"]).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"<qt>acknowledged by ana until {rows[2][col['state']][len('✓ ana until '):]}</qt>"
    # critical begun 7 min ago: response 2 min overdue (red), 8 min left to resolve
    assert (rows[0][col["respond"]], rows[0][col["resolve"]]) == ("-2:00", "8:00")
    assert model.index(0, col["respond"]).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert rows[2][col["respond"]] == "✓"
    assert rows[1][col["resolve"]] == "—"  # info: next business day, no resolution target
    assert window.headline.text() == "Unacknowledged alerts: 2"
    window.table.selectRow(0)
    assert window.selected_fingerprint() == "Down"
    assert "&lt;img src=x&gt;" in window.details.toHtml() and "<img" not in window.details.toHtml()
    assert window.ack_button.isEnabled()
    contact.failure(T0, "refused")
    stale = overview(snap, contact.failure(T0, "refused"))
    window.show_overview(stale)
    assert window.headline.text() == "Contact with Alertmanager lost"
    # the column's title says the rows are stale, the cells keep their room for the state (review 48 R9)
    assert model.headerData(col["state"], Qt.Orientation.Horizontal) == "State (stale)"
    assert [model.index(r, col["state"]).data() for r in range(3)] == [rows[r][col["state"]] for r in range(3)]
    assert model.index(0, col["state"]).data(Qt.ItemDataRole.ToolTipRole) == "<qt>firing (stale)</qt>"
    assert "refused" in window.details_label.text()
    assert not window.ack_button.isEnabled()


def test_without_a_system_tray_the_status_window_is_shown(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    from oncall_tray.ui.app import TrayController

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen has none
    config = Config(alertmanager_url="http://127.0.0.1:1", notifications=False)
    controller = TrayController(LoadedConfig(config, tmp_path / "c.yaml", False, ()))
    try:
        with qtbot.waitSignal(controller.poller.polled, timeout=10000):
            controller.start()
        assert controller.window.isVisible()
        qtbot.waitUntil(lambda: controller.window.headline.text() == "Cannot reach Alertmanager", timeout=5000)
        controller.window.showMinimized()  # the engineer minimized it: the next look for a tray leaves it so
        controller.placement.timer.timeout.emit()
        assert controller.window.windowState() & Qt.WindowState.WindowMinimized
    finally:
        shut_down(controller)


def test_the_tray_starts_on_the_defaults_and_says_the_named_settings_file_does_not_exist(qtbot, tmp_path,
                                                                                         monkeypatch):
    from oncall_tray.config import load_config

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    loaded = load_config(tmp_path / "typo.yaml", named=True).overridden(alertmanager_url="http://127.0.0.1:1")
    (notice,) = [n for n in first_poll_notices(qtbot, loaded) if "settings" in n.title]
    assert notice.title == "Problems in the settings file"
    assert str(tmp_path / "typo.yaml") in notice.body and "does not exist" in notice.body
    assert notice.body.endswith("\nCheck them all: oncall-tray config check")  # review 19: where to read them all


def first_poll_notices(qtbot, loaded) -> list:
    """The notices a tray started on ``loaded`` shows until its first poll (then it is shut down)."""
    from oncall_tray.ui.app import TrayController

    controller = TrayController(loaded)
    notices = []
    controller.notifier.show = notices.extend
    try:
        with qtbot.waitSignal(controller.poller.polled, timeout=10000):
            controller.start()
    finally:
        shut_down(controller)
    return notices


def test_the_settings_problems_notice_is_in_the_engineers_language(qtbot, tmp_path, monkeypatch):
    """A wrong value in a Portuguese engineer's settings file is reported in Portuguese, with its
    key and line (the reason used to come out in English, from the library's own message)."""
    from PySide6.QtWidgets import QApplication

    from oncall_tray.config import load_config
    from oncall_tray.ui.translations import install

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = tmp_path / "config.yaml"
    path.write_text("language: pt_BR\npoll_interval: -5\nalertmanager_url: http://127.0.0.1:1\n", encoding="utf-8")
    loaded = load_config(path, named=True)
    assert loaded.problems
    app = QApplication.instance()
    translators = install(app, "pt_BR")
    try:
        notices = first_poll_notices(qtbot, loaded)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    (notice,) = [n for n in notices if "configurações" in n.title.lower() or "settings" in n.title.lower()]
    assert "usando os valores padrão para" in notice.body
    assert "linha 2: poll_interval" in notice.body, notice.body
    assert "must" not in notice.body and "Expected" not in notice.body


def test_background_tasks_asked_for_after_shutdown_are_dropped_quietly(qtbot):
    """A task that finishes while the app quits may ask for one more (a window's follow-up read
    of the journal): after shutdown it is dropped, not raised in the event loop."""
    from oncall_tray.ui.background import Background

    worker = Background("test")
    ran = []
    worker.submit(lambda: 1, done=lambda result, error: ran.append(result))
    qtbot.waitUntil(lambda: ran == [1], timeout=5000)
    assert worker.shutdown(3.0)
    assert worker.submit(lambda: 2, done=lambda result, error: ran.append(result)) is None
    assert not worker.busy and ran == [1]
    # review 19: the crash dialog's Restart shut down again what the crash had shut down
    assert worker.shutdown(3.0)


def test_a_task_done_before_the_shutdown_is_not_followed_up_after_it(qtbot):
    """Its ``done`` comes queued to the GUI thread: after the shutdown, a window's follow-up read
    the journal that the shutdown had closed, and opened it again (tests/open_files.py)."""
    from oncall_tray.ui.background import Background

    worker = Background("test")
    followed = []
    worker.submit(lambda: 1, done=lambda result, error: followed.append(result))
    assert worker.shutdown(3.0)  # the task ran; its done is queued, not delivered yet
    qtbot.waitUntil(lambda: not worker.busy, timeout=5000)
    assert followed == []


def test_notices_after_the_notifier_stopped_are_dropped_not_raised(qtbot):
    """Review 19: "cannot schedule new futures after shutdown" from a notice given while the
    app was stopping after a crash."""
    from oncall_tray.notify.messages import notice
    from oncall_tray.ui.notifications import Notifier

    notifier = Notifier(lambda *message: None, lambda: True)
    notifier.shutdown()
    notifier.show([notice("late", "", None)])


def test_a_setting_written_twice_is_not_called_a_default_in_the_notice(qtbot, tmp_path, monkeypatch):
    from oncall_tray.config import load_config

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = tmp_path / "c.yaml"
    path.write_text("engineer: ana\nengineer: bob\npoll_interval: fast\n", encoding="utf-8")
    loaded = load_config(path).overridden(alertmanager_url="http://127.0.0.1:1")
    assert loaded.config.engineer == "bob"
    (notice,) = [n for n in first_poll_notices(qtbot, loaded) if "settings" in n.title]
    defaults, _, twice = notice.body.partition("poll_interval")[2].partition("; ")
    assert "defaults are used for: " in notice.body.split("poll_interval")[0]
    assert "engineer: written twice" in twice and "engineer" not in defaults  # (the rest may be cut: the path is long)


def acknowledged_by_ana(qtbot, zone: str):
    """An alerts window (``timezone: zone``) showing "Acked", silenced by ana from T0 to T0 + 18 min:
    (window, snapshot, silence)."""
    from oncall_tray.alertmanager.models import Silence, SilenceStatus
    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config(timezone=zone))
    qtbot.addWidget(window)
    snap = AlertTracker(SeverityMap()).update([alert("Acked", "warning", "w", silenced=True)], T0).snapshot
    ack = Silence(id="s", matchers=(ACKED,), starts_at=T0, ends_at=T0 + dt.timedelta(minutes=18), created_by="ana",
                  comment="ACK!", status=SilenceStatus("active"))
    window.load(snap, {"s": ack})
    return window, snap, ack


def test_an_acknowledgement_end_is_shown_in_the_settings_time_zone_with_its_date(qtbot):
    """The State column and the detail pane give a silence's end as the messages and the shift
    windows do: in the ``timezone`` setting's zone, with its date when it is not today."""
    import zoneinfo

    window, snap, ack = acknowledged_by_ana(qtbot, "America/Sao_Paulo")
    ends = ack.ends_at
    local = ends.astimezone(zoneinfo.ZoneInfo("America/Sao_Paulo"))  # 09:18 there, 12:18 UTC
    assert window.model.state_text(snap.alerts["Acked"]).endswith(f"until {local:%H:%M}")  # now: T0's day
    window.model.tick(T0 - dt.timedelta(days=1))
    assert window.model.state_text(snap.alerts["Acked"]).endswith(f"until {local:%Y-%m-%d %H:%M}")
    # the table's cell is short: the day without the year (the tooltip keeps the year)
    assert window.model.state_text(snap.alerts["Acked"], short=True) == f"✓ ana until {local:%m-%d %H:%M}"
    window.model.tick(T0 - dt.timedelta(days=400))
    assert window.model.state_text(snap.alerts["Acked"], short=True) == f"✓ ana until {local:%Y-%m-%d %H:%M}"
    # escalated too: the cell has room for the escalation, not the author (review 46 F9: "✓ Marina Co… · esc. to L2")
    window.model.tick(T0)
    window.model.set_stale(False, {"Acked": "L2"})
    assert window.model.state_text(snap.alerts["Acked"], short=True) == f"✓ until {local:%H:%M} · esc. to L2"
    assert window.model.state_text(snap.alerts["Acked"]) == f"acknowledged by ana until {local:%H:%M} — escalated to L2"
    window.details.show_alert(snap.alerts["Acked"], [ack], "x")  # now: the real clock, days after T0
    assert f"Silenced by ana, ended at {local:%Y-%m-%d %H:%M}" in window.details.toPlainText()  # past


def test_a_stale_acknowledgement_past_its_end_says_it_ended(qtbot):
    """While Alertmanager cannot be reached the rows keep the last poll's state; a silence whose
    end has passed since no longer mutes the alert there, so the row must not still read
    "acknowledged until" a time already gone (review 16)."""
    window, snap, ack = acknowledged_by_ana(qtbot, "UTC")
    ends = ack.ends_at
    window.model.tick(T0)
    model = window.model
    model.set_stale(True)
    assert model.state_text(snap.alerts["Acked"]) == f"acknowledged by ana until {ends:%H:%M} (stale)"
    model.tick(ends + dt.timedelta(seconds=1))
    assert model.state_text(snap.alerts["Acked"]) == f"acknowledgement by ana ended at {ends:%H:%M} (stale)"
    assert model.state_text(snap.alerts["Acked"], short=True) == f"ack ended {ends:%H:%M}"  # the title: "(stale)"
    model.set_stale(False)  # a good poll: Alertmanager's word again (here: still silenced)
    assert model.state_text(snap.alerts["Acked"]) == f"acknowledged by ana until {ends:%H:%M}"
    from oncall_tray.ui.alert_details import details_html

    wall = dt.datetime.now(dt.timezone.utc)  # the pane reads the real clock
    past, future = (msgspec.structs.replace(ack, ends_at=wall + dt.timedelta(minutes=m)) for m in (-1, 60))
    assert "Silenced by ana, ended at" in details_html(snap.alerts["Acked"], [past], Config(), "x")
    assert "Silenced by ana until" in details_html(snap.alerts["Acked"], [future], Config(), "x")


def test_details_show_unparseable_links_from_alertmanager_as_text(qapp):
    # an Alertmanager (or a rule) can send any text as a URL: "http://[::1" makes urlsplit raise
    from oncall_tray.ui.alert_details import details_html

    odd = Alert(fingerprint="f", labels={"alertname": "Odd", "severity": "warning"},
                annotations={"summary": "s", "runbook_url": "http://[::1/runbook", "dashboard_url": "https://[x"},
                status=AlertStatus("active"), starts_at=T0, generator_url="http://[prom:9090/graph?g0.expr=up")
    page = details_html(odd, [], Config(), "firing")
    assert "http://[::1/runbook" in page and "<a href" not in page


def test_details_keep_the_line_breaks_and_tabs_of_annotations_and_comments(qtbot):
    # found by a fresh-user review: a multi-line description showed as "linha1 linha2 Tab"
    from oncall_tray.alertmanager.models import Silence, SilenceStatus
    from oncall_tray.ui.alert_details import AlertDetails

    multi = Alert(fingerprint="f", labels={"alertname": "Multi", "severity": "warning"},
                  annotations={"summary": "resumo\r\nsegunda", "description": "linha1\nlinha2\tTab <b>x</b>",
                               "runbook_steps": "1. a\n2. b"},
                  status=AlertStatus("active"), starts_at=T0)
    ack = Silence(id="s", matchers=(), starts_at=T0, ends_at=T0 + dt.timedelta(minutes=15), created_by="ana",
                  comment="ACK!\nolhando o banco", status=SilenceStatus("active"))
    details = AlertDetails(Config())
    qtbot.addWidget(details)
    details.show_alert(multi, [ack], "firing")
    text = details.toPlainText()
    assert "resumo\nsegunda" in text and "linha1\nlinha2  Tab <b>x</b>" in text, text  # tab stops of 4; escaped as before
    assert "1. a\n2. b" in text and "ACK!\nolhando o banco" in text, text


@pytest.mark.parametrize("answer, quits", [("Cancel", False), ("Yes", True)])
def test_the_windows_quit_button_quits_only_once_confirmed(qtbot, monkeypatch, answer, quits):
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: asked.append(args[1:3]) or getattr(QMessageBox.StandardButton, answer))
    (quit_button,) = [b for b in window.findChildren(QPushButton) if b.text() == "Quit"]
    with qtbot.waitSignals([window.quit_requested], timeout=200, raising=False) as blocker:
        quit_button.click()
    assert asked and asked[0][0] == "Quit oncall-tray?"
    assert blocker.signal_triggered is quits


def test_a_very_long_alert_name_does_not_widen_the_alerts_window(qtbot):
    # found by a fourth fresh-user review: a 300-letter alertname (no space) grew the window to
    # 3,205 px through the "Next deadline" line and the notes title, hiding the tray icon
    from PySide6.QtWidgets import QApplication

    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    window.resize(760, 600)  # narrower than the test's screen (800 px): a window is capped to its screen
    window.show()
    name = "Ünïcödé_" + "X" * 300
    window.headline.setText("Unacknowledged alerts: 1 — " + name)
    window.details_label.setText("critical: 1\nNext deadline: respond to " + name)  # as the clock writes it
    QApplication.processEvents()
    assert window.width() == 760 and window.minimumSizeHint().width() < 760


def test_the_trend_pane_naming_a_very_long_alert_does_not_widen_the_window(qtbot):
    """Review 32: "Asking Prometheus for the trend of VeryLongAlertNameXXX…" (297 letters, no
    space) made the rebuilt alerts window 2,821 px wide on a 1,600 px screen."""
    from oncall_tray.ui.trend_chart import TrendChart

    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.show_loading("VeryLongAlertName" + "X" * 280)
    chart.show_message("No trend", "VeryLongAlertName" + "X" * 280)
    assert chart.minimumSizeHint().width() < 600


def test_the_red_flag_banner_shows_every_name_wrapped_without_widening_the_window(qtbot):
    """Review 15: the alerts behind a red flag were cut with "…" at the window's width."""
    from PySide6.QtWidgets import QApplication

    from oncall_tray.core.attention import AttentionMonitor
    from oncall_tray.core.sla import SlaPolicy
    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    window.resize(700, 600)
    window.show()
    names = ["SLOAvailabilityViolation", "DiskSpaceRunningOut", "HighLatencyP99", "DatabaseConnectionPoolExhausted",
             "QueueBacklog", "Sev1Thing"]
    alerts = [alert(name, "critical", name) for name in names]
    snapshot = AlertTracker(SeverityMap()).update(alerts, T0 + dt.timedelta(minutes=20)).snapshot
    attention = AttentionMonitor(SlaPolicy()).evaluate(snapshot, {}, ContactMonitor().success(T0),
                                                       T0 + dt.timedelta(minutes=20))
    window.show_overview(overview(snapshot, ContactMonitor().success(T0), attention))
    QApplication.processEvents()
    text = window.red_flags.text()
    assert window.red_flags.isVisible() and all(line.endswith("…\u00a0(+1)") for line in text.split("\n"))  # whole
    assert sum(text.count(name) for name in names) == 2 * 5  # five names in each of the two flags
    one_line = window.red_flags.fontMetrics().lineSpacing()
    assert window.red_flags.height() > 3 * one_line  # two flags, each on more than one line
    assert window.width() == 700 and window.minimumSizeHint().width() < 700


def test_the_tooltip_says_a_long_reason_whole_or_cuts_it_at_a_word(qapp):
    """Review 16: the locked keyring's reason stopped at "or in the keyring" (160 characters)."""
    from oncall_tray.core.overview import Overview
    from oncall_tray.ui.tray import REASON_LIMIT, tooltip_lines

    keyring = ("credentials needed: the keyring (keyring.backends.SecretService.Keyring) is locked: unlock it "
               "(for example by logging in to the desktop again, or in the keyring app)")
    lines = tooltip_lines(Overview(Light.UNREACHABLE, 0, error=keyring), "http://am:9093")
    assert f"{keyring} from http://am:9093" in lines  # with what it is of (review 62 Y12)
    long = " ".join(["word"] * 100)
    (cut,) = [line for line in tooltip_lines(Overview(Light.UNREACHABLE, 0, error=long), "u") if "word" in line]
    cut = cut.removesuffix(" from u")
    assert len(cut) <= REASON_LIMIT and cut.endswith("word…")


def test_unreachable_icon_keeps_the_stale_count(qapp):
    """Contact lost: the grey icon shows the number of unacknowledged alerts last seen (issue 2:
    "the last known alerts stay, marked stale"), and a "?" only when none were seen."""
    def pixels(light, count, glyph=""):
        image = paint(light, count, 32, glyph=glyph)  # kept while its bits are copied
        return bytes(image.constBits())

    grey = {count: pixels(Light.UNREACHABLE, count) for count in (0, 7, 12)}
    assert grey[0] == pixels(Light.UNREACHABLE, 0, glyph="?")
    assert len(set(grey.values())) == 3
    # the same "12" as on the blue disc of an info alert: only the colour says contact is lost
    def ink(light):
        image = paint(light, 12, 32)
        return {(x, y) for x in range(32) for y in range(32) if image.pixelColor(x, y).lightness() > 200}
    grey_ink, blue_ink = ink(Light.UNREACHABLE), ink(Light.INFO)
    assert len(grey_ink) > 40 and len(grey_ink ^ blue_ink) <= len(grey_ink | blue_ink) / 10  # edges blend


def test_every_badge_is_drawn_inside_the_disc_and_each_count_differently(qapp):
    """The badge's stroked glyphs (ui/badge_glyphs: no font, for memory): every count the tray
    can show and every glyph of the notification icons stay inside the disc, and no two counts
    give the same picture."""
    size, centre = 32, 16
    seen = {}
    for count in list(range(1, 101)):
        image = paint(Light.CRITICAL, count, size)
        white = [(x, y) for x in range(size) for y in range(size) if image.pixelColor(x, y).lightness() > 200]
        assert white, count
        assert all((x + 0.5 - centre) ** 2 + (y + 0.5 - centre) ** 2 < (size / 2 - 2) ** 2 for x, y in white), count
        seen.setdefault(bytes(image.constBits()), []).append(count)
    assert [counts for counts in seen.values() if len(counts) > 1] == []
    for light, glyph in ((Light.INFO, "i"), (Light.UNKNOWN, "?")):
        image = paint(light, 0, 64, glyph=glyph)
        assert sum(1 for x in range(64) for y in range(64) if image.pixelColor(x, y).lightness() > 200) > 40
    # on amber the ink is near-black (review 25: white on amber read at 2.1:1)
    for count, glyph in ((12, ""), (0, "!")):
        image = paint(Light.WARNING, count, 64, glyph=glyph)
        assert sum(1 for x in range(64) for y in range(64) if image.pixelColor(x, y).lightness() < 60) > 40
        assert not any(image.pixelColor(x, y).lightness() > 200 for x in range(64) for y in range(64))
    with pytest.raises(KeyError) as raised:
        paint(Light.CRITICAL, 0, 32, glyph="x")
    # the painter was ended: left active on its image, it crashed the tests (a segmentation
    # fault) when the traceback's frame freed the image and then the painter
    from PySide6.QtGui import QPainter

    tb, painters = raised.tb, []
    while tb is not None:
        painters += [v for v in tb.tb_frame.f_locals.values() if isinstance(v, QPainter)]
        tb = tb.tb_next
    assert painters and not any(painter.isActive() for painter in painters)


def test_the_overdue_mark_covers_no_stroke_of_the_badge(qapp):
    """Fresh-user reviews 7 and 13: the yellow mark covered the "+" of "99+" (the tray read
    "99"), then the top of a digit ("99+" read "9+", "11" lost a "1"). The badge's strokes, moved
    as they are while the mark shows, leave the mark's disc (and a pixel around it) blank."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from oncall_tray.ui.badge_glyphs import draw_badge
    from oncall_tray.ui.icons import badge_text, overdue_mark_rect, overdue_text_transform

    for count in (7, 11, 47, 150):
        for size in (16, 22, 24, 32, 64):
            text = badge_text(count)
            strokes = QImage(size * 4, size * 4, QImage.Format.Format_ARGB32_Premultiplied)
            strokes.fill(QColor(0, 0, 0, 0))
            p = QPainter(strokes)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.scale(4, 4)
            p.setTransform(overdue_text_transform(text, size), True)
            draw_badge(p, text, size, QColor("white"))
            p.end()
            mark = overdue_mark_rect(text, size)
            cx, cy, radius = mark.center().x() * 4, mark.center().y() * 4, (mark.width() / 2 + 1) * 4
            covered = [(x, y) for x in range(size * 4) for y in range(size * 4)
                       if strokes.pixelColor(x, y).alpha() > 64 and (x - cx) ** 2 + (y - cy) ** 2 < radius ** 2]
            assert not covered, (count, size, covered[:5])
    # and the mark is still drawn where it says
    image = paint(Light.CRITICAL, 47, 32, overdue=True)
    mark = overdue_mark_rect("47", 32)
    assert image.pixelColor(int(mark.center().x()), int(mark.center().y())).name() == "#ffd600"


def test_members_that_are_not_one_cluster_are_said_in_the_header(qapp):
    from oncall_tray.core.overview import Light, Overview
    from oncall_tray.ui.tray import connection_lines

    lines = connection_lines(Overview(Light.OK, 0, members=2, apart=True))
    assert lines == ["⚠ These Alertmanagers are not one cluster (clustering is disabled): each holds only the alerts "
                     "sent to it, and silences are not shared."]
    assert connection_lines(Overview(Light.OK, 0, members=2)) == []


def test_a_restarted_alertmanager_is_said_in_the_header_while_its_alerts_are_kept(qapp):
    from oncall_tray.core.overview import Light, Overview
    from oncall_tray.ui.tray import connection_lines

    assert connection_lines(Overview(Light.CRITICAL, 2, restarted=("http://am:9093",))) == [
        "⚠ Alertmanager restarted: its alerts from before are kept until Prometheus sends them again"]
    assert connection_lines(Overview(Light.CRITICAL, 2, members=2, restarted=("http://am2:9093",))) == [
        "⚠ http://am2:9093 restarted: its alerts from before are kept until Prometheus sends them again"]


def test_the_overdue_mark_shows_on_amber(qapp):
    """Review 26: the yellow overdue mark hardly showed on the warning's amber disc: red there."""
    from oncall_tray.ui.icons import overdue_mark_rect

    image = paint(Light.WARNING, 12, 64, overdue=True)
    mark = overdue_mark_rect("12", 64).center()
    colour = image.pixelColor(round(mark.x()), round(mark.y()))
    assert colour.red() > 180 and colour.green() < 80, colour.name()


def test_a_deadline_on_another_day_is_given_with_its_date(qapp):
    """Review 29: "Next deadline: respond to CertificateExpiringSoon by 09:00:00" on a Saturday
    at 09:29, for Monday 09:00: it read as missed half an hour before."""
    from oncall_tray.core.attention import Deadline
    from oncall_tray.core.overview import Overview
    from oncall_tray.ui.tray import tooltip_lines

    now = dt.datetime.now(dt.timezone.utc)
    monday = now + dt.timedelta(days=2)
    view = Overview(Light.INFO, 1, nearest=Deadline("fp", "CertificateExpiringSoon", "respond", monday))
    line = next(line for line in tooltip_lines(view, "http://am:9093", dt.timezone.utc) if "Next deadline" in line)
    assert line == f"Next deadline: respond to CertificateExpiringSoon by {monday:%Y-%m-%d %H:%M}", line
    view = Overview(Light.INFO, 1, nearest=Deadline("fp", "APIDown", "resolve", monday, others=2))
    line = next(line for line in tooltip_lines(view, "http://am:9093", dt.timezone.utc) if "Next deadline" in line)
    assert line == f"Next deadline: resolve APIDown and 2 more by {monday:%Y-%m-%d %H:%M}", line


def test_list_panes_get_the_height_of_their_rows(qapp):
    """The end window's panes: a list gets the height of its rows (up to its most), so four
    incidents show without scrolling (review 31: 3.5 rows shown beside a half-empty list of
    silences), a short list gives the room back, and the other panes share what is left."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTreeWidgetItem

    from oncall_tray.ui.handoff_common import fit_panes, group, tree_widget

    incidents, silences = tree_widget("Alert", "Time"), tree_widget("Alert", "Reason")
    incidents.addTopLevelItems([QTreeWidgetItem([f"Alert{i}", "11:0{i}"]) for i in range(6)])
    silences.addTopLevelItem(QTreeWidgetItem(["APIDown", "ACK!"]))
    splitter = QSplitter(Qt.Orientation.Vertical)
    for widget in (group("Incidents", incidents), QPlainTextEdit(), group("Silences", silences), QPlainTextEdit()):
        splitter.addWidget(widget)
    splitter.resize(600, 800)
    splitter.setSizes([110, 230, 170, 100])
    splitter.show()
    qapp.processEvents()
    before = splitter.sizes()
    assert incidents.verticalScrollBar().maximum() > 0  # 110 px: the rows scroll
    fit_panes(splitter, {0: (incidents, 8), 2: (silences, 6)})
    qapp.processEvents()
    sizes = splitter.sizes()
    assert incidents.verticalScrollBar().maximum() == 0  # all six in view
    assert sizes[2] < before[2]  # one silence: room for two rows, not 170 px
    assert sizes[1] > sizes[3] > 0 and abs(sum(sizes) - sum(before)) <= 2
    last = incidents.visualItemRect(incidents.topLevelItem(5))
    assert last.bottom() <= incidents.viewport().height()
    splitter.close()


def test_a_wrapped_last_column_keeps_its_share_beside_long_names(qapp):
    """Review 35: in the shift windows, a silence's reason got about 45 px ("ACK! invest…") beside
    an alert named with its place and an author marked "(you)"; each cell wraps onto two lines at
    most."""
    from PySide6.QtWidgets import QTreeWidgetItem

    from oncall_tray.ui.handoff_common import LAST_SHARE, fit_columns, tree_widget, wrap_last_column
    from oncall_tray.ui.wrapped_columns import LEAST_SHARE, MOST_LINES

    tree = wrap_last_column(tree_widget("Alert", "Expires", "Created by", "", "Reason"))
    tree.addTopLevelItem(QTreeWidgetItem(["HighHTTPErrorRate (backend / conectsuite-backend:3001)", "08:37",
                                          "Rafael Costa (você)", "", "ACK! investigando — Rafael Costa"]))
    tree.resize(480, 200)
    tree.show()
    fit_columns(tree, range(4))
    qapp.processEvents()
    header, width = tree.header(), tree.viewport().width()
    # the reason wraps onto the lines it needs (the row as tall), the others never cut a word: the
    # author's "(você)" wraps rather than being cut (review 48 R7), the alert's name too (review
    # 36: "PodCra…" beside a whole author); at this width the reason gives up some of its share
    assert header.sectionSize(4) >= int(width * LEAST_SHARE) - 1, [header.sectionSize(c) for c in range(5)]
    metrics, item = tree.fontMetrics(), tree.topLevelItem(0)
    for column in (0, 2, 4):
        words = item.text(column).split()
        assert max(metrics.horizontalAdvance(w) for w in words) < header.sectionSize(column) - 6, column
    lines = metrics.boundingRect(0, 0, header.sectionSize(4) - 8, 1 << 16, int(Qt.TextFlag.TextWordWrap),
                                 item.text(4)).height()
    # wrapped onto two lines at most (review 53 K7: rows of six lines showed one at a time)
    assert lines > metrics.lineSpacing()
    height = tree.visualItemRect(item).height()
    assert min(lines, MOST_LINES * metrics.lineSpacing()) <= height <= MOST_LINES * metrics.lineSpacing() + 8
    tree.resize(1200, 200)  # wide again: nothing narrowed further
    qapp.processEvents()
    assert header.sectionSize(4) >= int(tree.viewport().width() * LAST_SHARE) - 1
    tree.close()


def test_a_pending_silence_that_will_cover_the_alert_is_in_its_details(qtbot):
    """Review 56 Q7: a colleague's silence starting in 3 minutes ("Deploy planejado") was listed by
    ``silence list`` as pending and "will cover: APIDown", but APIDown's detail pane said nothing
    of it. The pane lists a pending silence whose matchers match the alert, with when it starts;
    not one whose matchers do not match, nor an expired one."""
    from oncall_tray.alertmanager.models import Silence, SilenceStatus
    from oncall_tray.core.local_times import local_time
    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config(timezone="UTC"))
    qtbot.addWidget(window)
    snap = AlertTracker(SeverityMap()).update([alert("APIDown", "critical", "down")], T0).snapshot
    wall = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)  # the pane reads the real clock

    def silence(sid, value, state, start):
        return Silence(id=sid, matchers=(Matcher("alertname", value),), starts_at=start,
                       ends_at=start + dt.timedelta(hours=1), created_by="marcos", comment=f"deploy {sid}",
                       status=SilenceStatus(state))

    soon = wall + dt.timedelta(minutes=3)
    window.load(snap, {s.id: s for s in (silence("p", "APIDown", "pending", soon),
                                         silence("other", "DiskFull", "pending", soon),
                                         silence("old", "APIDown", "expired", wall - dt.timedelta(hours=2)))})
    assert window.select_alert("APIDown")
    text = window.details.toPlainText()
    # each time as the pane writes it: with its date when not on today's (a run near midnight)
    starts, ends = (local_time(at, dt.timezone.utc, wall) for at in (soon, soon + dt.timedelta(hours=1)))
    assert f"Will be silenced by marcos from {starts} until {ends}" in text
    assert "deploy p" in text and "deploy other" not in text and "deploy old" not in text
    assert window.model.state_text(snap.alerts["APIDown"]) == "firing"  # not muted yet
