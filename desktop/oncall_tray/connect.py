"""From the settings and the keyring to clients of every Alertmanager member (no Qt).

The tray's poller and the one-shot commands both open their clients here, so that TLS, proxies
and credentials work the same everywhere (issue 6).
"""

from __future__ import annotations

from collections.abc import Mapping

from .alertmanager.client import AlertmanagerClient
from .alertmanager.cluster import ClusterClient, ClusterPoll
from .alertmanager.connection import Credentials, TlsSettingsError, transport_options
from .alertmanager.errors import AlertmanagerError, BadResponse, CredentialsNeeded, TlsError, Unreachable
from .alertmanager.slow_down import server_side
from .config import Config, LoadedConfig, load_config
from .config_urls import url_identity
from .i18n import QT_TRANSLATE_NOOP, Message, Translate, english
from .reasons import translate_reason
from .secret_input import stored_secret_problem
from .secrets import SecretStore, SecretStoreError


#: Said (context "status") when the configured Alertmanagers are not one cluster
#: (``not_one_cluster``), by ``status`` and Settings > Test connection.
NOT_ONE_CLUSTER = QT_TRANSLATE_NOOP("status", "These Alertmanagers are not one cluster (clustering is disabled): "
                                              "each holds only the alerts sent to it, and silences are not shared.")
#: Said (context "status") of each member that is the same Alertmanager as one listed before it
#: (``ClusterPoll.aliases``, review 61 W9): by ``status``, ``config check``, Test connection, the tray.
SAME_ALERTMANAGER = QT_TRANSLATE_NOOP("status", "%1 is the same Alertmanager as %2: list it once (it is polled "
                                                "and acknowledged on once)")


def cluster_lines(apart: bool, aliases: Mapping[str, str], tr: Translate) -> list[str]:
    """What is said of the members as a whole, in ``tr``'s language: ``NOT_ONE_CLUSTER`` when
    they are ``apart`` (``not_one_cluster``), then one ``SAME_ALERTMANAGER`` line per alias
    (``ClusterPoll.aliases``: its URL -> the URL listed before it)."""
    return [tr("status", NOT_ONE_CLUSTER)] * apart + [
        tr("status", SAME_ALERTMANAGER).replace("%1", alias).replace("%2", first) for alias, first in aliases.items()]


#: ``auth_method`` for this run only (never in a settings file): the login recorded in the keyring
#: for an Alertmanager of its own (``with_its_own_login``), which the keyring could not give when
#: the run started (locked); read again each time credentials are needed (``credentials_for``).
RECORDED_LOGIN = "recorded"
#: ``auth_method`` for this run only: an Alertmanager of its own whose settings name no login
#: (``with_its_own_login``). The keyring is not read for it until Alertmanager answers 401/403
#: without credentials; then the login recorded for it is (``when_asked``, ``connect``). Code review
#: 66 U2: no behaviour of a locked keyring decides it (KeePassXC finds nothing while locked).
ASKED_LOGIN = "asked"


def credentials_for(config: Config, store: SecretStore | None = None) -> Credentials | None:
    """The stored credentials for ``config``'s Alertmanager (None for ``auth_method: none`` or
    when nothing is stored: Alertmanager's 401 then asks for them). For ``RECORDED_LOGIN``, the
    login recorded for it is read first (None when none is). None for ``ASKED_LOGIN``, without
    reading the keyring (``when_asked`` says whether it is to be read).

    Args:
        store: where secrets are (default: a new ``SecretStore`` on the system keyring, opened
            only when ``auth_method`` needs one).
    Raises:
        CredentialsNeeded: the keyring is locked or failed, or the secret stored cannot be sent
            (``secret_input.stored_secret_problem``: a token with a line break an earlier version
            kept); the reason says so, without the secret.
    """
    method, username = config.auth_method, config.auth_username
    if method == RECORDED_LOGIN:
        store = store or SecretStore()
        try:
            login = store.recorded_login(config.alertmanager_url)
        except SecretStoreError as exc:
            unread = type(exc)(Message("keyring", "the login stored for this Alertmanager could not be read: %1",
                                       (exc.reason,)))
            raise CredentialsNeeded(config.alertmanager_url, _needed(unread).text()) from unread
        if login is None:
            return None
        method, username = login
    if method not in ("basic", "bearer") or (method == "basic" and not username):
        return None
    store = store or SecretStore()
    try:
        credentials = store.credentials(config.alertmanager_url, method, username)
    except SecretStoreError as exc:
        raise CredentialsNeeded(config.alertmanager_url, _needed(exc).text()) from exc
    unusable = credentials and stored_secret_problem(method, credentials.secret)
    if unusable:  # an earlier version's, with a line break: never sent, nor quoted (review 61 W10)
        exc = SecretStoreError(unusable)
        raise CredentialsNeeded(config.alertmanager_url, _needed(exc).text()) from exc
    return credentials


def watches_its_own_url(loaded: LoadedConfig) -> bool:
    """Whether this run watches an Alertmanager other than the settings file's (``--alertmanager``,
    the demo's): its login is then its own, recorded in the keyring beside its secret
    (``SecretStore.record_login``), and a login to it leaves the settings file alone."""
    url = loaded.overrides.get("alertmanager_url")
    if url is None:
        return False
    return url_identity(str(url)) != url_identity(load_config(loaded.path).config.alertmanager_url)


def with_its_own_login(loaded: LoadedConfig, store: SecretStore | None = None) -> LoadedConfig:
    """``loaded`` with, for an Alertmanager of its own (``watches_its_own_url``), the login last
    recorded for it as ``auth_method`` (and ``auth_username``) for this run. Unchanged when it
    watches the settings' Alertmanager. The keyring is read now only when the settings name a login
    (``auth_method`` basic or bearer, which applies when none is recorded, as it always did); else
    ``auth_method`` is ``ASKED_LOGIN``: the record is read only once Alertmanager asks for
    credentials (review 65 R4: a locked keyring's unlock prompt for an address that needs none;
    code review 66 U2: whatever a locked keyring answers to a search). When the keyring cannot
    give the record now (locked, failing), ``auth_method`` is ``RECORDED_LOGIN``: the record is read
    again at each connection, and until it can be, connecting fails with the keyring's reason
    (``credentials_for``), not with Alertmanager's 401. Never raises."""
    if not watches_its_own_url(loaded):
        return loaded
    if loaded.config.auth_method not in ("basic", "bearer"):  # no reason to read the keyring yet
        return loaded.overridden(auth_method=ASKED_LOGIN)
    return recorded_login_of(loaded, store)


def recorded_login_of(loaded: LoadedConfig, store: SecretStore | None = None) -> LoadedConfig:
    """``loaded`` with the login recorded for its Alertmanager read from ``store`` now (may raise
    the unlock prompt), as ``with_its_own_login`` reads it when there is a reason: ``login``, which
    unlocks the keyring first anyway, says whose secret it asks for. Never raises."""
    store = store or SecretStore()
    try:
        login = store.recorded_login(loaded.config.alertmanager_url)
    except SecretStoreError:
        return loaded.overridden(auth_method=RECORDED_LOGIN)
    if login is None:
        return loaded
    method, username = login
    return loaded.overridden(auth_method=method, **({"auth_username": username} if username else {}))


def when_asked(config: Config) -> Config:
    """``config`` as it is to be connected now: for ``ASKED_LOGIN``, ``RECORDED_LOGIN`` when a
    member answers 401/403 without credentials, to its status or to a write
    (``answers_without_credentials``: a proxy may ask them for writes only), else ``none`` (it
    answers without them, or no member answers: nothing to ask the keyring for). Any other
    ``config`` unchanged, nothing asked. Blocking (a request or two per member); never raises."""
    if config.auth_method != ASKED_LOGIN:
        return config
    needed = isinstance(_answer_without_credentials(config, writes=True), CredentialsNeeded)
    return config.with_overrides(auth_method=RECORDED_LOGIN if needed else "none")


def _needed(exc: SecretStoreError) -> Message:
    return Message("keyring", "credentials needed: %1", (exc.reason,))


def keyring_failed(error: BaseException | None) -> bool:
    """Whether ``error`` is the ``CredentialsNeeded`` of ``credentials_for``: the settings name a
    login, and the keyring (locked, failing) could not give it. Alertmanager itself may ask for
    none: nothing was sent to it yet (review 14)."""
    return isinstance(error, CredentialsNeeded) and isinstance(error.__cause__, SecretStoreError)


def reason_of(error: AlertmanagerError) -> Message | str:
    """``error``'s reason, to be put in the engineer's language where it is shown
    (``reasons.translate_reason``): when the credentials could not be read from the keyring
    (``keyring_failed``), the keyring's reason as a ``Message``; otherwise the client's
    reason, in English."""
    if keyring_failed(error):
        return _needed(error.__cause__)
    return error.reason


def failure_line(error: AlertmanagerError) -> Message | str:
    """``error.describe()``, or, when the credentials could not be read from the keyring
    (``keyring_failed``), "credentials needed: " and the keyring's reason as a ``Message``: to
    be put in the engineer's language where it is shown (``reasons.translate_reason``; review 49
    N3: the header said "credenciais necessárias: the keyring (…)")."""
    return _needed(error.__cause__) if keyring_failed(error) else error.describe()


def error_reason(error: AlertmanagerError, tr: Translate = english) -> str:
    """``error.reason`` for the engineer, in ``tr``'s language (``reason_of``)."""
    return translate_reason(reason_of(error), tr)


def describe_error(error: AlertmanagerError, tr: Translate = english) -> str:
    """``error.describe()`` in ``tr``'s language (``failure_line``)."""
    return translate_reason(failure_line(error), tr)


def open_cluster(config: Config, credentials: Credentials | None, cooperative: bool = False) -> ClusterClient:
    """One client per member of ``config.alertmanager_urls()``, with TLS, proxy and
    ``credentials``.

    Raises:
        TlsError: the TLS settings cannot be used (an unreadable CA bundle).
    """
    clients: list[AlertmanagerClient] = []
    try:
        for url in config.alertmanager_urls():
            clients.append(AlertmanagerClient(url, timeout=config.request_timeout, cooperative=cooperative,
                                              **transport_options(url, config.tls(), credentials)))
    except TlsSettingsError as exc:
        for client in clients:
            client.close()
        raise TlsError(config.alertmanager_url, f"TLS error: {exc}") from exc
    return ClusterClient(clients)


def connect(config: Config, store: SecretStore | None = None, cooperative: bool = False) -> ClusterClient:
    """``open_cluster`` with the credentials from ``store``. Raises CredentialsNeeded or
    TlsError (both ``AlertmanagerError``) when the clients cannot be opened. When the keyring
    cannot give the credentials, how Alertmanager answers without them comes first
    (``_answer_without_credentials``): ``Unreachable`` when no member answers, its own failure
    when it answers with one that is not a refusal of credentials (an HTML 502, garbage: review
    24 was told "credentials needed" by a broken Alertmanager that asked for none). One that
    answers without them is used without them: its alerts are read, and a write that needs them
    is refused by it (review 16: with the keyring locked, every command failed against an
    ``--alertmanager`` address that asks for none; review 49 N2: behind a proxy that asks them
    of writes only, the tray showed no alert while the keyring was locked); its
    ``ClusterClient.login_unread`` is then the keyring's failure. For ``ASKED_LOGIN``,
    Alertmanager is asked first whether it wants credentials (``when_asked``)."""
    config = when_asked(config)
    try:
        credentials = credentials_for(config, store)
    except CredentialsNeeded as needed:
        answer = _answer_without_credentials(config)
        if answer is None:
            cluster = open_cluster(config, None, cooperative)
            unread = needed.__cause__  # the keyring's failure, kept without its traceback (it holds D-Bus)
            cluster.login_unread = type(unread)(unread.reason) if isinstance(unread, SecretStoreError) else needed
            return cluster
        raise (needed if isinstance(answer, CredentialsNeeded) else answer) from needed.__cause__
    return open_cluster(config, credentials, cooperative)


class LockedLogin(CredentialsNeeded):
    """A write refused for credentials (HTTP 401/403, ``refused``'s) by members opened without the
    login the settings name, which is in a locked keyring (``ClusterClient.login_unread``, a
    ``KeyringLocked``; its reason ``keyring``, a ``Message``): behind a proxy that asks a login
    only of writes, the alerts were read without it (code review 67 AC6: "credentials needed" and
    an empty login dialog, as if none were stored). Nothing was done (a ``CredentialsNeeded``).
    Each of ``refused.members`` (a silence's holders, each one's error) refused for credentials is
    one too (code review 69 AD5: the holders' own errors were read, said as a plain refusal)."""

    def __init__(self, refused: CredentialsNeeded, keyring: Message, member: bool = False) -> None:
        super().__init__(refused.url, refused.reason, refused.status, refused.body)
        self.keyring = keyring  # a ``member``'s own: no members (``refused`` may be among its members)
        self.members = () if member else tuple(
            (url, LockedLogin(error, keyring, True) if isinstance(error, CredentialsNeeded) else error)
            for url, error in refused.members)


def answers_without_credentials(config: Config) -> bool:
    """Whether a member of ``config``'s Alertmanager answers its status, and lets a write past
    authentication (``AlertmanagerClient.check_writes``), with no credentials at all (then a
    login is pointless: ``CredentialsNotAsked``; a proxy that asks them for writes only needs
    one). Asked before anything is asked of the engineer or of the keyring (review 47 N1).
    Blocking; never raises."""
    return _answer_without_credentials(config, writes=True) is None


def _answer_without_credentials(config: Config, writes: bool = False) -> AlertmanagerError | None:
    """How the cluster answers its status (and, with ``writes``, a write) without credentials,
    while the keyring cannot give them: None when a member answers it; its refusal (a 401, at
    least it is there); else, when no member can be reached at all, ``Unreachable``, the first
    thing to know: the keyring's turn comes once one answers (review 13: "Alertmanager needs
    credentials" while it was down)."""
    try:
        cluster = open_cluster(config, None)
    except AlertmanagerError as exc:
        return exc
    with cluster:
        first: AlertmanagerError | None = None
        for client in cluster.clients:
            try:
                client.status()
                if writes:
                    client.check_writes()
            except Unreachable as exc:
                first = first or exc
                continue
            except AlertmanagerError as exc:
                return exc  # it answered, with a refusal
            return None
    return first


def aliases_of(config: Config, store: SecretStore | None = None) -> dict[str, str]:
    """The members of ``config`` that are the same Alertmanager as one listed before them, as
    one poll of them tells (``ClusterPoll.aliases``; review 61 W9: ``config check`` said nothing
    of one Alertmanager under two names). Empty for a single member, and for members that do
    not answer or when the clients cannot be opened (a locked keyring): only what can be known
    is said. Blocking (each member's request timeout)."""
    if len(config.alertmanager_urls()) < 2:
        return {}
    try:
        cluster = connect(config, store)
    except AlertmanagerError:
        return {}
    with cluster:
        return dict(cluster.poll(config.alert_query(), want_status=True).aliases)


def check_connection(config: Config, store: SecretStore | None = None) -> ClusterPoll:
    """One poll of every member with their status ("Test connection"); never raises
    ``AlertmanagerError`` (a client that cannot be opened is reported as the error)."""
    try:
        cluster = connect(config, store)
    except AlertmanagerError as exc:
        return ClusterPoll(None, [], (), None, exc)
    with cluster:
        return cluster.poll(config.alert_query(), want_status=True)


class CredentialsNotAsked(AlertmanagerError):
    """``check_credentials``' answer when Alertmanager answered without any credentials: it
    asks for none, so there is nothing to keep (review 46 F6: ``login`` stored a password and
    switched the settings to basic auth for an Alertmanager that needs none)."""


def check_credentials(config: Config, credentials: Credentials, probe: bool = True) -> AlertmanagerError | None:
    """Ask ``config``'s Alertmanager for its status and a write (``check_writes``: a proxy
    may ask credentials for writes only) with ``credentials``, on the first member
    that answers (a member down is skipped, as the commands skip it; review 41 F8: the first
    member down, the check said "could not be asked" while the other answered): None when one
    answers, else the error (``CredentialsNeeded`` when it refuses them, HTTP 401/403;
    ``CredentialsNotAsked`` when a member answers without any credentials: asked first, so that
    the secret is not sent where it is not needed; not ``probe``: the caller asked that already,
    ``answers_without_credentials``). Never raises ``AlertmanagerError``. Blocking: ``login`` and
    the tray's login dialog (off the GUI thread) check before they keep anything."""
    if probe and answers_without_credentials(config):
        return CredentialsNotAsked(config.alertmanager_url, "Alertmanager does not ask for credentials")
    try:
        cluster = open_cluster(config, credentials)
    except AlertmanagerError as exc:
        return exc
    with cluster:
        try:
            cluster.first_accepting(lambda client: (client.status(), client.check_writes()))
        except AlertmanagerError as exc:
            return exc
    return None


def lasting_failure(error: AlertmanagerError | None) -> bool:
    """Whether ``check_credentials``' ``error`` is one of the address or its TLS settings, which
    waiting will not mend, so that credentials are not kept for it (review 54 M9): a TLS failure
    (a certificate for another host or not trusted, http:// to an HTTPS port and the reverse), or
    an answer that is not Alertmanager's API (an HTML page, a redirect, a 404). Not an outage:
    a refused connection, a host not found (a VPN down), no answer in time, a server error (5xx)."""
    if isinstance(error, TlsError):
        return True
    return isinstance(error, BadResponse) and (error.status is None or error.status < 500)


def outage(error: AlertmanagerError | None) -> bool:
    """Whether ``check_credentials``' ``error`` is an outage to wait out, so that the credentials
    are kept and checked at the next poll: no answer (a refused connection, a host not found, no
    answer in time, a connection lost, the proxy down) or a server error (5xx) or an answer asking
    to slow down (429, 503 with ``Retry-After``: ``slow_down.server_side``, code review 84 BC2). Not a TLS failure
    (``lasting_failure``), nor a request that could not be sent (``Unsendable``), nor any other
    answer: the credentials are then not kept (review 61 W10: "could not check it now" and exit 0
    for a token h11 refused to send)."""
    if isinstance(error, TlsError):
        return False
    return isinstance(error, Unreachable) or server_side(error)
