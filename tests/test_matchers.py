"""Alertmanager's matcher syntax: parsing, formatting, matching."""

from __future__ import annotations

import pytest

from oncall_tray.alertmanager.matchers import (
    MatcherSyntaxError,
    format_matcher,
    matcher_matches,
    matches_all,
    parse_matcher,
    re2_unsupported,
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


# -- Alertmanager's classic parser (pkg/labels/parse.go): escapes inside values ----------------

@pytest.mark.parametrize("text, value", [
    ('instance=~"10\\.0\\.0\\.1:.*"', "10\\.0\\.0\\.1:.*"),  # an unknown escape keeps its backslash
    ('a="x\\\\y"', "x\\y"), ('a="say \\"hi\\""', 'say "hi"'), ('a="one\\ntwo"', "one\ntwo"),
    ("a=b\\\\c", "b\\c"), ("a=x\\", "x\\"), ('a="\\d+"', "\\d+"),
])
def test_backslash_escapes_follow_alertmanager(text, value):
    assert parse_matcher(text).value == value


@pytest.mark.parametrize("text", ['a="x"y"', 'a=x"y', 'a="x\\"'])
def test_unescaped_quotes_are_errors(text):
    with pytest.raises(MatcherSyntaxError):
        parse_matcher(text)


@pytest.mark.parametrize("matcher", [Matcher("i", "10\\.0\\.0\\.1:.*", is_regex=True), Matcher("a", "x\\ny\n\\")])
def test_format_round_trips_backslashes(matcher):
    assert parse_matcher(format_matcher(matcher)) == matcher


# -- regular expressions Go's RE2 refuses although Python accepts them -------------------------

@pytest.mark.parametrize("value, kind, construct", [
    ("a(?=b)", "lookahead", "(?="), ("a(?!b)", "lookahead", "(?!"), ("(?<=a)b", "lookbehind", "(?<="),
    ("(?<!a)b", "lookbehind", "(?<!"), ("(a)\\1", "backreference", "\\1"),
    ("(?P<x>a)(?P=x)", "backreference", "(?P="), ("(?>a)", "atomic group", "(?>"),
    ("(a)?(?(1)b|c)", "conditional", "(?("), ("a*+", "possessive quantifier", "*+"),
    ("a{2}+", "possessive quantifier", "{2}+"), ("api\\C", "byte escape", "\\C"),
    ("(?<x>a)", "named group", "(?<"),  # review 39: Alertmanager 0.25 refused it, after the engineer typed it all
])
def test_re2_constructs_are_refused(value, kind, construct):
    with pytest.raises(MatcherSyntaxError) as info:
        parse_matcher(f'x=~"{value}"')
    assert info.value.unsupported == (kind, construct)
    assert construct in str(info.value)


@pytest.mark.parametrize("value", ["\\(?=", "[(?=]", "[]\\d]", "a+?", "x}+", "\\\\\\\\1", "(?P<n>a)(?:b)"])
def test_re2_check_skips_escapes_and_classes(value):
    assert parse_matcher(f"x=~{value}").is_regex


def test_re2_check_skips_posix_classes():
    assert re2_unsupported("[[:alpha:]]+") is None and re2_unsupported("[[:digit:](?=]") is None


def test_regexes_are_read_as_alertmanager_reads_them():
    # POSIX classes: Go's RE2 knows [[:alnum:]]; Python's re read it as a set of ":alnum" then "]"
    assert matcher_matches(parse_matcher('alertname=~"[[:alnum:]]+"'), {"alertname": "APIDown"})
    assert not matcher_matches(parse_matcher('alertname=~"[[:digit:]]+"'), {"alertname": "APIDown"})
    with pytest.raises(MatcherSyntaxError, match="invalid repetition size"):  # RE2's limit: 1,000
        parse_matcher('instance=~"a{1001}"')


@pytest.mark.timeout(60)  # Python's re backtracks for ages on this pattern; RE2 is linear
def test_a_pattern_that_backtracks_forever_in_python_matches_at_once():
    matcher = parse_matcher('instance=~"(.*.*)*z"')
    assert not matcher_matches(matcher, {"instance": "a" * 5000})
    assert matcher_matches(matcher, {"instance": "a" * 5000 + "z"})


# -- single quotes: Alertmanager quotes with double quotes only --------------------------------

@pytest.mark.parametrize("text, suggestion", [
    ("alertname='HighMemoryUsage'", 'alertname="HighMemoryUsage"'),
    (" instance =~ 'backend.*' ", 'instance=~"backend.*"'),
    ("env!='dev'", 'env!="dev"'),
    ("env!~'dev|test'", 'env!~"dev|test"'),
    ("summary='say \"hi\"'", 'summary="say \\"hi\\""'),
    ("a=''", 'a=""'),
])
def test_a_single_quoted_value_is_refused_with_the_double_quoted_matcher(text, suggestion):
    # found by a fresh-user review: alertname='HighMemoryUsage' silenced the value with its
    # quotes, "'HighMemoryUsage'", which no alert has
    with pytest.raises(MatcherSyntaxError) as info:
        parse_matcher(text)
    message = str(info.value)
    assert repr(text) in message and "double quotes" in message and suggestion in message
    assert info.value.unsupported is None


# -- typographic quotes, as Slack or a document pastes them ------------------------------------

@pytest.mark.parametrize("text, suggestion", [
    ("alertname=“APIDown”", 'alertname="APIDown"'),
    ("alertname=‘APIDown’", 'alertname="APIDown"'),
    ("alertname=”APIDown”", 'alertname="APIDown"'),
    ("alertname=’APIDown’", 'alertname="APIDown"'),
    ("alertname=„APIDown“", 'alertname="APIDown"'),
    ("instance=~“backend.*”", 'instance=~"backend.*"'),
    ('alertname="APIDown”', 'alertname="APIDown"'),  # one straight, one curly
    ("alertname=“APIDown", 'alertname="APIDown"'),  # the closing one lost in the copy
    ("env!=‘dev'", 'env!="dev"'),
])
def test_a_value_in_typographic_quotes_is_refused_with_the_straight_double_quoted_matcher(text, suggestion):
    # found by a fresh-user review: pasted from Slack, alertname=“APIDown” silenced the value with
    # its quotes, which no alert has (only a "matches no alert" warning)
    with pytest.raises(MatcherSyntaxError) as info:
        parse_matcher(text)
    message = str(info.value)
    assert repr(text) in message and "typographic quotes" in message and f"Write {suggestion}" in message
    assert info.value.unsupported is None


@pytest.mark.parametrize("text, value", [
    ('a="“quoted”"', "“quoted”"), ("a=it’s", "it’s"), ('a="it’s"', "it’s"),
])
def test_typographic_quotes_inside_a_value_or_within_straight_double_quotes_are_kept(text, value):
    assert parse_matcher(text).value == value


@pytest.mark.parametrize("text, value", [
    ("""a="'quoted'\"""", "'quoted'"), ("a=it's", "it's"), ("a='", "'"), ("a='x", "'x"), ("a=x'", "x'"),
])
def test_single_quotes_inside_a_value_are_kept(text, value):
    assert parse_matcher(text).value == value


@pytest.mark.parametrize("text", ["pod=", "pod!=", "pod=~", " pod!~ "])
def test_a_matcher_without_a_value_says_so(text):
    """Review 36: ``pod=`` was refused for "typographic quotes" it did not have (an empty string
    is found in any string)."""
    with pytest.raises(MatcherSyntaxError) as raised:
        parse_matcher(text)
    assert str(raised.value) == f'{text.strip()} has no value after the operator (write {text.strip()}"" to match ' \
                                "an empty value)"


@pytest.mark.parametrize("text, name", [("1abc=foo", "1abc"), ('a-b="x"', "a-b")])
def test_a_matcher_whose_name_is_no_label_name_says_so(text, name):
    """Review 36: ``silence add 1abc=foo`` got "not a matcher: … (expected name="value" …)"; the
    silence dialog said why: a label name does not start with a digit."""
    with pytest.raises(MatcherSyntaxError) as raised:
        parse_matcher(text)
    assert str(raised.value) == f"{text!r}: {name!r} is not a label name (letters, digits and _, not starting " \
                                "with a digit)"
