"""An answer asking to slow down (429, or 503 with ``Retry-After``) judged as the server-side,
passing failure it is (code review 84): a member asking it is passed over for the next one and a
login checked then is kept as in an outage (BC2); a picture left stale by it raises the contact's
red flag and evaluates nothing, as failed polls do (BC9); the writes stay on (BC10). The member
asking to slow down is a fake server (a failure mode); the member that answers is a real
Alertmanager."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import silence
from fakeserver import FakeServer

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.cluster import ClusterClient, _passed_over
from oncall_tray.alertmanager.errors import BadResponse, Unreachable
from oncall_tray.alertmanager.slow_down import SLOWED, SlowDown
from oncall_tray.connect import lasting_failure, outage
from oncall_tray.core.attention import AttentionMonitor
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.flags import RedFlag
from oncall_tray.core.sla import SlaPolicy

T0 = dt.datetime(2026, 12, 7, 2, 0, tzinfo=dt.timezone.utc)
URL = "http://am:9093/api/v2/alerts"
SLOW_ANSWERS = [(503, {"Retry-After": "30"}), (429, {"Retry-After": "30"}), (429, {})]


@pytest.mark.parametrize("error", [SlowDown(URL, 503, "", 30.0), SlowDown(URL, 429, "", 30.0),
                                   SlowDown(URL, 429, "", None)])
def test_asked_to_slow_down_is_judged_as_a_server_error(error):
    # before: passed_over False, outage False for each (a 503 without Retry-After: True, True)
    assert _passed_over(error) and outage(error) and not lasting_failure(error)
    server_error = BadResponse(URL, "server error", 503)
    assert _passed_over(server_error) and outage(server_error) and not lasting_failure(server_error)


@pytest.mark.parametrize("status, headers", SLOW_ANSWERS)
def test_a_write_goes_to_the_next_member_when_one_asks_to_slow_down(alertmanager, status, headers):
    with FakeServer(status, b"slow down", "text/plain", headers=headers, post_status=status) as limited:
        with ClusterClient([AlertmanagerClient(limited.url, timeout=5),
                            AlertmanagerClient(alertmanager.url, timeout=5)]) as cluster:
            url, _status = cluster.first_accepting(lambda client: client.status())
    assert url == alertmanager.url and limited.requests  # asked first, then passed over


@pytest.mark.parametrize("status, headers", SLOW_ANSWERS)
def test_a_silence_is_found_on_the_members_that_answer_when_one_asks_to_slow_down(alertmanager, status, headers):
    sid = silence(alertmanager, {"alertname": "APIDown"})
    with FakeServer(status, b"slow down", "text/plain", headers=headers) as limited:
        with ClusterClient([AlertmanagerClient(limited.url, timeout=5),
                            AlertmanagerClient(alertmanager.url, timeout=5)]) as cluster:
            found = cluster.silence_everywhere(sid)
    assert [(url, s.id) for url, s in found] == [(alertmanager.url, sid)]


@pytest.mark.parametrize("status, headers", SLOW_ANSWERS)
def test_a_login_checked_while_asked_to_slow_down_is_checked_elsewhere_or_kept_as_in_an_outage(
        alertmanager, status, headers):
    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.config import Config
    from oncall_tray.connect import check_credentials

    token = Credentials("bearer", secret="t")
    with FakeServer(status, b"slow down", "text/plain", headers=headers, post_status=status) as limited:
        elsewhere = check_credentials(Config(alertmanager_url=limited.url, alertmanager_peers=(alertmanager.url,)), token,
                                      probe=False)
        alone = check_credentials(Config(alertmanager_url=limited.url), token, probe=False)
    assert elsewhere is None, elsewhere  # the next member took them (before: SlowDown)
    assert isinstance(alone, SlowDown) and outage(alone)  # kept without a check (before: thrown away)


def test_every_member_asking_to_slow_down_says_so():
    with FakeServer(429, b"", headers={"Retry-After": "30"}) as one, FakeServer(429, b"") as other:
        with ClusterClient([AlertmanagerClient(one.url, timeout=5), AlertmanagerClient(other.url, timeout=5)]) as cluster:
            with pytest.raises(SlowDown) as raised:
                cluster.first_accepting(lambda client: client.status())
    assert raised.value.reason == SLOWED and len(raised.value.members) == 2


def _an_hour(slowed: bool):
    """A good poll at T0, then twelve polls 5 min apart answered "slow down" (or failed)."""
    monitor = ContactMonitor()
    monitor.success(T0)
    for step in range(1, 13):
        reason = SlowDown(URL, 429, "", 300.0).describe() if slowed else Unreachable(URL, "no answer").describe()
        state = monitor.failure(T0 + dt.timedelta(minutes=5 * step), reason, slowed=slowed)
    return state


def test_an_hour_asked_to_slow_down_raises_the_contact_flag_as_an_hour_of_failed_polls():
    slowed, lost = _an_hour(True), _an_hour(False)
    assert slowed.reachable and slowed.stale  # Alertmanager answers; its picture is an hour old
    now = T0 + dt.timedelta(minutes=60)
    # before: {} for the slowed hour, {UNREACHABLE: '55'} for the lost one
    assert AttentionMonitor(SlaPolicy()).evaluate(None, {}, slowed, now).red_flags == \
        AttentionMonitor(SlaPolicy()).evaluate(None, {}, lost, now).red_flags == {RedFlag.UNREACHABLE: "55"}


def test_a_stale_picture_asked_to_slow_down_is_not_evaluated():
    """Reminders, escalations and a missed response are not computed from an hour-old picture,
    as they are not once contact is lost (before: L2 escalations, reminders and "Response target
    missed" from the picture of T0)."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.core.severity import SeverityMap
    from oncall_tray.core.tracker import AlertTracker

    fired = [Alert(fingerprint=f"fp{i}", labels={"alertname": f"APIDown{i}", "severity": "critical"},
                   status=AlertStatus("active"), starts_at=T0 - dt.timedelta(minutes=3)) for i in (1, 2)]
    snapshot = AlertTracker(SeverityMap()).update(fired, T0).snapshot
    monitor = AttentionMonitor(SlaPolicy())
    seen = monitor.evaluate(snapshot, {}, ContactMonitor().success(T0), T0)
    assert RedFlag.SEVERAL_CRITICAL in seen.red_flags and not seen.escalations
    later = monitor.evaluate(snapshot, {}, _an_hour(True), T0 + dt.timedelta(minutes=60))
    assert not later.escalations and not later.reminders and not later.newly_overdue
    assert set(later.red_flags) == {RedFlag.SEVERAL_CRITICAL, RedFlag.UNREACHABLE}  # kept, and the contact's
    lost = AttentionMonitor(SlaPolicy())
    lost.evaluate(snapshot, {}, ContactMonitor().success(T0), T0)
    assert lost.evaluate(snapshot, {}, _an_hour(False), T0 + dt.timedelta(minutes=60)).red_flags == later.red_flags


def _views(slowed: bool):
    """The overview after a good poll and then two polls answered "slow down" (or failed)."""
    from oncall_tray.core.overview import overview, with_connection
    from oncall_tray.core.tracker import AlertSnapshot

    snapshot = AlertSnapshot(alerts={}, severities={}, fetched_at=T0)
    state = None
    monitor = ContactMonitor()  # threshold: 2 polls in a row
    monitor.success(T0)
    error = SlowDown(URL, 429, "", 600.0) if slowed else Unreachable(URL, "connection refused")
    for step in (1, 2):
        state = monitor.failure(T0 + dt.timedelta(minutes=10 * step), error.describe(), slowed=slowed)
    return with_connection(overview(snapshot, state), (), error)


def test_while_only_asked_to_slow_down_the_writes_stay_on_though_the_picture_is_stale(qtbot):
    from oncall_tray.alertmanager.models import Alert, AlertStatus, Silence, SilenceStatus
    from oncall_tray.config import Config
    from oncall_tray.core.severity import SeverityMap
    from oncall_tray.core.tracker import AlertTracker
    from oncall_tray.ui.alerts_window import AlertsWindow

    slowed, lost = _views(True), _views(False)
    assert slowed.stale and lost.stale and slowed.writable and not lost.writable
    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    fired = Alert(fingerprint="fp1", labels={"alertname": "APIDown", "severity": "critical"},
                  status=AlertStatus("active"), starts_at=T0)
    kept = Silence(id="11111111-1111-2222-3333-444455556666", matchers=(), starts_at=T0,
                   ends_at=T0 + dt.timedelta(hours=1), created_by="ana", comment="ACK! x",
                   status=SilenceStatus("active"))
    window.load(AlertTracker(SeverityMap()).update([fired], T0).snapshot, {kept.id: kept})
    window.silences.show_silences({kept.id: kept}, {})
    assert window.select_alert("fp1")
    window.silences.table.selectRow(0)
    buttons, silences = window.alert_buttons, window.silences
    for view, on in ((slowed, True), (lost, False), (slowed, True)):
        window.show_overview(view)
        window.select_alert("fp1")
        assert window.model.stale and silences.table.item(0, 0).text() == "active (stale)"  # the stale look kept
        assert (buttons.ack.isEnabled(), buttons.silence.isEnabled()) == (on, on)  # before: off while slowed
        assert (silences.expire_button.isEnabled(), silences.extend_button.isEnabled()) == (on, on)
