"""A silence whose POST got no answer may still have been created (Alertmanager paused with
SIGSTOP reads the request after SIGCONT and creates it). The client then asks Alertmanager
whether it exists before saying anything: found, it is created; not reachable, the outcome is
unknown (never "not created"). Against a real Alertmanager; a fake server only for one that
never answers at all."""

from __future__ import annotations

import datetime as dt
import threading

import httpx
import pytest
from conftest import utcnow, wait_until
from fakeserver import FakeServer
from paused_alertmanager import CheckStarted, Paused

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.errors import OutcomeUnknown, Unreachable
from oncall_tray.alertmanager.models import Matcher
from oncall_tray.alertmanager.silence_check import made_from
from oncall_tray.core.silencing import new_silence

TIMEOUT = 1.0


def active(am) -> list[dict]:
    response = httpx.get(am.url + "/api/v2/silences", timeout=10)
    response.raise_for_status()
    return [s for s in response.json() if s["status"]["state"] == "active"]


def draft(comment: str = "manutenção do banco", author: str = "maria"):
    return new_silence((Matcher("alertname", "APIDown"), Matcher("instance", 'backend "1"')), author, comment,
                       utcnow(), dt.timedelta(hours=1))


def test_a_timed_out_post_that_alertmanager_carried_out_is_reported_created(alertmanager):
    sent = draft()
    outcome: dict = {}
    # the look-up after the timeout has this long once Alertmanager resumes: 1 s was too short on a
    # loaded machine (a flaky failure: OutcomeUnknown, the check timed out too)
    with AlertmanagerClient(alertmanager.url, timeout=3 * TIMEOUT) as client, Paused(alertmanager) as paused, \
            CheckStarted(then=paused.resume) as check:  # as the engineer's kill -CONT: it reads the POST
        worker = threading.Thread(target=lambda: outcome.update(id=client.create_silence(sent)))
        worker.start()
        assert check.started.wait(15), "the client never looked for the silence after the timeout"
        worker.join(15)
    (made,) = active(alertmanager)
    assert outcome["id"] == made["id"]  # created once, and reported with its ID


def test_no_answer_to_the_post_nor_to_the_check_is_unknown_not_not_created(alertmanager):
    sent = draft()
    with AlertmanagerClient(alertmanager.url, timeout=TIMEOUT) as client, Paused(alertmanager):
        with pytest.raises(OutcomeUnknown) as caught:
            client.create_silence(sent)
    assert isinstance(caught.value.first, Unreachable) and "no answer in time" in caught.value.first.reason
    assert "no answer in time" in caught.value.check.reason
    assert "unknown whether" in caught.value.describe()
    wait_until(lambda: len(active(alertmanager)) == 1, 10, "the silence created after SIGCONT")


def test_a_refused_connection_created_nothing_and_is_not_checked(alertmanager):
    url = alertmanager.url
    alertmanager.stop()
    with AlertmanagerClient(url, timeout=TIMEOUT) as client, CheckStarted() as check:
        with pytest.raises(Unreachable) as caught:
            client.create_silence(draft())
    assert not isinstance(caught.value, OutcomeUnknown) and "connection refused" in caught.value.reason
    assert not check.started.is_set()


def test_a_server_that_never_answers_leaves_the_outcome_unknown():
    with FakeServer(hang=True) as server, AlertmanagerClient(server.url, timeout=0.5) as client:
        with pytest.raises(OutcomeUnknown):
            client.create_silence(draft())
        assert server.requests == ["/api/v2/silences", "/api/v2/silences"]  # the POST, then the look


def test_only_the_same_silence_counts_as_the_one_sent(alertmanager):
    """Same matchers, author and comment, the same end, written in the last minutes: another
    engineer's silence or an older one with the same text is not taken for it."""
    sent = draft()
    with AlertmanagerClient(alertmanager.url) as client:
        later = sent.ends_at + dt.timedelta(minutes=1)
        for other in (draft(comment="outro motivo"), draft(author="joão"), sent.replace(matchers=sent.matchers[:1]),
                      sent.replace(ends_at=later)):
            client.create_silence(other)
        silences = client.silences()
        assert not [s for s in silences if made_from(s, sent, utcnow())]
        client.create_silence(sent)
        (mine,) = [s for s in client.silences() if made_from(s, sent, utcnow())]
        assert mine.comment == sent.comment and mine.created_by == sent.created_by
        assert not made_from(mine, sent, utcnow() + dt.timedelta(minutes=10))  # not one from long before
