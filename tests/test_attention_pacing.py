"""Deadline notices are paced across polls (fresh-user review: with 2,000 alerts spread over two
hours, each alert crossing its deadline raised its own critical notification, 40 in 2 minutes):
more than a few of one kind within a minute are held and summarised once a minute, and nothing
held is lost. The pacer is pure and driven by explicit timestamps; the tray's poller uses it."""

from __future__ import annotations

import datetime as dt
import re

from conftest import make_alert, utcnow

from oncall_tray.config import Config
from oncall_tray.notify.pacing import NoticePacer, Release

T0 = dt.datetime(2026, 11, 30, 12, tzinfo=dt.timezone.utc)
SEC = dt.timedelta(seconds=1)


def test_a_few_pass_one_by_one_then_the_rest_wait_for_one_summary_a_minute():
    pacer = NoticePacer(limit=3)
    assert pacer.release("missed", ["a"], T0) == Release(each=("a",))
    assert pacer.release("missed", ["b", "c"], T0 + 15 * SEC) == Release(each=("b", "c"))
    assert pacer.release("missed", ["d"], T0 + 30 * SEC) == Release()  # 3 shown in the last minute: held
    assert pacer.release("missed", ["e"], T0 + 45 * SEC) == Release()
    assert pacer.held("missed") == 2
    assert pacer.release("missed", [], T0 + 60 * SEC) == Release(summary=("d", "e"), more=True)
    assert pacer.held("missed") == 0
    # a slot is free again at 75 s, but a summary of held ones comes at most once a minute
    assert pacer.release("missed", ["f"], T0 + 61 * SEC) == Release()
    assert pacer.release("missed", ["g"], T0 + 90 * SEC) == Release()
    assert pacer.release("missed", [], T0 + 119 * SEC) == Release()
    assert pacer.release("missed", ["h"], T0 + 120 * SEC) == Release(summary=("f", "g", "h"), more=True)
    # the trickle stops: after a quiet minute they pass one by one again
    assert pacer.release("missed", ["i"], T0 + 200 * SEC) == Release(each=("i",))


def test_a_clock_stepped_back_does_not_hold_the_notices_until_it_catches_up():
    """Review 32 (reminders, and so every paced notice): shown at a clock 2 h ahead, then the
    clock stepped back: nothing would pass for 2 hours, "the last minute" being in the future."""
    pacer = NoticePacer(limit=3)
    ahead = T0 + dt.timedelta(hours=2)
    assert pacer.release("missed", list("abc"), ahead) == Release(each=tuple("abc"))
    assert pacer.release("missed", ["d"], ahead + SEC) == Release()  # 3 shown in the last minute: held
    # stepped back: counted afresh, the held one with the new one
    assert pacer.release("missed", ["e"], T0) == Release(summary=("d", "e"), more=True)


def test_more_than_fit_in_one_poll_make_one_summary_and_kinds_are_paced_apart():
    pacer = NoticePacer(limit=3)
    assert pacer.release("missed", list("abcde"), T0) == Release(summary=tuple("abcde"))
    assert pacer.release("missed", ["f", "g", "h"], T0 + SEC) == Release(summary=("f", "g", "h"))  # 2 slots left
    assert pacer.release("escalate", ["x"], T0 + SEC) == Release(each=("x",))  # another kind: its own count
    assert pacer.release("missed", ["i"], T0 + 2 * SEC) == Release(each=("i",))
    assert pacer.release("missed", ["j"], T0 + 3 * SEC) == Release()


def test_a_single_held_item_comes_as_itself_and_a_repeated_one_once_with_its_latest_value():
    pacer = NoticePacer(limit=1)
    assert pacer.release("escalate", [("db", "L2")], T0, key=lambda e: e[0]) == Release(each=(("db", "L2"),))
    assert pacer.release("escalate", [("api", "L2")], T0 + SEC, key=lambda e: e[0]) == Release()
    assert pacer.release("escalate", [("api", "L3")], T0 + 2 * SEC, key=lambda e: e[0]) == Release()
    assert pacer.release("escalate", [], T0 + 60 * SEC, key=lambda e: e[0]) == Release(each=(("api", "L3"),))


def test_a_steady_trickle_never_makes_more_than_a_few_a_minute_and_loses_nothing():
    pacer = NoticePacer(limit=3)
    released, shown_at = [], []
    for n in range(240):  # two new ones every 5 s for 20 minutes
        now = T0 + 5 * n * SEC
        release = pacer.release("missed", [f"A{2 * n}", f"A{2 * n + 1}"], now)
        shown_at += [now] * (len(release.each) + (1 if release.summary else 0))
        released += [*release.each, *release.summary]
    released += pacer.release("missed", [], T0 + 3600 * SEC).summary
    assert sorted(released) == sorted(f"A{i}" for i in range(480))
    assert all(sum(1 for t in shown_at if at <= t < at + 60 * SEC) <= 3 for at in shown_at)
    assert len(shown_at) <= 3 + 20  # the first few, then about one a minute


def test_held_notices_are_worded_as_more_alerts():
    from oncall_tray.core.attention import Attention
    from oncall_tray.core.severity import Severity
    from oncall_tray.i18n import english
    from oncall_tray.notify.attention_messages import attention_notices

    from test_attention import alert

    alerts = {f"Bulk{i}": alert(f"Bulk{i}", "critical", T0 - dt.timedelta(minutes=10)) for i in range(8)}
    critical = dict.fromkeys(alerts, Severity.CRITICAL)
    pacer = NoticePacer(limit=3)

    def missed(names, at):
        return [n.title for n in attention_notices(Attention(newly_overdue=tuple(names), severities=critical),
                                                   alerts, english, at, pacer=pacer)]

    assert missed(["Bulk0", "Bulk1", "Bulk2"], T0) == [f"Response target missed: Bulk{i}" for i in range(3)]
    assert missed(["Bulk3", "Bulk4"], T0 + 15 * SEC) == []
    assert missed(["Bulk5"], T0 + 30 * SEC) == []
    notices = attention_notices(Attention(), alerts, english, T0 + 60 * SEC, pacer=pacer)
    assert [n.title for n in notices] == ["Response target missed: 3 more alerts"]
    assert notices[0].body == "Bulk3, Bulk4, Bulk5"
    assert notices[0].urgent  # the held alerts' severity (critical), kept while they waited


def test_held_notices_leave_out_the_alerts_resolved_or_acknowledged_while_they_waited():
    """A storm that crossed its deadlines and ended within the minute was announced after it
    ended ("Response target missed: 5,912 more alerts"), and the pacer kept every resolved alert
    until then (memory_breakdown --cycles)."""
    from oncall_tray.core.attention import Attention
    from oncall_tray.core.severity import Severity
    from oncall_tray.i18n import english
    from oncall_tray.notify.attention_messages import attention_notices

    from test_attention import alert

    start = T0 - dt.timedelta(hours=2)
    alerts = {f"Bulk{i}": alert(f"Bulk{i}", "critical", start) for i in range(9)}
    critical = dict.fromkeys(alerts, Severity.CRITICAL)
    pacer = NoticePacer(limit=3)

    def notices(attention, at, now_alerts):
        return attention_notices(attention, now_alerts, english, at, pacer=pacer)

    first = [(alerts[f"Bulk{i}"], Severity.CRITICAL, "L2") for i in range(3)]
    assert len(notices(Attention(newly_overdue=("Bulk0", "Bulk1", "Bulk2"), escalations=tuple(first),
                                 severities=critical), T0, alerts)) == 6
    held = [(alerts[f"Bulk{i}"], Severity.CRITICAL, "L2") for i in range(3, 9)]
    assert notices(Attention(newly_overdue=tuple(f"Bulk{i}" for i in range(3, 9)), escalations=tuple(held),
                             severities=critical), T0 + 15 * SEC, alerts) == []
    assert pacer.held("missed") == 6 and pacer.held("escalate") == 6
    # meanwhile Bulk3 and Bulk4 resolved, Bulk5 was silenced, Bulk6 acknowledged as the journal says
    still = {fp: a for fp, a in alerts.items() if fp not in ("Bulk3", "Bulk4")}
    still["Bulk5"] = alert("Bulk5", "critical", start, silence="s1")
    later = notices(Attention(severities=critical, acknowledged_at={"Bulk6": T0 + 20 * SEC}), T0 + 60 * SEC, still)
    by_title = {n.title: n.body for n in later}
    assert by_title["Response target missed: 2 more alerts"] == "Bulk7, Bulk8"
    assert by_title["Escalate to L2: 4 more alerts"] == "Bulk5, Bulk6, Bulk7, Bulk8"  # still firing
    assert pacer.held("missed") == pacer.held("escalate") == 0


def _count(title: str) -> int:
    """How many alerts one "Response target missed" notice is about."""
    number = re.search(r": (\d+) (more )?alerts$", title)
    return int(number.group(1)) if number else 1


def test_the_tray_paces_response_targets_missed_one_after_another(qtbot, alertmanager, monkeypatch):
    """Real Alertmanager, the tray's poller on a clock moved 15 s a poll: 80 warnings whose
    15-minute response targets pass one after another (3 a poll for 3 minutes). The first poll sums up those missed
    already; then no more than three notices of the kind in any minute, and every alert is
    in one of them."""
    from oncall_tray.ui import poller as poller_module

    real = utcnow()
    alertmanager.post_alerts([make_alert(f"Bulk{i}", "warning",
                                         starts_at=real - dt.timedelta(minutes=12, seconds=5 * i + 2))
                              for i in range(80)])
    clock = [real]
    monkeypatch.setattr(poller_module, "utc_now", lambda: clock[0])
    worker = poller_module.PollerWorker(Config(alertmanager_url=alertmanager.url, notifications=False,
                                               poll_interval=3600))
    results = []
    worker.polled.connect(results.append)
    shown: list[tuple[dt.datetime, str]] = []
    try:
        worker.start()
        assert len(results) == 1 and results[0].error is None, results
        shown += [(clock[0], n.title) for n in results[0].attention_notices]
        for step in range(1, 25):
            clock[0] = real + 15 * step * SEC
            worker.poll()
            assert results[-1].error is None
            shown += [(clock[0], n.title) for n in results[-1].attention_notices]
    finally:
        worker.stop()
    missed = [(at, title) for at, title in shown if title.startswith("Response target missed")]
    assert missed[0] == (real, "Response target missed: 44 alerts"), missed
    per_minute = max(sum(1 for t, _ in missed if at <= t < at + 60 * SEC) for at, _ in missed)
    assert per_minute <= 3, missed
    assert sum(_count(title) for _at, title in missed) == 80, missed
