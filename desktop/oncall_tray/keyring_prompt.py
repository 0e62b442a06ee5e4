"""The desktop's unlock prompt of a locked keyring (no Qt): whether a read or write will raise
it, and waiting for its answer within a bound (review 23: a prompt that could not be shown left
``oncall-tray status`` waiting for over 10 minutes); and a keyring's failures in plain words.
Used by ``secrets.SecretStore``."""

from __future__ import annotations

import threading

from .i18n import Message

#: keyring's exceptions that say something to an engineer, by class name, in plain words.
_FAILURES = {
    "InitError": Message("keyring", "it could not be opened (a Secret Service without a keyring to use, and no "
                                    "prompt to create one?)"),
    "NoKeyringError": Message("keyring", "no keyring is available"),
}


def failure_words(error: BaseException) -> Message | str:
    """Why a keyring failed, for the engineer: plain words for the failures known here (review 24:
    "failed to read the entry: InitError"), else the exception's class name (never its text,
    which may hold what was being written)."""
    return _FAILURES.get(type(error).__name__, type(error).__name__)

#: keyring's Secret Service backend (GNOME Keyring, KWallet's Secret Service): the one that prompts.
SECRET_SERVICE = "keyring.backends.SecretService.Keyring"


def within(seconds: float, function, *args) -> tuple[bool, object]:
    """``function(*args)`` in a daemon thread, waited for at most ``seconds``: (True, its result),
    or (False, None) while it still runs (a prompt nobody answers; the thread is left to end
    with the process). Its exception is raised here."""
    box: dict = {}

    def run() -> None:
        try:
            box["value"] = function(*args)
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True, name="oncall-tray keyring prompt")
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        return False, None
    if "error" in box:
        raise box["error"]
    return True, box.get("value")


#: ``prompt_kind``'s answers: the default collection is locked (a read or write raises the
#: desktop's unlock prompt), or there is none (a write raises the prompt that creates one).
UNLOCK, CREATE = "unlock", "create"


def prompt_kind(backend: object | None) -> str:
    """What using ``backend`` now asks of the desktop: ``UNLOCK`` when the Secret Service's
    default collection is locked, ``CREATE`` when it has none (keyring's read or write creates
    it, behind gnome-keyring's "Choose password for new keyring" prompt: review 28, where
    ``status`` waited on it for over 10 minutes), "" for any other backend, or when it cannot
    tell. Asks through the "default" alias only, which never creates anything."""
    if backend is None or f"{type(backend).__module__}.{type(backend).__qualname__}" != SECRET_SERVICE:
        return ""
    try:
        import secretstorage
        from secretstorage.exceptions import ItemNotFoundException

        connection = secretstorage.dbus_init()
        try:
            try:
                collection = secretstorage.Collection(connection)
            except ItemNotFoundException:
                return CREATE
            return UNLOCK if collection.is_locked() else ""
        finally:
            connection.close()
    except Exception:  # noqa: BLE001 - no bus, no service: the call itself will say
        return ""
