"""Shared pieces of the benchmarks: realistic alerts, batch posting, RSS from /proc, cleanup.

No dependency beyond the project's own (httpx); the scripts import this module from
``benchmarks/`` (they put their own folder first on ``sys.path``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import random
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
BATCH = 1000  # alerts per POST /api/v2/alerts
UTC = dt.timezone.utc

# (alertname, job, team) as a Prometheus rule set might have them.
_RULES = [
    ("KubePodCrashLooping", "kube-state-metrics", "platform"),
    ("KubePodNotReady", "kube-state-metrics", "platform"),
    ("KubeContainerWaiting", "kube-state-metrics", "platform"),
    ("NodeFilesystemSpaceFillingUp", "node-exporter", "infra"),
    ("NodeHighCPUUsage", "node-exporter", "infra"),
    ("NodeMemoryPressure", "node-exporter", "infra"),
    ("HighErrorRate", "backend", "crm-core"),
    ("HighLatencyP99", "backend", "crm-core"),
    ("UpstreamTimeouts", "api-gateway", "edge"),
    ("CertificateExpiringSoon", "blackbox", "edge"),
    ("PostgresReplicationLag", "postgres-exporter", "data"),
    ("PostgresTooManyConnections", "postgres-exporter", "data"),
    ("RedisMemoryHigh", "redis-exporter", "data"),
    ("KafkaConsumerLagHigh", "kafka-exporter", "data"),
    ("QueueBacklogGrowing", "worker", "crm-jobs"),
    ("JobFailedRepeatedly", "worker", "crm-jobs"),
    ("TargetDown", "prometheus", "observability"),
    ("PrometheusRuleEvaluationFailures", "prometheus", "observability"),
]
_SERVICES = ["crm-api", "crm-web", "crm-worker", "billing", "auth", "search", "notifications",
             "reports", "gateway", "importer", "mailer", "webhooks"]
_ENVS = ["prod", "prod", "prod", "staging", "dev"]
_SEVERITIES = ["critical"] * 1 + ["warning"] * 5 + ["info"] * 4


def make_alerts(count: int, now: dt.datetime | None = None, ends_in: dt.timedelta = dt.timedelta(hours=1),
                seed: int = 42) -> list[dict]:
    """``count`` postable alerts as Prometheus sends them, each with its own label set.

    Labels: alertname, severity (critical 10 %, warning 50 %, info 40 %), instance, job, service,
    team, env, pod; annotations: summary, description, runbook_url; generatorURL; startsAt up to
    10 h back; endsAt ``ends_in`` after ``now``. Deterministic for a given ``seed``.
    """
    now = now or dt.datetime.now(UTC)
    rng = random.Random(seed)
    ends_at = (now + ends_in).isoformat()
    alerts = []
    for i in range(count):
        alertname, job, team = rng.choice(_RULES)
        service = rng.choice(_SERVICES)
        env = rng.choice(_ENVS)
        severity = rng.choice(_SEVERITIES)
        instance = f"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}:9100"
        pod = f"{service}-{rng.getrandbits(40):010x}-{rng.getrandbits(24):06x}"[:48]
        alerts.append({
            "labels": {"alertname": alertname, "severity": severity, "instance": instance, "job": job,
                       "service": service, "team": team, "env": env, "pod": pod},
            "annotations": {
                "summary": f"{alertname} on {service} ({env}) at {instance}",
                "description": (f"{alertname} has been firing for pod {pod} of service {service} in {env}; "
                                f"the rule's threshold was crossed on {instance}. Check the dashboard "
                                f"and the recent deploys before escalating to {team}."),
                "runbook_url": f"https://runbooks.conectcrm.internal/{team}/{alertname.lower()}",
            },
            "generatorURL": (f"http://prometheus-0.monitoring:9090/graph?g0.expr=ALERTS%7Balertname%3D%22"
                             f"{alertname}%22%7D&g0.tab=1"),
            "startsAt": (now - dt.timedelta(seconds=rng.randint(30, 36000))).isoformat(),
            "endsAt": ends_at,
        })
    return alerts


def resolved(alerts: list[dict], now: dt.datetime | None = None) -> list[dict]:
    """The same alerts with ``endsAt`` = now (Prometheus's "resolved")."""
    end = (now or dt.datetime.now(UTC)).isoformat()
    return [{**alert, "endsAt": end} for alert in alerts]


def post_in_batches(url: str, alerts: list[dict], batch: int = BATCH) -> None:
    """POST ``alerts`` to ``url``/api/v2/alerts, ``batch`` at a time."""
    with httpx.Client(base_url=url, timeout=60) as http:
        for start in range(0, len(alerts), batch):
            http.post("/api/v2/alerts", json=alerts[start:start + batch]).raise_for_status()


ALERTS_PATH = "/api/v2/alerts?active=true&silenced=true&inhibited=true&unprocessed=true"


def count_alerts(url: str) -> int:
    """How many active alerts ``GET /api/v2/alerts`` returns now."""
    response = httpx.get(url + ALERTS_PATH, timeout=60)
    response.raise_for_status()
    return len(response.json())


def wait_for_count(url: str, expected: int, timeout: float = 60.0) -> None:
    """Poll until Alertmanager reports ``expected`` alerts; RuntimeError after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    seen = -1
    while time.monotonic() < deadline:
        seen = count_alerts(url)
        if seen == expected:
            return
        time.sleep(0.2)
    raise RuntimeError(f"Alertmanager holds {seen} alerts, expected {expected}")


# -- memory -----------------------------------------------------------------------------------

def proc_status(pid: int) -> dict[str, int]:
    """Vm*/Rss* lines of /proc/PID/status, in kB (empty when the process is gone)."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    values = {}
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        if key.startswith(("Vm", "Rss")) and rest.strip().endswith("kB"):
            values[key] = int(rest.split()[0])
    return values


def rss_mb(pid: int) -> float:
    """Resident set size (VmRSS) in MiB (reported as "MB", as `top` and `ps` do); 0.0 when gone."""
    return proc_status(pid).get("VmRSS", 0) / 1024


# -- statistics and reporting -----------------------------------------------------------------

def median(values: list[float]) -> float:
    return statistics.median(values)


def machine_line() -> str:
    """Date, CPU count, CPU model, Python, load average (other work skews timings): for the
    README's figures."""
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}, nproc {os.cpu_count()}"
            f"{', ' + model if model else ''}, Python {platform.python_version()}, {platform.system()} "
            f"{platform.release()}, load average {load}; {revision()}")


def revision() -> str:
    """The measured code: short commit, plus a note when the work tree differs (read-only git)."""
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}  # never refresh the index
    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], env=env,
                                capture_output=True, text=True, timeout=10).stdout.strip()
        changed = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                                 env=env, capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "?"
    return f"commit {commit or '?'}{' + uncommitted changes' if changed else ''}"


def alertmanager_version() -> str:
    from oncall_tray.demo import find_binary

    with contextlib.suppress(Exception):
        out = subprocess.run([find_binary(), "--version"], capture_output=True, text=True, timeout=10)
        return (out.stdout or out.stderr).splitlines()[0]
    return "?"


# -- cleanup ----------------------------------------------------------------------------------

@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Turn SIGTERM (and SIGHUP) into KeyboardInterrupt so that ``finally`` blocks clean up."""
    def raise_interrupt(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt(f"signal {signum}")

    old = {sig: signal.signal(sig, raise_interrupt) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)


def stop_process(proc: subprocess.Popen | None, timeout: float = 5.0) -> None:
    """SIGTERM ``proc`` (its group when it leads one), SIGKILL after ``timeout``, reap it."""
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        proc.wait()


def wait_until(condition: Callable[[], object], timeout: float, what: str, interval: float = 0.1):
    """Poll ``condition`` until truthy and return its value; RuntimeError after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise RuntimeError(f"timed out after {timeout} s waiting for {what}")


def start_shift(config: Path, env: dict[str, str]) -> None:
    """Open a shift in the journal of ``env``'s XDG folders (``oncall-tray handoff start
    --confirm``), so that the tray started next runs as during a shift, with no shift start
    window. Raises CalledProcessError when the command fails."""
    subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(config), "handoff", "start", "--confirm"],
                   env=env, check=True, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)


def add_repo_paths() -> None:
    """Make ``tests/desktop_env.py`` importable (the package itself is installed editable)."""
    tests = str(REPO / "tests")
    if tests not in sys.path:
        sys.path.insert(0, tests)
