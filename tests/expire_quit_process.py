"""A shift controller in a process of its own asking one expire, the first task of its
``actions`` worker, of an Alertmanager that never answers it, then quitting as ``launch`` does:
``python expire_quit_process.py JOURNAL ALERTMANAGER_URL`` (offscreen). Prints ``quitting``
before the quit; exits with 3 through ``os._exit`` when the quit said a request still runs
(``launch``'s way), else returns normally (its worker threads joined at the interpreter's exit).
With a third argument, a QApplication copies it to the clipboard before the quit and hands the
clipboard over before ``os._exit`` as ``launch`` does (``hand_over_clipboard``), unless a fourth
argument says "skip" (code review 83 BA7)."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from oncall_tray.alertmanager.models import Matcher, Silence, SilenceStatus  # noqa: E402
from oncall_tray.config import Config  # noqa: E402
from oncall_tray.paths import Folders  # noqa: E402
from oncall_tray.ui.launch import hand_over_clipboard  # noqa: E402
from oncall_tray.ui.shift_controller import ShiftController  # noqa: E402

SILENCE = "11111111-2222-4333-8444-555555555555"


def main() -> None:
    journal, url = Path(sys.argv[1]), sys.argv[2]
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    copied = sys.argv[3] if len(sys.argv) > 3 else None
    app = QApplication([]) if copied is not None else QCoreApplication([])
    if copied is not None:
        app.clipboard().setText(copied)
    config = Config(alertmanager_url=url, engineer="ana", request_timeout=120)
    controller = ShiftController(config, lambda notices: None, path=journal, folders=Folders.for_user())
    now = dt.datetime.now(dt.timezone.utc)
    silence = Silence(SILENCE, (Matcher("alertname", "DiskFull", False, True),), now, now + dt.timedelta(hours=1),
                      "ana", "investigating", SilenceStatus("active"))
    controller.expire_silence(silence, lambda missed, error: None)

    def quit_when_sent() -> None:  # the DELETE left: the fake server holds it
        if any(sid == SILENCE and once.taken for sid, once in controller._sends):
            app.quit()
        else:
            QTimer.singleShot(20, quit_when_sent)

    QTimer.singleShot(20, quit_when_sent)
    app.exec()
    print("quitting", flush=True)
    stopped = controller.shutdown(2.0)
    if stopped is False:
        if copied is not None and sys.argv[4:] != ["skip"]:
            hand_over_clipboard(app)
        logging.shutdown()
        os._exit(3)


if __name__ == "__main__":
    main()
