"""Review 48 R2: which notices offer *Acknowledge (15 min)* on the notification, and that every
one opens the alerts window on a click (pure logic, injected time; the desktop side is in
``test_notification_actions``)."""

from __future__ import annotations

from test_notice_looks import MIN, T0, Poll, World, _titled, alert, tr

from oncall_tray.alertmanager.models import Matcher, Silence, SilenceStatus
from oncall_tray.notify.freedesktop import actions
from oncall_tray.notify.messages import Notice, combined
from oncall_tray.notify.poll_plan import plan


def offered(notice: Notice) -> list[str]:
    return actions(notice, tr)[::2]


def test_a_firing_alert_that_no_silence_mutes_offers_acknowledge():
    poll = Poll()
    (first,) = plan(poll.ok([alert("APIDown", "critical")]), tr)
    assert offered(first) == ["default", "acknowledge"]
    assert actions(first, tr) == ["default", "Show alerts", "acknowledge", "Acknowledge (15 min)"]
    (fired,) = plan(poll.ok([alert("APIDown", "critical"), alert("DiskFull", "warning")], T0 + MIN), tr)
    assert fired.title == "[WARNING] DiskFull" and offered(fired) == ["default", "acknowledge"]
    (worse,) = plan(poll.ok([alert("APIDown", "critical"), alert("DiskFull", "critical")], T0 + 2 * MIN), tr)
    assert worse.title == "[CRITICAL] DiskFull (was warning)" and offered(worse) == ["default", "acknowledge"]


def test_resolved_alerts_and_summaries_only_open_the_window():
    poll = Poll()
    (summary,) = plan(poll.ok([alert("APIDown", "critical"), alert("APIDown", "critical", instance="b")]), tr)
    assert summary.title == "Alerts firing: 2" and offered(summary) == ["default"]
    (resolved,) = plan(poll.ok([alert("APIDown", "critical")], T0 + MIN), tr)
    assert resolved.title == "Resolved: APIDown" and offered(resolved) == ["default"]
    many = [alert(f"Down{i}", "critical", instance=f"h{i}") for i in range(5)]
    (new,) = plan(poll.ok([alert("APIDown", "critical"), *many], T0 + 2 * MIN), tr)
    assert new.title == "5 new alerts" and offered(new) == ["default"]
    assert offered(combined([plan(Poll().ok([alert("APIDown", "critical")]), tr)[0], resolved], tr)) == ["default"]


def test_sla_notices_offer_acknowledge_while_no_silence_mutes_the_alert():
    world = World()
    down = alert("APIDown", "critical")
    world.notices(T0, [down])
    (missed,) = _titled(world.notices(T0 + 6 * MIN, [down]), "Response target missed")
    assert offered(missed) == ["default", "acknowledge"]
    (reminder,) = _titled(world.notices(T0 + 8 * MIN, [down]), "Still unacknowledged")
    assert offered(reminder) == ["default", "acknowledge"]
    (escalate,) = _titled(world.notices(T0 + 31 * MIN, [down]), "Escalate to L2")
    assert offered(escalate) == ["default", "acknowledge"]

    world = World()  # acknowledged: its escalation and its ending acknowledgement only open the window
    muted = alert("APIDown", "critical", silence="s1")
    world.notices(T0, [muted])
    ack = Silence(id="s1", matchers=(Matcher("alertname", "APIDown"),), starts_at=T0, ends_at=T0 + 33 * MIN,
                  created_by="ana", comment="ACK! investigando — ana", status=SilenceStatus("active"))
    notices = world.notices(T0 + 31 * MIN, [muted], [ack])
    (escalate,) = _titled(notices, "Escalate to L2")
    (ending,) = _titled(notices, "Acknowledgement ends")
    assert offered(escalate) == ["default"] and offered(ending) == ["default"]
    assert escalate.fingerprint == ending.fingerprint == muted.fingerprint  # the window shows it


def test_red_flags_open_the_window_without_acknowledge():
    world = World()
    several = [alert("APIDown", "critical"), alert("DatabaseDown", "critical")]
    (flag,) = _titled(world.notices(T0, several), "Red flag")
    assert offered(flag) == ["default"] and flag.fingerprint == ""
