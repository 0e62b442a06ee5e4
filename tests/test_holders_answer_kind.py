"""Review 63 CB3: an expiry or extension sent to the members holding a silence (Alertmanagers
not one cluster) keeps its error's kind, as one sent to the first member that accepts it: a
request sent without an answer may have been done (said so, never "did not take the change"),
and a 401/403 offers the login."""

from __future__ import annotations

from conftest import make_alert
from test_settings_ui import controller_for, store  # noqa: F401

from oncall_tray.alertmanager.errors import AnswerLost, CredentialsNeeded, Unreachable
from oncall_tray.silence_holders import not_taken
from oncall_tray.i18n import english as english_tr
from oncall_tray.ui.actions import ActionResult

HOLDER, OTHER = "http://127.0.0.1:19341", "http://127.0.0.1:19342"


def _answer(controller, result: ActionResult):
    said, logins = [], []
    actions = controller.alert_actions
    actions._warn = lambda title, text, *_icon: said.append((title, text))
    controller.connection.open_login = lambda *a, **k: logins.append(a)
    actions.on_action(result)
    return said, logins


def _lost(url=HOLDER):
    return AnswerLost(f"{url}/api/v2/silence/abcdef0123", "no answer in time (10 s)")


def _creds(url=HOLDER):
    return CredentialsNeeded(f"{url}/api/v2/silence/abcdef0123", "credentials needed", 401)


def test_a_holder_without_an_answer_may_have_taken_it_and_one_wanting_credentials_offers_the_login(
        qtbot, controller_for, alertmanager, english):  # noqa: F811
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\n")
    for kind, done in (("expire", "expired"), ("update", "extended")):
        tag = f"{'expire' if kind == 'expire' else 'extend'}:abcdef0123"
        lost = _lost()
        said, logins = _answer(controller, ActionResult(tag, kind, "abcdef0123", lost, (), ((HOLDER, lost),)))
        assert len(said) == 1 and not logins, said
        title, text = said[0]
        assert "did not take" not in text and "not changed" not in title, said
        assert HOLDER in text and "may have been made" in text and "no answer in time (10 s)" in text, text
        assert "Silences tab" in text, text
        creds = _creds()
        said, logins = _answer(controller, ActionResult(tag, kind, "abcdef0123", creds, (), ((HOLDER, creds),)))
        assert len(logins) == 1, (said, logins)
        # partial success: taken on one, the other holder wants credentials or did not answer
        for error in (_creds(OTHER), _lost(OTHER)):
            said, logins = _answer(controller, ActionResult(tag, kind, "abcdef0123", None, (HOLDER,),
                                                            ((OTHER, error),)))
            assert len(logins) == isinstance(error, CredentialsNeeded), (said, logins)
            assert len(said) == 1 and OTHER in said[0][1], said
            if isinstance(error, AnswerLost):
                assert "may have been made" in said[0][1] and "did not take" not in said[0][1], said


def test_not_taken_words_follow_the_kind():
    lines = not_taken([(HOLDER, _lost()), (OTHER, Unreachable(OTHER, "connection refused"))], english_tr)
    assert lines == [
        f"Alertmanager {HOLDER}, which holds the silence, did not answer (no answer in time (10 s)): the change "
        "may have been made there all the same.",
        f"Alertmanager {OTHER}, which holds the silence, did not take the change: connection refused."], lines
