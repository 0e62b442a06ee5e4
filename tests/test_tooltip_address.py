"""The tray's tooltip and the alerts window's header never end on a bare line of addresses: the
Alertmanagers that do not answer are named on the reason's line, and the address line says what
it is (review 62 Y12: "no answer in time (10 s)" then, after the red flags, a bare
"http://127.0.0.1:19341, http://127.0.0.1:19342")."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from oncall_tray.core.attention import RedFlag
from oncall_tray.core.overview import Light, Overview
from oncall_tray.core.severity import Severity

URLS = "http://127.0.0.1:19341, http://127.0.0.1:19342"
NOW = dt.datetime.now(dt.timezone.utc)
#: The reviewer's stale start: both members stopped, the journal's alerts shown, red flags.
STALE = Overview(Light.UNREACHABLE, 20, unacknowledged={Severity.CRITICAL: 5, Severity.WARNING: 13},
                 shown_at=NOW, recalled=True, stale=True, error="no answer in time (10 s)", members=2,
                 red_flags={RedFlag.SEVERAL_CRITICAL: "SLOAvailabilityViolation, APIDown"})


def bare(lines: list[str]) -> list[str]:
    """The lines made of addresses alone."""
    return [line for line in lines if line.strip() and all(part.strip().startswith("http")
                                                           for part in line.split(","))]


@pytest.mark.parametrize("language", ["portuguese", "english"])
def test_the_members_not_answering_are_named_with_the_reason(qtbot, request, language):
    """Y12: the reason and the members it is of, on one line; no bare address line."""
    request.getfixturevalue(language)
    from oncall_tray.ui.tray import tooltip_lines

    lines = tooltip_lines(STALE, URLS)
    assert not bare(lines), lines
    (reason,) = [line for line in lines if "(10 s)" in line]
    assert URLS in reason, lines
    assert sum(URLS in line for line in lines) == 1, lines  # said once


@pytest.mark.parametrize("language", ["portuguese", "english"])
@pytest.mark.parametrize("urls", [URLS, "http://am:9093"])
def test_the_address_line_says_what_it_is(qtbot, request, language, urls):
    """Y12: after contact is restored the addresses stayed last, alone, under "⚠ … restarted"."""
    request.getfixturevalue(language)
    from oncall_tray.ui.tray import tooltip_lines

    view = Overview(Light.WARNING, 3, unacknowledged={Severity.WARNING: 3}, last_success_at=NOW, shown_at=NOW,
                    connected_once=True, members=urls.count(",") + 1, restarted=("http://127.0.0.1:19341",))
    lines = tooltip_lines(view, urls)
    assert not bare(lines), lines
    assert lines[-1].startswith("Alertmanager") and lines[-1].endswith(urls), lines


@pytest.mark.parametrize("language", ["portuguese", "english"])
def test_the_alerts_window_header_names_them_with_the_reason(qtbot, request, language):
    """Y12: in the header too the addresses stood alone under "no answer in time (10 s)"."""
    request.getfixturevalue(language)
    from oncall_tray.config import Config
    from oncall_tray.ui.alerts_window import AlertsWindow

    first, second = URLS.split(", ")
    window = AlertsWindow(Config(alertmanager_url=first, alertmanager_peers=[second]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_overview(dataclasses.replace(STALE))
    shown = window.details_label.shown_text().split("\n")
    assert not bare(shown), shown
    assert any("(10 s)" in line and URLS in line for line in shown), shown
