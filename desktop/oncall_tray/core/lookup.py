"""Finding an alert by the fingerprint, or a silence by the ID, that an engineer typed or
pasted: the whole value or a unique prefix (no Qt, no I/O)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from ..alertmanager.models import Alert, Silence

#: Shortest fingerprint prefix accepted (Alertmanager's fingerprints have 16 hex digits).
MIN_PREFIX = 6
#: Shortest silence-ID prefix accepted: the UUID's first group (8 hex digits).
MIN_SILENCE_PREFIX = 8

T = TypeVar("T")


class AlertNotFound(LookupError):
    """No current alert has that fingerprint (or prefix); ``text`` is what was asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(f"no current alert has the fingerprint {text!r}")


class PrefixTooShort(LookupError):
    """A prefix shorter than ``shortest`` characters that is not a whole fingerprint (or
    silence ID, ``what``)."""

    def __init__(self, text: str, shortest: int = MIN_PREFIX, what: str = "fingerprint") -> None:
        self.text = text
        self.shortest = shortest
        super().__init__(f"{text!r} is not a {what}; give at least {shortest} characters")


class AmbiguousFingerprint(LookupError):
    """Several alerts' fingerprints start with that prefix; ``candidates`` are they (the alerts,
    or the bare fingerprints for ``find_fingerprint``)."""

    def __init__(self, text: str, candidates: list[Alert] | list[str]) -> None:
        self.text = text
        self.candidates = candidates
        super().__init__(f"{text!r} matches {len(candidates)} alerts: " + ", ".join(
            a if isinstance(a, str) else f"{a.fingerprint} ({a.display_name})" for a in candidates))


class SilenceNotFound(LookupError):
    """No silence has that ID (or prefix); ``text`` is what was asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(f"no silence has the ID {text!r}")


class AmbiguousSilenceId(LookupError):
    """Several silences' IDs start with that prefix; ``candidates`` are they."""

    def __init__(self, text: str, candidates: list[Silence]) -> None:
        self.text = text
        self.candidates = candidates
        super().__init__(f"{text!r} matches {len(candidates)} silences: " + ", ".join(s.id for s in candidates))


def _find(items: Iterable[T], text: str, key: Callable[[T], str], shortest: int,
          too_short: Callable[[], LookupError], missing: Callable[[], LookupError],
          ambiguous: Callable[[list[T]], LookupError]) -> T:
    """The item whose ``key`` is ``text``, or the only one whose key starts with it (at least
    ``shortest`` characters; case and surrounding spaces ignored); else raises what the
    matching factory makes."""
    wanted = text.strip().lower()
    items = list(items)
    for item in items:
        if key(item).lower() == wanted:
            return item
    if len(wanted) < shortest:
        raise too_short()
    found = [item for item in items if key(item).lower().startswith(wanted)]
    if not found:
        raise missing()
    if len(found) > 1:
        raise ambiguous(found)
    return found[0]


def find_silence(silences: Iterable[Silence], text: str) -> Silence:
    """The silence whose ID is ``text``, or the only one whose ID starts with it.

    Args:
        silences: the silences Alertmanager knows (any state).
        text: a whole silence ID, or a prefix of at least ``MIN_SILENCE_PREFIX`` characters
            (case-insensitive, surrounding spaces ignored).
    Raises:
        PrefixTooShort, SilenceNotFound, AmbiguousSilenceId (all ``LookupError``).
    """
    return _find(silences, text, lambda s: s.id, MIN_SILENCE_PREFIX,
                 lambda: PrefixTooShort(text, MIN_SILENCE_PREFIX, "silence ID"),
                 lambda: SilenceNotFound(text), lambda found: AmbiguousSilenceId(text, found))


def find_alert(alerts: Iterable[Alert], text: str) -> Alert:
    """The alert whose fingerprint is ``text``, or the only one that starts with it.

    Args:
        alerts: the current alerts.
        text: a whole fingerprint, or a prefix of at least ``MIN_PREFIX`` characters
            (case-insensitive, surrounding spaces ignored).
    Raises:
        PrefixTooShort, AlertNotFound, AmbiguousFingerprint (all ``LookupError``).
    """
    return _find(alerts, text, lambda a: a.fingerprint, MIN_PREFIX, lambda: PrefixTooShort(text),
                 lambda: AlertNotFound(text), lambda found: AmbiguousFingerprint(text, found))


def find_fingerprint(fingerprints: Iterable[str], text: str) -> str:
    """``find_alert``'s rule over bare fingerprints (the shift journal's alerts, which need not
    fire now: ``handoff note``; review 49 N5: it took a 4-character prefix that ``ack`` refuses).

    Raises:
        PrefixTooShort, AlertNotFound, AmbiguousFingerprint (its ``candidates`` the fingerprints).
    """
    return _find(fingerprints, text, lambda fp: fp, MIN_PREFIX, lambda: PrefixTooShort(text),
                 lambda: AlertNotFound(text), lambda found: AmbiguousFingerprint(text, found))
