"""Logs (issue 2, item 11): a rotating file; stderr gets only errors unless --verbose; when the
file cannot be written, warnings reach stderr instead of nowhere."""

from __future__ import annotations

import logging

from oncall_tray.logs import setup_logging


def test_a_failed_poll_goes_to_the_file_not_to_the_terminal(tmp_path, capsys, root_logger_restored):
    path = setup_logging(False, directory=tmp_path)
    logging.getLogger("oncall_tray.ui.poller").warning("poll failed (connection refused); next try in 1 s")
    logging.getLogger("oncall_tray.ui.crash").error("unexpected error")
    err = capsys.readouterr().err
    assert "poll failed" not in err and "unexpected error" in err
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "poll failed" in path.read_text(encoding="utf-8")


def test_verbose_copies_everything_to_stderr(tmp_path, capsys, root_logger_restored):
    setup_logging(True, directory=tmp_path)
    logging.getLogger("oncall_tray.ui.poller").debug("polled 12 alerts")
    assert "polled 12 alerts" in capsys.readouterr().err


def test_without_a_log_file_warnings_reach_stderr(tmp_path, capsys, root_logger_restored):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert setup_logging(False, directory=blocker / "logs") is None
    logging.getLogger("oncall_tray.ui.poller").warning("poll failed")
    err = capsys.readouterr().err
    assert "cannot write the log file" in err and "poll failed" in err


def test_log_times_are_in_the_settings_zone_with_its_offset(tmp_path, root_logger_restored):
    """Review 51 G6: with ``timezone: America/Sao_Paulo`` and TZ=Asia/Tokyo the log said
    "2026-12-06 11:39:40,944" (Tokyo, no zone) beside a handoff and notifications at 23:39:
    its lines could not be matched to them. They carry the settings' zone and its offset now."""
    import datetime as dt
    import re
    from zoneinfo import ZoneInfo

    from oncall_tray.logs import use_log_zone

    path = setup_logging(False, directory=tmp_path)
    use_log_zone(ZoneInfo("America/Sao_Paulo"))
    before = dt.datetime.now(dt.timezone.utc)
    logging.getLogger("oncall_tray.ui.poller").warning("a line")
    for handler in logging.getLogger().handlers:
        handler.flush()
    line = path.read_text(encoding="utf-8").splitlines()[-1]
    match = re.match(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}-03:00) WARNING ", line)
    assert match, line
    written = dt.datetime.fromisoformat(match[1])
    assert abs((written - before).total_seconds()) < 60  # the same instant, told in the zone's own time
