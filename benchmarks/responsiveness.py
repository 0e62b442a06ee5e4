"""Idle CPU between polls, and the time from the poll that sees a new alert to its notification
(design notes, Performance: "idle CPU between polls near zero"; "from the poll that sees a new
alert to the notification: under 1 second"), on a private virtual desktop with dunst.

For each N in ``--sizes`` (default 1,000 and 10,000), an Alertmanager holding N alerts and the
real tray (``python -m oncall_tray --verbose``, notifications on, a shift open, a poll every
``--interval`` seconds):

- **Notification latency**, ``--trials`` times: right after a poll (httpx's "GET .../api/v2/alerts"
  line in the tray's log), one new critical alert is posted; the next poll is the one that sees
  it. The latency runs from that poll's log line (written when Alertmanager's answer began, so
  reading the rest of it, decoding, tracking and notifying are all counted) to the moment dunst
  showed "[CRITICAL] <its name>" (the time dunst's rule script wrote that notification's file:
  tests/desktop_env.py). Both are wall-clock times of this machine; the log's have milliseconds.
- **Idle CPU**: the tray's CPU time (user + system, all threads: ``/proc/PID/stat``) from
  ``SETTLE_S`` after a poll's line until 1 s before the next poll is due, in the same polls as
  the latency trials' quiet halves, against the bare PySide6 tray app's (benchmarks/bare_tray.py)
  over windows as long. In milliseconds of CPU per second (10 ms/s = 1 % of one core).

    .venv/bin/python benchmarks/responsiveness.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import (  # noqa: E402
    add_repo_paths,
    machine_line,
    make_alerts,
    post_in_batches,
    sigterm_as_interrupt,
    stop_process,
    wait_for_count,
    wait_until,
)

add_repo_paths()
import httpx  # noqa: E402
from desktop_env import VirtualDesktop  # noqa: E402
from memory import Tray  # noqa: E402

from oncall_tray.demo import LocalAlertmanager, free_port  # noqa: E402

UTC = dt.timezone.utc
TARGET_LATENCY_S = 1.0
TARGET_IDLE_MS_PER_S = 10.0  # "near zero": at most 1 % of one core
SETTLE_S = 3.0  # after a poll's log line: its work (decoding 10,000 alerts, the window model) is done
CLOCK_TICK_S = 1 / os.sysconf("SC_CLK_TCK")
_LOG_TIME = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d) ")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` and all its threads so far (seconds)."""
    with open(f"/proc/{pid}/stat", "rb") as stat:
        fields = stat.read().rsplit(b")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * CLOCK_TICK_S  # utime, stime (fields 14, 15)


class LatencyTray(Tray):
    """The real tray with notifications on and a poll every ``interval`` seconds; knows when each
    poll's answer came (wall-clock seconds, from its log)."""

    def __init__(self, desktop: VirtualDesktop, url: str, folder: Path, interval: float) -> None:
        closed = f"http://127.0.0.1:{free_port()}"  # nothing listens: no trends, no dashboard checks
        settings = (f"alertmanager_url: {url}\nprometheus_url: {closed}\ngrafana_url: {closed}\n"
                    f"poll_interval: {interval:g}\nrequest_timeout: 30\nnotifications: true\nsound: false\n"
                    "language: en\nengineer: bench\n")
        super().__init__(desktop, url, folder, shift_open=True, settings=settings)

    def poll_times(self) -> list[float]:
        """The wall-clock time (seconds since the epoch) of each poll's "GET .../api/v2/alerts"
        log line so far."""
        if self.process.poll() is not None:
            raise RuntimeError(f"the tray exited ({self.process.returncode}): {self.output()[-3000:]}")
        needle = f"GET {self.url}/api/v2/alerts"
        times = []
        for line in self.output().splitlines():
            match = _LOG_TIME.match(line)
            if match and needle in line:
                times.append(dt.datetime.fromisoformat(match[1]).timestamp())
        return times

    def polls(self) -> int:
        return len(self.poll_times())


def probe_alert(name: str) -> dict:
    now = dt.datetime.now(UTC)
    return {"labels": {"alertname": name, "severity": "critical", "instance": "probe:9100", "job": "bench"},
            "annotations": {"summary": f"{name}: a new alert for the latency probe"},
            "startsAt": now.isoformat(), "endsAt": (now + dt.timedelta(hours=1)).isoformat()}


def shown_at(desktop: VirtualDesktop, summary: str) -> float | None:
    """When dunst showed the notification titled ``summary`` (wall-clock seconds), None if not yet:
    the time its rule script wrote the notification's file (tests/desktop_env.py)."""
    for path in (desktop.tmp / "notifications").glob("n.*.env"):
        if f"DUNST_SUMMARY={summary}\0".encode() in path.read_bytes():
            return path.stat().st_mtime_ns / 1e9
    return None


def measure(desktop: VirtualDesktop, folder: Path, size: int, interval: float, trials: int) -> dict:
    """Latencies (s) and idle windows (CPU s, wall s) of the tray with ``size`` alerts."""
    am, tray = LocalAlertmanager(), None
    try:
        am.start()
        post_in_batches(am.url, make_alerts(size))
        wait_for_count(am.url, size)
        tray = LatencyTray(desktop, am.url, folder / f"tray-{size}", interval)
        tray.wait_polls(2, timeout=60 + size / 500)
        latencies, idle_cpu, idle_wall = [], 0.0, 0.0
        with httpx.Client(base_url=am.url, timeout=10) as http:
            for trial in range(trials):
                seen = tray.polls()
                tray.wait_polls(seen + 1, timeout=interval + 60)
                name = f"LatencyProbe{size}x{trial}"
                http.post("/api/v2/alerts", json=[probe_alert(name)]).raise_for_status()
                time.sleep(SETTLE_S)  # the poll just made settles; then the quiet part until the next
                start_cpu, start = cpu_seconds(tray.process.pid), time.monotonic()
                time.sleep(max(0.0, interval - SETTLE_S - 1.0))
                cpu, wall = cpu_seconds(tray.process.pid) - start_cpu, time.monotonic() - start
                if tray.polls() == seen + 1:  # no poll came within the window
                    idle_cpu, idle_wall = idle_cpu + cpu, idle_wall + wall
                tray.wait_polls(seen + 2, timeout=interval + 60)
                poll_time = tray.poll_times()[seen + 1]  # the poll that sees the new alert
                summary = f"[CRITICAL] {name}"
                shown = wait_until(lambda: shown_at(desktop, summary), timeout=30, what=f"the notification {summary!r}")
                latencies.append(shown - poll_time)
        if "Traceback" in tray.output():
            print(f"  warning: a traceback in the tray's log ({tray.stderr_path})", file=sys.stderr)
        return {"latencies": latencies, "idle_cpu": idle_cpu, "idle_wall": idle_wall}
    finally:
        if tray is not None:
            tray.stop()
        am.stop()


def bare_idle(desktop: VirtualDesktop, folder: Path, seconds: float) -> tuple[float, float]:
    """CPU seconds the bare tray app spends over ``seconds`` of wall time once it shows its icon."""
    log = open(folder / "bare.stderr", "wb")
    proc = subprocess.Popen([sys.executable, str(HERE / "bare_tray.py")], env=desktop.env,
                            stdout=subprocess.PIPE, stderr=log, start_new_session=True, text=True)
    try:
        if not proc.stdout.readline().startswith("ready"):
            raise RuntimeError(f"bare tray did not start: {(folder / 'bare.stderr').read_text(errors='replace')}")
        time.sleep(SETTLE_S)
        start_cpu, start = cpu_seconds(proc.pid), time.monotonic()
        time.sleep(seconds)
        return cpu_seconds(proc.pid) - start_cpu, time.monotonic() - start
    finally:
        stop_process(proc)
        log.close()


def _rate(cpu_s: float, wall_s: float) -> str:
    """ms of CPU per s of wall time; "<x" when not one clock tick was counted (the resolution)."""
    if not wall_s:
        return "?"
    if cpu_s <= 0:
        return f"<{1000 * CLOCK_TICK_S / wall_s:.2f}"
    return f"{1000 * cpu_s / wall_s:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated alert counts (default 1000,10000)")
    parser.add_argument("--trials", type=int, default=7, help="new alerts per size (default 7)")
    parser.add_argument("--interval", type=float, default=10.0,
                        help="the tray's poll interval in seconds (default 10; at least 6)")
    args = parser.parse_args()
    if args.interval < SETTLE_S + 3:
        parser.error(f"--interval must be at least {SETTLE_S + 3:g} s")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results: dict[int, dict] = {}
    with sigterm_as_interrupt(), tempfile.TemporaryDirectory(prefix="oncall-bench-resp-") as tmp:
        folder = Path(tmp)
        desktop = VirtualDesktop()
        try:
            desktop.start()
            print(f"virtual desktop on {desktop.display}; the bare tray app, idle...", file=sys.stderr)
            bare_cpu, bare_wall = bare_idle(desktop, folder, 3 * (args.interval - SETTLE_S - 1))
            for size in sizes:
                print(f"N={size}: Alertmanager + the real tray, {args.trials} new alerts...", file=sys.stderr, flush=True)
                results[size] = measure(desktop, folder, size, args.interval, args.trials)
        except KeyboardInterrupt:
            print("interrupted; children stopped", file=sys.stderr)
            return 130
        finally:
            desktop.stop()

    print()
    print(f"notification latency and idle CPU; poll every {args.interval:g} s, {args.trials} trials per size")
    print(f"  {machine_line()}")
    print()
    print(f"{'alerts':>7}  {'latency median':>14}  {'max':>6}  {'target':<16} {'idle CPU':>11}  {'bare app':>10}  target")
    for size, r in results.items():
        latencies, rate = r["latencies"], _rate(r["idle_cpu"], r["idle_wall"])
        worst = max(latencies)
        verdict = "ok" if worst < TARGET_LATENCY_S else "MISSED"
        idle = "ok" if r["idle_wall"] and 1000 * r["idle_cpu"] / r["idle_wall"] <= TARGET_IDLE_MS_PER_S else "MISSED"
        print(f"{size:>7}  {statistics.median(latencies):>12.3f} s  {worst:>4.2f} s  < {TARGET_LATENCY_S:g} s: {verdict:<6} "
              f"{rate:>6} ms/s  {_rate(bare_cpu, bare_wall):>5} ms/s  <= {TARGET_IDLE_MS_PER_S:g} ms/s: {idle}")
    print()
    print("latency: from the log line of the poll that saw the new alert to dunst showing it; idle CPU: "
          f"ms of CPU per s between polls ({r['idle_wall']:.0f} s measured per size; the bare app over "
          f"{bare_wall:.0f} s), 10 ms/s = 1 % of one core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
