"""The handoff's "watched with another filter or receiver" line names the scope in force for
each period (review 67 AC2: the filter changed three times during the shift and the end report
said the first of them, "still at the handoff", though it had been in force for 20 seconds).
Each change of what is watched while the shift's scope is not is a period of its own: another
filter, another receiver, another Alertmanager, and the way back to the shift's Alertmanager
with yet another scope."""

from __future__ import annotations

import datetime as dt

from test_cli import run
from test_handoff_unwatched import _observations

from oncall_tray.config import Config
from oncall_tray.core.handoff_noticed import unwatched_lines
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.core.local_times import local_time
from oncall_tray.i18n import english, translator
from oncall_tray.paths import Folders

UTC = dt.timezone.utc


def _period(start: str, end: str | None) -> str:
    """How the handoff says a period that began at ``start`` and ended at ``end`` (None: not over)."""
    if end is None:
        return f"since {start}"
    return f"from {start} to {end}" if start != end else f"for under a minute at {start}"


def test_the_filter_changed_three_times_is_said_per_period_with_the_one_in_force_at_the_handoff(
        alertmanager, tmp_path):
    """The review's steps (pt_BR and en): the shift opened with ``env="production",
    team="conectcrm"``; then ``team=~"conectcrm|crm"``, then ``team="conectcrm", service!="test"``,
    then ``service!="qa"`` instead, each seen by a command (the journal follows the settings)."""
    path = tmp_path / "config.yaml"

    def settings(filters: list[str], language: str = "pt_BR") -> str:
        listed = ", ".join(f"'{matcher}'" for matcher in filters)
        path.write_text(f"engineer: ana\nlanguage: {language}\nalertmanager_url: {alertmanager.url}\n"
                        f"filter: [{listed}]\n", encoding="utf-8")
        return str(path)

    shift = ['env="production"', 'team="conectcrm"']
    assert run("handoff", "start", "--confirm", config=settings(shift)).returncode == 0
    for filters in (['env="production"', 'team=~"conectcrm|crm"'],
                    ['env="production"', 'team="conectcrm"', 'service!="test"'],
                    ['env="production"', 'team="conectcrm"', 'service!="qa"']):
        moved = run("handoff", "end", "--markdown", config=settings(filters))
        assert moved.returncode == 0, moved.stderr
    journal = Journal.open(Folders.for_user().journal)
    try:
        moves = [event.at for event in journal.events(kinds=(EventKind.WATCHING_MOVED,))]
    finally:
        journal.close()
    assert len(moves) == 3
    zone = Config().zone()
    at = [local_time(moment, zone, moves[-1], english) for moment in moves]
    url = alertmanager.url
    english_end = run("handoff", "end", "--markdown", config=settings(filters, "en"))
    assert english_end.returncode == 0, english_end.stderr
    said = [line for line in _observations(english_end.stdout) if "filter or receiver" in line]
    assert said == [
        f'- Alertmanager {url} watched with another filter or receiver {_period(at[0], at[1])} (filter '
        'env="production", filter team=~"conectcrm|crm"): alerts outside it may have gone unseen',
        f'- Alertmanager {url} watched with another filter or receiver {_period(at[1], at[2])} (filter '
        'env="production", filter service!="test", filter team="conectcrm"): alerts outside it may have gone unseen',
        f'- Alertmanager {url} watched with another filter or receiver since {at[2]} (filter env="production", '
        'filter service!="qa", filter team="conectcrm"), still at the handoff'], english_end.stdout
    portuguese = run("handoff", "end", "--markdown", config=settings(filters))
    assert portuguese.returncode == 0, portuguese.stderr
    last = [line for line in _observations(portuguese.stdout, "Observações") if "ainda na passagem" in line]
    assert last == [f'- Alertmanager {url} acompanhado com outro filtro ou receiver desde {at[2]} (filtro '
                    'env="production", filtro service!="qa", filtro team="conectcrm"), ainda na passagem de '
                    'turno'], portuguese.stdout


def test_each_period_away_from_the_shifts_scope_is_said_with_what_was_watched_in_it(tmp_path):
    """The twins: another receiver, then another Alertmanager, then a third one (still not
    watched: one period), then the shift's Alertmanager with a filter (watched again, with
    another scope), then back to the shift's scope; and a shift left for another Alertmanager
    and come back to with another receiver, still at the handoff."""
    home = ["http://am-a:9093?filter=team%3D%22crm%22"]
    receiver, other, third = ["http://am-a:9093?receiver=team-db"], ["http://am-b:9093"], ["http://am-c:9093"]
    filtered = ["http://am-a:9093?filter=env%3D%22production%22"]
    journal = Journal.open(tmp_path / "journal.sqlite")
    try:
        def moves(*steps: tuple[int, list[str], list[str]]) -> None:
            for minute, left, watched in steps:
                journal.record(EventKind.WATCHING_MOVED, dt.datetime(2026, 12, 6, 1, minute, 5, tzinfo=UTC),
                               data={"from": left, "to": watched})

        moves((1, home, receiver), (3, receiver, other), (4, other, third), (5, third, filtered), (7, filtered, home))
        since = dt.datetime(2026, 12, 6, tzinfo=UTC)
        assert unwatched_lines(journal, since, dt.datetime(2026, 12, 6, 1, 30, tzinfo=UTC), english, UTC) == [
            'Alertmanager http://am-a:9093 watched with another filter or receiver from 01:01 to 01:03 (receiver '
            '"team-db"): alerts outside it may have gone unseen',
            "Alertmanager http://am-a:9093 not watched from 01:03 to 01:05 (another one was watched): alerts of "
            "that time may have gone unseen",
            'Alertmanager http://am-a:9093 watched with another filter or receiver from 01:05 to 01:07 (filter '
            'env="production"): alerts outside it may have gone unseen']
        moves((10, home, other), (12, other, receiver))
        until = dt.datetime(2026, 12, 6, 2, tzinfo=UTC)
        lines = unwatched_lines(journal, since, until, english, UTC)
        assert lines[3:] == [
            "Alertmanager http://am-a:9093 not watched from 01:10 to 01:12 (another one was watched): alerts of "
            "that time may have gone unseen",
            'Alertmanager http://am-a:9093 watched with another filter or receiver since 01:12 (receiver '
            '"team-db"), still at the handoff'], lines
        assert unwatched_lines(journal, since, until, translator("pt_BR"), UTC)[-1] == (
            'Alertmanager http://am-a:9093 acompanhado com outro filtro ou receiver desde 01:12 (receiver '
            '"team-db"), ainda na passagem de turno')
    finally:
        journal.close()
