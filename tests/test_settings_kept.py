"""A tray started while its settings file cannot be read at all uses the settings it last read
whole from that file, not the defaults (review 57 S12: a YAML typo, then a restart: the tray
watched http://localhost:9093, showed nothing of the HA pair the shift was on, and its handoff
said there were no silences). The command line still refuses to act on such a file."""

from __future__ import annotations

import pytest
from tray_process import TrayProcess, wait_until

from oncall_tray.config import load_config
from oncall_tray.config_kept import keep_settings, with_kept_settings

GOOD = "alertmanager_url: http://am-1.example:9093\nengineer: Rita Alves\npoll_interval: 20\n"
TYPO = GOOD + 'filter: [team="conectcrm"\n'


def test_an_unreadable_file_gives_the_settings_last_read_whole(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(GOOD)
    keep_settings(load_config(path))
    path.write_text(TYPO)
    broken = load_config(path)
    assert broken.config.alertmanager_url == "http://localhost:9093"  # load_config alone: the defaults
    used = with_kept_settings(broken)
    assert used.config.alertmanager_url == "http://am-1.example:9093" and used.config.engineer == "Rita Alves"
    assert used.path == path and used.kept_at is not None
    assert [p.kind for p in used.problems] == ["file"]  # still said: the file has to be fixed
    keep_settings(broken)  # a broken file is never kept over the good copy
    assert with_kept_settings(load_config(path)).config.poll_interval == 20


def test_without_a_copy_or_with_a_readable_file_nothing_changes(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(TYPO)
    assert with_kept_settings(load_config(path)).kept_at is None
    other = tmp_path / "other.yaml"
    other.write_text(GOOD)
    keep_settings(load_config(other))  # another file's copy is not this one's
    assert with_kept_settings(load_config(path)).config.alertmanager_url == "http://localhost:9093"
    path.write_text("alertmanager_url: http://am-2.example:9093\npoll_interval: abc\n")  # a bad value only
    assert with_kept_settings(load_config(path)).config.alertmanager_url == "http://am-2.example:9093"


@pytest.mark.desktop
def test_a_tray_restarted_on_a_typo_watches_the_alertmanager_it_watched(desktop, alertmanager, tmp_path):
    app = TrayProcess(desktop, alertmanager.url, tmp_path)
    try:
        wait_until(lambda: f"GET {alertmanager.url}/api/v2/alerts" in app.output(), 15, "a poll of the Alertmanager")
        app.terminate()
        with open(app.config, "a", encoding="utf-8") as settings:
            settings.write('filter: [team="conectcrm"\n')
        desktop.clear_notifications()
        again = TrayProcess(desktop, alertmanager.url, tmp_path, config=app.config, env=app.env)
        try:
            said = desktop.wait_for_notification(lambda n: n["summary"] == "Problems in the settings file", 15)
            assert said["body"].startswith(f"Using the settings last read from {app.config} at "), said
            wait_until(lambda: f"GET {alertmanager.url}/api/v2/alerts" in again.output(), 15,
                       "a poll of the same Alertmanager after the restart")
            assert "localhost:9093" not in again.output()
        finally:
            again.close()
    finally:
        app.close()
