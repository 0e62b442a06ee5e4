"""Code review 80 AV1: an expire answered 5xx withdrew its ask. A reverse proxy in front of
Alertmanager answers 504 when its own time runs out while Alertmanager still works on the DELETE
(as a client's read timeout, ``AnswerLost``); ``silence_holders.refused`` took that for a refusal,
withdrew the ask (in memory and in the journal), and Alertmanager's end of the silence, which it
then made, was said "Acknowledgement ended outside oncall-tray" for the engineer's own expire, an
urgent false alarm at night. Its twin rule, the action worker's (``ui.actions._Noted.undone``),
said "may have been done" of the same 5xx: both now ask ``errors.surely_not_done``. Real tray and
Alertmanager; a server in front of it that passes the DELETE on, then answers 504."""

from __future__ import annotations

import pytest
from test_ack_expired_elsewhere import _nothing_said_of_apidown, _two_acknowledged
from test_expire_refused_in_tray import _asked, expire_from_the_command_line
from test_own_expire_asked import _LostDeletes, _yes

from oncall_tray.alertmanager.cluster import main_error
from oncall_tray.alertmanager.errors import (AnswerLost, BadResponse, CredentialsNeeded, NotFound, OutcomeUnknown,
                                             Refused, Unreachable)
from oncall_tray.core.journal import utc_now
from oncall_tray.silence_holders import refused
from oncall_tray.ui.actions import _Noted

URL = "http://127.0.0.1:19093/api/v2/silence/0c1e5b9a-7f6e-4b8e-9d47-6f2a1e0b3c55"
OTHER = "http://127.0.0.1:19094/api/v2/silence/0c1e5b9a-7f6e-4b8e-9d47-6f2a1e0b3c55"


def _gateway(url: str = URL, status: int = 504) -> BadResponse:
    return BadResponse(url, "Gateway Timeout", status)


def _after(error: Exception, context: Exception) -> Exception:
    """``error`` raised while handling ``context`` (an expire's look-up after its DELETE's 500)."""
    error.__context__ = context
    return error


def _undone(error: Exception) -> bool:
    """The action worker's judgement of ``error``, its one failure noted."""
    noted = _Noted(None)
    noted._failures.append(error)
    return noted.undone()


def _judged():
    """(error, surely not done) pairs, a case per kind."""
    return [
        (_gateway(), False), (_gateway(status=502), False), (_gateway(status=503), False),
        (BadResponse(URL, "server error", 500), False),
        (main_error([("http://127.0.0.1:19093", _gateway()),
                     ("http://127.0.0.1:19094", Unreachable(OTHER, "connection refused"))]), False),
        (AnswerLost(URL, "no answer in time (10 s)"), False),
        (OutcomeUnknown(AnswerLost(URL, "no answer in time (10 s)"), None), False),
        # code review 68 AB5: the look-up's 401 after a DELETE answered 500
        (_after(CredentialsNeeded(URL, "credentials needed", 401), BadResponse(URL, "server error", 500)), False),
        (CredentialsNeeded(URL, "credentials needed", 401), True),
        (Unreachable(URL, "connection refused"), True),
        (Refused(URL, "refused by Alertmanager", 400, "bad matchers"), True),
        # Alertmanager 0.25's 500 "silence not found", the look-up settling it: nothing there to expire
        (_after(NotFound(URL, "not found", 404), BadResponse(URL, "server error", 500, "silence not found")), True),
        (main_error([("http://127.0.0.1:19093", Refused(URL, "refused by Alertmanager", 400)),
                     ("http://127.0.0.1:19094", Unreachable(OTHER, "connection refused"))]), True),
    ]


@pytest.mark.parametrize(("error", "not_done"), _judged())
def test_one_rule_judges_an_expires_ask_and_a_write_sent_again(error, not_done):
    assert refused(error) is not_done
    assert _undone(error) is not_done


def test_no_error_withdraws_nothing():
    assert not refused(None)


def _gateway_front(target: str) -> _LostDeletes:
    return _LostDeletes(target, late=504)


@pytest.mark.parametrize("where", ["silences tab", "handoff"])
def test_the_trays_expire_answered_504_after_alertmanager_made_it_is_said_nowhere(qtbot, tmp_path, monkeypatch,
                                                                                   where):
    from PySide6.QtWidgets import QMessageBox

    with _two_acknowledged(qtbot, tmp_path, front=_gateway_front) as (_am, journal, ctl, polls, api, _clock):
        _yes(monkeypatch)
        monkeypatch.setattr(QMessageBox, "show", lambda self: None)  # the 504 shown
        errors: list = []
        if where == "handoff":
            ctl.shift.expire_silence(ctl.silences[api], lambda _missed, error: errors.append(error))
        else:
            ctl.alert_actions.actions.finished.connect(lambda result: errors.append(result.error))
            ctl.alert_actions.expire_silence(api)
        qtbot.waitUntil(lambda: errors != [], timeout=20000)
        assert isinstance(errors[0], BadResponse) and errors[0].status == 504, errors
        _nothing_said_of_apidown(qtbot, ctl, polls)  # Alertmanager expired it: the engineer's own
        assert api in _asked(journal)
        assert api in ctl.shift.expires_asked.recent(utc_now(), ctl.silences)


def test_the_command_lines_expire_answered_504_is_said_nowhere(qtbot, tmp_path):
    with _two_acknowledged(qtbot, tmp_path) as (am, journal, ctl, polls, api, _clock):
        proxy = _gateway_front(am.url)
        try:
            command = expire_from_the_command_line(tmp_path, proxy.url, api, timeout=5)
            assert proxy.deleted.is_set() and command.returncode != 0, (command.returncode, command.stderr)
            assert "504" in command.stderr, command.stderr
        finally:
            proxy.stop()
        assert api in _asked(journal)
        _nothing_said_of_apidown(qtbot, ctl, polls)
