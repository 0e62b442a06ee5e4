"""The settings file edited by hand while the tray runs (review 31: hand edits waited for the
next Save or restart, and nothing said so): a clean edit applies at once, with a quiet notice; a
broken one is refused with its problems named, and the tray keeps the settings it had."""

from __future__ import annotations

import os

from conftest import make_alert
from test_settings_ui import controller_for, store  # noqa: F401  (fixtures)

from oncall_tray.config_write import save_settings
from oncall_tray.core.overview import Light
from oncall_tray.ui.settings_watch import _signature

REST = "max_retry_interval: 1\nrequest_timeout: 3\nnotifications: false\nlanguage: en\n"
BASE = "poll_interval: 1\n" + REST  # as controller_for writes it


def shown(controller) -> list:
    """The notices about the settings that the controller shows from now on (also with
    notifications off; not those about alerts)."""
    notices: list = []
    controller.notifier.show = lambda batch: notices.extend(
        n for n in batch if n.title in ("Settings applied", "Edited settings not applied"))
    return notices


def read_again(controller) -> bool:
    """Whether the watcher has read the file as it is now."""
    return controller.settings_watch._seen == _signature(str(controller.loaded.path))


def test_a_clean_hand_edit_applies_at_once_and_says_so(qtbot, controller_for, alertmanager):  # noqa: F811
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\nengineer: ana\n")
    notices = shown(controller)
    path = controller.loaded.path
    path.write_text(BASE + f"alertmanager_url: {alertmanager.url}\nengineer: Maria Nova\n")
    qtbot.waitUntil(lambda: controller.config.engineer == "Maria Nova", timeout=10000)
    assert controller.shift.engineer == "Maria Nova"  # applied throughout, as Save does
    qtbot.waitUntil(lambda: len(notices) == 1, timeout=5000)
    assert notices[0].title == "Settings applied" and notices[0].quiet
    assert notices[0].body == f"Read again from {path} after it was edited."
    qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.CRITICAL, timeout=10000)
    # an editor that writes a new file and renames it over the old one: still watched after
    for name in ("Joao", "Paula"):
        temporary = path.with_name(".config.yaml.swp")
        temporary.write_text(BASE + f"alertmanager_url: {alertmanager.url}\nengineer: {name}\n")
        os.replace(temporary, path)
        qtbot.waitUntil(lambda: controller.config.engineer == name, timeout=10000)
    # the tray's own save (Settings…, a login) applies there and then: no second notice for it
    save_settings(path, {"engineer": "Own Save"})
    controller.apply_settings(controller.loaded.reloaded(("engineer",)))
    qtbot.waitUntil(lambda: read_again(controller), timeout=5000)  # the watcher has seen the save
    path.write_text(path.read_text().replace("Own Save", "Last Edit"))
    qtbot.waitUntil(lambda: controller.config.engineer == "Last Edit", timeout=10000)
    qtbot.waitUntil(lambda: len(notices) == 4, timeout=5000)
    assert [n.title for n in notices] == ["Settings applied"] * 4  # Maria, Joao, Paula, Last Edit


def test_a_broken_hand_edit_is_refused_with_its_problems_and_nothing_changes(qtbot, controller_for):  # noqa: F811
    controller = controller_for("engineer: ana\n")
    notices = shown(controller)
    path = controller.loaded.path
    before = controller.config
    path.write_text(BASE + "engineer: [ana\n")  # malformed YAML
    qtbot.waitUntil(lambda: len(notices) == 1, timeout=10000)
    refused = notices[0]
    assert refused.title == "Edited settings not applied" and refused.light is Light.WARNING and not refused.quiet
    assert refused.body.startswith("line 6: not valid YAML: the [ at column 11 is never closed")  # (review 40 F7, F8)
    assert "not valid YAML" in refused.body and "using the defaults" not in refused.body
    # one problem, said whole: no "Check them all" (review 41 F6: it cut a long one in pt_BR)
    assert refused.body == ("line 6: not valid YAML: the [ at column 11 is never closed (a list is written [a, b]; a "
                            "mapping {a: 1, b: 2}; put a value that starts with one in quotes)\n"
                            "The tray keeps the settings it had until the file is fixed.")
    assert controller.config is before
    path.write_text(REST + "engineer: ana\npoll_interval: -5\nsilence_minutes: 30\n")  # a bad value, an unknown key
    qtbot.waitUntil(lambda: len(notices) == 2, timeout=10000)
    body = notices[1].body
    assert notices[1].title == "Edited settings not applied" and "poll_interval: must be between 1" in body
    # each problem whole, on its own line, or counted (review 40 F8: cut mid-sentence, the third uncounted)
    problems = body.splitlines()[:-2]
    assert body.endswith("Check them all: oncall-tray config check")  # more than one: where to read them all
    assert problems[0].startswith("line ") and (len(problems) == 2 or problems[-1] == "(+1 more)"), body
    assert "defaults are used" not in body and controller.config is before
    path.write_text(BASE + "engineer: ana\n")  # fixed back to the settings in force: said too (review 33)
    qtbot.waitUntil(lambda: len(notices) == 3, timeout=10000)
    assert notices[2].title == "Settings applied" and controller.config.poll_interval == 1
    notices.clear()
    notices += [None, None]
    path.write_text(REST + "engineer: ana\npoll_interval: 2\n")  # changed
    qtbot.waitUntil(lambda: controller.config.poll_interval == 2, timeout=10000)
    qtbot.waitUntil(lambda: len(notices) == 3, timeout=5000)
    assert notices[2].title == "Settings applied"
    path.unlink()  # removed (an editor about to write it again, or by mistake): the settings stay
    qtbot.waitUntil(lambda: read_again(controller), timeout=5000)
    assert controller.config.poll_interval == 2 and len(notices) == 3
    path.write_text(REST + "engineer: ana\npoll_interval: 3\n")
    qtbot.waitUntil(lambda: controller.config.poll_interval == 3, timeout=10000)


def test_a_hand_edit_that_parses_but_cannot_be_built_is_refused_too(qtbot, controller_for):  # noqa: F811
    """Review 38: a tag (``!vault``) or a list as a key parses as YAML but cannot be built: the
    tray stopped ("Alertmanager is not being watched") within a second of the edit."""
    controller = controller_for("engineer: ana\n")
    notices = shown(controller)
    path = controller.loaded.path
    before = controller.config
    for n, text in enumerate(("engineer: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n", "[team]: conectcrm\n"), 1):
        path.write_text(BASE + text)
        qtbot.waitUntil(lambda: len(notices) == n, timeout=10000)
        assert notices[-1].title == "Edited settings not applied"
        assert notices[-1].body.startswith("line 6: not valid YAML: ")
        assert controller.config is before


def test_a_tray_started_on_a_broken_file_takes_the_fixed_file(qtbot, controller_for):  # noqa: F811
    """Started with problems (defaults stood in), the file fixed to what the defaults were: the
    settings in force are now the file's, without the problems."""
    controller = controller_for("poll_interval: nope\n")
    assert controller.loaded.problems
    notices = shown(controller)
    controller.loaded.path.write_text(BASE)
    qtbot.waitUntil(lambda: not controller.loaded.problems, timeout=10000)
    qtbot.waitUntil(lambda: len(notices) == 1, timeout=5000)
    assert notices[0].title == "Settings applied" and controller.config.poll_interval == 1


def test_a_settings_file_written_in_a_new_folder_is_seen(qtbot, tmp_path, store):  # noqa: F811
    """A first run: no settings folder yet; ``oncall-tray config init`` makes it and the file,
    and the engineer's edit of it then applies."""
    from oncall_tray.config import load_config
    from oncall_tray.ui.app import TrayController

    path = tmp_path / "config" / "oncall-tray" / "config.yaml"
    controller = TrayController(load_config(path), store=store)
    controller.start()
    try:
        notices = shown(controller)
        path.parent.mkdir(parents=True)
        path.write_text(BASE + "alertmanager_url: http://127.0.0.1:9\nengineer: Nova\n")
        qtbot.waitUntil(lambda: controller.config.engineer == "Nova", timeout=10000)
        qtbot.waitUntil(lambda: len(notices) == 1, timeout=5000)
        path.write_text(BASE + "alertmanager_url: http://127.0.0.1:9\nengineer: Nova Dois\n")
        qtbot.waitUntil(lambda: controller.config.engineer == "Nova Dois", timeout=10000)
    finally:
        from PySide6.QtWidgets import QApplication

        assert controller.shutdown()
        for window in QApplication.topLevelWidgets():  # its start window (no shift open) takes the focus
            window.close()


def test_an_emptied_file_is_not_applied_as_the_defaults(qtbot, controller_for):  # noqa: F811
    """Review 40 F9: a file truncated by an editor or a sync tool was "applied": the tray went over
    to http://localhost:9093, the default engineer and poll interval."""
    controller = controller_for("engineer: ana\n")
    notices: list = []
    controller.notifier.show = lambda batch: notices.extend(batch)
    path = controller.loaded.path
    before = controller.config
    path.write_text("")
    qtbot.waitUntil(lambda: any(n.title == "Emptied settings file not applied" for n in notices), timeout=10000)
    (said,) = [n for n in notices if n.title == "Emptied settings file not applied"]
    assert said.body == (f"{path} is empty now: the tray keeps the settings it had. To start again from the "
                         "defaults, write them in it (oncall-tray config init --force).")
    assert controller.config is before and controller.config.engineer == "ana"
    path.write_text(BASE + "engineer: ana\n")  # written again: applied, and said so
    qtbot.waitUntil(lambda: any(n.title == "Settings applied" for n in notices), timeout=10000)


def test_a_hand_edit_saved_in_windows_1252_applies_with_its_warning(qtbot, controller_for):  # noqa: F811
    """Review 55 P4: the same file was used at start and by the command line, read as
    Windows-1252 with a warning, but refused when saved while the tray ran ("Edited settings not
    applied — … read as Windows-1252 …"): one rule, applied, the warning said."""
    controller = controller_for("engineer: ana\n")
    notices = shown(controller)
    path = controller.loaded.path
    path.write_bytes((BASE + 'engineer: "José Conceição"\n').encode("cp1252"))
    qtbot.waitUntil(lambda: controller.config.engineer == "José Conceição", timeout=10000)
    qtbot.waitUntil(lambda: len(notices) == 1, timeout=5000)
    assert notices[0].title == "Settings applied", notices[0]
    assert "read as Windows-1252 (Latin-1); save it as UTF-8" in notices[0].body, notices[0].body


def test_a_key_written_twice_applies_its_last_value_and_names_the_key(qtbot, controller_for):  # noqa: F811
    """Review 61 W3: the notice said "contacts: written twice (also on line 37): the last one
    counts", but the running tray applied nothing of the file (the language stayed, no contacts),
    while the commands used the last value. One rule everywhere: a warning, the last value counts,
    the tray applies the file and says which key was written twice."""
    controller = controller_for("engineer: ana\ncontacts: {}\n")
    notices = shown(controller)
    path = controller.loaded.path
    path.write_text(path.read_text().replace("engineer: ana", "engineer: Carla Dias")
                    + 'contacts:\n  Tech Lead: "Ana Souza - +55 11 99999-0000"\n')
    qtbot.waitUntil(lambda: controller.config.contacts == {"Tech Lead": "Ana Souza - +55 11 99999-0000"},
                    timeout=10000)
    assert controller.config.engineer == "Carla Dias"  # the rest of the file too
    qtbot.waitUntil(lambda: any(n.title == "Settings applied" for n in notices), timeout=5000)
    (applied,) = [n for n in notices if n.title == "Settings applied"]
    twice = [p for p in controller.loaded.problems if p.kind == "twice"]
    assert len(twice) == 1 and twice[0].key == "contacts"
    assert applied.light is Light.WARNING and not applied.quiet
    assert f"line {twice[0].line}: contacts: written twice (also on line " in applied.body, applied.body
    assert "the last one counts" in applied.body
    assert not [n for n in notices if n.title == "Edited settings not applied"]
