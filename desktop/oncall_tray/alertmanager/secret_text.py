"""The secrets sent to a server kept out of the words of errors (no Qt; review 61 W10).

A library's message may quote what it was asked to send: h11 refuses a header value holding a
line break with "Illegal header value b'Bearer eyJ…\\nrest'", the token whole; a proxy's error
page may echo the ``Authorization`` header. Every reason built from a library's words or a
server's body goes through ``hide_secrets`` with the secrets of the request it is about
(``secrets_of_request``), so that no error, log line or notification carries them (README:
"Secrets never appear in the settings file, the logs, errors or ``config check``"). What an
error shows of an answer's body goes through ``shown_answer``, whatever the answer's status (code
review 81 AX8: an echo answered with HTTP 200 showed the token).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable

import httpx

from ..url_passwords import shown_url

#: What a secret is replaced with (as ``url_passwords.shown_url`` shows a URL's password).
HIDDEN = "***"
#: Parts of a secret shorter than this are not hidden on their own (a 1-letter piece after a line
#: break would blank that letter everywhere); the whole value, scheme included, always is.
MIN_PIECE = 4
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def secrets_of_header(value: str) -> tuple[str, ...]:
    """The secrets an ``Authorization`` header ``value`` carries: the value whole, the
    credentials after the scheme ("Bearer", "Basic") and, for basic auth, the decoded
    "user:password" and the password. () for an empty value."""
    value = value.strip()
    if not value:
        return ()
    found = [value]
    scheme, _, credentials = value.partition(" ")
    if credentials:
        found.append(credentials)
    if scheme.lower() == "basic" and credentials:
        try:
            decoded = base64.b64decode(credentials, validate=True).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            decoded = ""
        if decoded:
            found.append(decoded)
            _user, colon, password = decoded.partition(":")
            if colon and password:
                found.append(password)
    return tuple(found)


def secrets_of_request(request: httpx.Request | None) -> tuple[str, ...]:
    """The secrets ``request`` sends: its ``Authorization`` and ``Proxy-Authorization`` header
    values (``secrets_of_header``) and its URL's password; () for None."""
    if request is None:
        return ()
    found: list[str] = []
    for name in ("authorization", "proxy-authorization"):
        for value in request.headers.get_list(name):
            found.extend(secrets_of_header(value))
    if request.url.password:
        found.append(request.url.password)
    return tuple(found)


def secrets_of_exception(exc: BaseException) -> tuple[str, ...]:
    """The secrets of the request an httpx exception is about (``secrets_of_request``); () when
    it names none."""
    try:
        request = exc.request  # type: ignore[attr-defined]
    except (AttributeError, RuntimeError):  # httpx raises RuntimeError when it was not set
        return ()
    return secrets_of_request(request if isinstance(request, httpx.Request) else None)


def _forms(secret: str) -> set[str]:
    """How a library may quote ``secret``: as it is, as a ``str`` or ``bytes`` repr quotes it
    ("\\n" for a line break, "\\xc3\\xa9" for "é"), and each part between control characters."""
    forms = {secret, repr(secret)[1:-1], repr(secret.encode("utf-8", "replace"))[2:-1]}
    forms.update(part for part in _CONTROL.split(secret) if len(part.strip()) >= MIN_PIECE)
    return {form for form in forms if form.strip()}


def hide_secrets(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every form of each of ``secrets`` (``_forms``) replaced by ``HIDDEN``,
    longest first. Whole secrets shorter than ``MIN_PIECE`` are hidden only inside a longer one
    (the header value they are part of)."""
    forms: set[str] = set()
    for secret in secrets:
        if secret and len(secret.strip()) >= MIN_PIECE:
            forms |= _forms(secret)
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, HIDDEN)
    return text


def library_words(exc: BaseException, secrets: Iterable[str] = ()) -> str:
    """``str(exc)`` (its type's name when empty) without the secrets of its request
    (``secrets_of_exception``) nor ``secrets``: a library's words, fit for a reason."""
    return hide_secrets(str(exc) or type(exc).__name__, (*secrets_of_exception(exc), *secrets))


#: A URL holding a user info ("scheme://user:password@host..."), up to a space, a quote or markup.
_URL_WITH_USER = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s\"'<>@]*@[^\s\"'<>]*")


def shown_answer(response: httpx.Response) -> bytes:
    """The body of ``response`` as an error may show it (its start, its HTML title), whatever its
    status: the secrets its request sent hidden (``secrets_of_request``: the ``Authorization``
    header, the token, a basic-auth "user:password" and password, the URL's password, in every
    form ``hide_secrets`` knows) and the password of every URL in it masked as the messages
    show a URL (``url_passwords.shown_url``: ``https://carol:***@am:9093``, however short). The
    one rule of every client's excerpts (code review 81 AX8: a server echoing the request, a
    debug endpoint or a misrouted proxy, showed ``Authorization: Bearer …`` when it answered
    200). Undecodable bytes read as U+FFFD."""
    text = hide_secrets(response.content.decode("utf-8", "replace"), secrets_of_request(response.request))
    return _URL_WITH_USER.sub(lambda found: shown_url(found.group()), text).encode()
