"""Info alerts are reviewed, not acknowledged now (review 63 Z7; guide: "Alertas INFO — SLA:
Revisar no próximo dia útil … Monitorar, não requer ação urgente"): ``status``'s SLA column, the
notice of a missed target and its urgency, the red flag, and the alerts window's clock column and
detail pane use the guide's word for an info alert; the clock (``SlaPolicy``) is unchanged.
``status`` against a real Alertmanager; the notices and the window's texts from the same
policy's clocks."""

from __future__ import annotations

import datetime as dt

import httpx
from conftest import settings_file, silence
from test_cli import run
from test_sla_cli import parse, post_started

from oncall_tray.alertmanager.models import Alert, AlertStatus
from oncall_tray.config import Config
from oncall_tray.core.attention import AttentionMonitor
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.durations import format_span
from oncall_tray.core.flags import RedFlag
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.sla import SlaPolicy
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.notify.attention_messages import attention_notices
from oncall_tray.paths import Folders

DAY = dt.timedelta(days=1)
SUNDAY = dt.datetime(2026, 12, 6, 19, 52, tzinfo=dt.timezone.utc)


def _line(text: str, name: str) -> str:
    return next(line for line in text.splitlines() if name in line)


def test_status_says_an_info_alert_is_to_be_reviewed(alertmanager, tmp_path):
    post_started(alertmanager, "BackupOlderThan24h", "info", 8 * 24 * 60)  # past any next business day
    post_started(alertmanager, "CertificateExpiringSoon", "info", 1)
    post_started(alertmanager, "Seven", "critical", 7)
    cfg = settings_file(tmp_path)
    english = run("--alertmanager", alertmanager.url, "status", config=cfg)
    assert english.returncode == 0, english.stderr
    late, fresh = _line(english.stdout, "BackupOlderThan24h"), _line(english.stdout, "CertificateExpiringSoon")
    assert "review overdue " in late and "respon" not in late, late
    assert "review in " in fresh and "respon" not in fresh, fresh
    assert "response overdue 2m" in _line(english.stdout, "Seven")  # the others respond
    portuguese = run("--alertmanager", alertmanager.url, "status", config=cfg, env_lang="pt_BR.UTF-8").stdout
    late, fresh = _line(portuguese, "BackupOlderThan24h"), _line(portuguese, "CertificateExpiringSoon")
    assert "revisão atrasada " in late and "respost" not in late, late
    assert "revisar em " in fresh and "respon" not in fresh, fresh


def _reviewed_late(am, name: str, config: Config) -> str:
    """How late the alert ``name`` on ``am`` was acknowledged, as ``status`` writes it: from its
    review target (``config``'s SLA policy: the closing of the next business day after it
    started) to the start of the silence that acknowledges it (its only one)."""
    alert = next(a for a in httpx.get(f"{am.url}/api/v2/alerts", timeout=10).json() if a["labels"]["alertname"] == name)
    (ack,) = [s for s in httpx.get(f"{am.url}/api/v2/silences", timeout=10).json() if s["id"] in alert["status"]["silencedBy"]]
    due = config.sla_policy().business.next_business_day_end(parse(alert["startsAt"]))
    return format_span((parse(ack["startsAt"]) - due).total_seconds())


def _backup() -> Alert:
    return Alert(fingerprint="dea79ede8b15821a", starts_at=SUNDAY - 3 * DAY,
                 labels={"alertname": "BackupOlderThan24h", "severity": "info", "service": "postgres",
                         "instance": "conectsuite-postgres:5432"}, status=AlertStatus("active"))


def test_an_info_alert_past_its_review_is_said_overdue_for_review_not_acknowledgement():
    backup = _backup()
    snapshot = AlertTracker(SeverityMap()).update([backup], SUNDAY).snapshot
    attention = AttentionMonitor(SlaPolicy()).evaluate(snapshot, {}, ContactMonitor().success(SUNDAY), SUNDAY)
    assert attention.newly_overdue == (backup.fingerprint,)  # the clock: Friday 18:00 passed
    assert RedFlag.RESPONSE_MISSED not in attention.red_flags  # no red flag: "não requer ação urgente"
    (notice,) = attention_notices(attention, snapshot.alerts, lambda _c, text: text, SUNDAY)
    assert notice.title == "Review overdue: BackupOlderThan24h"
    assert notice.body.splitlines()[0] == "Not reviewed 3d00h after it started. Review it when you can."
    assert not notice.urgent and "cknowledge" not in notice.body


def test_the_alerts_window_names_an_info_alerts_review(qapp):
    from oncall_tray.core.severity import Severity
    from oncall_tray.ui.sla_cells import clock_tip, clock_title, targets_line

    backup, utc, policy = _backup(), dt.timezone.utc, SlaPolicy()
    assert clock_title("respond") == "Respond /\nreview in"
    assert targets_line(backup, Severity.INFO, policy, utc, SUNDAY) == "Review by 2026-12-04 18:00"
    clock = policy.clock(backup, Severity.INFO, None, now=SUNDAY)
    assert clock_tip(clock, "respond", utc, SUNDAY) == "Review overdue since 2026-12-04 18:00"
    fresh = policy.clock(backup, Severity.INFO, None, now=SUNDAY - 3 * DAY + dt.timedelta(hours=1))
    assert clock_tip(fresh, "respond", utc, SUNDAY - 3 * DAY) == "Review by 2026-12-04 18:00"  # not missed yet
    critical = policy.clock(backup, Severity.CRITICAL, None, now=SUNDAY)
    assert targets_line(backup, Severity.CRITICAL, policy, utc, SUNDAY).startswith("Response target: ")
    assert clock_tip(critical, "respond", utc, SUNDAY) is None


def test_the_next_deadline_of_an_info_alert_is_its_review(qapp):
    from oncall_tray.ui.tray import deadline_sentence

    fresh = dt.datetime(2026, 12, 3, 19, 52, tzinfo=dt.timezone.utc)  # a Thursday: due Friday 18:00
    backup = _backup()
    snapshot = AlertTracker(SeverityMap()).update([backup], fresh).snapshot
    attention = AttentionMonitor(SlaPolicy()).evaluate(snapshot, {}, ContactMonitor().success(fresh), fresh)
    assert attention.nearest.kind == "review"
    assert deadline_sentence("review", "", "BackupOlderThan24h", "18:00") == "review BackupOlderThan24h by 18:00"


def test_status_keeps_the_review_words_of_an_info_alert_silenced_or_acknowledged(alertmanager, tmp_path):
    """Review 64 V11: silenced or acknowledged late, an info alert read "response silenced, not
    acknowledged", "acknowledged 2d02h late"."""
    post_started(alertmanager, "BackupOlderThan24h", "info", 8 * 24 * 60)  # past any next business day
    post_started(alertmanager, "CertificateExpiringSoon", "info", 1, service="certs")
    post_started(alertmanager, "Seven", "critical", 7, service="certs")
    silence(alertmanager, {"alertname": "BackupOlderThan24h"}, author="ana", comment="ACK! olhando")  # late
    silence(alertmanager, {"service": "certs"}, minutes=120, author="Carla", comment="renovação agendada")
    cfg = settings_file(tmp_path)
    english = run("--alertmanager", alertmanager.url, "status", config=cfg)
    assert english.returncode == 0, english.stderr
    late, muted = _line(english.stdout, "BackupOlderThan24h"), _line(english.stdout, "CertificateExpiringSoon")
    # how late: from the closing of the business day after it started (in the settings' zone: here
    # the system's) to the acknowledgement; "6d0…" held only from Sunday 18:00 to Monday 03:59
    lateness = _reviewed_late(alertmanager, "BackupOlderThan24h", Config())
    assert f"reviewed {lateness} late" in late and "cknowledged" not in late.split("  L1 ")[-1], late
    assert "review silenced, not reviewed" in muted and "respon" not in muted, muted
    assert "response silenced, not acknowledged" in _line(english.stdout, "Seven")  # the others respond
    portuguese = run("--alertmanager", alertmanager.url, "status", config=cfg, env_lang="pt_BR.UTF-8").stdout
    late, muted = _line(portuguese, "BackupOlderThan24h"), _line(portuguese, "CertificateExpiringSoon")
    assert f"revisado com {lateness} de atraso" in late, late
    assert "revisão silenciada, sem revisão" in muted and "respost" not in muted, muted


def test_the_alerts_windows_tips_keep_the_review_words_of_an_info_alert_silenced_or_acknowledged(qapp):
    """Review 64 V11: the tooltips of the first clock's cell said "Acknowledged 2d02h after the
    response target", "Silenced, not acknowledged: the response target is met only by acknowledging it"."""
    import dataclasses

    from oncall_tray.core.severity import Severity
    from oncall_tray.ui.sla_cells import clock_tip

    backup, utc, policy = _backup(), dt.timezone.utc, SlaPolicy()
    late = policy.clock(backup, Severity.INFO, SUNDAY - dt.timedelta(minutes=1), now=SUNDAY)
    assert clock_tip(late, "respond", utc, SUNDAY) == "Reviewed 2d01h after the review target"
    paused = dataclasses.replace(policy.clock(backup, Severity.INFO, None, now=SUNDAY), paused=True)
    assert clock_tip(paused, "respond", utc, SUNDAY) == (
        "Silenced, not reviewed: the review target is met only by acknowledging it")
    critical = dataclasses.replace(policy.clock(backup, Severity.CRITICAL, None, now=SUNDAY), paused=True)
    assert clock_tip(critical, "respond", utc, SUNDAY).startswith("Silenced, not acknowledged: the response target")


def test_the_end_report_says_an_info_alerts_review_is_overdue(alertmanager, tmp_path):
    """Review 64 V7: past its review (the closing of the next business day after it fired),
    the end report still asked to "Review BackupOlderThan24h on the next business day"."""
    from oncall_tray.core.journal import Journal
    from oncall_tray.core.shifts import start_shift

    post_started(alertmanager, "BackupOlderThan24h", "info", 8 * 24 * 60)  # past any next business day
    post_started(alertmanager, "CertificateExpiringSoon", "info", 1)
    journal = Journal.open(Folders.for_user().journal)
    start_shift(journal, "ana")
    journal.close()
    cfg = settings_file(tmp_path)
    for lang, overdue, fresh in (("en_US.UTF-8", "Review BackupOlderThan24h: its review is overdue since ",
                                  "Review CertificateExpiringSoon on the next business day"),
                                 ("pt_BR.UTF-8", "Revisar BackupOlderThan24h: revisão atrasada desde ",
                                  "Revisar CertificateExpiringSoon no próximo dia útil")):
        preview = run("--alertmanager", alertmanager.url, "handoff", "end", config=cfg, env_lang=lang)
        assert preview.returncode == 0, preview.stderr
        late = _line(preview.stdout, "BackupOlderThan24h")
        assert overdue in late and "info, firing since" not in late.split(overdue)[0], late
        assert "next business day" not in late and "próximo dia útil" not in late, late
        assert fresh in preview.stdout, preview.stdout
