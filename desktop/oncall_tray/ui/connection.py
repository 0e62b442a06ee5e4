"""The tray's side of the connection (issue 6): asks for credentials when Alertmanager answers
401/403 or the keyring is locked, keeps them (keyring, or memory for this run), opens the
settings dialog, and tells when a member of an HA cluster stops answering. GUI thread only.

It works through the ``TrayController`` it is given (its settings, secret store, notifier and
``apply_settings``), so that the controller itself stays small."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from ..alertmanager.connection import Credentials
from ..alertmanager.errors import AlertmanagerError, CredentialsNeeded
from ..config_aliases import alias_lines
from ..config_write import save_settings
from ..connect import (CredentialsNotAsked, check_credentials, error_reason, keyring_failed, lasting_failure, outage,
                       watches_its_own_url)
from ..core.overview import Light, Overview
from ..notify.messages import BODY_LIMIT, TITLE_LIMIT, Notice, clip
from ..reasons import unreadable_text
from ..secret_input import blanks_note
from ..url_passwords import shown_url
from ..watch import PollResult
from .login_keeping import LoginKeeper, alive
from .translations import translator_for
from .tray_lines import answer_again, degraded_body, members_down_line

log = logging.getLogger(__name__)
TR_CONTEXT = "app"
tr = translator_for(TR_CONTEXT)
#: How long the tray waits for the answer to the keyring's unlock prompt before it goes on
#: without the saved credentials, in seconds (review 32: it waited for good, saying nothing).
KEYRING_WAIT_S = 60
#: The wait for an unlock prompt is said once it lasted this long (milliseconds): one dismissed at
#: once, or none to show, is said by the poll that failed for it.
WAIT_NOTICE_MS = 2000


def all_answer(members: int) -> str:
    """The "cluster whole again" notice's body for a cluster of ``members`` (review 52 H6: "All 1
    members answer.")."""
    if members == 1:
        return tr("Its one member answers.")
    return tr("All %1 members answer.").replace("%1", str(members))


class ConnectionActions(QObject):
    """Login and settings dialogs, and the connection's notices, for ``controller``.

    Attributes:
        dialogs: the open dialog of each kind ("settings", "login").

    Signals:
        keyring_locked(): emitted from any thread (``SecretStore``'s ``on_locked``, in the
            poller's) when a read of the keyring raises the desktop's unlock prompt: said in a
            notice, in the GUI thread.
    """

    keyring_locked = Signal()

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.dialogs: dict[str, QObject] = {}
        self._after_login: list[Callable[[], None]] = []  # ``open_login``'s ``then``
        self._asked = False
        self._told_down: set[str] = set()  # members told of as down this run, not seen answering since
        self._polled: frozenset[str] | None = None  # the members of the poll before
        self._told_aliases: set[tuple[str, str]] = set()  # (alias, first) told of this run (review 61 W9)
        # said only if the wait lasts: a prompt dismissed at once (or none to show) ends it within
        # the second, and the poll's own failure says it (review 40 F4: both came in one second)
        self._waiting = QTimer(self)
        self._waiting.setSingleShot(True)
        self._waiting.setInterval(WAIT_NOTICE_MS)
        self._waiting.timeout.connect(self._say_keyring_locked)
        self.keyring_locked.connect(self._waiting.start)
        self._keeper: LoginKeeper | None = None  # made at the first login (``keeper``)

    @property
    def keeper(self) -> LoginKeeper:
        """The keyring's writer of logins, off the GUI thread (code review 65 T8); made at first use."""
        if self._keeper is None:
            self._keeper = LoginKeeper(self.controller.store, lambda said: self.controller.notifier.show(said), self)
        return self._keeper

    def _say_keyring_locked(self) -> None:
        """The tray waits for the keyring's unlock prompt (``KEYRING_WAIT_S`` at most)."""
        log.info("the keyring is locked: waiting for its unlock prompt (%s s at most)", KEYRING_WAIT_S)
        self.controller.notifier.show([Notice(
            clip(tr("Waiting for the keyring to be unlocked"), TITLE_LIMIT),
            clip(tr("The saved Alertmanager credentials are in a locked keyring: the desktop asks for its "
                    "password (its window may be behind others). The tray waits %1 s, then goes on without "
                    "them.").replace("%1", str(KEYRING_WAIT_S)), BODY_LIMIT), None, light=Light.WARNING)])

    def reset(self) -> None:
        """New settings: ask again at the next refusal."""
        self._asked = False

    def notices(self, previous: Overview | None, result: PollResult) -> list[Notice]:
        """After a poll: ask for credentials (once per run of refusals; not "down"), close a
        login prompt that is no longer needed, tell when a cluster member drops out and when
        every member answers again, when a member is the same Alertmanager as one before it (an
        alias, ``PollResult.aliases``: said once a run, with its key, item and line: review 67
        AC7), and when Alertmanager's answer holds alerts not in the API's shape (left out)."""
        self._waiting.stop()  # the keyring's wait is over, one way or the other
        notices = []
        if result.keyring_took:  # the last word was "kept until oncall-tray quits" (review 57 S13)
            notices.append(Notice(clip(tr("Credentials now kept in the keyring"), TITLE_LIMIT), clip(tr(
                "A system keyring appeared: your password or token is stored in it and will not be asked again "
                "after a restart."), BODY_LIMIT), None, quiet=True))
        if isinstance(result.error, CredentialsNeeded):
            if self._logged_in_elsewhere():
                return notices
            if not self._asked:
                self._asked = True
                error = result.error  # its reason and status; the body is a proxy's page at best
                reason = error_reason(error, QCoreApplication.translate) + (
                    f" (HTTP {error.status})" if error.status else "")
                title = tr("Cannot read the saved credentials") if keyring_failed(error) \
                    else tr("Alertmanager needs credentials")
                notices.append(Notice(clip(title, TITLE_LIMIT),
                                      clip(f"{error.url}: {reason}", BODY_LIMIT), None, light=Light.UNREACHABLE))
                self.open_login(reason, keyring_failed(error))
                self.dialogs["login"].prompted = True
        elif result.error is None:
            self._asked = False
            login = self.dialogs.get("login")
            if login is not None and getattr(login, "prompted", False) and not login.storing_login:
                login.close()  # the credentials came another way (an unlocked keyring); not its own, being stored
        notices += self._cluster_notices(previous, result)
        view = self.controller.view
        aliases = {alias: first for alias, first in view.aliases.items()
                   if (alias, first) not in self._told_aliases} if view is not None else {}
        if aliases:
            self._told_aliases |= set(aliases.items())
            notices.append(Notice(clip(tr("The same Alertmanager is listed twice"), TITLE_LIMIT), clip("\n".join(
                alias_lines(aliases, view.said_aliases, QCoreApplication.translate)), BODY_LIMIT), None, quiet=True,
                light=Light.WARNING))
        if view is not None:
            notices += self._unreadable_notices(previous, view)
        return notices

    @staticmethod
    def _unreadable_notices(previous: Overview | None, view: Overview) -> list[Notice]:
        """One notice while alerts, one while silences, are left out as not of the API's shape,
        when one of them is new since ``previous`` (review 65 T10: one rule for both)."""
        notices = []
        for silences in (False, True):
            lines = view.unreadable_silences if silences else view.unreadable
            before = (previous.unreadable_silences if silences else previous.unreadable) if previous else ()
            if not set(lines) - set(before):
                continue
            log.warning("%s left out, not in the API's shape: %s", "silences" if silences else "alerts",
                        "; ".join(lines))
            body = unreadable_text(lines, QCoreApplication.translate, silences) + "\n" + (
                tr("The other silences are shown; every reason is in the log.") if silences else
                tr("The other alerts are shown; every reason is in the log."))
            title = tr("Alertmanager sent silences the tray cannot read") if silences else \
                tr("Alertmanager sent alerts the tray cannot read")
            notices.append(Notice(clip(title, TITLE_LIMIT), clip(body, BODY_LIMIT), None, light=Light.UNKNOWN))
        return notices

    def _cluster_notices(self, previous: Overview | None, result: PollResult) -> list[Notice]:
        """"Cluster degraded" ("1 of 2 Alertmanagers does not answer" when they are not one
        cluster: ``members_down_line``) when a member not told of yet (this run) stops answering while others
        answer; "whole again" when the members of the poll before, one of them down then, all
        answer (review 13). Across new settings (review 52 H6): a change of members is not the
        cluster whole again (a member no longer watched may be down still), and a member told of
        that is down still when watched again is not told of again; one seen answering
        meanwhile, or lost with every other member (contact lost, said), is told of again."""
        view, polled = self.controller.view, frozenset(m.url for m in result.members)
        down = {m.url for m in result.members if not m.ok}
        same, self._polled = polled == self._polled, polled
        if result.error is not None:
            self._told_down -= polled
            return []
        self._told_down -= polled - down
        notices = []
        if view is not None and view.degraded and down - self._told_down:
            body = degraded_body(view.members_down, QCoreApplication.translate)
            title = members_down_line(view) if view.apart else tr("Alertmanager cluster degraded")  # review 75 BD6
            notices.append(Notice(clip(title, TITLE_LIMIT), clip(body, BODY_LIMIT), None, quiet=True,
                                  light=Light.WARNING))
        elif view is not None and not view.degraded and same and previous is not None and previous.degraded:
            title, body = answer_again(view.members) if view.apart else (
                tr("Alertmanager cluster whole again"), all_answer(view.members))
            notices.append(Notice(clip(title, TITLE_LIMIT), clip(body, BODY_LIMIT), None, quiet=True, light=Light.OK))
        self._told_down |= down
        return notices

    # -- login ---------------------------------------------------------------------------

    def _logged_in_elsewhere(self) -> bool:
        """Whether ``oncall-tray login`` has since recorded another method or user name in the
        settings file: then they apply (the poller starts again and reads the keyring), and
        True. The rest of the file is left to the engineer's next Save or restart. Never for an
        Alertmanager other than the file's (``watches_its_own_url``): the file's login is not
        its own."""
        controller = self.controller
        if watches_its_own_url(controller.loaded):
            return False
        written = controller.loaded.reloaded().config
        auth = {"auth_method": written.auth_method, "auth_username": written.auth_username}
        if all(getattr(controller.config, key) == value for key, value in auth.items()):
            return False
        log.info("the settings file has a new login (%s); using it", written.auth_method)
        loaded = dataclasses.replace(controller.loaded, config=controller.loaded.config.with_overrides(**auth))
        QTimer.singleShot(0, lambda: controller.apply_settings(loaded))  # after this poll's handling
        return True

    def open_login(self, reason: str = "", keyring_failing: bool = False, then: Callable[[], None] | None = None) -> None:
        """Show the login dialog for the configured Alertmanager (one at a time); ``keyring_failing``:
        the keyring could not give the saved credentials (the dialog does not promise to keep them there);
        ``then``: run once credentials are kept (the acknowledgement refused for want of them: review
        57 S8), not if the dialog is cancelled."""
        if then is not None:
            self._after_login.append(then)
        if self._raise("login"):
            return
        from .login_dialog import LoginDialog  # the dialogs are imported when first opened (issue 2)

        config = self.controller.config
        dialog = LoginDialog(config.alertmanager_url, config.auth_method, config.auth_username, reason,
                             self.controller.store, keyring_failing=keyring_failing,
                             members=config.alertmanager_urls())
        dialog.submitted.connect(
            lambda credentials: self._check(dialog, config, credentials, lambda kept: self.log_in(kept, dialog)))
        dialog.rejected.connect(lambda: dialog.retrying or self._after_login.clear())  # retrying: sent (review 69 AD2)
        self._show("login", dialog)
        self.keeper.look(dialog)

    def _check(self, dialog, config, credentials: Credentials, keep: Callable[[Credentials], None]) -> None:
        """Ask Alertmanager (off the GUI thread) whether it takes ``credentials``; keep them
        only if it does not refuse them (README: nothing refused is kept): ``keep`` tells
        ``dialog`` while the keyring takes them and closes it. When it cannot be asked now (an
        ``outage``), they are kept and the engineer told; a refusal, an address or TLS setting
        that cannot work (``lasting_failure``), or any other failure of the check, is shown in
        ``dialog``, which stays open. Cancelled before Alertmanager answered: nothing is kept."""

        def done(error, failure) -> None:
            error = error if failure is None else failure
            if not alive(dialog) or not dialog.isVisible():  # cancelled while Alertmanager was asked
                log.info("the login was cancelled before Alertmanager answered: nothing kept")
                return
            if isinstance(error, CredentialsNotAsked):  # review 46 F6: kept, and the settings changed
                dialog.checked(tr("Alertmanager at %1 does not ask for credentials (it answered without them): "
                                  "nothing was kept.").replace("%1", shown_url(config.alertmanager_url)))
                return
            if isinstance(error, CredentialsNeeded):
                blanks = blanks_note(credentials.method, credentials.secret)  # review 65 R6
                said = tr("Alertmanager refused these credentials (%1); nothing was kept: %2.") if blanks else \
                    tr("Alertmanager refused these credentials (%1); nothing was kept.")
                dialog.checked(said.replace("%2", blanks.text(QCoreApplication.translate) if blanks else "").replace(
                    "%1", error_reason(error, QCoreApplication.translate)
                    + (f", HTTP {error.status}" if error.status else "")))
                return
            if lasting_failure(error):  # not an outage to wait out (review 54 M9)
                dialog.checked(tr("Alertmanager at %1 cannot be used as set: %2; nothing was kept. Fix the address or "
                                  "its TLS settings first.").replace("%1", shown_url(config.alertmanager_url)).replace(
                    "%2", error_reason(error, QCoreApplication.translate)))
                return
            if isinstance(error, AlertmanagerError) and not outage(error):  # nor an outage (review 61 W10)
                dialog.checked(tr("Alertmanager at %1 could not check these credentials: %2; nothing was kept.").replace(
                    "%1", shown_url(config.alertmanager_url)).replace(
                    "%2", error_reason(error, QCoreApplication.translate)))
                return
            keep(credentials)
            if error is not None:
                log.warning("credentials kept without a check: %s", error)
                self.controller.notifier.show([Notice(
                    clip(tr("Credentials kept without a check"), TITLE_LIMIT),
                    clip(tr("Alertmanager could not be asked now: %1").replace(
                        "%1", error_reason(error, QCoreApplication.translate)
                        if isinstance(error, AlertmanagerError) else str(error)), BODY_LIMIT),
                    None, light=Light.WARNING)])

        if self.controller.shift.actions.submit(check_credentials, config, credentials, done=done) is None:
            dialog.checked()  # quitting

    def log_in(self, credentials: Credentials, dialog=None) -> None:
        """Keep the credentials (this run at once, then the keyring: ``LoginKeeper.keep``, which
        tells ``dialog``), record the method and user name beside them and in the settings file
        (not for an Alertmanager other than the file's: ``watches_its_own_url``), and apply: the
        poller starts again with them, without waiting for the keyring."""
        controller = self.controller
        url = controller.config.alertmanager_url
        self.keeper.keep(url, credentials, True, dialog)
        changes = {"auth_method": credentials.method}
        if credentials.username:
            changes["auth_username"] = credentials.username
        changes = {k: v for k, v in changes.items() if getattr(controller.config, k) != v}
        loaded = controller.loaded
        if watches_its_own_url(loaded):
            controller.apply_settings(loaded.overridden(**changes))
            self.send_waiting()
            return
        if changes:
            try:
                save_settings(loaded.path, changes)
            except (OSError, ValueError) as exc:
                log.warning("cannot record the login in %s: %s", loaded.path, exc)
        controller.apply_settings(dataclasses.replace(loaded, config=loaded.config.with_overrides(**changes)))
        self.send_waiting()

    def send_waiting(self) -> None:
        """Run, once each, the writes waiting for credentials (``open_login``'s ``then``)."""
        waiting, self._after_login = self._after_login, []
        for work in waiting:
            work()

    # -- settings ------------------------------------------------------------------------

    def open_settings(self) -> None:
        """Show the settings dialog (one at a time); saving applies at once."""
        if self._raise("settings"):
            return
        from ..config_kept import shown_in_force
        from .settings_dialog import SettingsDialog

        # the file as it is now, with this run's overrides: one broken since the tray read it is
        # said at once (review 26) over the settings the tray runs on (review 65 R3), one edited
        # by hand is shown as edited (review 29)
        dialog = SettingsDialog(shown_in_force(self.controller.loaded), self.controller.store)
        dialog.saved.connect(self.controller.apply_settings)
        dialog.login_requested.connect(self._login_from_settings)
        self._show("settings", dialog)

    def retranslate(self) -> None:
        """The language changed (a hand edit of the file, applied while the tray runs): an open
        settings dialog with nothing typed in it is opened again in the new language (review 40
        F7: its labels stayed English under buttons in Portuguese), showing the file as it is now;
        one holding changes stays, and makes itself again in the new language keeping what was
        typed (``SettingsDialog.retranslate``; review 61 W6: it stayed half in each)."""
        dialog = self.dialogs.get("settings")
        if dialog is None or dialog.changed():
            return
        geometry = dialog.saveGeometry()
        dialog.close()  # asks nothing: closed by the program
        self.dialogs.pop("settings", None)
        self.open_settings()
        self.dialogs["settings"].restoreGeometry(geometry)

    def _login_from_settings(self, url: str, method: str, username: str, members: list[str], password: str) -> None:
        """The settings dialog's "Enter password or token…", or its move of the user name out of
        the URLs: keep the secret for the URL typed there; the method and user name are saved
        with the other settings. The dialog names every member typed (``members``), as the menu's
        login does: one login serves all (review 62 Y6); its Password holds ``password`` (masked),
        the one the move took out of the URLs, and the settings dialog hears whether the login was
        kept or cancelled (``SettingsDialog.login_ended``: review 64 V6)."""
        from .login_dialog import LoginDialog

        settings = self.dialogs.get("settings")
        dialog = LoginDialog(url, method, username, "", self.controller.store, settings, members=members,
                             secret=password)
        config = self.controller.config.with_overrides(alertmanager_url=url, alertmanager_peers=())
        dialog.submitted.connect(lambda credentials: self._check(
            dialog, config, credentials, lambda kept: self.keeper.keep(url, kept, False, dialog)))
        if settings is not None:
            dialog.finished.connect(lambda code: settings.login_ended(code == LoginDialog.DialogCode.Accepted))
        dialog.open()
        self.keeper.look(dialog)

    # -- plumbing ------------------------------------------------------------------------

    def _raise(self, name: str) -> bool:
        dialog = self.dialogs.get(name)
        if dialog is None:
            return False
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return True

    def _show(self, name: str, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self.dialogs.pop(name, None))
        self.dialogs[name] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def close_all(self) -> None:
        """Close every open dialog (at quit)."""
        for dialog in list(self.dialogs.values()):
            dialog.close()

    def shutdown(self, timeout_s: float) -> bool:
        """At quit: close the dialogs, let a keyring write in progress finish within ``timeout_s``
        seconds; False when it did not (``LoginKeeper.shutdown``)."""
        self.close_all()
        return self._keeper is None or self._keeper.shutdown(timeout_s)
