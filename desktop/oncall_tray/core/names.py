"""Lists of alert names in one line (no Qt): notices, red flags, refusals."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable


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


def utf16_units(text: str) -> int:
    """The length of ``text`` in UTF-16 code units, as Windows counts a string: a character beyond
    U+FFFF (an emoji, 🔥) takes two (code review 81 AX3: a notice of 63 characters was 71 units
    long, and plyer's balloon raised for it, its title a ``WCHAR[64]``)."""
    return len(text) + sum(1 for char in text if char > "\uffff")


#: Characters that belong to the one before them: a cut never falls just before one (joiners,
#: variation selectors, emoji skin-tone modifiers, tag characters of flag sequences).
_ATTACHED = frozenset("\u200c\u200d\ufe0e\ufe0f") | {chr(c) for c in range(0x1F3FB, 0x1F400)} | {
    chr(c) for c in range(0xE0020, 0xE0080)}
_FLAG_LETTERS = ("\U0001f1e6", "\U0001f1ff")  # regional indicators: a flag is two of them


def _attached(char: str) -> bool:
    return char in _ATTACHED or bool(unicodedata.combining(char))


def _splits_a_flag(kept: str, following: str) -> bool:
    """Whether a cut between ``kept`` and ``following`` leaves half a flag (an odd run of regional
    indicators at the end of ``kept``, one more after it)."""
    low, high = _FLAG_LETTERS
    if not low <= following <= high:
        return False
    run = len(kept) - len(kept.rstrip("".join(chr(c) for c in range(ord(low), ord(high) + 1))))
    return run % 2 == 1


def cut_at_word(text: str, limit: int, measure: Callable[[str], int] = len) -> str:
    """``text`` on at most ``limit`` characters, cut at a word boundary where one is near (in
    the last 40 %), with "…" when cut; never inside a character's cluster: not before the
    combining marks, joiners, variation selectors or skin-tone modifiers that go with the last
    character kept, not after a joiner, not between the two letters of a flag (a hand-made
    approximation of Unicode's grapheme clusters, UAX #29: no library for them is a dependency).
    ``measure``: how a length is counted (``utf16_units`` for Windows' limits); "…" counts one.
    Notices (``notify.notice.clip``) and the handoff's one-line notes
    (``core.handoff_markdown.short_line``) are cut so."""
    if measure(text) <= limit:
        return text
    cut = text[:limit - 1]
    excess = measure(cut) - (limit - 1)
    while excess > 0:
        excess -= measure(cut[-1])
        cut = cut[:-1]
    space = cut.rfind(" ")
    if space > 0 and measure(cut[:space]) > limit * 0.6:
        cut = cut[:space]
    else:
        while cut and (_attached(text[len(cut)]) or cut[-1] == "\u200d" or _splits_a_flag(cut, text[len(cut)])):
            cut = cut[:-1]  # the next character belongs to the last one kept: leave both out
    return cut.rstrip() + "…"
