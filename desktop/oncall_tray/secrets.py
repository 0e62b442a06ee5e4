"""Passwords and tokens for Alertmanager, in the operating system's keyring (issue 6).

A small wrapper over ``keyring`` (after maestral's): only the real keyrings are used (Windows
Credential Manager, macOS Keychain, Secret Service or KWallet on Linux); the plaintext and
"fail" backends never are. When no such keyring works, the secret is kept in this process for
this run only, and ``SecretStore.persistent`` / ``unavailable_reason`` say so, so that the caller
tells the engineer: there is never a silent plaintext fallback. A locked keyring raises
``KeyringLocked`` with a plain message instead of a crash. Every reason is an ``i18n.Message``
(context ``"keyring"``), shown in the engineer's language: ``text_of(reason, tr)``,
``error.text(tr)``; ``str()`` gives the English.

Entries: service ``oncall-tray <Alertmanager URL>``, user name the basic-auth user name, or
``bearer-token`` for a token; and ``login-method``, how the last login to that Alertmanager
authenticates (``bearer``, or ``basic:<user name>``: not a secret), so that an Alertmanager given
with ``--alertmanager`` keeps its own login apart from the settings file's. The URL is the cluster's
first member (``alertmanager_url``), for every member. This module does not log at all.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from . import APP_NAME
from .i18n import Message, Translate, english, text_of
from .secret_outcomes import KeyringLocked, KeyringState, SecretStoreError, Stored  # noqa: F401 (this module's API too)
from .keyring_backend import BACKEND_TITLES, choose_backend
from .keyring_prompt import (CREATE, UNLOCK, PromptWait, backend_name, creation_refused_words, failed_words,
                             prompt_dismissed, prompt_kind, refusal_words)
from .secret_logins import LoginEntries, entry_service
#: Seconds between looks for a keyring while there is none (review 54 M2: it may start later).
RECHECK_S = 30.0


class SecretStore(LoginEntries):
    """Secrets per Alertmanager: in the keyring when one works, else in memory for this run.

    Args:
        backend: a keyring backend (tests); default ``choose_backend()``, called at first use
            (an Alertmanager without authentication never needs it).
        unavailable_reason: with ``backend`` None: why there is no keyring (a ``Message``, or a
            plain string).
        on_locked: called before a use raises the desktop's unlock prompt (see ``_on_locked``).
        on_create: called before a write raises the desktop's prompt that creates a keyring where
            there is none yet (see ``_on_create``).
        unlock_wait_s: seconds a use waits for the prompt's answer; None: as long as it takes.
        once: a one-shot command's store: once the keyring was found locked, later uses raise
            ``KeyringLocked`` at once, without another prompt or wait (until ``ask_again``).
        recheck_s: while no keyring was found (``backend`` not given), look again after this
            many seconds; one that appears gets the secrets kept only for want of one
            (``store``), not those kept by choice (``keep_for_session``).

    The engineer's credentials and login records: ``LoginEntries`` (``secret_logins``).
    Thread-safe: the tray reads from its poller thread and writes from its keyring thread
    (``ui.login_keeping``); from the GUI thread, only what never waits on the keyring
    (``known_state``, ``keep_for_session``, ``record_login`` with ``persist=False``).
    """

    def __init__(self, backend: object | None = None, unavailable_reason: Message | str = "",
                 on_locked: Callable[[], None] | None = None, unlock_wait_s: float | None = None,
                 once: bool = False, recheck_s: float = RECHECK_S,
                 on_create: Callable[[], None] | None = None) -> None:
        #: called (in the caller's thread) before a read or write raises the desktop's unlock prompt
        #: of a locked Secret Service, once until it is seen unlocked: the caller says it waits
        #: (review 19: a command waited 10 minutes without a word; review 32: the tray for good)
        self._on_locked = on_locked
        #: called (in the caller's thread) before each write that raises the prompt creating a
        #: keyring where the Secret Service has none: the caller says it waits (fresh-user review
        #: 71 AP4: ``login --password-stdin`` waited for it 76 s without a word)
        self._on_create = on_create
        #: how long (seconds) a read or write waits for the desktop's prompt before the keyring is
        #: taken as locked (review 23: a prompt never shown); ``prompts``: one at a time (``PromptWait``);
        #: None: as long as the prompt takes
        self._unlock_wait_s, self.prompts = unlock_wait_s, PromptWait()
        #: ``once`` (a one-shot command's store): after the keyring was found locked (its prompt
        #: dismissed, or not answered within ``unlock_wait_s``), every later use raises that again
        #: at once, until ``ask_again``: one prompt and one wait per command (review 46 F2)
        self._once, self._refused = once, None
        self._locked: Message | None = None  # ``locked_reason``
        self._prompt: str | None = None  # ``prompt_kind`` once looked at (None: not yet)
        self._chosen = backend is not None or bool(unavailable_reason)
        self._chosen_backend = backend
        self._reason = unavailable_reason if backend is None else ""
        self._session: dict[tuple[str, str], str] = {}
        self._unsaved: set[tuple[str, str]] = set()  # in ``_session`` for want of a keyring
        self._recheck_s, self._looked_at = (None if self._chosen else recheck_s), 0.0
        self._lock = threading.Lock()  # the fields above: held only for a moment, never around a keyring call
        self._choosing = threading.Lock()  # one look for the keyring at a time (``_backend``)

    @property
    def _backend(self) -> object | None:
        with self._choosing:  # one look at a time; ``_lock`` is not held meanwhile (``known_state``)
            with self._lock:
                due = self._chosen and self._recheck_s is not None and self._chosen_backend is None and \
                    time.monotonic() - self._looked_at >= self._recheck_s
                looks = not self._chosen or due
            if looks:
                chosen, reason = choose_backend()  # D-Bus probes: may take long
                with self._lock:
                    self._chosen_backend, self._reason = chosen, reason
                    self._chosen, self._looked_at = True, time.monotonic()
            with self._lock:
                backend, unsaved = self._chosen_backend, due and self._chosen_backend is not None and self._unsaved
        if unsaved and not prompt_kind(backend):  # it appeared (unlocked): what waited for it goes in
            for service, user in list(self._unsaved):
                try:
                    self.store(service.removeprefix(f"{APP_NAME} "), user, self._session.get((service, user), ""))
                except SecretStoreError:  # locked meanwhile, or failing: kept for this run, as before
                    break
        return backend

    @property
    def persistent(self) -> bool:
        """True when secrets go to a system keyring."""
        return self._backend is not None

    @property
    def unavailable_reason(self) -> Message | str:
        """Why secrets are kept for this run only ("" while a keyring is used); see
        ``unavailable_text`` for the words to show."""
        self._backend  # noqa: B018 - chooses it first
        return self._reason

    def unavailable_text(self, tr: Translate = english) -> str:
        """``unavailable_reason`` in ``tr``'s language."""
        return text_of(self.unavailable_reason, tr)

    @property
    def backend_name(self) -> str:
        """The keyring backend's full class name ("" when none)."""
        backend = self._backend
        return backend_name(backend) if backend is not None else ""

    @property
    def backend_title(self) -> str:
        """What the keyring is, as the engineer knows it ("Secret Service: GNOME Keyring,
        KeePassXC", "macOS Keychain"); the class name for another backend, "" when none."""
        return _title(self._backend)

    def state(self) -> KeyringState:
        """Where secrets go now (``persistent``, ``backend_title``, ``unavailable_reason`` in one),
        after looking for the keyring when that is due: D-Bus probes, which may take long (not
        for the GUI thread: ``known_state``)."""
        backend = self._backend
        with self._lock:
            return KeyringState(backend is not None, _title(backend), self._reason if backend is None else "")

    def known_state(self) -> KeyringState | None:
        """``state`` as last looked at, without looking or asking the keyring anything (for the GUI
        thread: it never waits); None before the first look."""
        with self._lock:
            if not self._chosen:
                return None
            backend, reason = self._chosen_backend, self._reason
        return KeyringState(backend is not None, _title(backend), reason if backend is None else "")

    # -- plain entries -------------------------------------------------------------------

    def get(self, url: str, user: str) -> str | None:
        """The secret of ``user`` at ``url``, or None.

        Raises:
            KeyringLocked, SecretStoreError.
        """
        key = (entry_service(url), user)
        with self._lock:
            kept, waiting = self._session.get(key), bool(self._unsaved)
        if kept is not None:
            if waiting:  # the poller's reads: a keyring that appeared takes what waited for it (``_backend``)
                self._backend  # noqa: B018
            return kept
        if self._backend is None:
            return None
        return self._call("read", self._backend.get_password, *key)

    @property
    def waiting(self) -> bool:
        """True while a secret is kept for this run for want of a keyring (``look_again`` moves it)."""
        return bool(self._unsaved)

    def look_again(self, now: bool = False) -> None:
        """While no keyring was found, look for one again when ``RECHECK_S`` has passed (or at
        once with ``now``); one that appeared takes what waited for it. The poller calls it at
        each poll (review 55 P1). Nothing waiting and not ``now``: no look (a keyring's backends
        and ``cryptography`` cost a tray without credentials about 10 MB)."""
        with self._lock:
            if now:
                self._looked_at = float("-inf")
            elif not self._unsaved:
                return
        self._backend  # noqa: B018 - looks, when due

    def store(self, url: str, user: str, secret: str) -> Stored:
        """Keep ``secret``; see ``store_credentials`` (a keyring started since is looked for first:
        review 55 P1, a login 14 s after it started was kept for this run only)."""
        key = (entry_service(url), user)
        self.look_again(now=True)
        if self._backend is not None:
            try:
                self._call("write", self._backend.set_password, *key, secret)
            except KeyringLocked:
                raise
            except SecretStoreError as exc:
                with self._lock:
                    self._session[key] = secret
                return Stored(False, exc.reason)
            with self._lock:
                self._session.pop(key, None)
                self._unsaved.discard(key)
            return Stored(True)
        with self._lock:
            self._session[key] = secret
            self._unsaved.add(key)
        return Stored(False, self.unavailable_reason)

    def delete(self, url: str, user: str) -> bool:
        """Remove the secret of ``user`` at ``url`` from memory and the keyring; True if one
        was there.

        Raises:
            KeyringLocked, SecretStoreError.
        """
        key = (entry_service(url), user)
        with self._lock:
            found = self._session.pop(key, None) is not None
            self._unsaved.discard(key)
        if self._backend is None:
            return found
        from keyring.errors import PasswordDeleteError

        try:
            self._call("delete", self._backend.delete_password, *key)
        except SecretStoreError as exc:
            if isinstance(exc.__cause__, PasswordDeleteError):
                return found
            raise
        return True

    def ask_again(self) -> None:
        """Let the next use raise the unlock prompt again, even one just dismissed ("Refresh now")."""
        self._refused = None
        self.prompts.ask_again()

    def heed(self, earlier: SecretStore) -> None:
        """Take ``earlier``'s answer as this store's own: when that ``once`` store found the keyring
        locked (the start-up read of an ``--alertmanager`` address's login), reads here raise
        ``KeyringLocked`` at once, as after a prompt dismissed here (``PromptWait``, until
        ``ask_again``). One prompt per start of the tray, not one per store (review 47 N2)."""
        if earlier._refused is not None:
            from keyring.errors import KeyringLocked as Locked

            self.prompts.refused(Locked(earlier._refused.text()))

    @property
    def locked_reason(self) -> Message | None:
        """Why the keyring was found locked at its last read or write (its unlock prompt dismissed,
        or not answered in time: ``KeyringLocked``'s reason); None when that one went through, or
        before any. Asks the keyring nothing (the GUI thread may ask it). A command tells by it
        that a login refused for want of credentials is in a locked keyring (code review 67 AC6)."""
        with self._lock:
            return self._locked

    def _call(self, what: str, function, *args):
        try:
            value = self._use(what, function, *args)
        except KeyringLocked as exc:
            with self._lock:
                self._locked = exc.reason
            if self._once:
                self._refused = exc
            raise
        with self._lock:
            self._locked = None
        return value

    def _use(self, what: str, function, *args):
        from keyring.errors import KeyringLocked as Locked, PasswordDeleteError

        if self._refused is not None:  # ``once``: found locked already; no other prompt or wait
            raise KeyringLocked(self._refused.reason, self._refused.creating)

        if self._prompt is None or self._unlock_wait_s is not None:  # a D-Bus round trip: once, or at each
            now = prompt_kind(self._backend)  # use where waits are bounded (a keyring locked later)
            with self._lock:  # two threads at once say it once (review 33: "Waiting…" twice)
                before, self._prompt = self._prompt, now
            if now == UNLOCK and before != UNLOCK and self._on_locked is not None:
                self._on_locked()
        if self._prompt == CREATE and what != "write":  # no collection: nothing is stored, ask nothing
            if what == "read":
                return None
            raise SecretStoreError(Message("keyring", "no such entry in the keyring")) from PasswordDeleteError(what)
        creating = self._prompt == CREATE
        if creating and self._on_create is not None:
            self._on_create()
        answered = True  # False: the wait for the unlock prompt's answer ran out
        try:
            if self._prompt and self._unlock_wait_s is not None:
                answered, value = self.prompts.run(self._unlock_wait_s, function, *args, repeat_refusal=what == "read")
            else:
                value = function(*args)
            if answered:
                self._prompt = None if what == "write" else self._prompt  # it may have made a collection
                return value
        except Locked:
            pass  # raised below, outside this block: see there
        except PasswordDeleteError as exc:
            raise SecretStoreError(Message("keyring", "no such entry in the keyring")) from exc
        except Exception as exc:  # noqa: BLE001 - D-Bus, COM or Keychain failures of every kind
            if prompt_dismissed(exc):  # the prompt to create a keyring, cancelled or never shown: as a refused unlock
                raise KeyringLocked(creation_refused_words(self.backend_title), creating=True) from None
            raise SecretStoreError(failed_words(what, self.backend_title, exc)) from exc
        # Locked, without keyring's exception as cause or context: its traceback's frames hold keyring's
        # D-Bus connection (not closed on this path), and the tray keeps the last failure while locked
        if creating and not answered:
            raise KeyringLocked(creation_refused_words(self.backend_title, self._unlock_wait_s), creating=True)
        raise KeyringLocked(refusal_words(self.backend_title, None if answered else self._unlock_wait_s))


def _title(backend: object | None) -> str:
    """``SecretStore.backend_title`` of ``backend`` ("" for None)."""
    name = backend_name(backend) if backend is not None else ""
    return BACKEND_TITLES.get(name, name)


def demo_store() -> SecretStore:
    """The secrets of ``oncall-tray demo``: kept in memory for its run only, never in the keyring
    (the demo's Alertmanager has an address of its own each run, so a login kept there was left
    behind in the engineer's keyring after the demo ended). Its ``unavailable_reason`` says so,
    for the login dialog to tell where a login goes."""
    return SecretStore(None, Message("keyring", "the demo keeps a login for its run only, never in the keyring"))
