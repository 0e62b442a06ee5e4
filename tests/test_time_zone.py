"""Every time the tray shows is in the settings' zone (``timezone``), not some in it and some in
the system's (review 21: with ``timezone: America/Sao_Paulo`` on a UTC machine, the alerts tab
said an acknowledgement ends "até 22:29" and the Silences tab "01:29"; the header, the details'
start, the notifications, "All changes saved at" and ``silence list`` were in UTC)."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from conftest import make_alert, running_tray, silence

from oncall_tray.config import Config

UTC = dt.timezone.utc
SP = zoneinfo.ZoneInfo("America/Sao_Paulo")  # UTC-3, no summer time since 2019
NOON = dt.datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # 09:00 in São Paulo


def test_the_setting_names_the_zone_and_a_bad_one_falls_back_to_the_systems():
    from oncall_tray.sla_settings import system_zone

    assert Config(timezone="America/Sao_Paulo").zone() == SP
    assert Config(timezone="Nowhere/Atlantis").zone() == system_zone()
    assert Config().zone() == system_zone()


def test_the_header_and_the_notices_are_in_the_settings_zone(qapp):
    from oncall_tray.core.contact import ContactMonitor
    from oncall_tray.core.attention import Deadline
    from oncall_tray.core.overview import Light, Overview
    from oncall_tray.notify.poll_plan import plan
    from oncall_tray.ui.tray import tooltip_lines
    from oncall_tray.watch import PollResult

    view = Overview(Light.CRITICAL, 1, last_success_at=NOON, nearest=Deadline("fp", "APIDown", "respond", NOON))
    lines = "\n".join(tooltip_lines(view, "http://am:9093", SP))
    # a deadline on another day than today has its date (review 29); 2026-11-30 is past
    # the last good poll too, of another day (code review 81 AX9)
    assert "Last good poll: 2026-11-30 09:00:00" in lines and "respond to APIDown by 2026-11-30 09:00" in lines, lines

    contact = ContactMonitor()
    contact.success(NOON)
    contact.failure(NOON + dt.timedelta(seconds=15), "connection refused")
    lost = PollResult(None, contact.failure(NOON + dt.timedelta(seconds=30), "connection refused"))
    (said,) = plan(lost, lambda _c, text: text, zone=SP, now=NOON + dt.timedelta(seconds=30))
    assert "No answer since 09:00" in said.body, said.body


def test_attention_notices_are_in_the_settings_zone():
    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.core.attention import AttentionMonitor
    from oncall_tray.core.contact import ContactMonitor
    from oncall_tray.core.severity import SeverityMap
    from oncall_tray.core.sla import SlaPolicy
    from oncall_tray.core.tracker import AlertTracker
    from oncall_tray.notify.attention_messages import attention_notices

    down = Alert("fp", {"alertname": "APIDown", "severity": "critical"}, AlertStatus("active"), starts_at=NOON)
    now = NOON + dt.timedelta(minutes=16)
    snapshot = AlertTracker(SeverityMap()).update([down], now).snapshot
    contact = ContactMonitor()
    attention = AttentionMonitor(SlaPolicy()).evaluate(snapshot, {}, contact.success(now), now)
    texts = [f"{n.title} {n.body}" for n in attention_notices(attention, snapshot.alerts, lambda _c, t: t, now,
                                                                zone=SP)]
    (escalate,) = [t for t in texts if t.startswith("Escalate to L2")]
    assert "(since 09:00)" in escalate, escalate


def test_the_alerts_and_silences_tabs_and_the_details_agree_with_the_setting(qtbot, alertmanager, tmp_path,
                                                                              monkeypatch):
    from oncall_tray.ui.alert_details import details_html

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    started = dt.datetime.now(UTC) - dt.timedelta(minutes=3)
    alertmanager.post_alerts([make_alert("APIDown", "critical", starts_at=started)])
    silence(alertmanager, {"alertname": "APIDown"}, minutes=15, author="ana")
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="ana", poll_interval=60,
                    language="en", timezone="America/Sao_Paulo")
    with running_tray(qtbot, config, tmp_path) as ctl:
        ctl.show_window()
        window = ctl.window
        (alert,) = ctl.snapshot.alerts.values()
        (silenced,) = ctl.silences.values()
        end = silenced.ends_at.astimezone(SP).strftime("%H:%M")
        assert silenced.ends_at.astimezone(UTC).strftime("%H:%M") != end  # the test can tell them apart
        state = window.model.index(0, [c for c, name in enumerate(COLUMNS()) if name == "state"][0]).data()
        assert state.endswith(f" {end}"), state  # the date before it near midnight: "until 12-05 00:07"
        table = window.silences.table
        ends = [table.item(row, 5).text() for row in range(table.rowCount())]
        assert len(ends) == 1 and ends[0].endswith(end) and ends[0] in state, (ends, state)
        html = details_html(alert, [silenced], config, state, window.details.zone)
        assert started.astimezone(SP).strftime("%Y-%m-%d %H:%M") in html
        header = window.details_label.text()
        polled = re.search(r"Last good poll: (\d\d:\d\d):\d\d", header)
        assert polled and polled[1] == ctl.view.last_success_at.astimezone(SP).strftime("%H:%M"), header
        window.close()


def COLUMNS():  # noqa: N802
    from oncall_tray.ui.alerts_model import COLUMNS as columns

    return columns


def test_silence_list_is_in_the_settings_zone():
    from oncall_tray.alertmanager.models import Matcher, Silence, SilenceStatus
    from oncall_tray.commands.silence_list import render_text

    made = Silence("1234abcd-0000-0000-0000-000000000000", (Matcher("alertname", "APIDown"),), NOON,
                   NOON + dt.timedelta(minutes=15), "ana", "ACK!", SilenceStatus("active"))
    text = render_text([made], [], lambda _c, t: t, NOON, SP)
    assert "2026-11-30 09:00:00 -03" in text and "2026-11-30 09:15:00 -03" in text, text
