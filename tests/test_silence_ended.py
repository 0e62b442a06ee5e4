"""A colleague's plain silence (no ``ACK``, by someone not on call: muted, not acknowledged; its
notice 5 min before says "Silence ends at …") that ends while its alert fires, after the
engineer's own acknowledgement of it ended beneath it, is said as a silence that ended, not as "Acknowledgement ran out … Acknowledge it again" (review 63 Z6): by a
tray that runs when it ends, and by one started again after it ended while it was off
(``PollerJournal._look_back``). The engineer's own acknowledgement keeps its words. Real
Alertmanager, real tray controller; each silence shortened in place to end a few seconds ahead,
the end awaited by polling Alertmanager."""

from __future__ import annotations

import httpx

from conftest import local_clock, make_alert, running_tray, shut_down, silence, wait_until
from test_restart_ran_out import _shorten, _started, _unsilenced, ana_on_call

from oncall_tray.core.shifts import recorded_responses

ENDED = "Silence ended: "


def _said(polls) -> list[tuple[str, str]]:
    """(title, first body line) of the notices of ``polls`` about silences or acknowledgements that ended."""
    return [(n.title, n.body.splitlines()[0]) for p in polls for n in p.attention_notices
            if n.title.startswith((ENDED, "Acknowledgement ran out"))]


def test_a_colleagues_plain_silence_that_ends_is_said_as_a_silence_live_and_after_a_restart(qtbot, tmp_path):
    am, config, journal, looked = ana_on_call()
    try:
        am.post_alerts([make_alert("DatabaseConnectionPoolExhausted", "critical"),
                        make_alert("QueueSlow", "warning"), make_alert("DiskFull", "warning")])
        acks = [silence(am, {"alertname": name}, minutes=60, author="ana", comment="ACK! olhando — ana")
                for name in ("DatabaseConnectionPoolExhausted", "QueueSlow")]
        disk = silence(am, {"alertname": "DiskFull"}, minutes=60, author="ana", comment="ACK! olhando — ana")
        pool = silence(am, {"alertname": "DatabaseConnectionPoolExhausted"}, minutes=90, author="root",
                       comment="teste bearer")
        queue = silence(am, {"alertname": "QueueSlow"}, minutes=90, author="root", comment="teste bearer")
        with running_tray(qtbot, config, tmp_path) as ctl:
            polls: list = []
            ctl.poller.polled.connect(polls.append)
            qtbot.waitUntil(lambda: len(recorded_responses(journal).acknowledged_at) == 3, timeout=15000)
            for sid in acks:  # the engineer's acknowledgements end beneath the colleague's silences: nothing said
                ends = _shorten(am, sid)
            wait_until(lambda: httpx.get(f"{am.url}/api/v2/silence/{acks[1]}", timeout=10).json()["status"]["state"]
                       == "expired", 30, "the acknowledgements to end")
            qtbot.waitUntil(lambda: (looked() or ends) > ends, timeout=15000)
            assert _said(polls) == []
            queue_ends, disk_ends = _shorten(am, queue), _shorten(am, disk)  # they end while the tray runs
            qtbot.waitUntil(lambda: len(_said(polls)) == 2, timeout=20000)
            assert sorted(_said(polls)) == [
                ("Acknowledgement ran out: DiskFull", f"It ended at {local_clock(disk_ends.isoformat())} and the "
                 "alert still fires. Acknowledge it again or escalate."),
                (ENDED + "QueueSlow", f"It ended at {local_clock(queue_ends.isoformat())} and the alert still "
                 "fires. Acknowledge it or escalate.")]
            qtbot.waitUntil(lambda: (looked() or queue_ends) > max(queue_ends, disk_ends), timeout=15000)
        pool_ends = _shorten(am, pool)  # the tray is off: the colleague's silence ends now
        wait_until(lambda: _unsilenced(am, "DatabaseConnectionPoolExhausted"), 30, "the silence to end")

        polls = []
        ctl = _started(qtbot, config, tmp_path, polls)
        try:
            qtbot.waitUntil(lambda: len([p for p in polls if p.update is not None]) >= 2, timeout=15000)
            assert _said(polls) == [(ENDED + "DatabaseConnectionPoolExhausted",
                                     f"It ended at {local_clock(pool_ends.isoformat())} and the alert still fires. "
                                     "Acknowledge it or escalate.")]
        finally:
            shut_down(ctl)
    finally:
        journal.close()
        am.stop()


def test_a_summary_of_ended_silences_says_which_kind_ended():
    """More than the threshold at once: one summary, titled by what ended (pure logic)."""
    import datetime as dt

    from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
    from oncall_tray.core.attention import Attention
    from oncall_tray.core.severity import Severity
    from oncall_tray.notify.attention_messages import attention_notices

    now = dt.datetime(2026, 12, 6, 19, 50, tzinfo=dt.timezone.utc)

    def ended(name: str, author: str, comment: str):
        alert = Alert(fingerprint=name, labels={"alertname": name, "severity": "warning"},
                      status=AlertStatus("active"), starts_at=now - dt.timedelta(hours=1))
        gone = Silence(id="s" + name, matchers=(Matcher(name="alertname", value=name),),
                       starts_at=now - dt.timedelta(minutes=30), ends_at=now - dt.timedelta(seconds=5),
                       created_by=author, comment=comment, status=SilenceStatus("expired"))
        return alert, Severity.WARNING, gone

    def title(*lapsed) -> str:
        attention = Attention(lapsed=lapsed, on_call="ana")
        (notice,) = attention_notices(attention, {a.fingerprint: a for a, _s, _x in lapsed}, lambda _c, t: t, now,
                                      threshold=1)
        return notice.title

    plain = [ended(f"P{i}", "root", "teste bearer") for i in range(2)]
    acked = [ended(f"A{i}", "ana", "ACK! olhando") for i in range(2)]
    assert title(*plain) == "Silences ended: 2 alerts"
    assert title(*acked) == "Acknowledgements ran out: 2 alerts"
    assert title(*plain, *acked) == "Acknowledgements and silences ended: 4 alerts"


def test_a_colleagues_plain_silence_over_no_acknowledgement_that_ends_is_said_live_and_after_a_restart(qtbot, tmp_path):
    """Review 64 V3: no acknowledgement of the engineer's under it (the journal records none):
    its end was still said by nobody, live or by a tray started again after it ended."""
    am, config, journal, looked = ana_on_call()
    try:
        am.post_alerts([make_alert("APIDown", "critical"), make_alert("DiskSpaceRunningOut", "warning")])
        api = silence(am, {"alertname": "APIDown"}, minutes=90, author="Carla", comment="Manutenção programada")
        disk = silence(am, {"alertname": "DiskSpaceRunningOut"}, minutes=90, author="Carla", comment="Manutenção disco")
        with running_tray(qtbot, config, tmp_path) as ctl:
            polls: list = []
            ctl.poller.polled.connect(polls.append)
            qtbot.waitUntil(lambda: looked() is not None, timeout=15000)
            api_ends = _shorten(am, api)  # it ends while the tray runs
            qtbot.waitUntil(lambda: len(_said(polls)) == 1, timeout=20000)
            assert _said(polls) == [(ENDED + "APIDown", f"It ended at {local_clock(api_ends.isoformat())} and the "
                                     "alert still fires. Acknowledge it or escalate.")]
            qtbot.waitUntil(lambda: (looked() or api_ends) > api_ends, timeout=15000)
            assert recorded_responses(journal).acknowledged_at == {}
        disk_ends = _shorten(am, disk)  # the tray is off: it ends now
        wait_until(lambda: _unsilenced(am, "DiskSpaceRunningOut"), 30, "the silence to end")

        for _restart in range(2):  # said once: not again by a tray started a second time
            polls = []
            ctl = _started(qtbot, config, tmp_path, polls)
            try:
                qtbot.waitUntil(lambda: len([p for p in polls if p.update is not None]) >= 2, timeout=15000)
                said = _said(polls)
                qtbot.waitUntil(lambda: (looked() or disk_ends) > disk_ends, timeout=15000)
            finally:
                shut_down(ctl)
            assert said == ([(ENDED + "DiskSpaceRunningOut", f"It ended at {local_clock(disk_ends.isoformat())} and "
                              "the alert still fires. Acknowledge it or escalate.")] if _restart == 0 else [])
    finally:
        journal.close()
        am.stop()


def test_a_plain_silence_that_ended_is_said_once_not_after_a_new_firing_nor_when_expired_by_hand():
    """Review 64 V3 in pure logic: no acknowledgement recorded, Carla's plain silences end. Said
    once of the alert still firing; not of one that fired again after the end (code review 64
    K8's rule, ``run_out``), nor of one whose silence this app expired by hand (review 71 AP5:
    one expired elsewhere is said, ``test_ack_expired_elsewhere``)."""
    import datetime as dt

    from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
    from oncall_tray.core.attention import AttentionMonitor
    from oncall_tray.core.contact import ContactMonitor
    from oncall_tray.core.severity import SeverityMap
    from oncall_tray.core.sla import SlaPolicy
    from oncall_tray.core.tracker import AlertTracker

    t0, minute = dt.datetime(2026, 12, 7, 12, tzinfo=dt.timezone.utc), dt.timedelta(minutes=1)
    names = ("Kept", "Refired", "ByHand")

    def alert(name: str, started: dt.datetime, muted: bool) -> Alert:
        return Alert(fingerprint=name, labels={"alertname": name, "severity": "warning"}, starts_at=started,
                     status=AlertStatus("suppressed" if muted else "active", ("s" + name,) if muted else ()))

    def carla(name: str, state: str, updated: dt.datetime) -> Silence:
        return Silence(id="s" + name, matchers=(Matcher(name="alertname", value=name),), starts_at=t0 + minute,
                       ends_at=t0 + 19 * minute, updated_at=updated, created_by="Carla", comment="Manutenção",
                       status=SilenceStatus(state))

    tracker, contact, monitor = AlertTracker(SeverityMap()), ContactMonitor(), AttentionMonitor(SlaPolicy())

    def at(now: dt.datetime, alerts: list[Alert], silences: list[Silence]) -> list[str]:
        snapshot = tracker.update(alerts, now).snapshot  # ByHand's expired by this app (review 71 AP5)
        found = monitor.evaluate(snapshot, {s.id: s for s in silences}, contact.success(now), now, on_call="ana",
                                 expired_here={"sByHand"})
        return [(a.alertname, s.id) for a, _severity, s in found.lapsed]

    assert at(t0 + 10 * minute, [alert(n, t0, True) for n in names],
              [carla(n, "active", t0 + minute) for n in names]) == []
    ended = [carla("Kept", "expired", t0 + minute), carla("Refired", "expired", t0 + minute),
             carla("ByHand", "expired", t0 + 19 * minute)]
    now = [alert("Kept", t0, False), alert("Refired", t0 + 19 * minute + 30 * dt.timedelta(seconds=1), False),
           alert("ByHand", t0, False)]
    assert at(t0 + 20 * minute, now, ended) == [("Kept", "sKept")]
    assert at(t0 + 21 * minute, now, ended) == []  # once
