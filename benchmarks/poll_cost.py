"""Cost of one poll cycle against a real Alertmanager holding N alerts (design notes, target 1).

For each N it starts its own Alertmanager (free loopback port, temporary storage), posts N
realistic alerts in batches of 1,000 (endsAt one hour ahead) and then times, interleaved
(a, b, a, b, ...):

  (a) the bare floor: ``httpx.Client.get('/api/v2/alerts?active=true&silenced=true&
      inhibited=true&unprocessed=true')`` + ``json.loads(resp.content)``;
  (b) one full poll cycle, ``Watcher.poll()``, on a warm tracker (after two polls already, so
      that the diff runs against a previous snapshot of the same N alerts), with the client
      built as the tray's poller builds it (``cooperative=True``: decoding in chunks, and only
      the alerts whose JSON changed since the previous poll: here none did, the best case);
  (b') the same with a plain ``AlertmanagerClient`` (a fresh decoder at each call: every
      alert decoded, equal values shared).

A poll also fetches ``/api/v2/silences`` (none here) and, on (re)connection, the status. The
inhibited alerts come in the same answer (``inhibited=true``), set apart by the client (review Q6;
until 2026-12-06 11:00 a second GET asked for them, timed as (c)).

It prints the medians, the ratio b/a (target: <= 1.5), the response size, the CPU time
(time.process_time) of each, and an offline breakdown on the same response body: json.loads vs
msgspec (whole) vs the tray's decoder on alerts it has never seen (the worst case: the first poll,
or every alert changed; add its difference to (b) for a poll in that case) vs the tracker's diff, plus the time the
garbage collector took during the (b) runs. ``--profile`` adds a cProfile of (b) at the largest N.

    .venv/bin/python benchmarks/poll_cost.py --sizes 1000,10000 --repeat 15
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import inspect
import io
import json
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx  # noqa: E402
import msgspec  # noqa: E402
from _common import (  # noqa: E402
    ALERTS_PATH,
    alertmanager_version,
    machine_line,
    make_alerts,
    median,
    post_in_batches,
    sigterm_as_interrupt,
    wait_for_count,
)

from oncall_tray.alertmanager.alert_decoding import RepeatDecoder  # noqa: E402
from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery  # noqa: E402
from oncall_tray.alertmanager.models import Alert  # noqa: E402
from oncall_tray.core.severity import SeverityMap  # noqa: E402
from oncall_tray.core.tracker import AlertTracker  # noqa: E402
from oncall_tray.demo import LocalAlertmanager  # noqa: E402
from oncall_tray.watch import Watcher  # noqa: E402

TARGET_RATIO = 1.5
#: The reference decode: msgspec on the whole body, every alert new (no reuse, no sharing).
PLAIN_DECODER = msgspec.json.Decoder(list[Alert])


class GcTimer:
    """Sums the wall time the cyclic garbage collector spends while ``active``."""

    def __init__(self) -> None:
        self.total = 0.0
        self.collections = 0
        self.active = False
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:  # noqa: ARG002
        if not self.active:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.total += time.perf_counter() - self._started
            self.collections += 1

    def close(self) -> None:
        gc.callbacks.remove(self._callback)


def timed(func):
    """(wall seconds, CPU seconds, result) of ``func()``."""
    c0 = time.process_time()
    t0 = time.perf_counter()
    result = func()
    t1 = time.perf_counter()
    c1 = time.process_time()
    return t1 - t0, c1 - c0, result


def make_client(url: str, cooperative: bool) -> AlertmanagerClient:
    """An AlertmanagerClient; ``cooperative`` only where the client knows the option."""
    if cooperative and "cooperative" in inspect.signature(AlertmanagerClient).parameters:
        return AlertmanagerClient(url, timeout=60, cooperative=True)
    return AlertmanagerClient(url, timeout=60)


def decode_all_new(body: bytes):
    """What the tray's client does with a body of alerts it has never seen (the first poll, or
    every alert changed): decode in chunks and share equal values (no pauses: nothing else runs)."""
    return RepeatDecoder(pause=lambda: None).decode(body)


def measure(size: int, repeat: int, profile: bool) -> dict:
    """Start an Alertmanager with ``size`` alerts and time (a), (b), (b') ``repeat`` times each."""
    am = LocalAlertmanager()
    am.start()
    try:
        started = time.perf_counter()
        post_in_batches(am.url, make_alerts(size))
        wait_for_count(am.url, size)
        posting = time.perf_counter() - started

        floor_http = httpx.Client(base_url=am.url, timeout=60)
        watchers = {name: Watcher(make_client(am.url, cooperative), AlertTracker(SeverityMap()), AlertQuery())
                    for name, cooperative in (("full", True), ("plain", False))}
        body = b""
        warm = False

        def floor():
            nonlocal body
            response = floor_http.get(ALERTS_PATH)
            response.raise_for_status()
            body = response.content
            return len(json.loads(body))

        def poller(watcher):
            def poll():
                result = watcher.poll()
                if result.error is not None:
                    raise RuntimeError(f"poll failed: {result.error.describe()}")
                update = result.update
                if len(update.snapshot.alerts) != size or (warm and (update.events or update.initial)):
                    raise RuntimeError(f"unexpected update: {len(update.snapshot.alerts)} alerts, "
                                       f"{len(update.events)} events, initial={update.initial}")
                return size
            return poll

        runs = {"floor": floor, **{name: poller(w) for name, w in watchers.items()}}
        try:
            # Warm-up: connections open, caches filled; two polls so that the trackers are warm.
            for _ in range(2):
                for run in runs.values():
                    run()
            warm = True
            gc_timer = GcTimer()
            wall = {name: [] for name in runs}
            cpu = {name: [] for name in runs}
            for _ in range(repeat):
                for name, run in runs.items():
                    gc_timer.active = name == "full"
                    w, c, count = timed(run)
                    gc_timer.active = False
                    if count != size:
                        raise RuntimeError(f"{name}: got {count} alerts, expected {size}")
                    wall[name].append(w)
                    cpu[name].append(c)
            gc_timer.close()

            # Offline breakdown on the last body (no network).
            offline = {"json.loads": [], "msgspec": [], "all_new": [], "diff": []}
            tracker = AlertTracker(SeverityMap())
            tracker.update(PLAIN_DECODER.decode(body), dt.datetime.now(dt.timezone.utc))
            for _ in range(repeat):
                offline["json.loads"].append(timed(lambda: json.loads(body))[0])
                offline["all_new"].append(timed(lambda: decode_all_new(body))[0])
                w, _c, alerts = timed(lambda: PLAIN_DECODER.decode(body))
                offline["msgspec"].append(w)
                now = dt.datetime.now(dt.timezone.utc)
                offline["diff"].append(timed(lambda: tracker.update(alerts, now))[0])
                del alerts

            profile_text = ""
            if profile:
                profiler = cProfile.Profile()
                profiler.enable()
                for _ in range(repeat):
                    runs["full"]()
                profiler.disable()
                out = io.StringIO()
                stats = pstats.Stats(profiler, stream=out)
                stats.sort_stats("tottime").print_stats(15)
                stats.sort_stats("cumulative").print_stats(12)
                profile_text = out.getvalue()
        finally:
            floor_http.close()
            for watcher in watchers.values():
                watcher.client.close()
    finally:
        am.stop()
    return {
        "size": size, "posting_s": posting, "body_mb": len(body) / 1e6,
        **{name: median(values) for name, values in wall.items()},
        **{f"{name}_min": min(values) for name, values in wall.items()},
        **{f"{name}_cpu": median(values) for name, values in cpu.items()},
        **{name: median(values) for name, values in offline.items()},
        "gc_per_poll": gc_timer.total / repeat, "gc_collections": gc_timer.collections / repeat,
        "profile": profile_text,
    }


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def report(rows: list[dict], repeat: int) -> None:
    print()
    print(f"poll cost: {repeat} interleaved runs of each (a, b, b', a, b, b', ...); medians, wall ms")
    print(f"  {machine_line()}")
    print(f"  {alertmanager_version()}")
    print("  (a) GET + json.loads   (b) Watcher.poll(), tray's client   (b') Watcher.poll(), plain client")
    print()
    print(f"{'N':>7} {'resp MB':>8} {'(a)':>8} {'(b)':>8} {'b/a':>6} {'target':>7} {'(b`)':>8} {'b`/a':>6} "
          f"{'CPU (a)':>8} {'CPU (b)':>8} {'CPU (b`)':>8}")
    for r in rows:
        ratio = r["full"] / r["floor"]
        verdict = "ok" if ratio <= TARGET_RATIO else "MISSED"
        print(f"{r['size']:>7} {r['body_mb']:>8.2f} {ms(r['floor']):>8} {ms(r['full']):>8} {ratio:>6.2f} "
              f"{verdict:>7} {ms(r['plain']):>8} {r['plain'] / r['floor']:>6.2f} "
              f"{ms(r['floor_cpu']):>8} {ms(r['full_cpu']):>8} {ms(r['plain_cpu']):>8}")
    print()
    print("best of the runs (min), a less noisy ratio:")
    for r in rows:
        print(f"  N={r['size']:>6}: (a) {ms(r['floor_min'])} ms, (b) {ms(r['full_min'])} ms, "
              f"ratio {r['full_min'] / r['floor_min']:.2f}; (b') {ms(r['plain_min'])} ms, "
              f"ratio {r['plain_min'] / r['floor_min']:.2f}")
    print()
    print("offline, on the same body (no network), medians in ms; GC = cyclic collector during (b):")
    print(f"{'N':>7} {'json.loads':>10} {'msgspec':>8} {'all new':>8} {'diff+sort':>9} "
          f"{'GC/poll':>8} {'GCs/poll':>8}  posting N took")
    for r in rows:
        print(f"{r['size']:>7} {ms(r['json.loads']):>10} {ms(r['msgspec']):>8} {ms(r['all_new']):>8} "
              f"{ms(r['diff']):>9} {ms(r['gc_per_poll']):>8} {r['gc_collections']:>8.1f}  {r['posting_s']:.1f} s")
    for r in rows:
        if r["profile"]:
            print()
            print(f"cProfile of {repeat} polls (b) at N={r['size']}:")
            print(r["profile"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated alert counts (default 1000,10000)")
    parser.add_argument("--repeat", type=int, default=15, help="runs of (a) and of (b) per size (default 15)")
    parser.add_argument("--profile", action="store_true", help="also cProfile (b) at the largest size")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    rows = []
    with sigterm_as_interrupt():
        try:
            for size in sizes:
                print(f"N={size}: starting Alertmanager, posting, measuring...", file=sys.stderr, flush=True)
                rows.append(measure(size, args.repeat, args.profile and size == max(sizes)))
        except KeyboardInterrupt:
            print("interrupted; Alertmanager stopped", file=sys.stderr)
            return 130
    report(rows, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
