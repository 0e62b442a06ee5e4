"""The single-instance lock and its socket in one process (issues 7 and 2): both transports
(a Unix socket, and loopback TCP with a token as on Windows), requests that must be refused,
and what a crash leaves behind. The whole-app behaviour is in test_single_instance.py."""

from __future__ import annotations

import getpass
import logging
import socket
import tempfile
import threading

import pytest

from oncall_tray.ui.single_instance import SingleInstance, instance_key

TRANSPORTS = [pytest.param(True, id="unix"), pytest.param(False, id="tcp-token")]


def ask(instance: SingleInstance, qtbot, timeout_s: float = 3.0) -> bool:
    """``activate_running`` in a thread (it blocks) while this thread runs Qt's events."""
    answer = []
    thread = threading.Thread(target=lambda: answer.append(instance.activate_running(timeout_s)))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=int(timeout_s * 1000) + 3000)
    return answer[0]


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "run"
    path.mkdir(mode=0o700)
    return path


@pytest.mark.parametrize("unix", TRANSPORTS)
def test_a_second_instance_is_refused_and_activates_the_first(qapp, qtbot, folder, unix):
    first = SingleInstance("k1", folder, unix=unix)
    second = SingleInstance("k1", folder, unix=unix)
    try:
        assert first.claim() and first.primary
        assert first.address_file.exists()
        assert (first.address_file.stat().st_mode & 0o077) == 0  # private to the user
        assert not second.claim() and not second.primary
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert ask(second, qtbot)
        other = SingleInstance("k2", folder, unix=unix)  # other settings: runs beside
        assert other.claim()
        other.release()
    finally:
        first.release()
    assert not first.address_file.exists()
    third = SingleInstance("k1", folder, unix=unix)
    assert third.claim()
    third.release()


@pytest.mark.parametrize("unix", TRANSPORTS)
def test_nobody_listening_is_no_answer_within_the_timeout(qapp, qtbot, folder, unix):
    lonely = SingleInstance("k3", folder, unix=unix)
    assert not ask(lonely, qtbot, timeout_s=0.5)


def test_a_request_without_the_token_is_dropped(qapp, qtbot, folder):
    first = SingleInstance("k4", folder, unix=False)
    try:
        assert first.claim()
        port, token = first.address_file.read_text().split()
        emitted = []
        first.activation_requested.connect(lambda: emitted.append(1))
        for request in (b"activate\n", b"activate " + b"0" * 32 + b"\n", b"x" * 300, b"activate " + token.encode()):
            with socket.create_connection(("127.0.0.1", int(port)), timeout=2) as connection:
                connection.sendall(request)
                if not request.endswith(b"\n") and len(request) < 256:
                    connection.shutdown(socket.SHUT_WR)  # the line never ends: the client left
                replies = []

                def read(connection=connection, replies=replies) -> None:
                    try:
                        replies.append(connection.recv(16))
                    except ConnectionResetError:  # closed with the rest of a long request unread
                        replies.append(b"")

                reader = threading.Thread(target=read)
                reader.start()
                qtbot.waitUntil(lambda: not reader.is_alive(), timeout=5000)
                assert replies == [b""], request  # closed without "ok"
        assert emitted == []
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert ask(SingleInstance("k4", folder, unix=False), qtbot)
    finally:
        first.release()


@pytest.mark.parametrize("unix", TRANSPORTS)
def test_what_a_crash_left_is_replaced_by_the_next_holder(qapp, qtbot, folder, unix):
    crashed = SingleInstance("k5", folder, unix=unix)
    crashed.address_file.write_text("12 stale\n")  # a socket file or port file from a dead process
    assert crashed.claim()
    try:
        with qtbot.waitSignal(crashed.activation_requested, timeout=5000):
            assert ask(SingleInstance("k5", folder, unix=unix), qtbot)
    finally:
        crashed.release()


def test_the_same_alertmanager_written_differently_is_the_same_instance(tmp_path):
    # second fresh-user review: a final slash or upper-case scheme started a second tray beside the first
    key = instance_key(tmp_path / "c.yaml", "http://127.0.0.1:19093")
    assert instance_key(tmp_path / "c.yaml", "http://127.0.0.1:19093/") == key
    assert instance_key(tmp_path / "c.yaml", "HTTP://LOCALHOST:9093") == instance_key(tmp_path / "c.yaml",
                                                                                       "http://localhost:9093")
    assert instance_key(tmp_path / "c.yaml", "http://127.0.0.1:19094") != key
    assert instance_key(tmp_path / "other.yaml", "http://127.0.0.1:19093") != key


def test_a_file_where_the_folder_should_be_runs_unguarded(qapp, tmp_path, monkeypatch, caplog):
    """Code review 65 T13: without ``XDG_RUNTIME_DIR`` the folder is ``<temp>/oncall-tray-<user>``;
    a file of that name stopped the tray at start with a traceback (``FileExistsError``). The
    promise is "runs unguarded (logged) rather than not at all", as when the lock cannot be made."""
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    in_the_way = tmp_path / f"oncall-tray-{getpass.getuser()}"
    in_the_way.write_text("not a folder")
    caplog.set_level(logging.WARNING)
    instance = SingleInstance("k6")
    try:
        assert instance.claim() and not instance.primary
    finally:
        instance.release()
    said = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(str(in_the_way) in line and "a second start will run a second tray" in line for line in said), said
    assert in_the_way.read_text() == "not a folder"  # left as it was
