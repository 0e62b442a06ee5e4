"""Failure modes that a real Alertmanager does not produce on request: a fake server only."""

from __future__ import annotations

import time

import pytest
from fakeserver import FakeServer

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.errors import BadResponse, CredentialsNeeded, Refused, Unreachable
from oncall_tray.demo import free_port


def fetch(url: str, timeout: float = 5.0, cooperative: bool = False):
    with AlertmanagerClient(url, timeout=timeout, cooperative=cooperative) as client:
        return client.alerts()


@pytest.mark.parametrize("cooperative", [False, True], ids=["plain", "poller"])
def test_garbage_json_is_a_bad_response(cooperative):
    with FakeServer(body=b'[{"fingerprint": "x", "labels": ') as server:
        with pytest.raises(BadResponse) as info:
            fetch(server.url, cooperative=cooperative)
    assert "not valid JSON" in info.value.reason
    assert info.value.status == 200
    assert '[{"fingerprint"' in info.value.body


@pytest.mark.parametrize("body", [b'{"alerts": []}', b'[{"fingerprint": 5, "labels": {}, "status": {"state": "x"}}]',
                                  b'[{"labels": {}}]'], ids=["object", "number", "missing"])
@pytest.mark.parametrize("cooperative", [False, True], ids=["plain", "poller"])
def test_json_of_the_wrong_shape_is_a_bad_response(cooperative, body):
    with FakeServer(body=body) as server:
        with pytest.raises(BadResponse, match="wrong shape"):
            fetch(server.url, cooperative=cooperative)


READS = {
    "alerts": lambda client: client.alerts(),
    "silences": lambda client: client.silences(),
    "silence": lambda client: client.get_silence("64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf"),
    "status": lambda client: client.status(),
    "prometheus": lambda client: client.query("up"),
}


@pytest.mark.parametrize("read", READS)
@pytest.mark.parametrize("body, detail", [(b'{"alerts": [1,2,', "Input data was truncated"),
                                          (b"[1,2,", "Input data was truncated"),
                                          (b"{nope", "JSON is malformed: expected '\"' (byte 1)")],
                         ids=["object cut", "array cut", "malformed"])
def test_an_answer_that_is_not_json_is_said_so_by_every_read(read, body, detail):
    """Review 38 F17: a truncated answer was "JSON of the wrong shape: expected array, got
    object" for the silences (the typed decoder met the wrong type before the end), "not valid
    JSON" for the status, and "not the API's JSON" for Prometheus."""
    from oncall_tray.prometheus.client import PrometheusClient

    with FakeServer(body=body) as server:
        opened = PrometheusClient(server.url) if read == "prometheus" else AlertmanagerClient(server.url)
        with opened as client, pytest.raises(BadResponse) as info:
            READS[read](client)
    assert info.value.reason == f"not valid JSON: {detail}"


def test_silence_list_says_a_truncated_answer_ends_in_the_middle(tmp_path):
    from conftest import settings_file
    from test_cli import run

    with FakeServer(body=b'{"alerts": [1,2,') as server:
        listed = run("--alertmanager", server.url, "silence", "list", config=settings_file(tmp_path))
    assert listed.returncode == 2
    assert listed.stderr.startswith(f"oncall-tray: Alertmanager unreachable or refused: {server.url}: not valid JSON: "
                                    "the answer ends in the middle — HTTP 200 — "), listed.stderr


def test_html_502_from_a_proxy_is_a_bad_response_named_by_its_title():
    page = (b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1>"
            b"</center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>")
    with FakeServer(status=502, body=page, content_type="text/html") as server:
        with pytest.raises(BadResponse) as info:
            fetch(server.url)
    assert info.value.status == 502
    assert info.value.body == "502 Bad Gateway"  # the title, not the markup
    assert str(info.value) == "server error — HTTP 502 Bad Gateway"


def test_a_plain_text_500_keeps_the_start_of_its_body():
    with FakeServer(status=500, body=b"runtime error: index out of range", content_type="text/plain") as server:
        with pytest.raises(BadResponse) as info:
            fetch(server.url)
    assert info.value.body == "runtime error: index out of range"


def test_html_200_login_page_is_a_bad_response():
    page = b"<!doctype html><html><head><title>Sign in</title></head><body><form>...</form></body></html>"
    with FakeServer(body=page, content_type="text/html") as server:
        with pytest.raises(BadResponse, match="HTML") as info:
            fetch(server.url)
    assert info.value.body == "Sign in"  # its title, not its markup (review 40 F10: the whole source in the header)


def test_control_characters_of_a_body_are_shown_as_escapes():
    """Review 40 F10: "HTTP 200 — \\u0000\\u0001garbage" showed as boxes in the tray's header."""
    with FakeServer(body=b"\x00\x01garbage{{{not json\n\tend") as server:
        with pytest.raises(BadResponse) as info:
            fetch(server.url)
    assert info.value.body == "\\u0000\\u0001garbage{{{not json end"


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_is_named_with_where_it_points_not_followed(status):
    # not followed: the credentials would go along to wherever it points (a proxy's http -> https)
    target = "https://alertmanager.example.com"  # (the Location ends in /api/v2/alerts: left out)
    location = {"Location": target + "/api/v2/alerts"}
    with FakeServer(status=status, body=b"", content_type="text/plain", headers=location) as server:
        with pytest.raises(BadResponse) as info:
            fetch(server.url)
        assert info.value.status == status and info.value.reason.endswith(f"redirected; put the address it points "
                                                                          f"to in the settings: {target}")
        assert "JSON" not in info.value.reason
        from oncall_tray.prometheus.client import PrometheusClient

        with PrometheusClient(server.url) as prometheus, pytest.raises(BadResponse) as info:
            prometheus.query("up")
        assert "redirected" in info.value.reason and target in info.value.reason


@pytest.mark.parametrize(("location", "reason"), [
    ("/login?next=/api/v2/alerts", "redirected away from the API (a proxy's sign-in page?): {url}/login?next=/api/v2/alerts"),
    ("/api/v2/alerts?silenced=true&inhibited=true&active=true&unprocessed=true", None),
    ("/am/api/v2/alerts", "redirected; put the address it points to in the settings: {url}/am"),
])
def test_a_redirect_to_a_sign_in_page_or_to_itself_is_said_whole(location, reason):
    """Review 19: "redirected; put the address it points to in the settings:  — HTTP 302" (a
    redirect to the same path) and "...: /login?next= — HTTP 302" (cut, and a login page is not
    an address to put in the settings)."""
    with FakeServer(status=302, body=b"", content_type="text/plain", headers={"Location": location}) as server:
        with pytest.raises(BadResponse) as info:
            fetch(server.url)
        said = info.value.reason
        if reason is None:  # the same address: whatever order the query is in, it is not followed
            assert said.endswith(("redirected to itself", f"settings: {server.url}")), said
        else:
            assert said.endswith(reason.format(url=server.url.rstrip("/"))), said


def test_a_proxys_401_page_is_named_by_its_title_not_shown_whole():
    page = (b"<html><head><title>401 Authorization Required</title></head><body><center><h1>401 Authorization "
            b"Required</h1></center><hr><center>nginx</center></body></html>")
    with FakeServer(status=401, body=page, content_type="text/html") as server:
        with pytest.raises(CredentialsNeeded) as info:
            fetch(server.url)
    assert info.value.body == "401 Authorization Required"


@pytest.mark.parametrize("status", [401, 403])
def test_401_and_403_ask_for_credentials(status):
    with FakeServer(status=status, body=b"Unauthorized", content_type="text/plain") as server:
        with pytest.raises(CredentialsNeeded) as info:
            fetch(server.url)
    assert info.value.status == status


def test_400_bare_string_and_422_message_are_shown_as_alertmanager_wrote_them():
    with FakeServer(status=400, body=b'"bad matcher format: foo"') as server:
        with pytest.raises(Refused) as info:
            fetch(server.url)
    assert info.value.body == "bad matcher format: foo"
    with FakeServer(status=422, body=b'{"code": 602, "message": "comment in body is required"}') as server:
        with pytest.raises(Refused) as info:
            fetch(server.url)
    assert info.value.body == "comment in body is required"


def test_a_server_that_never_answers_times_out_as_unreachable():
    with FakeServer(hang=True) as server:
        started = time.monotonic()
        with pytest.raises(Unreachable, match="no answer in time"):
            fetch(server.url, timeout=0.5)
        assert time.monotonic() - started < 5


def test_a_server_that_trickles_its_answer_is_unreachable_within_the_timeout():
    # second fresh-user review: a byte every 2 s kept each read under the timeout, and the poll hung
    from oncall_tray.prometheus.client import PrometheusClient

    with FakeServer(trickle=0.2) as server:
        for ask in (lambda: fetch(server.url, timeout=1.0), lambda: PrometheusClient(server.url, timeout=1.0).query("up")):
            started = time.monotonic()
            with pytest.raises(Unreachable, match="no answer in time") as info:
                ask()
            assert time.monotonic() - started < 3, "bounded by the timeout, not by the body"
            assert info.value.reason == "no answer in time (1 s)"


@pytest.mark.parametrize("pooled", [False, True])
def test_a_server_that_trickles_its_headers_is_unreachable_within_the_timeout(pooled):
    # code review 81 AX7: the deadline began after the headers; a header line every 0.5 s held a
    # 2-s request for 20 s. ``pooled``: the connection of an answered request, taken from the pool
    with FakeServer(trickle_headers=0.1, keep_alive=True, routes={"/api/v2/status": b"{}"}) as server:
        client = AlertmanagerClient(server.url, timeout=1.0)
        try:
            if pooled:
                client._request("GET", "status")
            started = time.monotonic()
            with pytest.raises(Unreachable, match="no answer in time") as info:
                client.alerts()
            assert time.monotonic() - started < 2.5, "bounded by the timeout, not by the headers"
            assert info.value.reason == "no answer in time (1 s)"
            assert len(server.requests) == 1 + pooled, "one connection, one request"
        finally:
            client.close()


def test_refused_connection_and_bad_host_are_unreachable():
    with pytest.raises(Unreachable, match="^connection refused"):
        fetch(f"http://127.0.0.1:{free_port()}")
    with pytest.raises(Unreachable, match="^host name not found"):
        fetch("http://no-such-host.invalid:9093")


def test_ctrl_c_in_a_command_ends_it_without_a_traceback(tmp_path):
    """Review 32: Ctrl-C during ``status`` (Alertmanager not answering) printed a whole
    "Traceback … KeyboardInterrupt". It ends with the shell's 130 and nothing more."""
    import os
    import signal
    import subprocess
    import sys

    from conftest import interruptible

    with FakeServer(hang=True) as hung:
        config = tmp_path / "c.yaml"
        config.write_text(f"alertmanager_url: {hung.url}\nrequest_timeout: 30\n", encoding="utf-8")
        env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": ""}
        process = subprocess.Popen([sys.executable, "-m", "oncall_tray", "--config", str(config), "status"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                   preexec_fn=interruptible)
        try:
            deadline = time.monotonic() + 30
            while not hung.requests and time.monotonic() < deadline:  # until it waits on the answer
                time.sleep(0.05)
            assert hung.requests, "the command never asked"
            process.send_signal(signal.SIGINT)
            _out, err = process.communicate(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert process.returncode == 130 and "Traceback" not in err, err


@pytest.mark.parametrize("status, header", [(429, "120"), (503, "120"), (429, "")])
def test_an_answer_asking_to_slow_down_is_neither_refused_nor_a_server_error(status, header):
    # code review 81 AX2: a proxy's 429 with Retry-After was "refused by Alertmanager"
    from oncall_tray.alertmanager.slow_down import SLOWED, SlowDown

    with FakeServer(status=status, body=b"rate limited\n", content_type="text/plain",
                    headers={"Retry-After": header} if header else {}) as server:
        with pytest.raises(SlowDown) as info:
            fetch(server.url)
    assert info.value.reason == SLOWED and info.value.status == status
    assert info.value.retry_after == (120 if header else None)
    assert info.value.describe() == f"{SLOWED} — HTTP {status} — rate limited"


def test_a_503_without_retry_after_is_still_a_server_error():
    with FakeServer(status=503, body=b"down for maintenance", content_type="text/plain") as server:
        with pytest.raises(BadResponse, match="server error"):
            fetch(server.url)


def test_prometheus_trickling_its_headers_is_unreachable_within_the_timeout():
    from oncall_tray.prometheus.client import PrometheusClient

    with FakeServer(trickle_headers=0.1, keep_alive=True) as server:
        client = PrometheusClient(server.url, timeout=1.0)
        started = time.monotonic()
        try:
            with pytest.raises(Unreachable, match="no answer in time"):
                client.query("up")
        finally:
            client.close()
        assert time.monotonic() - started < 2.5
