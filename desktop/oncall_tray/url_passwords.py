"""The passwords in what is typed for an address (no Qt): messages show them as ``***``
(``shown_url``) and the settings draft drops them (``without_password``), both with one reading
of the text (``_readings``), so that a message masks exactly what the draft leaves out."""

from __future__ import annotations

import re
from urllib.parse import urlsplit


def shown_url(url: str) -> str:
    """``url`` (any text typed for an address) as messages show it: the password of each of its
    words replaced by ``***`` exactly where the settings draft drops one (``without_password`` of a
    field of addresses: the two read the text with one tokenizer, ``_readings``, code review 74
    AL5: ``https://bob:s3cr3t@am:9093 https://carol:pw2`` showed carol's password in clear, and two
    addresses with user info were shown as one), and each value of its query (``?token=***``),
    which may be a secret too (review 42 F2). A password holding an unencoded "/", "?", "#" or "@"
    is found (code review 69 AD4: ``https://alice:Xy#9z@am:9093`` was shown whole), one being
    typed before its "@host" (``https://bob:s3cr3t``, code review 73 AJ1) masked with the words
    after it on its line (``https://alice:correct horse``: code review 80 AU1); an address with a
    valid port and the words after it shown as typed (``http://alertmanager:9093 /api``, "http://am2:9093
    timed out", ``http://127.0.0.1:19372 x``: code review 82A AY2), but before an "@host"
    (``https://alice:2024 Summer@am:9093``). The log lines mask by this rule (``logs.MaskedUrls``)."""
    return "".join(head + shown + tail for head, _kept, shown, tail in _readings(url, True))


def without_password(text: str, url_field: bool, edited_from: str | None = None) -> str:
    """``text`` (a settings field's text) with the password of each URL in it taken out, its user
    name kept (``https://alice@am:9093``: the dialog's "Move ... to User name" then asks for the
    password), to be kept where a secret must not go (code review 68 AB2: the settings draft and
    its log line). With ``url_field`` (a field of addresses: a slip there is still an address),
    a word written without its scheme too (``alice:pw@am:9093``), and each value of a query
    replaced by ``***`` (``?token=***``: a settings URL holds none, ``check_url``). A word that
    may hold a password with an unencoded "/", "?", "#" or "@" loses everything up to its host
    (``_word_reading``, code review 69 AD4): a secret is never kept, an address may be kept
    shorter, and either way the text differs (``config_draft.keep_draft`` names the field). Read
    as ``shown_url`` reads it (``_readings``).

    ``edited_from`` (a field of addresses the engineer is typing in, ``ui.settings_editing``: its
    text when the editing began; None: not being edited) — an address typed there that reads
    ``name:digits`` with no "@" yet, ``name`` a single name (``https://alice:2024``,
    ``https://alice:2024/x``: ``_may_be_user``), may still become ``user:password@host`` (a
    password starting with digits, or digits and a "/", typed left to right: code review 72 AH10),
    and is kept without what follows its ":" (``https://alice:``), the field then named in the
    draft's ``not_kept``; an address the engineer means (``http://am:9093``) is kept so only while
    it is being typed, whole once the engineer leaves its field. Every word added or changed in the
    editing is so read wherever the text cursor is (code review 78 AR3: a password holding a space,
    ``https://alice:2024 Su``, or a list's line half typed when the cursor went to another line,
    was kept in clear once the cursor left its word); so, the trade-off, an address the engineer
    means typed in a list (``http://am1:9093`` then ``http://am2:9093``) stays cut until the focus
    leaves the field, also in a draft kept at the program's close then. A password holding spaces
    (``https://alice:correct horse battery``, code review 79 AT6): the words typed after one cut as
    a password being typed, up to one starting a new address (``scheme://``) or a line break of a
    list, are cut too (``https://alice:``), and so they are once the engineer leaves the field, as
    in a text not edited (code review 80 AU1: a message showed ``https://alice:*** horse``); but
    a single name and a valid port followed by words (``https://alice:2024 Summer``, and so
    ``http://alertmanager:9093 /api``) are an address and words once the field is left, kept
    whole as a message shows them (code review 82A AY2: the draft lost ``http://am-0:9093
    am-1:9093``'s second address, the settings check said it a password). Its words in
    ``edited_from`` (there, unchanged, when the editing began), a dotted host or an IP address
    (``http://am.example.com:9093``, ``http://10.0.0.5:9093``, ``http://[::1]:9093``) and an
    address without a port are kept whole.
    No moment of the typing of ``user:password@host`` then writes a password's first characters,
    but after a user name holding a dot (read as a host's, ``_may_be_user``)."""
    return "".join(head + kept + tail for head, kept, _shown, tail in _readings(text, url_field, edited_from))


def _readings(text: str, url_field: bool, edited_from: str | None = None) -> list[tuple[str, str, str, str]]:
    """``text`` cut into words (at white space) and each read by ``_word_reading``; the spaces
    between them as they are (``(space, "", "", "")``): the one tokenizer of ``without_password``
    and ``shown_url``, so that a message masks what the draft drops, word by word. A word whose
    password is being typed (``https://bob:pa``) followed, before any other address ("://"), by a
    word holding an "@" (``ss@am:9093``) is one word with them: a password holding a space
    (``https://bob:pa ss@am:9093``); so is, on its line, a word ``name:digits`` (``https://bob:2024``:
    a password starting with digits, even in a text no longer edited, code review 79 AT6). The
    words after a word whose password may be being typed (that word read as typed, edited or not:
    ``https://alice:correct horse``; ``https://alice:2024 Summer`` only while being edited, an
    address and a word in a finished text: code review 82A AY2), up to one starting a new
    address or a line break, are cut with it (``_typed_on``; code review 80 AU1); a word holding
    an "@" joins a ``name:digits`` no longer edited unless it reads as an e-mail address
    (``_mail``) after a sentence (``_password_words``: "http://am:9093 ended, by bob@example.com";
    ``https://alice:2024 Summer@am.example.com`` is a password, bdleft1). A port's word followed
    by commas or semicolons (``https://am1:9093,``, a list pasted) is that word and the marks as
    they are; a comma or semicolon followed by a scheme's "://" parts two words
    (``http://am:9093,http://am2:9093``: code review 72 AH10, two addresses read as one, cut as a
    password). ``edited_from``: as ``without_password``'s, a word not among its words read as typed."""
    pieces = _WORDS.split(text)
    began = set(_WORDS.split(edited_from)[::2]) if edited_from is not None else None
    found: list[tuple[str, str, str, str]] = []
    at = 0
    while at < len(pieces):
        word = pieces[at]
        if at % 2 or not word:
            found.append((word, "", "", ""))
            at += 1
            continue
        end, editing = at, began is not None and word not in began
        typing = "@" not in word and _word_reading(word, url_field, editing)[1:3] == ("", "***")
        if typing or ("@" not in word and _word_reading(word, url_field, True)[1:3] == ("", "***")):
            end = next((later for later in range(at + 2, len(pieces), 2) if "@" in pieces[later] or "://" in
                        pieces[later] or not (typing or _same_line(pieces[later - 1]))), at)
            end = end if "://" not in pieces[end] and (typing or (_same_line(pieces[end - 1]) and (
                not _mail(pieces[end]) or _password_words(pieces, at, end)))) else at
            if end == at and typing:  # no "@host" after it: a password's words only while one may come (AY2)
                end = _typed_on(pieces, at)
                if end > at:  # its words after it on its line cut too, edited or not (code review 80 AU1)
                    found.append(_word_reading(word, url_field, True))
                    at = end + 1
                    continue
        if end > at:
            found.append(_apart(_word_reading("".join(pieces[at:end + 1]), url_field, editing), pieces, at, end))
            at = end + 1
            continue
        stem = word.rstrip(",;")
        reading = _word_reading(stem or word, url_field, editing)
        if stem and stem != word and reading[1:3] == ("", ""):
            reading = (*reading[:3], reading[3] + word[len(stem):])
        else:
            reading = _word_reading(word, url_field, editing)
        found.append(reading)
        at += 1
    return found


def _typed_on(pieces: list[str], at: int) -> int:
    """Where the rest of the password being typed in ``pieces[at]`` (``_readings``' words and the
    spaces between them, in a word typed in an editing) may end: the last word after it up to one
    starting a new address (a scheme's "://") or a line break (a list's next address); ``at`` when
    none. Secrecy first (code review 79 AT6: ``https://alice:correct horse battery`` was kept as
    ``https://alice: horse battery`` until its "@" was typed): a word typed after a space may be
    the password's, and only the engineer leaving the field tells it is not."""
    end = at
    for later in range(at + 2, len(pieces), 2):
        if not _same_line(pieces[later - 1]) or "://" in pieces[later]:
            break
        end = later
    return end


def _mail(word: str) -> bool:
    """Whether ``word`` (one holding an "@") ends as an e-mail address does: a dotted host after
    its last "@", with neither a port nor a path (``bob@example.com``, ``bob@example.com).``), not
    the "@host" of an address (``Summer@am:9093``, ``Summer@am``): the words before it are no
    password's after an address with a valid port (code review 82A AY2/AY3: ``http://am:9093
    ended, by bob@example.com`` was shown ``http://am:***@example.com``)."""
    host = word.rpartition("@")[2]
    return "." in host.rstrip(".,;:)]}'\"") and not any(mark in host for mark in ":/")


def _apart(reading: tuple[str, str, str, str], pieces: list[str], at: int, end: int) -> tuple[str, str, str, str]:
    """``reading`` of ``pieces[at:end + 1]`` joined (``_readings``: a password with spaces and its
    "@host"), the first word ending at its port (``_at_port``) and the last an e-mail address
    (``_mail``) in a sentence (a word before them on the line): a message shows "***", "***@host"
    apart, no host invented (code review 86B BG5: "on http://node:9100 to ops@example.com" was logged
    ``http://node:***@example.com``, now ``http://node:*** ***@example.com``)."""
    head, kept, shown, tail = reading
    if at >= 2 and pieces[at - 2] and _same_line(pieces[at - 1]) and _mail(pieces[end]) and _at_port(pieces[at]):
        shown = f"{shown[:-1]} ***@" if shown.endswith("***@") else shown
    return head, kept, shown, tail


def _password_words(pieces: list[str], at: int, end: int) -> bool:
    """Whether ``pieces[at:end + 1]`` (``_readings``' words and the spaces between them; the last
    reads as an e-mail address, ``_mail``) are a password holding spaces and its "@host" rather than
    an address and a sentence: the first word ends at its port (``_at_port``) and no word before the
    last ends in ",", ";" or ":". Secrecy first: "." "!" "?" end passphrases' words (code review 86B
    BG5: ``https://alice:2024 Hi! Go@am.example.com`` was kept whole; bdleft1: ``…2024
    Summer@am.example.com``); "http://am:9093 ended, by bob@example.com" stays as written."""
    return _at_port(pieces[at]) and not any(word.endswith((",", ";", ":")) for word in pieces[at + 2:end:2])


def _at_port(word: str) -> bool:
    """Whether ``word`` ends at its port (``https://alice:2024``, ``https://:2024``: no path nor mark)."""
    _scheme, separator, rest = word.partition("://")
    authority, after = _split_authority(rest if separator else word)
    return not after and authority.partition(":")[2].isdigit()


def _same_line(space: str) -> bool:
    """Whether ``space`` (what parts two of ``_readings``' words) holds no line break."""
    return "\n" not in space and "\r" not in space


def _word_reading(word: str, url_field: bool, editing: bool = False) -> tuple[str, str, str, str]:
    """One word of ``_readings``: (what is kept before a password, what the draft puts in its
    place, what a message puts there, what is kept after it), read by ``_plain_reading``; in a
    ``url_field``, a word without a scheme's "://" (a correct address's path is its own) that it
    finds no password in, its host a single name (no dot, no IP address: code review 70 AE5) or
    none, or whose user name it cannot tell (``//bob:pw@am``), is read again from the start of
    each of its segments (after a "/", "\\", "?" or "#") until one holds a password, what comes
    before kept (its query masked): a mistyped or missing scheme (fresh-user review 70 AK3:
    ``http//bob:Hunter2@am:9093`` was read as the host "http" and a path, shown and kept in
    clear). A word it drops a password of otherwise (``http:/bob:pw@am``: user "http" or not) is
    left as it reads it: the more is dropped. ``editing``: the word is being typed
    (``_plain_reading``)."""
    reading = _plain_reading(word, url_field, editing)
    scheme, separator, _rest = word.partition("://")
    if not url_field or (separator and _SCHEME.fullmatch(scheme)) or reading[2] not in ("", "***@"):
        return reading
    if not reading[2]:
        split = _split_word(word, url_field)
        if split is not None and ("." in split[2] or split[2].startswith("[")):
            return reading
    for at in range(1, len(word)):
        if word[at - 1] in _SEGMENT_MARKS and word[at] not in _SEGMENT_MARKS:
            head, kept, shown, tail = _plain_reading(word[at:], url_field)
            if kept or shown:
                return _masked_after(word[:at] + head, url_field), kept, shown, tail
    return reading


_SEGMENT_MARKS = "/\\?#"


def _plain_reading(word: str, url_field: bool, editing: bool = False) -> tuple[str, str, str, str]:
    """``_word_reading`` of ``word`` as it is written: (what is kept before a password, what the draft puts in its
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
    before a host loses a password being typed (``_unfinished``), and, ``editing``, an address
    ``name:digits`` that may become ``user:password@host`` (``_may_be_user``) what follows its ":"."""
    split = _split_word(word, url_field)
    if split is None:
        kept = _unfinished(word, url_field, editing)
        return (kept, "", "***", "") if kept != word else (_masked_after(word, url_field), "", "", "")
    start, user_info, place, after = split
    tail = f"{place}{_masked_after(after, url_field)}"
    if user_info is None:
        if editing and _may_be_user(place):
            return f"{start}{place.rpartition(':')[0]}:", "", "***", ""
        return f"{start}", "", "", tail
    named = _user_name(user_info, "@")  # "" when the user info is the text of a password
    if named and ":" not in user_info:
        return f"{start}{named}", "", "", tail
    return f"{start}{named[:-1]}", "@" if named else "", ":***@" if named else "***@", tail


def _unfinished(word: str, url_field: bool, editing: bool = False) -> str:
    """``word`` (one with no "@" before a host: ``_split_word`` None) without what may be a
    password still being typed: an address typed left to right, ``https://alice:s3cret`` before its
    "@host", reads as host "alice" and a port that is no number (code review 71 AG2: the draft kept
    as typed held it, or a prefix of it, in clear text). Its authority (after its scheme's "://",
    or in a ``url_field`` its start, up to the first "/", "?" or "#") written ``name:rest``, the
    rest neither empty nor digits, loses everything after that ":" (the rest, and what follows,
    may all be the password); a bracketed IPv6 host, which no user info holds (RFC 3986 3.2.1), is
    kept. A password of digits only reads as a port, and is kept: digits after a name with no "@"
    are a port, one out of range a typo shown as typed (fresh-user review 71 AP3:
    ``http://localhost:909300`` said "http://localhost:***: the port must be a number from 1 to
    65535"); but, ``editing``, digits after a single name (``_may_be_user``: ``https://alice:
    20241231``, a password being typed) lose them, as an address in range does."""
    scheme, separator, rest = word.partition("://")
    if not separator or not _SCHEME.fullmatch(scheme):
        if not url_field:
            return word
        scheme, separator, rest = "", "", word
    authority = _split_authority(rest)[0]
    name, colon, port = authority.partition(":")
    if not colon or not port or authority.startswith("[") or (port.isdigit() and not (editing and _may_be_user(
            authority))):
        return word
    return f"{scheme}{separator}{name}:"


def half_typed_password(value: str) -> bool:
    """Whether ``value`` (one the settings check, ``check_url``) holds, with no "@host" after it,
    what the settings draft takes for a password being typed (``_unfinished``:
    ``https://bob:Hunter2pa9/path``) and is no number: the settings' messages say it a password,
    masked (``shown_url``), not a port quoted in clear (fresh-user review 69 AI8). Digits alone
    are said a port out of range, also followed by words on their line, as ``_readings`` reads a
    finished text (code review 82A AY2: ``http://alertmanager:9093 /api`` was said "must not
    hold a password"; ``https://alice:2024 Summer`` is said a port too, and shown so)."""
    if "@" in value:  # a whole user info has its own reading
        return False
    word = re.split(r"\s", value, maxsplit=1)[0]
    kept = _unfinished(word, True)
    return kept != word and not re.split(r"[/?#]", word[len(kept):], maxsplit=1)[0].isdigit()


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


def _may_be_user(place: str) -> bool:
    """Whether a host:port (``_authority``'s, no user info before it) may be a user name and the
    first digits of a password being typed (``alice:2024`` of ``alice:2024Summer!@am``): a port
    is written and the host is a single name, neither bracketed (an IPv6 address) nor dotted (an
    IPv4 address, a domain name: read as the address's, as ``_unsure`` reads it, code review 70
    AE5, so that an address typed, ``http://am.example.com:9093``, is kept whole even while its
    field is edited and survives a SIGKILL then; a user name with a dot and a password starting
    with digits, ``alice.smith:2024…``, is not told from it), nor ``localhost`` (this machine, no
    one's user name: ``http://localhost:9093`` typed is kept whole)."""
    host = place.rpartition(":")[0]
    return _has_port(place) and not place.startswith("[") and "." not in host and host.lower() != "localhost"


def _ats(text: str) -> list[int]:
    """Where ``text`` holds an "@"."""
    return [at for at, char in enumerate(text) if char == "@"]


def _has_port(place: str) -> bool:
    """Whether a host[:port] (``_authority``'s) writes its port."""
    return ":" in place.rpartition("]")[2]


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")  # RFC 3986 3.1
#: What parts the words of a text: white space, and a comma or semicolon before a scheme's "://".
_WORDS = re.compile(r"(\s+|[,;](?=[A-Za-z][A-Za-z0-9+.-]*://))")
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
    """What follows a URL's authority, with each value of its query masked (``masked_query``) in a
    ``url_field``."""
    if not url_field:
        return after
    before, mark, fragment = after.partition("#")
    path, question, query = before.partition("?")
    return f"{path}{question}{masked_query(query) if question else ''}{mark}{fragment}"


def masked_query(query: str) -> str:
    """A query string (with or without its "?") with each value replaced by ``***``."""
    return "&".join(f"{pair.partition('=')[0]}=***" if "=" in pair else pair for pair in query.split("&"))
