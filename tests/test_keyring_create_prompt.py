"""Fresh-user review 71 AP4: with no keyring set up yet, ``login --password-stdin`` waited for the
prompt that creates one without a word, then said "the prompt to create it was dismissed" of a
prompt never seen. A real gnome-keyring Secret Service without a default collection, its real
prompter (gcr-prompter) on the virtual desktop; a real Alertmanager behind a real nginx."""

from __future__ import annotations

import gc

import pytest
from conftest import wait_until
from keyring_prompter import Prompter, Prompts
from nginx_proxy import NginxProxy
from test_keyring_one_prompt import Running

from oncall_tray.secrets import KeyringLocked, SecretStore

pytestmark = [pytest.mark.desktop,
              pytest.mark.filterwarnings("ignore::ResourceWarning")]  # keyring leaks its D-Bus connection
PASSWORD = "create-prompt-Pa55"
CREATING = ("The keyring is not set up yet: waiting for the desktop's prompt to create it (answer it on your "
            "desktop; at most 120 s)…")


@pytest.fixture
def no_keyring(keyring_desktop, monkeypatch):
    """The test's Secret Service without a default collection: a write raises the prompt that
    creates one."""
    import secretstorage

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    connection = secretstorage.dbus_init()
    try:
        secretstorage.Collection(connection).delete()
    finally:
        connection.close()
    yield keyring_desktop
    gc.collect()


def test_login_from_a_pipe_says_it_waits_for_the_prompt_that_creates_the_keyring(alertmanager, no_keyring,
                                                                                  tmp_path):
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\n")
        with Prompter(no_keyring) as prompter, Prompts(no_keyring) as prompts:
            login = Running(tmp_path, no_keyring.env, "login", "--username", "alice", "--password-stdin",
                            stdin=PASSWORD)
            try:
                wait_until(prompter.shown, 30, "the prompt that creates the keyring")
                wait_until(lambda: CREATING in login.stderr, 20, "the waiting line, while the prompt is open")
                prompter.cancel()
                code, out = login.finish()
            finally:
                login.stop()
            assert code == 1, login.stderr
            assert login.stderr.count(CREATING) == 1, login.stderr
            assert "the prompt to create it got no answer" in login.stderr, login.stderr
            assert "dismissed" not in login.stderr and "nothing was stored" in login.stderr, login.stderr
            assert "stored in the system keyring" not in out and prompts.settled() == 1, login.stderr
    assert "auth_method" not in (tmp_path / "config.yaml").read_text()


def test_a_create_prompt_not_answered_in_time_says_it_got_no_answer(no_keyring):
    """The bound on the wait (``unlock_wait_s``) ran out on the prompt that creates a keyring: not
    said "not unlocked … its unlock prompt" (there was none), nor "dismissed"."""
    from keyring.backends import SecretService

    said = []
    store = SecretStore(SecretService.Keyring(), on_locked=lambda: said.append("unlock"),
                        on_create=lambda: said.append("create"), unlock_wait_s=3)
    with Prompter(no_keyring) as prompter:
        with pytest.raises(KeyringLocked) as refused:
            store.store("https://am.example:9093", "basic:alice", PASSWORD)
        assert prompter.shown()  # still open: nobody answered it
        text = refused.value.text()
        assert "is not set up yet, and the prompt to create it got no answer within 3 s" in text, text
        assert "unlock prompt" not in text and "not unlocked" not in text and "dismissed" not in text, text
        assert said == ["create"]
        from oncall_tray.i18n import translator
        assert "a janela que o cria ficou sem resposta em 3 s" in refused.value.text(translator("pt_BR"))
        prompter.cancel()
