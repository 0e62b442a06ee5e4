"""The optional critical sound: the shipped file is a real WAV, and a missing player is logged,
not raised (there is no sound card on the test machines, so playing itself is not checked)."""

from __future__ import annotations

import logging
import wave

from oncall_tray.notify import sound


def test_the_shipped_sound_is_a_short_wav():
    with wave.open(str(sound.critical_sound())) as w:
        seconds = w.getnframes() / w.getframerate()
    assert 0.3 < seconds < 2


def test_no_player_is_a_logged_warning(monkeypatch, caplog):
    monkeypatch.setenv("PATH", "/nonexistent")
    with caplog.at_level(logging.WARNING):
        assert sound.play() is False
    assert "no sound player" in caplog.text


def test_a_missing_player_is_one_warning_per_run_not_one_per_critical_alert(qapp, monkeypatch, caplog):
    from oncall_tray.core.severity import Severity
    from oncall_tray.notify.messages import notice
    from oncall_tray.ui.notifications import Notifier

    monkeypatch.setenv("PATH", "/nonexistent")
    notifier = Notifier(lambda *args: None, lambda: False)
    notifier.sound = True
    monkeypatch.setattr(notifier._chain, "send", lambda n: "test")
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            notifier._deliver(notice("[CRITICAL] Down", "body", Severity.CRITICAL))
    assert caplog.text.count("no sound player") == 1


def test_a_failing_player_is_a_logged_warning(monkeypatch, tmp_path, caplog):
    player = tmp_path / "aplay"
    player.write_text("#!/bin/sh\nexit 3\n")
    player.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    with caplog.at_level(logging.WARNING):
        assert sound.play() is False
    assert "did not play" in caplog.text
