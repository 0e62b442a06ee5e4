"""``silence list`` of Alertmanagers that are not one cluster, a member down: a silence that
member holds whose end passed while it does not answer (code review 63A CA2). The tray expires
it at its end (``merge.as_held_at``, review 62 Y14); ``silence list`` listed it "active (as last
seen …)", covering its alert, also without ``--all``, and ``--json`` gave ``"state": "active"``.
Two real Alertmanagers on loopback, not peered; the time passing stands in as the shift
journal's copy of the silence ending in the past (no wall clock)."""

from __future__ import annotations

import json
import re
import sqlite3

from test_cli import run
from test_silence_cli_apart import _acknowledged_on
from test_silence_holders_down import _cli_apart

from oncall_tray.paths import Folders


def test_silence_list_expires_a_member_down_s_silence_past_its_end(tmp_path):
    with _cli_apart(tmp_path, _acknowledged_on) as (a, b, settings, sid):
        b.stop()
        with sqlite3.connect(Folders.for_user().journal) as conn:
            moved = conn.execute("UPDATE silences SET ends_at = '2026-01-01T00:00:00.000000Z' WHERE id = ?", (sid,))
            assert moved.rowcount == 1
        conn.close()
        doc = {s["id"]: s for s in json.loads(run("silence", "list", "--json", "--all", config=str(settings)).stdout)}
        assert doc[sid]["status"]["state"] == "expired", doc[sid]
        assert doc[sid]["covers"] == [] and doc[sid]["lastSeen"] is True and doc[sid]["heldBy"] == [b.url], doc[sid]
        shown = json.loads(run("silence", "list", "--json", config=str(settings)).stdout)
        assert sid not in {s["id"] for s in shown}, shown
        done = run("silence", "list", config=str(settings))
        assert done.returncode == 0, done.stderr
        assert sid not in done.stdout, done.stdout
        done = run("silence", "list", "--all", config=str(settings))
        block = next(block for block in done.stdout.split("\n\n") if block.startswith(sid))
        assert block.splitlines()[0].startswith(f"{sid}  expired  (as last seen"), block
        assert re.search(r"\n  covers: +no alert now\n", block + "\n"), block
