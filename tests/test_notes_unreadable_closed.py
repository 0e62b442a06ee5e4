"""The notes panels' line saying that the notes kept at the last quit could not be read and
were set aside (code review 70 AE4) can be closed: it stood under every alert shown, in every
notes panel, for the whole shift. Closed in one panel, it is gone from every panel and from
every alert shown after; the file's path stays in the log. Real tray, journal and Alertmanager;
the journal's reads of saved states fail (patched), pytest-qt offscreen."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from test_notes_kept_by_the_holder import _kept_at_a_quit
from test_notes_unreadable import LOCKED, started_unreadable
from test_notes_unwritable import controller, fingerprint  # noqa: F401

from oncall_tray.notes_draft import NOTES_DIR
from oncall_tray.paths import Folders
from oncall_tray.ui.incident_panel import IncidentPanel


def test_the_line_saying_the_kept_notes_were_set_aside_can_be_closed(qtbot, controller, tmp_path, caplog):
    fp = _kept_at_a_quit(qtbot, controller)
    (kept_file,) = (Folders.for_user().data / NOTES_DIR).iterdir()
    kept_file.write_text('{"typed": {"' + fp + '": "t1 and more', "utf-8")  # cut short
    caplog.set_level(logging.INFO, logger="oncall_tray")
    with started_unreadable(qtbot, controller.config, tmp_path / "again", fp, {}) as (again, panel, _patch):
        aside = again.shift.notes_unreadable.aside
        other = IncidentPanel(again.shift)  # another notes panel (the incidents window's)
        qtbot.addWidget(other)
        other.show_alert(fp, "APIDown")
        said = panel.kept_line.text()
        assert "could not be read" in said and aside.name in said, said
        assert other.kept_line.text() == said and not panel.kept_line.close_button.isHidden()
        assert panel.kept_line.close_button.text() == "Close"
        qtbot.mouseClick(panel.kept_line.close_button, Qt.MouseButton.LeftButton)
        assert panel.kept_line.text() == "" and panel.kept_line.isHidden()
        assert other.kept_line.text() == ""  # closed in every panel
        panel.show_alert(fingerprint(again, "DiskFull"), "DiskFull")  # nor said again under another alert
        other.show_alert(fp, "APIDown")
        assert panel.kept_line.text() == "" and other.kept_line.text() == ""
        assert LOCKED in panel.status.text(), panel.status.text()  # the drafts' own failures still said
    assert aside.exists()
    assert any("closed" in r.getMessage() and str(aside) in r.getMessage() for r in caplog.records)
