"""Lists of alert names in one line (no Qt): notices, red flags, refusals."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable


#: Between the last name, "…" and "(+N)": a no-break space, so that "(+N)" never wraps alone.
MORE_SPACE = "\u00a0"


def name_list(names: Iterable[str], shown: int = 8) -> str:
    """One line for a list of alerts given by their names, in the order given: the first
    ``shown`` distinct names, each with how many alerts bear it when more than one ("Big04 ×100"),
    then " … (+N)" with N the alerts left unnamed ("APIDown, DiskFull ×2 … (+3)"), bound to the
    last name by no-break spaces (review 25: a wrapped line left "(+2)" alone on the next).

    The count is of alerts, not names, as the summaries of ``notify.messages`` give it (review
    22: "(+54)" after 100 alerts of one name read as 54 alerts)."""
    counts = Counter(names)  # keeps the order in which names first come
    named = list(counts.items())[:shown]
    left = sum(counts.values()) - sum(count for _name, count in named)
    return ", ".join(_entries(named)) + (f"{MORE_SPACE}…{MORE_SPACE}(+{left})" if left > 0 else "")


def _entries(counted: Iterable[tuple[str, int]]) -> list[str]:
    return [name if count == 1 else f"{name} ×{count}" for name, count in counted]


def names_shown(names: Iterable[str], line: str, shown: int = 8) -> set[str]:
    """The names that ``line`` (``name_list(names, shown)``, maybe cut short since: a notice's
    body, ``notify.messages.clip``; ``names`` escaped as the body is) shows whole: of
    the first ``shown`` distinct ``names``, those whose entry ("DiskFull ×2") is in ``line`` whole
    with every entry before it (code review 79 AT2: an escalation summary closed the single
    notices of alerts it only counted)."""
    counts = list(Counter(names).items())[:shown]
    whole: set[str] = set()
    for number, (name, _count) in enumerate(counts, 1):
        text = ", ".join(_entries(counts[:number]))
        if not line.startswith(text):
            break
        whole.add(name)
    return whole


def cut_at_word(text: str, limit: int) -> str:
    """``text`` on at most ``limit`` characters, cut at a word boundary where one is near (in
    the last 40 %), with "…" when cut; never between a character and the combining marks or
    joiners that go with it. Notices (``notify.messages.clip``) and the handoff's one-line notes
    (``core.handoff_markdown.short_line``) are cut so."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    else:
        while cut and (unicodedata.combining(text[len(cut)]) or text[len(cut)] in "\u200c\u200d\ufe0f"):
            cut = cut[:-1]  # the next character belongs to the last one kept: leave both out
    return cut.rstrip() + "…"
