"""The start checklist's network checks: does each dashboard of the guide answer? (no Qt)

Grafana, Prometheus, Alertmanager (each member of its cluster) and Jaeger are asked at the addresses of the settings, all at
once, each with a short timeout, following redirects (Grafana sends its login page) but for
Alertmanager's, judged as the poller judges them (``errors.redirected``: code review 81 AX5, the
checklist said "HTTP 200" of an address the poller refuses as redirected); Alertmanager
for its status (``GET /api/v2/status``), as the poller asks it: with the credentials stored for
it (``connect.credentials_for``), the settings' TLS trust (``ca_bundle``,
``insecure_skip_verify``: review 54 M1, a private CA's Alertmanager never answered the check)
and its proxy (``transport_options``). An answer below 400 counts as answering, except an
Alertmanager status that is not Alertmanager's ("unexpected answer"); 401/403 is "needs
credentials" (``DashboardCheck.needs_login``), which does not. Run it off the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import httpx

from .alertmanager.client import PLAIN_TO_TLS_REASON, plain_to_tls, read_status
from .alertmanager.connection import (TlsSettingsError, system_trust_context, tls_reason, transport_options,
                                      transport_reason)
from .alertmanager.errors import BadResponse, CredentialsNeeded, redirected
from .alertmanager.secret_text import library_words
from .config import Config
from .connect import credentials_for, reason_of, when_asked
from .core.dashboards import DashboardCheck
from .i18n import Message
from .secrets import SecretStore

TIMEOUT_S = 5.0


def dashboards(config: Config, aliases: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(name, URL) of the guide's dashboards, from the settings: Alertmanager once per member of
    its cluster (``Config.alertmanager_urls``), each asked on its own, but for ``aliases`` (URL
    -> the URL listed before it that is the same Alertmanager: ``ClusterPoll.aliases``)."""
    return [("Grafana", config.grafana_url), ("Prometheus", config.prometheus_url),
            *(("Alertmanager", url) for url in config.alertmanager_urls() if url not in (aliases or {})),
            ("Jaeger", config.jaeger_url)]


def check_dashboard(name: str, url: str, timeout: float = TIMEOUT_S,
                    client: httpx.Client | None = None, auth: httpx.Auth | None = None,
                    unread: Message | str = "", ca_bundle: str = "", proxy: str = "") -> DashboardCheck:
    """Ask one dashboard (with ``client``, or one of its own; with ``auth``, if any); never
    raises. ``unread``: why its credentials could not be read (a locked keyring), said instead
    of the HTTP status when it asks for them. Alertmanager is asked for its status
    (``GET /api/v2/status``): an answer that is not Alertmanager's is ``unexpected`` (review 15:
    a server answering garbage "answered")."""
    own = client is None
    started = time.monotonic()
    alertmanager = name == "Alertmanager"
    try:
        client = client or _client(timeout)
        asked = url.rstrip("/") + "/api/v2/status" if alertmanager else url
        response = client.get(asked, follow_redirects=not alertmanager, **({"auth": auth} if auth is not None else {}))
    except httpx.TimeoutException:
        return DashboardCheck(name, url, False, f"no answer in time ({timeout:g} s)")
    except httpx.TransportError as exc:  # a TLS failure in plain words, as the poll says it
        return DashboardCheck(name, url, False, tls_reason(exc, ca_bundle) or transport_reason(exc, proxy))
    except httpx.HTTPError as exc:  # InvalidURL and friends
        return DashboardCheck(name, url, False, library_words(exc))
    finally:
        if own and client is not None:
            client.close()
    elapsed_ms = int((time.monotonic() - started) * 1000)
    code = response.status_code
    if plain_to_tls(code, response.content):  # (review 54 M3)
        return DashboardCheck(name, url, False, PLAIN_TO_TLS_REASON)
    redirect = redirected(asked, code, response.headers.get("location"), str(response.request.url))
    if alertmanager and redirect is not None:  # the poll's words: where it points, the address to set
        return DashboardCheck(name, url, False, f"{redirect.reason}, HTTP {code}", unexpected=True)
    if code in (401, 403):
        return DashboardCheck(name, url, False, unread or f"HTTP {code}, {elapsed_ms} ms", needs_login=True)
    if alertmanager and code < 400:
        try:
            read_status(response)
        except BadResponse as exc:
            return DashboardCheck(name, url, False, f"{exc.reason.split(': ')[0]}, HTTP {code}", unexpected=True)
    return DashboardCheck(name, url, code < 400, f"HTTP {code}, {elapsed_ms} ms")


def _client(timeout: float, **options) -> httpx.Client:
    """A client on the system's trust store (far cheaper than httpx's certifi default: see
    ``PrometheusClient``), or with ``options`` (Alertmanager's ``transport_options``)."""
    options.setdefault("verify", system_trust_context())
    return httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": "oncall-tray"}, **options)


def check_dashboards(config: Config, timeout: float = TIMEOUT_S, store: SecretStore | None = None,
                     aliases: Mapping[str, str] | None = None) -> list[DashboardCheck]:
    """Every dashboard's answer, in ``dashboards`` order (in parallel, through one client: at
    most ``timeout``); Alertmanager's members with the credentials stored for it in ``store``
    (default: the system keyring). ``aliases``: the members a poll found to be the same
    Alertmanager as one listed before them (``ClusterPoll.aliases``: URL -> that one's URL),
    asked and listed once, as that one's ``DashboardCheck.also`` (review 61 W9: one
    Alertmanager under two names was listed as two)."""
    aliases = aliases or {}
    targets = dashboards(config, aliases)
    auth, unread = None, ""
    try:
        credentials = credentials_for(when_asked(config), store)  # an --alertmanager address's: if it asks
    except CredentialsNeeded as exc:  # the keyring is locked or failed: its reason, if a login is asked
        credentials, unread = None, reason_of(exc)
    if credentials is not None:
        auth = credentials.auth()

    def check(target: tuple[str, str]) -> DashboardCheck:
        name, url = target
        if name != "Alertmanager":
            return check_dashboard(name, url, timeout=timeout, client=client)
        try:
            options = transport_options(url, config.tls())
        except TlsSettingsError as exc:
            return DashboardCheck(name, url, False, f"TLS error: {exc}")
        bundle = options.pop("ca_bundle", "")
        with _client(timeout, **options) as own:
            answer = check_dashboard(name, url, timeout=timeout, client=own, auth=auth, unread=unread,
                                     ca_bundle=bundle, proxy=options.get("proxy") or "")
        return replace(answer, also=tuple(alias for alias, first in aliases.items() if first == url))

    with _client(timeout) as client, \
            ThreadPoolExecutor(max_workers=len(targets), thread_name_prefix="oncall-tray-check") as pool:
        return list(pool.map(check, targets))
