"""Severity of an alert from its ``severity`` label (design notes, "Alertmanager").

A missing label or an unknown value maps to ``unknown``, which is still shown and notified.
The synonyms (``error``→critical, ``page``→critical, ``warn``→warning, ``none``→info, ...) are
configurable and compared case-insensitively.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping

from ..alertmanager.models import Alert
from .matching import matched_key


class Severity(enum.Enum):
    """The four severities, ordered by ``rank`` (higher is worse)."""

    CRITICAL = "critical"
    WARNING = "warning"
    INFO = "info"
    UNKNOWN = "unknown"

    # Members are singletons: identity hashing is correct and, unlike Enum's own __hash__ (Python
    # code), costs nothing when 10,000 alerts are counted per poll.
    __hash__ = object.__hash__

    @property
    def rank(self) -> int:
        """Ordering for "worst first": critical 4, warning 3, unknown 2 (an unmapped alert
        may be serious), info 1."""
        return _RANK[self]


_RANK = {Severity.CRITICAL: 4, Severity.WARNING: 3, Severity.UNKNOWN: 2, Severity.INFO: 1}

#: Values of the ``severity`` label understood out of the box (lower case).
DEFAULT_SYNONYMS: Mapping[str, str] = {
    "critical": "critical", "crit": "critical", "error": "critical", "page": "critical",
    "fatal": "critical", "emergency": "critical", "high": "critical", "p1": "critical",
    "warning": "warning", "warn": "warning", "medium": "warning", "p2": "warning", "p3": "warning",
    "info": "info", "informational": "info", "notice": "info", "none": "info", "low": "info",
    "debug": "info", "p4": "info", "p5": "info",
}


class SeverityMap:
    """Maps label values to ``Severity``.

    Args:
        synonyms: extra or overriding ``value -> severity name`` pairs (names: critical,
            warning, info); keys are matched case-insensitively and added to the defaults.
    Raises:
        ValueError: a synonym points to something other than critical, warning or info.
    """

    def __init__(self, synonyms: Mapping[str, str] | None = None) -> None:
        table = dict(DEFAULT_SYNONYMS)
        for key, value in (synonyms or {}).items():
            table[matched_key(key)] = value.strip().lower()
        try:
            self._table = {key: Severity(value) for key, value in table.items()}
        except ValueError as exc:
            raise ValueError(f"severity synonyms must map to critical, warning or info: {exc}") from exc
        if Severity.UNKNOWN in self._table.values():
            raise ValueError("severity synonyms must map to critical, warning or info, not unknown")

    def of_value(self, value: str | None) -> Severity:
        """Severity of a label value; None, "" and unrecognised values give UNKNOWN."""
        if not value:
            return Severity.UNKNOWN
        found = self._table.get(value)
        if found is None:
            found = self._table.get(matched_key(value), Severity.UNKNOWN)
        return found

    def of(self, alert: Alert) -> Severity:
        """Severity of an alert from its ``severity`` label."""
        return self.of_value(alert.labels.get("severity"))


def severity_word(severity: Severity, tr: Callable[[str, str], str]) -> str:
    """The translated severity name ("crítico", "aviso"...), through ``tr(context, text)``."""
    words = {
        Severity.CRITICAL: tr("severity", "critical"),
        Severity.WARNING: tr("severity", "warning"),
        Severity.INFO: tr("severity", "info"),
        Severity.UNKNOWN: tr("severity", "unknown"),
    }
    return words[severity]
