"""The alerts window's row and detail pane say when L2's resolution is overdue (the guide's
"Nível 2 - Tech Lead / SRE - Resolução esperada: < 30 minutos", counted from the escalation to L2
recorded; ``sla_l2_resolve_minutes``).

Once the 30 minutes had passed, the header, the notice, ``status`` and the handoff said so, but
the row still read "firing · L2 paged" (pt_BR "disparando · L2 acionado") and the detail pane
"firing — escalated to L2". Now the narrow cell reads the notice's words, "L2 resolution overdue"
("Resolução do L2 atrasada"), acknowledged or not, whole within the column; the detail
pane and the tooltip "… — escalated to L2; L2 resolution overdue since 10:01". A real
Alertmanager, the tray's journal, pytest-qt offscreen.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import make_alert, running_tray, silence, utcnow
from test_ack_in_flight import fingerprint, select, state
from test_l2_resolution import record_escalation

from oncall_tray.config import Config
from oncall_tray.core.local_times import local_time
from oncall_tray.ui.alerts_model import COLUMNS

MIN = dt.timedelta(minutes=1)
UTC = dt.timezone.utc
POOL, API, DISK = "DatabaseConnectionPoolExhausted", "APIDown", "DiskFull"
WORDS = {"english": {"overdue": "L2 resolution overdue", "paged": "firing · esc. to L2",
                     "since": "firing — escalated to L2; L2 resolution overdue since %1", "state": "State: "},
         "portuguese": {"overdue": "Resolução do L2 atrasada", "paged": "disparando · esc. p/ L2",
                        "since": "disparando — escalado para L2; resolução do L2 atrasada desde %1",
                        "state": "Estado: "}}


def details_state(window, words) -> str:
    """The detail pane's State line."""
    return next(line for line in window.details.toPlainText().splitlines() if line.startswith(words["state"]))


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_the_row_and_the_details_say_l2s_resolution_is_overdue(qtbot, request, alertmanager, tmp_path, monkeypatch,
                                                                language):
    from PySide6.QtCore import QCoreApplication, Qt

    request.getfixturevalue(language)
    words = WORDS[language]
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    now = utcnow()
    fired = now - 50 * MIN  # L3 is due at 60 minutes: not yet
    alertmanager.post_alerts([make_alert(name, "critical", starts_at=fired) for name in (POOL, API, DISK)])
    silence(alertmanager, {"alertname": DISK}, minutes=60, author="ana", comment="ACK! investigando — ana")
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="ana", poll_interval=60,
                    timezone="UTC", language="en" if language == "english" else "pt_BR")
    escalated = {POOL: now - 31 * MIN, API: now - 20 * MIN, DISK: now - 31 * MIN}
    with running_tray(qtbot, config, tmp_path) as ctl:
        for name, at in escalated.items():
            record_escalation(fingerprint(ctl, name), name, "L2", at, fired)
        with qtbot.waitSignal(ctl.poller.polled, timeout=10000):
            ctl.refresh()
        ctl.show_window()
        window, table = ctl.window, ctl.window.table
        room = table.columnWidth(COLUMNS.index("state")) - 2 * (
            table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 1)
        pool, api, disk = (fingerprint(ctl, name) for name in (POOL, API, DISK))
        assert state(window, api) == words["paged"]  # 20 minutes: on time
        assert state(window, pool) == words["overdue"]
        assert state(window, disk) == words["overdue"]  # acknowledged: the response column's "✓", the row grey
        for fp in (pool, disk):
            assert table.fontMetrics().horizontalAdvance(state(window, fp)) <= room, state(window, fp)  # whole
        due = local_time(escalated[POOL] + 30 * MIN, UTC, now, QCoreApplication.translate)
        select(window, pool)
        assert details_state(window, words) == words["state"] + words["since"].replace("%1", due)
        tip = window.model.index(window.model.row_of(pool), COLUMNS.index("state")).data(Qt.ItemDataRole.ToolTipRole)
        assert words["since"].replace("%1", due) in tip
        select(window, api)
        assert "L2" in details_state(window, words) and "%" not in details_state(window, words)
        assert words["overdue"].lower() not in details_state(window, words).lower()
