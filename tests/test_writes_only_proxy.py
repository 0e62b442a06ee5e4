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



@pytest.mark.parametrize("outage", ["down", "502"])
def test_an_ack_during_an_outage_keeps_the_recorded_login_for_the_next(qtbot, alertmanager, outage):
    """Code review 67 AA1: an ``--alertmanager`` address whose login is recorded (``ASKED_LOGIN``),
    behind a proxy that asks credentials for writes. The action worker's first write goes while
    the proxy is down (nothing listens) or answers 502 (what is behind it is down): the probe
    could not tell whether credentials are needed, so the write after the outage asks again and
    goes with the recorded login. Before, that probe decided "none" for the run: every later write
    went without credentials, 401, and the login dialog asked a password the tray holds."""
    import datetime as dt

    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.alertmanager.models import Matcher, PostableSilence
    from oncall_tray.config import Config
    from oncall_tray.connect import ASKED_LOGIN
    from oncall_tray.secrets import SecretStore
    from oncall_tray.ui.actions import ActionWorker

    behind = NginxProxy(alertmanager.url)  # a hop with no login, started at once unless it is the one down
    proxy = NginxProxy(behind.url, basic=("alice", PASSWORD), writes_only=True)
    store = SecretStore(None, "no keyring in this test")
    store.keep_for_session(proxy.url, Credentials("basic", "alice", PASSWORD))
    store.record_login(proxy.url, "basic", "alice", persist=False)
    worker = ActionWorker(Config(alertmanager_url=proxy.url, auth_method=ASKED_LOGIN, request_timeout=5), store)
    results = []
    worker.finished.connect(results.append)
    now = dt.datetime.now(dt.timezone.utc)
    draft = PostableSilence((Matcher("alertname", "WritesOnly"),), now, now + dt.timedelta(hours=1), "alice", "ack")
    down, up = (proxy, behind) if outage == "down" else (behind, proxy)
    try:
        up.start()
        worker.create("ack:1", draft)
        assert results[-1].error is not None and results[-1].error.status in (None, 502), results[-1].error
        down.start()
        worker.create("ack:2", draft)
        assert results[-1].ok, results[-1].error.describe()
    finally:
        worker.stop()
        proxy.stop()
        behind.stop()
    silences = httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=10).json()
    assert [silence["createdBy"] for silence in silences] == ["alice"]


def test_a_proxy_answering_502_leaves_the_login_to_be_asked(alertmanager):
    """AA1: a proxy whose Alertmanager is down answers 502 to the status and to the probe write:
    that says nothing of credentials, so the address stays ``ASKED_LOGIN`` (asked again at the
    next opening); once it answers, its answer decides. Before, the 502 decided "none"."""
    from oncall_tray.config import Config
    from oncall_tray.connect import ASKED_LOGIN, when_asked

    behind = NginxProxy(alertmanager.url)
    with NginxProxy(behind.url) as proxy:
        config = Config(alertmanager_url=proxy.url, auth_method=ASKED_LOGIN, request_timeout=5)
        assert when_asked(config).auth_method == ASKED_LOGIN
        with behind:
            assert when_asked(config).auth_method == "none"
