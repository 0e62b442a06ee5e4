"""An answer in which some alerts are not of the API's shape (a lying Alertmanager: a proxy or a
fork that changed one field): those are left out and named, the others are shown. The answers
are a real Alertmanager's, served again by a fake server with one element changed."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest
from conftest import make_alert, running_tray, settings_file
from fakeserver import FakeServer
from test_cli import run

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.errors import BadResponse
from oncall_tray.config import Config
from oncall_tray.reasons import unreadable_text

WRONG = 'BadOne: JSON of the wrong shape: Expected `str`, got `int` - at `$[1].labels["severity"]`'


def real_answers(alertmanager) -> dict[str, bytes]:
    """The real Alertmanager's answers (two alerts), by path."""
    alertmanager.post_alerts([make_alert("APIDown", "critical"), make_alert("HighCPUUsage", "warning")])
    return {path: httpx.get(alertmanager.url + path, timeout=10).content
            for path in ("/api/v2/alerts", "/api/v2/silences", "/api/v2/status")}


def with_wrong(alerts: bytes, *names: str) -> bytes:
    """``alerts`` with, after the first, one element per name whose ``severity`` label is a
    number (each with its own fingerprint)."""
    elements = json.loads(alerts)
    assert len(elements) == 2
    for offset, name in enumerate(names, 1):
        wrong = json.loads(json.dumps(elements[0]))
        wrong["labels"].update(alertname=name, severity=5)
        wrong["fingerprint"] = f"{offset:016x}"
        elements.insert(offset, wrong)
    return json.dumps(elements).encode()


@pytest.fixture
def answers(alertmanager):
    return real_answers(alertmanager)


@pytest.mark.parametrize("cooperative", [False, True], ids=["plain", "poller"])
def test_an_alert_not_of_the_apis_shape_is_left_out_and_named(answers, cooperative):
    routes = {**answers, "/api/v2/alerts": with_wrong(answers["/api/v2/alerts"], "BadOne")}
    with FakeServer(routes=routes) as server, AlertmanagerClient(server.url, cooperative=cooperative) as client:
        for _poll in range(2):  # the poller's second read reuses the readable ones, not the other
            alerts = client.alerts()
            assert sorted(a.alertname for a in alerts) == ["APIDown", "HighCPUUsage"]
            assert alerts.unreadable == (WRONG,)


def test_an_answer_with_no_alert_of_the_apis_shape_fails_whole(answers):
    """Not one element is an alert: not Alertmanager's answer, said as before (the place of the
    first one)."""
    only_wrong = json.dumps(json.loads(with_wrong(answers["/api/v2/alerts"], "BadOne"))[1:2]).encode()
    with FakeServer(routes={**answers, "/api/v2/alerts": only_wrong}) as server:
        with pytest.raises(BadResponse) as raised, AlertmanagerClient(server.url) as client:
            client.alerts()
    assert raised.value.reason == 'JSON of the wrong shape: Expected `str`, got `int` - at `$[0].labels["severity"]`'


def test_the_line_that_says_so_is_in_the_engineers_language():
    from oncall_tray.i18n import translator

    assert unreadable_text((WRONG, "x")) == ("Alerts left out, unreadable: 2 — BadOne: JSON of the wrong shape: "
                                             'expected str, got int (at $[1].labels["severity"])')
    assert unreadable_text((WRONG,), translator("pt_BR")) == (
        "Alertas deixados de fora, ilegíveis: 1 — BadOne: JSON com formato errado: esperado texto, veio inteiro "
        '(em $[1].labels["severity"])')
    assert unreadable_text(()) == ""


def test_status_lists_the_others_and_names_what_it_left_out(answers, tmp_path):
    routes = {**answers, "/api/v2/alerts": with_wrong(answers["/api/v2/alerts"], "BadOne")}
    with FakeServer(routes=routes) as server:
        as_json = run("--alertmanager", server.url, "status", "--json", config=settings_file(tmp_path))
        text = run("--alertmanager", server.url, "status", config=settings_file(tmp_path, "language: pt_BR\n"))
    assert as_json.returncode == 0, as_json.stderr
    doc = json.loads(as_json.stdout)
    assert sorted(a["alertname"] for a in doc["alerts"]) == ["APIDown", "HighCPUUsage"]
    assert doc["unreadable"] == [WRONG]
    assert text.returncode == 0, text.stderr
    assert "Alertas deixados de fora, ilegíveis: 1 — BadOne: JSON com formato errado" in text.stdout
    assert "APIDown" in text.stdout and "HighCPUUsage" in text.stdout


def noticing(qtbot, ctl) -> tuple[list, Callable[[], None]]:
    """The notices the tray ``ctl`` shows from now on (a list it fills), and a poll made now."""
    notices: list = []
    ctl.notifier.show = notices.extend

    def poll() -> None:
        with qtbot.waitSignal(ctl.poller.polled, timeout=10000):
            ctl.poller.refresh()

    return notices, poll


def test_the_tray_shows_the_others_and_says_each_new_unreadable_alert_once(qtbot, answers, tmp_path, monkeypatch):
    from oncall_tray.core.overview import Light
    from oncall_tray.ui.tray import connection_lines

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    routes = {**answers, "/api/v2/alerts": with_wrong(answers["/api/v2/alerts"], "BadOne")}
    with FakeServer(routes=routes) as server:
        config = Config(alertmanager_url=server.url, notifications=False, engineer="maria", poll_interval=60,
                        language="en")
        with running_tray(qtbot, config, tmp_path) as ctl:
            assert sorted(a.alertname for a in ctl.snapshot.alerts.values()) == ["APIDown", "HighCPUUsage"]
            assert ctl.view.light is Light.CRITICAL and not ctl.view.stale  # the poll counts as good
            assert ctl.view.unreadable == (WRONG,)
            assert "⚠ Alerts left out, unreadable: 1 — BadOne: JSON of the wrong shape" in \
                "\n".join(connection_lines(ctl.view))
            notices, poll = noticing(qtbot, ctl)
            poll()  # the same one again: said already
            assert not [n for n in notices if "cannot read" in n.title]
            server.routes["/api/v2/alerts"] = with_wrong(answers["/api/v2/alerts"], "BadOne", "BadTwo")
            poll()
            (said,) = [n for n in notices if "cannot read" in n.title]
            assert said.title == "Alertmanager sent alerts the tray cannot read"
            assert said.body.startswith("Alerts left out, unreadable: 2 — BadOne: JSON of the wrong shape")
            assert said.body.endswith("The other alerts are shown; every reason is in the log.")
            assert len(ctl.snapshot.alerts) == 2
            server.routes["/api/v2/alerts"] = answers["/api/v2/alerts"]
            poll()
            assert ctl.view.unreadable == () and not connection_lines(ctl.view)


def test_an_alert_that_becomes_unreadable_is_kept_as_last_read(answers, qtbot, tmp_path, monkeypatch):
    """Review 23: an alert that became unreadable was announced "Resolved" while it fired, left
    the pending items, and "fired" again once readable (its response target said missed twice)."""
    elements = json.loads(answers["/api/v2/alerts"])
    cpu = next(e for e in elements if e["labels"]["alertname"] == "HighCPUUsage")
    broken = json.loads(json.dumps(elements))
    next(e for e in broken if e["fingerprint"] == cpu["fingerprint"])["labels"]["severity"] = 5
    with FakeServer(routes=dict(answers)) as server:
        with AlertmanagerClient(server.url, cooperative=True) as client:
            before = {a.fingerprint: a for a in client.alerts()}
            server.routes["/api/v2/alerts"] = json.dumps(broken).encode()
            for _poll in range(2):
                now = client.alerts()
                assert {a.fingerprint: a for a in now}[cpu["fingerprint"]] is before[cpu["fingerprint"]]
                (line,) = now.unreadable
                assert line.startswith("HighCPUUsage: JSON of the wrong shape") and line.endswith(" (kept as last read)")
        with AlertmanagerClient(server.url) as once:  # a one-off read knows no earlier answer: left out
            assert [a.alertname for a in once.alerts()] == ["APIDown"]

        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
        server.routes["/api/v2/alerts"] = answers["/api/v2/alerts"]
        config = Config(alertmanager_url=server.url, notifications=False, engineer="maria", poll_interval=60,
                        language="en")
        with running_tray(qtbot, config, tmp_path) as ctl:
            events = []
            ctl.poller.polled.connect(lambda r: events.extend(r.update.events if r.update else ()))
            server.routes["/api/v2/alerts"] = json.dumps(broken).encode()
            with qtbot.waitSignal(ctl.poller.polled, timeout=10000):
                ctl.poller.refresh()
            server.routes["/api/v2/alerts"] = answers["/api/v2/alerts"]
            with qtbot.waitSignal(ctl.poller.polled, timeout=10000):
                ctl.poller.refresh()
            assert events == [] and len(ctl.snapshot.alerts) == 2  # neither resolved nor fired again


@pytest.mark.parametrize("cooperative", [False, True], ids=["plain", "poller"])
def test_an_alert_with_the_fingerprint_of_another_is_left_out_and_named(answers, cooperative):
    """Review 24: two alerts of one fingerprint (a proxy merging answers) gave "-1 acknowledged"
    and counts of 12 and 11 at once; the second was dropped without a word."""
    elements = json.loads(answers["/api/v2/alerts"])
    twin = json.loads(json.dumps(elements[0]))
    twin["labels"]["alertname"] = "Twin"
    elements.append(twin)
    routes = {**answers, "/api/v2/alerts": json.dumps(elements).encode()}
    with FakeServer(routes=routes) as server, AlertmanagerClient(server.url, cooperative=cooperative) as client:
        for _poll in range(2):
            alerts = client.alerts()
            assert sorted(a.alertname for a in alerts) == ["APIDown", "HighCPUUsage"]
            assert alerts.unreadable == (f"Twin: the same fingerprint as another alert of the answer: "
                                         f"{twin['fingerprint']}",)
    from oncall_tray.i18n import translator
    assert unreadable_text(alerts.unreadable, translator("pt_BR")).endswith(
        f"Twin: a mesma fingerprint de outro alerta da resposta: {twin['fingerprint']}")


def test_of_alerts_sharing_a_fingerprint_an_active_one_is_kept_and_the_other_names_come_first(answers):
    """Review 26: of a silenced APIDown, an active copy and OtherDup on one fingerprint, the
    silenced one was kept (the icon green, "No unacknowledged alert") and the line named
    APIDown, the alert still shown, not OtherDup, the one gone."""
    elements = json.loads(answers["/api/v2/alerts"])
    active = next(e for e in elements if e["labels"]["alertname"] == "APIDown")
    silenced = json.loads(json.dumps(active))
    silenced["status"] = {"state": "suppressed", "silencedBy": ["0d7c0b5e-1111-2222-3333-444455556666"],
                          "inhibitedBy": []}
    other = json.loads(json.dumps(active))
    other["labels"]["alertname"] = "OtherDup"
    body = json.dumps([silenced, active, other]).encode()
    with FakeServer(routes={**answers, "/api/v2/alerts": body}) as server, \
            AlertmanagerClient(server.url, cooperative=True) as client:
        alerts = client.alerts()
    (kept,) = alerts
    assert kept.alertname == "APIDown" and not kept.silenced
    assert [line.split(":")[0] for line in alerts.unreadable] == ["OtherDup", "APIDown"]
