"""``oncall-tray demo`` keeps every file it writes apart from the real tray's (code review 72 AH1,
AH9): started beside the real tray, it read the real tray's list of notifications on screen as
left by a killed run and withdrew them (the urgent "Response target missed" notices vanished),
both runs wrote over each other's list, and the demo's Settings… edited the engineer's settings
file and the real tray's unsaved-settings draft. The demo's files live in a folder of its own,
removed when it ends; its settings are a copy of the engineer's."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make_alert, settings_file, utcnow, wait_until
from desktop_env import VirtualDesktop
from PySide6.QtCore import QObject
from tray_process import TrayProcess

from oncall_tray.config import load_config
from oncall_tray.paths import Folders
from oncall_tray.notify.messages import Notice

#: the demo run in this process sets up its own log (in its ``Folders``): taken off after each test
pytestmark = pytest.mark.usefixtures("root_logger_restored")


class Bus:
    def get_name_owner(self, _service):
        return ":1.42"  # the notification server running now


def _urgent() -> Notice:
    return Notice(title="Response target missed: DiskSpaceRunningOut", body="…", severity=None, alarm=True)


def _remembering_real_tray(monkeypatch):
    """A real tray's NoticeClicks that has two urgent notices on screen (as ActionsBackend reports them)."""
    from oncall_tray.ui.notice_clicks import NoticeClicks

    ctl = QObject()
    ctl.snapshot = None
    real = NoticeClicks(ctl, Folders.for_user().cache)
    for number in (7, 8):
        real._remember(":1.42", number, _urgent())
    return real


def _demo(monkeypatch, settings: Path, tray) -> int:
    """``oncall-tray --config settings demo`` with ``tray`` run in place of the tray (given the
    settings and the cleanups, as ``ui.launch.run``), its real Alertmanager, no Prometheus."""
    from oncall_tray.commands import demo_cmd

    monkeypatch.setattr("oncall_tray.ui.launch.run", tray)
    monkeypatch.setattr("oncall_tray.desktop_session.missing_display", lambda: "")
    monkeypatch.setattr(demo_cmd, "start_demo_prometheus", lambda tr: None)
    return demo_cmd.run(argparse.Namespace(), load_config(settings))


def test_the_demo_keeps_its_shift_out_of_the_engineers_journal(tmp_path, monkeypatch):
    # fresh-user review: the demo's alerts and the shift taken in it went into the real journal
    seen = {}

    def tray(loaded, cleanups=(), unless_crashed=()):
        seen["journal"], seen["url"] = loaded.journal, loaded.config.alertmanager_url
        seen["reloaded"] = loaded.reloaded().journal  # settings saved from the tray keep it
        for cleanup in [*cleanups, *unless_crashed]:
            cleanup()
        return 0

    assert _demo(monkeypatch, Path(settings_file(tmp_path)), tray) == 0
    journal = seen["journal"]
    assert journal is not None and journal != Folders.for_user().journal and journal.parent.name.startswith("oncall-tray-demo-")
    assert seen["reloaded"] == journal
    assert not journal.parent.exists(), "the demo's journal goes with it"


def test_the_demo_writes_none_of_the_real_trays_files(qtbot, monkeypatch, tmp_path):
    from oncall_tray.config_draft import draft_path, keep_draft
    from oncall_tray.config_kept import kept_copy, keep_settings
    from oncall_tray.config_write import save_settings
    from oncall_tray.notes_draft import notes_path
    from oncall_tray.ui import notice_clicks

    real_settings = Path(settings_file(tmp_path, "engineer: ana\nlanguage: en\n"))
    real_text = real_settings.read_text("utf-8")
    user = Folders.for_user()
    real = _remembering_real_tray(monkeypatch)
    real_left = real._left.path
    assert real_left.is_relative_to(user.cache)
    listed = json.loads(real_left.read_text("utf-8"))
    assert len(listed) == 2
    seen: dict = {}

    def tray(loaded, cleanups=(), unless_crashed=()):
        seen["path"], seen["demo"] = loaded.path, loaded.demo
        scratch = loaded.journal.parent
        seen["scratch"] = scratch
        for folder in (loaded.folders.data, loaded.folders.cache, loaded.folders.log):
            assert folder not in (user.data, user.cache, user.log) and folder.is_relative_to(scratch), folder
        assert loaded.path != real_settings and loaded.path.is_relative_to(scratch)
        assert loaded.path.read_text("utf-8") == real_text  # the engineer's settings, as a copy
        for kept in (draft_path(loaded.folders, loaded.path), notes_path(loaded.folders, loaded.journal),
                     kept_copy(loaded)):
            assert kept.is_relative_to(scratch), kept
        # the demo's start: the real tray's notices are not taken for a killed run's
        ctl = QObject()
        ctl.snapshot = None
        demo = notice_clicks.NoticeClicks(ctl, loaded.folders.cache)
        closed = []
        monkeypatch.setattr(demo, "_connection", lambda: Bus())
        monkeypatch.setattr(demo, "_withdraw", lambda server, number: closed.append((server, number)))
        demo.close_leftovers()
        demo._remember(":1.42", 9, _urgent())
        seen["closed"] = closed
        demo.close()
        # the demo's Settings… saves, and keeps a draft, on its own copy
        save_settings(loaded.path, {"engineer": "demo"})
        keep_draft(loaded.folders, loaded.path, {"language": "pt_BR"}, {"language": "en"}, utcnow())
        keep_settings(loaded.reloaded())  # as the tray keeps them, the settings it applies
        for cleanup in [*cleanups, *unless_crashed]:
            cleanup()
        return 0

    assert _demo(monkeypatch, real_settings, tray) == 0
    assert seen["demo"] and not seen["closed"], "the demo closed the real tray's notifications"
    assert json.loads(real_left.read_text("utf-8")) == listed, "the real tray's list was written over"
    real.close()  # (its list and lock go with it)
    assert not real_left.exists()
    assert real_settings.read_text("utf-8") == real_text, "the demo's Settings… edited the real file"
    assert not draft_path(user, real_settings).exists() and not draft_path(user, seen["path"]).exists()
    assert not seen["scratch"].exists(), "the demo's folder goes with it"


def test_the_demo_settings_dialog_says_it_edits_a_copy(qtbot, tmp_path, english):
    """The demo's Settings… says its settings are the demo's copy, the engineer's file untouched."""
    from oncall_tray.config import LoadedConfig
    from oncall_tray.secrets import SecretStore
    from oncall_tray.ui.settings_dialog import SettingsDialog

    loaded = load_config(Path(settings_file(tmp_path)))
    for demo, said in ((True, True), (False, False)):
        dialog = SettingsDialog(LoadedConfig(loaded.config, loaded.path, True, (), demo=demo), SecretStore(None, "no keyring in this test"))
        qtbot.addWidget(dialog)
        from PySide6.QtWidgets import QLabel

        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert ("your own settings file is not changed" in texts) == said, texts


def test_a_real_trays_notification_survives_the_demo_starting(alertmanager, tmp_path):
    """The README's first command while the real tray shows a critical notification: it stays on
    screen (not in dunst's history of closed ones), and the real tray's list still holds it."""
    alertmanager.post_alerts([make_alert("RealOldAlert", "warning", starts_at=utcnow())])
    with VirtualDesktop() as desktop:
        real = TrayProcess(desktop, alertmanager.url, tmp_path, shift_open=True)
        demo = None
        lists = tmp_path / "xdg-cache" / "oncall-tray" / "notifications"
        try:
            desktop.wait_for_notification(lambda n: "Still firing" in n["summary"], timeout=30)
            alertmanager.post_alerts([make_alert("RealNewAlert", "critical", starts_at=utcnow())])
            urgent = desktop.wait_for_notification(lambda n: "RealNewAlert" in n["summary"] + n["body"], timeout=30)
            assert urgent["urgency"] == "critical" and not urgent["closed"], urgent  # on screen until dismissed
            (left,) = wait_until(lambda: [path for path in lists.glob("*.json") if json.loads(path.read_text("utf-8"))],
                                 30, "the real tray's list")
            listed = json.loads(left.read_text("utf-8"))
            demo = subprocess.Popen([sys.executable, "-m", "oncall_tray", "--config", str(real.config), "demo"],
                                    env=real.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            desktop.wait_for_notification(lambda n: "DiskSpaceRunningOut" in n["summary"] + n["body"], timeout=60)
            real_ones = [n for n in desktop.notifications() if "RealNewAlert" in n["summary"] + n["body"]]
            assert real_ones and not [n for n in real_ones if n["closed"]], real_ones
            assert json.loads(left.read_text("utf-8")) == listed
        finally:
            if demo is not None:
                demo.terminate()
                demo.wait(15)
            real.terminate()
            real.close()


def test_the_demo_menu_offers_no_start_with_the_session(qtbot, english):
    """The autostart entry is the engineer's (it starts the real tray): the demo's menu leaves it alone."""
    from oncall_tray.config import Config
    from oncall_tray.ui.tray import TrayIcon

    for demo in (True, False):
        tray = TrayIcon(Config(notifications=False), demo=demo)
        assert tray.autostart_action.isVisible() is not demo
        tray.icon.hide()
