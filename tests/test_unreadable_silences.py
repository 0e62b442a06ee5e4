"""An answer to ``GET /api/v2/silences`` in which one silence is not of the API's shape (a proxy
or a fork that changed one field: ``"comment": null``, review 65 T10): that silence is set aside
and said, the others are kept, and the poll is good (the alerts' twin rule, ``AlertList.unreadable``).
The answers are a real Alertmanager's, served again by a fake server with one element changed."""

from __future__ import annotations

import json

import httpx
import pytest
from conftest import make_alert, running_tray, settings_file, silence
from fakeserver import FakeServer
from test_cli import run
from test_unreadable_alerts import noticing

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.errors import BadResponse
from oncall_tray.config import Config
from oncall_tray.reasons import unreadable_text

ODD_ID = "6b8a6d5e-3f0e-4c59-9d1b-1f2e3d4c5b6a"
WRONG = f"{ODD_ID}: JSON of the wrong shape: Expected `str`, got `null` - at `$[1].comment`"


def real_answers(alertmanager) -> dict[str, bytes]:
    """The real Alertmanager's answers (two alerts, one silence of another alert), by path."""
    alertmanager.post_alerts([make_alert("APIDown", "critical"), make_alert("HighCPUUsage", "warning")])
    silence(alertmanager, {"alertname": "Other"}, author="bob", comment="maint")
    return {path: httpx.get(alertmanager.url + path, timeout=10).content
            for path in ("/api/v2/alerts", "/api/v2/silences", "/api/v2/status")}


def with_odd(silences: bytes, keep_good: bool = True) -> bytes:
    """``silences`` (one silence) with a copy after it whose comment is null (ID ``ODD_ID``)."""
    (good,) = json.loads(silences)
    odd = dict(good, id=ODD_ID, comment=None)
    return json.dumps([good, odd] if keep_good else [odd]).encode()


@pytest.fixture
def answers(alertmanager):
    return real_answers(alertmanager)


def odd_routes(answers) -> dict[str, bytes]:
    return {**answers, "/api/v2/silences": with_odd(answers["/api/v2/silences"])}


def test_a_silence_not_of_the_apis_shape_is_set_aside_and_named(answers):
    with FakeServer(routes=odd_routes(answers)) as server, AlertmanagerClient(server.url) as client:
        silences = client.silences()
    assert [s.comment for s in silences] == ["maint"]
    assert silences.unreadable == (WRONG,)


def test_an_answer_with_no_silence_of_the_apis_shape_fails_whole(answers):
    routes = {**answers, "/api/v2/silences": with_odd(answers["/api/v2/silences"], keep_good=False)}
    with FakeServer(routes=routes) as server, AlertmanagerClient(server.url) as client:
        with pytest.raises(BadResponse) as raised:
            client.silences()
    assert raised.value.reason == "JSON of the wrong shape: Expected `str`, got `null` - at `$[0].comment`"


def test_the_line_that_says_so_is_in_the_engineers_language():
    from oncall_tray.i18n import translator

    assert unreadable_text((WRONG,), silences=True) == (f"Silences left out, unreadable: 1 — {ODD_ID}: JSON of the "
                                                        "wrong shape: expected str, got null (at $[1].comment)")
    assert unreadable_text((WRONG,), translator("pt_BR"), silences=True).startswith(
        f"Silenciamentos deixados de fora, ilegíveis: 1 — {ODD_ID}: JSON com formato errado: ")


def test_the_commands_keep_the_others_and_name_what_they_left_out(answers, tmp_path):
    with FakeServer(routes=odd_routes(answers)) as server:
        as_json = run("--alertmanager", server.url, "status", "--json", config=settings_file(tmp_path))
        text = run("--alertmanager", server.url, "status", config=settings_file(tmp_path, "language: pt_BR\n"))
        listed = run("--alertmanager", server.url, "silence", "list", config=settings_file(tmp_path))
    assert as_json.returncode == 0, as_json.stderr
    doc = json.loads(as_json.stdout)
    assert sorted(a["alertname"] for a in doc["alerts"]) == ["APIDown", "HighCPUUsage"]
    assert doc["unreadable_silences"] == [WRONG] and doc["unreadable"] == []
    assert text.returncode == 0, text.stderr
    assert f"Silenciamentos deixados de fora, ilegíveis: 1 — {ODD_ID}: JSON com formato errado" in text.stdout
    assert listed.returncode == 0, listed.stderr
    assert "maint" in listed.stdout and ODD_ID not in listed.stdout
    assert f"Silences left out, unreadable: 1 — {ODD_ID}" in listed.stderr


def test_the_tray_stays_connected_and_says_each_new_unreadable_silence_once(qtbot, answers, tmp_path, monkeypatch):
    from oncall_tray.core.overview import Light
    from oncall_tray.ui.tray import connection_lines

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    with FakeServer(routes=odd_routes(answers)) as server:
        config = Config(alertmanager_url=server.url, notifications=False, engineer="maria", poll_interval=60,
                        language="en")
        with running_tray(qtbot, config, tmp_path) as ctl:
            assert sorted(a.alertname for a in ctl.snapshot.alerts.values()) == ["APIDown", "HighCPUUsage"]
            assert ctl.view.light is Light.CRITICAL and not ctl.view.stale  # not grey "unreachable"
            assert [s.comment for s in ctl.silences.values()] == ["maint"]
            assert ctl.view.unreadable_silences == (WRONG,)
            assert f"⚠ Silences left out, unreadable: 1 — {ODD_ID}: JSON of the wrong shape" in \
                "\n".join(connection_lines(ctl.view))
            notices, poll = noticing(qtbot, ctl)
            poll()  # the same one again: said already
            assert not [n for n in notices if "cannot read" in n.title]
            odd = json.loads(server.routes["/api/v2/silences"])
            server.routes["/api/v2/silences"] = json.dumps(
                [*odd, dict(odd[1], id="7b8a6d5e-3f0e-4c59-9d1b-1f2e3d4c5b6a")]).encode()
            poll()
            (said,) = [n for n in notices if "cannot read" in n.title]
            assert said.title == "Alertmanager sent silences the tray cannot read"
            assert said.body.startswith(f"Silences left out, unreadable: 2 — {ODD_ID}: JSON of the wrong shape")
            assert said.body.endswith("The other silences are shown; every reason is in the log.")
            server.routes["/api/v2/silences"] = answers["/api/v2/silences"]
            poll()
            assert ctl.view.unreadable_silences == () and not connection_lines(ctl.view)
