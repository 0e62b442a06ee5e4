"""Memory over a shift: does the tray's RSS keep growing while alerts keep firing and resolving?

Starts a VirtualDesktop (Xvfb, D-Bus, dunst, trayer: tests/desktop_env.py), a real Alertmanager
on a free loopback port and the real tray (``python -m oncall_tray --verbose --config CFG``,
``memory.Tray``) with ``poll_interval: 1`` (the smallest the settings accept), notifications ON
(dunst shows them) and a shift open (``handoff start --confirm``), so that the journal records
every alert fired and resolved. Prometheus and Grafana point at a closed loopback port (no
stranger's server answers; the trends fail fast, as with Prometheus down).

Then it churns, one cycle per ``--every`` polls (default 1: after every poll of the tray):

- keeps ``--firing`` alerts (default 200; ``_common.make_alerts``: critical 10 %, warning 50 %,
  info 40 %, summary and description annotations) firing: each cycle posts 1 to
  2 x ``--churn`` - 1 new alerts (mean ``--churn``, default 4: both the one-by-one and the
  "more than three" summary notifications), each with labels never seen before (a new
  fingerprint), and resolves as many of the oldest (posted again with endsAt = now);
- every ``--refire-every`` cycles (default 3) one of the new alerts is instead a recently
  resolved one firing again with the same labels (flapping);
- every ``--silence-every`` cycles (default 20) creates a silence over one firing alert and
  expires (DELETE) the one made the time before.

After a warm-up (``--warmup`` polls, default 50) it samples the tray's VmRSS and RssAnon (from
/proc/PID/status) every ``--sample-every`` polls (default 25) up to ``--polls`` (default 600):
each sample reads /proc every 50 ms from one poll to the next and keeps the smallest VmRSS (the
tray between polls) and the largest (during the poll). It prints the table, the least-squares
slope in KiB per 100 polls (all samples, and the second half alone) and what that slope makes
over a 12-hour shift at the default 15 s poll interval (2,880 polls). Nothing waits with a fixed
sleep: each step waits for the tray's poll count (httpx's "GET .../api/v2/alerts" lines on its
stderr) or Alertmanager's answer, with a timeout.

``--tracemalloc-diff A,B`` (e.g. 100,500) finds what grows: the tray then runs as this script's
child, which starts ``tracemalloc`` (25 frames) and then the real app in-process
(``oncall_tray.cli.main(["--verbose", "--config", CFG])``, the very code ``python -m
oncall_tray`` runs; no change to the app), counting its polls from httpx's log records; it takes
a snapshot at poll A and at poll B and writes the 15 largest differences by traceback, printed
at the end. The RSS figures of such a run include tracemalloc's own memory: compare them only
with each other.

    .venv/bin/python benchmarks/churn.py [--polls 600] [--firing 200] [--churn 4] [--tracemalloc-diff 100,500]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import logging
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SHIFT_POLLS = 12 * 3600 // 15  # a 12-hour shift at the default poll interval: 2,880 polls
SAMPLE_READ_GAP = 0.05  # s between two /proc reads within one sample
POLL_TIMEOUT = 30.0  # s for one poll of the tray (1 s interval; tracemalloc slows it)


# -- the child of --tracemalloc-diff: the real app, in-process, under tracemalloc -------------

def child(config: str, first: int, second: int, report: str, frames: int) -> int:
    """Run ``oncall_tray.cli.main`` under tracemalloc; snapshot at polls ``first`` and ``second``
    (counted from httpx's "GET .../api/v2/alerts" records) and write the differences to ``report``."""
    import tracemalloc

    tracemalloc.start(frames)
    state: dict = {"polls": 0, "first": None}

    class PollCounter(logging.Handler):
        # On the "httpx" logger itself: setup_logging replaces only the root's handlers.
        def emit(self, record: logging.LogRecord) -> None:
            message = record.getMessage()
            if "GET " not in message or "/api/v2/alerts" not in message:
                return
            state["polls"] += 1
            if state["polls"] == first:
                state["first"] = (tracemalloc.take_snapshot(), native_memory())
            elif state["polls"] == second and state["first"] is not None:
                write_diff(*state["first"], tracemalloc.take_snapshot(), native_memory(), first, second,
                           Path(report))

    logging.getLogger("httpx").addHandler(PollCounter(logging.INFO))
    from oncall_tray.cli import main as app_main

    return app_main(["--verbose", "--config", config])


def _short(name: str) -> str:
    for marker in ("site-packages/", "/desktop/", "/lib/python3"):
        if marker in name:
            return name.split(marker, 1)[1]
    return name


def native_memory() -> dict[str, float]:
    """KiB: VmRSS and RssAnon; what tracemalloc traces; glibc's heap in use and free inside it
    (``mallinfo2``); SQLite's own allocations (page caches,
    statements: ``sqlite3_memory_used``, when the ``_sqlite3`` module uses a shared libsqlite3)."""
    import ctypes
    import ctypes.util
    import tracemalloc

    values: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "RssAnon"):
            values[key] = float(rest.split()[0])
    values["tracemalloc"] = tracemalloc.get_traced_memory()[0] / 1024
    values["tracemalloc's own"] = tracemalloc.get_tracemalloc_memory() / 1024

    from heap_stats import glibc_heap

    heap = glibc_heap()
    if heap is not None:
        values["malloc in use"], values["malloc free"] = heap["in use"], heap["free"]
        values["malloc mmapped"] = heap["mmapped"]
    import _sqlite3  # noqa: F401  (loaded by the journal anyway)

    try:  # the library _sqlite3 is linked to, if shared (its symbols are then global: CDLL(None))
        name = next((line.split()[-1] for line in Path("/proc/self/maps").read_text().splitlines()
                     if "libsqlite3" in line), None) or ctypes.util.find_library("sqlite3")
        used = ctypes.CDLL(name).sqlite3_memory_used
        used.restype = ctypes.c_int64
        values["sqlite3_memory_used"] = used() / 1024
    except (OSError, AttributeError, TypeError):
        pass
    return values


def write_diff(before, native_before: dict, after, native_after: dict, first: int, second: int, report: Path,
               top: int = 15) -> None:
    """The ``top`` largest growths between two tracemalloc snapshots, by traceback, after the
    native figures (``native_memory``) at both polls."""
    import tracemalloc

    lines = [f"native memory at poll {first} -> poll {second} (KiB):"]
    for key, value in native_after.items():
        lines.append(f"  {key:<20} {native_before.get(key, 0):>10.0f} -> {value:>10.0f}  "
                     f"{value - native_before.get(key, 0):>+9.0f}")
    ignore = [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<unknown>")]
    before, after = before.filter_traces(ignore), after.filter_traces(ignore)
    diff = after.compare_to(before, "traceback")
    total = sum(stat.size_diff for stat in diff)
    lines += [f"tracemalloc, poll {second} minus poll {first}: {total / 1024:+.0f} KiB in all "
             f"({sum(s.size for s in after.statistics('filename')) / 2**20:.1f} MiB traced at poll {second}); "
             f"the {top} largest growths by traceback (innermost frame first):"]
    for stat in diff[:top]:
        lines.append(f"  {stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+7d} blocks "
                     f"(now {stat.size / 1024:.0f} KiB in {stat.count})")
        shown = 0
        for frame in reversed(stat.traceback):  # innermost first
            if frame.filename.startswith("<frozen") or "/logging/" in frame.filename:
                continue
            lines.append(f"        {_short(frame.filename)}:{frame.lineno}")
            shown += 1
            if shown == 10:
                break
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- the parent: desktop, Alertmanager, tray, churn -------------------------------------------

def parent(args: argparse.Namespace) -> int:
    from _common import (
        add_repo_paths,
        machine_line,
        make_alerts,
        post_in_batches,
        proc_status,
        sigterm_as_interrupt,
        stop_process,
        wait_for_count,
        wait_until,
    )
    from memory import Tray

    add_repo_paths()
    import httpx
    from desktop_env import VirtualDesktop

    from oncall_tray.demo import LocalAlertmanager, free_port

    class ChurnTray(Tray):
        """``memory.Tray`` with the churn's settings, a shift open, and an incremental poll count
        (the tray's --verbose log grows by a few lines per poll for the whole run)."""

        def __init__(self, desktop, url: str, folder: Path, settings: str, child_args: list[str] | None) -> None:
            self._child_args = child_args
            self._offset, self._count, self._tracebacks, self._tail = 0, 0, 0, b""
            self._needle = f"GET {url}/api/v2/alerts".encode()
            super().__init__(desktop, url, folder, shift_open=True, settings=settings)

        def command(self, config: Path) -> list[str]:
            if self._child_args is None:
                return super().command(config)
            return [sys.executable, __file__, "--child", str(config), *self._child_args]

        def polls(self) -> int:
            if self.process.poll() is not None:
                raise RuntimeError(f"the tray exited ({self.process.returncode}): {self.output()[-3000:]}")
            with open(self.stderr_path, "rb") as log:
                log.seek(self._offset)
                data = log.read()
            self._offset += len(data)
            text = self._tail + data
            cut = text.rfind(b"\n") + 1
            self._count += text[:cut].count(self._needle)
            self._tracebacks += text[:cut].count(b"Traceback (most recent call last)")
            self._tail = text[cut:]
            return self._count

        def tracebacks(self) -> int:
            return self._tracebacks

    rng = random.Random(7)
    measured = machine_line()  # the commit the tray runs (others may commit meanwhile)
    # tracemalloc's snapshots and their comparison run in the tray's poller thread, before the
    # poll's log line reaches stderr: a poll then takes up to minutes
    poll_timeout = POLL_TIMEOUT * (10 if args.tracemalloc_diff else 1)
    closed = f"http://127.0.0.1:{free_port()}"  # nothing listens: Prometheus and Grafana "down"
    pool_size = args.firing + (args.polls // args.every + 10) * (2 * args.churn - 1)
    samples: list[dict] = []
    counts = collections.Counter()
    report = None
    with sigterm_as_interrupt(), tempfile.TemporaryDirectory(prefix="oncall-bench-churn-") as tmp:
        folder = Path(tmp)
        desktop, am, tray = VirtualDesktop(), LocalAlertmanager(), None
        try:
            desktop.start()
            am.start()
            print(f"virtual desktop on {desktop.display}, Alertmanager on {am.url}; "
                  f"{args.firing} alerts firing...", file=sys.stderr, flush=True)
            pool = make_alerts(pool_size, seed=11)  # unique instance and pod: one fingerprint each
            firing = collections.deque(pool[:args.firing])  # oldest first; startsAt up to 10 h back
            post_in_batches(am.url, list(firing))
            wait_for_count(am.url, args.firing)
            next_new = args.firing
            recently_resolved: collections.deque = collections.deque(maxlen=50)
            silences: collections.deque = collections.deque()
            settings = (f"alertmanager_url: {am.url}\nprometheus_url: {closed}\ngrafana_url: {closed}\n"
                        "poll_interval: 1\nrequest_timeout: 30\nnotifications: true\nlanguage: en\n"
                        "engineer: bench\n")
            child_args = None
            if args.tracemalloc_diff:
                first, second = args.tracemalloc_diff
                report = folder / "tracemalloc-diff.txt"
                child_args = ["--diff-at", f"{first},{second}", "--report", str(report)]
            tray = ChurnTray(desktop, am.url, folder / "tray", settings, child_args)
            print(f"tray pid {tray.process.pid}; churning for {args.polls} polls...", file=sys.stderr, flush=True)
            http = httpx.Client(base_url=am.url, timeout=30)
            started = time.monotonic()
            tray.wait_polls(1, timeout=120)
            poll = tray.polls()
            cycle = 0
            while poll < args.polls:
                if poll % args.every == 0:
                    cycle += 1
                    churn(http, rng, args, cycle, pool, firing, recently_resolved, silences, counts, next_new)
                    next_new = counts["next_new"]
                sample_now = poll >= args.warmup and (poll - args.warmup) % args.sample_every == 0
                low = high = None
                deadline = time.monotonic() + poll_timeout
                while True:  # until the next poll; reading /proc meanwhile when sampling
                    if sample_now:
                        status = proc_status(tray.process.pid)
                        if status:
                            if low is None or status["VmRSS"] < low["VmRSS"]:
                                low = status
                            if high is None or status["VmRSS"] > high["VmRSS"]:
                                high = status
                    now_polls = tray.polls()
                    if now_polls > poll:
                        break
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"no poll after poll {poll} within {poll_timeout} s")
                    time.sleep(SAMPLE_READ_GAP if sample_now else 0.02)
                if sample_now and low is not None:
                    samples.append({"polls": poll, "rss": low["VmRSS"], "anon": low["RssAnon"],
                                    "peak": high["VmRSS"], "elapsed": time.monotonic() - started})
                    print(f"  poll {poll:5d}: RSS {low['VmRSS'] / 1024:7.1f} MiB (anon {low['RssAnon'] / 1024:.1f}; "
                          f"{high['VmRSS'] / 1024:.1f} during the poll) after {time.monotonic() - started:.0f} s",
                          file=sys.stderr, flush=True)
                poll = now_polls
            elapsed = time.monotonic() - started
            notifications = len(list((desktop.tmp / "notifications").glob("n.*.env")))
            firing_now = len(http.get("/api/v2/alerts", params={"active": "true"}).json())
            http.close()
            if report is not None:
                wait_until(report.exists, 60, "the tracemalloc report")
            tracebacks = tray.tracebacks()
        except KeyboardInterrupt:
            print("interrupted; children stopped", file=sys.stderr)
            return 130
        finally:
            if tray is not None:
                tray.stop()
            am.stop()
            desktop.stop()
        diff_text = report.read_text(encoding="utf-8") if report is not None else ""

    print()
    print(f"tray memory under churn: {args.polls} polls at 1 s, {args.firing} alerts firing, "
          f"~{args.churn} new + ~{args.churn} resolved every {args.every} poll(s), "
          f"notifications on, shift open{'; UNDER TRACEMALLOC' if report else ''}")
    print(f"  start: {measured}")
    print(f"  end:   {machine_line()}")
    print(f"  {elapsed / 60:.1f} min; {counts['new']} new alerts, {counts['refired']} re-fired, "
          f"{counts['resolved']} resolved, {counts['silenced']} silences made and {counts['expired']} expired; "
          f"{notifications} notifications shown by dunst; {firing_now} firing at the end; "
          f"{tracebacks} tracebacks in the tray's log")
    print()
    print(f"{'polls':>6} {'RSS MiB':>8} {'anon MiB':>9} {'in poll':>8} {'vs first':>9}")
    for s in samples:
        print(f"{s['polls']:>6} {s['rss'] / 1024:>8.1f} {s['anon'] / 1024:>9.1f} {s['peak'] / 1024:>8.1f} "
              f"{(s['rss'] - samples[0]['rss']):>+7d} K")
    print("RSS = smallest VmRSS between the sample's poll and the next (anon: RssAnon at that moment); "
          "in poll = largest")
    if len(samples) >= 3:
        print()
        half = samples[len(samples) // 2:]
        for key, name in (("rss", "VmRSS"), ("anon", "RssAnon")):
            whole = slope(samples, key)
            late = slope(half, key) if len(half) >= 3 else float("nan")
            print(f"{name:<8} slope {whole:+8.1f} KiB per 100 polls (second half alone {late:+8.1f}); "
                  f"over a 12-hour shift at 15 s ({SHIFT_POLLS} polls): {whole * SHIFT_POLLS / 100 / 1024:+.1f} MiB "
                  f"({late * SHIFT_POLLS / 100 / 1024:+.1f} at the second half's rate)")
    if diff_text:
        print()
        print(diff_text, end="")
    return 0


def churn(http, rng: random.Random, args, cycle: int, pool: list[dict], firing: collections.deque,
          recently_resolved: collections.deque, silences: collections.deque, counts: collections.Counter,
          next_new: int) -> None:
    """One cycle: new (and re-fired) alerts in, as many of the oldest resolved; a silence now and then."""
    now = dt.datetime.now(dt.timezone.utc)
    starts, ends = now.isoformat(), (now + dt.timedelta(hours=1)).isoformat()
    size = rng.randint(1, 2 * args.churn - 1)
    posted = []
    for index in range(size):
        if index == 0 and args.refire_every and cycle % args.refire_every == 0 and recently_resolved:
            alert = recently_resolved.popleft()  # flapping: the same labels fire again
            counts["refired"] += 1
        else:
            alert = pool[next_new]
            next_new += 1
            counts["new"] += 1
        alert = {**alert, "startsAt": starts, "endsAt": ends}
        firing.append(alert)
        posted.append(alert)
    for _ in range(size):
        alert = {**firing.popleft(), "endsAt": starts}
        recently_resolved.append(alert)
        posted.append(alert)
        counts["resolved"] += 1
    http.post("/api/v2/alerts", json=posted).raise_for_status()
    counts["next_new"] = next_new
    if args.silence_every and cycle % args.silence_every == 0:
        while silences:
            http.delete(f"/api/v2/silence/{silences.popleft()}").raise_for_status()
            counts["expired"] += 1
        target = rng.choice(list(firing)[:len(firing) // 2])["labels"]  # one that will stay a while
        body = {"matchers": [{"name": name, "value": target[name], "isRegex": False, "isEqual": True}
                             for name in ("alertname", "instance")],
                "startsAt": starts, "endsAt": (now + dt.timedelta(minutes=30)).isoformat(),
                "createdBy": "churn", "comment": f"churn cycle {cycle}"}
        response = http.post("/api/v2/silences", json=body)
        response.raise_for_status()
        silences.append(response.json()["silenceID"])
        counts["silenced"] += 1


def slope(samples: list[dict], key: str) -> float:
    """Least-squares slope of ``key`` (KiB) against the poll count, in KiB per 100 polls."""
    xs = [s["polls"] for s in samples]
    ys = [s[key] for s in samples]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return 100 * sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var if var else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polls", type=int, default=600, help="polls of the tray to run for (default 600)")
    parser.add_argument("--firing", type=int, default=200, help="alerts kept firing (default 200)")
    parser.add_argument("--churn", type=int, default=4,
                        help="mean alerts fired and resolved per cycle (1 to 2 x CHURN - 1; default 4)")
    parser.add_argument("--every", type=int, default=1, help="polls per churn cycle (default 1)")
    parser.add_argument("--refire-every", type=int, default=3,
                        help="cycles between two re-fires of a resolved alert (0: none; default 3)")
    parser.add_argument("--silence-every", type=int, default=20,
                        help="cycles between two silences made (the previous one expired; 0: none; default 20)")
    parser.add_argument("--warmup", type=int, default=50, help="polls before the first sample (default 50)")
    parser.add_argument("--sample-every", type=int, default=25, help="polls between two samples (default 25)")
    parser.add_argument("--tracemalloc-diff", metavar="A,B", type=lambda s: tuple(int(x) for x in s.split(",")),
                        help="run the tray under tracemalloc and print what grew between polls A and B")
    parser.add_argument("--child", metavar="CONFIG", help=argparse.SUPPRESS)
    parser.add_argument("--diff-at", help=argparse.SUPPRESS)
    parser.add_argument("--report", help=argparse.SUPPRESS)
    parser.add_argument("--frames", type=int, default=25, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        first, second = (int(x) for x in args.diff_at.split(","))
        return child(args.child, first, second, args.report, args.frames)
    if args.tracemalloc_diff:
        first, second = args.tracemalloc_diff
        if not 0 < first < second < args.polls:
            parser.error("--tracemalloc-diff A,B needs 0 < A < B < --polls")
    if args.churn < 1 or args.every < 1 or args.sample_every < 1 or args.firing < 2 * args.churn:
        parser.error("--churn, --every and --sample-every must be positive, --firing at least 2 x --churn")
    return parent(args)


if __name__ == "__main__":
    sys.exit(main())
