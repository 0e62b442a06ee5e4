"""A key written twice in the settings dialog's mapping boxes (*Emergency contacts*, *Severity
synonyms*; review 65 R5): the first line was dropped without a word and *Save* lost it, while
``config check`` warned of the same in the file. The dialog now says it under the field and does
not save, by the same rule as that warning (``config_problems.written_twice``)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from oncall_tray.config import load_config
from oncall_tray.config_problems import written_twice
from oncall_tray.secrets import SecretStore
from oncall_tray.ui.settings_dialog import SettingsDialog

CONTACT = "SRE: Bruno Lima - +55 11 98888-0000"


def dialog_on(qtbot, tmp_path, text):
    path = tmp_path / "c.yaml"
    path.write_text(text)
    dialog = SettingsDialog(load_config(path), SecretStore(None, "no keyring in this test"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, path


@pytest.mark.parametrize(("key", "first", "second", "said"), [
    ("contacts", CONTACT, "SRE: outra pessoa",
     "SRE: written twice (lines 1 and 2), and only one line of a role is kept: put everyone in that role on one "
     "line (SRE: Ana - +55 11 …; Bruno - …)"),
    ("severity_synonyms", "sev1: critical", " sev1 : info",
     "sev1: written twice (lines 1 and 2), and only one line of a value is kept: keep the one meant"),
    # review 66 S5: in another case, the same key as the app matches it ("sev1" alerts became info)
    ("severity_synonyms", "sev1: critical", "SEV1: info",
     "sev1 / SEV1: written twice (lines 1 and 2), and only one line of a value is kept: keep the one meant"),
])
def test_a_key_written_twice_is_said_under_the_field_and_not_saved(qtbot, tmp_path, english, key, first, second,
                                                                   said):
    dialog, path = dialog_on(qtbot, tmp_path, f"{key}:\n  {first.replace(': ', ': ', 1)}\n")
    before = path.read_text()
    field = dialog.fields[key]
    field.widget.setPlainText(f"{first}\n{second}\n")
    assert field.error.text() == said
    assert not dialog.save_button.isEnabled()
    field.widget.setPlainText(f"{first}; outra pessoa\n" if key == "contacts" else first)
    assert field.error.text() == "" and dialog.save_button.isEnabled()
    assert path.read_text() == before


def test_it_is_said_in_portuguese(qtbot, tmp_path, portuguese):
    dialog, _path = dialog_on(qtbot, tmp_path, f"contacts:\n  {CONTACT}\n")
    dialog.fields["contacts"].widget.setPlainText(f"{CONTACT}\n\nSRE: outra pessoa\n")
    assert dialog.fields["contacts"].error.text() == (
        "SRE: escrito duas vezes (linhas 1 e 3), e só uma linha de cada papel é mantida: ponha todos desse papel "
        "numa linha só (SRE: Ana - +55 11 …; Bruno - …)")
    assert not dialog.save_button.isEnabled()


def test_the_same_rule_as_config_checks_warning(tmp_path):
    """``config check``'s warning and the dialog find the same keys: the later line, and the one before."""
    assert written_twice([("SRE", 2), ("CTO", 3), ("SRE", 4), ("SRE", 6)]) == [("SRE", 4, 2, "SRE"), ("SRE", 6, 4, "SRE")]
    path = tmp_path / "c.yaml"
    path.write_text(f"contacts:\n  {CONTACT}\n  SRE: outra pessoa\n")
    problems = load_config(path).problems
    assert [(p.key, p.line, p.message) for p in problems] == [
        ("contacts.SRE", 3, "written twice (also on line 2): the last one counts")]


def test_config_check_says_a_synonym_in_another_case_as_a_problem(tmp_path):
    """Review 66 S5: ``sev1`` / ``SEV1`` / ``" sev1"`` in the file passed ``config check`` as
    "OK" while the app kept only the last (alerts of severity "sev1" became info)."""
    path = tmp_path / "c.yaml"
    path.write_text("severity_synonyms:\n  sev1: critical\n  SEV1: info\n  \" sev1\": warning\n"
                    "contacts:\n  SRE: Ana\n  sre: Bruno\n", encoding="utf-8")
    loaded = load_config(path)
    # code review 67 AA2: two contacts whose roles differ in case are two contacts, both kept (and
    # both named in an escalation): no problem said of them
    assert loaded.config.contacts == {"SRE": "Ana", "sre": "Bruno"}
    problems = loaded.problems
    assert [(p.key, p.line, p.message, p.warning) for p in problems] == [
        ("severity_synonyms.SEV1", 3, "the same as sev1 on line 2 (the case and blanks at the ends do not count): "
                                      "only the last one counts", False),
        ("severity_synonyms. sev1", 4, "the same as SEV1 on line 3 (the case and blanks at the ends do not count): "
                                       "only the last one counts", False)]
    for lang, said in (("C.UTF-8", "line 3: severity_synonyms.SEV1: the same as sev1 on line 2"),
                       ("pt_BR.UTF-8", "linha 3: severity_synonyms.SEV1: o mesmo que sev1 na linha 2")):
        done = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(path), "config", "check"],
                              capture_output=True, text=True, timeout=60,
                              env={**os.environ, "LANG": lang, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""})
        assert done.returncode == 1, done
        assert said in done.stdout and "OK" not in done.stdout, done.stdout


def test_two_contacts_whose_roles_differ_in_case_are_saved_both(qtbot, tmp_path, english):
    """Code review 67 AA2: ``SRE`` and ``sre`` were said "written twice" and Save refused, though
    the app keeps both contacts and names both in an escalation."""
    dialog, _path = dialog_on(qtbot, tmp_path, f"contacts:\n  {CONTACT}\n")
    field = dialog.fields["contacts"]
    field.widget.setPlainText(f"{CONTACT}\nsre: outra pessoa\n")
    assert field.error.text() == "" and dialog.save_button.isEnabled()
