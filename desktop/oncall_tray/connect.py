"""From the settings and the keyring to clients of every Alertmanager member (no Qt).

The tray's poller and the one-shot commands both open their clients here, so that TLS, proxies
and credentials work the same everywhere (issue 6).
"""

from __future__ import annotations

from .alertmanager.client import AlertmanagerClient
from .alertmanager.cluster import ClusterClient
from .alertmanager.connection import Credentials, TlsSettingsError, transport_options
from .alertmanager.errors import AlertmanagerError, CredentialsNeeded, TlsError
from .config import Config
from .secrets import SecretStore, SecretStoreError


class ConnectError(Exception):
    """The clients cannot be opened; ``error`` is the ``AlertmanagerError`` to report for it (a
    locked keyring is ``CredentialsNeeded``, a bad CA bundle a ``TlsError``)."""

    def __init__(self, error: AlertmanagerError) -> None:
        super().__init__(error.describe())
        self.error = error


def credentials_for(config: Config, store: SecretStore | None = None) -> Credentials | None:
    """The stored credentials for ``config``'s Alertmanager (None for ``auth_method: none`` or
    when nothing is stored: Alertmanager's 401 then asks for them).

    Args:
        store: where secrets are (default: a new ``SecretStore`` on the system keyring, opened
            only when ``auth_method`` needs one).
    Raises:
        ConnectError: the keyring is locked or failed (as ``CredentialsNeeded``).
    """
    if config.auth_method not in ("basic", "bearer") or (config.auth_method == "basic" and not config.auth_username):
        return None
    store = store or SecretStore()
    try:
        return store.credentials(config.alertmanager_url, config.auth_method, config.auth_username)
    except SecretStoreError as exc:
        raise ConnectError(CredentialsNeeded(config.alertmanager_url, f"credentials needed: {exc}")) from exc


def open_cluster(config: Config, credentials: Credentials | None, cooperative: bool = False) -> ClusterClient:
    """One client per member of ``config.alertmanager_urls()``, with TLS, proxy and
    ``credentials``.

    Raises:
        ConnectError: the TLS settings cannot be used (as ``TlsError``).
    """
    clients: list[AlertmanagerClient] = []
    try:
        for url in config.alertmanager_urls():
            clients.append(AlertmanagerClient(url, timeout=config.request_timeout, cooperative=cooperative,
                                              **transport_options(url, config.tls(), credentials)))
    except TlsSettingsError as exc:
        for client in clients:
            client.close()
        raise ConnectError(TlsError(config.alertmanager_url, f"TLS error: {exc}")) from exc
    return ClusterClient(clients)


def connect(config: Config, store: SecretStore | None = None, cooperative: bool = False) -> ClusterClient:
    """``open_cluster`` with the credentials from ``store``. Raises ConnectError."""
    return open_cluster(config, credentials_for(config, store), cooperative)
