"""Review 66 S2: a pending item the engineer left out came back, ticked, when the ``timezone``
setting changed: its dismissal matched the item's situation, which held the local time of its
alert's start ("firing since 22:57" → "19:57"). Left-out items are keyed by what identifies the
situation (the alert's fingerprint, its start, the kind of item, a real change such as an
escalation overdue), never by words that change with the zone or the clock; the dismissals kept
by earlier versions (their situation in the zone of the moment) still hold."""

from __future__ import annotations

import datetime as dt
import hashlib
from zoneinfo import ZoneInfo

from conftest import make_alert, utcnow
from test_handoff import scripted  # noqa: F401 (the fixture)

from oncall_tray.core.handoff import end_report
from oncall_tray.core.handoff_firing import to_acknowledge
from oncall_tray.core.pending import PENDING_DISMISSED
from oncall_tray.core.shifts import shift_scope
from oncall_tray.i18n import english, translator

UTC = dt.timezone.utc
SAO_PAULO = ZoneInfo("America/Sao_Paulo")


def _disk(report):
    return next(s for s in report.suggestions if "DiskSpaceRunningOut" in s.text)


def _firing(shift):
    """DiskSpaceRunningOut firing unacknowledged for 70 minutes, as the shift polls it."""
    old = utcnow() - dt.timedelta(minutes=70)
    shift.am.post_alerts([make_alert("DiskSpaceRunningOut", "critical", starts_at=old, instance="db-1")])
    return shift.poll()


def test_an_item_left_out_stays_out_when_the_zone_or_the_day_changes(scripted):  # noqa: F811
    shift, started = scripted
    live = _firing(shift)
    report = end_report(shift.journal, started, live, translator("pt_BR"), UTC)
    left_out = _disk(report)
    shift.journal.set_state(shift_scope(started.id), PENDING_DISMISSED, left_out.dismissal)
    for language in ("pt_BR", "en"):
        for zone in (UTC, SAO_PAULO):
            for later in (dt.timedelta(0), dt.timedelta(days=1)):  # "desde 22:57" → "desde 2026-12-05 22:57"
                again = end_report(shift.journal, started, live, translator(language), zone, at=report.at + later)
                item = _disk(again)
                assert item.dismissal == left_out.dismissal, (language, zone, later, item.text)
                assert item.text not in again.pending, (language, zone, later)


def test_an_item_left_out_by_an_earlier_version_stays_out(scripted):  # noqa: F811
    """Dismissals kept before: ``key#<digest of the English situation in the zone of then>``."""
    shift, started = scripted
    live = _firing(shift)
    report = end_report(shift.journal, started, live, translator("pt_BR"), SAO_PAULO)
    alert = next(a for a in live.alerts.values() if a.display_name.startswith("DiskSpaceRunningOut"))
    situation = to_acknowledge(alert, live, list(live.silences.values()), report.at, english, SAO_PAULO, None)
    kept = f"acknowledge:{alert.fingerprint}#{hashlib.sha256(situation.encode('utf-8')).hexdigest()[:12]}"
    shift.journal.set_state(shift_scope(started.id), PENDING_DISMISSED, kept)
    again = end_report(shift.journal, started, live, translator("pt_BR"), SAO_PAULO, at=report.at)
    item = _disk(again)
    assert item.text not in again.pending, again.pending
    assert item.dismissal in again.dismissed  # the end window's tick follows it: unticked
