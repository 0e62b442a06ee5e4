"""Finding an alert by the fingerprint an engineer typed or pasted (no Qt, no I/O)."""

from __future__ import annotations

from collections.abc import Iterable

from ..alertmanager.models import Alert

#: Shortest fingerprint prefix accepted (Alertmanager's fingerprints have 16 hex digits).
MIN_PREFIX = 6


class AlertNotFound(LookupError):
    """No current alert has that fingerprint (or prefix); ``text`` is what was asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(f"no current alert has the fingerprint {text!r}")


class PrefixTooShort(LookupError):
    """A prefix shorter than ``MIN_PREFIX`` that is not a whole fingerprint."""

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(f"{text!r} is not a fingerprint; give at least {MIN_PREFIX} characters")


class AmbiguousFingerprint(LookupError):
    """Several current alerts start with that prefix; ``candidates`` are they."""

    def __init__(self, text: str, candidates: list[Alert]) -> None:
        self.text = text
        self.candidates = candidates
        super().__init__(f"{text!r} matches {len(candidates)} alerts: "
                         + ", ".join(f"{a.fingerprint} ({a.display_name})" for a in candidates))


def find_alert(alerts: Iterable[Alert], text: str) -> Alert:
    """The alert whose fingerprint is ``text``, or the only one that starts with it.

    Args:
        alerts: the current alerts.
        text: a whole fingerprint, or a prefix of at least ``MIN_PREFIX`` characters
            (case-insensitive, surrounding spaces ignored).
    Raises:
        PrefixTooShort, AlertNotFound, AmbiguousFingerprint (all ``LookupError``).
    """
    wanted = text.strip().lower()
    alerts = list(alerts)
    for alert in alerts:
        if alert.fingerprint.lower() == wanted:
            return alert
    if len(wanted) < MIN_PREFIX:
        raise PrefixTooShort(text)
    found = [alert for alert in alerts if alert.fingerprint.lower().startswith(wanted)]
    if not found:
        raise AlertNotFound(text)
    if len(found) > 1:
        raise AmbiguousFingerprint(text, found)
    return found[0]
