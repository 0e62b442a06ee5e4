"""Code review 82A: a cluster's write that may have been done on one member.

AY1: member 1 (behind a proxy) answers an expire's DELETE 504 after passing it on, and is passed
over; member 2 refuses (404: the silence not gossiped there yet; 401: another proxy). The error
raised was member 2's alone, so ``surely_not_done`` ("one rule" of the action worker and of the
expire's ask) said "not done" and the ask was withdrawn: member 1's expire then "ended outside
oncall-tray". It now carries every member's failure (``members``), judged as one.

AY8: a new silence's POST answered 504 by member 1's proxy was sent to member 2 as if it had
failed: two silences for one acknowledgement once member 1's Alertmanager made its own. It now
stops there, "may have been created" (``OutcomeUnknown``), the next poll telling.

AY4: a DELETE answered 200 whose body cannot be decompressed was "unreachable", judged never sent:
an answer came (a status line), so the request was sent and done.

Real Alertmanagers; a small server in front of one for the failure modes."""

from __future__ import annotations

import datetime as dt
import threading
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from conftest import make_alert, running_tray, silence
from fakeserver import answered, passed_on, relayed, serving
from test_ack_expired_elsewhere import _nothing_said_of_apidown
from test_cluster import cluster  # noqa: F401 - the fixture
from test_expire_refused_in_tray import _asked
from test_own_expire_asked import _yes

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.alertmanager.errors import BadResponse, CredentialsNeeded, NotFound, OutcomeUnknown, surely_not_done
from oncall_tray.alertmanager.models import Matcher, PostableSilence
from oncall_tray.config import Config
from oncall_tray.connect import describe_error
from oncall_tray.core.journal import Journal, utc_now
from oncall_tray.core.shifts import recorded_responses, start_shift
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.paths import Folders
from oncall_tray.silence_holders import change_outcome, refused


class _Front:
    """A server in front of an Alertmanager passing every request on, but ``method``'s: passed
    on first when ``pass_on``, then answered ``status`` (with ``headers`` and ``body``)."""

    def __init__(self, target: str, method: str, status: int, pass_on: bool = True,
                 headers: dict[str, str] | None = None, body: bytes = b"") -> None:
        self.hit = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self):
                if self.command != method:
                    relayed(self, target)
                    return
                if pass_on:
                    passed_on(self, target)
                else:
                    self.rfile.read(int(self.headers.get("Content-Length") or 0))
                outer.hit.set()
                answered(self, status, body, headers)

            do_GET = do_POST = do_DELETE = _handle

            def log_message(self, *args):
                pass

        self._server, self.url = serving(Handler)

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def two_alertmanagers():
    """Two Alertmanagers that do not gossip: a silence made on the first is not on the second (as
    one gossip has not reached yet)."""
    first = LocalAlertmanager().start()
    try:
        second = LocalAlertmanager().start()
        try:
            yield first, second
        finally:
            second.stop()
    finally:
        first.stop()


def _state(url: str, silence_id: str) -> str:
    return httpx.get(f"{url}/api/v2/silence/{silence_id}", timeout=10).json()["status"]["state"]


@pytest.mark.parametrize("second_says", [404, 401])
def test_an_expire_passed_over_after_a_504_is_not_judged_undone_by_the_next_members_refusal(two_alertmanagers,
                                                                                           second_says):
    am1, am2 = two_alertmanagers
    sid = silence(am1, {"alertname": "APIDown"})
    first = _Front(am1.url, "DELETE", 504)  # the proxy's time ran out while Alertmanager expired it
    second = _Front(am2.url, "DELETE", 401, pass_on=False) if second_says == 401 else None
    try:
        with ClusterClient([AlertmanagerClient(first.url, timeout=5),
                            AlertmanagerClient(second.url if second else am2.url, timeout=5)]) as cluster:
            with pytest.raises((NotFound, CredentialsNeeded)) as raised:
                cluster.first_accepting(lambda c: c.expire_silence(sid))
    finally:
        first.stop()
        if second:
            second.stop()
    assert first.hit.is_set() and _state(am1.url, sid) == "expired"  # it was done, on member 1
    error = raised.value
    assert [url for url, _error in error.members] == [first.url, second.url if second else am2.url]
    assert isinstance(error.members[0][1], BadResponse) and error.members[0][1].status == 504
    assert not surely_not_done(error) and not refused(error)  # the ask is kept
    for words in (None, describe_error(error)):  # the windows give the error's own words (``failure_text``)
        said = change_outcome("expire", sid[:8], error, lambda _context, text: text, words)
        assert "may have been expired all the same" in said and "504" in said, said


def _draft() -> PostableSilence:
    now = utc_now()
    return PostableSilence((Matcher("alertname", "DiskFull", False, True),), now, now + dt.timedelta(hours=1),
                           "alice", "ACK! cluster write test")


def test_a_new_silence_answered_504_is_not_sent_to_the_next_member(two_alertmanagers):
    am1, am2 = two_alertmanagers
    for am in (am1, am2):
        am.post_alerts([make_alert("DiskFull")])
    # the proxy gave up before Alertmanager took the POST (it takes it later): the look finds nothing
    first = _Front(am1.url, "POST", 504, pass_on=False)
    try:
        with ClusterClient([AlertmanagerClient(first.url, timeout=5),
                            AlertmanagerClient(am2.url, timeout=5)]) as cluster:
            with pytest.raises(OutcomeUnknown) as raised:
                cluster.first_accepting(lambda c: c.create_silence(_draft()))
    finally:
        first.stop()
    assert first.hit.is_set()
    assert httpx.get(am2.url + "/api/v2/silences", timeout=10).json() == []  # no second silence
    said = change_outcome("acknowledge", "DiskFull", raised.value, lambda _context, text: text)
    assert "may have been acknowledged all the same" in said and "504" in said, said


def expire_refused_through(front, sid: str, kind: type) -> BaseException:
    """The ``kind`` error an expire of silence ``sid`` through ``front`` (a ``_Front`` before an
    Alertmanager) raises; ``front`` stopped after."""
    try:
        with AlertmanagerClient(front.url, timeout=5) as client:
            with pytest.raises(kind) as raised:
                client.expire_silence(sid)
    finally:
        front.stop()
    return raised.value


def test_a_delete_answered_200_with_a_body_that_cannot_be_decompressed_was_done(alertmanager):
    sid = silence(alertmanager, {"alertname": "APIDown"})
    raised = expire_refused_through(_Front(alertmanager.url, "DELETE", 200, headers={"Content-Encoding": "gzip"},
                                           body=b"not gzip at all"), sid, BadResponse)
    assert _state(alertmanager.url, sid) == "expired"
    assert raised.status == 200
    assert not surely_not_done(raised) and not refused(raised)


def test_the_trays_expire_answered_504_by_one_member_and_refused_by_the_next_is_said_nowhere(qtbot, tmp_path,
                                                                                            monkeypatch, cluster):
    """AY1 end to end: a real cluster, the tray's Silences-tab expire; member 1's proxy passes the
    DELETE on and answers 504, member 2's answers 404. Alertmanager expired it (gossip brings
    that to member 2): the engineer's own expire, never "ended outside oncall-tray"."""
    from PySide6.QtWidgets import QMessageBox

    am1, am2 = cluster
    for am in cluster:
        am.post_alerts([make_alert("APIDown", "critical")])
    api = silence(am1, {"alertname": "APIDown"}, minutes=15, author="ana", comment="ACK! investigando — ana")
    first = _Front(am1.url, "DELETE", 504)
    second = _Front(am2.url, "DELETE", 404, pass_on=False, headers={"Content-Type": "application/json"},
                    body=b'"silence not found"')
    config = Config(alertmanager_url=first.url, alertmanager_peers=(second.url,), notifications=False, engineer="ana",
                    poll_interval=1, max_retry_interval=1, request_timeout=2, language="en")
    journal = Journal.open(Folders.for_user().journal)
    try:
        start_shift(journal, "ana")
        with running_tray(qtbot, config, tmp_path) as ctl:
            polls: list = []
            ctl.poller.polled.connect(polls.append)
            qtbot.waitUntil(lambda: len(recorded_responses(journal).acknowledged_at) == 1, timeout=15000)
            _yes(monkeypatch)
            shown: list[str] = []
            monkeypatch.setattr(QMessageBox, "show", lambda box: shown.append(box.text()))
            errors: list = []
            ctl.alert_actions.actions.finished.connect(lambda result: errors.append(result.error))
            ctl.alert_actions.expire_silence(api)
            qtbot.waitUntil(lambda: errors != [], timeout=20000)
            assert isinstance(errors[0], NotFound) and first.hit.is_set() and second.hit.is_set(), errors
            _nothing_said_of_apidown(qtbot, ctl, polls)  # Alertmanager expired it: the engineer's own
            assert api in _asked(journal)
            assert any("may have been expired all the same" in text and "504" in text for text in shown), shown
    finally:
        first.stop()
        second.stop()
        journal.close()
