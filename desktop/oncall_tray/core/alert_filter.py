"""The alerts window's filter: free text or Alertmanager matchers (no Qt).

``severity="critical", instance=~".*backend.*"`` filters by matchers (all must hold). Text in
which no part looks like a matcher (a label name followed by ``=``, ``!=``, ``=~`` or ``!~``)
is free text, matched case-insensitively against the alert name, the summary and every label
value. Text that looks like matchers but does not parse is a ``FilterProblem``, never free text:
free text that nothing matches would show an empty table, which reads as "no alert".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..alertmanager.matchers import MatcherSyntaxError, matches_all, parse_matcher, split_matchers
from ..alertmanager.models import Alert, Matcher
from ..i18n import Message

_LOOKS_LIKE_MATCHER = re.compile(r'''^\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*|"(?:[^"\\]|\\.)*")\s*(=~|!~|!=|=)''')

SYNTAX = "syntax"  # the parser's reason is in ``reason``
NO_VALUE = "no_value"  # ``severity=``: nothing after the operator (``severity=""`` is the empty value)
UNCLOSED_QUOTE = "unclosed_quote"  # ``severity="critical``


@dataclass(frozen=True)
class FilterProblem:
    """Why the typed matchers do not parse: ``kind`` (``SYNTAX``, ``NO_VALUE``,
    ``UNCLOSED_QUOTE``), the ``part`` at fault (one comma-separated matcher) and, for
    ``SYNTAX``, the parser's ``reason``."""

    kind: str
    part: str
    reason: Message | str = ""


@dataclass(frozen=True)
class AlertFilter:
    """A parsed filter. ``matchers`` is empty for free text; ``text`` is lower-cased;
    ``problem`` is set (and the filter lets everything through) when the matchers are invalid."""

    text: str = ""
    matchers: tuple[Matcher, ...] = ()
    problem: FilterProblem | None = None

    @property
    def empty(self) -> bool:
        """True when the filter lets every alert through (nothing typed, or invalid)."""
        return not self.text and not self.matchers

    def predicate(self) -> Callable[[Alert], bool]:
        """A function telling whether an alert passes."""
        if self.matchers:
            matchers = self.matchers
            return lambda alert: matches_all(matchers, alert.labels)
        if self.text:
            needle = self.text
            return lambda alert: needle in _haystack(alert)
        return lambda alert: True

    def partial_regex(self) -> str:
        """For the first regex matcher (``=~``) not already open at both ends, the same regex
        made to match part of a value (``backend.*`` -> ``.*backend.*``); "" when there is none.
        Alertmanager anchors regexes: ``backend.*`` does not match ``conectsuite-backend:8080``."""
        for matcher in self.matchers:
            if matcher.is_regex and matcher.is_equal and matcher.value:
                value = matcher.value
                head = "" if value.startswith(".*") else ".*"
                tail = "" if value.endswith(".*") and not value.endswith("\\.*") else ".*"
                if head or tail:
                    return head + value + tail
        return ""


def _haystack(alert: Alert) -> str:
    return " ".join((alert.summary, *alert.labels.values())).lower()


def parse_filter(text: str) -> AlertFilter:
    """Parse what the engineer typed: comma-separated matchers when any part looks like one
    (braces around them, as in Alertmanager's UI, are allowed), else free text.

    Returns:
        an ``AlertFilter``; invalid matchers give one with ``problem`` set and no filtering.
    """
    stripped = text.strip()
    if not stripped:
        return AlertFilter()
    parts, unclosed = split_matchers(stripped)
    if not any(_LOOKS_LIKE_MATCHER.match(p) for p in parts):
        return AlertFilter(text=stripped.lower())
    if unclosed:
        return AlertFilter(problem=FilterProblem(UNCLOSED_QUOTE, parts[-1]))
    matchers = []
    for part in parts:
        start = _LOOKS_LIKE_MATCHER.match(part)
        if start is not None and not part[start.end():].strip():
            return AlertFilter(problem=FilterProblem(NO_VALUE, part))
        try:
            matchers.append(parse_matcher(part))
        except MatcherSyntaxError as exc:
            return AlertFilter(problem=FilterProblem(SYNTAX, part, exc.message))
    return AlertFilter(matchers=tuple(matchers))
