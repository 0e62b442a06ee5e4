"""The tray's openers of its Alertmanager clients (no Qt; split out of ``connect`` for size):
``Opener`` notices a change of the credentials in the keyring, ``KeyringPause`` does not ask a
keyring that failed again for a while."""

from __future__ import annotations

from .alertmanager.cluster import ClusterClient
from .alertmanager.connection import Credentials
from .alertmanager.errors import AlertmanagerError, CredentialsNeeded
from .config import Config
from .connect import connect, credentials_for, keyring_failed, when_asked
from .secrets import SecretStore


class Opener:
    """Opens ``config``'s clients (``connect``, with the credentials in ``store``) and keeps the
    credentials they were opened with, so that a change of them in the keyring since (a login on
    the command line; review 54 M13) is told by ``changed``: only then are the clients opened
    again, which loses what they remember of the last answer (its decoded alerts)."""

    def __init__(self, config: Config, store: SecretStore | None = None, cooperative: bool = False) -> None:
        self._config, self._store, self._cooperative = config, store, cooperative
        self._used: Credentials | None = None
        self._current = config  # as last connected (``when_asked``)

    def __call__(self) -> ClusterClient:
        """The clients. Raises AlertmanagerError as ``connect`` does."""
        self._current = when_asked(self._config)
        clients = connect(self._current, self._store, self._cooperative)
        stored = self._stored()
        self._used = None if stored is _UNREADABLE else stored  # (opened without them, as connect does)
        return clients

    def changed(self) -> bool:
        """Whether the keyring holds other credentials now than those the clients were opened
        with, none included (a logout: review 55 P2, the tray went on sending the password
        removed); not when it cannot be read now (locked): the clients keep theirs."""
        stored = self._stored()
        return stored is not _UNREADABLE and stored != self._used

    def _stored(self) -> Credentials | None | object:
        try:
            return credentials_for(self._current, self._store)
        except AlertmanagerError:
            return _UNREADABLE


#: ``Opener._stored`` when the keyring cannot be read (locked, failing).
_UNREADABLE = object()


class KeyringPause:
    """Opens clients with ``open_clients`` (``connect``), but once the keyring could not give the
    credentials (locked: its unlock prompt dismissed) does not ask it again for ``pause`` seconds,
    raising the same error instead: each read raises the desktop's unlock prompt, and a poll every
    15 s stole the focus endlessly (review 19). ``ask_again`` (the engineer's "Refresh now", a
    login) asks at once.

    Args:
        open_clients: ``() -> ClusterClient``; raises ``AlertmanagerError``.
        pause: seconds between two reads of a keyring that failed.
        clock: monotonic seconds (tests pass their own).
    """

    def __init__(self, open_clients, pause: float = 300.0, clock=None) -> None:
        import time

        self._open = open_clients
        self._pause = pause
        self._clock = clock or time.monotonic
        self._failed: CredentialsNeeded | None = None
        self._until = 0.0

    def __call__(self) -> ClusterClient:
        """The clients, or the keyring's last error while paused.

        Raises:
            AlertmanagerError: as ``open_clients`` does; the paused ``CredentialsNeeded``.
        """
        if self._failed is not None and self._clock() < self._until:
            raise self._failed
        try:
            clients = self._open()
        except CredentialsNeeded as exc:
            if keyring_failed(exc):
                self._failed, self._until = exc, self._clock() + self._pause
            raise
        self._failed = None
        return clients

    def ask_again(self) -> None:
        """Read the keyring at the next opening, paused or not."""
        self._failed = None
