"""The settings file edited by hand while the settings dialog is open, then Save (code review 66
S4: the contacts added in the file meanwhile were deleted without a word, because the dialog's
whole mapping was written over the file's): Save changes only what the engineer changed in the
dialog, a three-way merge (the value the dialog opened with, the dialog's, the file's now); when
both changed the same entry differently, nothing is saved, the dialog says so and shows the
file's values again, what was typed said in the message. Also odd YAML (S7): an alias, an anchor
or a merge key in a changed block is left alone with the refusal said, never half rewritten."""

from __future__ import annotations

import pytest
import yaml
from test_settings_mapping_twice import dialog_on

from oncall_tray.config_write import UnkeptComments, updated_text

OPENED = """engineer: Ana
contacts:
  # L2
  Tech Lead: Ana - 1   # plantão até 12/12
  SRE: Bruno - 2  # SRE
severity_synonyms:
  sev1: critical
"""
#: what the engineer added in an editor while the dialog was open (review 66 S4's steps)
EDITED = OPENED.replace("  SRE: Bruno - 2  # SRE\n", "  SRE: Bruno - 2  # SRE\n"
                        "  Suporte: \"Eva - ramal 4455\"  # added in editor\n"
                        "  DBA: \"Gil - ramal 7788\"  # added while the dialog was open\n"
                        ).replace("sev1: critical\n", "sev1: critical\n  sev4: info   # editor too\n")


def test_entries_added_in_the_file_while_the_dialog_was_open_stay(qtbot, tmp_path):
    dialog, path = dialog_on(qtbot, tmp_path, OPENED)
    path.write_text(EDITED)
    box = dialog.fields["contacts"].widget
    box.setPlainText(box.toPlainText() + "\nArquiteto: Davi Rocha")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert path.read_text() == EDITED.replace("open\n", "open\n  Arquiteto: Davi Rocha\n")


def test_an_entry_the_engineer_changed_is_changed_and_the_hand_edits_stay(qtbot, tmp_path):
    dialog, path = dialog_on(qtbot, tmp_path, OPENED)
    path.write_text(EDITED.replace("engineer: Ana", "engineer: Bia"))
    dialog.fields["contacts"].widget.setPlainText("Tech Lead: Ana - 9")  # SRE taken out, Ana's phone changed
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert path.read_text() == EDITED.replace("engineer: Ana", "engineer: Bia").replace(
        "Ana - 1", "Ana - 9").replace("  SRE: Bruno - 2  # SRE\n", "")


def test_the_same_entry_changed_in_both_saves_nothing_and_shows_the_file_again(qtbot, tmp_path, english):
    dialog, path = dialog_on(qtbot, tmp_path, OPENED)
    edited = EDITED.replace("Bruno - 2", "Bruno - 3")
    path.write_text(edited)
    box = dialog.fields["contacts"].widget
    box.setPlainText("Tech Lead: Ana - 1\nSRE: Bruno - 4\nArquiteto: Davi")
    dialog.save()
    assert path.read_text() == edited and dialog.isVisible()  # nothing written
    assert dialog.save_error.text() == (
        "Not saved: the settings file changed since this dialog opened, and the same entries were changed "
        "there: the dialog now shows the file's values with your other changes. What you typed: "
        "Emergency contacts (role: how to reach them, one per line): SRE: Bruno - 4 (the file: Bruno - 3). "
        "Check and save again.")
    assert box.toPlainText() == ("Tech Lead: Ana - 1\nSRE: Bruno - 3\nSuporte: Eva - ramal 4455\n"
                                 "DBA: Gil - ramal 7788\nArquiteto: Davi")
    assert dialog.changed()
    box.setPlainText(box.toPlainText().replace("Bruno - 3", "Bruno - 4"))
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert path.read_text() == edited.replace("Bruno - 3", "Bruno - 4").replace("open\n", "open\n  Arquiteto: Davi\n")


def test_a_setting_not_changed_in_the_dialog_is_never_written_over_a_hand_edit(qtbot, tmp_path):
    dialog, path = dialog_on(qtbot, tmp_path, OPENED)
    path.write_text(EDITED.replace("engineer: Ana", "engineer: Bia"))
    box = dialog.fields["severity_synonyms"].widget
    box.setPlainText("sev1: critical\nsev2: warning")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    data = yaml.safe_load(path.read_text())
    assert data["engineer"] == "Bia" and len(data["contacts"]) == 4
    assert data["severity_synonyms"] == {"sev1": "critical", "sev4": "info", "sev2": "warning"}


@pytest.mark.parametrize(("base", "ours", "theirs", "result", "clashes"), [
    ({"a": 1}, {"a": 1, "c": 3}, {"a": 1, "b": 2}, {"a": 1, "b": 2, "c": 3}, []),
    ({"a": 1, "b": 2}, {"b": 2, "a": 1}, {"a": 1, "b": 2, "x": 0}, {"b": 2, "a": 1, "x": 0}, []),  # a move
    ({"a": 1, "b": 2}, {"a": 1}, {"a": 5, "b": 2}, {"a": 5}, []),
    ({"a": 1}, {"a": 2}, {"a": 3}, {"a": 3}, [("k", "a", 2, 3)]),
    ({"a": 1}, {}, {"a": 3}, {"a": 3}, [("k", "a", None, 3)]),
    (["x"], ["x", "y"], ["w", "x"], ["w", "x", "y"], []),
    (["x", "y"], ["y"], ["x", "y", "z"], ["y", "z"], []),
    (["x"], ["y"], ["z"], ["z"], [("k", None, ["y"], ["z"])]),
    (1, 2, 1, 2, []), (1, 1, 3, 3, []), (1, 2, 2, 2, []), (1, 2, 3, 3, [("k", None, 2, 3)]),
])
def test_three_way_merge(base, ours, theirs, result, clashes):
    from oncall_tray.config_merge import Clash, merged

    clashes = [Clash(*clash) for clash in clashes]
    value, found = merged("k", base, ours, theirs)
    assert value == result and (list(value) == list(result) if isinstance(result, dict) else True)
    assert found == clashes


@pytest.mark.parametrize("text", [
    "contacts:\n  SRE: &s \"Bruno - 2222\"\n  CTO: *s\n",
    "x-contacts: &b\n  SRE: a\ncontacts:\n  <<: *b\n  CTO: c\n",
    "contacts:\n  <<: {SRE: a}\n  CTO: c\n",
    "contacts:\n  SRE: &s a\n  CTO: *s\nuser: *s\n",
])
def test_an_alias_or_merge_key_in_a_changed_block_is_refused_and_the_text_kept(text):
    """S7: written as plain entries the anchor, alias or merge was gone (or a key written twice)."""
    value = {**yaml.safe_load(text)["contacts"], "Arquiteto": "Davi"}
    with pytest.raises(UnkeptComments, match="anchors, aliases or merge keys"):
        updated_text(text, {"contacts": value})


def test_an_anchored_value_changed_is_refused_not_raised():
    """The value replaced would take its anchor with it, and the alias elsewhere would name nothing."""
    text = "contacts:\n  SRE: &s a\n  CTO: c\nuser: *s\n"
    with pytest.raises(UnkeptComments):
        updated_text(text, {"contacts": {"SRE": "b", "CTO": "c"}})
    assert yaml.safe_load(updated_text(text, {"contacts": {"SRE": "a", "CTO": "e"}}))["user"] == "a"


def test_after_a_clash_the_urls_are_shown_from_the_file_and_a_peer_added_by_hand_stays(qtbot, tmp_path, english):
    """Code review 67 AA4: after any clash the URLs box (which holds two settings) kept what it
    showed at opening, while the dialog's base became the file now: the next Save deleted a peer
    added to the file by hand."""
    opened = "alertmanager_url: http://am1:9093\n" + OPENED
    dialog, path = dialog_on(qtbot, tmp_path, opened)
    edited = opened.replace("Bruno - 2", "Bruno - 3").replace(
        "alertmanager_url: http://am1:9093\n", "alertmanager_url: http://am1:9093\nalertmanager_peers: [http://am2:9093]\n")
    path.write_text(edited)
    box = dialog.fields["contacts"].widget
    box.setPlainText("Tech Lead: Ana - 1\nSRE: Bruno - 4")
    dialog.save()  # the clash: nothing written, the file's values shown
    assert path.read_text() == edited
    assert list(dialog.fields["alertmanager_urls"].raw()) == ["http://am1:9093", "http://am2:9093"]
    box.setPlainText("Tech Lead: Ana - 1\nSRE: Bruno - 4")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert "alertmanager_peers: [http://am2:9093]" in path.read_text() and "Bruno - 4" in path.read_text()
