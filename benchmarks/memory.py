"""Resident memory of the tray (design notes, target 2), on a private virtual desktop.

Starts a VirtualDesktop (Xvfb, D-Bus, dunst, trayer: tests/desktop_env.py) so that there is a
tray host, then measures the RSS (VmRSS from /proc/PID/status, in MiB, shown as "MB") of

  (a) a bare PySide6 application that only shows a QSystemTrayIcon (benchmarks/bare_tray.py);
  (a2) the same after importing the libraries the tray is built on (``bare_tray.py --stack``):
      the floor under the tray before any of its own code, shown for reference;
  (b) the real tray, ``python -m oncall_tray --verbose --config CFG`` with ``poll_interval: 2``
      and ``notifications: false``, against its own Alertmanager holding N alerts (each N in
      ``--sizes``; default 1,000 and 10,000), once it has polled ``--polls`` times (default 5,
      at least 3; counted from httpx's "GET .../api/v2/alerts" log lines on its stderr);
  (c) the same tray after every alert was resolved (posted again with endsAt = now) and it
      polled ``--after-polls`` (5) more times: is the memory given back?
  (w) with ``--window``: before (c), the same tray once its alerts window is open (a second
      start with the same settings brings it up, as an engineer's click on the icon would) and
      it polled ``--after-polls`` more times: the engineer looking at the N alerts.

Each figure is the maximum of ``--samples`` samples taken 0.4 s apart. The bare app is measured
before the trays and again after them, and the ratios are taken against the mean of the two: the
share of its mapped libraries that the kernel keeps in memory moves between runs. Targets:
tray@1k <= 1.5x the bare app; tray@10k <= 150 MB.

    .venv/bin/python benchmarks/memory.py
"""

from __future__ import annotations

import argparse
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
    proc_status,
    resolved,
    sigterm_as_interrupt,
    start_shift,
    stop_process,
    wait_for_count,
    wait_until,
)

add_repo_paths()
from desktop_env import VirtualDesktop  # noqa: E402
from memory_breakdown import smaps_by_file  # noqa: E402

from oncall_tray.demo import LocalAlertmanager  # noqa: E402

TARGET_RATIO = 1.5
TARGET_10K_MB = 150.0
SAMPLE_GAP_S = 0.4


def sample(pid: int, samples: int) -> dict:
    """Max over ``samples`` readings of VmRSS, RssAnon, RssFile (MiB); VmHWM at the end; and
    under "maps" the RSS (MiB) per mapping name at the last sample (``smaps_by_file``)."""
    best: dict = {"VmRSS": 0.0, "RssAnon": 0.0, "RssFile": 0.0}
    for index in range(samples):
        status = proc_status(pid)
        if not status:
            raise RuntimeError(f"process {pid} is gone")
        for key in best:
            best[key] = max(best[key], status.get(key, 0) / 1024)
        if index < samples - 1:
            time.sleep(SAMPLE_GAP_S)
    best["VmHWM"] = proc_status(pid).get("VmHWM", 0) / 1024
    best["maps"] = {name: rss for name, rss, _count in smaps_by_file(str(pid), top=10_000)}
    return best


def print_maps_difference(bare: dict, tray: dict, label: str, top: int = 30, baseline: str = "the bare app") -> None:
    """The mappings whose RSS differs most between ``bare`` (the bare app, or ``baseline``)
    and the tray (MiB)."""
    names = set(bare["maps"]) | set(tray["maps"])
    rows = sorted(((tray["maps"].get(n, 0.0) - bare["maps"].get(n, 0.0), n) for n in names), reverse=True)
    print(f"RSS by mapping, {label} minus {baseline} (MiB; [anon] = heap arenas, stacks):")
    for delta, name in rows[:top]:
        print(f"  {delta:+7.1f}  {bare['maps'].get(name, 0.0):6.1f} -> {tray['maps'].get(name, 0.0):6.1f}  {name}")


def measure_bare(desktop: VirtualDesktop, folder: Path, samples: int, stack: bool = False) -> dict[str, float]:
    """RSS of ``bare_tray.py`` (with ``--stack``: plus the named libraries) once it shows its icon."""
    log = open(folder / "bare.stderr", "wb")
    proc = subprocess.Popen([sys.executable, str(HERE / "bare_tray.py")] + (["--stack"] if stack else []),
                            env=desktop.env,
                            stdout=subprocess.PIPE, stderr=log, start_new_session=True, text=True)
    try:
        line = proc.stdout.readline()
        if not line.startswith("ready"):
            raise RuntimeError(f"bare tray did not start: {line!r} "
                               f"{(folder / 'bare.stderr').read_text(errors='replace')[-2000:]}")
        print(f"  bare app: {line.strip()}", file=sys.stderr)
        time.sleep(1.0)  # let it settle like the tray does between polls
        return sample(proc.pid, samples)
    finally:
        stop_process(proc)
        log.close()


class Tray:
    """The real app as a subprocess with its own settings, XDG folders and log.

    Args:
        settings: the whole settings file (default: ``url``, polls every 2 s, no notifications,
            English, engineer "bench").
        shift_open: start a shift (``handoff start --confirm``) before the tray starts.
    """

    def __init__(self, desktop: VirtualDesktop, url: str, folder: Path, shift_open: bool = False,
                 settings: str | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.url = url
        self.stderr_path = folder / "app.stderr"
        config = folder / "config.yaml"
        config.write_text(settings or (f"alertmanager_url: {url}\npoll_interval: 2\nrequest_timeout: 30\n"
                                       "notifications: false\nlanguage: en\nengineer: bench\n"), encoding="utf-8")
        env = {**desktop.env, **{f"XDG_{kind}_HOME": str(folder / f"xdg-{kind.lower()}")
                                 for kind in ("CONFIG", "STATE", "CACHE", "DATA")}}
        self.config, self.env = config, self.environment(env)
        if shift_open:  # the tray during a shift: no start window at start
            start_shift(config, self.env)
        self._log = open(self.stderr_path, "wb")
        self.process = subprocess.Popen(
            self.command(config), env=self.env, stdout=self._log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True)

    def command(self, config: Path) -> list[str]:
        return [sys.executable, "-m", "oncall_tray", "--verbose", "--config", str(config)]

    def environment(self, env: dict[str, str]) -> dict[str, str]:
        return env

    def output(self) -> str:
        return self.stderr_path.read_text("utf-8", "replace")

    def polls(self) -> int:
        """How many ``GET /api/v2/alerts`` httpx has logged (one per poll)."""
        if self.process.poll() is not None:
            raise RuntimeError(f"the tray exited ({self.process.returncode}): {self.output()[-3000:]}")
        return self.output().count(f"GET {self.url}/api/v2/alerts")

    def wait_polls(self, count: int, timeout: float) -> None:
        wait_until(lambda: self.polls() >= count, timeout, f"{count} polls by the tray", interval=0.1)

    def stop(self) -> None:
        stop_process(self.process, timeout=5)
        self._log.close()


def open_window(tray: Tray) -> None:
    """Bring up the running tray's alerts window: a second start with its settings asks the first
    to show it, and exits (``ui.launch``'s single instance).

    Raises:
        RuntimeError: the second start failed or was not told that a tray runs already.
    """
    second = subprocess.run(tray.command(tray.config), env=tray.env, capture_output=True, text=True, timeout=60)
    if second.returncode != 0 or "runs already" not in second.stderr:
        raise RuntimeError(f"could not open the window ({second.returncode}): {second.stderr[-2000:]}")


def measure_tray(desktop: VirtualDesktop, folder: Path, size: int, polls: int, after_polls: int,
                 samples: int, shift_open: bool = False, window: bool = False) -> dict:
    am = LocalAlertmanager()
    tray = None
    try:
        am.start()
        alerts = make_alerts(size)
        post_in_batches(am.url, alerts)
        wait_for_count(am.url, size)
        tray = Tray(desktop, am.url, folder / f"tray-{size}", shift_open)
        tray.wait_polls(polls, timeout=60 + size / 500)
        loaded = sample(tray.process.pid, samples)
        seen = tray.polls()
        shown = None
        if window:
            open_window(tray)
            tray.wait_polls(tray.polls() + after_polls, timeout=60 + size / 500)
            shown = sample(tray.process.pid, samples)
        post_in_batches(am.url, resolved(alerts))
        wait_for_count(am.url, 0)
        tray.wait_polls(tray.polls() + after_polls, timeout=60)
        after = sample(tray.process.pid, samples)
        if "Traceback" in tray.output():
            print(f"  warning: a traceback in the tray's log ({tray.stderr_path})", file=sys.stderr)
        return {"loaded": loaded, "after": after, "polls_loaded": seen, "polls_total": tray.polls(), "window": shown}
    finally:
        if tray is not None:
            tray.stop()
        am.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated alert counts (default 1000,10000)")
    parser.add_argument("--polls", type=int, default=5,
                        help="polls to wait for before sampling (at least 3; default 5: the poller keeps "
                             "its last 2 results, so the steady state comes with the 3rd poll)")
    parser.add_argument("--after-polls", type=int, default=5,
                        help="polls to wait for once every alert is resolved (default 5: the poller "
                             "keeps its last results for a few polls)")
    parser.add_argument("--samples", type=int, default=6, help="RSS samples, 0.4 s apart, max taken (default 6)")
    parser.add_argument("--shift-open", action="store_true",
                        help="start a shift (handoff start --confirm) before the tray starts: the tray as "
                             "it runs during a shift, without the shift start window it shows otherwise")
    parser.add_argument("--window", action="store_true",
                        help="also measure each tray with its alerts window open (w), before the alerts resolve")
    parser.add_argument("--maps", action="store_true",
                        help="also print, per N, the RSS by mapping (library, heap) against the bare app")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results: dict[int, dict] = {}
    with sigterm_as_interrupt(), tempfile.TemporaryDirectory(prefix="oncall-bench-mem-") as tmp:
        folder = Path(tmp)
        desktop = VirtualDesktop()
        try:
            desktop.start()
            print(f"virtual desktop on {desktop.display}; measuring the bare tray app...", file=sys.stderr)
            bare = measure_bare(desktop, folder, args.samples)
            floor = measure_bare(desktop, folder, args.samples, stack=True)
            for size in sizes:
                print(f"N={size}: Alertmanager + the real tray...", file=sys.stderr, flush=True)
                results[size] = measure_tray(desktop, folder, size, args.polls, args.after_polls, args.samples,
                                             args.shift_open, args.window)
            # Again after the trays: the kernel drops and reads back the pages of mapped libraries
            # as it needs the room, which moved the bare app by up to 11 MB within an hour; the
            # ratios are taken against the mean of the two readings that frame the trays.
            print("measuring the bare tray app again...", file=sys.stderr)
            bare_after = measure_bare(desktop, folder, args.samples)
        except KeyboardInterrupt:
            print("interrupted; children stopped", file=sys.stderr)
            return 130
        finally:
            desktop.stop()

    print()
    print(f"resident memory (VmRSS, MiB shown as MB; max of {args.samples} samples 0.4 s apart)")
    print(f"  {machine_line()}")
    print()
    print(f"{'process':<34} {'RSS MB':>7} {'anon':>6} {'file':>6} {'peak':>6}  vs bare  target")
    base = (bare["VmRSS"] + bare_after["VmRSS"]) / 2
    for label, reading in (("(a) bare QSystemTrayIcon app", bare), ("(a) the same, after the trays", bare_after)):
        print(f"{label:<34} {reading['VmRSS']:>7.1f} {reading['RssAnon']:>6.1f} "
              f"{reading['RssFile']:>6.1f} {reading['VmHWM']:>6.1f}")
    print(f"{'(a2) same + the named libraries':<34} {floor['VmRSS']:>7.1f} {floor['RssAnon']:>6.1f} "
          f"{floor['RssFile']:>6.1f} {floor['VmHWM']:>6.1f}  {floor['VmRSS'] / base:>6.2f}x  "
          "(reference: httpx client, msgspec, PyYAML, platformdirs, sqlite3, promql_parser)")
    for size, r in results.items():
        loaded, after = r["loaded"], r["after"]
        ratio = loaded["VmRSS"] / base
        if size <= 1000:
            target = f"<= {TARGET_RATIO}x: {'ok' if ratio <= TARGET_RATIO else 'MISSED'}"
        elif size >= 10000:
            target = f"<= {TARGET_10K_MB:.0f} MB: {'ok' if loaded['VmRSS'] <= TARGET_10K_MB else 'MISSED'}"
        else:
            target = ""
        label = f"(b) tray, {size} alerts ({r['polls_loaded']} polls)"
        print(f"{label:<34} {loaded['VmRSS']:>7.1f} {loaded['RssAnon']:>6.1f} {loaded['RssFile']:>6.1f} "
              f"{loaded['VmHWM']:>6.1f}  {ratio:>6.2f}x  {target}")
        if r["window"] is not None:
            shown = r["window"]
            print(f"{'(w) same, its alerts window open':<34} {shown['VmRSS']:>7.1f} {shown['RssAnon']:>6.1f} "
                  f"{shown['RssFile']:>6.1f} {shown['VmHWM']:>6.1f}  {shown['VmRSS'] / base:>6.2f}x")
        label = f"(c) same, all resolved ({r['polls_total']} polls)"
        print(f"{label:<34} {after['VmRSS']:>7.1f} {after['RssAnon']:>6.1f} {after['RssFile']:>6.1f} "
              f"{after['VmHWM']:>6.1f}  {after['VmRSS'] / base:>6.2f}x  "
              f"given back: {(r['window'] or loaded)['VmRSS'] - after['VmRSS']:.1f} MB")
        if args.maps:
            print_maps_difference(bare, loaded, f"tray with {size} alerts")
            print_maps_difference(floor, loaded, f"tray with {size} alerts", baseline="the bare app + the named libraries (a2)")
    print()
    print(f"vs bare: against the mean of the two bare readings ({base:.1f} MB); anon = RssAnon (heap, Python "
          "objects), file = RssFile (mapped libraries: Qt, Python), peak = VmHWM (high-water mark of RSS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
