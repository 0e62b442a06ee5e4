"""``oncall-tray silence add`` with regular expressions, against a real Alertmanager: backslash
escapes read as Alertmanager's own matcher parser reads them, and what Go's RE2 refuses is
refused locally (exit 1, nothing sent)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import make_alert, wait_until
from test_silence_cli import Cli

from oncall_tray.alertmanager.models import Matcher, PostableSilence
from oncall_tray.core.silencing import validate


@pytest.fixture
def cli(alertmanager, tmp_path):
    return Cli(alertmanager, tmp_path)


def test_escaped_dots_round_trip(cli):
    cli.am.post_alerts([make_alert("DiskFull", "warning", instance="10.0.0.1:9100"),
                        make_alert("DiskSlow", "warning", instance="10x0.0.1:9100")])
    result = cli("silence", "add", 'instance=~"10\\.0\\.0\\.1:.*"', "--duration", "15m", "--comment", "x")
    assert result.returncode == 0, result.stderr
    (stored,) = cli.silences()
    assert stored["id"] == result.stdout.strip()
    assert stored["matchers"] == [{"name": "instance", "value": "10\\.0\\.0\\.1:.*", "isRegex": True,
                                   "isEqual": True}]
    alerts = wait_until(lambda: (a := cli.alerts()) and a["DiskFull"]["status"]["state"] == "suppressed" and a,
                        10, "the alert to be silenced")
    assert alerts["DiskFull"]["status"]["silencedBy"] == [stored["id"]]
    assert alerts["DiskSlow"]["status"]["state"] == "active"  # the dot is literal
    listing = cli("silence", "list")
    assert 'instance=~"10\\\\.0\\\\.0\\\\.1:.*"' in listing.stdout  # as amtool would read it back


@pytest.mark.parametrize("regex, named", [
    ("10(?=\\.0).*", "lookahead"), ("(?<!x)10.*", "lookbehind"), ("(1)0\\1.*", "backreferences"),
    ("(?P<a>1)(?P=a).*", "backreferences"), ("(?>10).*", "atomic groups"), ("(1)?(?(1)0|2).*", "conditionals"),
    ("10.*+", "possessive quantifiers"),
])
def test_re2_constructs_refused_locally(cli, regex, named):
    cli.am.post_alerts([make_alert("DiskFull", "warning", instance="10.0.0.1:9100")])
    result = cli("silence", "add", f'instance=~"{regex}"', "alertname=DiskFull", "--duration", "15m",
                 "--comment", "x")
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert named in result.stderr and "Go RE2" in result.stderr and "Nothing was sent" in result.stderr
    assert result.stdout == ""
    portuguese = cli("silence", "add", f'instance=~"{regex}"', "--duration", "15m", "--comment", "x",
                     lang="pt_BR.UTF-8")
    assert portuguese.returncode == 1 and "não aceitam" in portuguese.stderr
    assert cli.silences() == []


def test_validate_refuses_re2_constructs_for_every_caller():
    now = dt.datetime.now(dt.timezone.utc)
    draft = PostableSilence(matchers=(Matcher("instance", "a(?=b)", is_regex=True), Matcher("alertname", "X")),
                            starts_at=now, ends_at=now + dt.timedelta(minutes=15), created_by="m", comment="c")
    (problem,) = validate(draft)
    assert problem.index == 0 and "lookahead" in problem.text() and "(?=" in problem.text()
