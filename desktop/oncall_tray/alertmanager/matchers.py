"""Alertmanager's matcher syntax: ``name="value"``, ``name!=value``, ``name=~"re"``, ``name!~"re"``.

The same syntax as amtool and the ``filter`` query parameter. Quoted values use JSON-style
escapes (``\\"``, ``\\\\``); unquoted values end at the end of the text. Parsing is ours because
no maintained Python package speaks it; values are decoded with ``json`` rather than by hand.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping

from .models import Matcher

_OPERATORS = {"=": (False, True), "!=": (False, False), "=~": (True, True), "!~": (True, False)}
_MATCHER_RE = re.compile(
    r"""^\s*
    (?P<name>[A-Za-z_][A-Za-z0-9_]*|"(?:[^"\\]|\\.)*")
    \s*(?P<op>=~|!~|!=|=)\s*
    (?P<value>"(?:[^"\\]|\\.)*"|[^"]*?)
    \s*$""",
    re.VERBOSE,
)


class MatcherSyntaxError(ValueError):
    """A matcher that does not follow Alertmanager's syntax; the message names the problem."""


def parse_matcher(text: str) -> Matcher:
    """Parse one matcher such as ``alertname=~"High.*"``.

    Args:
        text: the matcher as typed by a person or written in the settings.
    Returns:
        a ``Matcher`` (regex values are checked to compile).
    Raises:
        MatcherSyntaxError: empty text, no operator, a bad label name, a badly quoted value,
            or a regular expression that does not compile.
    """
    match = _MATCHER_RE.match(text)
    if not match:
        raise MatcherSyntaxError(
            f"not a matcher: {text!r} (expected name=\"value\", name!=\"value\", "
            f"name=~\"regex\" or name!~\"regex\")")
    name = _unquote(match["name"], text)
    value = _unquote(match["value"], text)
    is_regex, is_equal = _OPERATORS[match["op"]]
    if is_regex:
        try:
            re.compile(value)
        except re.error as exc:
            raise MatcherSyntaxError(f"invalid regular expression in {text!r}: {exc}") from exc
    return Matcher(name=name, value=value, is_regex=is_regex, is_equal=is_equal)


def format_matcher(matcher: Matcher) -> str:
    """The matcher in Alertmanager's syntax, value always JSON-quoted: ``name=~"a\\"b"``."""
    op = {(False, True): "=", (False, False): "!=", (True, True): "=~", (True, False): "!~"}
    return f"{matcher.name}{op[(matcher.is_regex, matcher.is_equal)]}{json.dumps(matcher.value, ensure_ascii=False)}"


def _unquote(token: str, text: str) -> str:
    if not token.startswith('"'):
        return token
    try:
        value = json.loads(token)
    except ValueError as exc:
        raise MatcherSyntaxError(f"badly quoted value in {text!r}: {exc}") from exc
    return value


@functools.lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def matcher_matches(matcher: Matcher, labels: Mapping[str, str]) -> bool:
    """Whether ``labels`` satisfy one matcher, as Alertmanager decides it: a missing label counts
    as the empty string; regular expressions are anchored at both ends (full match).

    Python's ``re`` stands in for Go's RE2 here; they agree on the syntax that label matchers
    use in practice (alternation, classes, repetition), not on look-arounds, which RE2 rejects.
    """
    value = labels.get(matcher.name, "")
    if matcher.is_regex:
        found = _compiled(matcher.value).fullmatch(value) is not None
    else:
        found = value == matcher.value
    return found if matcher.is_equal else not found


def matches_all(matchers: Iterable[Matcher], labels: Mapping[str, str]) -> bool:
    """Whether ``labels`` satisfy every matcher (an empty list matches everything)."""
    return all(matcher_matches(m, labels) for m in matchers)
