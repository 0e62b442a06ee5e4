"""``oncall-tray handoff start --confirm`` after the engineer emptied the name in the Take over the
shift window (bdleft1 item 3): the draft's empty name stands (``core.handoff.next_engineer``, review
74 BB2), so the settings' engineer is not used, yet the command said "Give --engineer NAME (or set
engineer in the settings)": setting it changes nothing. The message says the name was emptied in
that window, and how to give one (``--engineer NAME``, or typing it there); exit 1 as any invalid
input; nothing is recorded. ``--engineer ""`` said to leave the option out "to use the settings'
engineer", which the draft's name stands before: it names the window's name too. (No other way leaves the checklist nameless: the settings' ``engineer``
is never empty, a handoff's incoming engineer neither.) Against a real Alertmanager and the real journal."""

from __future__ import annotations

import pytest
from test_cli import run

from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal
from oncall_tray.paths import Folders

#: What the message says in each language: the name emptied in the window, the option, the window.
SAID = {"en_US.UTF-8": ("emptied in the Take over the shift window", "--engineer NAME", "Take over the shift window"),
        "pt_BR.UTF-8": ("apagado na janela Assumir turno", "--engineer NOME", "janela Assumir turno")}


def _draft_name(name: str | None) -> None:
    journal = Journal.open(Folders.for_user().journal)
    try:
        if name is None:
            journal.delete_state(shifts.START_SCOPE, "engineer")
        else:
            journal.set_state(shifts.START_SCOPE, "engineer", name)
    finally:
        journal.close()


def _open_shift():
    journal = Journal.open(Folders.for_user().journal)
    try:
        return shifts.open_shift(journal)
    finally:
        journal.close()


@pytest.mark.parametrize("lang", list(SAID))
def test_a_name_emptied_in_the_window_is_said_so(alertmanager, tmp_path, lang):
    config = tmp_path / "c.yaml"
    config.write_text("engineer: Ana\n", encoding="utf-8")
    _draft_name("")
    result = run("--alertmanager", alertmanager.url, "handoff", "start", "--confirm", config=str(config),
                 env_lang=lang)
    assert result.returncode == 1, result.stderr
    emptied, option, window = SAID[lang]
    assert emptied in result.stderr and option in result.stderr, result.stderr
    assert "settings" not in result.stderr and "configurações" not in result.stderr, result.stderr  # no help there
    assert _open_shift() is None
    blank = run("--alertmanager", alertmanager.url, "handoff", "start", "--confirm", "--engineer", " ",
                config=str(config), env_lang=lang)
    assert blank.returncode == 1 and window in blank.stderr, blank.stderr  # not "the settings' engineer" alone
    given = run("--alertmanager", alertmanager.url, "handoff", "start", "--confirm", "--engineer", "Ana",
                config=str(config), env_lang=lang)
    assert given.returncode == 0, given.stderr
    assert _open_shift().engineer == "Ana"



#: The start checklist's engineer line with the name emptied (as the end report's "Incoming … ?"),
#: and what ``handoff start --help`` says of --engineer's default: the window's name, emptied there.
SHOWN = {"en_US.UTF-8": ("On-call engineer: ?", ("Take over the shift window", "emptied there")),
         "pt_BR.UTF-8": ("Plantonista: ?", ("janela Assumir turno", "apagado lá"))}


@pytest.mark.parametrize("lang", list(SHOWN))
def test_the_markdown_and_the_help_say_what_an_emptied_name_does(alertmanager, tmp_path, lang):
    """Code review 85 BE2: ``handoff start --markdown`` printed "Plantonista: " with nothing
    after it (the end report writes "?"), and --help still said the default is the settings'
    engineer, not true once the name was emptied in the window."""
    config = tmp_path / "c.yaml"
    config.write_text("engineer: Ana\n", encoding="utf-8")
    _draft_name("")
    result = run("--alertmanager", alertmanager.url, "handoff", "start", "--markdown", config=str(config),
                 env_lang=lang)
    line, said = SHOWN[lang]
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip("\n").splitlines()[-1] == line, result.stdout
    helped = run("handoff", "start", "--help", config=str(config), env_lang=lang)
    assert helped.returncode == 0, helped.stderr
    text = " ".join(helped.stdout.split())
    assert all(words in text for words in said), text
    _draft_name(None)
    named = run("--alertmanager", alertmanager.url, "handoff", "start", "--markdown", config=str(config),
                env_lang=lang)
    assert named.stdout.rstrip("\n").splitlines()[-1] == line.replace("?", "Ana"), named.stdout
