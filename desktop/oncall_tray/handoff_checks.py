"""The start checklist's network checks: does each dashboard of the guide answer? (no Qt)

Grafana, Prometheus, Alertmanager (each member of its cluster) and Jaeger are asked at the addresses of the settings, all at
once, each with a short timeout, following redirects (Grafana sends its login page). An answer
below 400, or 401/403 (it asks for a login), counts as answering. Run it off the GUI thread.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from .alertmanager.client import _transport_reason
from .alertmanager.connection import system_trust_context
from .config import Config
from .core.handoff import DashboardCheck

TIMEOUT_S = 5.0


def dashboards(config: Config) -> list[tuple[str, str]]:
    """(name, URL) of the guide's dashboards, from the settings: Alertmanager once per member of
    its cluster (``Config.alertmanager_urls``), each asked on its own."""
    return [("Grafana", config.grafana_url), ("Prometheus", config.prometheus_url),
            *(("Alertmanager", url) for url in config.alertmanager_urls()), ("Jaeger", config.jaeger_url)]


def check_dashboard(name: str, url: str, timeout: float = TIMEOUT_S,
                    client: httpx.Client | None = None) -> DashboardCheck:
    """Ask one dashboard (with ``client``, or one of its own); never raises."""
    own = client is None
    started = time.monotonic()
    try:
        client = client or _client(timeout)
        response = client.get(url)
    except httpx.TimeoutException:
        return DashboardCheck(name, url, False, f"no answer in time ({timeout:g} s)")
    except httpx.TransportError as exc:
        return DashboardCheck(name, url, False, _transport_reason(exc))
    except httpx.HTTPError as exc:  # InvalidURL and friends
        return DashboardCheck(name, url, False, str(exc) or type(exc).__name__)
    finally:
        if own and client is not None:
            client.close()
    elapsed_ms = int((time.monotonic() - started) * 1000)
    code = response.status_code
    return DashboardCheck(name, url, code < 400 or code in (401, 403), f"HTTP {code}, {elapsed_ms} ms")


def _client(timeout: float) -> httpx.Client:
    """The system's trust store, as for Alertmanager (and far cheaper than httpx's certifi default:
    see ``PrometheusClient``)."""
    return httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": "oncall-tray"},
                        verify=system_trust_context())


def check_dashboards(config: Config, timeout: float = TIMEOUT_S) -> list[DashboardCheck]:
    """Every dashboard's answer, in ``dashboards`` order (in parallel, through one client: at
    most ``timeout``)."""
    targets = dashboards(config)
    with _client(timeout) as client, \
            ThreadPoolExecutor(max_workers=len(targets), thread_name_prefix="oncall-tray-check") as pool:
        return list(pool.map(lambda t: check_dashboard(*t, timeout=timeout, client=client), targets))
