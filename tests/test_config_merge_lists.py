"""A list setting (the filter's matchers, the Alertmanager URLs, the dashboards...) changed in the
settings dialog merged with the file as it is now (``config_merge.merged``; code review 67 AA10):
the same change on both sides is no clash, and an entry deleted on one side that the other changed
is one, as for a mapping. No Qt."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from oncall_tray.config_merge import Clash, merged


def clash(ours, theirs) -> list[Clash]:
    """The clash of a list: the entries each side holds in the stretch both changed (None: none;
    review 67 AC4: not both whole lists)."""
    return [Clash("k", None, ours, theirs)]


@pytest.mark.parametrize(("base", "ours", "theirs", "result", "clashes"), [
    # code review 67 AA10, as given: both replaced A by B, the file also added E
    (["A", "C"], ["B", "C"], ["B", "C", "E"], ["B", "C", "E"], []),
    (["A", "C"], ["B", "C", "E"], ["B", "C"], ["B", "C", "E"], []),  # the other way round
    # code review 67 AA10, as given: the dialog took X out, the file changed it to Y
    (["X", "C"], ["C"], ["Y", "C"], ["Y", "C"], clash(None, ["Y"])),
    # the dialog changed X, the file took it out (a mapping's clash too)
    (["X", "C"], ["Y", "C"], ["C"], ["C"], clash(["Y"], None)),
    # both changed the same entry, each its own way (as before)
    (["A", "C"], ["B", "C"], ["E", "C"], ["E", "C"], clash(["B"], ["E"])),
    (["A", "C"], ["B", "C"], ["B", "E", "C"], ["B", "E", "C"], clash(["B"], ["B", "E"])),
])
def test_the_cases_of_the_review(base, ours, theirs, result, clashes):
    assert merged("k", base, ours, theirs) == (result, clashes)


@pytest.mark.parametrize(("base", "ours", "theirs", "result"), [
    # both took the same entry out
    (["A", "B", "C"], ["B", "C"], ["B", "C"], ["B", "C"]),
    (["A", "B", "C"], ["B", "C"], ["B", "C", "D"], ["B", "C", "D"]),
    (["A", "B", "C"], ["B", "C", "D"], ["B", "C"], ["B", "C", "D"]),
    (["A", "B", "C"], ["B"], ["B", "C"], ["B"]),
    # each took another out, or changed another one
    (["A", "B", "C"], ["B", "C"], ["A", "B"], ["B"]),
    (["A", "B", "C"], ["A2", "B", "C"], ["A", "B", "C3"], ["A2", "B", "C3"]),
    (["A", "B", "C"], ["B", "C"], ["A", "B", "C3"], ["B", "C3"]),
    # both changed the same entry the same way, and each changed another
    (["A", "B", "C"], ["A2", "B2", "C"], ["A2", "B", "C3"], ["A2", "B2", "C3"]),
    # a reorder in the dialog, an entry added in the file: the dialog's order, the addition kept
    (["A", "B", "C"], ["C", "A", "B"], ["A", "B", "C", "D"], ["C", "A", "B", "D"]),
    # a reorder in the dialog, another entry taken out in the file
    (["A", "B", "C"], ["C", "B", "A"], ["A", "C"], ["C", "A"]),
    # a reorder in the file, an entry added in the dialog: the file's order, the addition kept
    (["A", "B", "C"], ["A", "B", "C", "D"], ["C", "A", "B"], ["C", "A", "B", "D"]),
    # the same reorder on both sides
    (["A", "B", "C"], ["C", "B", "A"], ["C", "B", "A", "D"], ["C", "B", "A", "D"]),
    # duplicates: one of two taken out in the dialog, an entry added in the file
    (["A", "A", "B"], ["A", "B"], ["A", "A", "B", "C"], ["A", "B", "C"]),
    # duplicates: one taken out in the file, an entry added in the dialog
    (["A", "A", "B"], ["A", "A", "B", "D"], ["A", "B"], ["A", "B", "D"]),
    # duplicates: both took one of the two out; both took every one out
    (["A", "A", "B"], ["A", "B"], ["A", "B", "C"], ["A", "B", "C"]),
    (["A", "A", "B"], ["B"], ["A", "B"], ["B"]),
    # an entry added twice in the dialog
    (["A", "B"], ["A", "B", "D", "D"], ["A", "B", "C"], ["A", "B", "C", "D", "D"]),
    # the same entry added on both sides (at the end there, at the start here): once
    (["A", "B"], ["X", "A", "B"], ["A", "B", "X"], ["A", "B", "X"]),
    # entries that are mappings (the dashboards), one changed on each side
    ([{"n": 1}, {"n": 2}], [{"n": 1, "u": "x"}, {"n": 2}], [{"n": 1}, {"n": 2, "u": "y"}],
     [{"n": 1, "u": "x"}, {"n": 2, "u": "y"}]),
])
def test_lists_merged_without_a_clash(base, ours, theirs, result):
    assert merged("k", base, ours, theirs) == (result, [])


@pytest.mark.parametrize(("base", "ours", "theirs", "stretches"), [
    # the dialog took an entry out that the file changed, beside other entries
    (["A", "B", "C"], ["A", "C"], ["A", "B2", "C"], (None, ["B2"])),
    # the dialog took out both duplicates, the file changed one of them
    (["A", "A", "B"], ["B"], ["A", "A2", "B"], (None, ["A", "A2"])),
    # the file took out an entry the dialog changed, and added another
    (["A", "B", "C"], ["A", "B2", "C"], ["A", "C", "D"], (["B2"], None)),
    # both changed the same entry, the dialog to more than the file
    (["A", "B"], ["A", "B2", "B3"], ["A", "B2"], (["B2", "B3"], ["B2"])),
    # a mapping entry changed differently on both sides
    ([{"n": 1}], [{"n": 1, "u": "x"}], [{"n": 1, "u": "y"}], ([{"n": 1, "u": "x"}], [{"n": 1, "u": "y"}])),
])
def test_the_same_entry_changed_differently_is_a_clash(base, ours, theirs, stretches):
    value, clashes = merged("k", base, ours, theirs)
    assert (value, clashes) == (theirs, clash(*stretches))


@pytest.mark.parametrize(("base", "ours", "theirs", "stretches"), [
    # code review 68 AB6, as given: the dialog took B out, the file changed it into two entries
    (list("ABC"), list("AC"), list("AXYC"), (None, list("XY"))),
    # ... two entries taken out in the dialog, changed into one in the file (into two: a clash already)
    (list("ABCD"), list("AD"), list("AXD"), (None, ["X"])),
    (list("ABCD"), list("AD"), list("AXYD"), (None, list("XY"))),
    # the twin: B changed into two in the dialog, taken out in the file (into one: a clash already)
    (list("ABC"), list("AXYC"), list("AC"), (list("XY"), None)),
    (list("ABC"), list("AXC"), list("AC"), (["X"], None)),
    # the engineer's case: the severity matcher taken out in the dialog, replaced by two in the file
    (['team="sre"', 'severity="critical"'], ['team="sre"'],
     ['team="sre"', 'severity=~"critical|warning"', 'env="prod"'],
     (None, ['severity=~"critical|warning"', 'env="prod"'])),
])
def test_an_entry_deleted_on_one_side_and_changed_into_more_or_fewer_on_the_other_is_a_clash(base, ours, theirs,
                                                                                              stretches):
    assert merged("k", base, ours, theirs) == (theirs, clash(*stretches))


@pytest.mark.parametrize(("base", "ours", "theirs", "result"), [
    # code review 68 AB4, as given: the dialog swapped B and D, the file added a D by hand
    (list("EBD"), list("EDB"), list("EDBD"), list("EDBD")),
    # ... D kept twice on both sides (B, Y, D, D and Z, D, D, B)
    (list("DBDD"), list("BYDD"), list("ZDDB"), list("ZDDBY")),
])
def test_copies_of_an_entry_both_sides_keep_stay(base, ours, theirs, result):
    assert merged("k", base, ours, theirs) == (result, [])


def _edited(rng, values: list, alphabet: str) -> list:
    """``values`` with one to three random edits: an entry inserted, taken out, changed or moved."""
    values = list(values)
    for _ in range(rng.randint(1, 3)):
        edit = rng.choice("itcm")
        if edit == "i":
            values.insert(rng.randint(0, len(values)), rng.choice(alphabet))
        elif edit == "t" and values:
            del values[rng.randrange(len(values))]
        elif edit == "c" and values:
            values[rng.randrange(len(values))] = rng.choice(alphabet)
        elif edit == "m" and len(values) > 1:
            values.insert(rng.randint(0, len(values) - 1), values.pop(rng.randrange(len(values))))
    return values


def _merged_count(old: int, new: int, now: int) -> int:
    """How many copies of an entry the merge keeps, the entry there ``old`` times, ``new`` in the
    dialog and ``now`` in the file: each side's change kept, the same change on both sides once
    (both adding or both taking out: the side that changed more)."""
    ours, theirs = new - old, now - old
    if ours * theirs > 0:  # both the same way
        return old + (max(ours, theirs) if ours > 0 else min(ours, theirs))
    return old + ours + theirs


def test_random_lists_keep_every_change_of_each_side_or_clash():
    """Code review 68 AB4: random small lists over a small alphabet with repeats, each side a few
    edits from the base: the result is a clash (the file's kept), or holds each entry as many
    times as both sides' changes say: one taken out by one side and untouched by the other is
    gone, one added by one side is there, the same change on both sides once."""
    rng = random.Random(68)
    merged_without_clash = 0
    for _ in range(3000):
        base = [rng.choice("ABC") for _ in range(rng.randint(0, 5))]
        ours, theirs = _edited(rng, base, "ABCXY"), _edited(rng, base, "ABCXY")
        value, clashes = merged("k", base, ours, theirs)
        case = (base, ours, theirs, value)
        if clashes:
            assert value == theirs and all(c.key == "k" and c.entry is None for c in clashes), case
            assert all(c.ours != c.theirs and [*(c.ours or []), *(c.theirs or [])] for c in clashes), case
            continue
        merged_without_clash += 1
        counts = [Counter(values) for values in (base, ours, theirs, value)]
        for entry in set(base + ours + theirs):
            assert counts[3][entry] == _merged_count(*(count[entry] for count in counts[:3])), (entry, case)
    assert merged_without_clash > 1500  # the check above is not made vacuous by clashing


def test_random_entries_taken_out_on_one_side_and_changed_on_the_other_clash():
    """Code review 68 AB6: a stretch of the base (between two entries written once, so that which
    entries changed is not a guess), taken out on one side and replaced on the other by one to
    three new entries (as many, more or fewer): a clash, whichever side took it out."""
    rng = random.Random(6)
    for _ in range(2000):
        before, stretch, after = ([rng.choice("ABC") for _ in range(rng.randint(low, 3))] for low in (0, 1, 0))
        base = [*before, "<", *stretch, ">", *after]
        taken_out = [*before, "<", ">", *after]
        changed = [*before, "<", *(rng.choice("XYZ") for _ in range(rng.randint(1, 3))), ">", *after]
        new = changed[len(before) + 1:-len(after) - 1]
        for ours, theirs, stretches in ((taken_out, changed, (None, new)), (changed, taken_out, (new, None))):
            assert merged("k", base, ours, theirs) == (theirs, clash(*stretches)), (base, ours, theirs)
