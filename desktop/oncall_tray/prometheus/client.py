"""Synchronous Prometheus HTTP API client over httpx (no Qt; issue 8).

Only two reads: ``GET /api/v1/query`` (an instant vector) and ``GET /api/v1/query_range`` (a
matrix). It sits beside the Alertmanager client and shares its connection settings and its
errors: the same ``**transport_options`` (``verify``, ``auth``, ``proxy``... from the settings
and the keyring) reach ``httpx.Client``, and failures raise the same ``Unreachable``,
``CredentialsNeeded`` and ``BadResponse``, so that whoever shows one can show the other.
Prometheus's own refusals (``{"status": "error", "errorType": ..., "error": ...}``, with HTTP
400, 422, 503 or even 200) raise ``QueryError`` with its words unchanged.
"""

from __future__ import annotations

import datetime as dt
import math

import httpx
import msgspec

from ..alertmanager.connection import transport_reason
from ..alertmanager.secret_text import library_words, shown_answer
from ..alertmanager.connection import system_trust_context
from ..alertmanager.deadline import Sockets, UnreadableAnswer, send_within
from ..alertmanager.errors import (NESTED_TOO_DEEP, BadResponse, CredentialsNeeded, Refused, Unreachable, excerpt,
                                   json_fault, redirected, timeout_reason)

DEFAULT_TIMEOUT_S = 10.0
#: Where the HTTP API starts, after the address as set (a path prefix such as ``/prometheus`` kept).
API_PATH = "/api/v1/"
#: Prometheus refuses more than 11,000 points per series in one range query.
MAX_POINTS = 11_000


class QueryError(Refused):
    """Prometheus answered ``status: error``.

    Attributes:
        error_type: its ``errorType`` (``bad_data``, ``execution``, ``timeout``, ``canceled``,
            ``internal``, ``unavailable``...).
        error: its ``error`` message, as it sent it (also in ``body``).
    """

    def __init__(self, url: str, error_type: str, error: str, status: int | None) -> None:
        self.error_type = error_type
        self.error = error
        super().__init__(url, error_type or "error", status, error)

    def describe(self) -> str:
        """Prometheus's words: ``bad_data: invalid parameter "query": 1:10: parse error: ...``."""
        return f"{self.error_type}: {self.error}" if self.error_type else self.error


class Series(msgspec.Struct, frozen=True, gc=False):
    """One series of a result.

    Attributes:
        labels: label name -> value (``__name__`` included when Prometheus kept it).
        points: (Unix time in seconds, value) pairs, oldest first; values may be NaN or ±inf.
    """

    labels: dict[str, str]
    points: tuple[tuple[float, float], ...]


class QueryResult(msgspec.Struct, frozen=True, gc=False):
    """A query's answer: ``result_type`` ("matrix", "vector", "scalar"), the series, and the
    ``warnings`` Prometheus attached."""

    result_type: str
    series: tuple[Series, ...]
    warnings: tuple[str, ...] = ()


class _Data(msgspec.Struct):
    resultType: str  # noqa: N815  (the API's name)
    result: msgspec.Raw


class _Envelope(msgspec.Struct):
    status: str
    data: _Data | None = None
    errorType: str = ""  # noqa: N815
    error: str = ""
    warnings: list[str] = []


class _MatrixItem(msgspec.Struct):
    metric: dict[str, str]
    values: list[tuple[float, str]] = []


class _VectorItem(msgspec.Struct):
    metric: dict[str, str]
    value: tuple[float, str]


_ENVELOPE = msgspec.json.Decoder(_Envelope)
_MATRIX = msgspec.json.Decoder(list[_MatrixItem])
_VECTOR = msgspec.json.Decoder(list[_VectorItem])
_SCALAR = msgspec.json.Decoder(tuple[float, str])


def _value(text: str) -> float:
    """A sample value as Prometheus writes it ("0.5", "NaN", "+Inf", "-Inf")."""
    return float(text)


def _unix(when: dt.datetime) -> str:
    if when.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return f"{when.timestamp():.3f}"


class PrometheusClient:
    """Talks to one Prometheus (or anything that serves its query API: Thanos, Mimir...).

    Args:
        base_url: e.g. ``http://localhost:9090`` (a path prefix such as ``/prometheus`` is kept).
        timeout: seconds for the whole request (connect, send, the whole answer); a hanging or
            trickling server raises ``Unreachable``.
        transport_options: extra keyword arguments for ``httpx.Client`` (``verify``, ``auth``,
            ``proxy``, ``headers``...), the same ones an ``AlertmanagerClient`` takes. Without
            ``verify``, the operating system's trust store (``system_trust_context``), as for
            Alertmanager; it also costs ~3 ms where httpx's own default (certifi's 150
            certificates parsed, the GIL held) costs 35-60 ms and 1-3 MB per client.

    Every query raises ``Unreachable``, ``CredentialsNeeded``, ``BadResponse`` (all
    ``alertmanager.errors.AlertmanagerError``) or ``QueryError``; nothing else escapes from a
    network or decoding failure. One client per thread.
    """

    def __init__(self, base_url: str, timeout: float = DEFAULT_TIMEOUT_S, **transport_options) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        transport_options.setdefault("verify", system_trust_context())
        self._sockets = Sockets()  # its connections, cut at a request's deadline (``send_within``)
        self._http = httpx.Client(
            base_url=self.base_url + API_PATH,
            timeout=timeout,
            headers={"Accept": "application/json", "User-Agent": "oncall-tray"},
            **transport_options,
        )

    def close(self) -> None:
        """Close the connection pool. Safe to call twice."""
        self._http.close()

    def __enter__(self) -> PrometheusClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def query(self, expr: str, at: dt.datetime | None = None) -> QueryResult:
        """``GET /api/v1/query``: ``expr`` evaluated at ``at`` (aware; None: Prometheus's now).
        A scalar result comes back as one series without labels."""
        params = {"query": expr}
        if at is not None:
            params["time"] = _unix(at)
        return self._get("query", params)

    def query_range(self, expr: str, start: dt.datetime, end: dt.datetime, step_s: float) -> QueryResult:
        """``GET /api/v1/query_range``: ``expr`` from ``start`` to ``end`` (aware datetimes)
        every ``step_s`` seconds.

        Raises:
            ValueError: naive times, ``end`` before ``start``, a step that is not positive, or
                more than ``MAX_POINTS`` points per series (nothing is sent).
        """
        if not step_s > 0 or not math.isfinite(step_s):
            raise ValueError(f"step must be a positive number of seconds, not {step_s!r}")
        span = (end - start).total_seconds()
        if span < 0:
            raise ValueError("end is before start")
        if span / step_s > MAX_POINTS:
            raise ValueError(f"{span / step_s:.0f} points per series; Prometheus accepts {MAX_POINTS}")
        return self._get("query_range", {"query": expr, "start": _unix(start), "end": _unix(end),
                                         "step": f"{step_s:g}"})

    def _get(self, path: str, params: dict[str, str]) -> QueryResult:
        url = f"{self.base_url}{API_PATH}{path}"
        try:
            response = send_within(self._http, "GET", path, self.timeout, self._sockets, params=params)
        except httpx.TimeoutException as exc:
            raise Unreachable(url, timeout_reason(self.timeout)) from exc
        except httpx.TransportError as exc:
            raise Unreachable(url, transport_reason(exc)) from exc
        except UnreadableAnswer as exc:  # answered: judged by its status, its body unread (code review 83 BA9)
            return _decode(url, exc.bodiless())
        except httpx.HTTPError as exc:  # InvalidURL and friends
            raise Unreachable(url, library_words(exc)) from exc
        return _decode(url, response)


def _decode(url: str, response: httpx.Response) -> QueryResult:
    code = response.status_code
    body = response.content
    redirect = redirected(url, code, response.headers.get("location"), str(response.request.url))
    if redirect is not None:
        raise redirect
    if code in (401, 403):
        raise CredentialsNeeded(url, "credentials needed", code, excerpt(shown_answer(response)))
    if code == 404:  # Prometheus answers its errors in its envelope, never a bare 404 (review 19:
        # "404 page not found" read as the JSON number 404, "expected object, got int")
        raise BadResponse(url, "not found (no Prometheus API at this address?)", code, excerpt(shown_answer(response)))
    try:
        envelope = _ENVELOPE.decode(body)
    except (msgspec.DecodeError, RecursionError) as exc:  # RecursionError: nested too deep (review 65 T2)
        reason = "an HTML page instead of the API's JSON (a proxy or a login page?)" \
            if body.lstrip()[:1] == b"<" else json_fault(body, exc)
        raise BadResponse(url, reason, code, excerpt(shown_answer(response))) from exc
    if envelope.status == "error":
        raise QueryError(url, envelope.errorType, envelope.error, code)
    if code >= 400 or envelope.status != "success" or envelope.data is None:
        raise BadResponse(url, "unexpected answer", code, excerpt(shown_answer(response)))
    try:
        series = _series(envelope.data)
    except (msgspec.DecodeError, ValueError, RecursionError) as exc:
        reason = NESTED_TOO_DEEP if isinstance(exc, RecursionError) else f"JSON of the wrong shape: {exc}"
        raise BadResponse(url, reason, code, excerpt(shown_answer(response))) from exc
    return QueryResult(envelope.data.resultType, series, tuple(envelope.warnings))


def _series(data: _Data) -> tuple[Series, ...]:
    kind = data.resultType
    if kind == "matrix":
        return tuple(Series(item.metric, tuple((t, _value(v)) for t, v in item.values))
                     for item in _MATRIX.decode(data.result))
    if kind == "vector":
        return tuple(Series(item.metric, ((item.value[0], _value(item.value[1])),))
                     for item in _VECTOR.decode(data.result))
    if kind == "scalar":
        t, v = _SCALAR.decode(data.result)
        return (Series({}, ((t, _value(v)),)),)
    raise ValueError(f"a {kind!r} result cannot be plotted")
