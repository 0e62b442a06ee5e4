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


def backend_name(backend: object) -> str:
    """A keyring backend's full class name ("keyring.backends.SecretService.Keyring")."""
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


class PromptWait:
    """Waits for the answer to the desktop's unlock prompt within a bound, one prompt at a time.

    ``run(seconds, function, *args)`` calls ``function(*args)`` (a keyring read or write, which
    raises the prompt) in a daemon thread and waits for it at most ``seconds``: (True, its
    result), or (False, None) while it still runs (a prompt nobody answers, hidden under other
    windows or never shown; the thread is left to end with the process). Its exception is
    raised here. While that earlier call still waits, ``run`` starts no other and gives (False,
    None) at once: the tray asks again every few minutes, and each call would stack one more
    prompt on the screen (review 32: the tray waited on its prompt for good, saying nothing).
    Thread-safe.
    """

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def run(self, seconds: float, function, *args) -> tuple[bool, object]:
        box: dict = {}

        def call() -> None:
            try:
                box["value"] = function(*args)
            except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
                box["error"] = exc

        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return False, None
            thread = self._thread = threading.Thread(target=call, daemon=True, name="oncall-tray keyring prompt")
            thread.start()  # within the lock: a caller in another thread sees it alive
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
    if backend is None or backend_name(backend) != SECRET_SERVICE:
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
