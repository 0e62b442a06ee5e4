"""What-if memory experiments: the real tray, started with one change applied at run time, so
that a suggested fix can be measured before anyone edits the application (exploratory; not a
target). Each variant is patched in by a small launcher (``--launch``) before
``oncall_tray.cli.main`` runs:

  baseline       the application as it is
  recent2        PollerWorker keeps its last 2 PollResults instead of 3 (ui/poller.py)
  featurepatch   PySide6's import hook tests "does this module use PySide6?" by reading the
                 file's bytes instead of inspect.getsource(), which fills linecache
  nobackoff      a 6-line stand-in for ``backoff.expo`` (backoff imports asyncio)
  mallopt        glibc M_MMAP_THRESHOLD fixed at 128 KiB (mallopt via ctypes), so that response
                 bodies are mmapped and given back when freed
  share          AlertTracker.update keeps the previous poll's Alert object when the new one is
                 equal (core/tracker.py), so that successive snapshots share their alerts and
                 each poll's fresh copies die at once (here no alert changes between polls:
                 the best case; Prometheus re-sending alerts changes endsAt/updatedAt)
  breakcycle     after each request, the response's stream is replaced by an empty
                 ``httpx.ByteStream`` (alertmanager/client.py ``_request``): httpx 0.28 links
                 Response <-> BoundSyncStream in a reference cycle, so each 10 MB body otherwise
                 waits for the cyclic collector (encode/httpx#3733)
  tbstrip        the trends board drops the tracebacks of the Prometheus error (and of its
                 cause) that it keeps in each TrendResult (trend_fetch.py ``fetch_trends``): a
                 traceback holds its frames, and each frame its caller's (f_back), up to
                 ``fetch_trends``/``TrendWorker.board``, whose locals are the poll's whole alert
                 list, and a cycle through ``results`` (here Prometheus is unreachable, as on a
                 laptop without one)
  combined       all of the above

For each N in ``--sizes``: the RSS (max of 6 samples) after ``--polls`` polls (default 6: the
poller keeps its last results, so the steady state comes after a few polls), the peak (VmHWM),
and the RSS once every alert has been resolved and the tray polled 5 more times. Uses the same
desktop, Alertmanager and alerts as memory.py.

    .venv/bin/python benchmarks/memory_whatif.py [--sizes 1000,10000] [--variants baseline,recent2] [--polls 6]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
VARIANTS = {
    "baseline": "",
    "recent2": "recent2",
    "featurepatch": "featurepatch",
    "nobackoff": "nobackoff",
    "mallopt": "mallopt",
    "share": "share",
    "breakcycle": "breakcycle",
    "tbstrip": "tbstrip",
    "combined": "recent2,featurepatch,nobackoff,mallopt,share,breakcycle,tbstrip",
}


def launch(argv: list[str]) -> int:
    """Apply the changes named in $BENCH_VARIANT, then run the tray as ``python -m oncall_tray``."""
    changes = set(filter(None, os.environ.get("BENCH_VARIANT", "").split(",")))
    if "nobackoff" in changes:
        import types

        def expo(base=2, factor=1, max_value=None):
            yield
            n = 0
            while True:
                value = factor * base ** n
                yield value if max_value is None or value < max_value else max_value
                n += 1

        sys.modules["backoff"] = types.ModuleType("backoff")
        sys.modules["backoff"].expo = expo
    if "mallopt" in changes:
        import ctypes

        M_MMAP_THRESHOLD = -3
        ctypes.CDLL("libc.so.6").mallopt(M_MMAP_THRESHOLD, 128 * 1024)
    if "featurepatch" in changes:
        import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature)

        feature = sys.modules["shibokensupport.feature"]
        upstream = feature._mod_uses_pyside

        def _mod_uses_pyside(module):
            path = getattr(module, "__file__", None)
            if not isinstance(path, str) or not path.endswith(".py"):
                return upstream(module)
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                return upstream(module)

        feature._mod_uses_pyside = _mod_uses_pyside
    if "recent2" in changes:
        from collections import deque

        from oncall_tray.ui import poller

        original = poller.PollerWorker.__init__

        def __init__(self, *args, **kwargs):
            original(self, *args, **kwargs)
            if isinstance(getattr(self, "_recent", None), deque):
                self._recent = deque(self._recent, maxlen=2)

        poller.PollerWorker.__init__ = __init__
    if "share" in changes:
        from oncall_tray.core.tracker import AlertTracker

        original_update = AlertTracker.update

        def update(self, alerts, fetched_at):
            previous = self.snapshot
            if previous is not None:
                old_alerts = previous.alerts
                alerts = [old if (old := old_alerts.get(alert.fingerprint)) is not None and old == alert else alert
                          for alert in alerts]
            return original_update(self, alerts, fetched_at)

        AlertTracker.update = update
    if "breakcycle" in changes:
        import httpx

        from oncall_tray.alertmanager.client import AlertmanagerClient

        original_request = AlertmanagerClient._request

        def _request(self, *args, **kwargs):
            response = original_request(self, *args, **kwargs)
            response.read()  # already read by httpx.Client.request (not streaming): a no-op
            response.stream = httpx.ByteStream(b"")
            return response

        AlertmanagerClient._request = _request
    if "tbstrip" in changes:
        try:
            from oncall_tray.ui import trend_worker
        except ImportError:
            trend_worker = None
        if trend_worker is not None and hasattr(trend_worker, "fetch_trends"):
            original_fetch = trend_worker.fetch_trends

            def fetch_trends(*args, **kwargs):
                results = original_fetch(*args, **kwargs)
                seen = set()
                for result in results.values():
                    error = getattr(result, "error", None)
                    while error is not None and id(error) not in seen:  # the error and its causes
                        seen.add(id(error))
                        error.__traceback__ = None
                        error = error.__cause__ or error.__context__
                return results

            trend_worker.fetch_trends = fetch_trends
    from oncall_tray.cli import main

    return main(argv)


def run(sizes: list[int], names: list[str], polls: int) -> int:
    sys.path.insert(0, str(HERE))
    import memory
    from _common import (
        add_repo_paths,
        machine_line,
        make_alerts,
        post_in_batches,
        resolved,
        sigterm_as_interrupt,
        wait_for_count,
    )

    add_repo_paths()
    from desktop_env import VirtualDesktop

    from oncall_tray.demo import LocalAlertmanager

    class VariantTray(memory.Tray):
        def __init__(self, desktop, url, folder, variant):
            self.variant = variant
            super().__init__(desktop, url, folder)

        def command(self, config):
            return [sys.executable, __file__, "--launch", "--verbose", "--config", str(config)]

        def environment(self, env):
            return {**env, "BENCH_VARIANT": self.variant}

    print(f"what-if memory, {machine_line()}")
    print(f"{'N':>6} {'variant':<14} {f'RSS {polls} polls':>11} {'peak':>7} {'resolved':>9}   (MiB)")
    with sigterm_as_interrupt(), tempfile.TemporaryDirectory(prefix="oncall-bench-whatif-") as tmp:
        desktop = VirtualDesktop()
        try:
            desktop.start()
            for size in sizes:
                am = LocalAlertmanager()
                try:
                    am.start()
                    alerts = make_alerts(size)
                    for name in names:
                        post_in_batches(am.url, alerts)  # firing again (endsAt an hour ahead)
                        wait_for_count(am.url, size)
                        tray = VariantTray(desktop, am.url, Path(tmp) / f"{name}-{size}", VARIANTS[name])
                        try:
                            tray.wait_polls(polls, timeout=60 + size / 200)
                            loaded = memory.sample(tray.process.pid, 6)
                            post_in_batches(am.url, resolved(alerts))
                            wait_for_count(am.url, 0)
                            tray.wait_polls(tray.polls() + 5, timeout=60)
                            after = memory.sample(tray.process.pid, 6)
                            if "Traceback" in tray.output():
                                print(f"  warning: a traceback in {tray.stderr_path}", file=sys.stderr)
                        finally:
                            tray.stop()
                        print(f"{size:>6} {name:<14} {loaded['VmRSS']:>11.1f} {after['VmHWM']:>7.1f} "
                              f"{after['VmRSS']:>9.1f}", flush=True)
                finally:
                    am.stop()
        except KeyboardInterrupt:
            print("interrupted; children stopped", file=sys.stderr)
            return 130
        finally:
            desktop.stop()
    return 0


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--launch":
        return launch(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated alert counts (default 1000,10000)")
    parser.add_argument("--variants", default=",".join(VARIANTS), help=f"among {', '.join(VARIANTS)}")
    parser.add_argument("--polls", type=int, default=6, help="polls before sampling (default 6)")
    args = parser.parse_args()
    names = [n for n in args.variants.split(",") if n]
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        parser.error(f"unknown variants: {', '.join(unknown)}")
    return run([int(s) for s in args.sizes.split(",") if s.strip()], names, args.polls)


if __name__ == "__main__":
    sys.exit(main())
