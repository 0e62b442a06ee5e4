"""Credentials in a real Secret Service (gnome-keyring-daemon in the test's own D-Bus session,
unlocked with a test password), the locked case, and the ``fail`` backend for the path without a
keyring (issue 6)."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from oncall_tray.alertmanager.connection import Credentials
from oncall_tray.secrets import KeyringLocked, SecretStore, choose_backend

pytestmark = pytest.mark.desktop
URL = "https://am.example:9093"
PASSWORD = "s3cr3t-ä-pässwörd"


@pytest.fixture
def secret_service(keyring_desktop, monkeypatch):
    """The Secret Service backend of ``keyring`` on the test's session bus."""
    from keyring.backends import SecretService

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    return SecretService.Keyring()


def secret_tool(desktop, *args: str) -> subprocess.CompletedProcess:
    """libsecret's own command line, to see the keyring from outside the code under test."""
    return subprocess.run(["secret-tool", *args], env=desktop.env, capture_output=True, text=True, timeout=20)


def lock_default_collection(desktop) -> None:
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        collection.lock()
        assert collection.is_locked()
    finally:
        connection.close()


def test_store_read_and_delete_in_the_secret_service(keyring_desktop, secret_service):
    store = SecretStore(secret_service)
    assert store.persistent and store.backend_name == "keyring.backends.SecretService.Keyring"
    stored = store.store_credentials(URL + "/", Credentials("basic", "alice", PASSWORD))
    assert stored.persistent
    # Really in the Secret Service, where any libsecret client finds it.
    found = secret_tool(keyring_desktop, "lookup", "service", f"oncall-tray {URL}", "username", "alice")
    assert found.stdout == PASSWORD
    # A new store (a new run) reads it back.
    again = SecretStore(secret_service)
    assert again.credentials(URL, "basic", "alice") == Credentials("basic", "alice", PASSWORD)
    assert again.credentials(URL, "basic", "bob") is None
    assert again.credentials(URL, "none") is None
    again.store_credentials(URL, Credentials("bearer", secret="token-1"))
    assert again.credentials(URL, "bearer").secret == "token-1"
    assert again.forget_credentials(URL, "alice") == ["bearer-token", "alice"]
    assert secret_tool(keyring_desktop, "lookup", "service", f"oncall-tray {URL}", "username", "alice").stdout == ""
    assert again.credentials(URL, "basic", "alice") is None
    assert again.forget_credentials(URL, "alice") == []
    # review 16: logout with settings that name no user removes the recorded login's password too
    again.store_credentials(URL, Credentials("basic", "alice", PASSWORD))
    again.record_login(URL, "basic", "alice")
    assert again.forget_credentials(URL) == ["alice"]
    assert secret_tool(keyring_desktop, "lookup", "service", f"oncall-tray {URL}", "username", "alice").stdout == ""
    assert again.recorded_login(URL) is None
    # review 19: logout --username bob removed alice's password and login
    again.store_credentials(URL, Credentials("basic", "alice", PASSWORD))
    again.record_login(URL, "basic", "alice")
    assert again.forget_credentials(URL, "bob", only=True) == []
    assert again.credentials(URL, "basic", "alice") == Credentials("basic", "alice", PASSWORD)
    assert again.recorded_login(URL) == ("basic", "alice")
    assert again.forget_credentials(URL, "alice", only=True) == ["alice"]
    assert again.credentials(URL, "basic", "alice") is None and again.recorded_login(URL) is None


# keyring's Secret Service backend leaves its D-Bus connection open when the collection is
# locked; collected inside the test, under this filter.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_locked_keyring_is_reported_plainly(keyring_desktop, secret_service):
    store = SecretStore(secret_service)
    store.store_credentials(URL, Credentials("basic", "alice", PASSWORD))
    lock_default_collection(keyring_desktop)
    fresh = SecretStore(secret_service)
    with pytest.raises(KeyringLocked, match="is locked: unlock it"):
        fresh.credentials(URL, "basic", "alice")
    with pytest.raises(KeyringLocked):
        fresh.store_credentials(URL, Credentials("basic", "alice", "new"))
    gc.collect()


def test_the_session_picks_the_secret_service(keyring_desktop, tmp_path):
    code = ("from oncall_tray.secrets import SecretStore\n"
            "s = SecretStore()\nprint(s.persistent, s.backend_name)\n")
    env = {k: v for k, v in keyring_desktop.env.items() if k != "PYTHON_KEYRING_BACKEND"}
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["True", "keyring.backends.SecretService.Keyring"], result.stderr


def test_fail_backend_keeps_the_secret_for_this_run_only(monkeypatch, tmp_path):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    backend, reason = choose_backend()
    assert backend is None and "keyring.backends.fail.Keyring is not a system keyring" in str(reason)
    store = SecretStore()
    assert not store.persistent and store.unavailable_reason == reason
    stored = store.store_credentials(URL, Credentials("bearer", secret="tok"))
    assert not stored.persistent and stored.reason == reason
    assert store.credentials(URL, "bearer").secret == "tok"
    assert SecretStore().credentials(URL, "bearer") is None  # the next run has nothing
    assert not any(tmp_path.rglob("*"))


def test_a_backend_whose_priority_probe_fails_is_passed_over(monkeypatch, tmp_path):
    # keyring works a backend's priority out by probing; a Secret Service gone since keyring
    # listed it raised RuntimeError out of choose_backend (seen inside a test process)
    from keyring import backend as kr_backend

    def fake(module: str, name: str, priority):
        def probe(self):
            if isinstance(priority, Exception):
                raise priority
            return priority
        return type(name, (), {"__module__": module, "__qualname__": name, "priority": property(probe)})()

    gone = fake("keyring.backends.SecretService", "Keyring", RuntimeError("the bus went away"))
    kwallet = fake("keyring.backends.kwallet", "DBusKeyring", 4.9)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setattr(kr_backend, "get_all_keyring", lambda: [gone, kwallet])
    assert choose_backend() == (kwallet, "")
    monkeypatch.setattr(kr_backend, "get_all_keyring", lambda: [gone])
    backend, reason = choose_backend()
    assert backend is None and "no system keyring was found" in str(reason)


def test_an_unlock_prompt_nobody_answers_is_waited_for_a_bounded_time(monkeypatch):
    """Review 23: with a locked keyring whose unlock prompt could not be shown, ``status`` waited
    over 10 minutes. A command's store waits its ``unlock_wait_s``, then takes the keyring as
    locked. (The prompt that never returns is a stand-in backend: a failure mode, as the fake
    HTTP server is for Alertmanager.)"""
    import threading
    import time

    import oncall_tray.secrets as secrets

    release = threading.Event()

    class PromptNobodyAnswers:
        priority = 1

        def get_password(self, service, user):
            release.wait(30)
            return None

    monkeypatch.setattr(secrets, "prompt_kind", lambda backend: secrets.UNLOCK)
    said = []
    store = SecretStore(PromptNobodyAnswers(), on_locked=lambda: said.append("waiting"), unlock_wait_s=0.3)
    started = time.monotonic()
    with pytest.raises(KeyringLocked) as locked:
        store.get("http://am:9093", "basic:alice")
    assert said == ["waiting"] and time.monotonic() - started < 5
    assert "was not unlocked within 0 s: no answer to its unlock prompt" in locked.value.text()
    asked = []
    PromptNobodyAnswers.get_password = lambda self, service, user: asked.append(user) or release.wait(30)
    with pytest.raises(KeyringLocked):  # review 32: the first prompt still open, no second one stacked on it
        store.get("http://am:9093", "basic:alice")
    assert asked == [] and said == ["waiting"]
    release.set()


def test_a_keyring_without_a_default_collection_is_read_as_empty_without_creating_one(keyring_desktop,
                                                                                      secret_service):
    """Review 28: ``oncall-tray --alertmanager URL status`` (no login ever made) read the keyring
    for a login recorded for that address; with no default collection, keyring's read creates
    one, and gnome-keyring's "Choose password for new keyring" prompt kept the command waiting
    for over 10 minutes. A read finds nothing there (nothing can be stored where there is no
    collection) and asks nothing; a write still creates it (the engineer's login)."""
    import secretstorage
    from secretstorage.exceptions import ItemNotFoundException

    from oncall_tray.keyring_prompt import CREATE, prompt_kind

    connection = secretstorage.dbus_init()
    try:
        secretstorage.Collection(connection).delete()
        assert prompt_kind(secret_service) == CREATE
        said = []
        store = SecretStore(secret_service, on_locked=lambda: said.append("waiting"), unlock_wait_s=5)
        assert store.recorded_login(URL) is None and store.credentials(URL, "basic", "alice") is None
        assert store.delete(URL, "alice") is False and said == []
        with pytest.raises(ItemNotFoundException):  # nothing was created (no prompt raised)
            secretstorage.Collection(connection)
    finally:
        connection.close()


def test_reads_at_once_share_one_unlock_prompt_and_its_answer(monkeypatch):
    """Review 33: with the start window open, two of the tray's threads read the locked keyring
    at once; the second said "not unlocked within 60 s" at once (40 ms) and opened the login
    dialog beside the prompt; a dismissed prompt came back within a second; "Waiting for the
    keyring" was said twice. One prompt: the others wait for its answer and share it."""
    import threading

    from keyring.errors import KeyringLocked as Locked

    import oncall_tray.secrets as secrets

    answer, asked = threading.Event(), []
    outcome = {"dismissed": False}

    class OnePrompt:
        priority = 1

        def get_password(self, service, user):
            asked.append(user)
            if len(asked) == 1:  # the prompt, until it is answered
                answer.wait(30)
                if outcome["dismissed"]:
                    raise Locked("dismissed")
            return f"secret of {user}"

    monkeypatch.setattr(secrets, "prompt_kind", lambda backend: secrets.UNLOCK)

    def read_together(store):
        results = {}

        def read(user):
            try:
                results[user] = store.get("http://am:9093", user)
            except KeyringLocked as exc:
                results[user] = exc
        threads = [threading.Thread(target=read, args=(user,)) for user in ("first", "second")]
        threads[0].start()
        while not asked:  # the first one's prompt is open
            threading.Event().wait(0.01)
        threads[1].start()
        return threads, results

    said = []
    store = SecretStore(OnePrompt(), on_locked=lambda: said.append("waiting"), unlock_wait_s=20)
    threads, results = read_together(store)
    threading.Event().wait(0.3)
    assert results == {} and asked == ["first"]  # the second waits for the prompt's answer
    answer.set()  # unlocked
    for thread in threads:
        thread.join(10)
    assert results == {"first": "secret of first", "second": "secret of second"} and said == ["waiting"]

    asked.clear()
    answer.clear()
    outcome["dismissed"] = True
    store = SecretStore(OnePrompt(), unlock_wait_s=20)
    threads, results = read_together(store)
    answer.set()  # dismissed: both refused, no second prompt
    for thread in threads:
        thread.join(10)
    assert asked == ["first"] and all(isinstance(r, KeyringLocked) for r in results.values()), results
    with pytest.raises(KeyringLocked):  # a read soon after: the same refusal, no prompt
        store.get("http://am:9093", "third")
    assert asked == ["first"]
    store.prompts.ask_again()  # the engineer's "Refresh now": the prompt again
    assert store.get("http://am:9093", "fourth") == "secret of fourth" and asked == ["first", "fourth"]
