"""A setting changed in the settings dialog merged with the settings file as it is now (code
review 66 S4: the contacts added in the file by hand while the dialog was open were deleted by
Save, the dialog's whole mapping written over the file's): a three-way merge of the value the
dialog opened with (*base*), the dialog's (*ours*) and the file's now (*theirs*): only what the
engineer changed in the dialog is applied to the file's value. Where both changed the same entry
differently nothing is guessed: a ``Clash``, the file's value kept in the result. No Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from difflib import SequenceMatcher

_GONE = object()  # an entry that is not there


@dataclass(frozen=True)
class Clash:
    """One entry both the dialog and the file changed, each its own way.

    Attributes:
        key: the setting (``contacts``).
        entry: a mapping's key (``SRE``), or None for a scalar or a list.
        ours: what the dialog holds for it (None: taken out); of a list, the entries it holds
            in the stretch that clashed (a list, or None: none).
        theirs: what the file holds now (None: taken out there); of a list, as ``ours``.
    """

    key: str
    entry: object
    ours: object
    theirs: object


def merged(key: str, base: object, ours: object, theirs: object) -> tuple[object, list[Clash]]:
    """``theirs`` with the changes from ``base`` to ``ours`` applied, and the clashes (entries
    changed in both, differently: ``theirs``' kept for them). Values are plain (as YAML reads
    them); a mapping's order counts (a move in the dialog is a change). A mapping is merged by
    its keys, a list by the stretches each side changed (``_list``, as ``diff3``); a scalar, or
    values of other kinds, as a whole. Never raises."""
    if _same(ours, theirs) or _same(base, theirs):
        return ours, []
    if _same(base, ours):
        return theirs, []
    if all(isinstance(value, dict) for value in (base, ours, theirs)):
        return _mapping(key, base, ours, theirs)
    if all(isinstance(value, list) for value in (base, ours, theirs)):
        return _list(key, base, ours, theirs)
    return theirs, [Clash(key, None, ours, theirs)]


def _same(one: object, other: object) -> bool:
    """Equal, a mapping's order included."""
    return one == other and (not isinstance(one, dict) or list(one) == list(other))


def _mapping(key: str, base: dict, ours: dict, theirs: dict) -> tuple[dict, list[Clash]]:
    result, clashes = dict(theirs), []
    for name in [*base, *(name for name in ours if name not in base)]:
        old, new, now = base.get(name, _GONE), ours.get(name, _GONE), theirs.get(name, _GONE)
        if new == old or new == now:
            continue
        if now != old:
            clashes.append(Clash(key, name, None if new is _GONE else new, None if now is _GONE else now))
        elif new is _GONE:
            del result[name]
        else:
            result[name] = new
    moved = [name for name in ours if name in base] != [name for name in base if name in ours]
    order = _ordered(list(ours) if moved else list(theirs), list(result), list(theirs) if moved else list(ours))
    return {name: result[name] for name in order}, clashes


def _list(key: str, base: list, ours: list, theirs: list) -> tuple[list, list[Clash]]:
    """A list merged as ``diff3`` merges lines (code review 67 AA10): each side's changes are the
    stretches of ``base`` it replaced, deleted or inserted into (``difflib``); a stretch changed
    by one side only takes that side's change; one both changed the same way takes it once; both
    inserting at the same place keeps both insertions; both deleting keeps what neither deleted.
    Any other stretch changed by both (an entry deleted on one side and changed on the other, or
    changed differently, or changed into more or fewer entries: code review 68 AB6) is a clash:
    ``theirs`` kept, each such stretch a ``Clash`` of the entries each side holds there (None:
    taken out; review 67 AC4: not both whole lists). Then each entry is there as many times as the merge of its counts says
    (``_recounted``): an entry added on both sides, in different places, once, where ``theirs``
    has it; one moved in the dialog and deleted in the file, not at all; one written twice and
    kept twice on both sides, twice (code review 68 AB4)."""
    def ids(values: list) -> list[str]:
        return [json.dumps(value, sort_keys=True, default=str) for value in values]

    old, new, now = ids(base), ids(ours), ids(theirs)
    values = dict(zip(old + now + new, base + theirs + ours))
    result: list[tuple[str, bool]] = []  # each entry, and whether it came from the dialog
    clashes: list[Clash] = []
    at = 0
    for start, end, mine, other in _stretches(_hunks(old, new), _hunks(old, now)):
        result += [(item, False) for item in old[at:start]]
        at = end
        ours_text, theirs_text = _applied(old, start, end, mine), _applied(old, start, end, other)
        if not other:
            result += [(item, True) for item in ours_text]
        elif not mine or ours_text == theirs_text:
            result += [(item, False) for item in theirs_text]
        elif start == end:  # both inserted here: the file's, then the dialog's
            result += [(item, False) for item in theirs_text] + [(item, True) for item in ours_text]
        elif not any(replaced for _i1, _i2, replaced in mine + other):  # both deleted: what neither did stays
            gone = {index for i1, i2, _r in mine + other for index in range(i1, i2)}
            result += [(old[index], False) for index in range(start, end) if index not in gone]
        else:  # the same entries changed both ways: the entries of the stretch each side holds
            clashes.append(Clash(key, None, [values[item] for item in ours_text] or None,
                                 [values[item] for item in theirs_text] or None))
    result += [(item, False) for item in old[at:]]
    if clashes:
        return theirs, clashes
    return [values[item] for item, _mine in _recounted(result, old, new, now)], []


def _recounted(result: list, old: list[str], new: list[str], now: list[str]) -> list:
    """``result`` (``(entry, whether from the dialog)``, ``_list``) with each entry as many times
    as ``_count`` says: the dialog's extra copies taken out first; each copy too few (code review
    68 AB4: an entry written twice, the one both sides kept lost to the other side's deletion of
    the same value, or taken once as the same insertion) put at its place in the side holding as
    many (the file, else the dialog)."""
    for item in dict.fromkeys(old + now + new):
        count = _count(old.count(item), new.count(item), now.count(item))
        held = sorted((index for index, (entry, _mine) in enumerate(result) if entry == item),
                      key=lambda index: not result[index][1])
        result = [entry for index, entry in enumerate(result) if index not in held[:max(0, len(held) - count)]]
        side = now if now.count(item) >= count else new
        for index in [index for index, entry in enumerate(side) if entry == item][len(held):count]:
            result.insert(index, (item, side is new))
    return result


def _count(old: int, new: int, now: int) -> int:
    """How many times an entry there ``old`` times is there after the dialog made it ``new`` and
    the file ``now``: the one that changed it; both, the same way: the one further from ``old``."""
    if new == old or now == old:
        return now if new == old else new
    if (new > old) == (now > old):
        return max(new, now) if new > old else min(new, now)
    return max(0, now + new - old)


def _hunks(old: list[str], new: list[str]) -> list[tuple[int, int, list[str]]]:
    """The changes from ``old`` to ``new`` (``difflib``): ``(start, end, entries)``,
    ``old[start:end]`` replaced by ``entries`` (start == end: inserted there; no entries:
    deleted), in order. A stretch replaced by as many entries is a change of each entry; one
    replaced by more or fewer, one change of the whole stretch (code review 68 AB6: as a deletion
    and an insertion after it, the other side's deletion of the stretch was no clash), unless
    ``new`` still holds every entry of it (moved elsewhere, not changed): then a deletion and an
    insertion after it (ABC -> CBAD: B and C moved to the front, D added at the end)."""
    hunks = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1:
            hunks += [(i1 + k, i1 + k + 1, [new[j1 + k]]) for k in range(i2 - i1)]
        elif tag == "replace" and all(new.count(item) >= old.count(item) for item in old[i1:i2]):
            hunks += [(i1, i2, []), (i2, i2, new[j1:j2])]
        elif tag != "equal":
            hunks.append((i1, i2, new[j1:j2]))
    return hunks


def _stretches(mine: list, other: list):
    """The stretches of the base changed on either side, with each side's changes in it
    (``_hunks``): changes of stretches that overlap, or insertions at the same place, are in the
    same stretch (an insertion at a stretch's edge is not). Yields ``(start, end, mine, other)``."""
    mine, other = list(mine), list(other)
    while mine or other:
        first = min((side for side in (mine, other) if side), key=lambda side: (side[0][0], side[0][1]))
        start, end = first[0][0], first[0][1]
        parts: tuple[list, list] = ([], [])
        grew = True
        while grew:
            grew = False
            for side, part in ((mine, parts[0]), (other, parts[1])):
                if side and _joins(side[0], start, end):
                    hunk = side.pop(0)
                    part.append(hunk)
                    end = max(end, hunk[1])
                    grew = True
        yield start, end, parts[0], parts[1]


def _joins(hunk: tuple, start: int, end: int) -> bool:
    """Whether the change ``hunk`` falls in the stretch ``start``..``end`` (``_stretches``)."""
    i1, i2, _replaced = hunk
    if i1 == i2:  # an insertion: inside the stretch, or where the stretch inserts
        return start < i1 < end or start == end == i1
    return i1 < end and i2 > start


def _applied(old: list[str], start: int, end: int, hunks: list) -> list[str]:
    """``old[start:end]`` with ``hunks`` (``_hunks``, all within it) applied."""
    text, at = [], start
    for i1, i2, replaced in hunks:
        text += old[at:i1] + replaced
        at = i2
    return text + old[at:end]


def _ordered(skeleton: list, wanted: list, other: list) -> list:
    """The entries of ``wanted`` in ``skeleton``'s order, each of the others placed before the one
    it comes before in ``other`` (last when none: added at the end there, added at the end here)."""
    order = [item for item in skeleton if item in wanted]
    for index, item in enumerate(other):
        if item in wanted and item not in order:
            order.insert(next((order.index(after) for after in other[index + 1:] if after in order), len(order)), item)
    return order + [item for item in wanted if item not in order]
