"""Code review 82A AY7: a ``once`` store (a command's, the tray's start-up read) keeps the
keyring's refusal until ``ask_again``; it kept keyring's exception itself, whose ``__context__``
(the create prompt dismissed: ``raise ... from None`` inside the ``except`` only hides it) held
keyring's traceback, its frames and the D-Bus connection in them, alive for as long as the
keyring stayed locked. Now only the refusal's type and words are kept.

A backend standing in for keyring's Secret Service one: its read fails as secretstorage's does
when the prompt creating a keyring is dismissed, a connection object in the failing frame."""

from __future__ import annotations

import gc
import weakref

import pytest

from oncall_tray.secret_outcomes import KeyringLocked
from oncall_tray.secrets import SecretStore


class _Connection:
    """Stands in for keyring's D-Bus connection (jeepney's), left open on this path."""


class PromptDismissedException(Exception):  # noqa: N818 - secretstorage's name, read by ``prompt_dismissed``
    pass


class _DismissingBackend:
    """A keyring whose every use raises the create prompt's dismissal, a connection in the frame."""

    priority = 1

    def __init__(self) -> None:
        self.connections: list[weakref.ref] = []

    def _dismissed(self):
        connection = _Connection()  # held by this frame, hence by the exception's traceback
        self.connections.append(weakref.ref(connection))
        try:
            raise PromptDismissedException("Prompt dismissed.")
        except PromptDismissedException as exc:
            raise RuntimeError("Failed to create the collection: prompt dismissed.") from exc

    def get_password(self, service, user):
        return self._dismissed()

    def set_password(self, service, user, secret):
        return self._dismissed()


@pytest.mark.parametrize("use", ["read", "write"])
def test_a_refusal_kept_until_asked_again_keeps_no_connection_of_the_keyring(use):
    backend = _DismissingBackend()
    store = SecretStore(backend, once=True)

    def attempt():
        if use == "read":
            store.get("http://127.0.0.1:9093", "alice")
        else:
            store.store("http://127.0.0.1:9093", "alice", "s3cret")

    with pytest.raises(KeyringLocked) as raised:
        attempt()
    assert raised.value.creating
    first = raised.value.reason
    del raised
    gc.collect()
    assert backend.connections and all(ref() is None for ref in backend.connections), \
        "the store keeps the keyring's connection alive"
    with pytest.raises(KeyringLocked) as again:  # kept: said at once, the keyring not asked again
        attempt()
    assert again.value.creating and again.value.reason == first
    assert len(backend.connections) == 1
    assert again.value.__context__ is None and again.value.__cause__ is None
