"""A tray started while another holds the shift journal says so in its menu ("Shift features off:
… held by another oncall-tray …"); code review 72 AH10: the line stayed for the whole run, also
after that tray quit or crashed, when this one must be started again to use the shift features. The
hold is probed when the menu opens (the tray's, and the alerts window's Shift menu showing its
entries), as Quit probes it (``ShiftController.holder_now``, code review 75 AM3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from oncall_tray.config import Config
from oncall_tray.core.journal_hold import Holder, JournalHold, hold_path
from oncall_tray.paths import Folders

SHIFT, GIVEN = "http://localhost:19571", "http://127.0.0.1:19599"


def _side(tmp_path, journal):
    from oncall_tray.ui.shift_controller import ShiftController
    from oncall_tray.ui.tray import TrayIcon

    config = Config(alertmanager_url=GIVEN, engineer="ana")
    side = ShiftController(config, lambda notices: None, path=journal, given=True, settings=tmp_path / "other.yaml",
                           folders=Folders.for_user())
    tray = TrayIcon(config)
    side.attach_tray(tray, lambda: None)
    return side, tray


def _line_when_opened(qtbot, tray, details: bool = False) -> str:
    """The menu opened as a click on the icon opens it: its shift line then (``details``: its tooltip)."""
    tray.menu.popup(QPoint(10, 10))
    qtbot.waitUntil(tray.menu.isVisible, timeout=3000)
    try:
        assert tray.shift_off_action.isVisible()
        assert all(not action.isEnabled() for action in tray.shift_actions.values())
        return tray.shift_off_action.toolTip() if details else tray.shift_off_action.text()
    finally:
        tray.menu.hide()


def _lines(qtbot, tmp_path, held_line, gone_line, short_line):
    path, journal = tmp_path / "config.yaml", tmp_path / "journal.db"
    hold = JournalHold.take(journal, Holder(str(path), (SHIFT,), 1))  # the shift's tray
    side, tray = _side(tmp_path, journal)
    try:
        assert _line_when_opened(qtbot, tray, details=True) == held_line.format(SHIFT, path)
        assert _line_when_opened(qtbot, tray) == short_line  # what the menu shows (review 73 AW2)
        hold.release()  # the shift's tray quits, or crashes
        assert _line_when_opened(qtbot, tray) == gone_line
        assert tray.window_actions()[0].text() == gone_line  # the alerts window's Shift menu, as it opens
        hold = JournalHold.take(journal, Holder(str(tmp_path / "third.yaml"), (GIVEN,), 1))  # another tray took it
        assert _line_when_opened(qtbot, tray, details=True) == held_line.format(GIVEN, tmp_path / "third.yaml")
    finally:
        hold.release()
        side.shutdown()


def test_the_menu_says_the_holder_quit_once_it_is_gone(qtbot, tmp_path, english):
    _lines(qtbot, tmp_path, "Shift features off: the shift journal follows {}, held by another oncall-tray (settings "
           "{}); this tray watches " + GIVEN,
           "Shift features off: the oncall-tray that held the shift journal has quit; quit this one and start it "
           "again to use them",
           "Shift features off: another oncall-tray holds the shift journal; this tray watches " + GIVEN)


def test_the_menu_says_it_in_portuguese(qtbot, tmp_path, portuguese):
    _lines(qtbot, tmp_path, "Funções de turno desligadas: o diário do turno segue {}, com outro oncall-tray "
           "(configurações {}); esta bandeja acompanha " + GIVEN,
           "Funções de turno desligadas: o oncall-tray que mantinha o diário do turno foi encerrado; encerre este e "
           "inicie-o de novo para usá-las",
           "Funções de turno desligadas: outro oncall-tray mantém o diário do turno; esta bandeja acompanha " + GIVEN)


def _untold_line(qtbot, tmp_path) -> str:
    """Code review 77 AQ7: the line as the menu opens when whether a tray holds the journal cannot
    be told (its lock file cannot be opened): "has quit" said it while that tray might run."""
    journal = tmp_path / "journal.db"
    hold = JournalHold.take(journal, Holder(str(tmp_path / "config.yaml"), (SHIFT,), 1))
    side, _tray = _side(tmp_path, journal)
    try:
        hold.release()
        hold_path(journal).unlink()
        hold_path(journal).mkdir()  # cannot be opened as a lock file
        line = _line_when_opened(qtbot, _tray)
        assert _tray.window_actions()[0].text() == line
        return line
    finally:
        side.shutdown()


def test_the_menu_says_when_it_cannot_tell_the_holder(qtbot, tmp_path, english):
    assert _untold_line(qtbot, tmp_path) == ("Shift features off: cannot tell whether the oncall-tray that held the "
                                             "shift journal still runs; if it quit, quit this one and start it again "
                                             "to use them")


def test_the_menu_says_when_it_cannot_tell_the_holder_in_portuguese(qtbot, tmp_path, portuguese):
    assert _untold_line(qtbot, tmp_path) == ("Funções de turno desligadas: não é possível saber se o oncall-tray que "
                                             "mantinha o diário do turno ainda está rodando; se foi encerrado, "
                                             "encerre este e inicie-o de novo para usá-las")


def test_the_menu_line_fits_the_screen_and_names_what_this_tray_watches(qtbot, tmp_path, english):
    """Fresh-user review 73 AW2: the line named the shift's Alertmanager and settings file, then
    this tray's, on one line as wide as the 1280-px screen, cut mid-URL. The menu says this tray's
    Alertmanager; the rest is the line's tooltip (and status tip)."""
    deep = tmp_path / ("a-rather-long-home-folder-" * 4) / ".config" / "oncall-tray" / "config.yaml"
    shift = "https://alertmanager.monitoring.conectcrm.example.com:9093/alertmanager-production"
    hold = JournalHold.take(tmp_path / "journal.db", Holder(str(deep), (shift,), 1))
    side, tray = _side(tmp_path, tmp_path / "journal.db")
    try:
        line = _line_when_opened(qtbot, tray)
        assert GIVEN in line, line
        assert tray.menu.sizeHint().width() <= 800, (tray.menu.sizeHint().width(), line)
        tip = tray.shift_off_action.toolTip()
        assert shift in tip and str(deep) in tip and GIVEN in tip, tip
        assert tray.shift_off_action.statusTip() == tip and tray.menu.toolTipsVisible()
        # code review 82B AZ4: a StatusNotifier tray (KDE, GNOME's AppIndicator) shows no tooltip of a menu
        # line: which Alertmanager the journal follows and the holder's settings file are lines of a submenu,
        # short (a long path on more lines, broken at its folders: nothing left out)
        lines = _details(qtbot, tray)
        at = lines.index("Settings of the oncall-tray that holds it:")
        assert lines[0] == "The shift journal follows:" and "".join(line.strip() for line in lines[1:at]) == shift
        assert "".join(line.strip() for line in lines[at + 1:]) == str(deep), lines
        assert len(lines) > 4 and all(len(line) <= 64 for line in lines), lines
        hold.release()  # it quit: the line says it all
        assert _details(qtbot, tray) == []
    finally:
        hold.release()
        side.shutdown()


def _details(qtbot, tray) -> list[str]:
    """The lines of the menu's shift journal details, as the menu opens (none: [])."""
    tray.menu.popup(QPoint(10, 10))
    qtbot.waitUntil(tray.menu.isVisible, timeout=3000)
    try:
        details = tray.shift_details_menu
        if not details.menuAction().isVisible():
            return []
        assert details.menuAction().isEnabled() and details.sizeHint().width() <= 800, details.sizeHint()
        assert all(not action.isEnabled() for action in details.actions())
        return [action.text() for action in details.actions()]
    finally:
        tray.menu.hide()


def test_the_details_in_portuguese(qtbot, tmp_path, portuguese):
    path = tmp_path / "config.yaml"
    hold = JournalHold.take(tmp_path / "journal.db", Holder(str(path), (SHIFT,), 1))
    side, tray = _side(tmp_path, tmp_path / "journal.db")
    try:
        assert tray.shift_details_menu.title() == "Diário do turno: detalhes"
        lines = _details(qtbot, tray)
        assert lines[:3] == ["O diário do turno segue:", "  " + SHIFT, "Configurações do oncall-tray que o mantém:"]
        assert "".join(line.strip() for line in lines[3:]) == str(path), lines
    finally:
        hold.release()
        side.shutdown()


def _shift_menu_details(qtbot, tray) -> tuple[list[str], list[str], bool]:
    """The alerts window's Shift menu (showing the tray's entries, as ``TrayController`` offers them)
    as it opens: its visible entries' texts, the lines of its shift journal details ([]: none), and
    whether it shows its entries' tooltips."""
    from oncall_tray.ui.shift_menu import ShiftMenuButton

    button = ShiftMenuButton()
    qtbot.addWidget(button)
    button.offer(tray.window_actions)
    menu = button.menu()
    menu.popup(QPoint(10, 10))
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    try:
        shown = [action for action in menu.actions() if action.isVisible() and not action.isSeparator()]
        details = next((action.menu() for action in shown if action.menu() is not None), None)
        return ([action.text() for action in shown], [] if details is None else [a.text() for a in details.actions()],
                menu.toolTipsVisible())
    finally:
        menu.hide()


@pytest.mark.parametrize("language, title", [("en", "Shift journal: details"), ("pt_BR", "Diário do turno: detalhes")])
def test_the_alerts_windows_shift_menu_has_the_trays_details(qtbot, tmp_path, language, title, request):
    """The alerts window's Shift menu showed the side tray's line without its details submenu
    (code review 82B AZ4, fresh-user review 73 AW2): where the line is cut, nothing said the rest."""
    request.getfixturevalue({"en": "english", "pt_BR": "portuguese"}[language])
    deep = tmp_path / ("a-rather-long-home-folder-" * 4) / ".config" / "oncall-tray" / "config.yaml"
    hold = JournalHold.take(tmp_path / "journal.db", Holder(str(deep), (SHIFT,), 1))
    side, tray = _side(tmp_path, tmp_path / "journal.db")
    try:
        texts, lines, tips = _shift_menu_details(qtbot, tray)
        assert texts[:2] == [tray.shift_off_action.text(), title], texts
        assert lines == _details(qtbot, tray) and len(lines) > 4, lines  # the tray menu's, line for line
        assert tips  # the line's tooltip: the whole of what it says, as the tray menu shows it
        hold.release()  # it quit: the line says it all, in both menus
        texts, lines, _tips = _shift_menu_details(qtbot, tray)
        assert title not in texts and lines == [] == _details(qtbot, tray)
    finally:
        hold.release()
        side.shutdown()
