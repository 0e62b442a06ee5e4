"""A write refused for credentials while the saved login is in a locked keyring (code review 67
AC6): behind a proxy that asks a login only of writes, with alice's login stored and named in the
settings, the keyring locked and its unlock prompt dismissed, the alerts are read without
credentials and an acknowledgement is refused (HTTP 401). The refusal said "credentials needed"
and offered an empty login dialog, as if nothing were stored (``ack``: "store them with:
oncall-tray login"); nothing said the login is in the locked keyring. Now the tray's message and
its login dialog say so and offer to unlock the keyring and try again (or to type the login for
this run), and ``ack`` says it too. Also: "HTTP 401 — 401 Authorization Required" (the status said
twice) and the dialog's header in lower case.

A real gnome-keyring Secret Service, locked for real, with its real prompter (cancelled with
Escape, then answered with the keyring's password); a real Alertmanager behind a real nginx that
asks basic auth for writes only."""

from __future__ import annotations

import contextlib
import gc

import httpx
import pytest
from conftest import make_alert, shut_down, silence, wait_until
from keyring_prompter import Prompter
from nginx_proxy import NginxProxy
from test_keyring import lock_default_collection
from test_keyring_one_prompt import Running

pytestmark = [pytest.mark.desktop,
              pytest.mark.filterwarnings("ignore::ResourceWarning")]  # keyring leaks its D-Bus connection when locked
PASSWORD = "locked-Writes-7431"
#: What is said of the refusal, by language (the settings' ``language``).
LOCKED_WORDS = {"en": "The saved credentials are in a locked keyring",
                "pt_BR": "As credenciais salvas estão em um chaveiro bloqueado"}


@pytest.fixture
def proxy(alertmanager, keyring_desktop, tmp_path, monkeypatch):
    """nginx asking alice's password for writes only, before a real Alertmanager with one
    critical alert; alice's login stored in the keyring for it and named in the settings
    (``auth_method: basic``); then the keyring locked."""
    from keyring.backends import SecretService

    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.secrets import SecretStore

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    alertmanager.post_alerts([make_alert("PodCrashLooping075", "critical")])
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD), writes_only=True) as guard:
        SecretStore(SecretService.Keyring()).store_credentials(guard.url, Credentials("basic", "alice", PASSWORD))
        lock_default_collection(keyring_desktop)
        yield guard
    gc.collect()


def _settings(tmp_path, url: str, language: str, peers: str = "") -> None:
    (tmp_path / "config.yaml").write_text(
        f"alertmanager_url: {url}\nauth_method: basic\nauth_username: alice\nengineer: alice\npoll_interval: 1\n"
        f"request_timeout: 5\nnotifications: false\nlanguage: {language}\n"
        + (f"alertmanager_peers: [{peers}]\n" if peers else ""))


@contextlib.contextmanager
def _locked_tray(qtbot, keyring_desktop, tmp_path, monkeypatch, alerts: int = 1):
    """The tray on ``tmp_path``'s settings, its first read of alice's password dismissed, once it
    shows ``alerts`` critical alerts (read without credentials): yields (the controller, the
    keyring's prompter, the messages it shows as (title, text)); shut down after."""
    import oncall_tray.ui.app as app
    from oncall_tray.config import load_config
    from oncall_tray.core.overview import Light
    from oncall_tray.ui.app import TrayController

    monkeypatch.setattr(app, "KEYRING_WAIT_S", 20)
    with Prompter(keyring_desktop) as prompter:
        controller = TrayController(load_config(tmp_path / "config.yaml"))
        controller.notifier.show = lambda notices: None
        warned = []
        controller.alert_actions._warn = lambda title, text, *icon: warned.append((title, text))
        try:
            controller.start()
            prompter.cancel()  # the first poll's read of alice's password: dismissed
            qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.CRITICAL
                            and len(controller.snapshot.alerts) == alerts, timeout=20000)
            yield controller, prompter, warned
        finally:
            controller.connection.close_all()
            shut_down(controller)


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_the_tray_says_the_login_is_in_the_locked_keyring_and_tries_again_once_unlocked(
        qtbot, proxy, alertmanager, keyring_desktop, tmp_path, monkeypatch, language):
    from conftest import _interface_in

    _settings(tmp_path, proxy.url, language)
    interface = _interface_in(language)
    next(interface)
    try:
        with _locked_tray(qtbot, keyring_desktop, tmp_path, monkeypatch) as (controller, prompter, warned):
            controller.alert_actions.acknowledge(next(iter(controller.snapshot.alerts)))
            qtbot.waitUntil(lambda: bool(warned), timeout=20000)
            text = warned[0][1]
            assert LOCKED_WORDS[language] in text, text
            assert "401 — 401" not in text and "HTTP 401 Authorization Required" in text, text
            dialog = controller.connection.dialogs.get("login")
            assert dialog is not None and dialog.isVisible()
            header = dialog.reason.text()
            assert LOCKED_WORDS[language] in header and header[:1].isupper() and "401 — 401" not in header, header
            assert dialog.retry_button is not None and dialog.retry_button.isVisible()
            assert not httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=5).json()

            prompter.fresh()  # the steps above may have outlasted gcr-prompter's 10 s alone
            dialog.retry_button.click()  # unlock the keyring and try again: the acknowledgement goes with alice's
            prompter.unlock(keyring_desktop.keyring_password)
            qtbot.waitUntil(lambda: bool(httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=5).json()),
                            timeout=30000)
            assert len(warned) == 1, warned
    finally:
        next(interface, None)
    silences = httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=10).json()
    assert [silence["createdBy"] for silence in silences] == ["alice"]
    assert any(" alice [" in line and '"POST /api/v2/silences' in line and '" 200 ' in line
               for line in proxy.log().splitlines()), proxy.log()


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_ack_says_the_login_is_in_the_locked_keyring(proxy, alertmanager, keyring_desktop, tmp_path, language):
    (alert,) = wait_until(lambda: httpx.get(alertmanager.url + "/api/v2/alerts", timeout=10).json(), 10, "the alert")
    _settings(tmp_path, proxy.url, language)
    with Prompter(keyring_desktop) as prompter:
        ack = Running(tmp_path, keyring_desktop.env, "ack", alert["fingerprint"][:6], "--author", "Tester")
        try:
            prompter.cancel()  # its read of alice's password: dismissed
            code, _out = ack.finish()
        finally:
            ack.stop()
    assert code == 2, ack.stderr
    assert LOCKED_WORDS[language] in ack.stderr, ack.stderr
    assert "oncall-tray login" not in ack.stderr and "401 — 401" not in ack.stderr, ack.stderr
    assert not httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=5).json()


@pytest.mark.parametrize("then", ["acknowledge", "extend"])
def test_unlock_and_try_again_sends_every_acknowledgement_refused_once(qtbot, proxy, alertmanager, keyring_desktop,
                                                                      tmp_path, monkeypatch, then):
    """Code review 69 AD2: an acknowledgement refused while the login is in the locked keyring (A),
    then another write refused so (B: an acknowledgement, or an extension of a silence), one login
    dialog; "Unlock the keyring and try again" sent B's acknowledgement alone, or nothing (the retry
    given last replaced A's, and the dialog's cancel dropped A's waiting for a login). Now each
    acknowledgement waiting is sent again, once: one silence per alert, made with alice's login
    (an extension is for the engineer to send again, as before)."""
    alertmanager.post_alerts([make_alert("DatabaseDown076", "critical")])
    kept = silence(alertmanager, {"alertname": "NightlyBackup"}, author="alice") if then == "extend" else None
    _settings(tmp_path, proxy.url, "en")
    with _locked_tray(qtbot, keyring_desktop, tmp_path, monkeypatch, alerts=2) as (controller, prompter, warned):
        first, second = sorted(controller.snapshot.alerts)
        acknowledged = [controller.snapshot.alerts[first].alertname] + ([] if kept else [
            controller.snapshot.alerts[second].alertname])
        controller.alert_actions.acknowledge(first)
        qtbot.waitUntil(lambda: len(warned) == 1, timeout=20000)
        if kept:
            qtbot.waitUntil(lambda: kept in controller.silences, timeout=20000)
            controller.alert_actions.extend_silence(kept)
        else:
            controller.alert_actions.acknowledge(second)
        qtbot.waitUntil(lambda: len(warned) == 2, timeout=20000)
        dialog = controller.connection.dialogs.get("login")
        assert dialog is not None and dialog.isVisible() and dialog.retry_button is not None

        prompter.fresh()  # the steps above may have outlasted gcr-prompter's 10 s alone
        dialog.retry_button.click()  # unlock the keyring and try again: the acknowledgements go with alice's
        prompter.unlock(keyring_desktop.keyring_password)
        qtbot.waitUntil(lambda: len(httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=5).json()) == 2,
                        timeout=30000)
        qtbot.waitUntil(lambda: not controller.alert_actions.in_flight.marks(), timeout=20000)
        assert len(warned) == 2, warned
    silences = httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=10).json()
    assert [silence["createdBy"] for silence in silences] == ["alice", "alice"], silences
    names = sorted(matcher["value"] for silence in silences for matcher in silence["matchers"]
                   if matcher["name"] == "alertname")
    assert names == sorted(acknowledged + (["NightlyBackup"] if kept else [])), silences


@pytest.mark.parametrize("change", ["expire", "extend"])
def test_a_change_refused_by_a_silence_holder_says_the_login_is_in_the_locked_keyring(
        qtbot, proxy, alertmanager, keyring_desktop, tmp_path, monkeypatch, change):
    """Code review 69 AD5: with Alertmanagers that are not one cluster, an expiry or extension of a
    silence goes to the members holding it; refused there for credentials while alice's login is
    in the locked keyring, it was said "credentials needed" in the message and an empty login
    dialog, with no unlock offered (the holders' own errors, not the ``LockedLogin``, were read).
    Now as a write to one member: said, and "Unlock the keyring and try again" offered."""
    from oncall_tray.demo import LocalAlertmanager

    other = LocalAlertmanager().start()
    try:
        with NginxProxy(other.url, basic=("alice", PASSWORD), writes_only=True) as guard:
            silence_id = silence(alertmanager, {"alertname": "NightlyBackup"}, author="alice")
            _settings(tmp_path, proxy.url, "en", peers=guard.url)
            with _locked_tray(qtbot, keyring_desktop, tmp_path, monkeypatch) as (controller, _p, warned):
                actions = controller.alert_actions
                qtbot.waitUntil(lambda: silence_id in controller.silences
                                and bool(actions._silence_holders.get(silence_id)), timeout=20000)
                assert actions._silence_holders[silence_id] == (proxy.url,)
                (actions.expire_silence if change == "expire" else actions.extend_silence)(silence_id)
                qtbot.waitUntil(lambda: bool(warned), timeout=20000)
                text = warned[0][1]
                assert LOCKED_WORDS["en"] in text and proxy.url in text, text
                dialog = controller.connection.dialogs.get("login")
                assert dialog is not None and dialog.isVisible()
                assert LOCKED_WORDS["en"] in dialog.reason.text(), dialog.reason.text()
                assert dialog.retry_button is not None and dialog.retry_button.isVisible()
    finally:
        other.stop()
    assert [s["status"]["state"] for s in httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=5).json()] \
        == ["active"]


def test_a_write_refused_while_the_recorded_login_is_in_the_locked_keyring_says_so(qtbot, alertmanager, keyring_desktop,
                                                                                     tmp_path, monkeypatch):
    """Code review 69, AD5's twin: ``oncall-tray --alertmanager URL`` (``ASKED_LOGIN``), alice's
    login recorded for URL in the keyring, which is locked; the action thread's clients opened
    without a login (what is behind the proxy answered 502 when asked whether a login is needed).
    The write's 401 was a plain "credentials needed", the recorded login unread for the locked
    keyring said nowhere (no unlock offered). Now it is a ``LockedLogin``; nothing is sent again."""
    import threading

    from keyring.backends import SecretService
    from test_writes_only_proxy import _draft, _posts

    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.config import Config
    from oncall_tray.connect import ASKED_LOGIN, LockedLogin
    from oncall_tray.secrets import SecretStore
    from oncall_tray.ui.actions import ActionWorker

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    behind = NginxProxy(alertmanager.url)  # not started: the guard answers 502 but to what it refuses
    with NginxProxy(behind.url, basic=("alice", PASSWORD), writes_only=True) as guard:
        store = SecretStore(SecretService.Keyring())
        store.store_credentials(guard.url, Credentials("basic", "alice", PASSWORD))
        store.record_login(guard.url, "basic", "alice")
        lock_default_collection(keyring_desktop)
        worker = ActionWorker(Config(alertmanager_url=guard.url, auth_method=ASKED_LOGIN, request_timeout=5),
                              SecretStore(SecretService.Keyring()))
        results = []
        worker.finished.connect(results.append)
        sending = threading.Thread(target=worker.create, args=("ack:1", _draft()))
        try:
            with Prompter(keyring_desktop) as prompter:
                sending.start()
                prompter.cancel()  # the read of alice's recorded login: dismissed
                sending.join(30)
        finally:
            worker.stop()
            behind.stop()
        assert not sending.is_alive()
        qtbot.waitUntil(lambda: bool(results), timeout=5000)  # emitted from the sending thread: queued
        assert isinstance(results[-1].error, LockedLogin), results[-1].error
        assert _posts(guard) == ["- 401"], guard.log()
    gc.collect()
