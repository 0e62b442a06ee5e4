"""``oncall-tray logout [--username U]``: remove the Alertmanager's password and token from the
system keyring (issue 6; no Qt). The settings keep the method and the user name, so that the
next poll asks for credentials again."""

from __future__ import annotations

import argparse

from ..config import LoadedConfig
from ..i18n import Translate
from ..secret_logins import TOKEN_USER
from ..secrets import SecretStore, SecretStoreError
from .common import EXIT_OK, EXIT_USAGE, error, keyring_of, out, tr_for


def register(sub, tr: Translate) -> None:
    """Add the ``logout`` subcommand, with help in ``tr``'s language."""
    parser = sub.add_parser("logout", help=tr("cli_help", "remove the Alertmanager's password and token from the "
                                                          "system keyring"),
                            description=tr("cli_help", "Remove the password and token stored in the system keyring "
                                                       "for the settings' Alertmanager (or the one given with "
                                                       "--alertmanager URL before `logout`); with --username U, only "
                                                       "U's password. Exit 1 when no keyring can be reached (nothing "
                                                       "was removed)."))
    parser.add_argument("--username", metavar="U", help=tr("cli_help", "basic-auth user name (default: auth_username "
                                                                       "of the settings)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, loaded: LoadedConfig, store: SecretStore | None = None) -> int:
    """Remove the entries (with ``--username``, that user's password alone); exit 1 when the
    keyring is locked, fails or cannot be reached (a secret may still be stored in it: review
    19, "nothing to remove" and exit 0 while the keyring simply was not running)."""
    url, tr = loaded.config.alertmanager_url, tr_for(loaded)
    store = store or keyring_of(loaded)
    if not store.persistent:  # the reason says there is no keyring: say it once
        error(tr("cli", "Nothing was removed for %1: %2.").replace("%1", url).replace(
            "%2", store.unavailable_text(tr)))
        return EXIT_USAGE
    try:
        removed = store.forget_credentials(url, args.username or loaded.config.auth_username,
                                           only=bool(args.username))
    except SecretStoreError as exc:
        error(exc.text(tr))
        return EXIT_USAGE
    if not removed:
        out(tr("cli", "No credentials were stored for %1.").replace("%1", url))
    else:
        what = [tr("cli", "the bearer token") if user == TOKEN_USER else tr("cli", "the password of %1").replace(
            "%1", user) for user in removed]
        out(tr("cli", "Removed from the system keyring for %1: %2.").replace("%1", url).replace("%2", ", ".join(what)))
    try:  # review 20: a password of another user name was left unsaid; review 38 F7: said of none;
        others = not args.username and store.keeps_secrets(url)  # review 39: said after "none stored" too
    except SecretStoreError:  # what was asked is done; whether more is kept cannot be told now
        others = False
    if others:
        out(tr("cli", "A password kept for another user name stays; remove it with: oncall-tray logout --username NAME"))
    return EXIT_OK
