"""Review 65 R3: the settings file broken while the tray runs (``filter: [`` appended); the tray
kept its settings, as it said, but *Settings…* showed the defaults (http://localhost:9093, 15 s,
no contacts) under "The fields show the defaults", and *Test connection* tested localhost:9093.
The dialog shows the settings the tray runs on, and says so."""

from __future__ import annotations

from test_settings_ui import controller_for, store  # noqa: F401  (fixtures)

from oncall_tray.config import load_config
from oncall_tray.config_kept import keep_settings, with_kept_settings
from oncall_tray.ui.settings_dialog import SettingsDialog

GOOD = ('alertmanager_url: http://127.0.0.1:1\ncontacts:\n  SRE: "Bruno Lima - +55 11 98888-0000"\n'
        'filter:\n  - env="production"\n')


def test_a_file_broken_while_the_tray_runs_shows_the_settings_it_runs_on(qtbot, controller_for, english):  # noqa: F811
    controller = controller_for(GOOD)
    keep_settings(controller.loaded)  # as launch.run does before it makes the controller
    path = controller.loaded.path
    path.write_text(path.read_text().replace("poll_interval: 1\n", "poll_interval: 7\n") + "filter: [\n")
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    fields = dialog.fields
    assert fields["alertmanager_urls"].raw() == ["http://127.0.0.1:1"]
    assert fields["poll_interval"].raw() == 1  # the tray's, not the broken file's 7 nor the default 15
    assert "Bruno Lima" in fields["contacts"].widget.toPlainText()
    assert fields["filter"].widget.toPlainText() == 'env="production"'
    said = dialog.file_problem.text()
    assert dialog.file_problem.isVisible() and "not valid YAML" in said
    assert "the settings the tray runs on" in said and "defaults" not in said
    dialog.fields["poll_interval"].widget.setText("20")
    dialog.save()  # still refused: the file is not overwritten
    assert dialog.isVisible() and path.read_text().endswith("filter: [\n")
    dialog.close()


def test_a_tray_started_on_a_broken_file_shows_the_copy_it_runs_on_and_when_it_was_read(qtbot, tmp_path, store,  # noqa: F811
                                                                                       english):
    path = tmp_path / "config.yaml"
    path.write_text(GOOD)
    keep_settings(load_config(path))
    path.write_text(GOOD + "filter: [\n")
    running = with_kept_settings(load_config(path))
    dialog = SettingsDialog(running, store)
    qtbot.addWidget(dialog)
    assert dialog.fields["alertmanager_urls"].raw() == ["http://127.0.0.1:1"]
    made = running.kept_at.astimezone(running.config.zone()).strftime("%Y-%m-%d %H:%M")
    assert "the settings the tray runs on" in dialog.file_problem.text() and made in dialog.file_problem.text()


def test_a_tray_on_the_defaults_says_the_fields_show_the_defaults(qtbot, tmp_path, store, english):  # noqa: F811
    path = tmp_path / "config.yaml"
    path.write_text(GOOD + "filter: [\n")  # no copy was ever kept: the tray runs on the defaults
    dialog = SettingsDialog(with_kept_settings(load_config(path)), store)
    qtbot.addWidget(dialog)
    assert dialog.fields["alertmanager_urls"].raw() == ["http://localhost:9093"]
    assert "The fields show the defaults" in dialog.file_problem.text()
