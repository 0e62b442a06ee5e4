"""One Alertmanager listed under two names (review 61 W9): ``http://127.0.0.1:PORT`` and
``http://127.1:PORT`` reach the same one, which ``url_identity`` cannot tell. It counted as
two members ("not one cluster"), every acknowledgement was made twice, and ``config check`` said
nothing. Its answers tell: the same peer ID (``cluster.name``), or, clustering off, the same
start to the millisecond, version and configuration. It is polled and written to once, and
``status``, ``config check`` and the tray say so. Real Alertmanagers."""

from __future__ import annotations

import httpx
from conftest import another_name, make_alert, running_tray
from test_cli import run
from test_cluster import cluster  # noqa: F401 (the fixture)

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.config import Config
from oncall_tray.connect import check_connection
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.ui.settings_test_result import describe_test
from oncall_tray.ui.tray import connection_lines


def _other_name(url: str) -> str:
    return another_name(url)


def _poll(urls):
    with ClusterClient([AlertmanagerClient(url, timeout=3) for url in urls]) as clients:
        first = clients.poll(AlertQuery(), want_status=True)
        return first, clients.poll(AlertQuery(), want_status=True)


def test_one_alertmanager_under_two_names_is_one_member(cluster):  # noqa: F811
    """Clustering off (a lone one) and on (a member of a cluster, by its peer ID): the second
    name is an alias of the first, left out of the members; Alertmanagers that are not the
    same one are never aliases."""
    lone = LocalAlertmanager().start()
    other = LocalAlertmanager().start()
    try:
        lone.post_alerts([make_alert("APIDown", "critical")])
        for polled in _poll([lone.url, _other_name(lone.url), other.url]):
            assert [m.url for m in polled.members] == [lone.url, other.url]
            assert polled.aliases == {_other_name(lone.url): lone.url}
            assert [a.alertname for a in polled.alerts] == ["APIDown"]
        assert _poll([lone.url, other.url])[1].aliases == {}
    finally:
        lone.stop()
        other.stop()
    a, b = cluster
    for polled in _poll([a.url, b.url, _other_name(a.url)]):
        assert [m.url for m in polled.members] == [a.url, b.url]
        assert polled.aliases == {_other_name(a.url): a.url}


def test_commands_acknowledge_once_and_say_it_is_listed_twice(tmp_path):
    """The reviewer's steps: ``config check`` said nothing; ``status`` said "2 Alertmanagers …
    not one cluster"; ``ack`` made two silences on the one Alertmanager."""
    am = LocalAlertmanager().start()
    try:
        am.post_alerts([make_alert("APIDown", "critical")])
        alias = _other_name(am.url)
        settings = tmp_path / "dup2.yaml"
        settings.write_text(f"alertmanager_url: {am.url}\nalertmanager_peers: [{alias}]\nengineer: \"Carla Dias\"\n"
                            "language: en\n", encoding="utf-8")
        said = f"{alias} is the same Alertmanager as {am.url}: list it once"
        check = run("config", "check", config=str(settings))  # a warning, as the tray says it (review 67 AC7)
        assert check.returncode == 0 and f"({alias}) is the same Alertmanager as {am.url}" in check.stdout, (
            check.stdout, check.stderr)
        status = run("status", config=str(settings))
        assert status.returncode == 0, status.stderr
        assert said in status.stdout and "not one cluster" not in status.stdout, status.stdout
        assert "2 Alertmanagers" not in status.stdout, status.stdout
        settings.write_text(settings.read_text(encoding="utf-8").replace("language: en", "language: pt_BR"),
                            encoding="utf-8")
        pt = run("config", "check", config=str(settings))
        assert f"({alias}) é o mesmo Alertmanager que {am.url}: liste-o uma vez só" in pt.stdout, pt.stdout
        fp = httpx.get(f"{am.url}/api/v2/alerts", timeout=5).json()[0]["fingerprint"]
        ack = run("ack", fp[:8], "--comment", "dup test", config=str(settings))
        assert ack.returncode == 0, ack.stderr
        assert len(httpx.get(f"{am.url}/api/v2/silences", timeout=5).json()) == 1
    finally:
        am.stop()


def test_the_tray_acknowledges_once_and_tells_once(qtbot, tmp_path, monkeypatch):
    """The tray's *Acknowledge* made one silence per name; it makes one, and a notice says,
    once, that the second name is the same Alertmanager."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    am = LocalAlertmanager().start()
    try:
        am.post_alerts([make_alert("APIDown", "critical")])
        alias = _other_name(am.url)
        config = Config(alertmanager_url=am.url, notifications=False, engineer="ana",
                        poll_interval=1, max_retry_interval=1, request_timeout=2, language="en")
        with running_tray(qtbot, config, tmp_path) as ctl:
            shown = []
            ctl.notifier.show = shown.extend
            ctl.apply_settings(ctl.loaded.overridden(alertmanager_peers=(alias,)))  # the second name added
            qtbot.waitUntil(lambda: ctl.view.aliases == {alias: am.url}, timeout=15000)
            assert ctl.view.members == 1 and not ctl.view.apart
            fp = next(iter(ctl.snapshot.alerts))
            with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=15000) as answer:
                ctl.alert_actions.acknowledge(fp)
            assert answer.args[0].ok, answer.args[0].error
            qtbot.waitUntil(lambda: ctl.snapshot.alerts[fp].silenced, timeout=15000)
            assert len(httpx.get(f"{am.url}/api/v2/silences", timeout=5).json()) == 1
            sequence = ctl.snapshot.sequence
            qtbot.waitUntil(lambda: ctl.snapshot.sequence > sequence + 1, timeout=15000)
            same = [n for n in shown if alias in n.body]
            assert len(same) == 1, [f"{n.title} | {n.body}" for n in shown]
            assert f"{alias} is the same Alertmanager as {am.url}: list it once" in same[0].body
            assert f"⚠ {same[0].body}" in connection_lines(ctl.view)  # the tray's tooltip
            tested = describe_test(check_connection(ctl.config))  # Settings > Test connection
            assert same[0].body in tested.splitlines() and "not one cluster" not in tested, tested
    finally:
        am.stop()


def test_two_alertmanagers_started_in_the_same_millisecond_are_not_taken_for_one():
    """Clustering off, the same start, version and configuration (two containers of one compose
    file started at once): taken for one only when they list the same silences and the same
    alerts as received (``updatedAt``), never both empty; once paired, the start alone keeps it."""
    import datetime as dt

    from oncall_tray.alertmanager.aliases import find_aliases
    from oncall_tray.alertmanager.models import (Alert, AlertStatus, ClusterStatus, Silence, SilenceStatus, Status,
                                                 StatusConfig, VersionInfo)

    start = dt.datetime(2026, 12, 6, 3, 0, 0, 123000, tzinfo=dt.timezone.utc)
    status = Status(ClusterStatus("disabled"), VersionInfo("0.25.0"), start, StatusConfig("route: {}\n"))
    urls = ["http://am-a:9093", "http://am-b:9093"]
    statuses = dict.fromkeys(urls, status)

    def alert(received: int) -> Alert:
        return Alert(fingerprint="f1", labels={"alertname": "APIDown"}, status=AlertStatus("active", ()),
                     starts_at=start, updated_at=start + dt.timedelta(milliseconds=received))

    ack = Silence(id="64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf", matchers=(), starts_at=start, ends_at=start,
                  created_by="ana", comment="ACK!", status=SilenceStatus("active"))
    assert find_aliases(urls, statuses) == {}
    assert find_aliases(urls, statuses, lists=dict.fromkeys(urls, ([], []))) == {}
    assert find_aliases(urls, statuses, lists={urls[0]: ([alert(5)], []), urls[1]: ([alert(7)], [])}) == {}
    assert find_aliases(urls, statuses, lists={urls[0]: ([alert(5)], [ack]), urls[1]: ([alert(5)], [])}) == {}
    assert find_aliases(urls, statuses, lists=dict.fromkeys(urls, ([alert(5)], [ack]))) == {urls[1]: urls[0]}
    assert find_aliases(urls, statuses, known={urls[1]: urls[0]}) == {urls[1]: urls[0]}
    later = Status(ClusterStatus("disabled"), VersionInfo("0.25.0"), start + dt.timedelta(seconds=1),
                   StatusConfig("route: {}\n"))
    assert find_aliases(urls, {urls[0]: status, urls[1]: later}, known={urls[1]: urls[0]}) == {}  # it restarted
