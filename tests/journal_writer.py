"""A process that writes to a shift journal as fast as it can, for the crash and concurrency
tests: ``python journal_writer.py PATH MODE NAME COUNT``.

Modes:
    notes: ``COUNT`` notes ``NAME-<i>`` on the alert ``NAME``, one transaction each; after each
        commit, prints ``<i>`` (flushed), so that the parent knows what was committed.
    polls: polls of 200 alerts that all change between two polls (200 fired, 200 resolved: one
        transaction of 400 events and 400 rows); prints the poll's number after each commit.
Prints ``ready`` first; ``COUNT`` 0 means forever.
"""

from __future__ import annotations

import datetime as dt
import sys

from oncall_tray.alertmanager.models import Alert, AlertStatus
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.severity import Severity

UTC = dt.timezone.utc
BATCH = 200


def poll_alerts(n: int) -> tuple[dict, dict]:
    start = dt.datetime(2026, 11, 30, tzinfo=UTC) + dt.timedelta(minutes=n)
    alerts = {}
    for i in range(BATCH):
        fp = f"{n:06d}{i:04d}"
        alerts[fp] = Alert(fingerprint=fp, labels={"alertname": f"Batch{n}", "i": str(i), "severity": "warning"},
                           status=AlertStatus("active"), starts_at=start)
    return alerts, {fp: Severity.WARNING for fp in alerts}


def main() -> None:
    path, mode, name, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    journal = Journal.open(path)
    first = len(journal.notes_for(name)) if mode == "notes" else \
        journal.query("SELECT count(*) FROM events WHERE kind = 'fired'")[0][0] // BATCH
    print("ready", flush=True)
    i = first
    while count == 0 or i < first + count:
        if mode == "notes":
            journal.add_note(name, f"{name}-{i}", alertname=name, actor=name, source="test")
        else:
            alerts, severities = poll_alerts(i)
            record_poll(journal, alerts, severities, {}, dt.datetime.now(UTC))
        print(i, flush=True)
        i += 1


if __name__ == "__main__":
    main()
