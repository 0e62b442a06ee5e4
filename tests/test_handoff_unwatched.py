"""The handoff says when the shift's Alertmanager went unwatched (review 52 H10): the tray moved
to another Alertmanager (a settings change) and back; meanwhile the first one's alerts dropped
out of the pending items, and after the return the Observations said nothing of it, whereas the
times Alertmanager could not be reached are listed there."""

from __future__ import annotations

from conftest import make_alert
from test_cli import run

from oncall_tray.config import Config
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.core.local_times import local_time
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.i18n import english
from oncall_tray.paths import Folders


def _observations(markdown: str, heading: str = "Observations") -> list[str]:
    return markdown.split(f"**{heading}**:\n", 1)[1].split("\n\n", 1)[0].splitlines()


def _moves() -> list:
    """When the journal stopped watching the first Alertmanager and watched it again (its
    alert's UNWATCHED and WATCHED events)."""
    journal = Journal.open(Folders.for_user().journal)
    try:
        return [event.at for event in journal.events(kinds=(EventKind.UNWATCHED, EventKind.WATCHED))]
    finally:
        journal.close()


def test_an_alertmanager_left_and_watched_again_is_said_in_the_observations(alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    path = tmp_path / "c.yaml"

    def settings(url: str, language: str = "en") -> str:
        path.write_text(f"engineer: ana\nlanguage: {language}\nalertmanager_url: {url}\n", encoding="utf-8")
        return str(path)

    assert run("handoff", "start", "--confirm", config=settings(alertmanager.url)).returncode == 0
    other = LocalAlertmanager().start()
    try:
        away = run("handoff", "end", "--markdown", config=settings(other.url))  # the journal follows the settings
        assert away.returncode == 0, away.stderr
        (left,) = _moves()
        zone = Config().zone()
        since = local_time(left, zone, left, english)
        assert (f"- Alertmanager {alertmanager.url} not watched since {since} (another one is watched), still at "
                "the handoff") in _observations(away.stdout), away.stdout
        back = run("handoff", "end", "--markdown", config=settings(alertmanager.url))
        assert back.returncode == 0, back.stderr
        left, returned = _moves()
        until = local_time(returned, zone, returned, english)
        when = f"from {since} to {until}" if until != since else f"for under a minute at {since}"  # (seconds apart)
        assert (f"- Alertmanager {alertmanager.url} not watched {when} (another one was watched): alerts of that "
                "time may have gone unseen") in _observations(back.stdout), back.stdout
        portuguese = run("handoff", "end", "--markdown", config=settings(alertmanager.url, "pt_BR"))
        assert [line for line in _observations(portuguese.stdout, "Observações") if line.startswith(
            f"- Alertmanager {alertmanager.url} não acompanhado ")], portuguese.stdout
    finally:
        other.stop()


def test_a_move_away_within_one_minute_is_not_said_from_and_to_the_same_time(tmp_path):
    """Review 53 K9: a 20-second move read "not watched from 01:01 to 01:01"; a period that
    starts and ends within one shown minute is said "for under a minute at 01:01"."""
    import datetime as dt

    from oncall_tray.core.handoff_noticed import unwatched_lines
    from oncall_tray.i18n import translator

    utc = dt.timezone.utc
    home, other = ["http://am-a:9093"], ["http://am-b:9093"]
    journal = Journal.open(tmp_path / "journal.sqlite")
    try:
        for at, left, watched in ((dt.datetime(2026, 12, 6, 1, 1, 5, tzinfo=utc), home, other),
                                  (dt.datetime(2026, 12, 6, 1, 1, 25, tzinfo=utc), other, home),
                                  (dt.datetime(2026, 12, 6, 1, 5, 50, tzinfo=utc), home, other),
                                  (dt.datetime(2026, 12, 6, 1, 6, 10, tzinfo=utc), other, home)):
            journal.record(EventKind.WATCHING_MOVED, at, data={"from": left, "to": watched})
        since, until = dt.datetime(2026, 12, 6, tzinfo=utc), dt.datetime(2026, 12, 6, 2, tzinfo=utc)
        assert unwatched_lines(journal, since, until, english, utc) == [
            "Alertmanager http://am-a:9093 not watched for under a minute at 01:01 (another one was watched): alerts "
            "of that time may have gone unseen",
            "Alertmanager http://am-a:9093 not watched from 01:05 to 01:06 (another one was watched): alerts of that "
            "time may have gone unseen"]  # 20 seconds too, but across a minute: from and to differ
        portuguese = unwatched_lines(journal, since, until, translator("pt_BR"), utc)
        assert portuguese[0].startswith("Alertmanager http://am-a:9093 não acompanhado por menos de um minuto às "
                                        "01:01 "), portuguese
    finally:
        journal.close()
