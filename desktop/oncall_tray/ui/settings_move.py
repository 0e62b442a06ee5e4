"""The settings dialog's move of the user name typed in the Alertmanager URLs to its own User
name field (review 61 W5), and its undo: the password taken out of the URLs goes to the login
the move asks for, and a cancelled login puts back what was typed (review 64 V6: the login
opened with an empty password, and its Cancel left the password nowhere)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtWidgets import QPlainTextEdit

from .settings_checks import movable_user, moved_password, unmovable, without_credentials
from .settings_field import Field
from .settings_layout import URLS

#: The fields naming the login "Enter password or token…" asks for.
LOGIN_KEYS = (URLS, "auth_method", "auth_username")


@dataclass(frozen=True)
class UserMove:
    """A move done: ``before``, what each field of ``LOGIN_KEYS`` held (the URLs' text exactly
    as typed, password and all); ``password``, the URLs' password for the login ("" when they
    hold different ones: ``moved_password``)."""

    before: Mapping[str, object]
    password: str


def move_user(fields: Mapping[str, Field], user_label: str) -> UserMove | None:
    """Move the user name of the URLs holding a password into User name, with basic
    authentication, and take the credentials out of every URL (a password is never saved in the
    file). None when nothing moved: no single user name to move, or no login could be asked for
    then (``unmovable``: the URLs' message line says why, code review 63B CB2)."""
    urls = fields[URLS]
    user = movable_user(urls.raw())
    if not user:  # none, or URLs naming different users: said by the field's problem
        return None
    bare = [without_credentials(url) for url in urls.raw()]
    refused = unmovable(fields, bare, user, user_label)
    if refused:  # the password stays where it is
        urls.error.setText(refused)
        return None
    move = UserMove({key: _held(fields[key]) for key in LOGIN_KEYS}, moved_password(urls.raw()))
    urls.set(bare)
    fields["auth_method"].set("basic")
    fields["auth_username"].set(user)
    return move


def put_back(fields: Mapping[str, Field], move: UserMove) -> None:
    """Show in each login field what it held before ``move``."""
    for key, held in move.before.items():
        widget = fields[key].widget
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(held))
        else:
            fields[key].set(held)


def _held(field: Field) -> object:
    """What ``field`` holds: a text box's text exactly, another editor's value (``Field.raw``)."""
    return field.widget.toPlainText() if isinstance(field.widget, QPlainTextEdit) else field.raw()


__all__ = ["LOGIN_KEYS", "UserMove", "move_user", "put_back"]
