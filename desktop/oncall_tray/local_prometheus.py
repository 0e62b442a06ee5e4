"""A local, throw-away Prometheus with backfilled history (tests and ``oncall-tray demo``).

Debian's ``prometheus`` package brings ``prometheus`` and ``promtool``. History is written as
OpenMetrics text, turned into TSDB blocks by ``promtool tsdb create-blocks-from openmetrics``
in a temporary data folder, and served by a Prometheus on a free loopback port that scrapes
nothing. Samples may lie in the future: a query at time t sees only those at or before t, so a
demo's lines keep moving while it runs. No Qt here.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .demo import end_process, free_port, start_server, wait_ready

_CONFIG = "global:\n  scrape_interval: 1h\n  evaluation_interval: 1h\n"


class PrometheusNotFound(RuntimeError):
    """No ``prometheus`` or ``promtool`` on PATH; the message names the package to install."""


@dataclass(frozen=True)
class SyntheticSeries:
    """One series to backfill.

    Attributes:
        name: the metric name.
        labels: its labels (values may hold quotes, backslashes, ``>``...).
        samples: (Unix seconds, value) pairs, in time order.
    """

    name: str
    labels: Mapping[str, str]
    samples: Sequence[tuple[float, float]]


def sampled(start: float, end: float, step: float, value: Callable[[float], float]) -> list[tuple[float, float]]:
    """``value(t)`` every ``step`` seconds from ``start`` to ``end`` (Unix seconds, both included)."""
    count = int((end - start) // step)
    return [(start + i * step, value(start + i * step)) for i in range(count + 1)]


def counter(start: float, end: float, step: float, rate: Callable[[float], float]) -> list[tuple[float, float]]:
    """A counter that grows by ``rate(t)`` per second (sampled every ``step`` seconds)."""
    samples, total = [], 0.0
    for t, _ in sampled(start, end, step, lambda t: 0.0):
        samples.append((t, total))
        total += rate(t) * step
    return samples


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def openmetrics(series: Iterable[SyntheticSeries]) -> str:
    """The series as OpenMetrics text (untyped samples with timestamps, ``# EOF`` at the end)."""
    lines = []
    for one in series:
        labels = ",".join(f'{k}="{_escape(v)}"' for k, v in sorted(one.labels.items()))
        head = f"{one.name}{{{labels}}}" if labels else one.name
        lines += [f"{head} {_number(v)} {t:.3f}" for t, v in one.samples]
    lines.append("# EOF")
    return "\n".join(lines) + "\n"


def _number(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return repr(float(value))


def find_binaries() -> tuple[str, str]:
    """Paths of ``prometheus`` and ``promtool``.

    Raises:
        PrometheusNotFound: either is missing.
    """
    found = shutil.which("prometheus"), shutil.which("promtool")
    if not all(found):
        raise PrometheusNotFound("no Prometheus found on PATH: install Debian's or Ubuntu's 'prometheus' "
                                 "package (apt-get install prometheus), which brings prometheus and promtool")
    return found  # type: ignore[return-value]


class LocalPrometheus:
    """One Prometheus process on loopback over a temporary data folder.

    Args:
        history: the series to backfill before it starts.
        port: TCP port (None: a free one).
    """

    def __init__(self, history: Iterable[SyntheticSeries] = (), port: int | None = None) -> None:
        self.prometheus, self.promtool = find_binaries()
        self.port = port or free_port()
        self.history = list(history)
        self.storage = Path(tempfile.mkdtemp(prefix="oncall-tray-prom-"))
        self._process: subprocess.Popen | None = None
        self._log = None

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:40123``."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> LocalPrometheus:
        """Backfill the history, start the process and wait until ``/-/ready`` answers 200.

        Raises:
            RuntimeError: promtool refused the history, or Prometheus exited or did not get
                ready within ``timeout`` seconds (the message holds the end of its log).
        """
        data = self.storage / "data"
        data.mkdir()
        if self.history:
            source = self.storage / "history.om"
            source.write_text(openmetrics(self.history), encoding="utf-8")
            done = subprocess.run([self.promtool, "tsdb", "create-blocks-from", "openmetrics", str(source), str(data)],
                                  capture_output=True, text=True, stdin=subprocess.DEVNULL)
            if done.returncode != 0:
                self.stop()
                raise RuntimeError(f"promtool could not backfill the history: {done.stderr[-2000:]}")
        (self.storage / "prometheus.yml").write_text(_CONFIG, encoding="utf-8")
        self._log = open(self.storage / "prometheus.log", "ab")
        self._process = start_server(
            [self.prometheus, f"--config.file={self.storage / 'prometheus.yml'}", f"--storage.tsdb.path={data}",
             f"--web.listen-address=127.0.0.1:{self.port}", "--storage.tsdb.retention.time=30d"], self._log)
        if wait_ready(self._process, self.url, timeout):
            return self
        tail = self.log_tail()
        self.stop()
        raise RuntimeError(f"Prometheus did not start on {self.url}: {tail}")

    def log_tail(self, chars: int = 2000) -> str:
        """The end of the process's log, for error messages."""
        try:
            return (self.storage / "prometheus.log").read_text("utf-8", "replace")[-chars:]
        except OSError:
            return ""

    def stop(self) -> None:
        """Stop the process (SIGTERM, then SIGKILL after 5 s) and remove the data folder."""
        end_process(self._process, self._log)
        self._process = self._log = None
        shutil.rmtree(self.storage, ignore_errors=True)

    def __enter__(self) -> LocalPrometheus:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def guide_history(now: float, before_s: float = 6 * 3600, after_s: float = 4 * 3600,
                  step: float = 15.0) -> list[SyntheticSeries]:
    """History for the demo's alerts (Unix seconds ``now``), from ``before_s`` before it to
    ``after_s`` after it: HighCPUUsage's CPU climbing through its 80 % threshold (worsening),
    memory steady above 85 % (stable), slow queries falling (improving), the backend down for
    12 minutes, the connection pool filling up."""
    start, end = now - before_s, now + after_s

    def wiggle(t: float, size: float) -> float:
        return size * math.sin(t / 97.0) * math.cos(t / 331.0)

    def cpu_busy(t: float) -> float:  # percent: 56.5 an hour ago, 80 at -13 min, 86.5 now
        hours = (t - now) / 3600
        base = 56.5 if hours < -1 else 86.5 + 30 * hours if hours <= 0 else min(97.0, 86.5 + 4 * hours)
        return base + wiggle(t, 0.8)

    host = {"instance": "conectsuite-host:9100", "job": "node"}
    postgres = {"instance": "conectsuite-postgres:5432", "job": "postgres"}
    series = [SyntheticSeries("node_cpu_seconds_total", {**host, "cpu": str(cpu), "mode": "idle"},
                              counter(start, end, step, lambda t, c=cpu: (100 - cpu_busy(t) + (c - 0.5) * 4) / 100))
              for cpu in (0, 1)]
    series += [
        SyntheticSeries("node_memory_MemTotal_bytes", host, sampled(start, end, step, lambda t: 16e9)),
        SyntheticSeries("node_memory_MemAvailable_bytes", host,
                        sampled(start, end, step, lambda t: 16e9 * (0.128 + wiggle(t, 0.002)))),
        SyntheticSeries("pg_slow_queries_total", postgres,
                        counter(start, end, step, lambda t: max(0.12, 0.45 - 0.25 * (t - now + 3600) / 3600))),
        SyntheticSeries("pg_stat_activity_count", postgres,
                        sampled(start, end, step, lambda t: round(min(99.0, 90 + 8 * (t - now + 3600) / 3600)))),
        SyntheticSeries("pg_settings_max_connections", postgres, sampled(start, end, step, lambda t: 100.0)),
        SyntheticSeries("up", {"instance": "conectsuite-backend:3001", "job": "backend"},
                        sampled(start, end, step, lambda t: 1.0 if t < now - 12 * 60 else 0.0)),
    ]
    return series
