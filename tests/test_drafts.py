"""Drafts typed in two places at once (a shift window and the command line): each save is a
read-change-write in one transaction, and the window's save keeps what the command line added
since the window read the draft."""

from __future__ import annotations

import threading

from oncall_tray.core.drafts import merge_typed, with_items
from oncall_tray.core.journal import Journal


def test_the_windows_save_keeps_lines_added_elsewhere_since_it_read():
    stored = "Latência subindo\ndo terminal"
    assert merge_typed(stored, "Latência subindo!", base="Latência subindo") == "Latência subindo!\ndo terminal"
    assert merge_typed(stored, "", base="Latência subindo") == "do terminal"


def test_what_the_engineer_deleted_stays_deleted():
    # the box showed the terminal's line (base holds it); the engineer removed it
    assert merge_typed("a\ndo terminal", "a", base="a\ndo terminal") == "a"
    # a line of the box deleted by the engineer while the terminal added another
    assert merge_typed("a\nb\nnovo", "a", base="a\nb") == "a\nnovo"


def test_nothing_changed_elsewhere_saves_what_is_typed():
    assert merge_typed("a", "ab", base="a") == "ab"
    assert merge_typed(None, "ab", base="a") == "ab"
    assert merge_typed("x", "ab", base=None) == "ab"
    assert merge_typed("ab\nc", "ab\nc", base="a") == "ab\nc"


def test_with_items_adds_each_once_after_the_words_typed():
    assert with_items(None, ["Trocar o disco"]) == "Trocar o disco"
    assert with_items("- Trocar o disco", ["Trocar o disco", "Ligar"]) == "- Trocar o disco\nLigar"
    assert with_items("a", []) == "a"
    assert with_items(None, ["  "]) is None


def test_update_state_is_one_transaction_against_concurrent_writers(tmp_path):
    """Eight threads (each its own connection, as the tray's writer and the command line are)
    each add 25 lines to the same value: with read and write in one transaction none is lost."""
    journal = Journal(tmp_path / "journal.db")
    try:
        def add(worker: int) -> None:
            for i in range(25):
                journal.update_state("shift:1", "observations", lambda cur, w=worker, n=i: with_items(cur, [f"{w}-{n}"]))

        threads = [threading.Thread(target=add, args=(w,)) for w in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        lines = journal.get_state("shift:1", "observations").splitlines()
        assert sorted(lines) == sorted(f"{w}-{n}" for w in range(8) for n in range(25))
    finally:
        journal.close()
