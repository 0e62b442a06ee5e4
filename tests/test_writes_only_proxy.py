"""An Alertmanager behind a proxy that lets anyone read the alerts and asks credentials only to
change them (a real nginx with basic auth on every method but GET, a real Alertmanager, a real
Secret Service): the tray watches it without credentials; its first acknowledgement, refused,
opens the login dialog, which checks the password on a write; then acknowledgements go
through."""

from __future__ import annotations

import httpx
import pytest
import shiboken6
from conftest import make_alert, shut_down
from nginx_proxy import NginxProxy

pytestmark = pytest.mark.desktop
PASSWORD = "writes-Only-5150"


def test_a_refused_acknowledgement_opens_the_login_and_then_goes_through(qtbot, alertmanager, keyring_desktop,
                                                                        tmp_path, monkeypatch):
    from oncall_tray.config import load_config
    from oncall_tray.core.overview import Light
    from oncall_tray.ui.app import TrayController

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    alertmanager.post_alerts([make_alert("ReadableByAll", "critical")])
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD), writes_only=True) as proxy:
        path = tmp_path / "config.yaml"
        path.write_text(f"alertmanager_url: {proxy.url}\nengineer: alice\npoll_interval: 1\n"
                        "notifications: false\nlanguage: en\n")
        controller = TrayController(load_config(path))
        warned = []
        controller.alert_actions._warn = lambda title, text, *icon: warned.append((title, text))
        try:
            controller.start()
            qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.CRITICAL,
                            timeout=10000)
            fingerprint = next(iter(controller.snapshot.alerts))
            controller.alert_actions.acknowledge(fingerprint)
            qtbot.waitUntil(lambda: bool(warned), timeout=10000)
            assert warned[0][0] == "Not acknowledged: ReadableByAll" and "Credentials needed — HTTP 401" in warned[0][1]
            dialog = controller.connection.dialogs.get("login")
            assert dialog is not None and dialog.isVisible()

            dialog.username.setText("alice")
            dialog.secret.setText("wrong")
            dialog.login_button.click()
            qtbot.waitUntil(lambda: dialog.login_button.isEnabled(), timeout=20000)
            assert dialog.isVisible() and "refused these credentials" in dialog.problem.text()
            dialog.secret.setText(PASSWORD)
            dialog.login_button.click()
            qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=20000)  # closed
            assert controller.config.auth_method == "basic"

            # the acknowledgement that opened the login goes once logged in (review 57 S8), not clicked again
            qtbot.waitUntil(lambda: bool(httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=5).json()), timeout=10000)
            assert len(warned) == 1, warned
        finally:
            controller.connection.close_all()
            shut_down(controller)
    silences = httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=10).json()
    assert [silence["createdBy"] for silence in silences] == ["alice"]


def test_with_the_keyring_unusable_the_alerts_are_still_read_where_reads_need_no_login(alertmanager):
    """Review 49 N2: behind a proxy that lets reads through, the settings naming a login that the
    keyring could not give (locked, its prompt cancelled), ``status`` and the tray showed no alert
    at all. The alerts are read without credentials there; only a write asks for them."""
    from keyring.backends import fail

    from oncall_tray.alertmanager.client import AlertQuery
    from oncall_tray.config import Config
    from oncall_tray.connect import connect
    from oncall_tray.secrets import SecretStore

    alertmanager.post_alerts([make_alert("ReadableByAll", "critical")])
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD), writes_only=True) as proxy:
        config = Config(alertmanager_url=proxy.url, auth_method="basic", auth_username="alice", request_timeout=5)
        with connect(config, SecretStore(fail.Keyring())) as cluster:
            assert [a.alertname for a in cluster.poll(AlertQuery()).alerts] == ["ReadableByAll"]


def test_an_ack_during_an_outage_leaves_the_recorded_login_to_the_next(qtbot, alertmanager, keyring_desktop,
                                                                       tmp_path, monkeypatch):
    """Code review 67 AA1: ``oncall-tray --alertmanager URL``, URL a proxy that asks credentials
    only to write, alice's login recorded for it in the keyring. The first acknowledgement of the
    run is sent while the proxy is down: the action thread, asking whether a login is needed, got
    no answer. Once the proxy is back, the next acknowledgement goes with the recorded login, no
    login dialog. Before, the outage decided "no login" for the action thread's whole run: each
    write got 401 and the login dialog asked for a password the tray already holds."""
    from keyring.backends import SecretService

    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.secrets import SecretStore
    from test_keyring_asked_login import _tray, _warning

    from oncall_tray.demo import free_port

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    alertmanager.post_alerts([make_alert("WritesOnly", "warning")])
    (tmp_path / "config.yaml").write_text(f"alertmanager_url: http://127.0.0.1:{free_port()}\nengineer: alice\n")
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD), writes_only=True) as proxy:
        store = SecretStore(SecretService.Keyring())
        store.store_credentials(proxy.url, Credentials("basic", "alice", PASSWORD))
        store.record_login(proxy.url, "basic", "alice")
        with _tray(tmp_path, monkeypatch, proxy.url) as controller:
            warned = []
            controller.alert_actions._warn = lambda title, text, *icon: warned.append((title, text))
            qtbot.waitUntil(lambda: _warning(controller), timeout=20000)
            fingerprint = next(iter(controller.snapshot.alerts))

            proxy.halt()  # nothing listens: the first write of the run finds it down
            controller.alert_actions.acknowledge(fingerprint)
            qtbot.waitUntil(lambda: bool(warned), timeout=20000)
            assert warned[0][0] == "Not acknowledged: WritesOnly" and "Connection refused" in warned[0][1], warned

            proxy.start()
            qtbot.waitUntil(lambda: fingerprint not in controller.alert_actions.in_flight.marks(), timeout=20000)
            controller.alert_actions.acknowledge(fingerprint)
            qtbot.waitUntil(lambda: bool(httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=5).json()) or
                            len(warned) > 1, timeout=20000)
            assert controller.connection.dialogs.get("login") is None, warned
            assert len(warned) == 1, warned
        writes = [line for line in proxy.log().splitlines() if "POST /api/v2/silences" in line]
    silences = httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=10).json()
    assert [silence["createdBy"] for silence in silences] == ["alice"]
    assert any(" alice [" in line and '" 200 ' in line for line in writes), writes  # made with the recorded login


def _worker(url: str):
    """An action worker for the ``--alertmanager`` address ``url`` (``ASKED_LOGIN``) whose login,
    alice's, is recorded (in this run's memory: no keyring here), with the results it emits."""
    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.config import Config
    from oncall_tray.connect import ASKED_LOGIN
    from oncall_tray.secrets import SecretStore
    from oncall_tray.ui.actions import ActionWorker

    urls = url.split(",")  # the first one's login is the cluster's
    store = SecretStore(None, "no keyring in this test")
    store.keep_for_session(urls[0], Credentials("basic", "alice", PASSWORD))
    store.record_login(urls[0], "basic", "alice", persist=False)
    worker = ActionWorker(Config(alertmanager_url=urls[0], alertmanager_peers=tuple(urls[1:]), auth_method=ASKED_LOGIN,
                                 request_timeout=5), store)
    results = []
    worker.finished.connect(results.append)
    return worker, results


def _draft():
    import datetime as dt

    from oncall_tray.alertmanager.models import Matcher, PostableSilence

    now = dt.datetime.now(dt.timezone.utc)
    return PostableSilence((Matcher("alertname", "WritesOnly"),), now, now + dt.timedelta(hours=1), "alice", "ack")


def _posts(proxy: NginxProxy) -> list[str]:
    """The writes of silences ``proxy`` logged, each as "USER STATUS" ("-" for no user)."""
    import re

    access = re.compile(r'^\S+ - (\S+) \[[^]]*\] "POST /api/v2/silences [^"]*" (\d+) ')
    return [f"{found[1]} {found[2]}" for found in map(access.match, proxy.log().splitlines()) if found]


def test_a_502_to_the_status_leaves_the_recorded_login_to_the_writes(qtbot, alertmanager):
    """AA1 where the address answers 502 when the first write comes (its proxy asks credentials for
    writes, and what is behind it is down: its status answers 502, so ``when_asked`` decided "no
    login"): the write's 401 (nothing done) is sent again, once, with the recorded login; that
    one's 502 is not sent again (it may have been done). Once what is behind answers, the next
    write goes with the login at once."""
    behind = NginxProxy(alertmanager.url)
    with NginxProxy(behind.url, basic=("alice", PASSWORD), writes_only=True) as guard:
        worker, results = _worker(guard.url)
        try:
            worker.create("ack:1", _draft())
            assert results[-1].error is not None and results[-1].error.status == 502, results[-1].error
            assert _posts(guard) == ["- 401", "alice 502"], guard.log()
            with behind:
                worker.create("ack:2", _draft())
                assert results[-1].ok, results[-1].error.describe()
            assert _posts(guard) == ["- 401", "alice 502", "alice 200"], guard.log()
        finally:
            worker.stop()
            behind.stop()
    assert [s["createdBy"] for s in httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=10).json()] == ["alice"]


def test_a_write_that_may_have_been_done_elsewhere_is_not_sent_again(qtbot, alertmanager):
    """AA1's rule: a write is sent again only when nothing of it can have been done. Two members,
    the first answering 502 to everything (what is behind it down: it may have been done there),
    the second asking credentials for writes: the 401 is the answer, nothing is sent again, and
    the first member saw the write once."""
    from oncall_tray.alertmanager.errors import CredentialsNeeded

    gone = NginxProxy(alertmanager.url)
    with NginxProxy(gone.url) as first, NginxProxy(alertmanager.url, basic=("alice", PASSWORD),
                                                   writes_only=True) as second:
        worker, results = _worker(f"{first.url},{second.url}")
        try:
            worker.create("ack:1", _draft())
        finally:
            worker.stop()
            gone.stop()
        assert isinstance(results[-1].error, CredentialsNeeded), results[-1].error
        assert _posts(first) == ["- 502"] and _posts(second) == ["- 401"], (first.log(), second.log())
    assert httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=10).json() == []


def test_an_expiry_answered_500_is_not_sent_again_whatever_its_look_up_says(qtbot, alertmanager):
    """Code review 68 AB5: AA1's rule, "never sent twice after a 5xx". An expiry's DELETE answered
    500 (it may have been done) is followed by a look-up of the silence (Alertmanager 0.25 answers
    a missing one with 500), which a proxy asking credentials for reads refuses (401): that
    refusal is the look-up's, not the write's, and the DELETE is not sent again with the
    recorded login (before: it was, the look-up's 401 taken for the write's). A fake server:
    a real proxy refusing reads of a silence but not the status nor writes is a failure mode."""
    import uuid

    from fakeserver import FakeServer

    status = httpx.get(f"{alertmanager.url}/api/v2/status", timeout=10).content
    silence_id = str(uuid.uuid4())
    with FakeServer(401, routes={"/api/v2/status": status}, post_status=422, delete_status=500) as guard:
        worker, results = _worker(guard.url)
        try:
            worker.expire("expire:1", silence_id)
        finally:
            worker.stop()
        assert results and results[-1].error is not None, results
        assert guard.writes == [f"DELETE /api/v2/silence/{silence_id}"], guard.writes
