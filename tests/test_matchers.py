"""Alertmanager's matcher syntax: parsing, formatting, matching."""

from __future__ import annotations

import pytest

from oncall_tray.alertmanager.matchers import (
    MatcherSyntaxError,
    format_matcher,
    matcher_matches,
    matches_all,
    parse_matcher,
)
from oncall_tray.alertmanager.models import Matcher


@pytest.mark.parametrize("text, expected", [
    ('alertname="APIDown"', Matcher("alertname", "APIDown")),
    ("alertname=APIDown", Matcher("alertname", "APIDown")),
    (' severity != "info" ', Matcher("severity", "info", is_equal=False)),
    ('instance=~"backend.*"', Matcher("instance", "backend.*", is_regex=True)),
    ('env!~"dev|test"', Matcher("env", "dev|test", is_regex=True, is_equal=False)),
    ('summary="quote \\" back \\\\ {braces} ação."', Matcher("summary", 'quote " back \\ {braces} ação.')),
    ('empty=""', Matcher("empty", "")),
])
def test_parse(text, expected):
    assert parse_matcher(text) == expected


@pytest.mark.parametrize("text", ["", "alertname", "=x", "1abc=x", 'a="unclosed', 'a=~"("'])
def test_parse_errors_are_clear(text):
    with pytest.raises(MatcherSyntaxError):
        parse_matcher(text)


@pytest.mark.parametrize("matcher", [
    Matcher("a", 'x"y\\z{}.é'), Matcher("a", "b.*", is_regex=True), Matcher("a", "", is_equal=False),
])
def test_format_round_trips(matcher):
    assert parse_matcher(format_matcher(matcher)) == matcher


def test_matching_is_anchored_and_missing_labels_are_empty():
    labels = {"instance": "backend-1:3001", "severity": "critical"}
    assert matcher_matches(parse_matcher('instance=~"backend.*"'), labels)
    assert not matcher_matches(parse_matcher('instance=~"backend"'), labels)  # anchored
    assert matcher_matches(parse_matcher('team=""'), labels)  # missing = empty
    assert matcher_matches(parse_matcher('team!="x"'), labels)
    assert not matcher_matches(parse_matcher('severity!~"crit.*"'), labels)
    assert matches_all([], labels)
    assert matches_all([parse_matcher("severity=critical"), parse_matcher('instance!=""')], labels)
