"""Code review 81: what the Alertmanager client and the start checklist say of answers that are
not the API's. AX8: an answer echoing the request (a debug endpoint, a misrouted proxy) showed the
bearer token or basic-auth password when it came with HTTP 200; AX12: a redirect to the request
itself advised setting the address already set; AX14: a proxy's 407 read as "not Alertmanager's
API"; AX5: the checklist followed the redirect the poller refuses and said "HTTP 200"."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fakeserver import FakeServer

TOKEN = "TOPSECRET-token-123"
PASSWORD = "Correct-Horse-8477"


class EchoServer:
    """Answers every GET with the request echoed as JSON (its Authorization header and path): 200 for the
    alerts, 502 for anything else; with ``html`` as an HTML page whose title is the echo."""

    def __init__(self, html: bool = False) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                echo = json.dumps({"Authorization": self.headers.get("Authorization"),
                                   "upstream": "http://alice:pw@upstream.example:9093/x", "url": self.path})
                body = (f"<html><head><title>{echo}</title></head></html>" if html else echo).encode()
                self.send_response(200 if "alerts" in self.path else 502)
                self.send_header("Content-Type", "text/html" if html else "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> EchoServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.mark.parametrize("html", [False, True])
@pytest.mark.parametrize("kind", ["bearer", "basic"])
def test_an_answer_echoing_the_request_never_shows_its_secrets_whatever_its_status(kind, html):
    """AX8: the 200 answer (wrong shape) and the 502 answer are masked by one rule: the token,
    the basic-auth header and password, and a URL's password in the body."""
    import base64

    from oncall_tray.alertmanager.client import AlertmanagerClient
    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.alertmanager.errors import AlertmanagerError

    credentials = Credentials("bearer", secret=TOKEN) if kind == "bearer" else Credentials("basic", "alice", PASSWORD)
    secrets = (TOKEN, PASSWORD, base64.b64encode(f"alice:{PASSWORD}".encode()).decode(), "alice:pw@")
    with EchoServer(html) as echo, AlertmanagerClient(echo.url, auth=credentials.auth()) as client:
        for call in (client.alerts, client.status):
            with pytest.raises(AlertmanagerError) as raised:
                call()
            said = raised.value.describe()
            assert "HTTP 200" in said if call == client.alerts else "HTTP 502" in said, said
            assert "Authorization" in said and "***" in said, said  # the echo is shown, its secrets not
            for secret in secrets:
                assert secret not in said and secret not in str(raised.value), said


def test_the_body_mask_hides_short_url_passwords_as_the_messages_do():
    """AX8: a URL's password in a body, however short, is masked as ``url_passwords.shown_url``
    shows it; the request's own secrets whatever their form."""
    import httpx

    from oncall_tray.alertmanager.secret_text import shown_answer

    request = httpx.Request("GET", "http://bob:hunter22@am:9093/api/v2/alerts",
                            headers={"Authorization": "Bearer " + TOKEN})
    response = httpx.Response(200, content=f'{{"a": "{TOKEN}", "u": "https://carol:pw@am2:9093/x", '
                                           f'"p": "hunter22"}}'.encode(), request=request)
    shown = shown_answer(response).decode()
    assert shown == '{"a": "***", "u": "https://carol:***@am2:9093/x", "p": "***"}', shown


@pytest.mark.parametrize("location", [
    "/api/v2/alerts?active=true&silenced=true&inhibited=true&unprocessed=true",
    "{url}/api/v2/alerts?active=true&silenced=true&inhibited=true&unprocessed=true",
])
def test_a_redirect_to_the_request_itself_is_said_so(location):
    """AX12: the query string is part of the request: a redirect to it is one to itself, not
    advice to set the address already set."""
    from oncall_tray.alertmanager.client import AlertmanagerClient
    from oncall_tray.alertmanager.errors import REDIRECTED, REDIRECTED_TO_ITSELF, BadResponse

    with FakeServer(302) as server:
        server.headers["Location"] = location.format(url=server.url)
        with AlertmanagerClient(server.url) as client, pytest.raises(BadResponse) as raised:
            client.alerts()
    assert raised.value.reason == REDIRECTED_TO_ITSELF, raised.value.describe()
    assert REDIRECTED not in raised.value.describe()


def test_a_redirect_within_the_api_at_the_same_address_is_said_so():
    """AX12: a trailing-slash redirect (nginx ``location /api/v2/alerts/``) stays at the address
    set: the reason says a server there redirects the API, naming where, not "put the address"."""
    from oncall_tray.alertmanager.client import AlertmanagerClient
    from oncall_tray.alertmanager.errors import REDIRECTED, REDIRECTED_WITHIN, BadResponse

    with FakeServer(301) as server:
        server.headers["Location"] = "/api/v2/alerts/"
        with AlertmanagerClient(server.url) as client, pytest.raises(BadResponse) as raised:
            client.alerts()
    said = raised.value.describe()
    assert raised.value.reason == f"{REDIRECTED_WITHIN}: {server.url}/api/v2/alerts/", said
    assert REDIRECTED not in said


def test_a_redirect_elsewhere_still_names_the_address_to_set():
    from oncall_tray.alertmanager.client import AlertmanagerClient
    from oncall_tray.alertmanager.errors import REDIRECTED, BadResponse

    with FakeServer(301, headers={"Location": "https://am.example:9443/api/v2/alerts?active=true"}) as server:
        with AlertmanagerClient(server.url) as client, pytest.raises(BadResponse) as raised:
            client.alerts()
    assert raised.value.reason == f"{REDIRECTED}: https://am.example:9443"


SQUID = b"<html><head><title>ERROR: Cache Access Denied</title></head><body>Proxy auth required</body></html>"


@pytest.mark.parametrize("named", [True, False])
def test_a_proxy_asking_for_credentials_is_said_so_and_named(named):
    """AX14: a 407 is the proxy's, not Alertmanager's: said so (translated), the proxy named when
    the client knows it (the settings or the environment, ``transport_options``)."""
    import httpx

    from oncall_tray.alertmanager.client import AlertmanagerClient
    from oncall_tray.alertmanager.connection import PROXY_LOGIN
    from oncall_tray.alertmanager.errors import BadResponse
    from oncall_tray.reasons import translate_reason

    with FakeServer(407, SQUID, content_type="text/html",
                    headers={"Proxy-Authenticate": 'Basic realm="squid"'}) as proxy:
        # not named: a proxy the client does not know of (its own transport): the status alone
        options = {"proxy": proxy.url, "trust_env": False} if named else {
            "transport": httpx.HTTPTransport(proxy=proxy.url)}
        with AlertmanagerClient("http://am.example:9093", **options) as client, \
                pytest.raises(BadResponse) as raised:
            client.status()
    said = raised.value.describe()
    assert raised.value.reason.startswith(PROXY_LOGIN), said
    assert (proxy.url in said) == named, said
    assert "not Alertmanager's API" not in said and "Cache Access Denied" in said, said

    def portuguese(context, text):
        return "<pt>" + text + "</pt>" if text == PROXY_LOGIN else text

    assert translate_reason(raised.value.reason, portuguese).startswith(f"<pt>{PROXY_LOGIN}</pt>")


def test_the_checklist_judges_a_redirected_alertmanager_as_the_poller_does(alertmanager):
    """AX5: the checklist asks Alertmanager without following a redirect, and says of it what
    the poll says (the address to set), not "HTTP 200"."""
    from oncall_tray.alertmanager.client import AlertmanagerClient
    from oncall_tray.alertmanager.errors import BadResponse
    from oncall_tray.handoff_checks import check_dashboard

    target = alertmanager.url.replace("127.0.0.1", "localhost")
    with FakeServer(301, headers={"Location": target + "/api/v2/status"}) as server:
        check = check_dashboard("Alertmanager", server.url)
        with AlertmanagerClient(server.url) as client, pytest.raises(BadResponse) as raised:
            client.status()
        assert server.requests == ["/api/v2/status", "/api/v2/status"]
    assert not check.ok and check.unexpected, check
    assert str(check.detail).startswith(raised.value.reason), (check, raised.value.reason)
    assert target in str(check.detail)
