"""An alert without an ``alertname`` label (review 63 Z1): ``oncall-tray ack`` made its "ACK"
silence and exited 0, but ``acknowledges`` required an ``alertname`` matcher, so ``status``,
the tray and the handoff called it "silenced" by a silence of more alerts, its response clock
running. The silence the app makes of its labels is its acknowledgement; a silence of fewer of
its labels (one host's every alert) is not, however it is commented. Against a real Alertmanager."""

from __future__ import annotations

import datetime as dt
import json

import httpx
from conftest import silence, utcnow, wait_until
from test_silence_cli import Cli

import pytest

NAMELESS = {"severity": "critical", "instance": "noname:1", "pod": "web-7"}  # pod: volatile in Cli's settings


def post_nameless(am) -> str:
    """Post the alert without alertname as Prometheus would; its fingerprint."""
    body = [{"labels": NAMELESS, "annotations": {"summary": "no name"},
             "startsAt": (utcnow() - dt.timedelta(minutes=2)).isoformat(),
             "endsAt": (utcnow() + dt.timedelta(hours=1)).isoformat()}]
    httpx.post(am.url + "/api/v2/alerts", json=body, timeout=10).raise_for_status()
    alerts = wait_until(lambda: httpx.get(am.url + "/api/v2/alerts", timeout=10).json(), 10, "the alert")
    (alert,) = alerts
    return alert["fingerprint"]


def silenced(am) -> bool:
    return all(a["status"]["silencedBy"] for a in httpx.get(am.url + "/api/v2/alerts", timeout=10).json())


@pytest.mark.parametrize("lang", ["en_US.UTF-8", "pt_BR.UTF-8"])
def test_ack_of_an_alert_without_alertname_is_its_acknowledgement(alertmanager, tmp_path, lang):
    cli = Cli(alertmanager, tmp_path)
    fingerprint = post_nameless(alertmanager)
    result = cli("ack", fingerprint[:8], lang=lang)
    assert result.returncode == 0, result.stderr
    wait_until(lambda: silenced(alertmanager), 10, "the acknowledgement muting the alert")
    (alert,) = json.loads(cli("status", "--json").stdout)["alerts"]
    assert alert["sla"]["responded"] is True, alert
    (row,) = [line for line in cli("status", lang=lang).stdout.splitlines() if fingerprint[:8] in line]
    assert ("acknowledged" if lang.startswith("en") else "reconhecido") in row, row
    again = cli("ack", fingerprint[:8], lang=lang)  # no second silence: it is acknowledged already
    assert again.returncode == 0 and again.stdout.strip() == result.stdout.strip(), again.stderr
    assert len([s for s in cli.silences() if s["status"]["state"] == "active"]) == 1


def test_an_ack_silence_of_one_host_is_no_acknowledgement_of_its_nameless_alert(alertmanager, tmp_path):
    cli = Cli(alertmanager, tmp_path)
    fingerprint = post_nameless(alertmanager)
    silence(alertmanager, {"instance": "noname:1"}, comment="ACK! host em manutenção")  # every alert of the host
    wait_until(lambda: silenced(alertmanager), 10, "the host's silence muting the alert")
    (alert,) = json.loads(cli("status", "--json").stdout)["alerts"]
    assert alert["sla"]["responded"] is False, alert
    result = cli("ack", fingerprint[:8])  # gets its own acknowledgement
    assert result.returncode == 0 and "not its acknowledgement" in result.stderr, result.stderr
    wait_until(lambda: json.loads(cli("status", "--json").stdout)["alerts"][0]["sla"]["responded"], 10,
               "the alert acknowledged")


def test_the_trays_acknowledge_of_an_alert_without_alertname_is_its_acknowledgement(qtbot, alertmanager, tmp_path,
                                                                                       monkeypatch):
    """The tray's *Acknowledge* builds the same silence (``ack_silence``): the row says it."""
    from conftest import running_tray

    from oncall_tray.config import Config

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fingerprint = post_nameless(alertmanager)
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="Bruna", poll_interval=60,
                    volatile_labels=("pod",))
    with running_tray(qtbot, config, tmp_path) as controller:
        with qtbot.waitSignal(controller.alert_actions.actions.finished, timeout=10000) as blocker:
            controller.alert_actions.acknowledge(fingerprint)
        assert blocker.args[0].ok
        with qtbot.waitSignal(controller.poller.polled, timeout=10000, check_params_cb=lambda r: r.update is not None
                              and r.update.snapshot.alerts[fingerprint].silenced):
            controller.poller.refresh()
        state = controller.window.model.state_text(controller.snapshot.alerts[fingerprint])
        assert state.startswith("acknowledged by Bruna"), state
