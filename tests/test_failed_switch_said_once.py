"""Review 76 BH2: ``alertmanager_url`` switched mid-shift to a proxy in front of the same
Alertmanager that first answered 401 ("needs credentials"), then the engineer logged in: "Still
firing: 3 — APIDown, HighCPUUsage, CertificateExpiringSoon" was said a second time. The same
switch without the 401 said nothing new. The rule (README; review 75 BD2): an alert is its
fingerprint, said once per shift whatever the URL it is read through. The poller of the new
settings went on from the alerts known; its first poll failed, and the next settings (the login
saves them) went on from what the tray showed, nothing since the URL changed: the alerts known
were lost. So for any first poll(s) that fail after the switch: 401, garbage, nothing listening.

Real Alertmanager; a small server in front of it for the failure modes (it passes every request
on once it is set to), pollers taking over as ``TrayController.apply_settings`` makes them."""

from __future__ import annotations

import base64
import datetime as dt
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import threading

import pytest
from conftest import make_alert, utcnow
from fakeserver import answered, relayed
from test_proxy_switch_said_once import started_poller

from oncall_tray.config import Config
from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal
from oncall_tray.core.tracker import EventKind
from oncall_tray.demo import free_port
from oncall_tray.secrets import SecretStore
from oncall_tray.ui.poller import Poller

MIN = dt.timedelta(minutes=1)
USER, PASSWORD = "alice", "s3cret"
_BASIC = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


class _Front:
    """A server on ``port`` in front of the Alertmanager at ``target``, as ``mode`` says:
    "credentials" answers 401 to a request without ``USER``'s ``PASSWORD`` (and passes the others
    on), "garbage" answers 200 with bytes that are no JSON, "pass" passes every request
    on; "down" (``stop``): nothing listens on the port."""

    def __init__(self, target: str, port: int) -> None:
        self.mode, self.target, self.port = "pass", target, port
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                if outer.mode == "garbage":
                    answered(self, 200, b"\x00\x17 not json <html>", {"Content-Type": "application/json"})
                elif outer.mode == "credentials" and self.headers.get("Authorization") != _BASIC:
                    answered(self, 401, b"Unauthorized", {"WWW-Authenticate": 'Basic realm="Alertmanager"'})
                else:
                    relayed(self, outer.target)

            def log_message(self, *args):
                pass

        ThreadingHTTPServer.allow_reuse_address = True
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


def _config(url: str, logged_in: bool, **more) -> Config:
    return Config(alertmanager_url=url, notifications=False, poll_interval=3600, engineer="ana",
                  auth_method="basic" if logged_in else "none", auth_username=USER if logged_in else "", **more)


def _announced(result) -> tuple[list[str], list[str]]:
    """The alerts announced as new (each FIRED, or all in a first poll's summary) and the monitor's notices."""
    fired = ["(a first poll's summary of them all)"] if result.update.initial else sorted(
        e.alert.alertname for e in result.update.events if e.kind is EventKind.FIRED)
    return fired, sorted(n.title for n in result.attention_notices)


@pytest.mark.parametrize("failure", ["credentials", "garbage", "down"])
def test_failing_first_polls_after_a_switch_lose_nothing_said(qtbot, alertmanager, tmp_path, failure):
    now = utcnow()
    alertmanager.post_alerts([make_alert("APIDown", "critical", starts_at=now - 20 * MIN),
                              make_alert("HighCPUUsage", "warning", starts_at=now - 3 * MIN),
                              make_alert("CertificateExpiringSoon", "info", starts_at=now - 3 * MIN)])
    journal = Journal.open(tmp_path / "journal.sqlite")
    shifts.start_shift(journal, "ana")
    store = SecretStore(None, "no keyring in this test")
    front = _Front(alertmanager.url, free_port())
    pollers: list[Poller] = []
    try:
        first, results = started_poller(qtbot, _config(alertmanager.url, False), journal, store=store)
        pollers.append(first)
        assert results[0].error is None and results[0].update.initial, results[0].error
        front.mode = failure
        if failure != "down":
            front.start()
        # the switch, then other settings of the same URL still failing (the login's username
        # saved before its password was right; a time zone changed meanwhile)
        follows = first
        for logged_in in (False, failure == "credentials"):
            if logged_in:
                store.store(front.url, USER, "wrong-" + PASSWORD)
            failing, results = started_poller(qtbot, _config(front.url, logged_in), journal, follows, store)
            pollers.append(failing)
            assert results[0].error is not None and results[0].update is None
            follows = failing
        store.store(front.url, USER, PASSWORD)
        if failure == "down":
            front.start()
        else:
            front.mode = "credentials" if failure == "credentials" else "pass"
        again, results = started_poller(qtbot, _config(front.url, True), journal, follows, store)
        pollers.append(again)
        assert results[0].error is None, results[0].error
        assert _announced(results[0]) == ([], []), results[0].attention_notices
        assert len(results[0].update.snapshot.alerts) == 3
        # something new is still said
        alertmanager.post_alerts([make_alert("HighMemoryUsage", "warning", starts_at=utcnow() - MIN)])
        again.refresh()
        qtbot.waitUntil(lambda: len(results) == 2, timeout=15000)
        assert _announced(results[1])[0] == ["HighMemoryUsage"]
    finally:
        for poller in pollers:
            poller.shutdown(3000)
        front.stop()
        journal.close()


def test_the_running_tray_says_nothing_again_after_a_switch_through_needs_credentials(qtbot, alertmanager, tmp_path,
                                                                                      monkeypatch):
    """The review's steps in a running tray: the URL switched to the proxy, "needs credentials",
    then the login (its password kept, the settings with the username applied)."""
    from conftest import shut_down

    from oncall_tray.config import LoadedConfig
    from oncall_tray.ui.app import TrayController
    from oncall_tray.ui.notifications import Notifier

    now = utcnow()
    alertmanager.post_alerts([make_alert("APIDown", "critical", starts_at=now - 3 * MIN),
                              make_alert("HighCPUUsage", "warning", starts_at=now - 3 * MIN),
                              make_alert("CertificateExpiringSoon", "info", starts_at=now - 3 * MIN)])
    shown: list = []
    monkeypatch.setattr(Notifier, "show", lambda self, notices: shown.extend(notices))
    config = _config(alertmanager.url, False, language="en")
    front = _Front(alertmanager.url, free_port())
    front.mode = "credentials"
    front.start()
    ctl = TrayController(LoadedConfig(config, tmp_path / "c.yaml", False, ()),
                         store=SecretStore(None, "no keyring in this test"))
    try:
        with qtbot.waitSignal(ctl.poller.polled, timeout=10000):
            ctl.start()
        before = len(shown)
        assert any(n.title.startswith("Alerts firing: 3") for n in shown), [n.title for n in shown]
        ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=front.url))
        with qtbot.waitSignal(ctl.poller.polled, timeout=15000) as polled:
            pass
        assert polled.args[0].error is not None  # needs credentials
        ctl.store.store(front.url, USER, PASSWORD)
        ctl.apply_settings(ctl.loaded.overridden(auth_method="basic", auth_username=USER))
        with qtbot.waitSignal(ctl.poller.polled, timeout=15000) as polled:
            pass
        assert polled.args[0].error is None and len(ctl.snapshot.alerts) == 3
        titles = [n.title for n in shown[before:]]
        assert not any(t.startswith(("Alerts firing", "Still firing", "[")) for t in titles), titles
    finally:
        shut_down(ctl)
        front.stop()
