"""A poller in a process of its own whose Alertmanager's host name never resolves (a fake
resolver that blocks, as a DNS lookup with the VPN down: where the poll's cut cannot reach), the
handoff Markdown copied, then quitting as ``launch`` does: ``python poller_quit_process.py TEXT``
(under a display: the clipboard owned). Prints ``quitting`` once the poll waits on the resolver;
exits with 3 through ``os._exit`` when the poller did not stop (``launch``'s way), after
``hand_over_clipboard`` (code review 84 BC5: it destroyed the running QThread, Qt aborted)."""

from __future__ import annotations

import logging
import os
import socket
import sys
import threading

from PySide6.QtWidgets import QApplication

from oncall_tray.config import Config
from oncall_tray.ui.launch import hand_over_clipboard
from oncall_tray.ui.poller import Poller

HOST = "am.unresolvable.example"


def main() -> None:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    resolving, never = threading.Event(), threading.Event()
    real = socket.getaddrinfo

    def blocked(host, *args, **kwargs):
        if host == HOST:
            resolving.set()
            never.wait()  # until the process exits
        return real(host, *args, **kwargs)

    socket.getaddrinfo = blocked
    app = QApplication([])
    app.clipboard().setText(sys.argv[1])
    poller = Poller(Config(alertmanager_url=f"http://{HOST}:9093", engineer="ana"))
    poller.start()
    while not resolving.wait(0.02):
        app.processEvents()
    print("quitting", flush=True)
    if not poller.shutdown(200):
        hand_over_clipboard(app)
        logging.shutdown()
        os._exit(3)


if __name__ == "__main__":
    main()
