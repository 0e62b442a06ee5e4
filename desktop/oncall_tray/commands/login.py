"""``oncall-tray login [--username U] [--password-stdin | --token-stdin]``: keep the
Alertmanager's password or token in the system keyring (issue 6; no Qt).

The secret is read from standard input, so that it never shows in the process list or the shell
history: piped in, or on a terminal asked without echo (with neither option, the method comes from
--username or the settings, else is asked, and so is a missing user name); it is checked against Alertmanager first and not kept when refused. The settings file
gets the method and the user name only, and only for its own Alertmanager.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ..alertmanager.connection import Credentials
from ..alertmanager.errors import AlertmanagerError, CredentialsNeeded
from ..config import LoadedConfig
from ..config_write import save_failure_text, save_settings
from ..connect import (ASKED_LOGIN, RECORDED_LOGIN, answers_without_credentials, check_credentials, describe_error,
                       lasting_failure, outage, recorded_login_of, watches_its_own_url)
from ..i18n import Message, Translate
from ..secret_input import blanks_note, secret_problem, tidy_secret, trimmed_note
from ..secrets import KeyringLocked, SecretStore, SecretStoreError, Stored
from .common import EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE, error, interrupted, keyring_of, out, tr_for, warn_problems


def register(sub, tr: Translate) -> None:
    """Add the ``login`` subcommand, with help in ``tr``'s language."""
    parser = sub.add_parser("login", help=tr("cli_help", "store the Alertmanager's password or token in the system "
                                                         "keyring"),
                            description=tr("cli_help", "Store Alertmanager's basic-auth password or bearer token in "
                                                       "the system keyring, for the settings' Alertmanager (or the "
                                                       "one given with --alertmanager URL before `login`), after "
                                                       "checking it against that Alertmanager. With --password-stdin "
                                                       "or --token-stdin the secret is read from standard input; "
                                                       "without either, it asks on the terminal (basic auth or "
                                                       "token, the user name, the secret, not shown)."))
    parser.add_argument("--username", metavar="U", help=tr("cli_help", "basic-auth user name (default: auth_username "
                                                                       "of the settings)"))
    how = parser.add_mutually_exclusive_group()  # neither: asked on a terminal (``_asked_method``)
    how.add_argument("--password-stdin", action="store_true", help=tr("cli_help", "basic auth: read the password "
                                                                                  "from standard input"))
    how.add_argument("--token-stdin", action="store_true", help=tr("cli_help", "bearer token: read the token from "
                                                                               "standard input"))
    parser.set_defaults(handler=run)


def read_secret(stream=None, prompt: str = "") -> str:
    """The secret on ``stream`` (standard input): everything, less the final line break; on a
    terminal, asked with ``prompt`` and not shown while typed (``getpass``)."""
    stream = stream or sys.stdin
    if stream is None:
        return ""
    if stream.isatty():
        import getpass

        return getpass.getpass(prompt)
    return stream.read().rstrip("\r\n")


def _is_terminal(stream) -> bool:
    return stream is not None and stream.isatty()


#: How many times ``login`` asks one question before it gives up: a typo must not end it (review 38 F8).
ASKED = 3


def _ask_line(prompt: str) -> str | None:
    """One line typed on the terminal after ``prompt`` (on stderr), stripped; None at end of input."""
    print(prompt, end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline()
    return line.strip() if line else None


def _ask_until(prompt: str, problem: Callable[[str], str], tr: Translate) -> str | None:
    """The first answer to ``prompt`` in which ``problem`` finds nothing wrong (it returns ""),
    asked up to ``ASKED`` times, each wrong answer but the last followed by what is wrong with
    it (on stderr); None after the last wrong answer or at the end of input.

    Raises:
        Cancelled: Ctrl-D on a terminal, said as Ctrl-C is (review 42 F16: "Answer b or t").
    """
    for attempt in range(ASKED):
        answer = _ask_line(prompt)
        if answer is None and _is_terminal(sys.stdin):
            interrupted(tr("cli", "Cancelled; nothing was stored."))
        if answer is None:
            return None
        complaint = problem(answer)
        if not complaint:
            return answer
        if attempt < ASKED - 1:
            print(complaint, file=sys.stderr, flush=True)
    return None


def _asked_method(args: argparse.Namespace, loaded: LoadedConfig, tr: Translate) -> str | None:
    """"basic" or "bearer" for a ``login`` without --password-stdin or --token-stdin: from
    --username (basic), else the login recorded for an Alertmanager of its own or the settings'
    ``auth_method`` (said on the terminal first, with the user: the engineer must know whose
    secret is asked for, and how to ask for another; fresh-user review), else asked on the
    terminal (standard input is one); None after saying why when it cannot be known (no answer)."""
    if args.username:
        return "basic"
    config = loaded.config
    if config.auth_method in ("basic", "bearer"):
        _say_method(config.auth_method, config.auth_username, config.alertmanager_url,
                    "auth_method" in loaded.overrides, tr)
        return config.auth_method
    methods = {"b": "basic", "basic": "basic", "t": "bearer", "token": "bearer", "bearer": "bearer"}
    answer = _ask_until(tr("cli", "Log in with a user name and password (basic auth) or a bearer token? [b/t] "),
                        lambda typed: "" if typed.lower() in methods else tr(
                            "cli", "Answer b (user name and password) or t (bearer token)."), tr)
    if answer is None:
        error(tr("cli", "Answer b (user name and password) or t (bearer token); nothing was stored."))
        return None
    return methods[answer.lower()]


def _say_method(method: str, username: str, url: str, recorded: bool, tr: Translate) -> None:
    """Say on stderr which method (and user) ``login`` goes on with, and where it comes from: the
    login ``recorded`` for this address (``with_its_own_login``), or the settings."""
    if method == "bearer":
        text = (tr("cli", "Logging in to %1 with a bearer token, as at the last login to this address; "
                          "--username U for a user name and password instead") if recorded
                else tr("cli", "Logging in to %1 with a bearer token, as the settings say; --username U for a user "
                               "name and password instead"))
    elif username:
        text = (tr("cli", "Logging in to %1 as %2 with a password (basic auth), as at the last login to this "
                          "address; --username U for another user, --token-stdin for a bearer token") if recorded
                else tr("cli", "Logging in to %1 as %2 with a password (basic auth), as the settings say; "
                               "--username U for another user, --token-stdin for a bearer token"))
    else:
        text = tr("cli", "Logging in to %1 with a user name and password (basic auth), as the settings say; "
                         "--token-stdin for a bearer token")
    print(text.replace("%1", url).replace("%2", username), file=sys.stderr, flush=True)


def _username_problem(typed: str, tr: Translate) -> str:
    """What is wrong with a user name typed at ``login``'s question, "" when nothing is."""
    if not typed:
        return tr("cli", "A user name is needed.")
    return tr("cli", "a basic-auth user name cannot contain a colon") if ":" in typed else ""


def _cannot_keep(reason: str, tr: Translate) -> int:
    """Say that no keyring can keep the secret (``reason``: why) and return ``EXIT_USAGE``."""
    error(tr("cli", "%1. The secret was NOT stored (oncall-tray never writes secrets to a file); the tray's "
                    "login dialog can keep it until the tray quits").replace("%1", reason))
    return EXIT_USAGE


def _secret_prompt(method: str, username: str, url: str, tr: Translate) -> str:
    """What the terminal asks: whose password, or a token, for which Alertmanager."""
    if method == "basic":
        return tr("cli", "Password for %1 at %2: ").replace("%1", username).replace("%2", url)
    return tr("cli", "Bearer token for %1: ").replace("%1", url)


def _store(store: SecretStore, url: str, credentials: Credentials, tr: Translate) -> Stored | None:
    """``store.store_credentials``; when the keyring is locked (its prompt refused, or one to
    create a keyring), None after saying so, except on a terminal, where the engineer may unlock
    it and try again (``ASKED`` times) without typing the secret again (review 46 F5)."""
    for attempt in range(ASKED):
        try:
            return store.store_credentials(url, credentials)
        except KeyringLocked as exc:
            if not _is_terminal(sys.stdin) or attempt == ASKED - 1:
                error(tr("cli", "%1; nothing was stored").replace("%1", exc.text(tr)))
                return None
            error(exc.text(tr))
            creating = exc.creating
        answer = _ask_line(_retry_question(creating, tr))
        if answer is None or answer.lower() in ("n", "no", "não", "nao"):
            error(tr("cli", "Nothing was stored."))
            return None
        store.ask_again()
    return None


def _retry_question(creating: bool, tr: Translate) -> str:
    """``_store``'s question after a refused write: the prompt that creates a keyring (``creating``:
    there was none yet, code review 80 AU1) or the one that unlocks it, named as it was."""
    if creating:
        return tr("cli", "What you typed is kept: the keyring is not set up yet; press Enter to be asked again by "
                         "the prompt that creates it (n to give up): ")
    return tr("cli", "What you typed is kept: unlock the keyring, then press Enter to try again (n to give up): ")


def run(args: argparse.Namespace, loaded: LoadedConfig, store: SecretStore | None = None) -> int:
    """Check the credentials against Alertmanager, keep them in the keyring, and record the
    method (and user name) beside them and in the settings (not in the settings for an
    Alertmanager other than theirs, given with ``--alertmanager``: ``watches_its_own_url``).
    On a terminal, where no keyring can keep them, that is said before anything is asked, and
    a wrong answer is asked again (``ASKED`` times). A locked keyring is unlocked (or found
    locked: exit 1) before the secret is read (review 46 F5). Exit 1 for a usage problem or when
    no keyring can keep them or the secret cannot be sent (a token with a line break: ``secret_problem``;
    a token's white space around it and a password's line breaks at its ends are left out, and said:
    ``tidy_secret``, ``trimmed_note``; a password's blanks are kept, review 64 K5), 2 when Alertmanager refuses them, its address or TLS
    settings cannot work (``lasting_failure``), or the check fails otherwise than by an outage
    (``outage``); kept without a check, said on stderr, when Alertmanager is down. Messages in the configured language."""
    warn_problems(loaded)
    config, tr = loaded.config, tr_for(loaded)
    if not (args.password_stdin or args.token_stdin or _is_terminal(sys.stdin)):
        error(tr("cli", "nothing to read the secret from: on a terminal, login asks for it; otherwise pipe it in "
                        "with --password-stdin (basic auth, with --username U) or --token-stdin (bearer token)"))
        return EXIT_USAGE
    if answers_without_credentials(config):  # before the keyring's prompt and any question (review 47 N1)
        error(Message("cli", "Alertmanager at %1 does not ask for credentials (it answered without them): "
                             "nothing was stored; the settings are unchanged", (config.alertmanager_url,)).text(tr))
        return EXIT_USAGE
    store = store or keyring_of(loaded)
    if _is_terminal(sys.stdin) and not store.persistent:  # said before anything is asked (review 38 F8)
        return _cannot_keep(store.unavailable_text(tr), tr)
    try:  # the unlock prompt before anything is typed, not after (review 46 F5: the password was lost)
        store.unlock(config.alertmanager_url)
    except KeyringLocked as exc:
        error((tr("cli", "%1; nothing was asked or stored") if _is_terminal(sys.stdin)
               else tr("cli", "%1; nothing was stored")).replace("%1", exc.text(tr)))
        return EXIT_USAGE
    except SecretStoreError:  # failing otherwise: writing it says how, and keeps nothing
        pass
    if config.auth_method in (ASKED_LOGIN, RECORDED_LOGIN):  # an --alertmanager address's: read now (unlocked)
        loaded = recorded_login_of(loaded, store)
        config = loaded.config
    method = "basic" if args.password_stdin else "bearer" if args.token_stdin else _asked_method(args, loaded, tr)
    if method is None:
        return EXIT_USAGE
    username = (args.username or config.auth_username) if method == "basic" else ""
    if method == "basic" and not username and _is_terminal(sys.stdin):
        username = _ask_until(tr("cli", "User name: "), lambda typed: _username_problem(typed, tr), tr) or ""
    if method == "basic" and not username:
        error(tr("cli", "basic auth needs a user name: --username U (or auth_username in the settings)"))
        return EXIT_USAGE
    if method == "basic" and ":" in username:
        error(tr("cli", "a basic-auth user name cannot contain a colon"))
        return EXIT_USAGE
    typed = read_secret(prompt=_secret_prompt(method, username, config.alertmanager_url, tr))
    secret = tidy_secret(method, typed)
    if secret and (note := trimmed_note(method, typed)) is not None:  # said before the check (review 64 K5)
        error(note.text(tr))
    if not secret:
        error(tr("cli", "nothing on standard input: pipe the password in") if method == "basic"
              else tr("cli", "nothing on standard input: pipe the token in"))
        return EXIT_USAGE
    problem = secret_problem(method, secret)
    if problem is not None:  # never sent, stored nor quoted (review 61 W10)
        error(tr("cli", "%1; nothing was stored").replace("%1", problem.text(tr)))
        return EXIT_USAGE
    credentials = Credentials(method, username, secret)
    url = config.alertmanager_url
    its_own = watches_its_own_url(loaded)
    checked = check_credentials(config, credentials, probe=False)  # asked without them first, above
    if isinstance(checked, CredentialsNeeded):
        blanks = blanks_note(method, secret)  # the likeliest cause of a refused paste (review 65 R6)
        error(Message("cli", "%1: Alertmanager refused these credentials (%2); nothing was stored: %3",
                      (url, describe_error(checked, tr), blanks)).text(tr) if blanks else
              Message("cli", "%1: Alertmanager refused these credentials (%2); nothing was stored",
                      (url, describe_error(checked, tr))).text(tr))
        return EXIT_UNREACHABLE
    if lasting_failure(checked):  # not an outage: kept, they would never work there (review 54 M9)
        error(Message("cli", "%1: %2; nothing was stored: fix the address or its TLS settings first",
                      (url, describe_error(checked, tr).rstrip("."))).text(tr))  # not ".;" (review 55 P9)
        return EXIT_UNREACHABLE
    if checked is not None and not outage(checked):  # neither accepted nor to wait out (review 61 W10)
        error(Message("cli", "%1: the credentials could not be checked (%2); nothing was stored",
                      (url, describe_error(checked, tr).rstrip("."))).text(tr))
        return EXIT_UNREACHABLE
    stored = _store(store, url, credentials, tr)
    if stored is None:
        return EXIT_USAGE
    if not stored.persistent:
        return _cannot_keep(stored.reason_text(tr), tr)
    try:
        store.record_login(url, method, username)
    except SecretStoreError:  # the secret is stored: the settings' method applies to it as before
        pass
    what = (tr("cli", "password of %1").replace("%1", username) if method == "basic"
            else tr("cli", "bearer token"))
    # first, whatever follows: where the secret went (review 38 F3: a failure below named no address)
    out(Message("cli", "%1: %2 stored in the system keyring (%3)", (url, what, store.backend_title)).text(tr))
    if its_own:
        out(tr("cli", "Used whenever --alertmanager names this address; the settings file and its "
                      "Alertmanager's login are unchanged."))
    if isinstance(checked, AlertmanagerError):
        error(tr("cli", "could not check it now: %1").replace("%1", describe_error(checked, tr)))
    changes = {key: value for key, value in (("auth_method", method), ("auth_username", username))
               if getattr(config, key) != value and (key == "auth_method" or value)}
    if changes and not its_own:
        try:
            save_settings(loaded.path, changes)
        except (OSError, ValueError) as exc:
            setting = f"auth_method: {method}" + (f", auth_username: {username}" if username else "")
            error(Message("cli", "the settings file %1 could not be updated (%2): set %3 in it, or the secret "
                                 "is not used", (str(loaded.path), save_failure_text(exc, tr), setting)).text(tr))
            return EXIT_USAGE
    return EXIT_OK
