"""The engineer's login entries of ``SecretStore`` (split out of ``secrets`` for size): the
credentials of an Alertmanager (a basic-auth password or a bearer token) and the record of how its
last login authenticates (``login-method``: ``bearer`` or ``basic:<user name>``, not a secret).
Entry names: the module doc of ``secrets``. No logging.
"""

from __future__ import annotations

from . import APP_NAME
from .alertmanager.connection import Credentials
from .config_urls import cased
from .i18n import Message
from .secret_outcomes import KeyringLocked, SecretStoreError, Stored

TOKEN_USER = "bearer-token"
LOGIN_USER = "login-method"  # the entry that records how a login authenticates (the module's doc)


class LoginEntries:
    """Mixin of ``SecretStore``: uses its plain entries (``get``, ``store``, ``delete``), its
    ``_backend``, ``_call``, ``unavailable_reason`` and, under ``_lock``, ``_session`` and
    ``_unsaved`` (its ``__init__``)."""

    def credentials(self, url: str, method: str, username: str = "") -> Credentials | None:
        """The credentials for the Alertmanager at ``url`` with ``method`` ("none", "basic",
        "bearer"), or None when the method is "none" or no secret is stored.

        Raises:
            KeyringLocked: the keyring is locked. SecretStoreError: the keyring failed.
        """
        if method not in ("basic", "bearer"):
            return None
        secret = self.get(url, _user(method, username))
        return Credentials(method, username if method == "basic" else "", secret) if secret is not None else None

    def store_credentials(self, url: str, credentials: Credentials) -> Stored:
        """Keep ``credentials`` for ``url``: in the keyring, or for this run when there is none
        (or it fails other than by being locked).

        Raises:
            KeyringLocked: the keyring is locked (nothing is kept).
        """
        return self.store(url, _user(credentials.method, credentials.username), credentials.secret)

    def keep_login(self, url: str, credentials: Credentials,
                   record: bool = True) -> tuple[Stored, SecretStoreError | None]:
        """Keep ``credentials`` for ``url`` in the keyring, else for this run (``store_credentials``;
        a locked keyring: ``keep_for_session``, with its reason), and with ``record`` record the
        login beside them (``record_login``; for this run only when the secret is: its unlock prompt
        is not raised twice, review 46 F4). May wait for the keyring (its unlock prompt, a slow
        D-Bus): for a worker thread. Returns how the secret was kept, and why the login could not
        be recorded in the keyring (then it is for this run), or None. Never raises
        ``SecretStoreError``."""
        try:
            stored = self.store_credentials(url, credentials)
        except KeyringLocked as exc:  # (review 40 F4: its reason said once, as the reason)
            self.keep_for_session(url, credentials)
            stored = Stored(False, exc.reason)
        unrecorded = None
        if record:
            try:
                self.record_login(url, credentials.method, credentials.username, persist=stored.persistent)
            except SecretStoreError as exc:  # locked or failing since: for this run
                self.record_login(url, credentials.method, credentials.username, persist=False)
                unrecorded = exc
        return stored, unrecorded

    def keep_for_session(self, url: str, credentials: Credentials) -> Stored:
        """Keep ``credentials`` in memory for this run only (the keyring is locked, or the engineer
        chose not to save them); returns how, with the reason."""
        key = (entry_service(url), _user(credentials.method, credentials.username))
        with self._lock:
            self._session[key] = credentials.secret
            self._unsaved.discard(key)  # by choice: not moved into a keyring that appears
        return Stored(False, self.unavailable_reason or Message("keyring", "kept until oncall-tray quits"))

    def forget_credentials(self, url: str, username: str = "", only: bool = False) -> list[str]:
        """Remove the password of ``username`` (when given) and of the user of the login
        recorded for ``url`` (``record_login``), the token and that record; returns the user
        names whose secret was removed (``TOKEN_USER`` for the token; the record not counted),
        so that the engineer is told whose (review 20). Review 16: with settings that name no
        user, a recorded login's password stayed and logout said nothing was stored.

        Args:
            only: remove ``username``'s password alone (``logout --username``), and the record
                only when it is that user's: review 19, ``logout --username bob`` removed
                alice's password and login.
        Raises:
            KeyringLocked, SecretStoreError.
        """
        recorded = self.recorded_login(url)
        if only:
            removed = [username] if username and self.delete(url, username) else []
            if recorded is not None and recorded[1] == username:
                self.delete(url, LOGIN_USER)
            return removed
        users = dict.fromkeys([TOKEN_USER, username, recorded[1] if recorded else ""])
        removed = [user for user in users if user and self.delete(url, user)]
        self.delete(url, LOGIN_USER)
        return removed

    def keeps_secrets(self, url: str) -> bool:
        """Whether the keyring still keeps a secret for ``url`` under some user name (after
        ``forget_credentials``: another user's password; review 38 F7). True when the keyring
        cannot look entries up without their user name (macOS Keychain): it may.

        Raises:
            KeyringLocked, SecretStoreError.
        """
        backend = self._backend
        if backend is None:
            with self._lock:
                return any(service == entry_service(url) for service, _name in self._session)
        from keyring.backend import KeyringBackend

        if type(backend).get_credential is KeyringBackend.get_credential:  # needs the user name
            return True
        return self._call("read", backend.get_credential, entry_service(url), None) is not None

    def record_login(self, url: str, method: str, username: str = "", persist: bool = True) -> None:
        """Record that the Alertmanager at ``url`` is logged in to with ``method`` ("basic" with
        ``username``, or "bearer"), beside its secret (this run only where there is no keyring).

        Args:
            persist: False: for this run only, without asking the keyring (its secret was kept
                so, the keyring locked: its unlock prompt is not raised again; review 46 F4).
        Raises:
            KeyringLocked: the keyring is locked (nothing is recorded).
        """
        value = f"basic:{username}" if method == "basic" else method
        if not persist:
            with self._lock:
                self._session[(entry_service(url), LOGIN_USER)] = value
            return
        self.store(url, LOGIN_USER, value)

    def recorded_login(self, url: str) -> tuple[str, str] | None:
        """``(method, username)`` of the last login recorded for ``url`` (``record_login``):
        ``("basic", "ana")`` or ``("bearer", "")``; None when none is, or it is not one of those.

        Raises:
            KeyringLocked, SecretStoreError.
        """
        value = self.get(url, LOGIN_USER)
        method, _, username = (value or "").partition(":")
        if method == "bearer" and not username:
            return "bearer", ""
        if method == "basic" and username:
            return "basic", username
        return None

    def unlock(self, url: str) -> None:
        """Raise the desktop's unlock prompt now if the keyring is locked (a read of ``url``'s
        login record), so that a secret is not asked for and then lost to a locked keyring
        (review 46 F5: ``login`` asked for the password first). No prompt where there is no
        keyring, or it has no collection yet (the write that creates one asks then).

        Raises:
            KeyringLocked: the keyring stays locked. SecretStoreError: the keyring failed.
        """
        self.get(url, LOGIN_USER)


def entry_service(url: str) -> str:
    """The keyring entry's service name for the Alertmanager at ``url`` (the ``secrets`` module doc)."""
    return f"{APP_NAME} {cased(url)}"


def _user(method: str, username: str) -> str:
    if method == "bearer":
        return TOKEN_USER
    if method == "basic":
        if not username:
            raise ValueError("basic authentication needs a user name")
        return username
    raise ValueError(f"no secret for the authentication method {method!r}")
