"""What an Alertmanager answer that is not a success means (no Qt): the client's error for each
status (``raise_for_status``), the words of Alertmanager's refusals (``api_error_message``), an
error page's title (``page_excerpt``). Every body shown goes through
``secret_text.shown_answer`` (code review 81 AX8)."""

from __future__ import annotations

import json
import re

import httpx

from .connection import proxy_login_reason
from .errors import BadResponse, CredentialsNeeded, NotFound, Refused, TlsError, excerpt, redirected
from .secret_text import shown_answer
from .slow_down import slow_down


def api_error_message(body: bytes | str) -> str:
    """Alertmanager's own error text from an error body.

    The API answers 400 with a bare JSON string, 422 with ``{"code": int, "message": str}``,
    and some proxies with plain text; this returns the message in each case (at most a few
    hundred characters). A body nested too deep to decode is shown by its start (review 65 T2).
    """
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return excerpt(body)
    if isinstance(data, str):
        return excerpt(data)
    if isinstance(data, dict) and isinstance(data.get("message"), str):
        return excerpt(data["message"])
    return excerpt(body)


def _html_title(body: bytes) -> str:
    """The <title> of an HTML page, "" when there is none."""
    match = re.search(rb"<title[^>]*>(.*?)</title>", body[:4096], re.IGNORECASE | re.DOTALL)
    return match.group(1).decode("utf-8", "replace").strip() if match else ""


def page_excerpt(body: bytes, html: bool, limit: int = 120) -> str:
    """What to show of an error body: an HTML page (a proxy's login or error page) by its
    title, "502 Bad Gateway", not its markup; other bodies by their start."""
    return excerpt((_html_title(body) if html else "") or body, limit)


#: What a TLS server answers a plain-HTTP request with (400): Go's (Alertmanager's own TLS,
#: ``--web.config.file``) and nginx's page, in lower case.
PLAIN_TO_TLS = (b"client sent an http request to an https server", b"the plain http request was sent to https port")
PLAIN_TO_TLS_REASON = "TLS error: the server speaks TLS on this port (an https:// address?)"


def plain_to_tls(status: int, body: bytes) -> bool:
    """Whether an answer (HTTP ``status``, ``body``) is a TLS server's to a plain-HTTP request
    (``PLAIN_TO_TLS``): the address should be https://."""
    return status == 400 and any(words in body[:512].lower() for words in PLAIN_TO_TLS)


def raise_for_status(url: str, response: httpx.Response, sent_credentials: bool = False, proxy: str = "") -> None:
    """Raise the client's error for ``response`` (to the API path ``url``) when it is not a 2xx
    answer: a redirect (``errors.redirected``), a proxy's 407 (``proxy``, the proxy the client
    goes through, named), a TLS mix-up, credentials, a server error, another server's page,
    Alertmanager's refusals, an answer asking to slow down (``slow_down.SlowDown``). Every body
    shown goes through ``secret_text.shown_answer``."""
    code = response.status_code
    redirect = redirected(url, code, response.headers.get("location"), str(response.request.url))
    if redirect is not None:
        raise redirect
    if code < 400:
        return
    response.read()
    body = shown_answer(response)  # a proxy's page may echo the Authorization header (review 61 W10)
    html = "html" in response.headers.get("content-type", "") or body.lstrip()[:1] == b"<"
    if plain_to_tls(code, body):  # review 54 M3
        raise TlsError(url, PLAIN_TO_TLS_REASON, code, page_excerpt(body, html))
    if code == 407:  # the proxy's, not Alertmanager's: its page names the proxy software at best
        raise BadResponse(url, proxy_login_reason(proxy), code, page_excerpt(body, html))
    if code in (401, 403):
        reason = "credentials refused" if sent_credentials else "credentials needed"
        # a proxy's login page says no more than its title ("401 Authorization Required")
        raise CredentialsNeeded(url, reason, code, page_excerpt(body, html))
    shown = page_excerpt(body, html) if html else excerpt(body)
    slowed = slow_down(url, code, response.headers.get("retry-after"), shown)
    if slowed is not None:  # 429, or 503 with Retry-After: not refused, not down (code review 81 AX2)
        raise slowed
    if code >= 500:
        raise BadResponse(url, "server error", code, shown)
    if html:
        # A proxy's or another server's error page: this is not Alertmanager's API answering.
        raise BadResponse(url, "an HTML page instead of the API's JSON (not Alertmanager's API?)", code,
                          page_excerpt(body, True))
    if code == 404:
        # Alertmanager's own 404 (a silence ID it does not know) is JSON, or empty for one
        # silence by ID; a plain "404 page not found" is another server at this address.
        if "json" in response.headers.get("content-type", "") or ("/api/v2/silence/" in url and not body.strip()):
            raise NotFound(url, "not found", code, api_error_message(body))
        raise BadResponse(url, "not found (no Alertmanager API at this address?)", code, excerpt(body, 120))
    raise Refused(url, "refused by Alertmanager", code, api_error_message(body))
