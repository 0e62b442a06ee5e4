"""An error answer whose body cannot be decoded (a proxy mislabelling its error pages as gzip) is
judged by its status, as a readable one's would be (code review 83 BA9): a 401/403 asks for the
login, a 404 or another 4xx is refused (the expire's ask is not kept), a 5xx is a server error
("may have been done"). A small proxy stands in front of a real Alertmanager."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from conftest import silence
from fakeserver import FakeServer
from test_cluster_write_maybe_done import _Front, expire_refused_through

from oncall_tray.alertmanager.errors import (AlertmanagerError, BadResponse, CredentialsNeeded, NotFound, Refused,
                                            surely_not_done)
from oncall_tray.prometheus.client import PrometheusClient

_MISLABELLED = {"Content-Encoding": "gzip", "Content-Type": "text/html"}


@pytest.mark.parametrize(("status", "kind", "not_done"), [
    (401, CredentialsNeeded, True), (403, CredentialsNeeded, True), (404, NotFound, True), (400, Refused, True),
    (502, BadResponse, False)])
def test_an_error_answer_with_an_undecodable_body_is_judged_by_its_status(alertmanager, status, kind, not_done):
    sid = silence(alertmanager, {"alertname": "APIDown"})
    error = expire_refused_through(_Front(alertmanager.url, "DELETE", status, pass_on=False, headers=_MISLABELLED,
                                          body=b"<html><title>%d</title>not gzip</html>" % status),
                                   sid, AlertmanagerError)
    assert type(error) is kind, error
    assert error.status == status
    assert surely_not_done(error) is not_done
    state = httpx.get(f"{alertmanager.url}/api/v2/silence/{sid}", timeout=10).json()["status"]["state"]
    assert state == "active"  # the proxy passed nothing on


@pytest.mark.parametrize(("status", "kind"), [(401, CredentialsNeeded), (404, BadResponse), (502, BadResponse)])
def test_prometheus_judges_an_undecodable_error_answer_by_its_status(status, kind):
    """Not "unreachable": a 401 asks for the login, as a readable one does."""
    with FakeServer(status=status, body=b"<html>not gzip</html>", content_type="text/html",
                    headers={"Content-Encoding": "gzip"}) as server:
        with PrometheusClient(server.url) as client:
            with pytest.raises(AlertmanagerError) as raised:
                client.query("up", dt.datetime.now(dt.UTC))
    assert type(raised.value) is kind, raised.value
    assert raised.value.status == status
