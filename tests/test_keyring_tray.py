"""The tray with a locked keyring whose unlock prompt nobody answers (review 32: hidden under
the tray's windows, it left the tray on "Connecting to Alertmanager…" for 15 minutes, no poll
and no word). The prompt that never returns is a stand-in backend: a failure mode, as the fake
HTTP server is for Alertmanager; the real locked Secret Service is in test_keyring.py."""

from __future__ import annotations

import threading

import pytest
from conftest import make_alert
from nginx_proxy import NginxProxy

from oncall_tray.config import load_config


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
@pytest.mark.parametrize("said_after_ms", [100, 5000], ids=["wait-said", "short-wait-unsaid"])
def test_the_tray_waits_for_the_unlock_prompt_a_bounded_time_and_says_so(qtbot, alertmanager, tmp_path,
                                                                         monkeypatch, said_after_ms):
    """The wait is said once it lasts (``WAIT_NOTICE_MS``): one over within it is said by the
    failure alone (review 40 F4: "Waiting for the keyring…" and "Cannot read…" in one second)."""
    import oncall_tray.secrets as secrets
    import oncall_tray.ui.app as app
    import oncall_tray.ui.connection as connection
    from oncall_tray.ui.app import TrayController

    monkeypatch.setattr(connection, "WAIT_NOTICE_MS", said_after_ms)

    release, asked = threading.Event(), []

    class PromptNobodyAnswers:
        priority = 1

        def get_password(self, service, user):
            asked.append(user)
            release.wait(60)
            return None

    monkeypatch.setattr(secrets, "choose_backend", lambda: (PromptNobodyAnswers(), ""))
    monkeypatch.setattr(secrets, "prompt_kind", lambda backend: secrets.UNLOCK)
    monkeypatch.setattr(app, "KEYRING_WAIT_S", 1)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    proxy = NginxProxy(alertmanager.url, basic=("alice", "pw")).start()  # it asks them (one that does not is read)
    path = tmp_path / "config.yaml"
    path.write_text(f"alertmanager_url: {proxy.url}\nauth_method: basic\nauth_username: alice\n"
                    "poll_interval: 1\nnotifications: false\nlanguage: en\n")
    controller = TrayController(load_config(path))
    notices = []
    controller.notifier.show = notices.extend
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.view is not None and controller.view.keyring_failed, timeout=15000)
        titles = [n.title for n in notices]
        failed = notices[titles.index("Cannot read the saved credentials")]
        assert "no answer to its unlock prompt" in failed.body
        if said_after_ms < 1000:  # the wait (1 s here) lasted: said first
            assert titles[:2] == ["Waiting for the keyring to be unlocked", "Cannot read the saved credentials"], titles
            assert "goes on without them" in notices[0].body
        else:
            assert "Waiting for the keyring to be unlocked" not in titles
        controller.connection.close_all()
        with qtbot.waitSignal(controller.poller.polled, timeout=10000) as polled:
            controller.refresh()  # asked again at once: the prompt still open, no second one on the screen
        assert "no answer to its unlock prompt" in str(polled.args[0].error)
        assert len(asked) == 1
    finally:
        release.set()
        proxy.stop()
        assert controller.shutdown()
        if controller.built_window is not None:
            controller.built_window.close()
