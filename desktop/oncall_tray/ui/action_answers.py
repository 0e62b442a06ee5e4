"""What the tray says when a write comes back, for ``AlertActions`` (split from it): an
acknowledgement sent to the Alertmanagers that hold the alert (members that are not one
cluster), an outcome unknown, a silence changed meanwhile, an acknowledgement to send again
after a login."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..alertmanager.models import Silence
from ..alertmanager.errors import CredentialsNeeded
from ..alertmanager.errors import AlertmanagerError
from ..alertmanager.silence_check import taken
from ..connect import LockedLogin, describe_error, keyring_failed
from ..core.silence_changes import has_ended, how_it_stands
from ..silence_holders import Left, answer_lost, change_outcome, maybe_done, not_reached, not_taken
from ..notify.messages import notice
from .actions import ActionResult
from .translations import translator_for

if TYPE_CHECKING:
    from .silence_dialog import SilenceDialog

TR_CONTEXT = "app"  # (AlertActions' context)
tr = translator_for(TR_CONTEXT)


def refusal_text(error: AlertmanagerError | None) -> str:
    """Why a write failed, for the engineer (``describe_error``); for a ``LockedLogin``, then that
    the saved login is in a locked keyring and what to do (code review 67 AC6). "" for None."""
    if error is None:
        return ""
    said = describe_error(error, QCoreApplication.translate)
    return said + ". " + locked_text() if isinstance(error, LockedLogin) else said


def locked_text() -> str:
    """What a write refused while the saved login is in a locked keyring (``LockedLogin``) adds:
    where the login is, and what to do (code review 67 AC6)."""
    return tr("The saved credentials are in a locked keyring: unlock it and try again, or log in for this run.")


class ActionAnswers:
    """Mixin of ``AlertActions``: uses its ``controller``, ``_alert``, ``_warn`` and
    ``_refresh_buttons``."""

    def _said_where(self, result: ActionResult, left: list[Left] | None = None) -> None:
        """An acknowledgement, or a silence of the Silence dialog, sent to the members that hold
        its alerts (``ActionResult.members``: Alertmanagers that are not one cluster, where a
        silence stays where it is made): a quiet notice names them, "APIDown acknowledged on
        Alertmanager URL", "Silence made on Alertmanager URL" (review 60 V10); a member among them
        that failed is named with its reason in a message (the alert still fires there), and each
        alert a member not answering holds, which it did not reach (``left``, named: ``where_held``;
        review 61 X8: left out without a word)."""
        if result.kind != "create":  # a silence expired or extended where it lives: a member that failed named
            self._not_taken(result)
            return
        if not result.members and not result.missed and not left:
            return
        urls = ", ".join(result.members)
        if result.tag.startswith("ack:"):
            fingerprint = result.tag.split(":", 1)[1]
            alert = self._alert(fingerprint)
            name = alert.display_name if alert is not None else fingerprint[:8]
            title = tr("%1 acknowledged on Alertmanager %2") if len(result.members) == 1 else tr(
                "%1 acknowledged on Alertmanagers %2")
        else:  # the Silence dialog's (review 60 V10)
            name = result.silence_id[:8]
            title = tr("Silence made on Alertmanager %2") if len(result.members) == 1 else tr(
                "Silence made on Alertmanagers %2")
        if result.members:
            self.controller.notifier.show([notice(title.replace("%1", name).replace("%2", urls), tr(
                "These Alertmanagers are not one cluster: the silence was made where the alert is."), None,
                quiet=True)])
        if result.missed or left:
            acked = result.tag.startswith("ack:")
            title = tr("Not acknowledged everywhere: %1") if acked else tr("Silence %1 not made everywhere")
            text = tr("%1 was not acknowledged on %2, which also holds it: it still fires there.") if acked else tr(
                "Silence %1 was not made on %2, which also holds an alert it matches: it still fires there.")
            said = [text.replace("%1", name).replace("%2", "; ".join(
                f"{url} ({describe_error(error, QCoreApplication.translate)})" for url, error in result.missed))] \
                if result.missed else []
            self._warn(title.replace("%1", name), "\n".join([*said, *([not_reached(left, QCoreApplication.translate)]
                                                                    if left else [])]))

    def _not_taken(self, result: ActionResult) -> None:
        """A silence expired or extended on the members that hold it (``ActionResult.members``,
        members that are not one cluster): each one that did not take it (``missed``) is named
        with its reason in a message (``silence_holders.not_taken``, as the command line
        says it); nothing when every one did. Each error is taken as the one-member path takes its
        own (review 63 CB3): one sent without an answer or answered 5xx may have been made
        (``maybe_done``), one
        wanting credentials opens the login (``_offer_login``)."""
        if not result.missed:
            return
        self._offer_login(result)
        translate = QCoreApplication.translate
        lost = [error for _url, error in result.missed if maybe_done(error)]  # a lost answer, a 5xx (AV1)
        if result.ok:
            title = tr("Silence %1 not changed everywhere").replace("%1", result.silence_id[:8])
        elif len(lost) < len(result.missed):  # "not changed" only when none may have taken it
            title = tr("Silence not changed")
        else:
            title = tr("No answer from Alertmanager") if all(answer_lost(e) for e in lost) else \
                tr("Alertmanager answered with an error")
        lines = not_taken(result.missed, translate)
        if any(isinstance(error, LockedLogin) for _url, error in result.missed):  # code review 69 AD5
            lines.append(locked_text())
        if lost:
            lines.append(tr("The Silences tab shows it after the next poll."))
        self._warn(title, "\n".join(lines))

    def _failure_words(self, result: ActionResult, message: str) -> tuple[str, str]:
        """The title and text of a message box for a write that failed (``result.error``, not a
        new silence's ``OutcomeUnknown``; ``message``: ``refusal_text`` of it): an acknowledgement,
        an expiry, an extension worded by the one rule (``silence_holders.change_outcome``): "may
        have been done" after a lost answer, an answer taken unread or a 5xx (code review 80
        AV1), the Silences tab refreshed at once; "was not …: nothing changed" after a refusal.
        Said in the text too: a window manager may show no title (review 16)."""
        error, ack = result.error, result.tag.startswith("ack:")
        first = getattr(error, "first", error)  # an OutcomeUnknown's first failure (review 65 T3)
        change = "acknowledge" if ack else {"update": "extend", "expire": "expire"}.get(result.kind, "")
        if not change:  # a new silence without its dialog
            return tr("Silence not changed"), tr("The silence was not changed: %1").replace("%1", message)
        subject = result.silence_id[:8]
        if ack:
            alert = self._alert(result.tag.split(":", 1)[1])
            subject = alert.display_name if alert is not None else result.tag.split(":", 1)[1]
        text = change_outcome(change, subject, error, QCoreApplication.translate,
                              message if not maybe_done(error) else None)
        if not maybe_done(error):
            return (tr("Not acknowledged: %1").replace("%1", subject) if ack else tr("Silence not changed")), text
        self.controller.refresh()  # the next poll tells
        if taken(first):
            return tr("Alertmanager's answer could not be read"), text
        return (tr("No answer from Alertmanager") if answer_lost(first) else
                tr("Alertmanager answered with an error")), text

    def _offer_login(self, result: ActionResult) -> None:
        """Open the login dialog when Alertmanager (or a proxy before it) wants credentials for a
        write: its error, or that of a silence's holder (``missed``; one rule, review 63 CB3: the
        holders' 401 opened none), not when the keyring failed (``keyring_failed``: said as
        such). An acknowledgement is sent again once logged in (review 57 S8)."""
        errors = [error for _url, error in result.missed] if result.missed and result.kind != "create" \
            else [result.error]
        wanted = next((e for e in errors if isinstance(e, CredentialsNeeded) and not keyring_failed(e)), None)
        if wanted is None:
            return
        acknowledging = result.tag.split(":", 1)[1] if result.tag.startswith("ack:") else ""
        locked = isinstance(wanted, LockedLogin)  # in a locked keyring: said, and unlocking offered (AC6)
        connection = self.controller.connection
        connection.open_login(refusal_text(wanted), keyring_failing=locked,
                              then=partial(self._acknowledge_again, acknowledging) if acknowledging else None)
        dialog = connection.dialogs.get("login")
        if locked and dialog is not None:
            dialog.offer_retry(self._unlock_and_retry)

    def _unlock_and_retry(self) -> None:
        """The login dialog's "Unlock the keyring and try again": the next read of the keyring raises
        its unlock prompt again (``SecretStore.ask_again``), and every acknowledgement refused for
        credentials and waiting for a login is sent again, once (code review 69 AD2: only the last
        one refused was; another write: the engineer sends it again)."""
        self.controller.store.ask_again()
        self.controller.connection.send_waiting()

    def _acknowledge_again(self, fingerprint: str) -> None:
        """The login kept the credentials an acknowledgement lacked: send it, if the alert still
        fires unacknowledged (the controller's ``alert_actions``: new settings may have made it anew)."""
        actions = self.controller.alert_actions
        alert = actions._alert(fingerprint)
        if alert is not None and not alert.silenced:
            actions.acknowledge(fingerprint)

    def _changed_meanwhile(self, current: Silence) -> None:
        """An extension not sent: the silence ended or changed since it was shown (another
        engineer). Say how it stands now; the Silences tab shows it at once."""
        translate, now = QCoreApplication.translate, dt.datetime.now(dt.timezone.utc)
        stands = how_it_stands(current, now, self.controller.config.zone(), translate)
        then = tr("To silence the alert again, use Silence… on it.") if has_ended(current, now) else tr(
            "Extend it again if it still needs more time.")
        self._warn(tr("Silence not extended"), tr("Silence %1 changed meanwhile: %2. Nothing was sent.").replace(
            "%1", current.id[:8]).replace("%2", stands) + " " + then)
        self.controller.refresh()
        self._refresh_buttons()

    def _unknown_outcome(self, result: ActionResult, dialog: SilenceDialog | None) -> None:
        """A new silence (an ack) got no answer, nor did the look for it afterwards, or it was taken
        with an answer that could not be read and not found afterwards (``OutcomeUnknown``): it may exist.
        Say so, never "not created", and where to look before trying again (a second one would
        be a duplicate); the dialog keeps everything typed."""
        error, translate = result.error, QCoreApplication.translate
        if error.check is None:  # taken (2xx), its answer unreadable, not found afterwards (review 65 T3)
            text = tr("Alertmanager took the silence, but its answer could not be read (%1), and the silence is not "
                      "among its silences: it may have been made. Look in the Silences tab (or run: oncall-tray "
                      "silence list) before trying again.").replace("%1", describe_error(error.first, translate))
        else:
            text = tr("Unknown whether the silence was created: %1. Alertmanager could not be asked afterwards "
                      "either (%2). Look in the Silences tab (or run: oncall-tray silence list) before trying "
                      "again.").replace("%1", describe_error(error.first, translate)) \
                .replace("%2", describe_error(error.check, translate))
        self.controller.refresh()
        if dialog is not None:
            dialog.uncertain(text)
            return
        title = tr("Unknown whether the alert was acknowledged") if result.tag.startswith("ack:") else \
            tr("Unknown whether the silence was created")
        self._warn(title, text)
        self._refresh_buttons()

