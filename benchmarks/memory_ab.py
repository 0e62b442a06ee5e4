"""Paired runs for target 2: the real tray's RSS under two or more variants, interleaved.

One virtual desktop and one Alertmanager holding N alerts (``--size``, default 1,000) serve every
run; each round starts the tray once per variant (a shift open, as ``memory.py --shift-open``),
in alternating order, waits for ``--polls`` polls (default 6), and samples VmRSS, RssAnon and
RssFile (the max of 6 samples 0.4 s apart, as ``memory.py``), the smallest RssAnon of 10 more
samples 0.25 s apart, and VmHWM. Prints each run and, per variant, the medians. RssAnon is the
figure to compare: RssFile moves with the system's page cache, and other work on the machine
moves timings, not anonymous memory.

A variant is ``NAME`` or ``NAME:VAR=VALUE,VAR=VALUE``: environment variables for that tray only.
Another tree of the code (e.g. ``git archive COMMIT desktop | tar -x -C /tmp/old``) is a variant
with ``PYTHONPATH=/tmp/old/desktop``, which comes before the editable install.

    .venv/bin/python benchmarks/memory_ab.py before:PYTHONPATH=/tmp/old/desktop after --rounds 4
    .venv/bin/python benchmarks/memory_ab.py plain arena:MALLOC_ARENA_MAX=1
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import (  # noqa: E402
    machine_line,
    make_alerts,
    post_in_batches,
    proc_status,
    sigterm_as_interrupt,
    wait_for_count,
)
from memory import LocalAlertmanager, Tray, VirtualDesktop, sample  # noqa: E402

LOW_SAMPLES, LOW_GAP_S = 10, 0.25


def parse_variant(text: str) -> tuple[str, dict[str, str]]:
    """``NAME:VAR=VALUE,...`` -> (NAME, {VAR: VALUE}). Raises ValueError on a malformed pair."""
    name, _, assignments = text.partition(":")
    env = {}
    for pair in filter(None, assignments.split(",")):
        var, equals, value = pair.partition("=")
        if not equals or not var:
            raise ValueError(f"not VAR=VALUE: {pair!r}")
        env[var] = value
    return name, env


class VariantTray(Tray):
    """The tray of ``memory.py`` with the variant's environment variables added."""

    def __init__(self, *args, extra: dict[str, str], **kwargs) -> None:
        self.extra = extra
        super().__init__(*args, **kwargs)

    def environment(self, env: dict[str, str]) -> dict[str, str]:
        return {**env, **self.extra}


def run_once(desktop: VirtualDesktop, url: str, folder: Path, extra: dict[str, str], polls: int) -> dict:
    """One tray of the variant: its readings (MiB) once it polled ``polls`` times."""
    tray = VariantTray(desktop, url, folder, shift_open=True, extra=extra)
    try:
        tray.wait_polls(polls, timeout=90)
        reading = sample(tray.process.pid, 6)
        low = []
        for _ in range(LOW_SAMPLES):
            low.append(proc_status(tray.process.pid)["RssAnon"] / 1024)
            time.sleep(LOW_GAP_S)
        reading["RssAnonLow"] = min(low)
        return reading
    finally:
        tray.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("variants", nargs="+", help="NAME or NAME:VAR=VALUE,... (two or more)")
    parser.add_argument("--rounds", type=int, default=3, help="runs per variant (default 3)")
    parser.add_argument("--size", type=int, default=1000, help="alerts (default 1000)")
    parser.add_argument("--polls", type=int, default=6, help="polls before sampling (default 6)")
    args = parser.parse_args()
    variants = dict(parse_variant(v) for v in args.variants)
    results: dict[str, list[dict]] = {name: [] for name in variants}
    print(machine_line(), flush=True)
    with sigterm_as_interrupt(), tempfile.TemporaryDirectory(prefix="oncall-bench-ab-") as tmp:
        desktop, am = VirtualDesktop(), LocalAlertmanager()
        try:
            desktop.start()
            am.start()
            post_in_batches(am.url, make_alerts(args.size))
            wait_for_count(am.url, args.size)
            for round_number in range(args.rounds):
                order = list(variants) if round_number % 2 == 0 else list(reversed(variants))
                for name in order:
                    folder = Path(tmp) / f"{name}-{round_number}"
                    r = run_once(desktop, am.url, folder, variants[name], args.polls)
                    results[name].append(r)
                    print(f"{name:<12} round {round_number}: RSS {r['VmRSS']:.1f} anon {r['RssAnon']:.1f} "
                          f"(low {r['RssAnonLow']:.1f}) file {r['RssFile']:.1f} peak {r['VmHWM']:.1f} "
                          f"load {os.getloadavg()[0]:.1f}", flush=True)
        except KeyboardInterrupt:
            print("interrupted; children stopped", file=sys.stderr)
            return 130
        finally:
            am.stop()
            desktop.stop()
    print(f"\nmedians of {args.rounds} runs, {args.size} alerts, shift open (MiB):")
    for name, runs in results.items():
        def median(key: str, runs: list[dict] = runs) -> float:
            return statistics.median(r[key] for r in runs)

        anons = ", ".join(f"{r['RssAnon']:.1f}" for r in runs)
        print(f"  {name:<12} RSS {median('VmRSS'):6.1f}  anon {median('RssAnon'):5.1f} ({anons})  "
              f"anon low {median('RssAnonLow'):5.1f}  peak {median('VmHWM'):6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
