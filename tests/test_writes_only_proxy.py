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
