"""One rule for what acknowledges an alert, everywhere (review 59 U1): a colleague's silence
whose comment does not start with ``ACK`` ("Manutenção programada do host", by Carla Dias, who
is not on call) mutes the alert but is no acknowledgement of it: the alerts window, ``status``,
``ack`` and the tray's *Acknowledge* say "silenced by Carla Dias", and only an acknowledgement
meets the response target (guide: response = time to ACK); once her silence ends, the response
is overdue again. Against a real Alertmanager, in English and Portuguese."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest
from conftest import make_alert, running_tray, silence, utcnow, wait_until
from test_silence_cli import ENGINEER, Cli

from oncall_tray.config import Config
from oncall_tray.core.attention import RedFlag
from oncall_tray.core.local_times import local_time

COLLEAGUE, MAINTENANCE = "Carla Dias", "Manutenção programada do host"


def expire(am, silence_id: str) -> None:
    """Expire a silence by hand, as amtool or the Silences tab's *Expire* does."""
    httpx.delete(f"{am.url}/api/v2/silence/{silence_id}", timeout=10).raise_for_status()


def maintenance(am) -> str:
    """Carla Dias's 1-hour maintenance silence of HighCPUUsage, made while it fires."""
    made = silence(am, {"alertname": "HighCPUUsage"}, minutes=60, author=COLLEAGUE, comment=MAINTENANCE)
    wait_until(lambda: any(a["status"]["silencedBy"] == [made] for a in httpx.get(
        am.url + "/api/v2/alerts", timeout=10).json()), 10, "the maintenance silence")
    return made


@pytest.fixture
def cli(alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("HighCPUUsage", "warning", starts_at=utcnow() - dt.timedelta(minutes=20))])
    return Cli(alertmanager, tmp_path)


def test_status_calls_a_colleagues_maintenance_silence_no_acknowledgement_nor_a_response(cli):
    made = maintenance(cli.am)
    for lang in ("en_US.UTF-8", "pt_BR.UTF-8"):
        text = cli("status", lang=lang).stdout
        (row,) = [line for line in text.splitlines() if "HighCPUUsage" in line]
        assert "  acknowledged  " not in row and "  reconhecido  " not in row, row  # the State column
        assert "acknowledged 5m late" not in row and "reconhecido com 5m" not in row, row
    (alert,) = json.loads(cli("status", "--json").stdout)["alerts"]
    assert alert["sla"]["responded"] is False
    expire(cli.am, made)
    (alert,) = json.loads(cli("status", "--json").stdout)["alerts"]
    assert alert["sla"]["responded"] is False and alert["sla"]["respond_remaining_s"] < 0  # overdue again
    (row,) = [line for line in cli("status").stdout.splitlines() if "HighCPUUsage" in line]
    assert "responded" not in row and "overdue" in row, row


@pytest.mark.parametrize("lang", ["en_US.UTF-8", "pt_BR.UTF-8"])
def test_ack_of_an_alert_under_a_colleagues_maintenance_silence_acknowledges_it(cli, lang):
    """``ack`` said "already acknowledged by Carla Dias" and sent nothing: the one on call asked
    to acknowledge it, and nobody on call had; it says whose silence mutes it and why it is no
    acknowledgement, and makes the guide's ACK silence."""
    made = maintenance(cli.am)
    fingerprint = cli.alerts()["HighCPUUsage"]["fingerprint"]
    result = cli("ack", fingerprint, lang=lang)
    assert result.returncode == 0, result.stderr
    assert "already" not in result.stderr and "já" not in result.stderr, result.stderr
    assert COLLEAGUE in result.stderr and MAINTENANCE in result.stderr and made in result.stderr, result.stderr
    (mine,) = [s for s in cli.silences() if s["id"] != made]
    assert mine["createdBy"] == ENGINEER and mine["comment"].startswith("ACK!")
    assert mine["id"] == result.stdout.strip()


@pytest.fixture
def controller(qtbot, alertmanager, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    alertmanager.post_alerts([make_alert("HighCPUUsage", "warning", starts_at=utcnow() - dt.timedelta(minutes=20))])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="Bruno Lima", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as ctl:
        yield ctl


def refreshed(qtbot, controller, check) -> None:
    with qtbot.waitSignal(controller.poller.polled, timeout=10000,
                          check_params_cb=lambda r: r.update is not None and check(r.update.snapshot)):
        controller.poller.refresh()


def test_the_alerts_window_says_silenced_by_the_colleague_and_the_response_stays_due(qtbot, controller, alertmanager):
    made = maintenance(alertmanager)
    refreshed(qtbot, controller, lambda s: all(a.silenced for a in s.alerts.values()))
    model = controller.window.model
    (fp,) = controller.snapshot.alerts
    end = dt.datetime.fromisoformat(next(s for s in httpx.get(alertmanager.url + "/api/v2/silences").json()
                                         if s["id"] == made)["endsAt"].replace("Z", "+00:00"))
    # as the model writes it: in the settings' zone, with the date when not on the model's now's
    # day (the end is an hour away: it failed from 23:00 to 23:59 when the end is after midnight)
    until = local_time(end, controller.config.zone(), model.now)
    assert model.state_text(controller.snapshot.alerts[fp]) == f"silenced by {COLLEAGUE} until {until}: {MAINTENANCE}"
    from oncall_tray.ui.alerts_model import COLUMNS
    respond = model.index(model.row_of(fp), COLUMNS.index("respond"))
    assert model.data(respond) == "silenced"
    missed = lambda: controller.view.red_flags.get(RedFlag.RESPONSE_MISSED, "")  # noqa: E731
    assert "HighCPUUsage" not in missed()  # paused while silenced: quiet, as every silenced alert
    # no shift open: the engineer setting is on call, and the journal records no acknowledgement
    # from Carla's silence either (it would stop the clock: "✓ 5m late", "firing, responded")
    qtbot.waitUntil(lambda: not controller.shift.writer.busy, timeout=10000)
    expire(alertmanager, made)
    refreshed(qtbot, controller, lambda s: not any(a.silenced for a in s.alerts.values()))
    assert model.state_text(controller.snapshot.alerts[fp]) == "firing"
    assert model.data(respond).startswith("-"), model.data(respond)  # overdue, not "✓ 6m late"
    assert "HighCPUUsage" in missed()  # the header's red flag, and its notice


def test_the_trays_acknowledge_acknowledges_an_alert_under_a_colleagues_maintenance(qtbot, controller, alertmanager):
    made = maintenance(alertmanager)
    refreshed(qtbot, controller, lambda s: all(a.silenced for a in s.alerts.values()))
    (fp,) = controller.snapshot.alerts
    with qtbot.waitSignal(controller.alert_actions.actions.finished, timeout=10000) as blocker:
        controller.alert_actions.acknowledge(fp)
    assert blocker.args[0].ok
    mine = [s for s in httpx.get(alertmanager.url + "/api/v2/silences").json() if s["id"] != made]
    assert len(mine) == 1 and mine[0]["createdBy"] == "Bruno Lima" and mine[0]["comment"].startswith("ACK!")
    refreshed(qtbot, controller, lambda s: mine[0]["id"] in s.alerts[fp].status.silenced_by)
    assert controller.window.model.state_text(controller.snapshot.alerts[fp]).startswith("acknowledged by Bruno Lima")
