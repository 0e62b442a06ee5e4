"""The login dialog (issue 6): asks for the Alertmanager's password or token when it answers
401/403 (or from the tray menu), and says plainly where the secret will be kept: the system
keyring, or, when there is none or it is locked, memory until the tray quits."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..alertmanager.connection import Credentials
from ..secret_input import secret_problem, tidy_secret, trimmed_note
from ..secrets import KeyringState, SecretStore, Stored
from ..url_passwords import shown_url
from .screen_fit import fit_to_screen
from .tab_order import buttons_after
from .translations import translator_for

TR_CONTEXT = "login"
tr = translator_for(TR_CONTEXT)


def kept_note(stored: Stored) -> str:
    """Why a login was kept for this run only (``SecretStore.keep_login``'s ``Stored``), for the
    engineer: the body of the notice titled "Credentials kept until oncall-tray quits" (review 46
    F10: it said so twice); "" when it is in the keyring."""
    why = "" if stored.persistent else stored.reason_text(QCoreApplication.translate)
    return tr("Not saved in the keyring: %1.").replace("%1", why) if why else ""


def where_text(state: KeyringState | None, keyring_failing: bool = False) -> str:
    """Where the secret typed will be kept, for the dialog: ``state`` (``SecretStore.state``; None:
    not known yet, looked for); ``keyring_failing``: the keyring could not give the saved
    credentials just now."""
    if state is None:
        return tr("Looking for the system keyring…")
    if state.persistent and keyring_failing:  # review 26: it promised the keyring that had just failed
        return "⚠ " + tr("The keyring (%1) could not be read just now: the secret goes to it if it works then, else it "
                         "is kept until oncall-tray quits.").replace("%1", state.title)
    if state.persistent:  # it may be locked or gone by the time the secret is kept (review 40 F3)
        return tr("Kept in the system keyring (%1); if it is locked or gone then, only until oncall-tray quits, and a "
                  "notification says so.").replace("%1", state.title)
    return "⚠ " + tr("The secret is kept only until oncall-tray quits: %1.").replace(
        "%1", state.reason_text(QCoreApplication.translate))


class LoginDialog(QDialog):
    """Asks for credentials for the Alertmanager at ``url``.

    Args:
        url: the Alertmanager (cluster's first member).
        method: "basic" or "bearer" preselected ("none" preselects basic).
        username: the user name to show.
        reason: why it is asked (Alertmanager's answer, or a locked keyring); "" for none.
        store: where the secret will be kept, as last looked at (``SecretStore.known_state``: the
            dialog never waits on the keyring); ``keyring_found`` says it after a new look.
        keyring_failing: the keyring (``store``'s) could not give the saved credentials just now:
            the dialog says the secret goes to it only if it works then.
        members: every member of the cluster the credentials are for, shown (passwords masked);
            () for ``url`` alone.
        secret: the password or token the secret field holds at first (masked, as typed ones
            are): one the engineer typed elsewhere already, e.g. in a URL (review 64 V6).

    Signals:
        submitted(Credentials): the engineer pressed "Log in" with valid input. The dialog
            then says it is checking and waits for ``checked`` (it stays open, the secret
            field emptied, until the receiver says Alertmanager accepted or refused). Accepted,
            the receiver may call ``storing`` first, while the keyring takes the login.
    """

    submitted = Signal(object)

    def __init__(self, url: str, method: str, username: str, reason: str, store: SecretStore,
                 parent: QWidget | None = None, keyring_failing: bool = False, members: Sequence[str] = (),
                 secret: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("oncall-tray — log in to Alertmanager"))
        self.url = url
        self.reason = QLabel(reason[:1].upper() + reason[1:])  # a header (code review 67 AC6: "credentials needed…")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        self.method = QComboBox()
        self.method.addItem(tr("User name and password (basic auth)"), "basic")
        self.method.addItem(tr("Bearer token"), "bearer")
        self.method.setCurrentIndex(1 if method == "bearer" else 0)
        self.username = QLineEdit(username)
        self.secret = QLineEdit(secret)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self._trimmed = ""  # what was left out of the secret submitted last, said (``trimmed_note``)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)  # within the dialog's width, as the note below (review 61 W7)
        # known without asking the keyring (the GUI thread never waits on it: code review 65 T8);
        # ``keyring_found`` says it once looked for
        self._keyring_failing = keyring_failing
        where = QLabel(where_text(store.known_state(), keyring_failing))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        self.where = where
        form = QFormLayout()
        title = QLabel("\n".join(map(shown_url, members or [url])))  # each member: one login serves all
        title.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(tr("Alertmanager"), title)
        form.addRow(tr("Method"), self.method)
        self.username_label = QLabel(tr("User name"))
        form.addRow(self.username_label, self.username)
        self.secret_label = QLabel()
        form.addRow(self.secret_label, self.secret)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.login_button = buttons.addButton(tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._buttons, self.retry_button, self._retry = buttons, None, None  # ``offer_retry``
        self.storing_login = False  # accepted by Alertmanager, the keyring taking it (``storing``)
        self.retrying = False  # closed by "Unlock the keyring and try again" (``offer_retry``)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(where)
        layout.addWidget(buttons)
        buttons_after(self.secret, buttons)  # Log in before Cancel (review 51 G2)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        (self.secret if username or method == "bearer" else self.username).setFocus()
        fit_to_screen(self, *self.sizeHint().toTuple())

    def offer_retry(self, retry: Callable[[], None]) -> None:
        """Offer "Unlock the keyring and try again" beside *Log in*: the saved login is in a locked
        keyring (code review 67 AC6: only an empty login dialog, as if none were stored). Pressed,
        the dialog closes (nothing typed is kept) with ``retrying`` True: not a cancel of the writes
        waiting for a login (code review 69 AD2), which ``retry`` (the latest given) sends again."""
        self._retry = retry
        if self.retry_button is None:
            self.retry_button = self._buttons.addButton(tr("Unlock the keyring and try again"),
                                                        QDialogButtonBox.ButtonRole.ActionRole)
            self.retry_button.clicked.connect(self._retried)
            self._fit_height()

    def _retried(self) -> None:
        self.retrying = True
        self.reject()
        if self._retry is not None:
            self._retry()

    def _method_changed(self) -> None:
        basic = self.method.currentData() == "basic"
        self.username.setVisible(basic)
        self.username_label.setVisible(basic)
        self.secret_label.setText(tr("Password") if basic else tr("Token"))

    def _say(self, text: str) -> None:
        """Show ``text`` under the fields, wrapped within the dialog's width, and make the dialog
        as tall as the lines need (review 61 W7: one long line doubled its width; wrapped, the
        fields were squeezed instead)."""
        self.problem.setText(text)
        self._fit_height()

    def _fit_height(self) -> None:
        """Make the dialog as tall as its lines need at its width (never shorter)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def credentials(self) -> Credentials | None:
        """The credentials typed (the secret as ``tidy_secret`` leaves it: a token without the
        white space around it, a password as typed less line breaks at its ends), or None (with
        the reason shown) when something is missing or the secret cannot be sent
        (``secret_problem``: a token with a line break or a control character)."""
        method = self.method.currentData()
        username = self.username.text().strip() if method == "basic" else ""
        if method == "basic" and not username:
            self._say(tr("Enter the user name."))
            return None
        if ":" in username:
            self._say(tr("A user name cannot contain a colon."))
            return None
        typed = self.secret.text()
        secret = tidy_secret(method, typed)
        note = trimmed_note(method, typed)
        self._trimmed = _sentence(note.text(QCoreApplication.translate)) if note is not None and secret else ""
        if not secret:
            self._say(tr("Enter the password.") if method == "basic" else tr("Enter the token."))
            return None
        problem = secret_problem(method, secret)
        if problem is not None:  # never sent nor kept (review 61 W10)
            self._say(_sentence(problem.text(QCoreApplication.translate)))
            return None
        self._say("")
        return Credentials(method, username, secret)

    def _submit(self) -> None:
        credentials = self.credentials()
        if credentials is None:
            return
        self.secret.clear()  # the widget forgets it as soon as it is handed over
        self.problem.setStyleSheet("color: palette(window-text)")  # not an error: the usual colour
        self._say(self._with_trimmed(tr("Checking with Alertmanager…")))
        self.login_button.setEnabled(False)
        self.submitted.emit(credentials)

    def keyring_found(self, state: KeyringState) -> None:
        """Say where the secret will be kept, the keyring looked for (``SecretStore.state``)."""
        self.where.setText(where_text(state, self._keyring_failing))
        self._fit_height()  # "Looking for the system keyring…" is one line; the answer may be four

    def storing(self) -> None:
        """Alertmanager took the login, which is in use already (kept for this run meanwhile): say
        that it is being stored in the keyring, until ``checked`` closes the dialog. Closing it
        now loses nothing: it is then accepted, not cancelled."""
        self.storing_login = True
        for done_with in (self.method, self.username, self.secret, self.login_button):
            done_with.setEnabled(False)
        self.cancel_button.setText(tr("Close"))
        self.problem.setStyleSheet("color: palette(window-text)")
        self._say(self._with_trimmed(tr("Alertmanager accepted the login. Storing it in the system keyring… It is in "
                                        "use already: closing this window loses nothing.")))

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: the login is cancelled, unless it is being
        stored already (``storing``): then it stays, and the dialog is accepted."""
        if self.storing_login:
            self.accept()
        else:
            super().reject()

    def checked(self, refusal: str = "") -> None:
        """The answer to ``submitted``: "" closes the dialog (kept); else Alertmanager refused
        the credentials, and ``refusal`` (translated) is shown with the fields as typed, except
        the secret, to try again, and with what was left out of the secret (``trimmed_note``),
        which may be why (code review 64 K5)."""
        self.login_button.setEnabled(True)
        if not refusal:
            self._say("")
            if not self.storing_login or self.isVisible():  # not closed while storing: accepted once
                self.accept()
            return
        self.problem.setStyleSheet("color: #c62828")
        self._say(self._with_trimmed(refusal))
        self.secret.setFocus()

    def _with_trimmed(self, text: str) -> str:
        """``text``, then what was left out of the secret submitted last, when anything was."""
        return f"{text} {self._trimmed}" if self._trimmed else text


def _sentence(said: str) -> str:
    """``said`` (a translated clause) as a sentence: capitalised, with a full stop."""
    return said[:1].upper() + said[1:] + "."
