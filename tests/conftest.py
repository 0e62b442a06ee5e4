"""Shared fixtures: a real Alertmanager per test, alert builders, a fake server for failure
modes only, and the virtual desktop for end-to-end tests."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import logging
import os
import signal
import time
import warnings

import httpx
import pytest

from open_files import left_open, watched_kinds
from qt_pause import pause

from oncall_tray.demo import LocalAlertmanager
from oncall_tray.ui.qt_workarounds import guard_singleton_refcounts

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
guard_singleton_refcounts()  # the test process makes many Qt calls: see oncall_tray.ui.qt_workarounds
UTC = dt.timezone.utc


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


def local_clock(text: str, date_layout: str = "%Y-%m-%d") -> str:
    """An RFC 3339 time from Alertmanager as the handoff texts and messages show it: local
    ``HH:MM``, with the date before it when it is not today (an end past midnight), in
    ``date_layout`` (English's by default; Portuguese's is ``%d/%m/%Y``)."""
    when = dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone()
    return f"{when:%H:%M}" if when.date() == dt.datetime.now().astimezone().date() else \
        when.strftime(date_layout + " %H:%M")


def wait_until(condition, timeout: float, what: str, interval: float = 0.1):
    """Poll ``condition`` until truthy; raise AssertionError naming ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        pause(interval)  # a tray in this process goes on meanwhile
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def make_alert(alertname: str, severity: str | None = "critical", *, starts_at: dt.datetime | None = None,
               ends_at: dt.datetime | None = None, summary: str = "", **labels: str) -> dict:
    """A postable alert as Prometheus sends it."""
    all_labels = {"alertname": alertname, "instance": "test:1", **labels}
    if severity is not None:
        all_labels["severity"] = severity
    alert: dict = {"labels": all_labels, "annotations": {"summary": summary or f"{alertname} summary"},
                   "generatorURL": "http://localhost:9090/graph?g0.expr=up+%3D%3D+0"}
    if starts_at:
        alert["startsAt"] = starts_at.isoformat()
    alert["endsAt"] = (ends_at or utcnow() + dt.timedelta(hours=1)).isoformat()
    return alert


def interruptible() -> None:
    """A subprocess's ``preexec_fn``: Ctrl-C (SIGINT) as from a terminal. A shell that runs the
    tests in the background (``... &``, as a CI runner may) starts them with SIGINT ignored, and
    Python keeps an ignored SIGINT ignored: no KeyboardInterrupt, and a Ctrl-C test waits for
    its timeout."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def resolve(alert: dict) -> dict:
    """The same alert, resolved now."""
    return {**alert, "endsAt": utcnow().isoformat()}


def active_silences(am: LocalAlertmanager) -> list[dict]:
    """The silences Alertmanager holds as active, as its API gives them."""
    return [s for s in httpx.get(am.url + "/api/v2/silences", timeout=10).json() if s["status"]["state"] == "active"]


@contextlib.contextmanager
def running_tray(qtbot, config, folder, demo: bool = False):
    """A ``TrayController`` on ``config`` (its settings file in ``folder``, which need not exist),
    started and past its first poll; shut down (within the design's 2 s) on exit. ``demo``: the
    tray as ``oncall-tray demo`` starts it (``LoadedConfig.demo``)."""
    from oncall_tray.config import LoadedConfig
    from oncall_tray.ui.app import TrayController

    ctl = TrayController(LoadedConfig(config, folder / "c.yaml", False, (), demo=demo))
    with qtbot.waitSignal(ctl.poller.polled, timeout=10000):
        ctl.start()
    try:
        yield ctl
    finally:
        shut_down(ctl)


def shut_down(controller) -> None:
    """Shut a ``TrayController`` down (within the design's 2 s) and close its alerts window if it
    was built: ``controller.window`` would build one now, whose notes panel opens the journal
    again after the shutdown closed it."""
    assert controller.shutdown()
    if controller.built_window is not None:
        controller.built_window.close()


def activate(qtbot, window) -> None:
    """Make ``window`` the active window (offscreen: another window, the start window, may be)."""
    window.raise_()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def silence(am: LocalAlertmanager, matchers: dict[str, str], minutes: int = 15, author: str = "test",
            comment: str = "ACK! test") -> str:
    """Create a silence directly through the API (not through the code under test)."""
    now = utcnow()
    body = {"matchers": [{"name": k, "value": v, "isRegex": False, "isEqual": True} for k, v in matchers.items()],
            "startsAt": now.isoformat(), "endsAt": (now + dt.timedelta(minutes=minutes)).isoformat(),
            "createdBy": author, "comment": comment}
    response = httpx.post(am.url + "/api/v2/silences", json=body, timeout=10)
    response.raise_for_status()
    return response.json()["silenceID"]


@pytest.fixture
def alertmanager():
    """A fresh Alertmanager on a free loopback port, with a temporary store."""
    am = LocalAlertmanager().start()
    try:
        yield am
    finally:
        am.stop()


@pytest.fixture(scope="session")
def prometheus():
    """One real Prometheus for the session, with ``prom_history``'s series backfilled up to
    ``prometheus.t0`` (read-only: tests only query it)."""
    from prom_history import history, t0

    from oncall_tray.local_prometheus import LocalPrometheus

    end = t0()
    server = LocalPrometheus(history(end)).start()
    server.t0 = end
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def desktop():
    """A private virtual desktop (Xvfb, D-Bus, dunst, trayer) for one test."""
    from desktop_env import VirtualDesktop

    with VirtualDesktop() as vd:
        yield vd


# -- the PyInstaller bundle (issue 7): its tests only run with --bundle (.ci/run passes it) ----

def pytest_addoption(parser):
    parser.addoption("--bundle", action="store_true",
                     help="also run the tests marked 'bundle' (build the PyInstaller bundle, or use "
                          "the one in $ONCALL_TRAY_BUNDLE, and smoke-test it)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--bundle"):
        return
    skipped = [item for item in items if item.get_closest_marker("bundle")]
    if skipped:
        config.hook.pytest_deselected(items=skipped)
        items[:] = [item for item in items if not item.get_closest_marker("bundle")]


@pytest.fixture
def keyring_desktop():
    """A private D-Bus session with a real Secret Service (gnome-keyring-daemon, unlocked with a
    test password), on a virtual desktop."""
    from desktop_env import VirtualDesktop

    with VirtualDesktop(keyring=True) as vd:
        yield vd
        # keyring leaves its D-Bus connection to a locked Secret Service for the garbage
        # collector (closed then, no descriptor kept: checked); collect it here, where its
        # ResourceWarning is expected, rather than in a later test or at the session's end,
        # where the warnings-as-errors setting makes it an unraisable exception
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test (``no_leaked_descriptors`` looks at its call's)."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture(autouse=True)
def no_leaked_descriptors(request, tmp_path_factory):
    """Fail a test that passed but left open a file under the session's temporary folder (a
    shift journal, its -wal or -shm) or an inotify instance (a ``QFileSystemWatcher``), with
    the list of them: a full run once ended holding about 1,100 descriptors (tests/open_files.py).
    What session- and module-scoped fixtures hold was open before the test began: it is not
    counted. Set up before the test's other fixtures (autouse), it checks after their teardown;
    the garbage collector runs only when something is left (a cycle may hold it), so that a
    clean test costs two listings of /proc/self/fd."""
    root = tmp_path_factory.getbasetemp()
    before = watched_kinds(root)
    yield
    report = getattr(request.node, "report_call", None)
    if report is None or not report.passed or not left_open(before, watched_kinds(root)):
        return  # a failed test's traceback holds what it had open: its failure is what to read
    gc.collect()
    left = left_open(before, watched_kinds(root))
    if left:
        pytest.fail("the test left open (close it: a context manager, a yield fixture, close()/shutdown()):\n"
                    + "\n".join(left), pytrace=False)


@pytest.fixture
def root_logger_restored():
    """The root logger's handlers and level as they were before the test: what a command or the
    demo run in this process set up (``logs.setup_logging``, which leaves its handlers to the
    process, which ends) is removed and closed after it (the demo's, left behind, made a later
    test's journal connections outlive it)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    for handler in handlers:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(level)


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own user data and cache folders: the shift journal, the notification
    icons and the notifications left on screen (``NoticeClicks``) never touch the real ones."""
    folder = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
    return folder


def another_name(url: str) -> str:
    """``url`` (a loopback Alertmanager's, ``http://127.0.0.1:PORT``) under another name of the
    same host that ``config_urls.url_identity`` does not read as it (``127.1``, the short form
    ``inet_aton`` reads and ``ipaddress`` does not): one Alertmanager listed twice that only its
    answers tell (``alertmanager.aliases``). ``localhost`` was that name until review 69 AI5 made
    every loopback name one host."""
    return url.replace("127.0.0.1", "127.1")


def settings_file(folder, text: str = "") -> str:
    """A settings file in ``folder`` (empty: every setting has its default), for ``--config``:
    a named file that does not exist makes the one-shot commands refuse."""
    path = folder / "settings.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _interface_in(language: str):
    """The interface in ``language`` (its translators and QLocale) for one test."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from oncall_tray.ui.translations import install

    app = QApplication.instance()
    translators = install(app, language)
    yield
    for installed in translators:
        app.removeTranslator(installed)
    QLocale.setDefault(QLocale("en"))


@pytest.fixture
def portuguese(qtbot):
    """The interface in Brazilian Portuguese for one test."""
    yield from _interface_in("pt_BR")


@pytest.fixture
def english(qtbot):
    """The interface in English for one test."""
    yield from _interface_in("en")
