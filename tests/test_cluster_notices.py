"""The cluster's notices across a change of settings (review 52 H6): moved from a degraded
cluster to a single Alertmanager, the tray said "cluster whole again" ("All 1 members answer.")
while a member was still down; moved back, it said "degraded" again of the member it had told
of already. Against real Alertmanagers: two gossiping members and a single one."""

from __future__ import annotations

from conftest import running_tray
from test_cluster import cluster  # noqa: F401  (the fixture: two real members)

from oncall_tray.config import Config


def _polls(qtbot, ctl, count: int, condition=lambda result: True) -> list:
    """Wait for ``count`` polls of the poller now in use that answered and meet ``condition``."""
    polls = []
    ctl.poller.polled.connect(lambda result: result.update is not None and condition(result) and polls.append(result))
    qtbot.waitUntil(lambda: len(polls) >= count, timeout=20000)
    return polls


def test_a_change_of_members_tells_nothing_new_of_the_cluster(qtbot, cluster, alertmanager, tmp_path):  # noqa: F811
    first, second = cluster
    config = Config(alertmanager_url=first.url, alertmanager_peers=(second.url,), engineer="ana", poll_interval=1,
                    max_retry_interval=1, request_timeout=2)
    with running_tray(qtbot, config, tmp_path) as ctl:
        notices = []
        ctl.notifier.show = notices.extend
        second.stop()
        qtbot.waitUntil(lambda: any(n.title == "Alertmanager cluster degraded" for n in notices), timeout=20000)
        (said,) = [n for n in notices if n.title == "Alertmanager cluster degraded"]
        assert said.body.startswith(second.url + ": "), said.body
        notices.clear()

        ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=alertmanager.url, alertmanager_peers=()))
        _polls(qtbot, ctl, 3)
        told = [f"{n.title} | {n.body}" for n in notices]
        assert not told, told  # not "whole again": the member is still down, only no longer watched

        ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=first.url, alertmanager_peers=(second.url,)))
        _polls(qtbot, ctl, 3, lambda result: bool(ctl.view and ctl.view.degraded))
        told = [f"{n.title} | {n.body}" for n in notices]
        assert not told, told  # the shift was told of that member already
