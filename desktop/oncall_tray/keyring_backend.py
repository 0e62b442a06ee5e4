"""Which keyring backend keeps the engineer's secrets (no Qt): only the real keyrings (Windows
Credential Manager, macOS Keychain, Secret Service or KWallet on Linux), never the plaintext or
"fail" ones; the engineer's own choice is honoured when it is one of them. Used by
``secrets.SecretStore``."""

from __future__ import annotations

from .i18n import Message
from .keyring_prompt import backend_name

#: The backends trusted with secrets, by their full class name.
TRUSTED_BACKENDS = frozenset({
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
})
#: What each trusted backend is to the engineer (review 18: the login dialog said
#: "keyring.backends.SecretService.Keyring").
BACKEND_TITLES = {
    "keyring.backends.SecretService.Keyring": "Secret Service: GNOME Keyring, KeePassXC",
    "keyring.backends.libsecret.Keyring": "Secret Service: GNOME Keyring, KeePassXC",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
}


def choose_backend() -> tuple[object | None, Message | str]:
    """The keyring backend to use and "", or None with the reason in plain words (a ``Message``).

    The engineer's own choice (``PYTHON_KEYRING_BACKEND`` or keyringrc.cfg) is honoured when it
    is a trusted backend and refused otherwise; without one, the trusted backend of highest
    priority that works on this machine is taken. keyring keeps its first list of the backends
    that work for the whole process: when it holds no trusted one, they are found again (a
    Secret Service started since was left out of it; review 54 M2, review 55 P1).
    """
    try:
        from keyring import backend as kr_backend
        from keyring import core
        from keyring.backends.chainer import ChainerBackend
    except Exception as exc:  # noqa: BLE001 - a broken install: no keyring, said plainly
        return None, Message("keyring", "the keyring library cannot be loaded (%1)", (f"{type(exc).__name__}: {exc}",))
    _share_a_plain_dbus_connection()
    try:
        chosen = core.load_env() or core.load_config()
    except Exception as exc:  # noqa: BLE001 - a bad PYTHON_KEYRING_BACKEND or keyringrc.cfg
        return None, Message("keyring", "the configured keyring backend cannot be loaded (%1)", (str(exc),))
    if chosen is not None and not isinstance(chosen, ChainerBackend):
        if backend_name(chosen) in TRUSTED_BACKENDS:
            return chosen, ""
        return None, Message("keyring", "the configured keyring backend %1 is not a system keyring",
                             (backend_name(chosen),))
    candidates = chosen.backends if chosen is not None else kr_backend.get_all_keyring()
    trusted = [(priority, b) for b in candidates
               if backend_name(b) in TRUSTED_BACKENDS and (priority := _priority(b)) is not None]
    if not trusted and chosen is None:  # the plugins loaded by the call above; each one's viability now
        trusted = [(priority, backend) for kind in kr_backend.KeyringBackend.get_viable_backends()
                   if f"{kind.__module__}.{kind.__qualname__}" in TRUSTED_BACKENDS and
                   (backend := _made(kind)) is not None and (priority := _priority(backend)) is not None]
    if not trusted:
        return None, Message("keyring", "no system keyring was found (on Linux, GNOME Keyring, KeePassXC or KWallet "
                                         "must run in the desktop session)")
    return max(trusted, key=lambda pair: pair[0])[1], ""


def _made(kind: type) -> object | None:
    """A backend of class ``kind``, None when it cannot be made without arguments."""
    try:
        return kind()
    except Exception:  # noqa: BLE001 - as keyring's own list leaves such backends out
        return None


def _priority(backend: object) -> float | None:
    """The backend's priority, None when asking fails: keyring works it out by probing (a
    Secret Service gone since keyring listed it raises ``RuntimeError``), and a backend that
    cannot say is not one to use."""
    try:
        return backend.priority  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - any probe failure means: not usable now
        return None


def _share_a_plain_dbus_connection() -> None:
    """Open dbus-python's shared session connection, without a main loop, before keyring probes
    KWallet: its probe would otherwise create that shared connection with a GLib main loop that
    nothing runs, and plyer's notifications, which use the same connection, would then fail."""
    try:
        import dbus
    except Exception:  # noqa: BLE001 - not installed (Windows, macOS) or broken: nothing to share
        return
    try:
        dbus.SessionBus()
    except Exception:  # noqa: BLE001 - no session bus: the probe fails the same way
        pass
