"""After the settings' URL moved to a proxy of the *same* Alertmanager (note 44, "Left"; review 75
BD1/BD2), the handoff's Observations said "Alertmanager http://127.0.0.1:A not watched since
18:25 (another one is watched), still at the handoff": the journal told Alertmanagers apart by
URL. Its answers tell them apart (``alertmanager.aliases``: the same peer ID, or with clustering
off the same start, version and configuration): the journal records them with each poll, and
a move between two URLs of one Alertmanager is no move. A really other Alertmanager keeps its
words, and so does a journal that recorded no answers (written before). Real Alertmanagers, a
real nginx in front of one, the command line's handoff."""

from __future__ import annotations

import pytest
from conftest import make_alert, silence
from nginx_proxy import NginxProxy
from test_cli import run

from oncall_tray.core.journal import Journal
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.paths import Folders

ALERT = make_alert("APIDown", "critical")
UNWATCHED = ("not watched", "não acompanhado", "não está sendo acompanhado")


def _settings(path, url: str, language: str = "en") -> str:
    path.write_text(f"engineer: ana\nlanguage: {language}\nalertmanager_url: {url}\n", encoding="utf-8")
    return str(path)


def _end(path, url: str, language: str = "en") -> str:
    done = run("handoff", "end", "--markdown", config=_settings(path, url, language),
               env_lang="pt_BR.UTF-8" if language == "pt_BR" else "en_US.UTF-8")
    assert done.returncode == 0, done.stderr
    return done.stdout


def _acknowledged(am, path) -> str:
    """The shift taken over on ``am``, APIDown firing there and acknowledged (an hour), the
    journal reading it: the silence's ID."""
    am.post_alerts([ALERT])
    assert run("handoff", "start", "--confirm", config=_settings(path, am.url)).returncode == 0
    silence_id = silence(am, ALERT["labels"], minutes=60, author="ana", comment="ACK! investigando — ana")
    _end(path, am.url)
    return silence_id


def _forget_answers() -> None:
    """The journal as one written before it recorded Alertmanager's answers."""
    journal = Journal.open(Folders.for_user().journal)
    try:
        with journal.transaction() as tx:
            tx.conn.execute("DELETE FROM state WHERE scope = 'journal' AND key = 'alertmanager_answers'")
    finally:
        journal.close()


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_a_proxy_of_the_same_alertmanager_is_not_another_one_in_the_handoff(alertmanager, tmp_path, language):
    path = tmp_path / "c.yaml"
    silence_id = _acknowledged(alertmanager, path)
    with NginxProxy(alertmanager.url, basic=None) as proxy:
        for url in (proxy.url, alertmanager.url, proxy.url):  # there, back, and there again
            said = _end(path, url, language)
            assert not any(word in said for word in UNWATCHED), said
            assert alertmanager.url.rpartition(":")[2] not in said.replace(url, ""), said
            # the acknowledgement is the watched one's: followed up as held, not as silenced elsewhere
            assert "not silenced here" not in said and "não silenciado aqui" not in said, said
            assert ("- [ ] Follow up APIDown (still firing)\n" if language == "en" else
                    "- [ ] Acompanhar APIDown (ainda disparando)\n") in said, said
            assert said.count(silence_id[:8]) <= 1, said


def test_another_alertmanager_is_still_said_unwatched(alertmanager, tmp_path):
    path = tmp_path / "c.yaml"
    _acknowledged(alertmanager, path)
    other = LocalAlertmanager().start()
    try:
        other.post_alerts([ALERT])
        said = _end(path, other.url)
        assert f"- Alertmanager {alertmanager.url} not watched since " in said, said
        assert "not silenced here: silenced on " in said, said
    finally:
        other.stop()


def test_a_journal_without_the_answers_keeps_the_urls_rule(alertmanager, tmp_path):
    path = tmp_path / "c.yaml"
    _acknowledged(alertmanager, path)
    _forget_answers()
    with NginxProxy(alertmanager.url, basic=None) as proxy:
        said = _end(path, proxy.url)
        assert f"- Alertmanager {alertmanager.url} not watched since " in said, said


def test_back_through_a_proxy_after_another_alertmanager_ends_the_time_away(alertmanager, tmp_path):
    """Away on another Alertmanager, then back on the shift's through a proxy: the time away is
    over, and what was set aside of the shift's comes back (its acknowledgement held)."""
    path = tmp_path / "c.yaml"
    _acknowledged(alertmanager, path)
    other = LocalAlertmanager().start()
    try:
        assert "still at the handoff" in _end(path, other.url)
    finally:
        other.stop()
    with NginxProxy(alertmanager.url, basic=None) as proxy:
        said = _end(path, proxy.url)
    assert f"- Alertmanager {alertmanager.url} not watched " in said and "(another one was watched)" in said, said
    assert "still at the handoff" not in said and "not silenced here" not in said, said
    assert "- [ ] Follow up APIDown (still firing)\n" in said, said


def test_the_tray_moved_to_a_proxy_records_the_same_alertmanager(qtbot, alertmanager, tmp_path):
    """The tray's own record of its polls (its journal writer), the settings applied as
    ``TrayController.apply_settings`` does."""
    from conftest import running_tray

    from oncall_tray.config import Config
    from oncall_tray.core.journal_seen import WATCHED

    path = tmp_path / "c.yaml"
    _acknowledged(alertmanager, path)
    config = Config(alertmanager_url=alertmanager.url, notifications=False, poll_interval=3600, engineer="ana",
                    language="en")
    with running_tray(qtbot, config, tmp_path) as ctl, NginxProxy(alertmanager.url, basic=None) as proxy:
        ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=proxy.url))
        with qtbot.waitSignal(ctl.poller.polled, timeout=15000):
            pass

        def followed() -> object:
            journal = Journal.open(Folders.for_user().journal)
            try:
                return journal.get_state(*WATCHED)
            finally:
                journal.close()

        qtbot.waitUntil(lambda: followed() == [proxy.url], timeout=15000)
        said = _end(path, proxy.url)
    assert "not watched" not in said and "not silenced here" not in said, said
    assert "- [ ] Follow up APIDown (still firing)\n" in said, said


def test_two_alertmanagers_started_in_the_same_millisecond_are_told_apart_by_their_silences():
    """Clustering off, the same start, version and configuration (two containers of one compose
    file started at once): one Alertmanager only with a silence in common (silence IDs are made
    by one), as ``aliases.find_aliases`` pairs them; a peer ID is one's alone."""
    import datetime as dt

    from oncall_tray.alertmanager.aliases import answer_identity
    from oncall_tray.alertmanager.models import ClusterStatus, Status, StatusConfig, VersionInfo
    from oncall_tray.core.journal_answers import one_by_answers

    start = dt.datetime(2026, 12, 6, 3, 0, 0, 123000, tzinfo=dt.timezone.utc)
    off = answer_identity(Status(ClusterStatus("disabled"), VersionInfo("0.25.0"), start, StatusConfig("route: {}\n")))
    later = answer_identity(Status(ClusterStatus("disabled"), VersionInfo("0.25.0"), start + dt.timedelta(
        milliseconds=1), StatusConfig("route: {}\n")))
    peer = answer_identity(Status(ClusterStatus("ready", "01HPEER"), VersionInfo("0.25.0"), start))
    assert off != later and peer == "peer 01HPEER"
    assert not one_by_answers([off], [off], set(), set())
    assert not one_by_answers([off], [off], {"s-1"}, {"s-2"})
    assert one_by_answers([off], [off], {"s-1", "s-2"}, {"s-2"})
    assert not one_by_answers([later], [off], {"s-1"}, {"s-1"})
    assert one_by_answers([peer], [peer], set(), set())
    assert not one_by_answers("garbled", [off], {"s-1"}, {"s-1"})


def test_a_proxy_of_the_same_alertmanager_with_another_filter_is_another_scope(alertmanager, tmp_path):
    """The URL and the filter changed at once: the shift's Alertmanager watched with another
    filter (review 56 Q10's words), not another Alertmanager."""
    path = tmp_path / "c.yaml"
    _acknowledged(alertmanager, path)
    with NginxProxy(alertmanager.url, basic=None) as proxy:
        path.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: {proxy.url}\n"
                        "filter: ['severity=\"critical\"']\n", encoding="utf-8")
        done = run("handoff", "end", "--markdown", config=str(path))
    assert done.returncode == 0, done.stderr
    said = done.stdout
    assert "not watched" not in said and "watched with another filter or receiver since " in said, said
    assert '(filter severity="critical"), still at the handoff' in said, said
    assert "- [ ] Follow up APIDown (still firing)\n" in said, said
