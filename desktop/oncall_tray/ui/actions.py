"""Writes to Alertmanager off the GUI thread (design notes, "Threads": user actions go to a
worker through queued signals and never block the GUI).

``Actions`` owns a QThread with an ``ActionWorker`` that has its own ``AlertmanagerClient``.
Every request carries a ``tag`` chosen by the caller; the answer comes back as an
``ActionResult`` with the same tag, on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..alertmanager.cluster import ClusterClient
from ..alertmanager.client import AlertmanagerClient
from ..alertmanager.errors import AlertmanagerError, ChangedMeanwhile, CredentialsNeeded, surely_not_done
from ..alertmanager.holders import extend_on_holders, on_holders
from ..alertmanager.models import PostableSilence, Silence
from ..config import Config
from ..connect import ASKED_LOGIN, RECORDED_LOGIN, LockedLogin, connect, credentials_for, open_cluster, when_asked
from ..core.silence_changes import changed_version
from ..core.silencing import extension
from ..secrets import KeyringLocked, SecretStore
from .background import stop_as_it_ends

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class ActionResult:
    """The outcome of one action.

    Attributes:
        tag: the caller's tag (e.g. "ack:<fingerprint>").
        kind: "create", "update" (an extension too) or "expire".
        silence_id: the silence's ID ("" when the action failed before one existed).
        error: None on success, else the client's error (``Refused`` carries Alertmanager's
            message as it sent it; ``OutcomeUnknown``: a new silence may or may not exist, see
            ``alertmanager.silence_check``, which ran here, in the action thread;
            ``ChangedMeanwhile``: an extension not sent, the silence having changed).
        members: where a new silence was made when it was sent to given members (those that hold
            its alert, of Alertmanagers that are not one cluster: ``Actions.create``), or a silence
            expired or extended on the members that hold it (``Actions.expire``, ``extend``), by
            base URL; empty when it went to the first member that accepted it. ``silence_id`` is
            the first's.
        missed: those given members that did not make it, each with its error (others did; with
            ``error``, none did).
        once: an expire's ``shift_expires.SendOnce`` (None: not sent through one): its record is
            made by the first of the asks that share it (``SendOnce.record``).
        ids: a new silence's IDs, one per member that made it (``silence_id`` first); () otherwise.
    """

    tag: str
    kind: str
    silence_id: str
    error: AlertmanagerError | None = None
    members: tuple[str, ...] = ()
    missed: tuple[tuple[str, AlertmanagerError], ...] = ()
    once: object = None
    ids: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when Alertmanager accepted the action."""
        return self.error is None


class ActionWorker(QObject):
    """Lives in the actions thread; one request at a time, in order."""

    finished = Signal(object)

    def __init__(self, config: Config, store: SecretStore | None = None) -> None:
        super().__init__()
        self._config = config
        self._store = store
        self._cluster: ClusterClient | None = None
        self._opened = config  # as the clients were opened (``when_asked``)

    def _http(self) -> ClusterClient:
        """The cluster's clients, with the settings' TLS, proxy and credentials (opened on first
        use, in this thread: reading the keyring may wait). Raises AlertmanagerError."""
        if self._cluster is None:
            self._opened = when_asked(self._config)
            self._cluster = connect(self._opened, self._store)  # (asked already: not asked again)
        return self._cluster

    def _sent(self, send: Callable[[ClusterClient], T]) -> T:
        """``send(clients)`` (one action: its reads and writes), and once more when its writes
        were refused for credentials on clients opened without the login recorded for this
        address, which the keyring now gives (``_with_recorded_login``): code review 67 AA1, the
        first action of the run sent while Alertmanager was down or answering 5xx, ``when_asked``
        decided "no login" for the clients kept for the run, and every later write got 401 and
        the login dialog, the recorded login never read. Sent again only when no write of it can
        have been done (``_Noted.undone``: refused 401/403, or never sent). Raises
        AlertmanagerError (the first attempt's when there is no second)."""
        noted = _Noted(self._http())
        try:
            return send(noted)
        except AlertmanagerError as exc:
            refused = isinstance(exc, CredentialsNeeded) and noted.undone()
            if not (refused and (self._with_recorded_login(exc) or self._with_keyring_login(exc))):
                raise
        log.info("refused for credentials without a login: sent again with the login the keyring gives for %s",
                 self._config.alertmanager_url)
        return send(self._http())

    def _with_keyring_login(self, refused: CredentialsNeeded) -> bool:
        """Open the clients again, reading the keyring again, when they were opened without the
        login the settings name because the keyring could not give it (``login_unread``: locked,
        its prompt dismissed; the alerts read without it behind a proxy that asks it of writes
        only); True when it gives it now. False, nothing done, for clients opened otherwise.

        Raises:
            LockedLogin: the keyring is still locked (code review 67 AC6: said as such, not as
                "credentials needed" with an empty login dialog).
            AlertmanagerError: the clients cannot be opened again.
        """
        if self._cluster is None or self._cluster.login_unread is None:
            return False
        self.stop()
        unread = self._http().login_unread
        if isinstance(unread, KeyringLocked):
            log.warning("refused for credentials: the login named for %s is in a locked keyring (%s)",
                        self._config.alertmanager_url, unread.reason)
            raise LockedLogin(refused, unread.reason) from refused
        return unread is None

    def _with_recorded_login(self, refused: CredentialsNeeded) -> bool:
        """Open the clients again with the login recorded in the keyring for this address, when
        they were opened without it (an ``--alertmanager`` address of its own, ``ASKED_LOGIN``,
        that ``when_asked`` found asking none, or could not ask) and the keyring gives one now;
        True then. False, the clients unchanged, when it gives none or cannot be read (failing):
        the login dialog is offered as before.

        Raises:
            LockedLogin: the keyring is locked (code review 69, AD5's twin: said as such, as
                ``_with_keyring_login`` says it, not as "credentials needed").
        """
        if self._config.auth_method != ASKED_LOGIN or self._opened.auth_method != "none":
            return False
        recorded = self._config.with_overrides(auth_method=RECORDED_LOGIN)
        try:
            credentials = credentials_for(recorded, self._store)
        except CredentialsNeeded as needed:
            if isinstance(needed.__cause__, KeyringLocked):
                log.warning("refused for credentials: the login recorded for %s is in a locked keyring",
                            self._config.alertmanager_url)
                raise LockedLogin(refused, needed.__cause__.reason) from refused
            return False
        if credentials is None:
            return False
        cluster = open_cluster(recorded, credentials)
        self.stop()
        self._cluster, self._opened = cluster, recorded
        return True

    @Slot(str, object, object, object)
    def create(self, tag: str, draft: PostableSilence, down: tuple[str, ...] = (),
               members: tuple[str, ...] = ()) -> None:
        """POST a new silence (or an update when ``draft.id`` is set) to the first member of the
        cluster that accepts it (design notes: create a silence on one member only), those the
        last poll found ``down`` (base URLs) last; or, ``members`` given (Alertmanagers that are
        not one cluster: those that hold the alert), to each of them (``ClusterClient.on_each``)."""
        kind = "update" if draft.id else "create"
        write = (lambda c: c.update_silence(draft)) if draft.id else (lambda c: c.create_silence(draft))
        made, missed = [], []
        try:
            if members:
                made, missed = self._sent(lambda http: http.on_each(write, members))
                silence_id = made[0][1]
            else:
                _member, silence_id = self._sent(lambda http: http.first_accepting(write, down))
        except AlertmanagerError as exc:
            log.warning("%s of a silence refused or failed: %s", kind, exc.describe())
            self.finished.emit(ActionResult(tag, kind, draft.id or "", exc))
            return
        log.info("silence %s (%s): %s%s", silence_id, kind, tag, f" on {[url for url, _id in made]}" if made else "")
        self.finished.emit(ActionResult(tag, kind, silence_id, None, tuple(url for url, _id in made), tuple(missed),
                                        ids=tuple(sid for _url, sid in made) or (silence_id,)))

    @Slot(str, object, object, object)
    def extend(self, tag: str, shown: Silence, down: tuple[str, ...] = (), holders: tuple[str, ...] = ()) -> None:
        """Extend ``shown`` by the ack window (``core.silencing.extension``), worked out from
        Alertmanager's version of it read just before from every member that answers: when one
        of them holds it ended or changed since it was shown (``changed_version``: another
        engineer expired or extended it, maybe on another member), nothing is sent and the error
        is ``ChangedMeanwhile``, with that version (review 40 F1, F2: an expired silence came back
        under a new ID; a colleague's end at 18:00 was cut to 16:52; review 41 F1: in a cluster).
        With ``holders`` (members that are not one cluster: those holding the silence), each of
        them extends its own version (``alertmanager.holders.extend_on_holders``), as ``expire``."""
        made, missed = [], []

        def send(http: ClusterClient):
            # every member: gossip may lag (review 41 F1); with holders, theirs (another has no such silence)
            versions = http.on_each(lambda c: c.get_silence(shown.id), holders)[0] if holders else \
                http.silence_everywhere(shown.id, down)
            now = dt.datetime.now(dt.timezone.utc)
            changed = changed_version(shown, [silence for _url, silence in versions], now)
            if changed is not None:
                raise ChangedMeanwhile(versions[0][0], changed)
            return extend_on_holders(http, versions, lambda version: extension(version, now), holders, down)

        try:
            made, missed = self._sent(send)
            silence_id = made[0][1]
        except AlertmanagerError as exc:
            log.warning("extension of silence %s not made: %s", shown.id, exc.describe())
            self.finished.emit(ActionResult(tag, "update", shown.id, exc, missed=tuple(exc.members) if holders else ()))
            return
        log.info("silence %s (extended): %s", silence_id, tag)
        self.finished.emit(ActionResult(tag, "update", silence_id, None, _where(made, holders), tuple(missed)))

    @Slot(str, str, object, object, object)
    def expire(self, tag: str, silence_id: str, down: tuple[str, ...] = (), holders: tuple[str, ...] = (),
               once=None) -> None:
        """DELETE a silence (on the first member that accepts it, ``down`` last, as ``create``; or,
        ``holders`` given, on each of them: ``alertmanager.holders.on_holders``); ``once`` (a
        ``shift_expires.SendOnce``) given: sent through it, unless the quit or another ask of the
        silence sent it (its answer, waited for, is this one's then: code review 80 AV5)."""
        def request():
            return self._sent(lambda http: on_holders(http, lambda c: c.expire_silence(silence_id), holders, down))

        try:
            made, missed = request() if once is None else once.send(request)  # the same for each ask (code review 83 BA2)
        except (AlertmanagerError, ValueError) as exc:
            error = exc if isinstance(exc, AlertmanagerError) else AlertmanagerError("", str(exc))
            self.finished.emit(ActionResult(tag, "expire", silence_id, error,
                                            missed=tuple(error.members) if holders else ()))
            return
        log.info("silence %s expired: %s", silence_id, tag)
        self.finished.emit(ActionResult(tag, "expire", silence_id, None, _where(made, holders), tuple(missed), once))

    @Slot()
    def stop(self) -> None:
        """Close the client."""
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


class _Noted:
    """``cluster`` (a ``ClusterClient``) noting how each request sent through ``first_accepting``
    and ``on_each`` (the writes; ``on_each`` reads a silence's holders too) failed on each member,
    so that ``undone`` tells whether the action can have been done anywhere. Any other attribute
    is the cluster's."""

    def __init__(self, cluster: ClusterClient) -> None:
        self._cluster = cluster
        self._failures: list[AlertmanagerError] = []

    def __getattr__(self, name: str):
        return getattr(self._cluster, name)

    def first_accepting(self, action: Callable[[AlertmanagerClient], T], *rest):
        """``ClusterClient.first_accepting``, noted."""
        return self._cluster.first_accepting(self._noting(action), *rest)

    def on_each(self, action: Callable[[AlertmanagerClient], T], *rest):
        """``ClusterClient.on_each``, noted."""
        return self._cluster.on_each(self._noting(action), *rest)

    def _noting(self, action: Callable[[AlertmanagerClient], T]) -> Callable[[AlertmanagerClient], T]:
        def noted(client: AlertmanagerClient) -> T:
            try:
                return action(client)
            except AlertmanagerError as exc:
                self._failures.append(exc)
                raise
        return noted

    def undone(self) -> bool:
        """Whether every request noted failed so that it was surely not done
        (``errors.surely_not_done``: refused 401/403 or 4xx, or never sent; each failure's chain
        counting). Not after a 5xx, an answer lost, an outcome unknown: it may have been done, and
        is never sent twice (code review 67 AA1, 68 AB5). One rule with an expire's ask
        (``silence_holders.refused``, code review 80 AV1)."""
        return all(surely_not_done(failure) for failure in self._failures)


def _where(made, holders: tuple[str, ...]) -> tuple[str, ...]:
    """The members a change sent to a silence's ``holders`` was made on (``ActionResult.members``);
    () when it went to the first member that accepted it."""
    return tuple(url for url, _result in made) if holders else ()


class Actions(QObject):
    """GUI-thread face of the worker. Tags in flight are remembered so that a double click
    cannot send the same action twice.

    Signals:
        finished(ActionResult): in the GUI thread.
    """

    finished = Signal(object)
    _create = Signal(str, object, object, object)
    _expire = Signal(str, str, object, object, object)
    _extend = Signal(str, object, object, object)

    def __init__(self, config: Config, store: SecretStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("oncall-tray actions")
        self._worker = ActionWorker(config, store)
        self._worker.moveToThread(self._thread)
        self._create.connect(self._worker.create)
        self._expire.connect(self._worker.expire)
        self._extend.connect(self._worker.extend)
        stop_as_it_ends(self._thread, self._worker.stop)
        self._worker.finished.connect(self._done)
        self._pending: set[str] = set()
        #: base URLs of the members the last poll found down: writes try them last (review 32)
        self.down: tuple[str, ...] = ()
        self._thread.start()

    def busy(self, tag: str) -> bool:
        """True while an action with ``tag`` is on its way."""
        return tag in self._pending

    def create(self, tag: str, draft: PostableSilence, members: tuple[str, ...] = ()) -> bool:
        """Send a silence (to each of ``members``, base URLs, when given: ``ActionWorker.create``);
        False (and nothing sent) when ``tag`` is already in flight."""
        return self._send(tag, self._create, draft, tuple(members))

    def expire(self, tag: str, silence_id: str, holders: tuple[str, ...] = (), once=None) -> bool:
        """Expire a silence (on each of ``holders``, base URLs, when given: ``ActionWorker.expire``;
        unless ``once``, a ``shift_expires.SendOnce``, was taken by the quit meanwhile);
        False when ``tag`` is already in flight."""
        return self._send(tag, self._expire, silence_id, tuple(holders), once)

    def extend(self, tag: str, shown: Silence, holders: tuple[str, ...] = ()) -> bool:
        """Extend the silence ``shown`` (``ActionWorker.extend``; on each of ``holders`` when
        given); False when ``tag`` is already in flight."""
        return self._send(tag, self._extend, shown, tuple(holders))

    def _send(self, tag: str, signal, payload, *more) -> bool:
        if tag in self._pending:
            return False
        self._pending.add(tag)
        signal.emit(tag, payload, self.down, *more)
        return True

    def _done(self, result: ActionResult) -> None:
        self._pending.discard(result.tag)
        self.finished.emit(result)

    def shutdown(self, timeout_ms: int = 500) -> bool:
        """Stop the thread; False if a request is still hanging after ``timeout_ms``."""
        if not self._thread.isRunning():
            return True
        self._thread.quit()
        return self._thread.wait(timeout_ms)
