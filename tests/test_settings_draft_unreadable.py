"""A settings draft that cannot be read (hand-edited, another version's shape, a ``kept_at``
without a zone) holds the changes of a run that was stopped: the draft kept as typed wrote over it
a second after the first change typed, and only a log line said it had been there (code review 71
AG4; the notes file's twin rule: code review 70 AE4). It is set aside, as it was, beside where it
was, and the dialog's file notice says where."""

from __future__ import annotations

from oncall_tray import side_files
from oncall_tray.config_draft import draft_path, read_draft
from oncall_tray.ui import settings_draft
from test_quit_unsaved_settings import controller  # noqa: F401  (the running tray, its settings file)
from oncall_tray.paths import Folders

GARBLED = ('{"settings": "x", "kept_at": "2026-12-07T01:00:00", '
           '"typed": {"contacts": "SRE: Ana - 1\\nNET: Carl - 3"}}')  # kept_at without a zone: no draft


def _garbled(controller):
    path = draft_path(Folders.for_user(), controller.loaded.path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GARBLED, "utf-8")
    return path


def test_an_unreadable_draft_is_set_aside_not_written_over(qtbot, controller, english):
    path = _garbled(controller)
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    notice = dialog.file_problem
    qtbot.waitUntil(lambda: notice.isVisible() and "set aside" in notice.text(), timeout=10000)
    aside = [p for p in path.parent.iterdir() if p.name.startswith(path.name + ".unreadable-")]
    assert len(aside) == 1 and aside[0].read_text("utf-8") == GARBLED, aside
    assert str(aside[0]) in notice.text() and str(path) in notice.text(), notice.text()
    dialog.fields["grafana_url"].widget.setText("https://grafana.example.com/a")
    qtbot.waitUntil(lambda: read_draft(Folders.for_user(), controller.loaded.path) is not None, timeout=10000)
    assert aside[0].read_text("utf-8") == GARBLED  # the typed changes kept apart from it


def test_an_unreadable_draft_that_cannot_be_moved_is_never_written_over(qtbot, controller, english, monkeypatch):
    path = _garbled(controller)

    def refused(*_args):
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as patched:  # a failure mode: the folder refuses the move
        patched.setattr(side_files, "set_aside", refused)  # (the one set-aside of the side files, code review 73 AJ8)
        patched.setattr(settings_draft, "set_aside", refused)
        controller.connection.open_settings()
        dialog = controller.connection.dialogs["settings"]
        notice = dialog.file_problem
        qtbot.waitUntil(lambda: notice.isVisible() and str(path) in notice.text(), timeout=10000)
        dialog.fields["grafana_url"].widget.setText("https://grafana.example.com/a")
        keeper = dialog.draft_keeper
        qtbot.waitUntil(lambda: keeper._failing, timeout=10000)  # noqa: SLF001  (tried, and said once)
        assert path.read_text("utf-8") == GARBLED
    controller.connection.close_all()  # it can be moved now: set aside, then the changes kept
    aside = [p for p in path.parent.iterdir() if p.name.startswith(path.name + ".unreadable-")]
    assert len(aside) == 1 and aside[0].read_text("utf-8") == GARBLED, aside
    assert "grafana.example.com/a" in str(read_draft(Folders.for_user(), controller.loaded.path).typed)
