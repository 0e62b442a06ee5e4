"""The tray never waits for the keyring on its GUI thread (code review 65 T8): after *Log in* was
checked, the secret's write and the login's record went to the keyring from the GUI thread, so a
locked keyring whose unlock prompt nobody answers froze the tray icon, its menu and its windows for
up to 2 x 60 s; the login dialog probed the keyring's backends there too. Now the dialog says it
is storing the login, the login is in use at once (kept for this run meanwhile: nothing typed is
lost), and the keyring's answer is said when it comes.

A real gnome-keyring Secret Service, locked for real, with its real prompter showing the unlock
prompt on the virtual desktop (cancelled with Escape); a real Alertmanager behind a real nginx.
The keyring's probe that never ends is a stand-in (``choose_backend`` held on an event): a failure
mode, as the fake HTTP server is for Alertmanager. The GUI thread's longest stall is measured
with a ``QTimer`` (design: "The GUI thread's event loop must never stall for more than 50 ms"; the
bound asserted allows for a loaded test machine: ``STALL_LIMIT_S``)."""

from __future__ import annotations

import gc
import threading
import time

import pytest
from conftest import make_alert, shut_down
from PySide6.QtWidgets import QDialog
from keyring_prompter import Prompter, Prompts
from nginx_proxy import NginxProxy
from test_keyring import lock_default_collection

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")  # keyring leaks its D-Bus connection when locked
PASSWORD = "gui-thread-Pa55"
#: The bound on a stall of the GUI thread's event loop while the keyring takes its time. The design's
#: is 50 ms (design.md, "Threads"), met here when the test runs alone (no gap over 40 ms seen); with
#: other test runs loading the machine, gaps of up to 0.34 s came of the noise alone. A wait for the
#: keyring is seconds (its unlock prompt: 60 s in the tray, 8 s here; a D-Bus time-out: 25 s).
STALL_LIMIT_S = 0.5
#: The bound while a login is checked and applied: applying new settings builds a new poller and a
#: new alerts window on the GUI thread (about 0.1 s here, not the keyring's: every Save of the
#: settings does it); the keyring's unlock prompt held it 8 s here before (60 s in the tray).
APPLY_LIMIT_S = 1.0


class LoopWatch:
    """Ticks of a 5 ms ``QTimer`` on the GUI thread while open (a context manager): ``longest``
    is the longest time between two of them, in seconds, so far."""

    def __enter__(self) -> LoopWatch:
        from PySide6.QtCore import Qt, QTimer

        self.ticks = [time.monotonic()]
        self._timer = QTimer(interval=5, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(lambda: self.ticks.append(time.monotonic()))
        self._timer.start()
        return self

    def longest(self) -> float:
        ticks = [*self.ticks, time.monotonic()]
        return max(b - a for a, b in zip(ticks, ticks[1:]))

    def __exit__(self, *exc_info) -> None:
        self._timer.stop()


@pytest.fixture
def locked_tray(qtbot, alertmanager, keyring_desktop, tmp_path, monkeypatch):
    """The tray (in this process) on an Alertmanager behind nginx asking alice's password, the
    keyring locked (a collection in it, so that a write raises its unlock prompt); its notices
    in ``controller.shown``."""
    from keyring.backends import SecretService

    import oncall_tray.ui.app as app
    from oncall_tray.config import load_config
    from oncall_tray.secrets import SecretStore
    from oncall_tray.ui.app import TrayController

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(app, "KEYRING_WAIT_S", 8)  # the old code froze this long (60 s in the tray)
    alertmanager.post_alerts([make_alert("BehindTheProxy", "warning")])
    SecretStore(SecretService.Keyring()).store("http://other.example:9093", "bob", "x")  # a collection to lock
    lock_default_collection(keyring_desktop)
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        path = tmp_path / "config.yaml"
        path.write_text(f"alertmanager_url: {proxy.url}\npoll_interval: 1\nrequest_timeout: 3\n"
                        "notifications: false\nlanguage: en\n")
        controller = TrayController(load_config(path))
        controller.shown = []
        controller.notifier.show = controller.shown.extend
        try:
            controller.start()
            yield controller
        finally:
            controller.connection.close_all()
            shut_down(controller)
            gc.collect()


def _login_dialog(qtbot, controller, way: str):
    """The login dialog asked ``way``: "menu" (the tray's, as a 401 opens it) or "settings" (the
    settings dialog's *Enter password or token…*)."""
    from oncall_tray.ui.login_dialog import LoginDialog

    url = controller.config.alertmanager_url
    if way == "menu":
        controller.connection.open_login()
        return controller.connection.dialogs["login"]
    controller.connection.open_settings()
    settings = controller.connection.dialogs["settings"]
    settings.login_requested.emit(url, "basic", "alice", [url], "")
    (dialog,) = settings.findChildren(LoginDialog)
    return dialog


@pytest.mark.desktop
@pytest.mark.parametrize("way", ["menu", "settings"])
def test_a_login_into_a_locked_keyring_never_stalls_the_tray(qtbot, locked_tray, keyring_desktop, way):
    controller = locked_tray
    url = controller.config.alertmanager_url
    dialog = _login_dialog(qtbot, controller, way)
    ended = []
    dialog.finished.connect(ended.append)
    dialog.username.setText("alice")
    dialog.secret.setText(PASSWORD)
    with Prompter(keyring_desktop) as prompter, Prompts(keyring_desktop) as prompts:
        with LoopWatch() as loop:  # Log in, checked with Alertmanager, applied (a new poller, a new alerts window)
            dialog.login_button.click()
            qtbot.waitUntil(lambda: prompts.count >= 1, timeout=20000)  # the write waits on the unlock prompt
            assert loop.longest() < APPLY_LIMIT_S, f"the GUI thread stalled {loop.longest():.2f} s"
        assert dialog.isVisible() and dialog.problem.text() == (
            "Alertmanager accepted the login. Storing it in the system keyring… It is in use already: closing "
            "this window loses nothing.")
        assert not dialog.login_button.isEnabled() and dialog.cancel_button.text() == "Close"
        # usable at once, for this run, while the keyring does not answer
        assert controller.store.credentials(url, "basic", "alice").secret == PASSWORD
        if way == "menu":  # applied at once: polled with the login
            qtbot.waitUntil(lambda: controller.view is not None and controller.view.light.name == "WARNING",
                            timeout=15000)
        with LoopWatch() as loop:  # the keyring's prompt open: polls go on; then its answer
            for _ in range(2):
                with qtbot.waitSignal(controller.poller.polled, timeout=10000):
                    pass
            assert dialog.isVisible() and ended == []
            cancelled = threading.Thread(target=prompter.cancel)  # xdotool, off the GUI thread
            cancelled.start()
            qtbot.waitUntil(lambda: not cancelled.is_alive() and bool(ended), timeout=30000)
            assert loop.longest() < STALL_LIMIT_S, f"the GUI thread stalled {loop.longest():.2f} s"
        assert prompts.settled() == 1  # the login's record did not ask again
    (notice,) = [n for n in controller.shown if n.title == "Credentials kept until oncall-tray quits"]
    assert notice.body.startswith("Not saved in the keyring: the keyring (") and "is locked" in notice.body, notice.body
    assert ended == [QDialog.DialogCode.Accepted]  # kept, not cancelled (the settings dialog hears it)
    assert controller.store.credentials(url, "basic", "alice").secret == PASSWORD
    if way == "menu":
        assert controller.config.auth_method == "basic" and controller.config.auth_username == "alice"


@pytest.mark.desktop
def test_a_login_window_closed_while_storing_keeps_the_login_and_says_when_it_is_stored(qtbot, locked_tray,
                                                                                     keyring_desktop):
    """Closing the window (Close, Escape) while the keyring takes the login cancels nothing; the
    keyring unlocked then, the login is stored there, and a notice says so."""
    from test_keyring import secret_tool

    controller = locked_tray
    url = controller.config.alertmanager_url
    dialog = _login_dialog(qtbot, controller, "menu")
    dialog.username.setText("alice")
    dialog.secret.setText(PASSWORD)
    with Prompter(keyring_desktop) as prompter, Prompts(keyring_desktop) as prompts:
        dialog.login_button.click()
        qtbot.waitUntil(lambda: prompts.count >= 1 and dialog.storing_login, timeout=20000)
        with qtbot.waitSignal(dialog.accepted, timeout=5000):  # kept, not cancelled
            dialog.reject()  # what Close and Escape do
        assert "login" not in controller.connection.dialogs
        with LoopWatch() as loop, qtbot.waitSignal(controller.connection.keeper.stored, timeout=30000) as stored:
            unlocked = threading.Thread(target=prompter.unlock, args=(keyring_desktop.keyring_password,))
            unlocked.start()  # xdotool, off the GUI thread
        unlocked.join(30)
        assert loop.longest() < STALL_LIMIT_S, f"the GUI thread stalled {loop.longest():.2f} s"
    assert stored.args[0].persistent
    assert [(n.title, n.body) for n in controller.shown if "Credentials" in n.title] == [(
        "Credentials stored in the keyring",
        "Your password or token is stored in the system keyring and will not be asked again after a restart.")]
    found = secret_tool(keyring_desktop, "lookup", "service", f"oncall-tray {url}", "username", "alice")
    assert found.stdout == PASSWORD
    assert controller.config.auth_method == "basic" and controller.config.auth_username == "alice"


def test_the_login_dialog_does_not_wait_for_the_keyring_to_be_found(qtbot, tmp_path, monkeypatch):
    """``LoginDialog`` said where the secret goes from ``store.persistent`` and ``backend_title``,
    which look for the keyring's backends (D-Bus probes) when none was chosen yet: on the GUI
    thread. It says it looks, and where the secret goes once found."""
    import oncall_tray.secrets as secrets
    from oncall_tray.config import load_config
    from oncall_tray.i18n import Message
    from oncall_tray.ui.app import TrayController

    release = threading.Event()

    def slow_probe():
        release.wait(5)
        return None, Message("keyring", "no system keyring was found (on Linux, GNOME Keyring, KeePassXC or KWallet "
                                        "must run in the desktop session)")

    monkeypatch.setattr(secrets, "choose_backend", slow_probe)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "config.yaml"
    path.write_text("alertmanager_url: http://127.0.0.1:9\nnotifications: false\nlanguage: en\n")
    controller = TrayController(load_config(path))
    try:
        with LoopWatch() as loop:
            controller.connection.open_login()
            dialog = controller.connection.dialogs["login"]
            qtbot.waitUntil(lambda: len(loop.ticks) > 10, timeout=5000)
            assert not release.is_set() and loop.longest() < 1, f"the GUI thread stalled {loop.longest():.2f} s"
            assert dialog.where.text() == "Looking for the system keyring…"
        release.set()
        qtbot.waitUntil(lambda: dialog.where.text() != "Looking for the system keyring…", timeout=5000)
        assert dialog.where.text() == ("⚠ The secret is kept only until oncall-tray quits: no system keyring was found "
                                       "(on Linux, GNOME Keyring, KeePassXC or KWallet must run in the desktop "
                                       "session).")
        layout = dialog.layout()  # grown to the four lines: the fields are not squeezed
        assert dialog.height() >= layout.totalHeightForWidth(dialog.width()), (dialog.height(), dialog.width())
    finally:
        release.set()
        controller.connection.close_all()
        shut_down(controller)
