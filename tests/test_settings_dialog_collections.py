"""The settings dialog's mapping boxes saved (code review 66): a line moved and changed no longer
crashes the tray (U1), a move alone is saved, and a role written twice in the file is shown as
written, both lines, said under the box and not saved until one is kept (U7: the earlier line,
a person and a phone number, was deleted without a word by any Save touching Contacts)."""

from __future__ import annotations

import yaml
from test_settings_collections import REVIEW_66
from test_settings_mapping_twice import dialog_on

CONTACTS = """contacts:
  # L2
  Tech Lead: Ana - 1   # plantão até 12/12
  # L3
  SRE: Bruno - 2  # SRE
  CTO: Carla - 3  # CTO
"""


def test_a_role_written_twice_in_the_file_is_shown_twice_said_and_kept_until_one_is_chosen(qtbot, tmp_path, english):
    dialog, path = dialog_on(qtbot, tmp_path, REVIEW_66)
    field = dialog.fields["contacts"]
    assert field.widget.toPlainText() == ("L2: Ana - +55 11 99999-0000\nL2: Bruno - +55 11 98888-0000\n"
                                          "L3: Carla - +55 11 97777-0000")
    assert field.error.text().startswith("L2: written twice (lines 1 and 2), and only one line of a role is kept")
    assert not dialog.save_button.isEnabled() and not dialog.changed()
    field.widget.setPlainText(field.widget.toPlainText() + "\nCTO: Davi - +55 11 96666-0000")
    dialog.save()
    assert path.read_text() == REVIEW_66 and field.error.text()  # nothing saved, the reason still said
    field.widget.setPlainText("L2: Ana - +55 11 99999-0000; Bruno - +55 11 98888-0000\n"
                              "L3: Carla - +55 11 97777-0000\nCTO: Davi - +55 11 96666-0000")
    assert field.error.text() == "" and dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert path.read_text() == REVIEW_66.replace(
        "Ana - +55 11 99999-0000   # until 12/12\n  L2: Bruno - +55 11 98888-0000\n",
        "Ana - +55 11 99999-0000; Bruno - +55 11 98888-0000   # until 12/12\n").replace(
        "20/12\n", "20/12\n  CTO: Davi - +55 11 96666-0000\n")


def test_a_line_moved_down_and_changed_is_saved_without_a_crash(qtbot, tmp_path):
    """U1: ``KeyError: 'SRE'`` out of Save, the tray ended by the crash reporter."""
    dialog, path = dialog_on(qtbot, tmp_path, CONTACTS)
    dialog.fields["contacts"].widget.setPlainText("SRE: Bruno - 2\nCTO: Carla - 3\nTech Lead: Ana - 9")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert path.read_text() == ("contacts:\n  # L3\n  SRE: Bruno - 2  # SRE\n  CTO: Carla - 3  # CTO\n"
                                "  # L2\n  Tech Lead: Ana - 9   # plantão até 12/12\n")


def test_a_move_alone_is_saved(qtbot, tmp_path):
    """U1: a move with no value changed was not written (the dicts compared equal)."""
    dialog, path = dialog_on(qtbot, tmp_path, CONTACTS)
    dialog.fields["contacts"].widget.setPlainText("CTO: Carla - 3\nTech Lead: Ana - 1\nSRE: Bruno - 2")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert list(yaml.safe_load(path.read_text())["contacts"]) == ["CTO", "Tech Lead", "SRE"]
    assert path.read_text().startswith("contacts:\n  CTO: Carla - 3  # CTO\n  # L2\n  Tech Lead: Ana - 1   #")


def test_comments_that_cannot_be_kept_are_said_in_portuguese_and_the_file_kept(qtbot, tmp_path, portuguese):
    """U3: rather than drop the comments, Save refuses and says so (here the anchor's line goes)."""
    text = "contacts:\n  L2: &a Ana  # plantão\n  L3: *a  # o mesmo\n"
    dialog, path = dialog_on(qtbot, tmp_path, text)
    dialog.fields["contacts"].widget.setPlainText("L3: Ana")
    dialog.save()
    assert path.read_text() == text and dialog.isVisible()
    assert dialog.save_error.text() == (
        "Não salvo: contacts: não foi possível manter os comentários no lugar, então o arquivo ficou como estava: "
        "edite esta configuração no próprio arquivo.")
