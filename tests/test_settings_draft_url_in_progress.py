"""A URL password that starts with digits, typed left to right in a field of addresses: before its
first letter or its "@host" the text (``https://alice:2024``, ``https://alice:2024/x``) reads as host
"alice" and port 2024, and the settings draft written at a pause or at the 5-s mark held it in clear
text (code review 72 AH10). In the field being edited, an address ``name:digits`` with no "@" yet,
its host no IP address, could still become ``user:password@host``: the draft keeps it without what
follows the ":" and names the field in ``not_kept`` until the engineer leaves the field, when it is
kept whole. Two addresses joined by a comma without a space are two words (AH10: cut to
``http://am:``)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from oncall_tray.config_draft import draft_path, keep_draft, without_secrets
from oncall_tray.paths import Folders
from oncall_tray.url_passwords import without_password
from conftest import activate
from test_quit_unsaved_settings import controller  # noqa: F401  (the running tray, its settings file)

TYPED = ["https://alice:2024Summer!@am.example:9093", "https://alice:2024/xSummer@am.example:9093",
         "alice:2024Summer!@am.example:9093", "https://alice:2024Summer!@am:9093/x",
         "http://alice_1:2024Summer!@[::1]:1"]


def _prefixes(url: str) -> list[str]:
    """Every text of ``url`` typed left to right from the first character of its password on."""
    return [url[:end] for end in range(url.index(":", url.index("alice")) + 2, len(url) + 1)]


def _password(url: str) -> str:
    user_info = url.rpartition("@")[0].partition("://")[2] or url.rpartition("@")[0]
    return user_info.partition(":")[2]


def _holds_password(text: str, password: str) -> bool:
    return "2024" in text or "Summer" in text or any(f"{user}:{password[:end]}" in text for user in ("alice", "alice_1")
                                                     for end in range(1, len(password) + 1))


@pytest.mark.parametrize("url", TYPED)
def test_no_prefix_of_a_digits_first_password_is_kept_while_its_field_is_edited(url, tmp_path):
    password = _password(url)
    settings = tmp_path / "settings.yaml"
    for text in _prefixes(url):
        joined = [f"https://am2:9093,{text}"] if "://" in text else []  # a comma parts words before a scheme only
        for value in (text, f"https://am2:9093\n{text}", *joined):
            kept = without_password(value, True, edited_from="https://am2:9093")
            assert not _holds_password(kept, password), (value, kept)
            assert kept.startswith("https://am2:9093") or value == text, (value, kept)
        at = dt.datetime.now(dt.timezone.utc)
        keep_draft(Folders.for_user(), settings, {"grafana_url": text}, {"grafana_url": ""}, at,
                   editing={"grafana_url": ""})
        written = draft_path(Folders.for_user(), settings).read_text("utf-8")
        draft = json.loads(written)  # its kept_at left out: microseconds ".120245" hold "2024"
        assert not _holds_password(json.dumps([draft["typed"], draft["opened"]]), password), (text, written)
        assert json.loads(written)["not_kept"] == ["grafana_url"], (text, written)
        logged = str(without_secrets({"grafana_url": text}, {"grafana_url": ""}))
        assert not _holds_password(logged, password), (text, logged)


@pytest.mark.parametrize("url", [
    "http://am:9093", "http://alertmanager:9093", "http://10.0.0.5:9093/", "http://[::1]:9093",
    "http://[fe80::1%25eth0]:9093", "https://bücher.example:9093", "http://xn--bcher-kva.example:9093/",
    "https://grafana.example.com:3000/d/abc/x:y", "https://grafana.example.com:3000/d/abc/team@prod",
    "http://am:9093/explore#left:right@x", "http://am:9093,http://am2:9093", "http://am:9093;http://am2:9093",
    "http://am:9093,\nhttp://am2:9093", "https://grafana.example.com:3000/d/a,b",
])
def test_an_address_the_engineer_means_is_kept_whole_once_not_edited(url, tmp_path):
    assert without_password(url, True) == url
    assert without_secrets({"alertmanager_urls": url}) == {"alertmanager_urls": url}
    settings = tmp_path / "settings.yaml"
    keep_draft(Folders.for_user(), settings, {"alertmanager_urls": url}, {"alertmanager_urls": ""},
               dt.datetime.now(dt.timezone.utc))
    kept = json.loads(draft_path(Folders.for_user(), settings).read_text("utf-8"))
    assert kept["typed"]["alertmanager_urls"] == url and kept["not_kept"] == [], kept


@pytest.mark.parametrize("url", ["http://10.0.0.5:9093/", "http://[::1]:9093", "http://[fe80::1%25eth0]:9093/x",
                                 "https://am.example.com/d/x:y", "http://am-typed.example:9093",
                                 "https://bücher.example:9093/a", "http://localhost:9093/", "LOCALHOST:9093"])
def test_an_ip_address_a_dotted_host_or_no_port_is_kept_whole_while_edited(url):
    """A dotted name is read as a host (``_may_be_user``: ``alice.smith:2024…`` is not told from it)."""
    assert without_password(url, True, edited_from="") == url


@pytest.mark.parametrize(("url", "kept"), [("http://am:9093", "http://am:"),
                                           ("http://alertmanager:9093/x", "http://alertmanager:"), ("am:9093", "am:")])
def test_a_name_and_port_being_edited_is_kept_without_the_port(url, kept):
    assert without_password(url, True, edited_from="") == kept
    old = "http://old:9093"
    assert without_password(f"{url}\n{old}", True, edited_from=old) == f"{kept}\n{old}"
    assert without_password(url, True, edited_from=url) == url  # as it was when the editing began


def _opened(qtbot, controller):
    """The Settings dialog opened, active, past its offer of a draft (none here)."""
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.draft_keeper._asking, timeout=5000)
    return dialog


def _typed_and_kept(qtbot, dialog, key, text, password):
    """Type ``text`` in the field ``key`` (focused) character by character, the draft written after
    each one as at a pause or the 5-s mark (``flush``): none of its forms may hold ``password``."""
    widget = dialog.fields[key].widget
    widget.setFocus()
    widget.clear()  # it holds the default address
    assert dialog.focusWidget() is widget
    path = draft_path(dialog.loaded.folders, dialog.loaded.path)
    password_from = text.index(":", text.index("alice")) + 1
    for at, char in enumerate(text):
        qtbot.keyClicks(widget, char)
        dialog.draft_keeper.flush()
        written = path.read_text("utf-8")
        assert not _holds_password(written, password), written
        if at >= password_from:
            assert json.loads(written)["not_kept"] == [key], written
    return path


def test_the_dialogs_draft_never_holds_a_password_being_typed(qtbot, controller, english):
    dialog = _opened(qtbot, controller)
    url = "https://alice:2024Summer!@am.example:9093"
    path = _typed_and_kept(qtbot, dialog, "grafana_url", url, _password(url))
    assert json.loads(path.read_text("utf-8"))["typed"]["grafana_url"] == "https://alice@am.example:9093"
    dialog.fields["grafana_url"].widget.selectAll()
    _typed_and_kept(qtbot, dialog, "grafana_url", "https://alice:2024/x", "2024/x")
    dialog.fields["jaeger_url"].widget.setFocus()  # the engineer leaves the field: its text is final
    qtbot.waitUntil(lambda: json.loads(path.read_text("utf-8"))["typed"]["grafana_url"] == "https://alice:2024/x",
                    timeout=10000)


def test_a_correct_address_is_kept_whole_once_its_field_is_left(qtbot, controller, english):
    dialog = _opened(qtbot, controller)
    box = dialog.fields["alertmanager_urls"].widget
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    before = box.toPlainText()  # the settings' addresses, there when the editing began: kept whole
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "http://am2:9093")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "http://10.0.0.5:9093/")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "http://am3:9093")  # all typed in this editing: cut but the IP address (code review 78 AR3)
    path = draft_path(dialog.loaded.folders, dialog.loaded.path)
    qtbot.waitUntil(path.exists, timeout=10000)
    kept = json.loads(path.read_text("utf-8"))
    assert kept["typed"]["alertmanager_urls"] == before + "\nhttp://am2:\nhttp://10.0.0.5:9093/\nhttp://am3:", kept
    assert kept["not_kept"] == ["alertmanager_urls"]
    dialog.fields["grafana_url"].widget.setFocus()
    qtbot.waitUntil(lambda: json.loads(path.read_text("utf-8"))["not_kept"] == [], timeout=10000)
    assert json.loads(path.read_text("utf-8"))["typed"]["alertmanager_urls"] == box.toPlainText()


def test_the_program_closing_the_dialog_keeps_no_password_being_typed(qtbot, controller, english):
    dialog = _opened(qtbot, controller)
    widget = dialog.fields["prometheus_url"].widget
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, "https://alice:2024")
    dialog.close()  # the tray stopping (SIGTERM) with the field still being typed
    path = draft_path(controller.loaded.folders, controller.loaded.path)
    written = path.read_text("utf-8")
    assert "2024" not in written and json.loads(written)["typed"]["prometheus_url"] == "https://alice:", written


def test_the_dialog_made_again_in_another_language_goes_on_taking_the_typing_as_edited(qtbot, controller, english):
    """A language switch makes the dialog's fields again and gives the focus back to the one typed
    in (``SettingsDialog.retranslate``): not a leave, its password being typed is still not kept."""
    dialog = _opened(qtbot, controller)
    widget = dialog.fields["grafana_url"].widget
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, "https://alice:2024")
    dialog.retranslate()
    assert dialog.fields["grafana_url"].widget is not widget
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.fields["grafana_url"].widget, timeout=5000)
    dialog.draft_keeper.flush()
    path = draft_path(dialog.loaded.folders, dialog.loaded.path)
    assert "2024" not in path.read_text("utf-8"), path.read_text("utf-8")
    dialog.fields["jaeger_url"].widget.setFocus()  # now it is left: kept whole
    qtbot.waitUntil(lambda: "https://alice:2024" in path.read_text("utf-8"), timeout=10000)
