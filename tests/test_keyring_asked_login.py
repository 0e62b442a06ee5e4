"""The login recorded for an ``--alertmanager`` address is read from the keyring only when there
is a reason (code review 66 U2, keeping review 65 R4): the settings name a login, or Alertmanager
answered 401/403 without credentials. No behaviour of a locked Secret Service decides it: KeePassXC
answers a search of a locked database with an empty list (simulated here over a real, locked
gnome-keyring), and its recorded login was never used, nor its unlock prompt raised. A real
Alertmanager, a real nginx with basic auth, gcr-prompter's real unlock prompt."""

from __future__ import annotations

import contextlib
import gc

import pytest
from conftest import make_alert, shut_down, wait_until
from keyring_prompter import Prompter, Prompts
from nginx_proxy import NginxProxy
from test_keyring import lock_default_collection
from test_keyring_one_prompt import PASSWORD, WAITING, Running, locked  # noqa: F401 (a fixture)

from oncall_tray.demo import free_port

pytestmark = [pytest.mark.desktop,
              pytest.mark.filterwarnings("ignore::ResourceWarning")]  # keyring leaks its D-Bus connection when locked

#: A ``sitecustomize`` making the Secret Service answer a search of a locked collection with
#: nothing, as KeePassXC does (src/fdosecrets/objects/Collection.cpp: "there's no database at all
#: when locked").
KEEPASSXC_LIKE = '''
import secretstorage.collection as _collection

_search = _collection.Collection.search_items

def _locked_finds_nothing(self, attributes):
    if self.is_locked():
        return iter(())
    return _search(self, attributes)

_collection.Collection.search_items = _locked_finds_nothing
'''


def _service_env(desktop, tmp_path, service: str) -> dict:
    """``desktop``'s environment, where the Secret Service searches a locked collection as
    ``service`` does ("gnome-keyring", or "keepassxc": nothing found)."""
    if service == "gnome-keyring":
        return desktop.env
    folder = tmp_path / "keepassxc-like"
    folder.mkdir(exist_ok=True)
    (folder / "sitecustomize.py").write_text(KEEPASSXC_LIKE)
    return {**desktop.env, "PYTHONPATH": f"{folder}"}


@pytest.mark.parametrize("service", ["gnome-keyring", "keepassxc"])
def test_a_recorded_login_is_used_after_a_401_with_one_unlock_prompt(locked, keyring_desktop, tmp_path,  # noqa: F811
                                                                    service):
    """U2: with the keyring locked, ``--alertmanager URL status`` for an address whose login was
    recorded: Alertmanager answers 401 without credentials, the unlock prompt comes once, and once
    it is unlocked the recorded login is used. With KeePassXC, no prompt came and the run said
    "credentials needed"."""
    status, code, out, prompted = _unlocked(keyring_desktop, tmp_path, service, "--alertmanager", locked.url,
                                            "status")
    assert code == 0 and "LockedKeyring" in out, status.stderr
    assert status.stderr.count(WAITING) == 1 and prompted == 1, status.stderr


def _unlocked(desktop, tmp_path, service: str, *args: str) -> tuple[Running, int, str, int]:
    """``oncall-tray ARGS`` run where the Secret Service searches as ``service`` does
    (``_service_env``), its unlock prompt answered with the keyring's password: the run, its exit
    code, its stdout and the number of prompts raised. Fails when no prompt comes."""
    with Prompter(desktop) as prompter, Prompts(desktop) as prompts:
        running = Running(tmp_path, _service_env(desktop, tmp_path, service), *args)
        try:
            wait_until(lambda: prompter.shown() or running.process.poll() is not None, 30, "the unlock prompt")
            assert prompter.shown(), running.stderr
            prompter.unlock(desktop.keyring_password)
            code, out = running.finish()
        finally:
            running.stop()
        return running, code, out, prompts.count


@pytest.fixture
def recorded_elsewhere(alertmanager, keyring_desktop, tmp_path, monkeypatch):
    """A function recording alice's login for a URL (as ``login`` records it), then locking the
    keyring; the settings name another Alertmanager and no login."""
    from keyring.backends import SecretService

    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.secrets import SecretStore

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    alertmanager.post_alerts([make_alert("OpenOne", "warning")])
    (tmp_path / "config.yaml").write_text(f"alertmanager_url: http://127.0.0.1:{free_port()}\n")

    def record(url: str) -> None:
        store = SecretStore(SecretService.Keyring())
        store.store_credentials(url, Credentials("basic", "alice", PASSWORD))
        store.record_login(url, "basic", "alice")
        lock_default_collection(keyring_desktop)

    yield record
    gc.collect()


@pytest.mark.parametrize("service", ["gnome-keyring", "keepassxc"])
@pytest.mark.parametrize("where", ["open", "nothing listens"])
def test_no_prompt_where_alertmanager_asks_no_credentials(recorded_elsewhere, alertmanager, keyring_desktop,
                                                          tmp_path, where, service):
    """Review 65 R4, whatever the Secret Service: an Alertmanager that answers without credentials,
    or where nothing listens, is not a reason to read the locked keyring, even where a login was
    recorded for its address (gnome-keyring's locked search finds it: the prompt came)."""
    url = alertmanager.url if where == "open" else f"http://127.0.0.1:{free_port()}"
    recorded_elsewhere(url)
    env = _service_env(keyring_desktop, tmp_path, service)
    with Prompter(keyring_desktop) as prompter, Prompts(keyring_desktop) as prompts:
        status = Running(tmp_path, env, "--alertmanager", url, "status")
        try:
            wait_until(lambda: prompter.shown() or status.process.poll() is not None, 60, "the command's end")
            prompted = prompter.shown()
            if prompted:
                prompter.cancel()
            code, out = status.finish()
        finally:
            status.stop()
        assert not prompted and WAITING not in status.stderr and prompts.settled() == 0, status.stderr
    if where == "open":
        assert code == 0 and "OpenOne" in out, status.stderr
    else:
        assert code == 2 and "unreachable" in status.stderr and "keyring" not in status.stderr, status.stderr


@pytest.mark.parametrize("service", ["gnome-keyring", "keepassxc"])
def test_the_tray_uses_the_recorded_login_after_a_401(qtbot, locked, alertmanager, keyring_desktop,  # noqa: F811
                                                      tmp_path, monkeypatch, service):
    """U2 in the tray: ``oncall-tray --alertmanager URL`` with the keyring locked and a login
    recorded for URL: Alertmanager's 401 raises the unlock prompt once, and once unlocked the
    alerts are read with the recorded login. With KeePassXC, the tray said "credentials needed" for
    the whole run, no prompt, unlocking changed nothing."""
    import secretstorage.collection

    if service == "keepassxc":
        search = secretstorage.collection.Collection.search_items
        monkeypatch.setattr(secretstorage.collection.Collection, "search_items",
                            lambda self, attributes: iter(()) if self.is_locked() else search(self, attributes))
    with Prompter(keyring_desktop) as prompter, Prompts(keyring_desktop) as prompts, \
            _tray(tmp_path, monkeypatch, locked.url) as controller:
        qtbot.waitUntil(lambda: prompter.shown() or (controller.view is not None and
                                                     controller.view.credentials_needed), timeout=20000)
        assert prompter.shown(), controller.view and controller.view.credentials_needed
        prompter.unlock(keyring_desktop.keyring_password)
        qtbot.waitUntil(lambda: _warning(controller), timeout=20000)
        assert prompts.count == 1


@contextlib.contextmanager
def _tray(tmp_path, monkeypatch, url: str):
    """The tray (in this process) started as ``oncall-tray --alertmanager URL`` on the test's
    settings file (polled each second, notices not shown); shut down at the end."""
    from oncall_tray.cli import build_parser, settings
    from oncall_tray.ui.app import TrayController

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "config.yaml"
    path.write_text(path.read_text() + "poll_interval: 1\nrequest_timeout: 3\nnotifications: false\nlanguage: en\n")
    controller = TrayController(settings(build_parser().parse_args(["--config", str(path), "--alertmanager", url])))
    controller.notifier.show = lambda notices: None
    try:
        controller.start()
        yield controller
    finally:
        shut_down(controller)
        gc.collect()


def _warning(controller) -> bool:
    """Whether the tray shows the test's warning alert (read from Alertmanager)."""
    from oncall_tray.core.overview import Light

    return controller.view is not None and controller.view.light is Light.WARNING


@pytest.mark.parametrize("service", ["gnome-keyring", "keepassxc"])
def test_ack_behind_a_proxy_asking_writes_only_uses_the_recorded_login(alertmanager, keyring_desktop, tmp_path,
                                                                      monkeypatch, service):
    """U2 for a write: behind a proxy that lets anyone read and asks credentials only to change
    things, ``--alertmanager URL ack`` with the keyring locked: the write's 401 without
    credentials is the reason to read the recorded login (one unlock prompt), and the
    acknowledgement is made with it."""
    import httpx

    from test_login_cli import cli

    alertmanager.post_alerts([make_alert("WritesOnly", "warning")])
    (alert,) = wait_until(lambda: httpx.get(alertmanager.url + "/api/v2/alerts", timeout=10).json(), 10, "the alert")
    (tmp_path / "config.yaml").write_text(f"alertmanager_url: http://127.0.0.1:{free_port()}\n")
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD), writes_only=True) as proxy:
        login = cli(tmp_path, keyring_desktop.env, "--alertmanager", proxy.url, "login", "--username", "alice",
                    "--password-stdin", stdin=PASSWORD)
        assert login.returncode == 0, login.stderr
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
        lock_default_collection(keyring_desktop)
        ack, code, _out, prompted = _unlocked(keyring_desktop, tmp_path, service, "--alertmanager", proxy.url, "ack",
                                              alert["fingerprint"])
        assert code == 0 and prompted == 1, ack.stderr
    assert any(s["status"]["state"] == "active" for s in httpx.get(alertmanager.url + "/api/v2/silences",
                                                                  timeout=10).json())
    gc.collect()


def test_the_tray_reads_an_open_alertmanager_without_a_prompt(qtbot, recorded_elsewhere, alertmanager,
                                                              keyring_desktop, tmp_path, monkeypatch):
    """Review 65 R4 in the tray: ``oncall-tray --alertmanager URL`` on an Alertmanager that asks no
    credentials, the keyring locked, a login recorded for URL all the same: its alerts are read and
    no unlock prompt comes (before, the start-up read of the recorded login raised it)."""
    recorded_elsewhere(alertmanager.url)
    with Prompter(keyring_desktop) as prompter, Prompts(keyring_desktop) as prompts, \
            _tray(tmp_path, monkeypatch, alertmanager.url) as controller:
        qtbot.waitUntil(lambda: _warning(controller), timeout=20000)
        assert not prompter.shown() and prompts.settled() == 0
