"""A URL password holding spaces, typed left to right in a field of addresses (code review 79 AT6):
only the word holding ``name:…`` was cut while the password was being typed, the words after its
spaces kept in clear until its "@" (``https://alice:correct horse battery`` kept as
``https://alice: horse battery``). Secrecy first, within an editing: once a word typed in it is cut
as a password being typed, the rest of its line typed in it, up to a word starting a new address
(``scheme://``) or a line break of a list, is cut too and the field named in the draft's
``not_kept``; the whole text is kept once the engineer leaves the field when its "@host" is typed (a password's
words without it are cut then too, as messages mask them: code review 80 AU1)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from oncall_tray.config_draft import draft_path, keep_draft
from oncall_tray.paths import Folders
from oncall_tray.url_passwords import shown_url, without_password
from test_settings_draft_url_cursor import _kept
from test_settings_draft_url_in_progress import _opened
from test_quit_unsaved_settings import controller  # noqa: F401  (the running tray, its settings file)

#: Passwords of 1, 2 and 3 spaces: their words are upper case, and digits, none of the rest holds.
PASSWORDS = ["CORRECT HORSE", "2024 SUMMER TIME!", "CORRECT HORSE BATTERY STAPLE", "77 SUMMER  OF 69"]
BEFORE = "http://am1.example.com:9093"  # a list's line there when the editing began


def _url(password: str) -> str:
    return f"https://alice:{password}@amb:9093"


def _prefixes(url: str) -> list[str]:
    """Every text of ``url`` typed left to right from the first character of its password on."""
    return [url[:end] for end in range(len("https://alice:") + 1, len(url) + 1)]


def _holds_password(text: str, password: str) -> bool:
    """Whether ``text`` holds a character of a word of ``password`` (upper case letters, digits but
    those of the ports kept) or its text after the first character."""
    return any(char.isupper() or char in "2467!" for char in text) or any(
        password[1:end] in text for end in range(3, len(password) + 1))


@pytest.mark.parametrize("password", PASSWORDS)
def test_no_word_of_a_password_holding_spaces_is_kept_while_it_is_typed(password):
    url = _url(password)
    for text in _prefixes(url):
        for value, began in ((text, ""), (f"{BEFORE}\n{text}", BEFORE), (f"{BEFORE}\n{text}\nhttp://amc:9093", BEFORE)):
            kept = without_password(value, True, began)
            assert not _holds_password(kept, password), (value, kept)
            if "@" not in text:
                assert kept.removeprefix(f"{BEFORE}\n").startswith("https://alice:"), (value, kept)
    assert without_password(url, True, "") == "https://alice@amb:9093"  # its "@host" typed: the user name kept
    assert without_password(url, True, None) == "https://alice@amb:9093"  # the field left
    assert shown_url(url) == "https://alice:***@amb:9093"


@pytest.mark.parametrize("password", PASSWORDS)
def test_the_draft_file_holds_no_word_of_it_at_any_prefix(password, tmp_path):
    settings = tmp_path / "settings.yaml"
    for text in _prefixes(_url(password)):
        for key, value, began in (("grafana_url", text, ""), ("alertmanager_urls", f"{BEFORE}\n{text}", BEFORE)):
            keep_draft(Folders.for_user(), settings, {key: value}, {key: ""}, dt.datetime.now(dt.timezone.utc),
                       editing={key: began})
            draft = json.loads(draft_path(Folders.for_user(), settings).read_text("utf-8"))
            assert not _holds_password(json.dumps([draft["typed"], draft["opened"]]), password), (text, draft)
            assert draft["not_kept"] == [key], (text, draft)


def test_the_cut_ends_at_a_new_address_or_line_and_not_when_the_field_is_left():
    assert without_password("https://alice:correct horse battery", True, "") == "https://alice:"
    assert without_password("https://alice:2024 Summer! http://am.example.com:9093", True, "") == \
        "https://alice: http://am.example.com:9093"
    assert without_password("https://alice:correct horse\nhttp://am.example.com:9093 x", True, "") == \
        "https://alice:\nhttp://am.example.com:9093 x"
    assert without_password("http://am.example.com:9093 x", True, "") == "http://am.example.com:9093 x"
    # not edited (the field left, a message's text): cut as well (code review 80 AU1), but after a
    # valid port, read as one then (code review 82A AY2: ``http://alertmanager:9093 /api``)
    assert without_password("https://alice:correct Summer!", True, None) == "https://alice:"
    assert without_password("https://alice:2024 Summer!", True, None) == "https://alice:2024 Summer!"


@pytest.mark.parametrize(("key", "before"), [("grafana_url", ""), ("alertmanager_urls", BEFORE)])
def test_typing_it_in_the_dialog_never_writes_a_word_of_it(qtbot, controller, english, key, before):
    """Each key typed, the draft written (``flush``) holds no word of the password; left, kept whole."""
    password = "2024 SUMMER TIME!"
    dialog = _opened(qtbot, controller)
    box = dialog.fields[key].widget
    box.setFocus()
    box.clear()
    if before:
        qtbot.keyClicks(box, before)
        dialog.fields["jaeger_url"].widget.setFocus(Qt.FocusReason.TabFocusReason)  # an editing ended
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "https://alice:")
    for char in f"{password}@amb:9093":
        qtbot.keyClicks(box, char)
        kept = _kept(dialog)
        assert not _holds_password(json.dumps(kept["typed"]), password), kept
        assert kept["not_kept"] == [key], kept
    dialog.fields["jaeger_url"].widget.setFocus(Qt.FocusReason.TabFocusReason)  # left: final, kept whole
    kept = _kept(dialog)
    assert kept["typed"][key] == f"{before}\nhttps://alice@amb:9093".lstrip("\n") and kept["not_kept"] == [key], kept
