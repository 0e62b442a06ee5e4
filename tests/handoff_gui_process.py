"""The shift end window in a process of its own, for the crash test:
``python handoff_gui_process.py JOURNAL ALERTMANAGER_URL type|show`` (offscreen).

``type`` opens the end window of the open shift, types into its fields key by key, waits until
the journal writer has nothing left to do, prints ``typed`` and then runs until killed.
``show`` opens the end window and prints what its fields hold, as JSON, and exits.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from oncall_tray.config import Config  # noqa: E402
from oncall_tray.ui.qt_workarounds import guard_singleton_refcounts  # noqa: E402
from oncall_tray.ui.shift_controller import ShiftController  # noqa: E402
from oncall_tray.paths import Folders  # noqa: E402

TYPED = {"pending": "Trocar o disco do host\nRevisar alertas de CPU", "observations": "Latencia subindo a noite",
         "incoming": "bruno"}


def main() -> None:
    journal, url, mode = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    guard_singleton_refcounts()
    app = QApplication([])
    controller = ShiftController(Config(alertmanager_url=url, engineer="ana"), lambda notices: None, path=journal, folders=Folders.for_user())
    controller.show_window("end")
    window = controller.window("end")
    fields = {"pending": window.pending, "observations": window.observations, "incoming": window.incoming}
    if mode == "show":
        print(json.dumps({"pending": window.pending.toPlainText(), "observations": window.observations.toPlainText(),
                          "incoming": window.incoming.text()}), flush=True)
        controller.shutdown()
        return
    for name, text in TYPED.items():
        widget = fields[name]
        widget.setFocus()
        if name == "pending":
            widget.clear()
        for line_number, line in enumerate(text.split("\n")):
            if line_number:
                QTest.keyClick(widget, "\r")
            QTest.keyClicks(widget, line)
    # wait for the pause in the typing, then for the writer; never close the window
    def report() -> None:
        if window.pending_save._timer.isActive() or window.observations_save._timer.isActive() or \
                window.incoming_save._timer.isActive() or controller.writer.busy:
            QTimer.singleShot(20, report)
            return
        print("typed", flush=True)

    QTimer.singleShot(20, report)
    app.exec()


if __name__ == "__main__":
    main()
