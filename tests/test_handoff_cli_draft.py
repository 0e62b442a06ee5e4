"""``handoff end``/``start`` without ``--confirm`` (a preview) and the shift's draft that the
shift windows autosave: ``--observation`` and ``--pending`` add a line to the draft once
(running the same command twice adds it once), keep every word typed elsewhere as it was
typed, and an empty value is refused without touching the draft (fresh-user review 6)."""

from __future__ import annotations

from test_cli import run

from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal
from oncall_tray.core.shifts import START_SCOPE, shift_scope
from oncall_tray.paths import Folders

TYPED = "Latência subindo à noite\n\n  Deploy às 15h (typed in the window)"


def open_shift_with_a_draft():
    journal = Journal.open(Folders.for_user().journal)
    shift = shifts.start_shift(journal, "ana")
    scope = shift_scope(shift.id)
    journal.set_state(scope, "observations", TYPED)
    return journal, scope


def settings(tmp_path) -> str:
    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\n", encoding="utf-8")
    return str(config)


def test_a_preview_adds_an_observation_once_and_keeps_what_was_typed(alertmanager, tmp_path):
    journal, scope = open_shift_with_a_draft()
    command = ("--alertmanager", alertmanager.url, "handoff", "end", "--observation", "preview do terminal",
               "--incoming", "Zeca")
    for _ in range(3):
        result = run(*command, config=settings(tmp_path))
        assert result.returncode == 0, result.stderr
        assert result.stdout.count("- preview do terminal") == 1
    draft = journal.state(scope)
    assert draft["observations"] == TYPED + "\npreview do terminal"  # once, after the words typed, untouched
    assert draft["incoming"] == "Zeca"
    # a line the draft holds already, written differently (marker, spaces), is not added either
    again = run(*command[:5], "-  preview   do terminal ", config=settings(tmp_path))
    assert again.returncode == 0, again.stderr
    assert journal.state(scope)["observations"] == TYPED + "\npreview do terminal"
    assert shifts.open_shift(journal) is not None  # still a preview


def test_an_empty_observation_or_pending_item_does_not_wipe_the_draft(alertmanager, tmp_path):
    journal, scope = open_shift_with_a_draft()
    journal.set_state(scope, "pending", "Trocar o disco")
    before = journal.state(scope)
    for option in ("--observation", "--pending"):
        for value in ("", "   "):
            result = run("--alertmanager", alertmanager.url, "handoff", "end", option, value,
                         config=settings(tmp_path))
            assert result.returncode == 1, result.stdout
            assert f"{option} is empty" in result.stderr and "nothing was changed" in result.stderr
            assert result.stdout == ""
    assert journal.state(scope) == before
    confirm = run("--alertmanager", alertmanager.url, "handoff", "end", "--confirm", "--incoming", "Zeca",
                  "--observation", "", config=settings(tmp_path))
    assert confirm.returncode == 1 and shifts.open_shift(journal) is not None


def test_the_same_pending_item_twice_is_added_once(alertmanager, tmp_path):
    journal, scope = open_shift_with_a_draft()
    journal.set_state(scope, "pending", "- [ ] Trocar o disco\n\nRever o alerta de CPU")
    for _ in range(2):
        result = run("--alertmanager", alertmanager.url, "handoff", "end", "--pending", "Ligar para o DBA",
                     "--pending", "Trocar o disco", config=settings(tmp_path))
        assert result.returncode == 0, result.stderr
    assert journal.state(scope)["pending"] == "- [ ] Trocar o disco\n\nRever o alerta de CPU\nLigar para o DBA"


def test_the_start_checklist_adds_an_observation_once_too(alertmanager, tmp_path):
    journal = Journal.open(Folders.for_user().journal)
    journal.set_state(START_SCOPE, "observations", TYPED)
    for _ in range(2):
        result = run("--alertmanager", alertmanager.url, "handoff", "start", "--observation", "Deploy às 18h",
                     config=settings(tmp_path))
        assert result.returncode == 0, result.stderr
    assert journal.get_state(START_SCOPE, "observations") == TYPED + "\nDeploy às 18h"
    empty = run("--alertmanager", alertmanager.url, "handoff", "start", "--observation", "", config=settings(tmp_path))
    assert empty.returncode == 1 and journal.get_state(START_SCOPE, "observations") == TYPED + "\nDeploy às 18h"


def test_the_help_says_what_the_options_do_to_the_draft():
    text = " ".join(run("handoff", "end", "--help").stdout.split())
    assert "Without --confirm this is a preview" in text and "draft" in text
    assert "once" in text and "empty" in text


def test_a_pending_item_from_the_command_line_leaves_the_suggestions_live(alertmanager, tmp_path):
    """Fresh-user review 6: after `handoff end --pending X` the suggestions were written into the
    draft as text, so they froze (an alert long resolved still to "acknowledge", a new one never
    listed) and stayed in the language of that run. The item is kept apart while the list is
    still the suggested one, and added to it at every report."""
    from conftest import make_alert, resolve
    from test_restart_ack_cli import _start_known

    journal, scope = open_shift_with_a_draft()
    disk = make_alert("DiskSpaceRunningOut", "critical", instance="db-1")
    alertmanager.post_alerts([disk])
    first = run("--alertmanager", alertmanager.url, "handoff", "end", "--pending", "ver disco", config=settings(tmp_path))
    assert first.returncode == 0, first.stderr
    assert "- [ ] Acknowledge DiskSpaceRunningOut (critical" in first.stdout and "- [ ] ver disco" in first.stdout
    assert journal.state(scope)["pending"] == "ver disco"  # the engineer's own items; the suggestions stay live
    # the Alertmanager's start, first seen in its grace, is a restart (review 61 X2), whose alerts the
    # journal saw are kept as not sent again yet (review 63 Z3): known, as when first seen after its grace
    _start_known()
    alertmanager.post_alerts([resolve(disk), make_alert("SlowDatabaseQueries", "warning")])
    later = run("--alertmanager", alertmanager.url, "handoff", "end", config=settings(tmp_path), env_lang="pt_BR.UTF-8")
    assert later.returncode == 0, later.stderr
    pending = [line for line in later.stdout.splitlines() if line.startswith("- [ ] ")]
    assert pending == ["- [ ] Reconhecer SlowDatabaseQueries (aviso, disparando desde "
                       + pending[0].split("desde ")[1], "- [ ] ver disco"]
    # the engineer's own list (edited in the window) takes the item as before
    journal.set_state(scope, "pending", "Trocar o disco")
    run("--alertmanager", alertmanager.url, "handoff", "end", "--pending", "Ligar para o DBA", config=settings(tmp_path))
    assert journal.state(scope)["pending"] == "Trocar o disco\nLigar para o DBA"
    # a draft kept before the split, whose list holds the command line's items apart, still lists them
    journal.set_state(scope, "pending_added", "ver disco\nLigar para o DBA")
    listed = run("--alertmanager", alertmanager.url, "handoff", "end", config=settings(tmp_path))
    assert [line for line in listed.stdout.splitlines() if line.startswith("- [ ] ")][-3:] == [
        "- [ ] Trocar o disco", "- [ ] Ligar para o DBA", "- [ ] ver disco"]


def test_end_with_no_shift_open_prints_back_every_value_it_could_not_keep(alertmanager, tmp_path):
    # fresh-user review: the three values vanished while the help said "nothing typed here is lost"
    journal = Journal.open(Folders.for_user().journal)
    assert shifts.open_shift(journal) is None
    result = run("--alertmanager", alertmanager.url, "handoff", "end", "--pending", "Revisar disco",
                 "--observation", "CPU subindo", "--observation", "Deploy às 15h", "--incoming", "Ana Lúcia",
                 config=settings(tmp_path))
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == "oncall-tray: No shift is open: start one with `oncall-tray handoff start --confirm`."
    assert lines[1] == ("Nothing given here was kept, as there is no shift to keep it in; copy it from here "
                        "and give it again once a shift is open:")
    assert lines[2:] == ["  --pending: Revisar disco", "  --observation: CPU subindo",
                         "  --observation: Deploy às 15h", "  --incoming: Ana Lúcia"]
    assert journal.state(START_SCOPE) == {}  # not slipped into the next shift's start checklist
    bare = run("--alertmanager", alertmanager.url, "handoff", "end", config=settings(tmp_path))
    assert bare.returncode == 1 and bare.stderr.splitlines() == lines[:1]  # nothing given, nothing to print back
    hostile = run("--alertmanager", alertmanager.url, "handoff", "end", "--incoming", "Zé\x1b[2J",
                  config=settings(tmp_path))
    assert "  --incoming: Zé\\u001b[2J" in hostile.stderr.splitlines()  # printed, not obeyed by the terminal


def test_end_help_says_what_happens_with_no_shift_open(tmp_path):
    result = run("handoff", "end", "--help", config=settings(tmp_path))
    text = " ".join(result.stdout.split())
    assert "nothing typed here is lost" in text
    assert ("With no shift open there is no draft to keep them in: the command stops and prints them back, to "
            "copy and give again once a shift is started.") in text
