"""The tray's shift side on a journal that may not be usable, in a process of its own so that
the tests can take root's power to ignore permissions away from it (``setpriv``):
``python journal_unavailable_gui.py JOURNAL [LANGUAGE]`` (offscreen; LANGUAGE "pt_BR" or "en",
the default), then commands on stdin, one a line, each answered with one line of JSON (the state,
see ``state``):

    state           nothing else
    open KIND       ask for the shift window KIND (start, end, history, incidents)
    retry           press the notes line's "Try again"
    grab PATH       save the alerts window as a PNG at PATH
    note FP TEXT    write a note through the tray's journal writer, answered once it is done
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from oncall_tray.config import Config  # noqa: E402
from oncall_tray.ui.alerts_window import AlertsWindow  # noqa: E402
from oncall_tray.ui.incident_panel import IncidentPanel  # noqa: E402
from oncall_tray.ui.journal_slot import JournalSlot  # noqa: E402
from oncall_tray.ui.qt_workarounds import guard_singleton_refcounts  # noqa: E402
from oncall_tray.ui.shift_controller import ShiftController  # noqa: E402
from oncall_tray.ui.tray import TrayIcon  # noqa: E402
from oncall_tray.ui.translations import install  # noqa: E402
from oncall_tray.paths import Folders  # noqa: E402


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    guard_singleton_refcounts()
    app = QApplication([])
    translators = install(app, sys.argv[2]) if len(sys.argv) > 2 else []  # noqa: F841 (kept alive)
    notices: list[str] = []
    config = Config(alertmanager_url="http://127.0.0.1:9", engineer="ana")
    controller = ShiftController(config, lambda said: notices.extend(n.body for n in said), path=Path(sys.argv[1]), folders=Folders.for_user())
    tray = TrayIcon(config)
    controller.attach_tray(tray, lambda: None)
    window = AlertsWindow(config)
    controller.attach_window(window)
    window.resize(1100, 600)
    window.show()
    controller.start()

    def state() -> dict:
        slots = window.findChildren(JournalSlot)
        line = slots[0].line if slots else None
        shown = [kind for kind in ("start", "end", "history", "incidents")
                 if controller.window(kind) is not None and controller.window(kind).isVisible()]
        return {"available": controller.available, "notices": notices[:],
                "line": line.text() if line is not None and not line.isHidden() else None,
                "notes_panel": bool(window.findChildren(IncidentPanel)),
                "start_enabled": tray.shift_actions["start"].isEnabled(),
                "end_enabled": tray.shift_actions["end"].isEnabled(), "shown": shown}

    settle(app)
    for command in sys.stdin:
        verb, _, argument = command.strip().partition(" ")
        if verb == "open":
            controller.show_window(argument)
        elif verb == "retry":
            window.findChildren(JournalSlot)[0].retry.click()
        elif verb == "note":
            fingerprint, _, text = argument.partition(" ")
            controller.submit(controller.journal.add_note, fingerprint, text, actor="ana", source="tray")
            deadline = time.monotonic() + 20
            while controller.writer.busy and time.monotonic() < deadline:  # done, and its signals delivered
                app.processEvents()
                time.sleep(0.01)
        elif verb == "grab":
            settle(app)
            window.grab().save(argument)
        settle(app)
        print(json.dumps(state()), flush=True)
    controller.shutdown()


if __name__ == "__main__":
    main()
