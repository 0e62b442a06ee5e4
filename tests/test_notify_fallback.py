"""When the notification daemon fails: the chain's fallbacks, and a daemon that comes back
(review 19: after three failures plyer was dropped for the session, and the tray's single
balloon showed only the last of four notices given in 107 ms)."""

from __future__ import annotations

import pytest

from oncall_tray.core.severity import Severity
from oncall_tray.notify import backends
from oncall_tray.notify.backends import MAX_FAILURES, RETRY_AFTER, NotificationChain
from oncall_tray.notify.messages import notice
from oncall_tray.notify.server_watch import TimedOut


class Daemon:
    """A backend that fails while ``down``."""

    def __init__(self, name: str, down: bool = False) -> None:
        self.name, self.down, self.shown = name, down, []

    def send(self, note, icon) -> None:
        if self.down:
            raise RuntimeError(f"{self.name} is not running")
        self.shown.append(note.title)


def test_a_backend_set_aside_is_tried_again_later():
    now = [1000.0]
    daemon, balloon = Daemon("plyer", down=True), Daemon("tray message")
    chain = NotificationChain([daemon, balloon], lambda _n: None, clock=lambda: now[0])
    for i in range(MAX_FAILURES):
        assert chain.send(notice(f"n{i}", "", None)) == "tray message"
    assert chain.backends == ["tray message"]  # set aside: not even tried
    daemon.down = False
    assert chain.send(notice("while aside", "", None)) == "tray message"
    now[0] += RETRY_AFTER
    assert chain.send(notice("daemon back", "", None)) == "plyer"  # started again meanwhile: used again
    assert daemon.shown == ["daemon back"] and chain.backends == ["plyer", "tray message"]


def test_a_backend_that_passes_a_notice_on_is_not_set_aside():
    """A notification server without actions: ``ActionsBackend`` leaves the notice to plyer
    (``Unsuitable``) every time, and is asked again for the next notice (review 48 R2)."""
    class NoActions(Daemon):
        def send(self, note, icon) -> None:
            raise backends.Unsuitable("the notification server offers no actions")

    picky, plyer = NoActions("notification with actions"), Daemon("plyer")
    chain = NotificationChain([picky, plyer], lambda _n: None)
    for i in range(MAX_FAILURES + 1):
        assert chain.send(notice(f"n{i}", "", None)) == "plyer"
    assert chain.backends == ["notification with actions", "plyer"]


def test_the_last_backend_is_never_set_aside():
    only = Daemon("window", down=True)
    chain = NotificationChain([only], lambda _n: None)
    for _ in range(MAX_FAILURES + 2):
        assert chain.send(notice("x", "", None)) is None
    only.down = False
    assert chain.send(notice("y", "", None)) == "window"


class Hung(Daemon):
    """A backend whose server does not answer while ``hung`` (``server_watch.TimedOut``); counts
    the tries that reached it."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.hung, self.tries = True, 0

    def send(self, note, icon) -> None:
        self.tries += 1
        if self.hung:
            raise TimedOut("the notification server did not answer within 1.5 s", lambda: not self.hung)
        super().send(note, icon)


def test_a_backend_that_timed_out_is_set_aside_at_once_until_its_server_answers():
    """Review 65 T1: a hung daemon cost every notice of a burst its wait, one after another,
    until MAX_FAILURES set the backend aside. One rule: a timeout counts as MAX_FAILURES
    failures; the backend is tried again when its server answers (or after RETRY_AFTER)."""
    now = [1000.0]
    hung, balloon = Hung("notification with actions"), Daemon("tray message")
    chain = NotificationChain([hung, balloon], lambda _n: None, clock=lambda: now[0])
    for i in range(5):
        assert chain.send(notice(f"burst {i}", "", None)) == "tray message"
    assert hung.tries == 1 and chain.backends == ["tray message"]  # the burst paid the wait once
    hung.hung = False  # answers again (seen by the server's watch), long before RETRY_AFTER
    assert chain.backends == ["notification with actions", "tray message"]
    assert chain.send(notice("back", "", None)) == "notification with actions"
    assert hung.shown == ["back"] and hung.tries == 2
    hung.hung = True  # hangs again: set aside again at once
    assert chain.send(notice("again", "", None)) == "tray message"
    assert chain.send(notice("and again", "", None)) == "tray message" and hung.tries == 3
    now[0] += RETRY_AFTER  # never answered: tried again after RETRY_AFTER, as any backend set aside
    assert chain.send(notice("later", "", None)) == "tray message" and hung.tries == 4


def test_the_last_backend_is_not_set_aside_for_a_timeout_either():
    only = Hung("window")
    chain = NotificationChain([only], lambda _n: None)
    assert chain.send(notice("x", "", None)) is None
    assert chain.send(notice("y", "", None)) is None and only.tries == 2


@pytest.fixture
def no_daemon(monkeypatch):
    def fail(self, note, icon):
        raise RuntimeError("org.freedesktop.Notifications was not provided by any .service files")

    monkeypatch.setattr(backends.PlyerBackend, "send", fail)


def test_notices_given_together_to_the_balloon_are_shown_as_one_critical_first(qtbot, no_daemon):
    from oncall_tray.ui.notifications import Notifier

    balloons = []
    notifier = Notifier(lambda *message: balloons.append(message), lambda: True)
    notifier.show([notice("[CRITICAL] APIDown", "Backend não responde", Severity.CRITICAL),
                   notice("Escalate to L2: APIDown", "", Severity.CRITICAL),
                   notice("Resolved: FakeOK", "", Severity.INFO, quiet=True)])
    qtbot.waitUntil(lambda: bool(balloons), timeout=5000)
    qtbot.wait(300)  # nothing more comes
    notifier.shutdown()
    (title, body, critical), = balloons
    assert title == "3 notifications" and critical
    assert body.splitlines() == ["[CRITICAL] APIDown", "Escalate to L2: APIDown", "Resolved: FakeOK"]


def test_a_notice_while_the_balloon_still_shows_another_keeps_both_on_screen(qtbot, no_daemon):
    from oncall_tray.ui.notifications import Notifier

    balloons = []
    notifier = Notifier(lambda *message: balloons.append(message), lambda: True)
    notifier.show([notice("[CRITICAL] APIDown", "Backend não responde", Severity.CRITICAL)])
    qtbot.waitUntil(lambda: len(balloons) == 1, timeout=5000)
    assert balloons[0] == ("[CRITICAL] APIDown", "Backend não responde", True)  # alone: as it is
    notifier.show([notice("Resolved: FakeOK", "", Severity.INFO, quiet=True)])
    qtbot.waitUntil(lambda: len(balloons) == 2, timeout=5000)
    notifier.shutdown()
    title, body, critical = balloons[1]
    assert title == "2 notifications" and critical
    assert body.splitlines() == ["[CRITICAL] APIDown", "Resolved: FakeOK"]
