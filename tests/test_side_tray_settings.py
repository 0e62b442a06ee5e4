"""A tray started with ``--alertmanager`` beside the shift's tray, on the same settings file
(fresh-user review 70 AK6, AK1): its *Settings…* showed the ``--alertmanager`` URL as if the file
held it; changing it and saving rewrote the file's ``alertmanager_url``, which the shift's tray
applied at once (it stopped watching the shift's Alertmanager); and its restore question said the
file's Alertmanager URLs had changed since a draft was kept, when they had not. The dialog shows
and edits the file's values, says above the fields which Alertmanager this run watches and which
the file names, and a Save keeps this run on the Alertmanager it was given."""

from __future__ import annotations

import pytest
from conftest import make_alert, utcnow
from PySide6.QtWidgets import QMessageBox
from test_settings_draft_restore import answer_question
from test_settings_ui import controller_for, store  # noqa: F401  (fixtures)
from tray_process import TrayProcess, tray_colour_pixels, wait_until

from oncall_tray.config import load_config
from oncall_tray.config_draft import keep_draft
from oncall_tray.core.overview import Light
from oncall_tray.demo import free_port
from oncall_tray.paths import Folders
from oncall_tray.ui.icons import COLOURS

SIDE = "http://127.0.0.1:{}"


@pytest.fixture
def side_tray(controller_for):  # noqa: F811
    """Start a tray as ``oncall-tray --config <path> --alertmanager <url>`` would (the real parser
    and settings) on the settings file ``_file`` wrote: ``make(url)`` returns its ``TrayController``."""
    return lambda url: controller_for(None, "--alertmanager", url)


def _file(tmp_path, url: str):
    path = tmp_path / "config.yaml"
    path.write_text(f"alertmanager_url: {url}\npoll_interval: 1\nmax_retry_interval: 1\nrequest_timeout: 3\n"
                    "notifications: false\nlanguage: en\nengineer: ana\n", encoding="utf-8")
    return path


def test_the_side_trays_settings_show_and_edit_the_files_alertmanager(qtbot, side_tray, tmp_path, english):
    shift = f"http://127.0.0.1:{free_port()}"
    given, typed = SIDE.format(free_port()), SIDE.format(free_port())
    path = _file(tmp_path, shift)
    controller = side_tray(given)
    assert controller.config.alertmanager_url == given
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    assert dialog.fields["alertmanager_urls"].raw() == [shift]  # the file's, not --alertmanager's
    assert dialog.overridden_line.isVisible()
    assert dialog.overridden_line.text() == (f"This run watches {given} (given with --alertmanager); the settings "
                                             f"file's Alertmanager is {shift}.")
    dialog.fields["alertmanager_urls"].widget.setPlainText(typed)  # the file's, changed on purpose
    dialog.save()
    assert not dialog.isVisible()
    assert load_config(path).config.alertmanager_url == typed
    assert controller.config.alertmanager_url == given  # this run still watches what it was given
    assert controller.loaded.overrides["alertmanager_url"] == given


def test_a_run_given_the_files_own_alertmanager_follows_the_file_after_a_save(qtbot, side_tray, tmp_path, english):
    """Code review 75 AM6: a run started ``--alertmanager`` with the file's own URL (an autostart
    entry keeps the run's options) stayed on the old URL after a Save of a new one, and its login
    then took the file's new auth settings for the old Alertmanager. Such an option is no
    override: the run follows the file, as one started without it does."""
    from oncall_tray.connect import watches_its_own_url

    first, typed = SIDE.format(free_port()), SIDE.format(free_port())
    _file(tmp_path, first)
    controller = side_tray(first + "/")  # the file's Alertmanager, written another way
    assert controller.config.alertmanager_url == first + "/" and not watches_its_own_url(controller.loaded)
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    assert dialog.overridden_line.text() == "" and not dialog.overridden_line.isVisible()  # it follows the file
    dialog.fields["alertmanager_urls"].widget.setPlainText(typed)
    dialog.save()
    assert not dialog.isVisible()
    assert controller.config.alertmanager_url == typed  # followed the file, as a run without the option
    assert "alertmanager_url" not in controller.loaded.overrides
    assert not watches_its_own_url(controller.loaded)


def test_a_tray_without_alertmanager_given_says_nothing_of_it(qtbot, tmp_path, store, english):  # noqa: F811
    from oncall_tray.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(load_config(_file(tmp_path, "http://127.0.0.1:1")), store)
    qtbot.addWidget(dialog)
    assert dialog.overridden_line.isHidden() and dialog.overridden_line.text() == ""


def test_the_side_tray_offers_a_kept_draft_without_a_false_change_in_the_file(qtbot, side_tray, tmp_path, english):
    shift = f"http://127.0.0.1:{free_port()}"
    path = _file(tmp_path, shift)
    # the shift tray's dialog, killed while the URLs were typed in it: it opened on the file's URL
    keep_draft(Folders.for_user(), path, {"alertmanager_urls": "https://am2:9093"}, {"alertmanager_urls": shift},
               utcnow())
    controller = side_tray(SIDE.format(free_port()))
    question = answer_question(qtbot, controller, QMessageBox.ButtonRole.DestructiveRole)
    assert "Alertmanager URLs" in question[1], question
    assert "Changed in the settings file since" not in question[1], question


@pytest.mark.desktop
def test_a_save_in_the_side_trays_settings_leaves_the_shift_tray_on_its_alertmanager(
        qtbot, alertmanager, desktop, side_tray, tmp_path, english):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    path = _file(tmp_path, alertmanager.url)
    (tmp_path / "first").mkdir()
    first = TrayProcess(desktop, alertmanager.url, tmp_path / "first", config=path, shift_open=True)
    try:
        red = lambda: tray_colour_pixels(desktop, tmp_path / "red.png", COLOURS[Light.CRITICAL]) > 20  # noqa: E731
        wait_until(red, 20, "the shift tray red with APIDown")
        side = side_tray(SIDE.format(free_port()))  # a staging Alertmanager: down here
        side.connection.open_settings()
        dialog = side.connection.dialogs["settings"]
        assert dialog.fields["alertmanager_urls"].raw() == [alertmanager.url]
        dialog.fields["poll_interval"].widget.setText("2")
        dialog.save()
        assert not dialog.isVisible()
        assert load_config(path).config.alertmanager_url == alertmanager.url
        assert load_config(path).config.poll_interval == 2
        wait_until(lambda: "new settings applied" in first.output(), 20, "the shift tray applying the edit")
        applied = first.output().index("new settings applied")
        alertmanager.post_alerts([make_alert("DiskFull", "critical")])
        wait_until(red, 20, "the shift tray still red")
        assert "poll failed" not in first.output()[applied:], first.output()
    finally:
        first.close()


def test_the_side_trays_menu_names_the_alertmanager_the_journal_follows(qtbot, tmp_path, english):
    """Review 70 AK5: the menu said another tray held the journal "(settings <its own settings
    file>)", not which Alertmanager the journal follows."""
    from oncall_tray.config import Config
    from oncall_tray.core.journal_hold import Holder, JournalHold
    from oncall_tray.ui.shift_controller import ShiftController
    from oncall_tray.ui.tray import TrayIcon

    path, journal = tmp_path / "config.yaml", tmp_path / "journal.db"
    shift, given = "http://localhost:19571", "http://127.0.0.1:19599"
    hold = JournalHold.take(journal, Holder(str(path), (shift,), 1))
    try:
        for settings, said in ((path, f"Shift features off: the shift journal follows {shift}, held by another "
                                      f"oncall-tray on these same settings; this tray watches {given}"),
                               (tmp_path / "other.yaml", f"Shift features off: the shift journal follows {shift}, "
                                                         f"held by another oncall-tray (settings {path}); this tray "
                                                         f"watches {given}")):
            config = Config(alertmanager_url=given, engineer="ana")
            side = ShiftController(config, lambda notices: None, path=journal, given=True, settings=settings,
                                   folders=Folders.for_user())
            tray = TrayIcon(config)
            side.attach_tray(tray, lambda: None)
            assert tray.shift_off_action.isVisible() and tray.shift_off_action.toolTip() == said
            side.shutdown()
    finally:
        hold.release()


def test_quitting_the_demo_or_a_tray_beside_the_shifts_on_its_alertmanager_asks_nothing(qtbot, monkeypatch,
                                                                                          tmp_path, english):
    """Review 70 AK4: the demo's Quit asked "No alert will be watched or notified until oncall-tray
    is started again. Quit anyway?", No the default, while the real tray ran on."""
    from oncall_tray.config import Config
    from oncall_tray.core.journal_hold import Holder, JournalHold
    from oncall_tray.ui.shift_controller import ShiftController
    from oncall_tray.ui.alerts_window import AlertsWindow
    from oncall_tray.ui.tray import TrayIcon

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, *_rest: asked.append(title)
                        or QMessageBox.StandardButton.No)
    shift, other = "http://localhost:19571", "http://127.0.0.1:19599"

    def quits(tray: TrayIcon) -> bool:
        emitted = []
        tray.quit_requested.connect(lambda: emitted.append(True))
        tray._confirm_quit()
        window = AlertsWindow(Config(alertmanager_url=shift))
        qtbot.addWidget(window)
        window.watched_on = tray.watched_on  # as the controller sets it
        window.quit_requested.connect(lambda: emitted.append(True))
        window._quit_button.click()
        return emitted == [True, True]

    def beside(url: str) -> TrayIcon:
        tray = TrayIcon(Config(alertmanager_url=url))
        side = ShiftController(Config(alertmanager_url=url), lambda notices: None, path=journal, given=True,
                               settings=tmp_path / "y.yaml", folders=Folders.for_user())
        side.attach_tray(tray, lambda: None)
        sides.append(side)
        return tray

    assert quits(TrayIcon(Config(alertmanager_url=shift), demo=True)) and not asked  # the demo: at once
    journal, sides = tmp_path / "journal.db", []
    hold = JournalHold.take(journal, Holder("/x/config.yaml", (shift + "/",), 1))
    try:
        assert quits(beside(shift)) and not asked  # the tray holding the journal watches the same Alertmanager
        assert not quits(beside(other)) and asked == ["Quit oncall-tray?"] * 2  # its alerts would go unwatched
    finally:
        hold.release()
        for side in sides:
            side.shutdown()
    asked.clear()
    assert not quits(TrayIcon(Config(alertmanager_url=shift))) and len(asked) == 2  # the shift's own tray


def test_quit_asks_again_once_the_shifts_tray_is_gone_or_this_one_watches_another_alertmanager(qtbot, monkeypatch,
                                                                                                tmp_path, english):
    """Code review 75 AM3: whether another tray watches this one's Alertmanager was read once, at
    the start: after the shift's tray quit (or crashed), or this tray's settings moved it to
    another Alertmanager, both Quits still asked nothing, and the last watcher ended unasked. It is
    decided at the Quit: the journal's hold probed, this tray's Alertmanager as it is then."""
    from oncall_tray.config import Config
    from oncall_tray.core.journal_hold import Holder, JournalHold
    from oncall_tray.ui.alerts_window import AlertsWindow
    from oncall_tray.ui.shift_controller import ShiftController
    from oncall_tray.ui.tray import TrayIcon

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, *_rest: asked.append(title)
                        or QMessageBox.StandardButton.No)
    path, journal = tmp_path / "config.yaml", tmp_path / "journal.db"
    shift, other = "http://localhost:19571", "http://127.0.0.1:19599"
    hold = JournalHold.take(journal, Holder(str(path), (shift,), 1))  # the shift's tray
    config = Config(alertmanager_url=shift, engineer="ana")
    side = ShiftController(config, lambda notices: None, path=journal, settings=tmp_path / "other.yaml",
                           folders=Folders.for_user())  # another settings file, the same Alertmanager
    tray = TrayIcon(config)
    side.attach_tray(tray, lambda: None)
    window = AlertsWindow(config)
    qtbot.addWidget(window)
    window.watched_on = tray.watched_on  # as the controller sets it
    emitted = []
    tray.quit_requested.connect(lambda: emitted.append(True))
    window.quit_requested.connect(lambda: emitted.append(True))

    def quits() -> bool:
        emitted.clear()
        tray._confirm_quit()
        window._quit_button.click()
        return emitted == [True, True]

    try:
        assert quits() and not asked  # the shift's tray watches it too
        hold.release()  # the shift's tray quits, or crashes
        assert not quits() and asked == ["Quit oncall-tray?"] * 2  # the last watcher: asked
        asked.clear()
        hold = JournalHold.take(journal, Holder(str(path), (shift,), 1))  # a shift's tray again
        assert quits() and not asked
        side.use_config(Config(alertmanager_url=other, engineer="ana"))  # this tray's settings move it
        assert not quits() and asked == ["Quit oncall-tray?"] * 2  # its alerts would go unwatched
    finally:
        hold.release()
        side.shutdown()
