"""Review 75 BD1: an acknowledgement made on the Alertmanager watched before a settings change
that then ended was handed over as "still firing, not silenced here: acknowledged on an
Alertmanager not watched now" when the new URL was a proxy in front of the same Alertmanager:
the next shift read an unacknowledged critical alert as handled. The same Alertmanager (its
silence listed by the one watched now) is judged by what it says; another one's silence is told
as what is known of it (where, until when), never as an acknowledgement."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from conftest import make_alert, silence, utcnow, wait_until
from nginx_proxy import NginxProxy
from test_cli import run

from oncall_tray.config import Config
from oncall_tray.core.local_times import local_time
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.i18n import english

ALERT = make_alert("APIDown", "critical")


def _settings(path, url: str, language: str = "en") -> str:
    path.write_text(f"engineer: ana\nlanguage: {language}\nalertmanager_url: {url}\n", encoding="utf-8")
    return str(path)


def _follow_up(markdown: str) -> str:
    (line,) = [line for line in markdown.splitlines() if "APIDown" in line and ("Follow up" in line
                                                                               or "Acompanhar" in line)]
    return line


def _acknowledged_then_moved(am, proxy_url: str, path) -> str:
    """The shift taken over on ``am``, APIDown acknowledged there (an hour), the journal reading
    it, then the settings moved to ``proxy_url``: the silence's ID."""
    am.post_alerts([ALERT])
    assert run("handoff", "start", "--confirm", config=_settings(path, am.url)).returncode == 0
    silence_id = silence(am, ALERT["labels"], minutes=60, author="ana", comment="ACK! investigando — ana")
    seen = run("handoff", "end", "--markdown", config=_settings(path, am.url))
    assert seen.returncode == 0, seen.stderr
    moved = run("handoff", "end", "--markdown", config=_settings(path, proxy_url))
    assert moved.returncode == 0, moved.stderr
    return silence_id


def _state(am, silence_id: str) -> str:
    return httpx.get(f"{am.url}/api/v2/silence/{silence_id}", timeout=10).json()["status"]["state"]


@pytest.mark.parametrize("how", ["ran out", "by hand"])
def test_an_acknowledgement_ended_on_the_same_alertmanager_behind_a_proxy(alertmanager, tmp_path, how):
    path = tmp_path / "c.yaml"
    with NginxProxy(alertmanager.url, basic=None) as proxy:
        silence_id = _acknowledged_then_moved(alertmanager, proxy.url, path)
        still = run("handoff", "end", "--markdown", config=_settings(path, proxy.url))
        assert "- [ ] Follow up APIDown (still firing)\n" in still.stdout, still.stdout  # silenced: nothing to add
        if how == "ran out":  # its end brought forward by a second (updated in place: the same ID)
            found = httpx.get(f"{alertmanager.url}/api/v2/silence/{silence_id}", timeout=10).json()
            body = {key: found[key] for key in ("id", "matchers", "startsAt", "createdBy", "comment")}
            body["endsAt"] = (utcnow() + dt.timedelta(seconds=1)).isoformat()
            assert httpx.post(alertmanager.url + "/api/v2/silences", json=body, timeout=10).json()["silenceID"] \
                == silence_id
        else:
            httpx.delete(f"{alertmanager.url}/api/v2/silence/{silence_id}", timeout=10).raise_for_status()
        wait_until(lambda: _state(alertmanager, silence_id) == "expired", 15, "the silence's end")
        after = run("handoff", "end", "--markdown", config=_settings(path, proxy.url))
        assert after.returncode == 0, after.stderr
        ended = "its acknowledgement ended" if how == "ran out" else "its acknowledgement was expired by hand"
        assert _follow_up(after.stdout).startswith(
            f"- [ ] Follow up APIDown (still firing, no longer silenced: {ended})"), after.stdout
        assert "acknowledged on" not in after.stdout
        portuguese = run("handoff", "end", "--markdown", env_lang="pt_BR.UTF-8",
                         config=_settings(path, proxy.url, "pt_BR"))
        assert "não está mais silenciado" in _follow_up(portuguese.stdout), portuguese.stdout


def test_an_acknowledgement_on_another_alertmanager_is_told_as_what_is_known(alertmanager, tmp_path):
    path = tmp_path / "c.yaml"
    other = LocalAlertmanager().start()
    try:
        other.post_alerts([ALERT])  # the same labels fire there, unsilenced
        _acknowledged_then_moved(alertmanager, other.url, path)
        after = run("handoff", "end", "--markdown", config=_settings(path, other.url))
        assert after.returncode == 0, after.stderr
        line = _follow_up(after.stdout)
        assert line.startswith(f"- [ ] Follow up APIDown (still firing, not silenced here: silenced on "
                               f"{alertmanager.url}, not watched now, until "), line
        assert "whether it still is there is not known)" in line and "acknowledged on" not in line, line
        until = line.split(", until ", 1)[1].split(";", 1)[0]
        now = utcnow()
        assert until in {local_time(now + dt.timedelta(minutes=m), Config().zone(), now, english) for m in (59, 60)}
        portuguese = run("handoff", "end", "--markdown", env_lang="pt_BR.UTF-8",
                         config=_settings(path, other.url, "pt_BR"))
        said = f"silenciado em {alertmanager.url}, que não está sendo acompanhado agora, até "
        assert said in _follow_up(portuguese.stdout), portuguese.stdout
    finally:
        other.stop()


def test_a_silence_past_its_end_as_last_seen_on_an_unwatched_alertmanager_is_not_said_to_have_ended():
    """Code review 86 BG8: "ended at 18:28" as fact, though Alertmanager may have extended it
    there (same ID) since the tray stopped watching it."""
    from oncall_tray.core.handoff_elsewhere import MutedElsewhere, muted_elsewhere
    from oncall_tray.i18n import translator

    now = dt.datetime(2026, 12, 7, 19, 0, tzinfo=dt.timezone.utc)
    found = MutedElsewhere("http://am-b:9093", now - dt.timedelta(minutes=32))
    for lang, said, not_said in (("en", "was to end at 18:28 (as last seen there)", "ended at"),
                                 ("pt_BR", "terminaria às 18:28", "terminou")):
        text = muted_elsewhere(found, now, translator(lang), lambda t: t.strftime("%H:%M"))
        assert said in text and not_said not in text, text
