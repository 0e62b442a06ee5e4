"""A ``POST /api/v2/silences`` answered 2xx with a body that is not ``{"silenceID": …}`` (a proxy
that rewrites or drops the body: review 65 T3): Alertmanager took the silence, so the engineer is
never told "not silenced" or "unreachable or refused". The silence is looked up as after a POST
without an answer (``silence_check``): found, it is the one made (or extended); not found, it may
have been made. A real Alertmanager behind a real nginx that rewrites the answer's key; a fake
server only for an answer ``OK`` whose silence the look does not find."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest
from conftest import active_silences, make_alert, running_tray, settings_file, silence, utcnow
from fakeserver import FakeServer
from nginx_proxy import NginxProxy
from test_cli import run

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.errors import OutcomeUnknown
from oncall_tray.alertmanager.models import Matcher
from oncall_tray.config import Config
from oncall_tray.core.silencing import new_silence

#: the answer's key in another casing, as review 65's fake proxy sent it
WRONG_KEY = ('"silenceID"', '"silenceId"')


def draft(comment: str = "deploy"):
    return new_silence((Matcher("alertname", "APIDown"),), "maria", comment, utcnow(), dt.timedelta(minutes=10))


def ok_text_server(alertmanager) -> FakeServer:
    """Answers every POST ``200 OK`` (text/plain), making nothing; its reads are ``alertmanager``'s
    answers of now."""
    routes = {path: httpx.get(alertmanager.url + path, timeout=10).content
              for path in ("/api/v2/alerts", "/api/v2/silences", "/api/v2/status")}
    for one in json.loads(routes["/api/v2/silences"]):
        routes[f"/api/v2/silence/{one['id']}"] = json.dumps(one).encode()
    return FakeServer(post_status=200, body=b"OK", content_type="text/plain", routes=routes)


def test_a_silence_taken_with_an_odd_answer_is_found_and_returned(alertmanager):
    with NginxProxy(alertmanager.url, rewrite=WRONG_KEY) as proxy, AlertmanagerClient(proxy.url) as client:
        made = client.create_silence(draft())
        (active,) = active_silences(alertmanager)
        assert made == active["id"]
        current = client.get_silence(made)
        later = current.ends_at + dt.timedelta(minutes=20)
        extended = client.update_silence(current.as_update(ends_at=later))
    (active,) = active_silences(alertmanager)
    assert extended == active["id"] and active["endsAt"].startswith(later.strftime("%Y-%m-%dT%H:%M:%S"))


def test_a_silence_taken_but_not_found_may_have_been_made(alertmanager):
    with ok_text_server(alertmanager) as server, AlertmanagerClient(server.url) as client:
        with pytest.raises(OutcomeUnknown) as raised:
            client.create_silence(draft())
    assert raised.value.check is None and raised.value.first.status == 200
    assert server.requests[0] == "/api/v2/silences" and len(server.requests) > 1  # the POST, then the looks


def test_the_command_line_prints_the_silence_it_found(alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    fingerprint = httpx.get(alertmanager.url + "/api/v2/alerts", timeout=10).json()[0]["fingerprint"]
    config = settings_file(tmp_path, 'engineer: "maria"\n')
    with NginxProxy(alertmanager.url, rewrite=WRONG_KEY) as proxy:
        ack = run("--alertmanager", proxy.url, "ack", fingerprint, "--duration", "10m", config=config)
        added = run("--alertmanager", proxy.url, "silence", "add", "alertname=Other", "--duration", "10m",
                    "--comment", "deploy", config=config)
        silences = {s["comment"]: s["id"] for s in active_silences(alertmanager)}
        extended = run("--alertmanager", proxy.url, "silence", "extend", silences["deploy"], "--duration", "30m",
                       config=config)
    assert ack.returncode == 0, ack.stderr
    assert added.returncode == 0 and added.stdout.strip() == silences["deploy"], added.stderr
    assert extended.returncode == 0 and extended.stdout.strip() == silences["deploy"], extended.stderr
    assert "refused" not in ack.stderr + added.stderr + extended.stderr
    assert len(active_silences(alertmanager)) == 2


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_the_command_line_says_a_silence_not_found_may_have_been_made(alertmanager, tmp_path, language):
    config = settings_file(tmp_path, f'engineer: "maria"\nlanguage: {language}\n')
    silence_id = silence(alertmanager, {"alertname": "Backup"}, author="maria", comment="maintenance")
    with ok_text_server(alertmanager) as server:
        added = run("--alertmanager", server.url, "silence", "add", "alertname=Other", "--duration", "10m",
                    "--comment", "deploy", config=config)
        extended = run("--alertmanager", server.url, "silence", "extend", silence_id, "--duration", "30m",
                       config=config)
    assert extended.returncode == 2 and extended.stdout == "", extended.stderr
    extended_said = {"en": f"Silence {silence_id} may have been extended all the same (",
                     "pt_BR": f"O silenciamento {silence_id} pode ter sido estendido mesmo assim ("}
    assert extended_said[language] in extended.stderr and "HTTP 200" in extended.stderr, extended.stderr
    assert added.returncode == 2 and added.stdout == ""
    assert "refused" not in added.stderr and "recusad" not in added.stderr, added.stderr
    said = {"en": ("Alertmanager took the silence", "it may have been made", "oncall-tray silence list"),
            "pt_BR": ("O Alertmanager aceitou o silenciamento", "pode ter sido criado", "oncall-tray silence list")}
    assert all(words in added.stderr for words in said[language]), added.stderr
    assert "HTTP 200" in added.stderr


@pytest.fixture
def fake_tray(qtbot, alertmanager, tmp_path, monkeypatch):
    """The tray on the ``OK`` server, with APIDown firing and one silence of maria's to extend."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    silence(alertmanager, {"alertname": "Other"}, author="maria", comment="maintenance")
    with ok_text_server(alertmanager) as server:
        config = Config(alertmanager_url=server.url, notifications=False, engineer="maria", poll_interval=60,
                        language="en")
        with running_tray(qtbot, config, tmp_path) as ctl:
            yield ctl


def shown_box():
    from PySide6.QtWidgets import QApplication, QMessageBox

    (box,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    return box


def test_the_tray_never_says_not_acknowledged_nor_not_changed_after_a_2xx(qtbot, fake_tray):
    ctl, actions = fake_tray, fake_tray.alert_actions
    fingerprint = next(fp for fp, a in ctl.snapshot.alerts.items() if a.alertname == "APIDown")
    with qtbot.waitSignal(actions.actions.finished, timeout=15000):
        actions.acknowledge(fingerprint)
    box = shown_box()
    assert box.windowTitle() == "Unknown whether the alert was acknowledged"
    assert "not acknowledged" not in box.text() and "Alertmanager took the silence" in box.text()
    assert "HTTP 200" in box.text() and "Silences tab" in box.text()
    box.close()

    actions.open_silence_dialog(fingerprint)
    dialog = next(iter(actions._dialogs.values()))
    dialog.comment.setPlainText("investigando")
    with qtbot.waitSignal(actions.actions.finished, timeout=15000):
        dialog.submit()
    assert dialog.isVisible() and "Not created" not in dialog.outcome.text()
    assert "Alertmanager took the silence" in dialog.outcome.text()
    dialog.reject()

    (silence_id,) = list(ctl.silences)
    with qtbot.waitSignal(actions.actions.finished, timeout=15000):
        actions.extend_silence(silence_id)
    box = shown_box()
    assert box.windowTitle() != "Silence not changed" and "was not changed" not in box.text()
    assert f"Silence {silence_id[:8]} may have been extended all the same" in box.text(), box.text()
    assert "HTTP 200" in box.text()
    box.close()

