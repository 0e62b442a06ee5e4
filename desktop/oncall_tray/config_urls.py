"""Alertmanager, Grafana and Prometheus addresses in the settings (no Qt): whether a text is
one (``check_url``) and whether two are the same server (``url_identity``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from urllib.parse import parse_qsl, urlencode, urlsplit

from .i18n import Message


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
                       (_masked(query) + mark + fragment,))
    return None


def shown_url(url: str) -> str:
    """``url`` as messages show it: a password replaced by ``***`` and so is each value of its
    query (``?token=***``), which may be a secret too (review 42 F2: a password in a list item
    or a peer was printed by ``config check`` and every command). One that cannot be split
    (``http://u:p@[::1``) loses everything before its last ``@``."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        scheme, separator, rest = url.partition("://")
        return f"{scheme}{separator}***@{rest.rpartition('@')[2]}" if "@" in rest else url
    if password is None and not parts.query:
        return url  # as written (``geturl`` would drop a bare "?")
    if password is not None:
        parts = parts._replace(netloc=parts.netloc.replace(":" + password + "@", ":***@"))
    if parts.query:
        parts = parts._replace(query=_masked(parts.query))
    return parts.geturl()


def without_password(text: str, url_field: bool) -> str:
    """``text`` (a settings field's text) with the password of each URL in it taken out, its user
    name kept (``https://alice@am:9093``: the dialog's "Move ... to User name" then asks for the
    password), to be kept where a secret must not go (code review 68 AB2: the settings draft and
    its log line). With ``url_field`` (a field of addresses: a slip there is still an address),
    a word written without its scheme too (``alice:pw@am:9093``), and each value of a query
    replaced by ``***`` (``?token=***``: a settings URL holds none, ``check_url``)."""
    return re.sub(r"\S+", lambda word: _word_without_password(word.group(), url_field), text)


def _word_without_password(word: str, url_field: bool) -> str:
    """One word of ``without_password``: everything between its scheme (or, in a ``url_field``,
    its start) and its host's last "@" is the user name, up to its first ":", and a password."""
    scheme, separator, rest = word.partition("://")
    if not separator:
        if not url_field:
            return word
        scheme, rest = "", word
    marks = [at for at in (rest.find("?"), rest.find("#")) if at >= 0]
    head, tail = rest[:min(marks, default=len(rest))], rest[min(marks, default=len(rest)):]
    user_info, at, host = head.rpartition("@")
    if at and ":" in user_info:
        head = f"{user_info.partition(':')[0]}@{host}"
    if url_field and tail.startswith("?"):
        query, mark, fragment = tail[1:].partition("#")
        tail = f"?{_masked(query)}{mark}{fragment}"
    return f"{scheme}{separator}{head}{tail}"


def _masked(query: str) -> str:
    """A query string (with or without its "?") with each value replaced by ``***``."""
    return "&".join(f"{pair.partition('=')[0]}=***" if "=" in pair else pair for pair in query.split("&"))


_DEFAULT_PORTS = {"http": 80, "https": 443}


def url_identity(url: str) -> str:
    """``url`` as the server reads it, to tell whether two addresses are one: scheme, host
    and port (the scheme's default when none is written), and the path without its final
    slash; case aside (``HTTP://AM:9093/``, ``http://am:9093`` and ``http://u@am:9093`` are
    one; ``http://am`` and ``http://am:80`` too). A text that is not a URL is given back as it is."""
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        port = parts.port or _DEFAULT_PORTS.get(scheme)
        host = parts.hostname or ""
    except ValueError:
        return url
    host = f"[{host}]" if ":" in host else host
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
