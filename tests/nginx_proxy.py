"""A real nginx (Debian's ``nginx`` package) in front of an Alertmanager, for tests: started on
loopback on a free port with its own configuration in a temporary folder, as a plain child
process (never as a system service), with optional basic auth, a bearer-token check and TLS."""

from __future__ import annotations

import base64
import hashlib
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from oncall_tray.demo import free_port

_CONFIG = """\
daemon off;
master_process off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log info;
events {{ worker_connections 64; }}
http {{
    access_log {tmp}/access.log;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port}{ssl};
{tls}
        location / {{
{auth}
            proxy_pass {upstream};
            proxy_set_header Authorization "";
{rewrite}        }}
    }}
}}
"""


class NginxProxy:
    """nginx proxying to ``upstream``.

    Args:
        upstream: the Alertmanager's base URL.
        basic: (user, password) to require, or None.
        token: a bearer token to require, or None.
        tls: (certificate, key) PEM paths to serve HTTPS, or None for HTTP.
        writes_only: ask ``basic`` of every request but GET and HEAD (a proxy that
            lets anyone read the alerts, and only the on-call engineers silence them).
        rewrite: (text, replacement): every answer's body with ``text`` replaced (nginx's
            ``sub_filter``), a proxy that rewrites what Alertmanager answers.

    With ``upstream`` "forward" it is a forward proxy for plain HTTP instead (what
    ``HTTP_PROXY`` names): it passes each request to the host the request names.
    """

    def __init__(self, upstream: str, basic: tuple[str, str] | None = None, token: str | None = None,
                 tls: tuple[Path, Path] | None = None, writes_only: bool = False,
                 rewrite: tuple[str, str] | None = None) -> None:
        if upstream == "forward":
            upstream = "http://$http_host$request_uri"
        self.binary = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(self.binary).exists():
            raise RuntimeError("nginx not found: install the Debian package 'nginx' (bash .ci/install-system-packages)")
        self.port = free_port()
        self.tls = tls
        self.tmp = Path(tempfile.mkdtemp(prefix="oncall-nginx-"))
        auth = ""
        if basic:
            self.set_password(*basic)
            auth += f'            auth_basic "Alertmanager";\n            auth_basic_user_file {self.tmp}/htpasswd;\n'
        if token:
            auth += f'            if ($http_authorization != "Bearer {token}") {{ return 401; }}\n'
        if writes_only:  # nginx allows no ``if`` there: basic auth only
            auth = "            limit_except GET {\n" + auth + "            }\n"
        filters = "" if rewrite is None else (  # the answer unzipped, so that it can be rewritten
            '            proxy_set_header Accept-Encoding "";\n            sub_filter_types application/json;\n'
            f"            sub_filter_once off;\n            sub_filter '{rewrite[0]}' '{rewrite[1]}';\n")
        tls_lines = f"        ssl_certificate {tls[0]};\n        ssl_certificate_key {tls[1]};" if tls else ""
        (self.tmp / "nginx.conf").write_text(_CONFIG.format(
            tmp=self.tmp, port=self.port, ssl=" ssl" if tls else "", tls=tls_lines, auth=auth, upstream=upstream, rewrite=filters))
        self._process: subprocess.Popen | None = None

    def set_password(self, user: str, password: str) -> None:
        """Ask ``password`` of ``user`` from now on (nginx reads its password file at each
        request: a password changed on the server)."""
        digest = base64.b64encode(hashlib.sha1(password.encode()).digest()).decode()
        (self.tmp / "htpasswd").write_text(f"{user}:{{SHA}}{digest}\n")

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def start(self, timeout: float = 15.0) -> NginxProxy:
        self._process = subprocess.Popen(
            [self.binary, "-e", str(self.tmp / "error.log"), "-p", str(self.tmp), "-c", str(self.tmp / "nginx.conf")],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                break
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.02)
        log = self.log()
        self.stop()
        raise RuntimeError(f"nginx did not start on port {self.port}: {log[-2000:]}")

    def log(self) -> str:
        """nginx's error log and access log."""
        return "".join(p.read_text("utf-8", "replace") for p in (self.tmp / "error.log", self.tmp / "access.log")
                       if p.exists())

    def halt(self) -> None:
        """Stop nginx but keep its configuration: ``start`` starts it again on the same port (a
        proxy down for a while: nothing listens meanwhile)."""
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None

    def stop(self) -> None:
        self.halt()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> NginxProxy:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
