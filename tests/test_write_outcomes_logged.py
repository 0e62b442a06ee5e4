"""Fresh-user review 74 BB4: an expire answered 504 (a proxy in front of Alertmanager) left no
line in either log: not the tray's (the alerts window's Silences tab), not the commands' (``oncall-tray
silence expire``). Every write's outcome (done, not done, may have been done) is logged once,
with the silence's ID and the Alertmanager's URL, its password masked. Real Alertmanager; a
server in front of it only for the 504."""

from __future__ import annotations

import datetime as dt
import logging

from conftest import make_alert, silence, utcnow
from test_ack_expired_elsewhere import _two_acknowledged
from test_expire_gateway_timeout import _gateway_front
from test_expire_504_worded import expired_behind_a_gateway
from test_own_expire_asked import _yes

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.models import Matcher, PostableSilence
from oncall_tray.logs import setup_logging

WRITES = "oncall_tray.alertmanager.write_log"
MINUTE = dt.timedelta(minutes=1)


def test_the_command_lines_expire_answered_504_is_in_the_commands_log(alertmanager, tmp_path, monkeypatch):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    sid = silence(alertmanager, {"alertname": "APIDown"}, author="ana")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    command, url = expired_behind_a_gateway(tmp_path, alertmanager.url, sid)
    assert command.returncode != 0 and "may have been expired" in command.stderr, command.stderr
    (log,) = (tmp_path / "state").rglob("oncall-tray-commands.log")
    lines = [line for line in log.read_text(encoding="utf-8").splitlines() if sid in line]
    assert len(lines) == 1, lines  # was none: the file was empty
    assert f"expire of silence {sid} at {url}: may have been done" in lines[0] and "504" in lines[0], lines


def test_the_silences_tabs_expire_answered_504_is_in_the_trays_log(qtbot, tmp_path, monkeypatch, caplog):
    from PySide6.QtWidgets import QMessageBox

    caplog.set_level(logging.INFO, logger=WRITES)
    with _two_acknowledged(qtbot, tmp_path, front=_gateway_front) as (_am, _journal, ctl, _polls, api, _clock):
        _yes(monkeypatch)
        monkeypatch.setattr(QMessageBox, "show", lambda self: None)  # the 504 shown
        results: list = []
        ctl.alert_actions.actions.finished.connect(results.append)
        ctl.alert_actions.expire_silence(api)
        qtbot.waitUntil(lambda: results != [], timeout=20000)
    said = [r for r in caplog.records if r.name == WRITES and api in r.getMessage()]
    assert len(said) == 1, [r.getMessage() for r in said]
    assert said[0].levelno == logging.ERROR and "may have been done" in said[0].getMessage()
    assert "504" in said[0].getMessage()


def test_each_write_is_logged_with_its_outcome_and_never_the_password(alertmanager, tmp_path, root_logger_restored):
    path = setup_logging(False, tmp_path / "log", command=True)
    host = alertmanager.url.split("://", 1)[1]
    secret = "s3cret-Pw"
    with AlertmanagerClient(f"http://ana:{secret}@{host}") as client:
        now = utcnow()
        made = client.create_silence(PostableSilence((Matcher("alertname", "APIDown"),), now, now + 15 * MINUTE,
                                                     "ana", "ACK! investigando — ana"))
        client.expire_silence(made)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert secret not in text, text
    assert f"create of silence {made} at http://ana:***@{host}: done" in text, text
    assert f"expire of silence {made} at http://ana:***@{host}: done" in text, text
