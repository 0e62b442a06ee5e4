"""GUI event-loop stall while 10,000 alerts arrive (design notes, "Performance": < 50 ms).

Starts a real Alertmanager holding N alerts, runs the real tray controller (poller thread,
tray, alerts window shown) in this process, and measures the longest gap between ticks of a
5 ms timer on the GUI thread over several polls, then while half of the alerts resolve at once
(posted by another process, as Prometheus would, while the GUI thread keeps running); start-up
(building, showing and first painting the windows, before any alert is known) is given apart. Each phase
ends 0.6 s after its last poll result, so that the repaint and the work a poll starts count in the
phase of that poll.

    .venv/bin/python benchmarks/gui_stall.py [--alerts 10000] [--polls 5] [--profile first|steady|resolve]
        [--stacks MS] [--slots MS]

``--profile first|steady|resolve`` runs cProfile on the GUI thread from the start to the first
poll, over the steady polls, or over the two polls that see half of the alerts resolve, and
prints where it spent its time; ``--stacks MS`` samples every thread's stack (every millisecond) while the GUI thread
is late by more than MS ms, and prints, per stall, what each thread was doing.

Runs offscreen (QT_QPA_PLATFORM=offscreen) unless DISPLAY and --xcb are given.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import datetime as dt
import json
import os
import pstats
import subprocess
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
        self.log = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = self.clock.elapsed()
        gap = now - self.last
        self.worst = max(self.worst, gap)
        self.last = now
        self.last_wall = time.monotonic()
        if gap >= LOGGED_MS:
            self.log.append((self.last_wall - gap / 1000, gap))

    last_wall = 0.0
    log: list[tuple[float, int]]  # (when it began, time.monotonic(); ms) of every stall >= LOGGED_MS

    def reset(self) -> int:
        worst, self.worst, self.last = self.worst, 0, self.clock.elapsed()
        return worst

    def split(self) -> int:
        """The worst gap so far; the gap under way counts in what comes next."""
        worst, self.worst = self.worst, 0
        return worst


class StackSampler(threading.Thread):
    """While the probe is late by more than ``late_ms``, samples every thread's innermost
    frames (of this project, or the innermost one) once a millisecond; one record per stall."""

    def __init__(self, probe: StallProbe, late_ms: float) -> None:
        super().__init__(name="stack sampler", daemon=True)
        self.probe, self.late = probe, late_ms / 1000
        self.stalls: list[tuple[float, collections.Counter]] = []
        self.main = threading.main_thread().ident

    @staticmethod
    def _where(frame) -> str:
        names = []
        while frame is not None and len(names) < 4:
            code = frame.f_code
            if "oncall_tray" in code.co_filename or not names:
                names.append(f"{Path(code.co_filename).stem}.{code.co_name}:{frame.f_lineno}")
            frame = frame.f_back
        return " < ".join(names)

    def run(self) -> None:
        counts: collections.Counter | None = None
        started = 0.0
        threads = {t.ident: t.name for t in threading.enumerate()}
        while True:
            time.sleep(0.001)
            last = self.probe.last_wall
            if time.monotonic() - last > self.late:
                if counts is None or started != last:
                    counts, started = collections.Counter(), last
                    self.stalls.append((last, counts))
                    threads = {t.ident: t.name for t in threading.enumerate()}
                for ident, frame in sys._current_frames().items():
                    if ident != self.ident:
                        name = "GUI" if ident == self.main else threads.get(ident, str(ident))
                        counts[f"{name}: {self._where(frame)}"] += 1

    def report(self, probe_start: float) -> None:
        for at, counts in self.stalls:
            total = max(counts.values()) if counts else 0
            print(f"-- stall from t={at - probe_start:.2f} s, ~{total} ms sampled")
            for where, n in counts.most_common(12):
                print(f"   {n:4d}  {where}")


LOGGED_MS = 25
SETTLE_S = 0.6  # after a poll: how long the GUI thread is watched before a phase ends (polls are 1 s apart)
POSTER = """
import sys, urllib.request
request = urllib.request.Request(sys.argv[1], data=open(sys.argv[2], "rb").read(),
                                 headers={"Content-Type": "application/json"})
urllib.request.urlopen(request, timeout=60).read()
"""


class SlotTimer:
    """Times every Python function the event loop calls on the GUI thread (the slots, timers and
    overridden virtuals that ``processEvents`` enters), keeping those over ``over_ms``."""

    def __init__(self, loop_code, over_ms: float) -> None:
        self.loop_code, self.over = loop_code, over_ms / 1000
        self.open: dict[int, float] = {}
        self.slow: list[tuple[float, float, str]] = []  # (start, seconds, where)
        self.iteration = collections.defaultdict(lambda: [0, 0.0])  # where -> [calls, seconds] in this loop

    def __call__(self, frame, event, _arg) -> None:
        if event not in ("call", "return") or frame.f_back is None or frame.f_back.f_code is not self.loop_code:
            return
        if event == "call":
            self.open[id(frame)] = time.monotonic()
        else:
            began = self.open.pop(id(frame), None)
            if began is not None:
                code = frame.f_code
                where = f"{Path(code.co_filename).stem}.{code.co_qualname}"
                spent = time.monotonic() - began
                self.iteration[where][0] += 1
                self.iteration[where][1] += spent
                if spent > self.over:
                    self.slow.append((began, spent, where))

    def next_iteration(self, began: float, took: float) -> None:
        """The event loop ran once for ``took`` seconds: keep what it called when that was long."""
        if took >= LOGGED_MS / 1000 and self.iteration:
            calls = sorted(self.iteration.items(), key=lambda i: -i[1][1])[:4]
            self.slow.append((began, took, "loop ran " + ", ".join(
                f"{n} x {where} {spent * 1000:.0f} ms" for where, (n, spent) in calls)))
        self.iteration = collections.defaultdict(lambda: [0, 0.0])


def waited_for_cpu() -> float:
    """Seconds this (GUI) thread has waited, runnable, for a CPU (Linux schedstat)."""
    return int(Path(f"/proc/self/task/{threading.get_native_id()}/schedstat").read_text().split()[1]) / 1e9


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) of process ``pid`` (Linux)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def thread_cpu() -> dict[str, float]:
    """CPU seconds (user + system) of each thread of this process, by its name (Linux)."""
    ticks = os.sysconf("SC_CLK_TCK")
    out: dict[str, float] = collections.defaultdict(float)
    for task in Path("/proc/self/task").iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        out[name] += (int(fields[11]) + int(fields[12])) / ticks
    return out
GC_PAUSES: list[float] = []


def _gc_timer():
    import gc

    started = [0.0]

    def callback(phase, info):
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            GC_PAUSES.append(((time.perf_counter() - started[0]) * 1000, info["generation"], info["collected"],
                              threading.current_thread().name, time.monotonic()))


    gc.callbacks.append(callback)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=10_000)
    parser.add_argument("--polls", type=int, default=5)
    parser.add_argument("--profile", choices=("first", "steady", "resolve"),
                        help="cProfile the GUI thread from the start to the first poll, over the steady polls, or "
                             "over the polls that see half resolve")
    parser.add_argument("--stacks", type=float, metavar="MS", help="sample stacks while the GUI is late by MS ms")
    parser.add_argument("--alertmanager-nice", type=int, default=0, metavar="N",
                        help="run Alertmanager at this nice level (as on a desk where it runs on a server, "
                             "not on the engineer's cores); default 0, the same as the tray")
    parser.add_argument("--slots", type=float, metavar="MS",
                        help="list the Python slots the event loop ran on the GUI thread for longer than MS ms")
    args = parser.parse_args()
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="oncall-bench-")
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="oncall-bench-data-")  # a journal of its own
    _gc_timer()
    app = QApplication(sys.argv[:1])
    from oncall_tray.ui.app import TrayController

    with LocalAlertmanager() as am:
        if args.alertmanager_nice:
            for task in Path(f"/proc/{am._process.pid}/task").iterdir():  # every thread it has (Linux)
                os.setpriority(os.PRIO_PROCESS, int(task.name), args.alertmanager_nice)
        ends = dt.datetime.now(UTC) + dt.timedelta(hours=1)
        items = alerts(args.alerts, ends)
        post(am, items)
        config = Config(alertmanager_url=am.url, poll_interval=1, notifications=False)
        controller = TrayController(LoadedConfig(config, Path("none.yaml"), False, ()))
        polls: list[float] = []
        probe = StallProbe()
        start_up: list[int] = []

        def on_polled(_result) -> None:  # connected after the controller: runs after its on_polled
            if not polls:
                start_up.append(probe.split())  # the first poll's own work counts in its phase
            polls.append(time.monotonic())

        controller.poller.polled.connect(on_polled)
        started = time.monotonic()
        stat = Path("/proc/self/stat").read_text()
        began_ticks = int(stat[stat.rindex(")") + 2:].split()[19])
        since_exec = time.clock_gettime(time.CLOCK_BOOTTIME) - began_ticks / os.sysconf("SC_CLK_TCK")
        sampler = StackSampler(probe, args.stacks) if args.stacks else None
        if sampler is not None:
            sampler.start()
        profile = cProfile.Profile() if args.profile else None
        if args.profile == "first":
            profile.enable()
        controller.start()
        controller.show_window()

        loop_log: list[tuple[float, float, float]] = []

        def run_until(count: int, timeout: float) -> None:
            deadline = time.monotonic() + timeout
            while len(polls) < count and time.monotonic() < deadline:
                began = time.monotonic()
                app.processEvents()
                between = time.monotonic()
                time.sleep(0.001)
                ended = time.monotonic()
                if ended - began >= LOGGED_MS / 1000:  # where a stall went: events, or getting the GIL back
                    loop_log.append((began, between - began, ended - between))
                if args.slots:
                    slots.next_iteration(began, between - began)

        if args.slots:
            slots = SlotTimer(run_until.__code__, args.slots)
            sys.setprofile(slots)
        def settle() -> None:
            """Let the GUI thread finish with the last poll (model, repaint, the work it starts
            on other threads) so that it counts in the phase that caused it."""
            run_until(sys.maxsize, SETTLE_S)

        run_until(1, 60)
        settle()
        first = probe.reset()
        if args.profile == "first":
            profile.disable()
        if args.profile == "steady":
            profile.enable()
        cpu_before, am_before, waited_before = thread_cpu(), process_cpu(am._process.pid), waited_for_cpu()
        run_until(1 + args.polls, 120)
        settle()
        steady = probe.reset()
        if args.profile == "steady":
            profile.disable()
        cpu = {name: seconds - cpu_before.get(name, 0.0) for name, seconds in thread_cpu().items()}
        cpu["(Alertmanager)"] = process_cpu(am._process.pid) - am_before
        waited = waited_for_cpu() - waited_before
        resolved = [{**a, "endsAt": dt.datetime.now(UTC).isoformat()} for a in items[::2]]
        body = Path(os.environ["XDG_CACHE_HOME"]) / "resolved.json"
        body.write_text(json.dumps(resolved), encoding="utf-8")
        probe.reset()
        if args.profile == "resolve":
            profile.enable()
        # As Prometheus would: from another process, while the GUI thread keeps running.
        poster = subprocess.Popen([sys.executable, "-c", POSTER, am.url + "/api/v2/alerts", str(body)])
        deadline = time.monotonic() + 60
        while poster.poll() is None and time.monotonic() < deadline:
            run_until(sys.maxsize, 0.05)
        if poster.wait(1) != 0:
            raise SystemExit("posting the resolved alerts failed")
        run_until(len(polls) + 2, 60)
        settle()
        mass = probe.reset()
        sys.setprofile(None)
        if args.profile == "resolve":
            profile.disable()
        rows = controller.window.model.rowCount()
        start_window = controller.shift.window("start")
        shown = ["alerts window"] + ([f"shift start window ({start_window.alerts_box.title()})"]
                                     if start_window is not None and start_window.isVisible() else [])
        controller.shutdown()
    print(f"alerts: {args.alerts}, polls seen: {len(polls)}, rows after half resolved: {rows}; "
          f"Alertmanager at nice {args.alertmanager_nice}; "
          f"shown: {', '.join(shown)}")
    print(f"longest GUI stall: first poll {first} ms, steady polls {steady} ms, "
          f"half resolved at once {mass} ms (target < 50 ms); start-up before the first poll "
          f"(windows built, shown and first painted) {start_up[0]} ms")
    worst = ", ".join(f"{ms:.0f} ms (gen {gen}, {thread}, {n} collected)"
                      for ms, gen, n, thread, _t in sorted(GC_PAUSES, reverse=True)[:3])
    print("CPU per steady poll, by thread: " + ", ".join(
        f"{name} {seconds / args.polls * 1000:.0f} ms" for name, seconds in sorted(cpu.items(), key=lambda i: -i[1])
        if seconds > 0))
    print(f"the GUI thread waited for a CPU (runnable, not running) {waited / args.polls * 1000:.0f} ms per steady "
          f"poll; load average {os.getloadavg()[0]:.2f}")
    print(f"garbage collections during the run: {len(GC_PAUSES)}; longest: {worst}")
    totals = collections.defaultdict(lambda: [0, 0.0])
    for ms, gen, _n, thread, _t in GC_PAUSES:
        totals[thread, gen][0] += 1
        totals[thread, gen][1] += ms
    print("  by thread and generation: " + "; ".join(f"{thread} gen {gen}: {n} x, {ms:.0f} ms"
                                                   for (thread, gen), (n, ms) in sorted(totals.items())))
    events = [(t, f"poll {i + 1} result") for i, t in enumerate(polls)] + [(t, f"stall {ms} ms") for t, ms in probe.log]
    events += [(t, f"(gc {ms:.0f} ms gen {gen} in {thread})") for ms, gen, _n, thread, t in GC_PAUSES if ms >= 10]
    events += [(t, f"(loop: events {a * 1000:.0f} ms, sleep 1 ms {b * 1000:.0f} ms)") for t, a, b in loop_log]
    if args.slots:
        events += [(t, f"[{where} {seconds * 1000:.0f} ms]") for t, seconds, where in slots.slow]
    print(f"timeline (s from start, {since_exec:.2f} s after the process began; stalls >= {LOGGED_MS} ms): " +
          "; ".join(f"{t - started:.2f} {what}" for t, what in sorted(events)))
    if sampler is not None:
        sampler.report(started)
    if profile is not None:
        stats = pstats.Stats(profile).strip_dirs()
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(40)
        stats.print_callees("on_polled|on_board|_changed")
    sys.stdout.flush()
    # Leave without tearing the Qt objects down one by one: this script measures, it does not
    # test shutdown (the end-to-end tests do).
    os._exit(0)


if __name__ == "__main__":
    main()
