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

_GONE = object()  # an entry that is not there


@dataclass(frozen=True)
class Clash:
    """One entry both the dialog and the file changed, each its own way.

    Attributes:
        key: the setting (``contacts``).
        entry: a mapping's key (``SRE``), or None for the whole setting (a scalar or a list).
        ours: what the dialog holds for it (None: taken out).
        theirs: what the file holds now (None: taken out there).
    """

    key: str
    entry: object
    ours: object
    theirs: object


def merged(key: str, base: object, ours: object, theirs: object) -> tuple[object, list[Clash]]:
    """``theirs`` with the changes from ``base`` to ``ours`` applied, and the clashes (entries
    changed in both, differently: ``theirs``' kept for them). Values are plain (as YAML reads
    them); a mapping's order counts (a move in the dialog is a change). A mapping is merged by
    its keys, a list by its entries (one added, one taken out); a scalar, or values of other
    kinds, as a whole. Never raises."""
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
    def ids(values: list) -> list[str]:
        return [json.dumps(value, sort_keys=True, default=str) for value in values]

    old, new, now = ids(base), ids(ours), ids(theirs)
    gone, added = set(old) - set(new), [item for item in new if item not in old]
    changed_there = [item for item in now if item not in old]
    if gone & (set(old) - set(now)) and added and changed_there and set(added) != set(changed_there):
        return theirs, [Clash(key, None, ours, theirs)]  # the same entry changed both ways
    kept = [item for item in now if item not in gone]
    moved = [item for item in new if item in old] != [item for item in old if item in new]
    wanted = kept + [item for item in added if item not in kept]
    order = _ordered(new if moved else kept, wanted, kept if moved else new)
    values = dict(zip(now + new, theirs + ours))
    return [values[item] for item in order], []


def _ordered(skeleton: list, wanted: list, other: list) -> list:
    """The entries of ``wanted`` in ``skeleton``'s order, each of the others placed before the one
    it comes before in ``other`` (last when none: added at the end there, added at the end here)."""
    order = [item for item in skeleton if item in wanted]
    for index, item in enumerate(other):
        if item in wanted and item not in order:
            order.insert(next((order.index(after) for after in other[index + 1:] if after in order), len(order)), item)
    return order + [item for item in wanted if item not in order]
