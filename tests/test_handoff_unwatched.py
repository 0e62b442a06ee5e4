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
from oncall_tray.paths import journal_path


def _observations(markdown: str, heading: str = "Observations") -> list[str]:
    return markdown.split(f"**{heading}**:\n", 1)[1].split("\n\n", 1)[0].splitlines()


def _moves() -> list:
    """When the journal stopped watching the first Alertmanager and watched it again (its
    alert's UNWATCHED and WATCHED events)."""
    journal = Journal.open(journal_path())
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
        assert (f"- Alertmanager {alertmanager.url} not watched from {since} to {until} (another one was "
                "watched): alerts of that time may have gone unseen") in _observations(back.stdout), back.stdout
        portuguese = run("handoff", "end", "--markdown", config=settings(alertmanager.url, "pt_BR"))
        assert [line for line in _observations(portuguese.stdout, "Observações") if line.startswith(
            f"- Alertmanager {alertmanager.url} não acompanhado das ")], portuguese.stdout
    finally:
        other.stop()
