"""How the app matches the keys of the settings written by hand (no Qt): one function for the
matchers and for the check that finds a key written twice (review 66 S5)."""

from __future__ import annotations


def matched_key(text: str) -> str:
    """``text`` as a severity synonym (``core.severity.SeverityMap``) or a contact's role
    (``core.escalation.level_contacts``) is matched: without the blanks at its ends, case
    folded ("SEV1 " and "sev1" are one key). The settings checks compare keys by it
    (``config_problems.written_twice``), so that two keys the app takes as one are said."""
    return text.strip().casefold()
