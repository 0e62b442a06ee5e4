"""Synthetic history for the tests against a real Prometheus: series that rise, fall and stay
flat towards a threshold of 80, and series whose labels hold quotes, ``>`` and backslashes.
Every time is relative to ``t0`` (a whole minute shortly before the run), never to the clock's
minute, so the verdicts do not depend on when the tests run."""

from __future__ import annotations

import time

from oncall_tray.local_prometheus import SyntheticSeries, counter, sampled

HOUR = 3600.0
#: A quoted label value with the characters that break a naive split.
AWKWARD = 'say "hi" > 3 \\ back'


def t0() -> float:
    """The end of the history: the last whole minute, at least 30 s ago."""
    return float(int(time.time() - 30) // 60 * 60)


def history(t0: float) -> list[SyntheticSeries]:
    """Six hours of history up to ``t0`` (Unix seconds), a sample every 15 s, and an hour more
    after it (each line goes on the same way), so that a command that asks at the clock's "now"
    finds the same picture."""
    start, end, stop = t0 - 6 * HOUR, t0, t0 + HOUR

    def ramp(first: float, last: float):  # flat at ``first`` until an hour before ``end``, then linear
        return lambda t: first if t < end - HOUR else first + (last - first) * (t - end + HOUR) / HOUR

    node = {"job": "node"}
    series = [
        SyntheticSeries("cpu_busy_percent", {**node, "instance": "rising:9100"}, sampled(start, stop, 15, ramp(50, 85))),
        SyntheticSeries("cpu_busy_percent", {**node, "instance": "falling:9100"}, sampled(start, stop, 15, ramp(95, 70))),
        SyntheticSeries("cpu_busy_percent", {**node, "instance": "flat:9100"},
                        sampled(start, stop, 15, lambda t: 60 + 0.2 * ((t // 15) % 2))),
        SyntheticSeries("http_requests_total", {"job": "api", "path": AWKWARD, "status": "500"},
                        counter(start, stop, 15, ramp(1.0, 4.0))),
        SyntheticSeries("http_requests_total", {"job": "api", "path": AWKWARD, "status": "200"},
                        counter(start, stop, 15, lambda t: 20.0)),
        SyntheticSeries("http_requests_total", {"job": "api", "path": "/health", "status": "503"},
                        counter(start, stop, 15, lambda t: 0.5)),
    ]
    series += [SyntheticSeries("many_series", {"job": "many", "n": f"{i:02d}"}, sampled(start, stop, 60, lambda t, i=i: i))
               for i in range(14)]
    return series
