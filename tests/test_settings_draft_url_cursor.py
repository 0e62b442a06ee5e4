"""Which addresses the settings draft cuts while their field of addresses has the focus (code review
77 AQ3, 78 AR3): every one added or changed in an editing the engineer began with their own typing,
wherever the text cursor is (a password holding a space, ``https://alice:2024 Su``; a list's line half
typed when the engineer went back to another line), never those the field held when it began: an
address finished in an earlier editing is not cut again when the program moves the focus back into
its field (the Log in... check pointing at a field with a problem: ``http://grafana:3000`` was kept
as ``http://grafana:``), nor in the draft kept when the tray stops (SIGTERM, logout). The trade-off,
secrecy first: ``name:port`` addresses typed in the editing going on (``http://am1:9093`` then
``http://am2:9093`` in a list) are all kept cut until the focus leaves the field."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from oncall_tray.config_draft import draft_path
from oncall_tray.url_passwords import without_password
from test_settings_draft_url_in_progress import _opened
from test_quit_unsaved_settings import controller  # noqa: F401  (the running tray, its settings file)


def _kept(dialog) -> dict:
    """The draft written now (``flush``): its typed fields and its not_kept."""
    dialog.draft_keeper.flush()
    return json.loads(draft_path(dialog.loaded.folders, dialog.loaded.path).read_text("utf-8"))


def _typed_lines(qtbot, box, lines: list[str]) -> None:
    """Type ``lines`` in the list ``box`` (focused, emptied) as the engineer does: Return between them."""
    box.setFocus()
    box.clear()
    for at, line in enumerate(lines):
        if at:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.keyClicks(box, line)


def _left_and_back(qtbot, dialog, box) -> None:
    """The engineer leaves ``box`` (Tab: its editing ends) and comes back to type at its end."""
    dialog.fields["jaeger_url"].widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)


def test_only_the_words_there_when_the_editing_began_are_settled():
    """Every word typed or changed in the editing, wherever the cursor is, may still be a password's
    start (code review 78 AR3); the words the field held when the editing began are kept whole."""
    text = "http://am1:9093\nhttp://am2:9093\nhttp://am3:9093"
    assert without_password(text, True, "") == "http://am1:\nhttp://am2:\nhttp://am3:"
    assert without_password(text, True, "http://am1:9093") == "http://am1:9093\nhttp://am2:\nhttp://am3:"
    assert without_password(text, True, text) == text  # as when the editing began
    assert without_password("https://alice:2024 S", True, "") == "https://alice:"  # a password with a space (79 AT6)


def test_a_password_holding_a_space_is_not_kept_after_its_space(qtbot, controller, english):
    """Code review 78 AR3: after the space of ``https://alice:2024 Summer!@grafana:3000`` the cursor
    is in the next word; what was typed before it is still a password's start, and (code review 79
    AT6) the word after the space may be the password's too."""
    dialog = _opened(qtbot, controller)
    box = dialog.fields["grafana_url"].widget
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    box.clear()
    qtbot.keyClicks(box, "https://alice:2024 Su")
    kept = _kept(dialog)
    assert kept["typed"]["grafana_url"] == "https://alice:" and kept["not_kept"] == ["grafana_url"], kept  # 79 AT6
    dialog.fields["jaeger_url"].widget.setFocus(Qt.FocusReason.TabFocusReason)  # left: final, kept whole
    # a valid port and a word, as a message shows them (code review 82A AY2: ``http://alertmanager:9093 /api``)
    assert _kept(dialog)["typed"]["grafana_url"] == "https://alice:2024 Su"


def test_in_a_list_a_line_typed_is_not_kept_when_the_cursor_goes_to_another(qtbot, controller, english):
    """Code review 78 AR3: line 2 ``https://alice:2024`` half typed, the engineer goes back to the
    end of line 1 (the focus stays in the list: the editing goes on); line 2 is still cut."""
    dialog = _opened(qtbot, controller)
    box = dialog.fields["alertmanager_urls"].widget
    _typed_lines(qtbot, box, ["http://am1:9093", "https://alice:2024"])
    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_End)
    assert box.textCursor().position() == len("http://am1:9093")
    kept = _kept(dialog)
    assert kept["typed"]["alertmanager_urls"] == "http://am1:\nhttps://alice:", kept
    assert kept["not_kept"] == ["alertmanager_urls"]


def test_an_address_finished_earlier_is_not_cut_when_the_program_focuses_its_field(qtbot, controller, english):
    dialog = _opened(qtbot, controller)
    box = dialog.fields["grafana_url"].widget
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    box.clear()
    qtbot.keyClicks(box, "http://grafana:3000")
    assert _kept(dialog)["typed"]["grafana_url"] == "http://grafana:"  # being typed
    dialog.fields["jaeger_url"].widget.setFocus(Qt.FocusReason.TabFocusReason)  # the engineer leaves it
    assert _kept(dialog)["typed"]["grafana_url"] == "http://grafana:3000"
    box.setFocus()  # the program (SettingsDialog._request_login pointing at a field with a problem)
    assert dialog.focusWidget() is box
    kept = _kept(dialog)
    assert kept["typed"]["grafana_url"] == "http://grafana:3000" and kept["not_kept"] == [], kept
    box.selectAll()  # the engineer types again there: a new editing
    qtbot.keyClicks(box, "https://alice:2024")
    kept = _kept(dialog)
    assert kept["typed"]["grafana_url"] == "https://alice:" and kept["not_kept"] == ["grafana_url"], kept


def test_in_a_list_only_the_addresses_there_before_the_editing_are_kept_whole(qtbot, controller, english):
    dialog = _opened(qtbot, controller)
    box = dialog.fields["alertmanager_urls"].widget
    _typed_lines(qtbot, box, ["http://am1:9093"])
    _left_and_back(qtbot, dialog, box)
    for line in ("http://am2:9093", "http://am3:9093"):
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.keyClicks(box, line)
    kept = _kept(dialog)
    assert kept["typed"]["alertmanager_urls"] == "http://am1:9093\nhttp://am2:\nhttp://am3:", kept
    assert kept["not_kept"] == ["alertmanager_urls"]
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the cursor on a new, empty line: the editing goes on
    kept = _kept(dialog)
    assert kept["typed"]["alertmanager_urls"] == "http://am1:9093\nhttp://am2:\nhttp://am3:\n", kept
    assert kept["not_kept"] == ["alertmanager_urls"]
    dialog.fields["jaeger_url"].widget.setFocus(Qt.FocusReason.TabFocusReason)  # left: the whole text kept
    kept = _kept(dialog)
    assert kept["typed"]["alertmanager_urls"] == "http://am1:9093\nhttp://am2:9093\nhttp://am3:9093\n", kept
    assert kept["not_kept"] == []


def test_the_draft_kept_at_the_programs_close_keeps_whole_what_the_field_held_before(qtbot, controller, english):
    dialog = _opened(qtbot, controller)
    box = dialog.fields["alertmanager_urls"].widget
    _typed_lines(qtbot, box, ["http://prometheus:9090/prom"])
    _left_and_back(qtbot, dialog, box)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "http://am2:9093")
    qtbot.keyClick(box, Qt.Key.Key_Up)  # the cursor back on the line there before: line 2 is still cut
    dialog.close()  # the tray stopping (SIGTERM, logout) with the focus in the field
    path = draft_path(controller.loaded.folders, controller.loaded.path)
    kept = json.loads(path.read_text("utf-8"))
    assert kept["typed"]["alertmanager_urls"] == "http://prometheus:9090/prom\nhttp://am2:", kept
    assert kept["not_kept"] == ["alertmanager_urls"]


def test_the_dialog_made_again_keeps_the_cursor_on_the_address_being_typed(qtbot, controller, english):
    """A language switch makes the fields again (``SettingsDialog.retranslate``): the list's cursor
    stays on the line typed and the editing goes on: what it added is still cut, wherever the
    cursor is, what the list held before it whole."""
    dialog = _opened(qtbot, controller)
    box = dialog.fields["alertmanager_urls"].widget
    _typed_lines(qtbot, box, ["http://am1:9093"])
    _left_and_back(qtbot, dialog, box)
    for line in ("https://alice:2024", "http://am3:9093"):
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.keyClicks(box, line)
    qtbot.keyClick(box, Qt.Key.Key_Up)  # back on the line of the password
    qtbot.keyClick(box, Qt.Key.Key_End)
    qtbot.keyClicks(box, "5")
    dialog.retranslate()
    assert dialog.fields["alertmanager_urls"].widget is not box
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.fields["alertmanager_urls"].widget, timeout=5000)
    kept = _kept(dialog)
    assert kept["typed"]["alertmanager_urls"] == "http://am1:9093\nhttps://alice:\nhttp://am3:", kept
