"""Where the tray's resident memory goes: RSS after each start-up stage and poll (a profiler
for target 2, not a target itself).

Starts a VirtualDesktop and an Alertmanager with N alerts, then runs the tray in a child
process that builds it step by step, importing in the order ``python -m oncall_tray`` does
(the same objects as ``oncall_tray.ui.launch.run``), and prints VmRSS / RssAnon / RssFile after:
the interpreter, ``oncall_tray.cli`` (settings, subcommands, httpx: no Qt yet), PySide6, the
QApplication, ``oncall_tray.ui.app``, the TrayController, the first poll, ``--polls`` polls, and
after every alert was resolved: ``--polls`` more polls, ``gc.collect()``, and glibc's
``malloc_trim(0)`` (what the allocator holds but does not use). It also counts what PySide6's
import hook left in ``linecache``.

``--tracemalloc`` also prints the Python allocations still alive after the polls, by file
(tracemalloc slows start-up and adds its own memory; the RSS column is then not comparable).

    .venv/bin/python benchmarks/memory_breakdown.py --size 10000
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _rss() -> tuple[float, float, float]:
    values = {}
    with open("/proc/self/status") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "RssAnon", "RssFile"):
                values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["RssAnon"], values["RssFile"]


_last = [0.0]


def _heap() -> str:
    """glibc's heap (bytes in use / free inside it / large blocks mmapped, from ``mallinfo2``)
    and pymalloc's arenas (from ``sys._debugmallocstats``), in MiB; "" where unavailable."""
    import tempfile

    from heap_stats import glibc_heap

    heap = glibc_heap()
    if heap is None:
        return ""
    with tempfile.TemporaryFile() as out:  # _debugmallocstats writes to the C stderr
        saved = os.dup(2)
        sys.stderr.flush()
        os.dup2(out.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        stats = out.read().decode("ascii", "replace")
    arenas = re.search(r"(\d+) arenas \* (\d+) bytes/arena", stats)
    live = re.search(r"# bytes in allocated blocks\s*=\s*([\d,]+)", stats)
    mib = 2 ** 20
    py = ""
    if arenas and live:
        py = (f" pymalloc arenas {int(arenas[1]) * int(arenas[2]) / mib:.1f}"
              f" (live blocks {int(live[1].replace(',', '')) / mib:.1f})")
    return (f"   malloc in use {heap['in use'] / 1024:.1f} free {heap['free'] / 1024:.1f}"
            f" mmapped {heap['mmapped'] / 1024:.1f};{py}")


def smaps_by_file(pid: str = "self", top: int = 25) -> list[tuple[str, float, float]]:
    """(mapping, RSS MiB, count) from ``/proc/PID/smaps``, largest first: file-backed mappings
    by file name, anonymous ones as ``[anon]`` (thread stacks and malloc arenas among them)."""
    totals: dict[str, list[float]] = {}
    name = ""
    with open(f"/proc/{pid}/smaps", encoding="utf-8", errors="replace") as smaps:
        for line in smaps:
            fields = line.split()
            if "-" in fields[0] and not fields[0].endswith(":"):
                name = fields[5] if len(fields) > 5 else "[anon]"
                name = name.rsplit("/", 1)[-1]
                totals.setdefault(name, [0.0, 0])[1] += 1
            elif fields[0] == "Rss:":
                totals[name][0] += int(fields[1]) / 1024
    ranked = sorted(((n, v[0], v[1]) for n, v in totals.items()), key=lambda t: -t[1])
    return ranked[:top]


def _print_smaps() -> None:
    for name, rss, count in smaps_by_file():
        print(f"       {rss:7.1f} MiB  {count:4d} maps  {name}", flush=True)


def _print_modules(top: int = 30) -> None:
    """The Python modules imported so far, by top-level package (``oncall_tray`` by
    subpackage): count and size of their compiled code (``.pyc``), largest first. Extension
    modules are counted apart (their RSS is in the mappings: ``BREAKDOWN_SMAPS``)."""
    sizes: dict[str, list[float]] = {}
    extensions = 0
    for name, module in list(sys.modules.items()):
        cached = getattr(module, "__cached__", None)
        if not cached:
            extensions += bool(getattr(module, "__file__", None))
            continue
        try:
            size = os.path.getsize(cached) / 1024
        except OSError:
            continue
        parts = name.split(".")
        group = ".".join(parts[:2]) if parts[0] == "oncall_tray" and len(parts) > 2 else parts[0]
        entry = sizes.setdefault(group, [0, 0.0])
        entry[0] += 1
        entry[1] += size
    total = sum(size for _, size in sizes.values())
    print(f"       {len(sys.modules)} modules imported, {extensions} of them extensions; Python modules "
          f"by package (count, KiB of .pyc; {total:.0f} KiB in all):", flush=True)
    for package, (count, size) in sorted(sizes.items(), key=lambda item: -item[1][1])[:top]:
        print(f"       {size:8.0f} KiB {count:4d}  {package}", flush=True)


def _stage(name: str) -> None:
    rss, anon, file = _rss()
    heap = _heap()
    print(f"stage {name:<44} {rss:7.1f} {anon:7.1f} {file:7.1f} {rss - _last[0]:+7.1f}{heap}", flush=True)
    _last[0] = rss


def child(config_path: str, polls: int, use_tracemalloc: bool, cycles: int = 1) -> int:
    """The tray, built stage by stage in the order ``python -m oncall_tray`` imports things;
    talks to the parent over stdout ("resolve-now")."""
    if use_tracemalloc:
        import tracemalloc

        tracemalloc.start(30)
    _stage("python")
    from oncall_tray.allocator import keep_large_blocks_returnable, share_one_heap

    keep_large_blocks_returnable()  # as oncall_tray.cli.main does before the tray starts
    share_one_heap()
    import oncall_tray.cli  # noqa: F401  (subcommands, settings, httpx through the client...)
    from oncall_tray.config import load_config
    from oncall_tray.logs import setup_logging

    _stage("import oncall_tray.cli (no Qt yet)")
    from PySide6.QtWidgets import QApplication

    _stage("import PySide6.QtWidgets")
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    _stage("QApplication()")
    import linecache

    from oncall_tray.i18n import resolve_language
    from oncall_tray.ui import app as ui_app
    from oncall_tray.ui.translations import install

    _stage("import oncall_tray.ui.app (Qt UI, notify...)")
    lines = sum(len(entry[2]) for entry in linecache.cache.values() if len(entry) > 2 and entry[2])
    chars = sum(sum(map(len, entry[2])) for entry in linecache.cache.values() if len(entry) > 2 and entry[2])
    print(f"       linecache now holds {len(linecache.cache)} source files, {lines} lines, "
          f"{chars / 1e6:.1f} M characters (PySide6's import hook reads every module it sees)", flush=True)
    loaded = load_config(Path(config_path))
    setup_logging(False, loaded.folders.log)
    translators = install(app, resolve_language(loaded.config.language))  # noqa: F841
    controller = ui_app.TrayController(loaded)
    _stage("TrayController (icon, menu, window, poller)")

    import ctypes
    import gc

    state = {"polls": 0, "phase": "load", "resolved_at": None, "loaded_at": 0, "cycle": 1}

    def on_polled(result) -> None:
        state["polls"] += 1
        count = len(result.update.snapshot.alerts) if result.update else -1
        if state["polls"] == 1:
            _stage(f"first poll ({count} alerts)")
        if state["phase"] == "refiring" and count > 0:  # the next burst is in
            state["phase"], state["loaded_at"] = "load", state["polls"] - 1
            _stage(f"burst {state['cycle']}: first poll ({count} alerts)")
        if state["phase"] == "load" and state["polls"] - state["loaded_at"] >= polls:
            _stage(f"after {state['polls'] - state['loaded_at']} polls ({count} alerts)")
            if os.environ.get("BREAKDOWN_SMAPS"):
                _print_smaps()
            if os.environ.get("BREAKDOWN_MODULES"):
                _print_modules()
            if use_tracemalloc:
                report_tracemalloc()
            state["phase"] = "resolving"
            print("resolve-now", flush=True)
        elif state["phase"] == "resolving" and count == 0:
            state["phase"], state["resolved_at"] = "resolved", state["polls"]
        elif state["phase"] == "resolved" and state["polls"] - state["resolved_at"] >= polls:
            _stage(f"all resolved, {polls} polls later (0 alerts)")
            if state["cycle"] < cycles:  # another burst of new alerts: is the memory reused?
                state["cycle"] += 1
                state["phase"] = "refiring"
                print("refire-now", flush=True)
                return
            state["phase"] = "done"
            if use_tracemalloc:
                report_tracemalloc()
            gc.collect()
            _stage("gc.collect()")
            try:
                ctypes.CDLL("libc.so.6").malloc_trim(0)
                _stage("malloc_trim(0)")
            except (OSError, AttributeError):
                pass
            app.quit()

    controller.poller.polled.connect(on_polled)
    controller.start()
    code = app.exec()
    controller.shutdown()
    return code


def report_tracemalloc() -> None:
    import tracemalloc

    snapshot = tracemalloc.take_snapshot()
    current, peak = tracemalloc.get_traced_memory()
    print(f"tracemalloc: {current / 2**20:.1f} MiB of Python allocations alive (peak {peak / 2**20:.1f}); "
          "top files:", flush=True)
    for stat in snapshot.statistics("filename")[:15]:
        name = stat.traceback[0].filename
        for marker in ("site-packages/", "/desktop/", "/lib/python3"):
            if marker in name:
                name = name.split(marker, 1)[1]
                break
        print(f"  {stat.size / 2**20:7.2f} MiB {stat.count:>8} blocks  {name}", flush=True)
    print("live allocations by the line that caused them (the innermost frame outside importlib: for a "
          "module's code, the import statement that loaded it):")
    by_line: dict[str, list[int]] = {}
    for stat in snapshot.statistics("traceback"):
        frame = next((f for f in reversed(stat.traceback) if not f.filename.startswith("<frozen")), stat.traceback[-1])
        entry = by_line.setdefault(f"{_short(frame.filename)}:{frame.lineno}", [0, 0])
        entry[0] += stat.size
        entry[1] += stat.count
    for where, (size, count) in sorted(by_line.items(), key=lambda item: -item[1][0])[:40]:
        print(f"  {size / 2**20:7.2f} MiB {count:>8} blocks  {where}", flush=True)
    print("live allocations made while running (no import in their traceback), by the innermost frame of "
          "this project:")
    running: dict[str, list[int]] = {}
    for stat in snapshot.statistics("traceback"):
        if any(f.filename.startswith("<frozen importlib") for f in stat.traceback):
            continue
        frame = next((f for f in reversed(stat.traceback) if "oncall_tray" in f.filename), stat.traceback[-1])
        entry = running.setdefault(f"{_short(frame.filename)}:{frame.lineno}", [0, 0])
        entry[0] += stat.size
        entry[1] += stat.count
    for where, (size, count) in sorted(running.items(), key=lambda item: -item[1][0])[:40]:
        print(f"  {size / 2**20:7.2f} MiB {count:>8} blocks  {where}", flush=True)
    print("largest allocation sites (innermost frame of this project or a library, and who called):")
    for stat in snapshot.statistics("traceback")[:6]:
        frames = [f"{_short(f.filename)}:{f.lineno}" for f in stat.traceback]
        print(f"  {stat.size / 2**20:7.2f} MiB  {' <- '.join(frames[::-1][:8])}", flush=True)


def _short(name: str) -> str:
    for marker in ("site-packages/", "/desktop/", "/lib/python3"):
        if marker in name:
            return name.split(marker, 1)[1]
    return name


def parent(size: int, polls: int, use_tracemalloc: bool, shift_open: bool = False, cycles: int = 1) -> int:
    from _common import (
        add_repo_paths,
        machine_line,
        make_alerts,
        post_in_batches,
        resolved,
        sigterm_as_interrupt,
        start_shift,
        stop_process,
        wait_for_count,
    )

    add_repo_paths()
    from desktop_env import VirtualDesktop

    from oncall_tray.demo import LocalAlertmanager

    print(f"tray memory by stage, {size} alerts; {machine_line()}")
    print(f"{'':6}{'':<44} {'RSS':>7} {'anon':>7} {'file':>7} {'delta':>7}   (MiB)")
    with sigterm_as_interrupt(), tempfile.TemporaryDirectory(prefix="oncall-bench-memb-") as tmp:
        folder = Path(tmp)
        desktop, am, proc = VirtualDesktop(), LocalAlertmanager(), None
        try:
            desktop.start()
            am.start()
            alerts = make_alerts(size)
            post_in_batches(am.url, alerts)
            wait_for_count(am.url, size)
            config = folder / "config.yaml"
            config.write_text(f"alertmanager_url: {am.url}\npoll_interval: 2\nrequest_timeout: 30\n"
                              "notifications: false\nlanguage: en\nengineer: bench\n", encoding="utf-8")
            env = {**desktop.env, **{f"XDG_{kind}_HOME": str(folder / f"xdg-{kind.lower()}")
                                     for kind in ("CONFIG", "STATE", "CACHE", "DATA")}}
            if shift_open:  # as during a shift: no start window (memory.py --shift-open)
                start_shift(config, env)
            args = [sys.executable, __file__, "--child", str(config), "--polls", str(polls), "--cycles", str(cycles)]
            if use_tracemalloc:
                args.append("--tracemalloc")
            proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, text=True, start_new_session=True)
            deadline = time.monotonic() + 180 * cycles
            burst = 1
            for line in proc.stdout:
                if line.startswith("resolve-now"):
                    post_in_batches(am.url, resolved(alerts))
                    wait_for_count(am.url, 0)
                elif line.startswith("refire-now"):  # as many new alerts (other pods: other fingerprints)
                    burst += 1
                    alerts = make_alerts(size, seed=41 + burst)
                    post_in_batches(am.url, alerts)
                    wait_for_count(am.url, size)
                else:
                    print(line, end="", flush=True)
                if time.monotonic() > deadline:
                    raise RuntimeError("the tray took too long")
            return proc.wait(30)
        except KeyboardInterrupt:
            print("interrupted; children stopped", file=sys.stderr)
            return 130
        finally:
            stop_process(proc)
            am.stop()
            desktop.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10000, help="alerts (default 10000)")
    parser.add_argument("--polls", type=int, default=3, help="polls per phase (default 3)")
    parser.add_argument("--tracemalloc", action="store_true", help="also list live Python allocations by file")
    parser.add_argument("--shift-open", action="store_true",
                        help="start a shift first, so that the tray shows no shift start window")
    parser.add_argument("--cycles", type=int, default=1,
                        help="bursts of --size new alerts, each resolved before the next (default 1): "
                             "whether the memory a burst took is reused by the next")
    parser.add_argument("--child", metavar="CONFIG", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.polls, args.tracemalloc, args.cycles)
    return parent(args.size, args.polls, args.tracemalloc, args.shift_open, args.cycles)


if __name__ == "__main__":
    sys.exit(main())
