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
    text = ", ".join(name if count == 1 else f"{name} ×{count}" for name, count in named)
    return text + (f"{MORE_SPACE}…{MORE_SPACE}(+{left})" if left > 0 else "")


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
