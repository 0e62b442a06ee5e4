"""The members of a cluster each asked, or the first that answers (review 41). F1: a change
made on one member a moment ago has not reached the others by gossip; an extension worked out
from the first member's version overwrote it: the silence is read from every member, and any
changed version stops the extension (two real Alertmanagers not gossiping stand in for the moment
before gossip: each holds its own version). F8: credentials are checked on the first member that
answers."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from conftest import silence

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.alertmanager.errors import Unreachable
from oncall_tray.core.silence_changes import changed_version
from oncall_tray.demo import LocalAlertmanager, free_port

UTC = dt.timezone.utc


@pytest.fixture
def pair():
    first, second = LocalAlertmanager().start(), LocalAlertmanager().start()
    try:
        yield first, second
    finally:
        first.stop()
        second.stop()


def test_every_member_s_version_is_read_and_a_changed_one_stops_the_extension(pair):
    first, second = pair
    mine = silence(first, {"alertname": "APIDown"}, author="carla", comment="ACK! investigando — carla")
    held = httpx.get(f"{first.url}/api/v2/silence/{mine}", timeout=10).json()
    # the other member's version: a colleague's change made there (POSTed with the same ID, it is
    # created there with another; the version read is what matters)
    other = silence(second, {"alertname": "APIDown"}, minutes=120, author="bruno", comment="DBA acionado")
    with ClusterClient([AlertmanagerClient(first.url, timeout=3), AlertmanagerClient(second.url, timeout=3)]) as cluster:
        (url, shown), = cluster.silence_everywhere(mine)  # the other member does not hold it (yet): left out
        assert url == first.url and shown.id == mine and shown.comment == held["comment"]
        versions = [shown, cluster.clients[1].get_silence(other)]
    now = dt.datetime.now(UTC)
    assert changed_version(shown, [shown], now) is None
    changed = changed_version(shown, versions, now)
    assert changed is not None and (changed.created_by, changed.comment) == ("bruno", "DBA acionado")


def test_a_member_down_is_left_out_and_none_answering_is_an_error(pair):
    first, _second = pair
    mine = silence(first, {"alertname": "APIDown"})
    down = f"http://127.0.0.1:{free_port()}"
    with ClusterClient([AlertmanagerClient(down, timeout=3), AlertmanagerClient(first.url, timeout=3)]) as cluster:
        assert [url for url, _s in cluster.silence_everywhere(mine)] == [first.url]
    with ClusterClient([AlertmanagerClient(down, timeout=3)]) as cluster:
        with pytest.raises(Unreachable):
            cluster.silence_everywhere(mine)


def test_credentials_are_checked_on_the_first_member_that_answers(pair, tmp_path):
    """Review 41 F8: with the first member down, the login dialog's check said "could not be
    asked now" while the second answered."""
    from fakeserver import FakeServer

    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.alertmanager.errors import CredentialsNeeded
    from oncall_tray.config import Config
    from oncall_tray.connect import CredentialsNotAsked, check_credentials

    first, _second = pair
    down = f"http://127.0.0.1:{free_port()}"
    token = Credentials("bearer", secret="t")
    # the second member answered (without credentials: review 46 F6, said so), not "could not be asked"
    answered = check_credentials(Config(alertmanager_url=down, alertmanager_peers=(first.url,)), token)
    assert isinstance(answered, CredentialsNotAsked), answered
    with FakeServer(401, b"no") as refusing:
        refused = check_credentials(Config(alertmanager_url=down, alertmanager_peers=(refusing.url,)), token)
    assert isinstance(refused, CredentialsNeeded)
    assert isinstance(check_credentials(Config(alertmanager_url=down), token), Unreachable)


def test_a_member_known_not_to_answer_is_not_waited_for(pair):
    """A member the last poll found hung is not waited for (its whole request timeout) while
    another member is there to ask; it is asked when it is the only one."""
    from fakeserver import FakeServer

    first, _second = pair
    mine = silence(first, {"alertname": "APIDown"})
    with FakeServer(hang=True) as hung:
        with ClusterClient([AlertmanagerClient(hung.url, timeout=3),
                            AlertmanagerClient(first.url, timeout=3)]) as cluster:
            assert [url for url, _s in cluster.silence_everywhere(mine, last=[hung.url])] == [first.url]
            assert hung.requests == []  # not asked, so not waited for
        with ClusterClient([AlertmanagerClient(hung.url, timeout=1)]) as alone:
            with pytest.raises(Unreachable):
                alone.silence_everywhere(mine, last=[hung.url])
        assert hung.requests == [f"/api/v2/silence/{mine}"]  # the only one: asked
