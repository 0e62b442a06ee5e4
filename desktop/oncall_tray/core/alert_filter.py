"""The alerts window's filter: free text or Alertmanager matchers (no Qt).

``severity="critical", instance=~"backend.*"`` filters by matchers (all must hold); anything
that does not parse as matchers is free text, matched case-insensitively against the alert name,
the summary and every label value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..alertmanager.matchers import MatcherSyntaxError, matches_all, parse_matcher
from ..alertmanager.models import Alert, Matcher

_SPLIT = re.compile(r'''((?:[^,"]|"(?:[^"\\]|\\.)*")+)''')


@dataclass(frozen=True)
class AlertFilter:
    """A parsed filter. ``matchers`` is empty for free text; ``text`` is lower-cased."""

    text: str = ""
    matchers: tuple[Matcher, ...] = ()

    @property
    def empty(self) -> bool:
        """True when the filter lets every alert through."""
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


def _haystack(alert: Alert) -> str:
    return " ".join((alert.summary, *alert.labels.values())).lower()


def parse_filter(text: str) -> AlertFilter:
    """Parse what the engineer typed: comma-separated matchers if every part is one (braces
    around them, as in Alertmanager's UI, are allowed), else free text."""
    stripped = text.strip()
    if not stripped:
        return AlertFilter()
    body = stripped[1:-1] if stripped.startswith("{") and stripped.endswith("}") else stripped
    parts = [p.strip() for p in _SPLIT.findall(body) if p.strip()]
    if parts and any(op in body for op in ("=", "!~")):
        try:
            return AlertFilter(matchers=tuple(parse_matcher(p) for p in parts))
        except MatcherSyntaxError:
            pass
    return AlertFilter(text=stripped.lower())
