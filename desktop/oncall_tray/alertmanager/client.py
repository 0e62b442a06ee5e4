"""Synchronous Alertmanager API v2 client over httpx (no Qt).

One ``AlertmanagerClient`` per thread: it owns an ``httpx.Client`` with its connection pool.
Only API v2 is used: ``/api/v2/alerts``, ``/api/v2/silences``, ``/api/v2/silence/{id}``,
``/api/v2/status`` (design notes, "Alertmanager").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx
import msgspec

from .alert_decoding import AlertList, RepeatDecoder, inhibited_apart
from .answer_faults import PLAIN_TO_TLS_REASON, api_error_message, page_excerpt, plain_to_tls, raise_for_status
from .connection import LOST_AFTER_SENDING, tls_reason, transport_reason
from .deadline import Sockets, UnreadableAnswer, send_within
from .errors import (
    AlertmanagerError,
    AnswerLost,
    BadResponse,
    NotFound,
    Refused,
    TlsError,
    Unreachable,
    Unsendable,
    excerpt,
    json_fault,
    timeout_reason,
)
from .models import PostableSilence, Silence, SilenceCreated, Status, is_silence_id
from .secret_text import library_words, shown_answer
from .silence_check import settle
from .silence_decoding import SilenceDecoder, SilenceList
from .write_log import logged_write

DEFAULT_TIMEOUT_S = 10.0

_SILENCES_DECODER = SilenceDecoder()
_STATUS_DECODER = msgspec.json.Decoder(Status)
_SILENCE_DECODER = msgspec.json.Decoder(Silence)
_CREATED_DECODER = msgspec.json.Decoder(SilenceCreated)
_ENCODER = msgspec.json.Encoder()


@dataclass(frozen=True)
class AlertQuery:
    """What ``GET /api/v2/alerts`` asks for.

    Attributes:
        filter: Alertmanager matchers, each as a string (``severity="critical"``,
            ``instance=~"backend.*"``), sent as repeated ``filter`` query parameters.
        receiver: a regular expression on receiver names ("" for all).
        silenced: include silenced alerts (the app shows them as acknowledged).
    """

    filter: tuple[str, ...] = ()
    receiver: str = ""
    silenced: bool = True

    def params(self) -> list[tuple[str, str]]:
        """Query parameters in the API's names; httpx encodes them. ``inhibited=true``: the
        alerts another alert inhibits come in the same answer, set apart by ``alerts``
        (``alert_decoding.inhibited_apart``). Alertmanager 0.25 (``api/v2/api.go``,
        ``alertFilter``) leaves out an alert of a kind whose flag is false: with
        ``inhibited=false``, one both inhibited and silenced (``suppressed`` with both
        ``inhibitedBy`` and ``silencedBy``) was in no answer, not even a second request's for the
        inhibited alone (``silenced=false``): an acknowledged alert vanished, as if resolved,
        once another came to inhibit it. One request walks Alertmanager's alerts once."""
        return self._with_scope([("active", "true"), ("silenced", _bool(self.silenced)), ("inhibited", "true"),
                                 ("unprocessed", "true")])

    def _with_scope(self, params: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """``params`` with the settings' ``filter`` matchers and ``receiver``."""
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
        timeout: seconds for the whole request (connect, send, the whole answer); a hanging or
            trickling server raises ``Unreachable``.
        cooperative: for a poller: decode large alert lists in chunks, letting other threads
            take the GIL between them (so that the GUI thread never waits long), and decode only
            the alerts that changed since the previous ``alerts()`` call, returning the same
            ``Alert`` objects for the others (``alert_decoding.RepeatDecoder``).
        transport_options: extra keyword arguments for ``httpx.Client`` (``verify``, ``auth``,
            ``headers``...), for the settings that later layers add.

    Every method raises ``Unreachable``, ``CredentialsNeeded``, ``BadResponse`` or ``Refused``
    (``NotFound`` is a ``Refused``; all are ``AlertmanagerError``); nothing else escapes from a
    network or decoding failure. Arguments that cannot be sent (a silence ID that is not a
    UUID) raise ``ValueError`` before any request.

    Silences: ``silences``, ``get_silence``, ``create_silence``, ``update_silence``,
    ``expire_silence``; the bodies are ``models.PostableSilence``, built and checked against
    the on-call guide by ``core.silencing``.
    """

    def __init__(self, base_url: str, timeout: float = DEFAULT_TIMEOUT_S, cooperative: bool = False,
                 **transport_options) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._ca_bundle = transport_options.pop("ca_bundle", "")  # its TLS errors' hint (``tls_reason``)
        self._proxy = transport_options.get("proxy") or ""  # named when it does not answer (review 54 M15)
        self._alerts_decoder = RepeatDecoder() if cooperative else None
        self._sockets = Sockets()  # its connections, cut at a request's deadline (``send_within``)
        self._http = httpx.Client(
            base_url=self.base_url + "/api/v2/",
            timeout=timeout,
            headers={"Accept": "application/json", "User-Agent": "oncall-tray"},
            **transport_options,
        )

    def close(self) -> None:
        """Close the connection pool. Safe to call twice."""
        self._http.close()

    def cut(self) -> None:
        """Cut its connections now, from any thread: a request in flight fails at once
        (``AnswerLost``; ``deadline.Sockets.cut``)."""
        self._sockets.cut()

    def __enter__(self) -> AlertmanagerClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reads ---------------------------------------------------------------------------

    def alerts(self, query: AlertQuery = AlertQuery()) -> AlertList:
        """``GET /api/v2/alerts`` with ``query``: the alerts in Alertmanager's order, less those
        not of the API's shape, named in ``AlertList.unreadable`` (none an alert: ``BadResponse``),
        and less those another alert inhibits (no silence muting them), in ``AlertList.inhibited``
        (``alert_decoding.inhibited_apart``)."""
        response = self._request("GET", "alerts", params=query.params())
        return inhibited_apart(self._decode(response, self._alerts_decoder or RepeatDecoder(pause=lambda: None)))

    def silences(self, filter: Iterable[str] = ()) -> SilenceList:
        """``GET /api/v2/silences`` (all states, optionally filtered by matchers), less those not
        of the API's shape, named in ``SilenceList.unreadable`` (none a silence: ``BadResponse``)."""
        params = [("filter", m) for m in filter]
        return self._decode(self._request("GET", "silences", params=params), _SILENCES_DECODER)

    def status(self) -> Status:
        """``GET /api/v2/status``: version, cluster state, uptime."""
        return self._decode(self._request("GET", "status"), _STATUS_DECODER)

    def get_silence(self, silence_id: str) -> Silence:
        """``GET /api/v2/silence/{id}``: one silence, whatever its state.

        Raises:
            ValueError: ``silence_id`` is not a UUID (nothing is sent). NotFound: no silence has
                this ID. And the errors every method raises.
        """
        response = self._request("GET", _silence_path(silence_id))
        return self._decode(response, _SILENCE_DECODER)

    # -- writes --------------------------------------------------------------------------

    def check_writes(self) -> None:
        """Whether this client's writes get past authentication, changing nothing: ``POST
        /api/v2/silences`` with an empty silence, which Alertmanager refuses (422) and never
        creates. A proxy that lets anyone read and asks credentials only to write answers
        401/403 (a login there was said to be pointless, since the status answered without
        credentials). Any other answer says nothing about credentials and is ignored.

        Raises:
            CredentialsNeeded: writes need credentials, or refuse these. Unreachable.
        """
        try:
            self._request("POST", "silences", content=b"{}", headers={"Content-Type": "application/json"})
        except (Refused, BadResponse):
            pass

    def create_silence(self, silence: PostableSilence) -> str:
        """``POST /api/v2/silences`` with a new silence; returns its ID (a UUID string).

        Nothing is checked here: the guide's rules live in ``core.silencing.validate``, which
        callers run first. Alertmanager's own refusals (400 bare string, 422 ``{code, message}``,
        415) raise ``Refused`` with its message in ``body``.

        A POST that may have reached Alertmanager and got no answer (no answer in time, the
        connection lost after sending), or one taken (2xx) with an answer that is not the API's,
        is followed by a look at the silences (``silence_check.settle``): a silence made from
        ``silence`` found there is returned as created.

        Raises:
            ValueError: ``silence.id`` is set (use ``update_silence``). OutcomeUnknown: no answer
                to the POST nor to the look, or the POST taken (or answered 504 by a proxy) and
                no such silence found; the silence may or may not exist. AnswerLost: no answer to the POST, and
                Alertmanager's silences show it was not created.
        """
        if silence.id is not None:
            raise ValueError("create_silence() takes a silence without an id; use update_silence()")
        return logged_write("create", None, self.base_url, lambda: self._post_settled(silence))

    def update_silence(self, silence: PostableSilence) -> str:
        """``POST /api/v2/silences`` with ``silence.id`` set; returns the ID Alertmanager answers.

        Alertmanager updates in place (same ID) when the matchers are unchanged, the silence has
        not expired and, if active, ``startsAt`` is unchanged (to the second); otherwise it
        expires the old silence and creates a new one, and the returned ID differs.
        ``Silence.as_update`` builds a body that keeps the ID.

        A failure that may have been carried out is settled as ``create_silence``'s: the silence
        changed as asked is looked up (``silence_check.settle``; review 65 T3: a 2xx with an
        odd body was said "not changed").

        Raises:
            ValueError: ``silence.id`` is not set. NotFound: no silence has that ID.
            Refused: any other refusal, with Alertmanager's message. OutcomeUnknown, AnswerLost:
                as ``create_silence``.
        """
        if not silence.id:
            raise ValueError("update_silence() needs a silence with an id; use create_silence()")
        return logged_write("update", silence.id, self.base_url, lambda: self._post_settled(silence))

    def _post_settled(self, silence: PostableSilence) -> str:
        """``_post_silence``, its uncertain failures settled by a look (``silence_check.settle``)."""
        sent_at = datetime.now(timezone.utc)
        try:
            return self._post_silence(silence)
        except AlertmanagerError as exc:
            return settle(self, silence, exc, sent_at)

    def expire_silence(self, silence_id: str) -> None:
        """``DELETE /api/v2/silence/{id}``: end the silence now. Expiring an expired silence is
        not an error.

        Raises:
            NotFound: no silence has this ID (Alertmanager 0.25 answers that with a 500 and the
                body ``"silence not found"``; the silence is then looked up to tell a missing
                silence from a real server error). ValueError: ``silence_id`` is not a UUID
                (nothing is sent). The outcome is logged (``write_log``), as every write's.
        """
        path = _silence_path(silence_id)
        logged_write("expire", silence_id, self.base_url, lambda: self._expire(path, silence_id))

    def _expire(self, path: str, silence_id: str) -> None:
        try:
            self._request("DELETE", path)
        except BadResponse as exc:
            if exc.status != 500:
                raise
            try:
                self.get_silence(silence_id)
            except NotFound:
                raise NotFound(exc.url, "not found", 404, api_error_message(exc.body)) from exc
            raise

    def _post_silence(self, silence: PostableSilence) -> str:
        response = self._request("POST", "silences", content=_ENCODER.encode(silence),
                                 headers={"Content-Type": "application/json"})
        return self._decode(response, _CREATED_DECODER).silence_id

    # -- plumbing ------------------------------------------------------------------------

    def _request(self, method: str, path: str, **kwargs) -> httpx.Response:
        url = self.base_url + "/api/v2/" + path
        try:
            response = send_within(self._http, method, path, self.timeout, self._sockets, timeout=self.timeout,
                                   **kwargs)
        except httpx.TimeoutException as exc:
            # sent, then no answer (read, write): it may have been done; not connected: not sent
            kind = AnswerLost if isinstance(exc, (httpx.ReadTimeout, httpx.WriteTimeout)) else Unreachable
            raise kind(url, timeout_reason(self.timeout)) from exc
        except httpx.LocalProtocolError as exc:  # not chained: h11's words quote the header (review 61 W10)
            raise Unsendable(url, transport_reason(exc)) from None
        except httpx.TransportError as exc:
            tls = tls_reason(exc, self._ca_bundle)
            if tls:
                raise TlsError(url, tls) from exc
            kind = AnswerLost if isinstance(exc, LOST_AFTER_SENDING) else Unreachable
            raise kind(url, transport_reason(exc, self._proxy)) from exc
        except UnreadableAnswer as exc:  # answered: sent and acted on, never "unreachable" (code review 82A AY4)
            # judged by its status as a readable answer would be: a 401 asks for the login, a 404
            # or another 4xx was refused (code review 83 BA9); a 2xx or 3xx may have been done
            raise_for_status(url, exc.bodiless(), self._http.auth is not None, self._proxy)
            raise BadResponse(url, f"unexpected answer: {library_words(exc)}", exc.status) from exc
        except httpx.HTTPError as exc:  # InvalidURL and friends
            raise Unreachable(url, library_words(exc)) from exc
        raise_for_status(url, response, self._http.auth is not None, self._proxy)
        return response

    @classmethod
    def _decode(cls, response: httpx.Response, decoder: msgspec.json.Decoder | RepeatDecoder | SilenceDecoder):
        body = response.content
        if "html" in response.headers.get("content-type", "") or body.lstrip()[:1] == b"<":
            raise BadResponse(str(response.request.url),
                              "an HTML page instead of the API's JSON (a proxy or a login page?)",
                              response.status_code, page_excerpt(shown_answer(response), True))  # its title
        return cls._decode_bytes(response, body, decoder)

    @staticmethod
    def _decode_bytes(response: httpx.Response, body: bytes,
                      decoder: msgspec.json.Decoder | RepeatDecoder | SilenceDecoder):
        url = str(response.request.url)
        try:
            return decoder.decode(body)
        except (msgspec.DecodeError, RecursionError) as exc:  # a ValidationError too: not valid JSON comes
            # first (json_fault); RecursionError: nested too deep (review 65 T2)
            raise BadResponse(url, json_fault(body, exc), response.status_code,
                              excerpt(shown_answer(response))) from exc  # no secret it echoes (review 81 AX8)


def read_status(response: httpx.Response) -> Status:
    """Alertmanager's status in ``response`` to ``GET /api/v2/status``, read as
    ``AlertmanagerClient.status`` reads it (for a check made with another client).

    Raises:
        BadResponse: it is not Alertmanager's status (an HTML page, not JSON, the wrong shape).
    """
    return AlertmanagerClient._decode(response, _STATUS_DECODER)


def _silence_path(silence_id: str) -> str:
    """``silence/{id}``; only a UUID is accepted, so that no ID can lead elsewhere."""
    if not is_silence_id(silence_id):
        raise ValueError(f"not a silence ID (a UUID): {silence_id!r}")
    return "silence/" + silence_id


__all__ = ["PLAIN_TO_TLS_REASON", "AlertQuery", "AlertmanagerClient", "AlertmanagerError", "NotFound", "Refused",
           "api_error_message", "plain_to_tls"]
