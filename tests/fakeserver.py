"""A tiny HTTP server for failure modes only (garbage, HTML error pages, hangs, 401): things a
real Alertmanager does not do on request."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx


class FakeServer:
    """Answers every request with ``status``, ``body``, ``content_type`` and ``headers``; with
    ``hang`` it accepts the connection and never answers (until ``stop``); with ``trickle``
    (seconds) it announces a large body and sends one byte of it every ``trickle`` seconds.
    ``routes`` (path without its query -> body) answers those paths with their own body (200).
    With ``hang_posts`` every POST and DELETE is accepted and never answered (a silence being
    created, extended or expired); ``writes`` lists them as "METHOD path". A GET whose path and
    query hold ``fail_when`` is answered 500 (one request of several to the same path failing).
    ``delete_status`` answers every DELETE with that status and ``body`` (listed in ``writes``).
    With ``trickle_headers`` (seconds) a GET not in ``routes`` gets its status line, then one
    header line every ``trickle_headers`` seconds, never the end of the headers (code review 81
    AX7). ``keep_alive``: HTTP/1.1, the connection kept open between requests. A GET whose path
    holds ``hold`` waits until ``held`` is set, then is answered as any other."""

    def __init__(self, status: int = 200, body: bytes = b"", content_type: str = "application/json",
                 hang: bool = False, headers: dict[str, str] | None = None, trickle: float = 0.0,
                 routes: dict[str, bytes] | None = None, hang_posts: bool = False,
                 post_status: int | None = None, fail_when: str = "", delete_status: int | None = None,
                 trickle_headers: float = 0.0, keep_alive: bool = False, hold: str = "") -> None:
        self.status, self.body, self.content_type, self.hang = status, body, content_type, hang
        self.hang_posts, self.post_status, self.delete_status = hang_posts, post_status, delete_status
        self.routes = routes or {}
        self.fail_when = fail_when
        self.headers = headers or {}
        self.trickle = trickle
        self.trickle_headers = trickle_headers
        self.hold, self.held = hold, threading.Event()
        self.release = threading.Event()
        self.requests: list[str] = []
        self.writes: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if keep_alive else "HTTP/1.0"

            def do_GET(self):  # noqa: N802
                outer.requests.append(self.path)
                if outer.hold and outer.hold in self.path:
                    outer.held.wait(60)
                if outer.trickle_headers and self.path.partition("?")[0] not in outer.routes:
                    self.trickle_header_lines()
                    return
                if outer.hang:
                    outer.release.wait(60)
                    return
                if outer.trickle:
                    self.send_response(200)
                    self.send_header("Content-Length", "100000")
                    self.end_headers()
                    while not outer.release.wait(outer.trickle):
                        try:
                            self.wfile.write(b" ")
                            self.wfile.flush()
                        except OSError:
                            return
                    return
                routed = outer.routes.get(self.path.partition("?")[0])
                if outer.fail_when and outer.fail_when in self.path:
                    routed = None
                body = outer.body if routed is None else routed
                self.send_response((500 if outer.fail_when and outer.fail_when in self.path else outer.status)
                                   if routed is None else 200)
                self.send_header("Content-Type", outer.content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in outer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):  # noqa: N802
                if outer.hang_posts:
                    outer.requests.append(self.path)
                    outer.writes.append(f"{self.command} {self.path}")
                    outer.release.wait(60)
                    return
                if outer.post_status is not None:  # a write refused (the reads routed as they are)
                    outer.requests.append(self.path)
                    self.answer(outer.post_status)
                    return
                self.do_GET()

            def do_DELETE(self):  # noqa: N802
                if outer.hang_posts:
                    self.do_POST()
                elif outer.delete_status is not None:
                    outer.writes.append(f"{self.command} {self.path}")
                    self.answer(outer.delete_status)
                else:
                    self.send_error(405)

            def trickle_header_lines(self) -> None:
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
                count = 0
                while True:
                    try:
                        self.wfile.write(b"X-Slow-%d: y\r\n" % count)
                        self.wfile.flush()
                    except OSError:
                        return
                    count += 1
                    if outer.release.wait(outer.trickle_headers):
                        return

            def answer(self, status: int) -> None:
                self.send_response(status)
                self.send_header("Content-Type", outer.content_type)
                self.send_header("Content-Length", str(len(outer.body)))
                self.end_headers()
                self.wfile.write(outer.body)

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.held.set()
        self._server.shutdown()
        self._server.server_close()


def serving(handler: type[BaseHTTPRequestHandler]) -> tuple[ThreadingHTTPServer, str]:
    """A server on a free loopback port answering with ``handler``, serving in a daemon thread
    already: (it, its base URL). Stop it with ``shutdown()`` then ``server_close()``."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def passed_on(request: BaseHTTPRequestHandler, target: str) -> httpx.Response:
    """``request`` (being handled) sent on to ``target`` (a base URL), its body and content type
    with it; the answer."""
    length = int(request.headers.get("Content-Length") or 0)
    return httpx.request(request.command, target + request.path, content=request.rfile.read(length),
                         headers={"Content-Type": request.headers.get("Content-Type", "application/json")}, timeout=10)


def answered(request: BaseHTTPRequestHandler, status: int, content: bytes = b"",
             headers: dict[str, str] | None = None) -> None:
    """Answer ``request`` (being handled) with ``status``, ``headers`` and ``content``."""
    request.send_response(status)
    for name, value in (headers or {}).items():
        request.send_header(name, value)
    request.send_header("Content-Length", str(len(content)))
    request.end_headers()
    request.wfile.write(content)


def relayed(request: BaseHTTPRequestHandler, target: str) -> None:
    """``request`` (being handled) sent on to ``target`` and answered as ``target`` answered it."""
    answer = passed_on(request, target)
    answered(request, answer.status_code, answer.content,
             {"Content-Type": answer.headers.get("Content-Type", "application/json")})
