"""A shift journal found damaged and set aside at start: the tray menu says so, first, with a
line in the tooltip, until the engineer has read it (the notification, which stays until
dismissed, may have come while they were away: ``test_tray_damaged_journal`` has it on a real
dunst). Against a real Alertmanager, with the real tray controller (pytest-qt, offscreen)."""

from __future__ import annotations

from conftest import running_tray
from test_journal_salvage import damage_events, shift_journal

from oncall_tray.config import Config
from oncall_tray.paths import Folders


def test_a_damaged_journal_stays_in_the_tray_until_read(qtbot, alertmanager, tmp_path):
    path = Folders.for_user().journal
    path.parent.mkdir(parents=True, exist_ok=True)
    shift_journal(path)
    damage_events(path)
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="maria", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as ctl:
        tray = ctl.tray
        assert tray.journal_notice_action.isVisible() and not tray.journal_notice_action.icon().isNull()
        assert tray.menu.actions()[0] is tray.journal_notice_action  # first, above "Show alerts"
        assert "The shift journal was damaged: see the menu." in tray.icon.toolTip()
        tray.set_config(config.with_overrides(poll_interval=30))  # new settings rebuild the menu: it stays
        action = tray.journal_notice_action
        assert action.isVisible() and not action.icon().isNull() and "damaged" in tray.icon.toolTip()
        action.trigger()
        box = tray._notice_box
        qtbot.waitUntil(box.isVisible, timeout=3000)
        assert "Ana" in box.text() and "damaged-" in box.text(), box.text()  # what was kept, where the file is
        assert not tray.journal_notice_action.isVisible() and "damaged" not in tray.icon.toolTip()
        box.close()


def test_a_sound_journal_says_nothing_in_the_tray(qtbot, alertmanager, tmp_path):
    path = Folders.for_user().journal
    path.parent.mkdir(parents=True, exist_ok=True)
    shift_journal(path)
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="maria", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as ctl:
        assert not ctl.tray.journal_notice_action.isVisible()
        assert "damaged" not in ctl.tray.icon.toolTip()
