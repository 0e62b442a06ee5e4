"""One request answered whole within a deadline (no Qt): connecting, the status line and headers,
and the body (code review 81 AX7: a server trickling header bytes held a 2-s request for 20 s).

httpx's timeouts bound each read, not the exchange: a server or proxy sending a byte now and
then never trips them. Here a watchdog (a ``threading.Timer``) cuts the connections the request
may be using at the deadline: their sockets, seen through httpcore's ``trace`` extension as they
are opened, are shut down, which wakes the read waiting on them at once.
"""

from __future__ import annotations

import socket
import threading
import time
import weakref

import httpx

#: httpcore's trace events whose ``return_value`` is the network stream just opened.
OPENED = frozenset({"connection.connect_tcp.complete", "connection.start_tls.complete"})
#: httpcore's trace events after which the request may have reached the server (its headers went
#: out): a failure after one may have been acted on; before, the request surely was not.
SENT = frozenset({"http11.send_request_headers.complete", "http11.send_request_body.complete",
                  "http2.send_request_headers.complete", "http2.send_request_body.complete"})


class InFlight:
    """Whether one request is still in flight, under ``lock``: its watchdog cuts only while it
    is, so that a watchdog running late (``Timer.cancel`` does not stop a running callback)
    cannot cut the connection the next request took from the pool (code review 84 BC8)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.ended = False

    def end(self) -> None:
        """Mark the request ended; waits for a cut under way to finish. Safe to call again."""
        with self.lock:
            self.ended = True


class Sockets:
    """The network streams one ``httpx.Client`` opened (weakly held: a connection the pool drops
    is forgotten), so that a request's deadline can cut the one it was given from the pool. One
    per client; thread-safe. A deadline cuts every connection of the client, only while its
    request is in flight (``InFlight``): one used by another thread at that moment fails too
    (the clients here make one request at a time)."""

    def __init__(self) -> None:
        self._streams: weakref.WeakSet = weakref.WeakSet()
        self._lock = threading.Lock()

    def add(self, stream: object) -> None:
        """Remember ``stream`` (an httpcore network stream)."""
        with self._lock:
            self._streams.add(stream)

    def cut(self) -> None:
        """Shut every remembered stream's socket down (reads and writes): a read waiting on one
        returns at once (end of stream), and the pool drops the connection."""
        with self._lock:
            streams = list(self._streams)
        for stream in streams:
            cut_stream(stream)


def cut_stream(stream: object) -> None:
    """Shut ``stream``'s socket down (an httpcore network stream; nothing when it has none or it
    is already closed)."""
    try:
        sock = stream.get_extra_info("socket")
        if sock is not None:
            sock.shutdown(socket.SHUT_RDWR)
    except (OSError, AttributeError, ValueError):  # closed meanwhile, or not a socket stream
        pass


def send_within(http: httpx.Client, method: str, path: str, deadline_s: float, sockets: Sockets | None = None,
                **kwargs) -> httpx.Response:
    """``http.request(method, path, **kwargs)`` with the whole exchange (connection, status line
    and headers, body) done within ``deadline_s`` seconds. ``sockets``: the client's own
    (``Sockets``), so that a connection taken from the pool is cut at the deadline too; None:
    only a connection opened by this request is.

    Returns the response with its body read (a fresh ``httpx.Response`` over the raw bytes, so
    that a compressed body is decoded once, by httpx). Raises what ``request`` raises,
    ``httpx.ReadTimeout`` once the deadline is past after the request went out (a body cut short,
    read to the connection's close, too: code review 84 BC6), ``httpx.ConnectTimeout`` when it
    is past before (a connect hanging: surely not sent, code review 84 BC11), and ``UnreadableAnswer`` for a body that
    cannot be decoded (a proxy mislabelling its compression).
    """
    started = time.monotonic()
    sockets = sockets if sockets is not None else Sockets()
    expired = threading.Event()  # the watchdog cut this request
    sent = threading.Event()  # its headers went out: it may have been acted on
    flight = InFlight()

    def trace(event: str, info: dict) -> None:
        if event in OPENED and info.get("return_value") is not None:
            sockets.add(info["return_value"])
            if expired.is_set():  # opened after the deadline: cut at once
                cut_stream(info["return_value"])
        elif event in SENT:
            sent.set()

    def at_deadline() -> None:
        with flight.lock:  # not once the request ended: its connection may serve the next (BC8)
            if flight.ended:
                return
            expired.set()
            sockets.cut()

    request = http.build_request(method, path, extensions={"trace": trace}, **kwargs)
    late = httpx.ReadTimeout(f"the whole answer took longer than {deadline_s:g} s", request=request)
    watchdog = threading.Timer(deadline_s, at_deadline)
    watchdog.daemon = True
    watchdog.start()
    try:
        try:
            streamed = http.send(request, stream=True)
        except httpx.TransportError as exc:
            flight.end()
            if expired.is_set() and sent.is_set():
                raise late from exc
            if expired.is_set():  # cut before the request went out (a connect hanging): not sent (BC11)
                raise httpx.ConnectTimeout(f"no connection within {deadline_s:g} s", request=request) from exc
            raise
        try:
            chunks = []
            for chunk in streamed.iter_raw():
                chunks.append(chunk)
                if time.monotonic() - started > deadline_s:
                    raise late
        except httpx.TransportError as exc:
            flight.end()
            if expired.is_set():
                raise late from exc
            raise
        finally:
            flight.end()  # before the connection goes back to the pool
            streamed.close()
        if expired.is_set():  # a body read to the close, ended by the cut: truncated, not whole (BC6)
            raise late
    finally:
        flight.end()
        watchdog.cancel()
    response = httpx.Response(streamed.status_code, headers=streamed.headers, stream=httpx.ByteStream(b"".join(chunks)),
                              request=request, extensions=streamed.extensions)
    try:
        response.read()
    except httpx.DecodingError as exc:  # after the status line: the request was sent, and acted on
        raise UnreadableAnswer(str(exc), request=request, status=streamed.status_code,
                               headers=streamed.headers) from exc
    response.stream = httpx.ByteStream(b"")  # the body is read: no response <-> stream cycle (encode/httpx#3733)
    return response


class UnreadableAnswer(httpx.DecodingError):
    """An answer whose status line came (``status``: its HTTP status) and whose body cannot be
    decoded (``Content-Encoding: gzip`` over a body that is not): the request was sent and acted
    on, unlike a failure to connect (code review 82A AY4: a DELETE answered 200 so was judged
    never sent). ``headers``: the answer's."""

    def __init__(self, message: str, *, request: httpx.Request, status: int,
                 headers: httpx.Headers | None = None) -> None:
        super().__init__(message, request=request)
        self.status = status
        self.headers = httpx.Headers(headers or {})

    def bodiless(self) -> httpx.Response:
        """The answer with its status and headers but without its body, nor the headers that
        describe the body (its encoding, type and length): what can be judged of it is its status
        (code review 83 BA9: a 401 or 404 behind a proxy mislabelling its compression read as
        "may have been done")."""
        headers = httpx.Headers({key: value for key, value in self.headers.multi_items()
                                 if key.lower() not in ("content-encoding", "content-type", "content-length")})
        return httpx.Response(self.status, headers=headers, content=b"", request=self.request)
