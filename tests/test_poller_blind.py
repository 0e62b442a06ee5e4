"""The poller before its first good poll (pytest-qt, offscreen): what it says while it has
never seen Alertmanager's alerts."""

from __future__ import annotations

import datetime as dt

from oncall_tray.config import Config
from oncall_tray.demo import free_port
from oncall_tray.ui import poller as poller_module
from oncall_tray.ui.poller import PollerWorker


def _unreachable_flags(url: str, monkeypatch) -> list:
    """The "unreachable" notices of a poller whose Alertmanager (``url``) never answered, 2 min on."""
    worker = PollerWorker(Config(alertmanager_url=url, language="en", poll_interval=3600))
    results = []
    worker.polled.connect(results.append)
    real = poller_module.utc_now
    try:
        worker.start()  # polls at once: refused
        worker.poll()  # second failure: contact lost
        monkeypatch.setattr(poller_module, "utc_now", lambda: real() + dt.timedelta(minutes=2))
        worker.poll()
    finally:
        worker.stop()
    assert [r.update for r in results] == [None, None, None]
    return [n for n in results[-1].attention_notices if "unreachable" in n.title]


def test_a_tray_started_with_alertmanager_down_says_the_red_flag(qapp, monkeypatch):
    """Review 35: started while Alertmanager was down, the tray showed "Red flag: Alertmanager
    unreachable for 1 min" in its window but never notified it (a running tray does, urgent):
    the poller made no attention notice before its first good poll."""
    flags = _unreachable_flags(f"http://127.0.0.1:{free_port()}", monkeypatch)
    assert [n.title for n in flags] == ["Alertmanager unreachable for 2 min"], flags
    assert flags[0].urgent


def test_the_red_flag_names_the_alertmanager_it_is_about(qapp, monkeypatch):
    """Fresh-user review 73 AW3: beside the shift's tray, a second tray (another Alertmanager,
    down) said "Alertmanager unreachable for 1 min — Alerts that fire meanwhile are neither shown
    nor notified" naming no Alertmanager: read as the shift's. The body names it, its password
    masked (``url_passwords.shown_url``), as the "Cannot reach Alertmanager" notice before it."""
    port = free_port()
    (flag,) = _unreachable_flags(f"http://ana:s3cret@127.0.0.1:{port}", monkeypatch)
    assert flag.body.startswith(f"http://ana:***@127.0.0.1:{port}\n"), flag.body
    assert "s3cret" not in flag.body + flag.title
