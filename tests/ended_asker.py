"""An expire asked by a process that has ended since (a tray's last run, an ``oncall-tray silence
expire`` interrupted): ``own_expires.ask_expire`` run in a child process, the silence's
``updatedAt`` as Alertmanager gives it noted as seen, as the tray and the command line do."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.core.journal_schema import ts

ASK = """
import sys
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_schema import parse_ts
from oncall_tray.core.own_expires import ask_expire
journal = Journal.open(sys.argv[1])
try:
    ask_expire(journal, sys.argv[2], sys.argv[3], at=parse_ts(sys.argv[5]) if sys.argv[5] else None,
               seen=parse_ts(sys.argv[4]) if sys.argv[4] else None)
finally:
    journal.close()
"""


def seen_of(url: str, silence_id: str):
    """The silence's ``updatedAt`` as the app reads it (aware UTC)."""
    with AlertmanagerClient(url) as client:
        return client.get_silence(silence_id).updated_at


def ask_from_ended_process(journal_path: Path, silence_id: str, asker: str = "tray ana", seen=None,
                           at=None) -> None:
    """Note the ask of ``silence_id``'s expire in the journal at ``journal_path`` from a child
    process that then ends; ``seen``: the silence's ``updatedAt`` it noted (None: none); ``at``:
    when, by that process's clock (aware UTC; None: now)."""
    subprocess.run([sys.executable, "-c", ASK, str(journal_path), silence_id, asker, ts(seen) if seen else "",
                    ts(at) if at else ""], check=True, timeout=120)
