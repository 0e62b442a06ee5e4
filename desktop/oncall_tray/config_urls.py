"""Alertmanager, Grafana and Prometheus addresses in the settings (no Qt): whether a text is
one (``check_url``) and whether two are the same server (``url_identity``). The passwords in
what is typed for one, masked or dropped, are ``url_passwords``'."""

from __future__ import annotations

from collections.abc import Iterable

from urllib.parse import parse_qsl, urlencode, urlsplit

from .i18n import Message
from .url_passwords import half_typed_password, masked_query


def check_url(value: str, alertmanager: bool = True) -> Message | None:
    """Why ``value`` is not an Alertmanager/Grafana/Prometheus address (translatable), None
    when it is one: http(s) with a host, a valid port, no password (an Alertmanager's goes
    to the OS keyring with ``oncall-tray login``; ``alertmanager`` False: another service's,
    for which that command is no help), and neither a query nor a fragment (the API's paths,
    Grafana's Explore page... are put after it)."""
    if value != value.strip():  # a paste's spaces read "the port must be a number" (review 54 M11)
        return Message("settings", "has spaces before or after the address: remove them")
    try:
        parts = urlsplit(value)
    except ValueError as exc:
        if "IPv6" in str(exc):  # Python's "Invalid IPv6 URL" (review 42 F6: English in a Portuguese line)
            return Message("settings", "not a valid URL: a [ without its ] (an IPv6 address is written [::1])")
        return Message("settings", "not a valid URL: %1", (str(exc),))
    if half_typed_password(value):  # as the settings draft reads it (fresh-user review 69 AI8)
        return Message("settings", "must not hold a password (what follows the “:” is no port number): use "
                                   "`oncall-tray login` (the OS keyring) instead") if alertmanager else \
            Message("settings", "must not hold a password (what follows the “:” is no port number)")
    try:
        port_ok = parts.port != 0  # raises ValueError for a port that is not a number up to 65535
    except ValueError:
        port_ok = False
    if not port_ok:
        return Message("settings", "the port must be a number from 1 to 65535")
    if any(char.isspace() for char in value):
        return Message("settings", "must not contain spaces")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return Message("settings", "must be an http:// or https:// URL with a host")
    if parts.password is not None:
        if not alertmanager:
            return Message("settings", "must not hold a password")
        return Message("settings", "must not hold a password: use `oncall-tray login` (the OS keyring) instead")
    path = parts.path.rstrip("/")
    api = next((end for end in ("/api/v2", "/api/v1") if path.endswith(end)), "") if alertmanager else ""
    if api:  # the client adds /api/v2: "…/api/v2/api/v2/status was not found" (review 42 F13)
        return Message("settings", "ends in %1: give Alertmanager's own address, without it (its API's path is added "
                                   "to it)", (api,))
    marks = [at for at in (value.find("?"), value.find("#")) if at >= 0]
    if marks:  # every request goes below the address: a query or fragment would stand in its path (review 38 F11)
        query, mark, fragment = value[min(marks):].partition("#")
        return Message("settings", "must not hold a query or a fragment (%1): give the address without them",
                       (masked_query(query) + mark + fragment,))
    return None


_DEFAULT_PORTS = {"http": 80, "https": 443}


#: The host ``url_identity`` gives the loopback's names (``LOOPBACK_NAMES``).
LOOPBACK = "127.0.0.1"
#: The names of this machine's loopback that are 127.0.0.1 without a DNS lookup (``/etc/hosts``
#: of Debian, Fedora...; any case, a final dot or not). Names only: ``localhost6`` is ``::1``.
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def url_identity(url: str) -> str:
    """``url`` as the server reads it, to tell whether two addresses are one: scheme, host
    and port (the scheme's default when none is written: http 80, https 443), and the path
    without its final slash; case aside (``HTTP://AM:9093/``, ``http://am:9093`` and
    ``http://u@am:9093`` are one; ``http://am`` and ``http://am:80`` too). The loopback's names
    (``LOOPBACK_NAMES``) are ``LOOPBACK``, 127.0.0.1 (``localhost`` and ``127.0.0.1`` in two
    settings files made two trays for one Alertmanager, review 69 AI5); every address stays
    itself, for two addresses are two sockets (code review 74 AL1: SSH tunnels or port-forwards
    on 127.0.0.2:9093 and 127.0.0.3:9093 reach two clusters; a server bound to ``[::1]`` is not
    one bound to 127.0.0.1). Other names are not resolved (no DNS lookup: nothing may block the
    tray's start). A text that is not a URL is given back as it is."""
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        port = parts.port or _DEFAULT_PORTS.get(scheme)
        host = parts.hostname or ""
    except ValueError:
        return url
    host = LOOPBACK if host.rstrip(".") in LOOPBACK_NAMES else f"[{host}]" if ":" in host else host
    return f"{scheme}://{host}{'' if port is None else f':{port}'}{parts.path.rstrip('/')}"


def scoped(urls: Iterable[str], matchers: Iterable[str] = (), receiver: str = "") -> tuple[str, ...]:
    """``urls`` (an Alertmanager's members) each with what the tray asks of it beyond them, the
    ``filter`` matchers (sorted: their order asks nothing else) and the ``receiver`` of its
    ``GET /api/v2/alerts``, as that request's query (``?filter=...&receiver=...``): what is
    watched there (review 56 Q10: another scope is not the alerts' resolution). ``urls`` as they
    are when neither is set. A settings URL never holds a query (``check_url``)."""
    query = urlencode([*(("filter", m) for m in sorted(set(matchers))), *((("receiver", receiver),) if receiver else ())])
    return tuple(f"{url}?{query}" for url in urls) if query else tuple(urls)


def scope_identity(url: str) -> str:
    """``url_identity`` of a ``scoped`` URL, its query kept: one Alertmanager watched with one
    scope. A URL without a query (a journal written before scopes) is one without filter or
    receiver."""
    query = url.partition("?")[2]
    return url_identity(url) + (f"?{query}" if query else "")


def unscoped(identity: str) -> str:
    """The Alertmanager member of a ``scope_identity`` (its scope left out)."""
    return identity.partition("?")[0]


def scope_words(identity: str) -> tuple[tuple[str, str], ...]:
    """The scope of a ``scope_identity``: its (``filter`` or ``receiver``, value) pairs, none
    for every alert."""
    return tuple(parse_qsl(identity.partition("?")[2]))


def one_alertmanager(urls: Iterable[str], others: Iterable[str]) -> bool:
    """Whether two lists of member URLs (``Config.alertmanager_urls``) name one Alertmanager: a
    member in common (``url_identity``; a peer added or removed is the same cluster)."""
    return bool({url_identity(u) for u in urls if u} & {url_identity(u) for u in others if u})


def cased(url: str) -> str:
    """``url`` with its scheme and host in lower case, as servers read them, its final slash
    dropped (the keyring's entries: review 54 M11, ``HTTPS://LOCALHOST:19354`` did not find the
    login stored for ``https://localhost:19354``); the rest (user, path) as written. A text that
    is not a URL is given back without its final slash."""
    url = url.rstrip("/")
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return url
    if not host:
        return url
    user, at, place = parts.netloc.rpartition("@")
    start = place.lower().find(host)
    netloc = f"{user}{at}{place[:start]}{host}{place[start + len(host):]}" if start >= 0 else parts.netloc
    return parts._replace(scheme=parts.scheme.lower(), netloc=netloc).geturl()
