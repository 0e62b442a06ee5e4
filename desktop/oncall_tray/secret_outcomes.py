"""What a use of the keyring can end in (no Qt): its errors and where a secret was kept
(``secrets.SecretStore``, which re-exports them)."""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import Message, Translate, english, text_of


class SecretStoreError(Exception):
    """The keyring failed. ``reason`` says how, in one plain sentence without the secret
    (translatable: ``text(tr)``; ``str()`` is English)."""

    def __init__(self, reason: Message) -> None:
        self.reason = reason
        super().__init__(reason.text())

    def text(self, tr: Translate = english) -> str:
        """The reason in ``tr``'s language."""
        return self.reason.text(tr)


class KeyringLocked(SecretStoreError):
    """The keyring is locked and was not unlocked (the unlock prompt was dismissed or could not
    be shown), or there is none and the prompt that creates one got no answer: then ``creating``
    is True, for a question that follows to name what happened (code review 80 AU1: "unlock" of
    a keyring being created)."""

    def __init__(self, reason: Message, creating: bool = False) -> None:
        super().__init__(reason)
        self.creating = creating


@dataclass(frozen=True)
class Stored:
    """Where ``SecretStore.store`` put a secret: ``persistent`` False means this run only, with
    ``reason`` saying why the keyring was not used (a ``Message``, or a plain string)."""

    persistent: bool
    reason: Message | str = ""

    def reason_text(self, tr: Translate = english) -> str:
        """``reason`` in ``tr``'s language ("" when stored in the keyring)."""
        return text_of(self.reason, tr)


@dataclass(frozen=True)
class KeyringState:
    """Where ``SecretStore`` keeps secrets (``SecretStore.state``): ``persistent`` in the keyring
    titled ``title`` ("Secret Service: GNOME Keyring, KeePassXC"), else for this run only, with
    ``reason`` saying why there is no keyring (a ``Message``, or a plain string; "" when persistent)."""

    persistent: bool
    title: str = ""
    reason: Message | str = ""

    def reason_text(self, tr: Translate = english) -> str:
        """``reason`` in ``tr``'s language."""
        return text_of(self.reason, tr)
