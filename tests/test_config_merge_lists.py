"""A list setting (the filter's matchers, the Alertmanager URLs, the dashboards...) changed in the
settings dialog merged with the file as it is now (``config_merge.merged``; code review 67 AA10):
the same change on both sides is no clash, and an entry deleted on one side that the other changed
is one, as for a mapping. No Qt."""

from __future__ import annotations

import pytest

from oncall_tray.config_merge import Clash, merged


def clash(ours, theirs) -> list[Clash]:
    return [Clash("k", None, ours, theirs)]


@pytest.mark.parametrize(("base", "ours", "theirs", "result", "clashes"), [
    # code review 67 AA10, as given: both replaced A by B, the file also added E
    (["A", "C"], ["B", "C"], ["B", "C", "E"], ["B", "C", "E"], []),
    (["A", "C"], ["B", "C", "E"], ["B", "C"], ["B", "C", "E"], []),  # the other way round
    # code review 67 AA10, as given: the dialog took X out, the file changed it to Y
    (["X", "C"], ["C"], ["Y", "C"], ["Y", "C"], clash(["C"], ["Y", "C"])),
    # the dialog changed X, the file took it out (a mapping's clash too)
    (["X", "C"], ["Y", "C"], ["C"], ["C"], clash(["Y", "C"], ["C"])),
    # both changed the same entry, each its own way (as before)
    (["A", "C"], ["B", "C"], ["E", "C"], ["E", "C"], clash(["B", "C"], ["E", "C"])),
    (["A", "C"], ["B", "C"], ["B", "E", "C"], ["B", "E", "C"], clash(["B", "C"], ["B", "E", "C"])),
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


@pytest.mark.parametrize(("base", "ours", "theirs"), [
    # the dialog took an entry out that the file changed, beside other entries
    (["A", "B", "C"], ["A", "C"], ["A", "B2", "C"]),
    # the dialog took out both duplicates, the file changed one of them
    (["A", "A", "B"], ["B"], ["A", "A2", "B"]),
    # the file took out an entry the dialog changed, and added another
    (["A", "B", "C"], ["A", "B2", "C"], ["A", "C", "D"]),
    # both changed the same entry, the dialog to more than the file
    (["A", "B"], ["A", "B2", "B3"], ["A", "B2"]),
    # a mapping entry changed differently on both sides
    ([{"n": 1}], [{"n": 1, "u": "x"}], [{"n": 1, "u": "y"}]),
])
def test_the_same_entry_changed_differently_is_a_clash(base, ours, theirs):
    value, clashes = merged("k", base, ours, theirs)
    assert (value, clashes) == (theirs, clash(ours, theirs))
