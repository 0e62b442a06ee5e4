"""Typed errors of the Alertmanager client.

Each error carries what the engineer needs to understand it: the URL, the HTTP status (if any)
and the start of the body. Callers branch on the type, never on the message text.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urljoin, urlsplit

from .terminal_text import escape_char

BODY_EXCERPT_CHARS = 300


def excerpt(body: bytes | str, limit: int = BODY_EXCERPT_CHARS) -> str:
    """Return the start of a response body as one readable line (at most ``limit`` chars):
    white space runs as one space, other characters that do not print as escapes (``\\u0000``;
    review 40 F10: shown as boxes in the tray's header), in the one notation of
    ``terminal_text.escape_char`` (review 62 Y11)."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = " ".join(text.split())
    if not text.isprintable():
        text = "".join(c if c.isprintable() else escape_char(c) for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: The reason of an answer nested deeper than Python's decoders go (``RecursionError``, ~1,000
#: levels; review 65 T2: 2 KB of "[[[[" stopped the tray).
NESTED_TOO_DEEP = "JSON of the wrong shape: nested too deep"


def json_fault(body: bytes, error: Exception) -> str:
    """Why an answer's ``body`` could not be read, ``error`` being the typed decoder's failure
    (a ``msgspec.DecodeError``, or the ``RecursionError`` of JSON nested too deep):
    "not valid JSON: ..." when it is not JSON at all (cut short, malformed), whichever the
    decoder met first; ``NESTED_TOO_DEEP`` when it is nested deeper than the decoders go; else
    "JSON of the wrong shape: ...". One wording for every answer, of Alertmanager or Prometheus
    (review 38 F17: a truncated answer was "the wrong shape" for the silences, the decoder
    having met an object where it expected a list)."""
    import msgspec

    try:
        msgspec.json.decode(body, type=msgspec.Raw)  # the syntax only: 1e400 is JSON, if no number here
    except msgspec.DecodeError as exc:
        return f"not valid JSON: {exc}"
    except RecursionError:
        return NESTED_TOO_DEEP
    return NESTED_TOO_DEEP if isinstance(error, RecursionError) else f"JSON of the wrong shape: {error}"


class AlertmanagerError(Exception):
    """Base of every client error.

    Attributes:
        url: the URL that was requested.
        reason: a one-line English explanation (translated by the caller for display).
        status: the HTTP status code, or None when no response arrived.
        body: the start of the response body ("" when none).
        members: when every member of a cluster failed, each one's (base URL, error), in the
            cluster's order (``cluster.main_error``; this error is one of them); also when the
            members a change was sent to each failed (``ClusterClient.on_each``), one of them
            too; also when a write ended in a member's refusal after others were passed over
            (``ClusterClient.first_accepting``: each member tried, this one last); () otherwise.
    """

    members: tuple[tuple[str, AlertmanagerError], ...] = ()

    def __init__(self, url: str, reason: str, status: int | None = None, body: str = "") -> None:
        self.url = url
        self.reason = reason
        self.status = status
        self.body = body
        super().__init__(self.describe())

    def describe(self) -> str:
        """One line: the reason, the status and the start of the body when known. A body that
        begins with the status itself (a proxy's page, "401 Authorization Required") follows
        "HTTP" at once: "HTTP 401 Authorization Required", not the status twice (code review 67
        AC6: "HTTP 401 — 401 Authorization Required")."""
        parts = [self.reason]
        if self.status is not None and self.body.split(" ", 1)[0] == str(self.status):
            return " — ".join([self.reason, f"HTTP {self.body}"])
        if self.status is not None:
            parts.append(f"HTTP {self.status}")
        if self.body:
            parts.append(self.body)
        return " — ".join(parts)


class Unreachable(AlertmanagerError):
    """No answer: connection refused, DNS failure, TLS failure, or a timeout."""


def timeout_reason(seconds: float) -> str:
    """The reason of a request that got no answer within ``seconds`` (the ``request_timeout``
    setting): "no answer in time (10 s)", translated whole as a known reason but for the number
    (review 37: "sem resposta a tempo (ReadTimeout: timed out)", httpx's words in Portuguese)."""
    return f"no answer in time ({seconds:g} s)"


class Unsendable(AlertmanagerError):
    """A request httpx or h11 refused to send as made (``httpx.LocalProtocolError``): a header
    value they cannot send, such as a token holding a line break stored by an earlier version
    (review 61 W10). Nothing reached Alertmanager, and waiting will not mend it: not an
    ``Unreachable``. The reason never quotes the header (``secret_text``)."""


class AnswerLost(Unreachable):
    """The request was sent but no answer came: no answer in time (read timeout), or the
    connection lost while waiting (reset, closed). Unlike a refused connection or a host name
    not found, the request may have reached Alertmanager: a write may have been done."""


class OutcomeUnknown(AlertmanagerError):
    """A write (a silence, new or changed) whose request may have reached Alertmanager
    (``first``, the write's failure) and whose effect could not be looked up afterwards
    (``check``, the failure of that look-up), or that Alertmanager took (HTTP 2xx) with an
    answer that could not be read, whose silence the look did not find (``check`` None: review
    65 T3): it may or may not have been done. Not an ``Unreachable``: nothing may try the write
    again elsewhere (another member of the cluster) without looking first."""

    def __init__(self, first: AlertmanagerError, check: AlertmanagerError | None) -> None:
        self.first, self.check = first, check
        after = f"asking afterwards failed: {check.describe()}" if check is not None else "not found afterwards"
        super().__init__(first.url, f"unknown whether it was done: {first.describe()}; {after}")


class ChangedMeanwhile(AlertmanagerError):
    """A change of a silence not sent: the silence, read again just before, is no longer the one
    the engineer acted on (``core.silencing.changed_since``). ``current``: Alertmanager's
    version of it."""

    def __init__(self, url: str, current) -> None:
        self.current = current
        super().__init__(url, "the silence changed meanwhile: nothing was sent")


class TlsError(Unreachable):
    """The TLS handshake failed: a certificate not trusted, expired or for another host, or a
    server that does not speak TLS. ``reason`` says which, with OpenSSL's words."""


class CredentialsNeeded(AlertmanagerError):
    """401 or 403: Alertmanager (or its proxy) wants credentials; it is not down."""


class BadResponse(AlertmanagerError):
    """An answer that is not what the API promises: not JSON, wrong shape, a proxy's HTML
    page, or an unexpected status (5xx)."""


#: The reason of a 3xx answer to the API somewhere else, before where it points.
REDIRECTED = "redirected; put the address it points to in the settings"
#: ... of one to a page that is not the API (a proxy's sign-in), before where it points.
REDIRECTED_AWAY = "redirected away from the API (a proxy's sign-in page?)"
#: ... of one to the address asked itself (its query string too).
REDIRECTED_TO_ITSELF = "redirected to itself"
#: ... of one to another path of the API at the address set (a trailing slash added, a proxy's
#: rewrite), before where it points: setting the address again would change nothing.
REDIRECTED_WITHIN = "redirected to another path of the API at the same address (a proxy's or server's rule?)"


def redirected(url: str, status: int, location: str | None, asked: str | None = None) -> BadResponse | None:
    """The error for a redirect (HTTP 3xx), None for another status. The clients do not follow
    redirects (the credentials would go along to wherever one points, and an http -> https
    proxy hides the address to set): the reason names where it points (``Location``, made
    whole against the URL asked): the address to set when it is the API at another address, else
    the page whole (review 19: "/login?next=" cut off, and "" for a redirect to the same path).

    ``url``: the API path asked, without its query (what the error names); ``asked``: the
    request's whole URL, query included (``response.request.url``; default ``url``). A redirect
    to ``asked`` or ``url`` is ``REDIRECTED_TO_ITSELF``; one to another API path at the same
    address (``/api/v2/alerts/``) is ``REDIRECTED_WITHIN``, naming it: the address already set is
    never the advice (code review 81 AX12)."""
    if not 300 <= status < 400:
        return None
    if not location:
        return BadResponse(url, f"{REDIRECTED}: ?", status, "")
    asked = asked or url
    target = urljoin(asked, location)
    if _same_request(target, asked) or target == url:
        return BadResponse(url, REDIRECTED_TO_ITSELF, status, "")
    base, api, _rest = target.partition("/api/v")
    if api and "?" not in base:  # the API: the address to set, not the API path, unless it is this one
        if base.rstrip("/") == url.partition("/api/v")[0].rstrip("/"):
            return BadResponse(url, f"{REDIRECTED_WITHIN}: {target}", status, "")
        return BadResponse(url, f"{REDIRECTED}: {base}", status, "")
    return BadResponse(url, f"{REDIRECTED_AWAY}: {target}", status, "")


def _same_request(one: str, other: str) -> bool:
    """Whether two URLs ask the same: scheme, host, path and query parameters, in any order."""
    try:
        first, second = urlsplit(one), urlsplit(other)
    except ValueError:  # a Location that is not a URL ("http://[x")
        return one == other
    return first._replace(query="") == second._replace(query="") and \
        sorted(parse_qsl(first.query, keep_blank_values=True)) == sorted(parse_qsl(second.query, keep_blank_values=True))


class Refused(AlertmanagerError):
    """Alertmanager understood and refused the request (400, 404, 415, 422...); ``body`` holds
    its message (a bare JSON string or ``{code, message}``)."""


class NotFound(Refused):
    """404: no such silence (or path). ``body`` holds Alertmanager's message when it sent one
    (``"silence not found"``); a ``GET /api/v2/silence/{id}`` of an unknown ID has none."""


def surely_not_done(error: BaseException) -> bool:
    """Whether a request that failed with ``error`` was surely not done anywhere: refused
    (credentials, 401/403, which Alertmanager's proxy answers before passing anything on; a 4xx
    ``Refused``, a ``NotFound`` silence: nothing there to change; a 429 asking to slow down), or
    never sent (an ``Unreachable`` other than ``AnswerLost``: a refused connection, a host not
    found; an ``Unsendable``; a ``ChangedMeanwhile``). Not after a 5xx or another ``BadResponse`` (a proxy's 502/504 when its
    own time ran out while Alertmanager worked on, code review 80 AV1), an ``AnswerLost``, an
    ``OutcomeUnknown``: it may have been done. Each failure's chain (``__context__``,
    ``__cause__``) counts, as an expiry's DELETE answered 500 ends in the error of the silence's
    look-up that follows it (code review 68 AB5), but for a ``NotFound``: the look-up settled that
    the silence is not there. So do each member's errors (``members``, a holders' ``missed``: (base
    URL, error) pairs), an error that names them being judged by them alone. An error that is not
    an ``AlertmanagerError`` (a transport's, below it) says nothing. The one rule of the tray's
    action worker (``ui.actions``: whether to send a write again with a login) and of an expire's
    ask (``silence_holders.refused``; code review 79 AT7)."""
    return maybe_done_by(error) is None


def maybe_done_by(error: BaseException) -> AlertmanagerError | None:
    """The first of the failures ``surely_not_done`` weighs in ``error`` (itself, its chain, its
    members') that says the request may have been done (a 5xx, an ``AnswerLost``...): the one to
    name when saying so (code review 82A AY1: a member's 504, not the next member's 404); None
    when the request surely was not done."""
    seen: list[BaseException] = []
    waiting = [error]
    while waiting:
        failure = waiting.pop()
        while failure is not None and not any(failure is known for known in seen):
            seen.append(failure)
            missed = getattr(failure, "missed", None)
            if missed is not None:  # a holders' failure: each one's error
                waiting.extend(member for _url, member in missed)
            else:
                waiting.extend(member for _url, member in getattr(failure, "members", ()) if member is not failure)
                if isinstance(failure, AlertmanagerError) and not _refused_or_unsent(failure):
                    return failure
            if isinstance(failure, NotFound):
                break
            failure = failure.__cause__ or failure.__context__
    return None


def _refused_or_unsent(error: AlertmanagerError) -> bool:
    """Whether ``error`` alone says its request was surely not done (``surely_not_done``)."""
    if isinstance(error, Unreachable):
        return not isinstance(error, AnswerLost)
    # 429: asked to slow down (``slow_down.SlowDown``) by a limiter that passed nothing on (RFC 6585 §4)
    return isinstance(error, (CredentialsNeeded, Refused, Unsendable, ChangedMeanwhile)) or error.status == 429
