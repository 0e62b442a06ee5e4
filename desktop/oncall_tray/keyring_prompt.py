"""The desktop's unlock prompt of a locked keyring (no Qt): whether a read or write will raise
it, and waiting for its answer within a bound (review 23: a prompt that could not be shown left
``oncall-tray status`` waiting for over 10 minutes); and a keyring's failures in plain words.
Used by ``secrets.SecretStore``."""

from __future__ import annotations

import threading
import time

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

def prompt_dismissed(error: BaseException) -> bool:
    """Whether ``error`` (keyring's, a ``InitError`` for one) comes of a prompt the engineer
    dismissed: secretstorage's ``PromptDismissedException`` in its causes (the prompt that
    creates a keyring where there is none)."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        if type(cause).__name__ == "PromptDismissedException":
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def refusal_words(title: str, waited_s: float | None = None) -> Message:
    """Why the keyring titled ``title`` (``SecretStore.backend_title``) gave nothing: its unlock
    prompt not answered within ``waited_s`` seconds, or (None) it stays locked (the prompt
    dismissed)."""
    if waited_s is not None:
        return Message("keyring", "the keyring (%1) was not unlocked within %2 s: no answer to its unlock prompt",
                       (title, str(round(waited_s))))
    return Message("keyring", "the keyring (%1) is locked: unlock it (for example by logging in to the desktop "
                              "again, or in the keyring application) and try again", (title,))


def creation_refused_words(title: str, waited_s: float | None = None) -> Message:
    """Why a write gave nothing where the keyring titled ``title`` has no collection yet: the
    prompt that creates it not answered within ``waited_s`` seconds, or (None) ended without a
    keyring (``prompt_dismissed``: cancelled, or never shown, which gnome-keyring tells alike, so
    not said "dismissed": fresh-user review 71 AP4, of a prompt that never appeared)."""
    if waited_s is not None:
        return Message("keyring", "the keyring (%1) is not set up yet, and the prompt to create it got no answer "
                                  "within %2 s: create it (answer its prompt, or in the keyring application) and try "
                                  "again", (title, str(round(waited_s))))
    return Message("keyring", "the keyring (%1) is not set up yet, and the prompt to create it got no answer (it was "
                              "cancelled, or could not be shown): create it (answer its prompt, or in the keyring "
                              "application) and try again", (title,))


def failed_words(what: str, title: str, error: BaseException) -> Message:
    """Why a ``what`` ("read", "write", "delete") of the keyring titled ``title`` failed with
    ``error`` (``failure_words``)."""
    why = failure_words(error)
    if what == "read":
        return Message("keyring", "the keyring (%1) failed to read the entry: %2", (title, why))
    if what == "write":
        return Message("keyring", "the keyring (%1) failed to write the entry: %2", (title, why))
    return Message("keyring", "the keyring (%1) failed to delete the entry: %2", (title, why))


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
    raised here.

    While an earlier call still waits on its prompt, ``run`` starts no other (each would stack
    one more prompt on the screen, review 32): it waits for that one, within ``seconds``. Answered
    (the keyring unlocked), its own call then goes ahead; refused (the prompt dismissed: the
    earlier call raised), the same refusal is raised here. A dismissed prompt is not raised again
    by a read (``repeat_refusal``) for ``quiet_s`` seconds, unless ``ask_again`` (the engineer's
    "Refresh now"): the prompt takes the mouse and keyboard (review 33: two of the tray's threads
    reading at once, the second said "not unlocked" at once, and a dismissed prompt came back
    within a second). Thread-safe.

    Args:
        quiet_s: seconds after a dismissed prompt during which reads raise its refusal again.
        clock: monotonic seconds (tests pass their own).
    """

    def __init__(self, quiet_s: float = 300.0, clock=time.monotonic) -> None:
        self._thread: threading.Thread | None = None
        self._box: dict = {}
        self._lock = threading.Lock()
        self._quiet_s, self._clock = quiet_s, clock
        self._refusal: tuple[float, BaseException] | None = None  # when the last prompt was dismissed

    def ask_again(self) -> None:
        """Let the next read raise the prompt again, even just after one was dismissed."""
        self._refusal = None

    def refused(self, error: BaseException) -> None:
        """Take the prompt as dismissed now, with ``error`` (keyring's ``KeyringLocked``): reads
        raise it for ``quiet_s`` seconds, until ``ask_again``."""
        self._refusal = (self._clock(), error)

    def run(self, seconds: float, function, *args, repeat_refusal: bool = True) -> tuple[bool, object]:
        box: dict = {}

        def call() -> None:
            try:
                box["value"] = function(*args)
            except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
                box["error"] = exc
                if type(exc).__name__ == "KeyringLocked":  # keyring's: the prompt was dismissed
                    self._refusal = (self._clock(), exc)

        while True:
            with self._lock:
                refusal = self._refusal
                if repeat_refusal and refusal is not None and self._clock() - refusal[0] < self._quiet_s:
                    raise refusal[1]
                earlier, earlier_box = self._thread, self._box
                if earlier is None or not earlier.is_alive():
                    thread = self._thread = threading.Thread(target=call, daemon=True,
                                                             name="oncall-tray keyring prompt")
                    self._box = box
                    thread.start()  # within the lock: a caller in another thread sees it alive
                    break
            earlier.join(seconds)  # another call's prompt is open: its answer is this one's too
            if earlier.is_alive():
                return False, None
            if "error" in earlier_box:
                raise earlier_box["error"]
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
