"""What the per-request deadline (``alertmanager.deadline.send_within``) says when it cuts: a
connection never made is "not sent", a body read to the connection's close is no answer, and a
watchdog running late cuts nothing of the next request (code review 84 BC11, BC6, BC8)."""

from __future__ import annotations

import socket
import threading

import httpx
import pytest
from fakeserver import FakeServer

from oncall_tray.alertmanager import deadline
from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.errors import AnswerLost, BadResponse, Unreachable, surely_not_done
from oncall_tray.silence_holders import refused

SILENCE_ID = "11111111-2222-4333-8444-555555555555"


@pytest.fixture
def unaccepting():
    """The URL of a listening socket whose accept backlog is full: the kernel drops further SYNs,
    so a connect hangs (a host behind a firewall dropping them, a VPN half up)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    fillers = []
    for _ in range(8):
        filler = socket.socket()
        filler.setblocking(False)
        try:
            filler.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        fillers.append(filler)
    yield f"http://127.0.0.1:{port}"
    for filler in fillers:
        filler.close()
    server.close()


def test_a_connection_never_made_is_not_sent_even_when_the_deadline_cuts_it(unaccepting):
    # code review 84 BC11: the watchdog fired a moment before httpx's connect timeout and the
    # hung connect read as "sent, no answer" (AnswerLost): an expire never sent kept its ask
    with AlertmanagerClient(unaccepting, timeout=1.0) as client:
        with pytest.raises(Unreachable, match="no answer in time") as info:
            client.expire_silence(SILENCE_ID)
    assert not isinstance(info.value, AnswerLost), info.value
    assert surely_not_done(info.value) and refused(info.value)  # an expire's ask is withdrawn: not sent


@pytest.fixture
def close_delimited():
    """The URL of a server answering 200 with a body that runs until the connection closes (no
    Content-Length, not chunked), trickled until the client goes away."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    stop = threading.Event()

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[")
            while not stop.wait(0.1):
                try:
                    conn.sendall(b'{"a":1},')
                except OSError:
                    return

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    server.close()
    thread.join(5)


def test_a_body_read_to_the_close_that_the_deadline_cuts_is_no_answer(close_delimited):
    # code review 84 BC6: the cut ended the body as if the server had closed it, and the
    # truncated bytes were returned as a whole 200 (a BadResponse: "no usable answer")
    with AlertmanagerClient(close_delimited, timeout=1.0) as client:
        with pytest.raises(Unreachable, match="no answer in time") as info:
            client.alerts()
    assert not isinstance(info.value, BadResponse)


def test_a_watchdog_running_after_its_request_cuts_nothing_of_the_next(monkeypatch):
    # code review 84 BC8: Timer.cancel does not stop a callback already running; one that ran on
    # after its request returned cut the pooled connection the next request was using
    callbacks = []

    class Late(threading.Timer):
        def __init__(self, interval, function, *args, **kwargs):
            super().__init__(interval, function, *args, **kwargs)
            callbacks.append(function)

    monkeypatch.setattr(deadline.threading, "Timer", Late)
    with FakeServer(keep_alive=True, routes={"/api/v2/status": b"{}", "/api/v2/alerts": b"[]"}) as server:
        http = httpx.Client(base_url=server.url + "/api/v2/", timeout=5.0)
        sockets = deadline.Sockets()
        try:
            assert deadline.send_within(http, "GET", "status", 5.0, sockets).status_code == 200

            def trace(event: str, info: dict) -> None:  # the next request, on the pooled connection, sent
                if event == "http11.send_request_headers.complete":
                    callbacks[0]()  # the first request's watchdog, running late

            assert http.get("alerts", extensions={"trace": trace}).content == b"[]"
        finally:
            http.close()
        assert len(server.requests) == 2
