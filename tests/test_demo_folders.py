"""The demo's own folder is passed down, not set in the environment (design: no global mutable
state): ``oncall-tray demo`` set ``ONCALL_TRAY_OWN_FOLDER`` in its own process for its run (code
review 72 AH1), and every later look for a folder anywhere depended on it. Now the folders are
one value (``paths.Folders``) made where the run starts and carried on ``LoadedConfig.folders``:
the demo's run leaves ``os.environ`` as it was and writes every file in its own folder, none in
the user's. And a login typed in the demo's *Log in…* is kept for its run only, never in the
engineer's keyring (the demo's Alertmanager has a new address each run: the item was left
behind). The demo's real Alertmanager, the real tray controller in this process, a real Secret
Service (``keyring_desktop``)."""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path

import pytest
from conftest import settings_file, shut_down

from oncall_tray.config import load_config
from oncall_tray.paths import Folders

#: the demo run in this process sets up its own log: taken off after each test
pytestmark = pytest.mark.usefixtures("root_logger_restored")


def _demo(monkeypatch, settings: Path, tray) -> int:
    """``oncall-tray --config settings demo`` with ``tray`` run in place of ``ui.launch.run``
    (given the settings and the cleanups), on its real Alertmanager, without Prometheus."""
    from oncall_tray.commands import demo_cmd

    monkeypatch.setattr("oncall_tray.ui.launch.run", tray)
    monkeypatch.setattr("oncall_tray.desktop_session.missing_display", lambda: "")
    monkeypatch.setattr(demo_cmd, "start_demo_prometheus", lambda tr: None)
    return demo_cmd.run(argparse.Namespace(), load_config(settings))


def _files(*folders: Path) -> list[Path]:
    return sorted(path for folder in folders if folder.exists() for path in folder.rglob("*") if path.is_file())


def test_the_demo_leaves_the_environment_alone_and_writes_only_in_its_folder(qtbot, monkeypatch, tmp_path):
    from oncall_tray.config_kept import keep_settings
    from oncall_tray.notify.messages import Notice
    from oncall_tray.ui.app import TrayController

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))  # the user's log folder, the test's
    user = Folders.for_user()
    settings = Path(settings_file(tmp_path, "engineer: ana\nlanguage: en\nnotifications: false\n"))
    before = dict(os.environ)
    seen: dict = {}

    def tray(loaded, cleanups=(), unless_crashed=()):
        seen["environ"] = dict(os.environ)  # as the demo's tray runs
        scratch = seen["scratch"] = loaded.journal.parent
        keep_settings(loaded)  # as ``ui.launch.run`` does at its start
        controller = TrayController(loaded)  # its journal, notification icons, notifications on screen
        try:
            controller.clicks._remember(":1.42", 3, Notice(title="Alerts firing: 12", body="…", severity=None))
            listed = controller.clicks._left.path
            seen["listed"] = listed.relative_to(scratch) if listed.exists() else None
            logging.getLogger("oncall_tray.demo").warning("the demo's tray ran")
        finally:
            shut_down(controller)
        seen["written"] = [path.relative_to(scratch) for path in _files(scratch)]
        for cleanup in [*cleanups, *unless_crashed]:
            cleanup()
        return 0

    assert _demo(monkeypatch, settings, tray) == 0
    assert seen["environ"] == before, "the demo changed its process's environment"
    assert dict(os.environ) == before
    written = {str(path.parent if path.parent.name != "." else path) for path in seen["written"]}
    assert {"log", "cache/icons", "data/settings-last-read"} <= written, seen["written"]
    assert {Path("journal.db"), Path("log/oncall-tray.log")} <= set(seen["written"]), seen["written"]
    assert seen["listed"] is not None and seen["listed"].parent == Path("cache/notifications"), seen["listed"]
    assert _files(user.log, user.data, user.cache) == [], "the demo wrote in the user's folders"
    assert not seen["scratch"].exists()


@pytest.mark.desktop
@pytest.mark.filterwarnings("ignore::ResourceWarning")  # keyring's D-Bus connection, as test_keyring's
def test_a_login_in_the_demo_is_kept_for_its_run_only_never_in_the_keyring(qtbot, monkeypatch, tmp_path,
                                                                          keyring_desktop):
    from keyring.backends import SecretService
    from nginx_proxy import NginxProxy
    from test_keyring import secret_tool

    from oncall_tray.secrets import SecretStore
    from oncall_tray.ui.app import TrayController

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    real = SecretStore(SecretService.Keyring())
    assert real.persistent  # the engineer's keyring works: the demo could have written in it
    settings = Path(settings_file(tmp_path, "language: en\nnotifications: false\n"))
    seen: dict = {}

    def tray(loaded, cleanups=(), unless_crashed=()):
        with NginxProxy(loaded.config.alertmanager_url, basic=("alice", "demo-Pa55")) as proxy:
            login(loaded.overridden(alertmanager_url=proxy.url))  # the demo's Alertmanager behind a proxy
        for cleanup in [*cleanups, *unless_crashed]:
            cleanup()
        return 0

    def login(loaded):
        url = seen["url"] = loaded.config.alertmanager_url
        controller = TrayController(loaded)
        try:
            controller.connection.open_login()
            dialog = controller.connection.dialogs["login"]
            seen["where"] = dialog.where.text()
            dialog.username.setText("alice")
            dialog.secret.setText("demo-Pa55")
            dialog.login_button.click()
            qtbot.waitUntil(lambda: "login" not in controller.connection.dialogs, timeout=20000)
            qtbot.waitUntil(lambda: controller.store.credentials(url, "basic", "alice") is not None, timeout=10000)
            seen["kept"] = controller.store.credentials(url, "basic", "alice")
        finally:
            controller.connection.close_all()
            shut_down(controller)

    assert _demo(monkeypatch, settings, tray) == 0
    assert seen["kept"].secret == "demo-Pa55"  # in use for the demo's run
    service = f"oncall-tray {seen['url']}"
    assert secret_tool(keyring_desktop, "search", "--all", "service", service).stdout == ""
    assert secret_tool(keyring_desktop, "lookup", "service", service, "username", "alice").stdout == ""
    assert real.credentials(seen["url"], "basic", "alice") is None and real.recorded_login(seen["url"]) is None
    assert "never in the keyring" in seen["where"], seen["where"]
