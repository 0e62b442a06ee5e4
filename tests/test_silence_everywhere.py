"""Review 41 F1: in a cluster, a change made on one member a moment ago has not reached the
others by gossip; an extension worked out from the first member's version overwrote it. The
silence is read from every member, and any changed version stops the extension. Two real
Alertmanagers not gossiping stand in for the moment before gossip (each holds its own version)."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from conftest import silence

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.alertmanager.errors import Unreachable
from oncall_tray.core.silencing import changed_version
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
