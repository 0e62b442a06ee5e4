"""Synchronous Alertmanager API v2 client over httpx (no Qt).

One ``AlertmanagerClient`` per thread: it owns an ``httpx.Client`` with its connection pool.
Only API v2 is used: ``/api/v2/alerts``, ``/api/v2/silences``, ``/api/v2/silence/{id}``,
``/api/v2/status`` (design notes, "Alertmanager").
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

import httpx
import msgspec

from .errors import (
    AlertmanagerError,
    BadResponse,
    CredentialsNeeded,
    Refused,
    Unreachable,
    excerpt,
)
from .models import Alert, Silence, Status

DEFAULT_TIMEOUT_S = 10.0

_ALERTS_DECODER = msgspec.json.Decoder(list[Alert])
_RAW_LIST_DECODER = msgspec.json.Decoder(list[msgspec.Raw])
#: Alerts decoded between two pauses when ``cooperative`` (about 5 ms of work each).
COOPERATIVE_CHUNK = 400
_SILENCES_DECODER = msgspec.json.Decoder(list[Silence])
_STATUS_DECODER = msgspec.json.Decoder(Status)


@dataclass(frozen=True)
class AlertQuery:
    """What ``GET /api/v2/alerts`` asks for.

    Attributes:
        filter: Alertmanager matchers, each as a string (``severity="critical"``,
            ``instance=~"backend.*"``), sent as repeated ``filter`` query parameters.
        receiver: a regular expression on receiver names ("" for all).
        silenced: include silenced alerts (the app shows them as acknowledged).
        inhibited: include inhibited alerts.
    """

    filter: tuple[str, ...] = ()
    receiver: str = ""
    silenced: bool = True
    inhibited: bool = False

    def params(self) -> list[tuple[str, str]]:
        """Query parameters in the API's names; httpx encodes them."""
        params = [
            ("active", "true"),
            ("silenced", _bool(self.silenced)),
            ("inhibited", _bool(self.inhibited)),
            ("unprocessed", "true"),
        ]
        params += [("filter", matcher) for matcher in self.filter]
        if self.receiver:
            params.append(("receiver", self.receiver))
        return params


def _bool(value: bool) -> str:
    return "true" if value else "false"


class AlertmanagerClient:
    """Talks to one Alertmanager.

    Args:
        base_url: e.g. ``http://localhost:9093`` (a path prefix such as ``/alertmanager`` is kept).
        timeout: seconds for connect, read and write; a hanging server raises ``Unreachable``.
        cooperative: decode large alert lists in chunks, letting other threads take the GIL
            between them (the tray's poller sets it so that the GUI thread never waits long).
        transport_options: extra keyword arguments for ``httpx.Client`` (``verify``, ``auth``,
            ``headers``...), for the settings that later layers add.

    Every method raises ``Unreachable``, ``CredentialsNeeded``, ``BadResponse`` or ``Refused``
    (all ``AlertmanagerError``); nothing else escapes from a network or decoding failure.
    """

    def __init__(self, base_url: str, timeout: float = DEFAULT_TIMEOUT_S, cooperative: bool = False,
                 **transport_options) -> None:
        self.base_url = base_url.rstrip("/")
        self.cooperative = cooperative
        self._http = httpx.Client(
            base_url=self.base_url + "/api/v2/",
            timeout=timeout,
            headers={"Accept": "application/json", "User-Agent": "oncall-tray"},
            **transport_options,
        )

    def close(self) -> None:
        """Close the connection pool. Safe to call twice."""
        self._http.close()

    def __enter__(self) -> AlertmanagerClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reads ---------------------------------------------------------------------------

    def alerts(self, query: AlertQuery = AlertQuery()) -> list[Alert]:
        """``GET /api/v2/alerts`` with ``query``; returns the alerts in Alertmanager's order."""
        response = self._request("GET", "alerts", params=query.params())
        if not self.cooperative:
            return self._decode(response, _ALERTS_DECODER)
        items = self._decode(response, _RAW_LIST_DECODER)  # finds the elements, builds nothing
        alerts: list[Alert] = []
        for start in range(0, len(items), COOPERATIVE_CHUNK):
            if start:
                time.sleep(0)  # hand the GIL over: a long C call would hold it throughout
            chunk = b"[" + b",".join(items[start:start + COOPERATIVE_CHUNK]) + b"]"
            alerts += self._decode_bytes(response, chunk, _ALERTS_DECODER)
        return alerts

    def silences(self, filter: Iterable[str] = ()) -> list[Silence]:
        """``GET /api/v2/silences`` (all states, optionally filtered by matchers)."""
        params = [("filter", m) for m in filter]
        return self._decode(self._request("GET", "silences", params=params), _SILENCES_DECODER)

    def status(self) -> Status:
        """``GET /api/v2/status``: version, cluster state, uptime."""
        return self._decode(self._request("GET", "status"), _STATUS_DECODER)

    # -- writes --------------------------------------------------------------------------

    def expire_silence(self, silence_id: str) -> None:
        """``DELETE /api/v2/silence/{id}``: end the silence now."""
        self._request("DELETE", "silence/" + quote(silence_id, safe=""))

    # -- plumbing ------------------------------------------------------------------------

    def _request(self, method: str, path: str, **kwargs) -> httpx.Response:
        url = self.base_url + "/api/v2/" + path
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise Unreachable(url, f"no answer in time ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise Unreachable(url, _transport_reason(exc)) from exc
        except httpx.HTTPError as exc:  # InvalidURL and friends
            raise Unreachable(url, str(exc) or type(exc).__name__) from exc
        _raise_for_status(url, response)
        return response

    @classmethod
    def _decode(cls, response: httpx.Response, decoder: msgspec.json.Decoder):
        body = response.content
        if "html" in response.headers.get("content-type", "") or body.lstrip()[:1] == b"<":
            raise BadResponse(str(response.request.url),
                              "an HTML page instead of the API's JSON (a proxy or a login page?)",
                              response.status_code, excerpt(body))
        return cls._decode_bytes(response, body, decoder)

    @staticmethod
    def _decode_bytes(response: httpx.Response, body: bytes, decoder: msgspec.json.Decoder):
        url = str(response.request.url)
        try:
            return decoder.decode(body)
        except msgspec.ValidationError as exc:
            raise BadResponse(url, f"JSON of the wrong shape: {exc}", response.status_code, excerpt(body)) from exc
        except msgspec.DecodeError as exc:
            raise BadResponse(url, f"not valid JSON: {exc}", response.status_code, excerpt(body)) from exc


def _transport_reason(exc: httpx.TransportError) -> str:
    """A short, plain reason for a failed connection (refused, DNS, TLS...), with the detail."""
    detail = str(exc) or type(exc).__name__
    lowered = detail.lower()
    if isinstance(exc, httpx.ConnectError):
        if "refused" in lowered:
            return f"connection refused ({detail})"
        if "name or service not known" in lowered or "nodename nor servname" in lowered or \
                "getaddrinfo" in lowered or "no address associated" in lowered:
            return f"host name not found ({detail})"
        if "certificate" in lowered or "ssl" in lowered or "tls" in lowered:
            return f"TLS error ({detail})"
        return f"cannot connect ({detail})"
    return f"{type(exc).__name__}: {detail}"


def api_error_message(body: bytes) -> str:
    """Alertmanager's own error text from an error body.

    The API answers 400 with a bare JSON string, 422 with ``{"code": int, "message": str}``,
    and some proxies with plain text; this returns the message in each case (at most a few
    hundred characters).
    """
    try:
        data = json.loads(body)
    except ValueError:
        return excerpt(body)
    if isinstance(data, str):
        return excerpt(data)
    if isinstance(data, dict) and isinstance(data.get("message"), str):
        return excerpt(data["message"])
    return excerpt(body)


def _raise_for_status(url: str, response: httpx.Response) -> None:
    code = response.status_code
    if code < 400:
        return
    body = response.read()
    if code in (401, 403):
        raise CredentialsNeeded(url, "credentials needed", code, excerpt(body))
    if code >= 500:
        raise BadResponse(url, "server error", code, excerpt(body))
    raise Refused(url, "refused by Alertmanager", code, api_error_message(body))


__all__ = ["AlertQuery", "AlertmanagerClient", "AlertmanagerError", "api_error_message"]
