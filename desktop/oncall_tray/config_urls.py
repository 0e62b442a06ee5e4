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
    if _half_typed_password(value):  # as the settings draft reads it (fresh-user review 69 AI8)
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
                       (_masked(query) + mark + fragment,))
    return None


def shown_url(url: str) -> str:
    """``url`` (any text typed for an address) as messages show it: the password of each of its
    words replaced by ``***`` exactly where the settings draft drops one (``without_password`` of a
    field of addresses: the two read the text with one tokenizer, ``_readings``, code review 74
    AL5: ``https://bob:s3cr3t@am:9093 https://carol:pw2`` showed carol's password in clear, and two
    addresses with user info were shown as one), and each value of its query (``?token=***``),
    which may be a secret too (review 42 F2). A password holding an unencoded "/", "?", "#" or "@"
    is found (code review 69 AD4: ``https://alice:Xy#9z@am:9093`` was shown whole), one being
    typed before its "@host" (``https://bob:s3cr3t``, code review 73 AJ1) masked, a port typo's
    words kept (``http://127.0.0.1:19372 x``, cc20173)."""
    return "".join(head + shown + tail for head, _kept, shown, tail in _readings(url, True))


def without_password(text: str, url_field: bool) -> str:
    """``text`` (a settings field's text) with the password of each URL in it taken out, its user
    name kept (``https://alice@am:9093``: the dialog's "Move ... to User name" then asks for the
    password), to be kept where a secret must not go (code review 68 AB2: the settings draft and
    its log line). With ``url_field`` (a field of addresses: a slip there is still an address),
    a word written without its scheme too (``alice:pw@am:9093``), and each value of a query
    replaced by ``***`` (``?token=***``: a settings URL holds none, ``check_url``). A word that
    may hold a password with an unencoded "/", "?", "#" or "@" loses everything up to its host
    (``_word_reading``, code review 69 AD4): a secret is never kept, an address may be kept
    shorter, and either way the text differs (``config_draft.keep_draft`` names the field). Read
    as ``shown_url`` reads it (``_readings``)."""
    return "".join(head + kept + tail for head, kept, _shown, tail in _readings(text, url_field))


def _readings(text: str, url_field: bool) -> list[tuple[str, str, str, str]]:
    """``text`` cut into words (at white space) and each read by ``_word_reading``; the spaces
    between them as they are (``(space, "", "", "")``): the one tokenizer of ``without_password``
    and ``shown_url``, so that a message masks what the draft drops, word by word. A word whose
    password is being typed (``https://bob:pa``) followed, before any other address ("://"), by a
    word holding an "@" (``ss@am:9093``) is one word with them: a password holding a space
    (``https://bob:pa ss@am:9093``). A port's word followed by commas or semicolons
    (``https://am1:9093,``, a list pasted) is that word and the marks as they are."""
    pieces = re.split(r"(\s+)", text)
    found: list[tuple[str, str, str, str]] = []
    at = 0
    while at < len(pieces):
        word = pieces[at]
        if at % 2 or not word:
            found.append((word, "", "", ""))
            at += 1
            continue
        end = at
        if "@" not in word and _word_reading(word, url_field)[1:3] == ("", "***"):  # a password being typed
            end = next((later for later in range(at + 2, len(pieces), 2) if "@" in pieces[later] or "://" in
                        pieces[later]), at)
            end = end if "://" not in pieces[end] else at
        if end > at:
            found.append(_word_reading("".join(pieces[at:end + 1]), url_field))
            at = end + 1
            continue
        stem = word.rstrip(",;")
        reading = _word_reading(stem or word, url_field)
        if stem and stem != word and reading[1:3] == ("", ""):
            reading = (*reading[:3], reading[3] + word[len(stem):])
        else:
            reading = _word_reading(word, url_field)
        found.append(reading)
        at += 1
    return found


def _word_reading(word: str, url_field: bool) -> tuple[str, str, str, str]:
    """One word of ``_readings``: (what is kept before a password, what the draft puts in its
    place, what a message puts there, what is kept after it); the draft keeps ``head + kept +
    tail``, a message shows ``head + shown + tail``. Its authority (after its scheme's "://" or,
    in a ``url_field``, its start) is read as RFC 3986 and ``urlsplit`` read it: up to the first
    "/", "?" or "#", its user info up to its last "@", the user name up to that's first ":", the
    rest a password, taken out. An unencoded "/", "?" or "#" in a password makes that reading
    fail or lie (code review 69 AD4: ``https://alice:Xy#9z@am:9093`` kept in clear text), so when
    it is no address (a host, a port of digits), or it holds a password and an "@" follows it, or
    a port and an "@" follows it before another host with a port, its host a single name
    (``https://alice:2024/x@am:9093``), everything up to the last "@" before a host is dropped but
    a user name (up to the first ":", without "/", "?" or "#"). An "@" in the path, query or
    fragment of an address without a password is kept (``https://grafana.example.com:3000/d/abc/
    team@prod``, and ``…/team@db1:9100`` after a host with a dot or an IP address: code review 70
    AE5); a password of digits only before its "/", "?" or "#", and no port after it or a user
    name with a dot before it, reads as such a port and path (``_unsure``). A word with no "@"
    before a host loses a password being typed (``_unfinished``)."""
    split = _split_word(word, url_field)
    if split is None:
        kept = _unfinished(word, url_field)
        return (kept, "", "***", "") if kept != word else (_masked_after(word, url_field), "", "", "")
    start, user_info, place, after = split
    tail = f"{place}{_masked_after(after, url_field)}"
    if user_info is None:
        return f"{start}", "", "", tail
    named = _user_name(user_info, "@")  # "" when the user info is the text of a password
    if named and ":" not in user_info:
        return f"{start}{named}", "", "", tail
    return f"{start}{named[:-1]}", "@" if named else "", ":***@" if named else "***@", tail


def _unfinished(word: str, url_field: bool) -> str:
    """``word`` (one with no "@" before a host: ``_split_word`` None) without what may be a
    password still being typed: an address typed left to right, ``https://alice:s3cret`` before its
    "@host", reads as host "alice" and a port that is no number (code review 71 AG2: the draft kept
    as typed held it, or a prefix of it, in clear text). Its authority (after its scheme's "://",
    or in a ``url_field`` its start, up to the first "/", "?" or "#") written ``name:rest``, the
    rest neither empty nor a port (digits up to 65535), loses everything after that ":" (the rest,
    and what follows, may all be the password); a bracketed IPv6 host, which no user info holds
    (RFC 3986 3.2.1), is kept. A password of digits only reads as a port, and is kept."""
    scheme, separator, rest = word.partition("://")
    if not separator or not _SCHEME.fullmatch(scheme):
        if not url_field:
            return word
        scheme, separator, rest = "", "", word
    authority = _split_authority(rest)[0]
    name, colon, port = authority.partition(":")
    if not colon or not port or authority.startswith("[") or (port.isdigit() and int(port) <= 65535):
        return word
    return f"{scheme}{separator}{name}:"


def _no_user_info_yet(value: str) -> bool:
    """Whether ``value`` (one the settings check, ``check_url``) may be an address whose password is
    being typed, before its "@host": no "@" (a whole user info has its own reading) and no space
    (words after a port: a port typo, ``http://127.0.0.1:19372 x``, said a port, not a password;
    ``shown_url`` reads such a text word by word)."""
    return "@" not in value and not any(char.isspace() for char in value)


def _half_typed_password(value: str) -> bool:
    """Whether ``value`` holds, with no "@host" after it, what the settings draft takes for a
    password being typed (``_unfinished``: ``https://bob:Hunter2pa9/path``) and is no number: the
    settings' messages say it a password, masked (``shown_url``), not a port quoted in clear
    (fresh-user review 69 AI8). Digits alone are said a port out of range."""
    if not _no_user_info_yet(value):
        return False
    kept = _unfinished(value, True)
    return kept != value and not re.split(r"[/?#]", value[len(kept):], maxsplit=1)[0].isdigit()


def _split_word(word: str, url_field: bool) -> tuple[str, str | None, str, str] | None:
    """``word`` as ``_word_reading`` reads it: its scheme and "://" ("" in a
    ``url_field`` without them), its user info (None when it has none), its host[:port] and what
    follows; None when it is left as it is (no scheme out of a ``url_field``, no "@" where the
    RFC 3986 reading fails)."""
    scheme, separator, rest = word.partition("://")
    if not separator or not _SCHEME.fullmatch(scheme):
        if not url_field:
            return None
        scheme, separator, rest = "", "", word
    found = _authority(rest)
    if found is not None and not _unsure(rest, *found):
        return (f"{scheme}{separator}", *found)
    if "@" not in rest:
        return None  # nothing can be a password before a host
    cut = max((at for at in _ats(rest) if _authority(rest[at + 1:], user_info=False)), default=rest.rfind("@"))
    return (f"{scheme}{separator}", rest[:cut], *_split_authority(rest[cut + 1:]))


def _user_name(user_info: str | None, end: str) -> str:
    """The user name of ``user_info`` (up to its first ":") followed by ``end``; "" when there is
    none, or it holds a "/", "?" or "#" (no user name: the text of a password)."""
    name = None if user_info is None else user_info.partition(":")[0]
    return "" if name is None or any(mark in name for mark in "/?#") else f"{name}{end}"


def _unsure(rest: str, user_info: str | None, place: str, after: str) -> bool:
    """Whether the RFC 3986 reading of ``rest`` (``_authority``) may have cut a password at a
    "/", "?" or "#" of its own: it holds one and an "@" follows, or a port, and a host with a
    port after a later "@", its own host being a single name (``alice:2024/xy@am:9093``: user
    "alice", password "2024/xy"). A host with a dot or an IP address (an IPv6 one in brackets,
    which no user info holds, RFC 3986 3.2.1) is read as the address's (code review 70 AE5:
    ``https://grafana.example.com:3000/d/abc/team@db1:9100`` lost its port and path), as
    ``urlsplit`` and ``check_url`` read it: a password of digits before its "/", "?" or "#"
    after a user name with a dot (``alice.smith:2024/xy@am:9093``) is not told from it."""
    if "@" not in after:
        return False
    if user_info is not None and ":" in user_info:
        return True
    if not _has_port(place) or place.startswith("[") or "." in place:
        return False
    hosts = [_authority(after[at + 1:], user_info=False) for at in _ats(after)]
    last = next((host for host in reversed(hosts) if host), None)
    return last is not None and _has_port(last[1])


def _ats(text: str) -> list[int]:
    """Where ``text`` holds an "@"."""
    return [at for at, char in enumerate(text) if char == "@"]


def _has_port(place: str) -> bool:
    """Whether a host[:port] (``_authority``'s) writes its port."""
    return ":" in place.rpartition("]")[2]


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")  # RFC 3986 3.1
_PLACE = re.compile(r"(?:\[[0-9A-Za-z:.%_~-]+\]|[\w.~%-]+)(?::[0-9]+)?")


def _split_authority(text: str) -> tuple[str, str]:
    """``text`` cut at its first "/", "?" or "#": the authority and what follows it."""
    end = min((at for at in (text.find(mark) for mark in "/?#") if at >= 0), default=len(text))
    return text[:end], text[end:]


def _authority(text: str, user_info: bool = True) -> tuple[str | None, str, str] | None:
    """``text`` (a URL after its "://") read as RFC 3986 (``urlsplit``): its user info (up to its
    authority's last "@"; None when it has none), host[:port] and what follows (path, query,
    fragment); None when that is no address's host (a name, an IPv4 or a bracketed IPv6
    address) and port (digits, up to 65535), or when it has user info and ``user_info`` is False."""
    try:
        parts = urlsplit("//" + text)
        parts.port  # noqa: B018  (raises ValueError for a port that is no number up to 65535)
    except ValueError:
        return None
    info, at, place = parts.netloc.rpartition("@")
    if (at and not user_info) or not _PLACE.fullmatch(place) or not parts.netloc == _split_authority(text)[0]:
        return None
    return (info if at else None), place, text[len(parts.netloc):]


def _masked_after(after: str, url_field: bool) -> str:
    """What follows a URL's authority, with each value of its query masked (``_masked``) in a
    ``url_field``."""
    if not url_field:
        return after
    before, mark, fragment = after.partition("#")
    path, question, query = before.partition("?")
    return f"{path}{question}{_masked(query) if question else ''}{mark}{fragment}"


def _masked(query: str) -> str:
    """A query string (with or without its "?") with each value replaced by ``***``."""
    return "&".join(f"{pair.partition('=')[0]}=***" if "=" in pair else pair for pair in query.split("&"))


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
