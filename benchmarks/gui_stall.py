"""GUI event-loop stall while 10,000 alerts arrive (design notes, "Performance": < 50 ms).

Starts a real Alertmanager holding N alerts, runs the real tray controller (poller thread,
tray, alerts window shown) in this process, and measures the longest gap between ticks of a
5 ms timer on the GUI thread over several polls, then while half of the alerts resolve at once.

    .venv/bin/python benchmarks/gui_stall.py [--alerts 10000] [--polls 5]

Runs offscreen (QT_QPA_PLATFORM=offscreen) unless DISPLAY and --xcb are given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from oncall_tray.config import Config, LoadedConfig  # noqa: E402
from oncall_tray.demo import LocalAlertmanager  # noqa: E402

UTC = dt.timezone.utc


def alerts(n: int, ends: dt.datetime) -> list[dict]:
    severities = ("critical", "warning", "info")
    now = dt.datetime.now(UTC)
    return [{
        "labels": {"alertname": f"Synthetic{i % 50}", "severity": severities[i % 3], "instance": f"host-{i}:9100",
                   "job": "node", "service": f"svc-{i % 20}", "team": "conectcrm", "env": "production", "pod": f"pod-{i}"},
        "annotations": {"summary": f"Synthetic alert {i} is firing", "description": "Benchmark load.",
                        "runbook_url": "observability/RUNBOOKS.md#synthetic"},
        "startsAt": (now - dt.timedelta(seconds=i)).isoformat(), "endsAt": ends.isoformat(),
    } for i in range(n)]


def post(am: LocalAlertmanager, items: list[dict]) -> None:
    for start in range(0, len(items), 1000):
        am.post_alerts(items[start:start + 1000])


class StallProbe:
    """Records the longest gap between ticks of a 5 ms timer (the event loop's stall)."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.worst = 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def reset(self) -> int:
        worst, self.worst, self.last = self.worst, 0, self.clock.elapsed()
        return worst


GC_PAUSES: list[float] = []


def _gc_timer():
    import gc

    started = [0.0]

    def callback(phase, info):
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            GC_PAUSES.append(((time.perf_counter() - started[0]) * 1000, info["generation"], info["collected"],
                              threading.current_thread().name))


    gc.callbacks.append(callback)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=10_000)
    parser.add_argument("--polls", type=int, default=5)
    args = parser.parse_args()
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="oncall-bench-")
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="oncall-bench-data-")  # a journal of its own
    _gc_timer()
    app = QApplication(sys.argv[:1])
    from oncall_tray.ui.app import TrayController

    with LocalAlertmanager() as am:
        ends = dt.datetime.now(UTC) + dt.timedelta(hours=1)
        items = alerts(args.alerts, ends)
        post(am, items)
        config = Config(alertmanager_url=am.url, poll_interval=1, notifications=False)
        controller = TrayController(LoadedConfig(config, Path("none.yaml"), False, ()))
        polls: list[float] = []
        controller.poller.polled.connect(lambda _r: polls.append(time.monotonic()))
        probe = StallProbe()
        controller.start()
        controller.show_window()

        def run_until(count: int, timeout: float) -> None:
            deadline = time.monotonic() + timeout
            while len(polls) < count and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.001)

        run_until(1, 60)
        first = probe.reset()
        run_until(1 + args.polls, 120)
        steady = probe.reset()
        resolved = [{**a, "endsAt": dt.datetime.now(UTC).isoformat()} for a in items[::2]]
        post(am, resolved)
        probe.reset()
        run_until(len(polls) + 2, 60)
        mass = probe.reset()
        rows = controller.window.model.rowCount()
        controller.shutdown()
    print(f"alerts: {args.alerts}, polls seen: {len(polls)}, rows after half resolved: {rows}")
    print(f"longest GUI stall: first poll {first} ms, steady polls {steady} ms, "
          f"half resolved at once {mass} ms (target < 50 ms)")
    worst = ", ".join(f"{ms:.0f} ms (gen {gen}, {thread})" for ms, gen, _n, thread in sorted(GC_PAUSES, reverse=True)[:3])
    print(f"garbage collections during the run: {len(GC_PAUSES)}; longest: {worst}")
    sys.stdout.flush()
    # Leave without tearing the Qt objects down one by one: this script measures, it does not
    # test shutdown (the end-to-end tests do).
    os._exit(0)


if __name__ == "__main__":
    main()
