"""A silence longer than the guide's 24 h (guide: "❌ Nunca silencie por mais de 24h"), made
outside the app as amtool or the Alertmanager UI would (review 63 Z2): ``silence list``, the
start checklist and the Silences tab listed it without a word; only *Extend* said it breaks the
rule. Each flags it now, in English and Portuguese; a silence of exactly 24 h is not flagged."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest
from conftest import make_alert, utcnow
from test_silence_cli import Cli

from oncall_tray.alertmanager.models import Matcher, Silence, SilenceStatus

FLAGS = {"en_US.UTF-8": "lasts 48h: more than the guide's 24h",
         "pt_BR.UTF-8": "dura 48h: mais que as 24h do guia"}


def amtool_silence(am, hours: int | dt.timedelta, comment: str) -> str:
    """A silence of ``hours`` (or that length) made straight through the API (Alertmanager
    accepts any length)."""
    now = utcnow()
    length = hours if isinstance(hours, dt.timedelta) else dt.timedelta(hours=hours)
    body = {"matchers": [{"name": "alertname", "value": "HighCPUUsage", "isRegex": False, "isEqual": True}],
            "startsAt": now.isoformat(), "endsAt": (now + length).isoformat(),
            "createdBy": "Bruna", "comment": comment}
    response = httpx.post(am.url + "/api/v2/silences", json=body, timeout=10)
    response.raise_for_status()
    return response.json()["silenceID"]


@pytest.fixture
def cli(alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("HighCPUUsage", "warning")])
    amtool_silence(alertmanager, 48, "amtool 48h")
    amtool_silence(alertmanager, 24, "conhecido 24h")
    return Cli(alertmanager, tmp_path)


@pytest.mark.parametrize("lang", list(FLAGS))
def test_silence_list_flags_the_silence_longer_than_the_guide_allows(cli, lang):
    result = cli("silence", "list", lang=lang)
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.split("\n\n")
    (long_one,) = [b for b in blocks if "amtool 48h" in b]
    (day,) = [b for b in blocks if "conhecido 24h" in b]
    assert FLAGS[lang] in long_one, long_one
    assert "24h:" not in day and "24h do guia" not in day, day


@pytest.mark.parametrize("lang", list(FLAGS))
def test_the_start_checklist_flags_the_silence_longer_than_the_guide_allows(cli, lang):
    result = cli("handoff", "start", lang=lang)
    assert result.returncode == 0, result.stderr
    (long_one,) = [line for line in result.stdout.splitlines() if "amtool 48h" in line]
    (day,) = [line for line in result.stdout.splitlines() if "conhecido 24h" in line]
    assert FLAGS[lang] in long_one, long_one
    assert FLAGS[lang] not in day, day


@pytest.mark.parametrize("lang, flag", [("en_US.UTF-8", "lasts 24h1m: more than the guide's 24h"),
                                        ("pt_BR.UTF-8", "dura 24h1m: mais que as 24h do guia")])
def test_a_silence_seconds_past_the_limit_reads_longer_than_it_and_the_json_carries_the_flag(alertmanager, tmp_path,
                                                                                            lang, flag):
    """Review 64 V1: a silence of 24h0m30s was flagged "lasts 24h: more than the guide's 24h"
    (its length rounded down), and ``silence list --json`` carried no flag at all. The length is
    said rounded up to the minute, so that it reads past the limit; the JSON has
    ``pastGuideLimit`` (the same length, null for a silence within the guide)."""
    amtool_silence(alertmanager, dt.timedelta(hours=24, seconds=30), "24h e 30s")
    amtool_silence(alertmanager, 24, "conhecido 24h")
    cli = Cli(alertmanager, tmp_path)
    result = cli("silence", "list", lang=lang)
    assert result.returncode == 0, result.stderr
    (over,) = [b for b in result.stdout.split("\n\n") if "24h e 30s" in b]
    assert flag in over, over
    result = cli("silence", "list", "--json", lang=lang)
    assert result.returncode == 0, result.stderr
    flags = {doc["comment"]: doc["pastGuideLimit"] for doc in json.loads(result.stdout)}
    assert flags == {"24h e 30s": "24h1m", "conhecido 24h": None}


def test_the_silences_tab_flags_it(qtbot, portuguese):
    from oncall_tray.ui.silences_view import SilencesView

    start = dt.datetime(2026, 12, 6, 19, 40, tzinfo=dt.timezone.utc)
    matchers = (Matcher("alertname", "HighCPUUsage"),)
    made = {hours: Silence(id=f"{hours:08d}-1111-2222-3333-444455556666", matchers=matchers, starts_at=start,
                           ends_at=start + dt.timedelta(hours=hours), created_by="Bruna", comment=f"{hours}h",
                           status=SilenceStatus("active")) for hours in (24, 48)}
    view = SilencesView()
    qtbot.addWidget(view)
    view.show_silences({s.id: s for s in made.values()}, {})
    rows = {view.table.item(row, 3).text(): view.table.item(row, 5) for row in range(view.table.rowCount())}
    assert FLAGS["pt_BR.UTF-8"] in rows["48h"].text() and FLAGS["pt_BR.UTF-8"] in rows["48h"].toolTip()
    assert "guia" not in rows["24h"].text()


@pytest.mark.parametrize("fixture, flag", [("english", "lasts 36h: more than the guide's 24h"),
                                           ("portuguese", "dura 36h: mais que as 24h do guia")])
def test_the_alert_s_detail_pane_flags_it(qtbot, request, fixture, flag):
    """Review 64 V9: the detail pane listed "Silenced by Carla until …" of a 36 h silence (and
    "Will be silenced by …" of a pending 30 h one) without the flag the Silences tab, ``silence
    list`` and the handoff give it: the pane says it under each such silence, by the same rule
    (``silence_length``); not of a silence of exactly 24 h."""
    from PySide6.QtGui import QTextDocument

    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.config import Config
    from oncall_tray.ui.alert_details import details_html

    request.getfixturevalue(fixture)
    now = utcnow()
    muted = Alert(fingerprint="f1", labels={"alertname": "SlowDatabaseQueries", "severity": "warning"},
                  annotations={"summary": "slow"}, status=AlertStatus("suppressed", ("s36",)),
                  starts_at=now - dt.timedelta(minutes=5))
    matchers = (Matcher("alertname", "SlowDatabaseQueries"),)

    def silence(sid, start, hours, state):
        return Silence(id=sid, matchers=matchers, starts_at=start, ends_at=start + dt.timedelta(hours=hours),
                       created_by="Carla", comment=f"janela {sid}", status=SilenceStatus(state))

    later = now + dt.timedelta(hours=10)
    made = [silence("36h", now, 36, "active"), silence("30h", later, 30, "pending"), silence("24h", now, 24, "active")]
    document = QTextDocument()
    document.setHtml(details_html(muted, made, Config(timezone="UTC"), "silenced"))
    text = document.toPlainText()
    assert flag in text and flag.replace("36h", "30h") in text, text
    assert text.count(flag.split(": ")[1]) == 2, text  # none for the silence of exactly 24 h
