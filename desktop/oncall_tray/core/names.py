"""Lists of alert names in one line (no Qt): notices, red flags, refusals."""

from __future__ import annotations

from collections.abc import Iterable


def name_list(names: Iterable[str], shown: int = 8) -> str:
    """The first ``shown`` distinct names, comma-separated, then " … (+N)" for the others
    ("APIDown, DiskFull … (+3)")."""
    distinct = list(dict.fromkeys(names))
    return ", ".join(distinct[:shown]) + (f" … (+{len(distinct) - shown})" if len(distinct) > shown else "")
