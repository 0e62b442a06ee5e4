"""The engineer's logins into the keyring, off the GUI thread (code review 65 T8: the secret's
write and the login's record waited on the keyring in the GUI thread, and a locked keyring whose
unlock prompt nobody answered froze the whole tray for up to 2 x 60 s).

A login is kept for this run at once (memory only: in use at once, nothing typed lost however
long the keyring takes, or if it never answers), then written to the keyring by a ``Background``
of one thread of its own (the writes in the order given; one stuck on a prompt holds up no other
work of the tray). The login dialog says meanwhile that it is storing the login, and the outcome
is said when it comes: the dialog closes (stored), or a notification says it is kept until
oncall-tray quits, and why (no keyring, the keyring locked or failing). Where the secret will go
(the dialog's note) is known without asking the keyring, and looked for on that same thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal

from ..alertmanager.connection import Credentials
from ..core.overview import Light
from ..i18n import Message
from ..notify.messages import BODY_LIMIT, TITLE_LIMIT, Notice, clip
from ..secrets import SecretStore, SecretStoreError, Stored
from .background import Background
from .translations import translator_for

log = logging.getLogger(__name__)
TR_CONTEXT = "app"
tr = translator_for(TR_CONTEXT)


def alive(dialog: QObject | None) -> bool:
    """Whether ``dialog`` is still there to be told something (one closed with
    ``WA_DeleteOnClose`` is deleted: calling it would raise)."""
    return dialog is not None and shiboken6.isValid(dialog)


def fault_reason(error: BaseException | None) -> Message:
    """Why a login was kept for this run only when the keyring's write raised ``error`` (no
    ``Stored`` came back), for the notice: a ``SecretStoreError``'s own reason (plain words,
    translatable), else plain words that the keyring failed, the details left to the log
    (``Background`` logs the error): never the exception's class name (code review 67 AA8:
    "Not saved in the keyring: RuntimeError.") nor its text, which may hold what was written
    (``keyring_prompt.failure_words``)."""
    if isinstance(error, SecretStoreError):
        return error.reason
    return Message("keyring", "the keyring could not be used (an error it did not explain; the details are in the log)")


class LoginKeeper(QObject):
    """Keeps logins in ``store``'s keyring on a thread of its own; notices go to ``show``
    (``Notifier.show``: a list of ``Notice``).

    Signals:
        stored(object): the keyring's answer to a login (``keep``), a ``Stored``: persistent, or
            kept for this run with the reason; emitted in the GUI thread after it is said.
    """

    stored = Signal(object)

    def __init__(self, store: SecretStore, show: Callable[[list[Notice]], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store, self._show = store, show
        self._keyring = Background("keyring", parent=self)

    def look(self, dialog) -> None:
        """Have the login ``dialog`` (``LoginDialog``) say where the secret will be kept once the
        keyring was looked for (``SecretStore.state``, off the GUI thread: its D-Bus probes)."""

        def found(state, error) -> None:
            if error is None and alive(dialog):
                dialog.keyring_found(state)

        self._keyring.submit(self._store.state, done=found)

    def keep(self, url: str, credentials: Credentials, record: bool, dialog=None) -> None:
        """Keep ``credentials`` for the Alertmanager at ``url``: for this run at once, then in the
        keyring (``SecretStore.keep_login``; with ``record``, the login's method and user name
        beside them), saying so in ``dialog`` (``LoginDialog.storing``, then ``checked``) and in a
        notice when it is for this run only."""
        store = self._store
        store.keep_for_session(url, credentials)  # memory: in use at once, whatever the keyring does
        if record:
            store.record_login(url, credentials.method, credentials.username, persist=False)
        if alive(dialog):
            dialog.storing()
        if self._keyring.submit(store.keep_login, url, credentials, record,
                                done=lambda kept, error: self._kept(dialog, kept, error)) is None and alive(dialog):
            dialog.checked()  # quitting: kept for this run

    def _kept(self, dialog, kept: tuple[Stored, SecretStoreError | None] | None, error: BaseException | None) -> None:
        """The keyring answered a ``keep``: say how the login is kept, close the dialog."""
        if error is not None or kept is None:  # not the keyring's refusal (that is a ``Stored``): a fault
            stored = Stored(False, fault_reason(error))
        else:
            stored, unrecorded = kept
            if unrecorded is not None:
                log.warning("cannot record the login method in the keyring (kept for this run): %s", unrecorded)
        from .login_dialog import kept_note

        note = kept_note(stored)
        waiting = alive(dialog) and dialog.isVisible()
        if note:
            self._show([Notice(clip(tr("Credentials kept until oncall-tray quits"), TITLE_LIMIT),
                               clip(note, BODY_LIMIT), None, light=Light.WARNING)])
        elif dialog is not None and not waiting:  # closed while it was stored: said here
            self._show([Notice(clip(tr("Credentials stored in the keyring"), TITLE_LIMIT), clip(tr(
                "Your password or token is stored in the system keyring and will not be asked again after a restart."),
                BODY_LIMIT), None, quiet=True)])
        if waiting:
            dialog.checked()
        self.stored.emit(stored)

    def shutdown(self, timeout_s: float) -> bool:
        """At quit: let a keyring write in progress finish within ``timeout_s`` seconds; False when
        it did not (one waiting on an unlock prompt: the process then exits without it)."""
        return self._keyring.shutdown(timeout_s)
