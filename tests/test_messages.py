"""What the app tells the engineer after a poll (pure logic)."""

from __future__ import annotations

import datetime as dt

import msgspec

from oncall_tray.alertmanager.models import Alert, AlertStatus
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.severity import Severity, SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.notify.messages import BODY_LIMIT, TITLE_LIMIT, clip
from oncall_tray.notify.poll_plan import plan
from oncall_tray.watch import PollResult

T0 = dt.datetime(2026, 11, 30, 12, tzinfo=dt.timezone.utc)


def tr(_context: str, text: str) -> str:
    return text


def alert(name: str, severity: str | None, silenced: bool = False, **annotations) -> Alert:
    labels = {"alertname": name, "instance": "host:1"}
    if severity:
        labels["severity"] = severity
    return Alert(fingerprint=name, labels=labels, annotations=annotations or {"summary": f"{name} broke"},
                 status=AlertStatus("suppressed" if silenced else "active", ("s",) if silenced else ()))


class Poll:
    def __init__(self):
        self.tracker = AlertTracker(SeverityMap())
        self.contact = ContactMonitor()

    def ok(self, alerts, at=T0):
        update = self.tracker.update(alerts, at)
        return PollResult(update, self.contact.success(at))

    def fail(self, reason="refused"):
        return PollResult(None, self.contact.failure(T0, reason))


def test_first_poll_is_one_summary():
    notices = plan(Poll().ok([alert("A", "critical"), alert("B", "warning"), alert("C", "info", silenced=True)]), tr)
    assert len(notices) == 1
    assert notices[0].title == "Alerts firing: 2"
    assert notices[0].body.startswith("critical: 1, warning: 1")
    assert notices[0].severity is Severity.CRITICAL


def test_a_restarted_tray_says_quietly_what_was_firing_before():
    """Review 40 F5: "Alerts firing: 12" came again at critical urgency after every restart, every
    alert of it told of before: now one quiet "Still firing" (``PollResult.seen_before``)."""
    import dataclasses

    for alerts in ([alert("A", "critical")], [alert("A", "critical"), alert("B", "warning")]):
        (said,) = plan(dataclasses.replace(Poll().ok(alerts), seen_before=True), tr)
        assert said.title == f"Still firing: {len(alerts)}" and said.quiet
        assert said.body.startswith("critical: 1")


def test_first_poll_summary_names_the_worst_and_oldest_first():
    alerts = [alert(f"Name{i % 12}", "warning" if i % 3 else "critical", silenced=i == 0) for i in range(60)]
    alerts = [msgspec.structs.replace(a, fingerprint=f"fp{i}", starts_at=T0 - dt.timedelta(minutes=i))
              for i, a in enumerate(alerts)]
    (notice,) = plan(Poll().ok(alerts), tr)
    assert notice.title == "Alerts firing: 59"
    count_line, names = notice.body.split("\n")
    assert count_line == "critical: 19, warning: 40"
    # critical first (Name9, Name6, Name3: the oldest first; Name0 is silenced at i=0 but fires at
    # i=12, 24...), then the oldest warnings, eight names in all
    # ... and how many alerts the names leave out (review 18: 12 alerts, 8 names and no word of the 4)
    named, _, more = names.partition("\u00a0…\u00a0")
    assert named.split(", ") == ["Name9 ×5", "Name6 ×5", "Name3 ×5", "Name0 ×4", "Name11", "Name10", "Name8", "Name7"]
    assert more == "(+36)"  # 59 firing, 23 of them read before the 8th name: critical 19 (4 names) + 4 warnings


def test_first_poll_summary_counts_the_alerts_of_a_repeated_name():
    """Review 34: "Alerts firing: 14" named PodCrashLooping once for two pods, and the names
    and the "(+N)" did not add up to 14."""
    alerts = [msgspec.structs.replace(alert(name, "critical"), fingerprint=f"fp{i}", starts_at=T0 - dt.timedelta(minutes=i))
              for i, name in enumerate(["APIDown", "PodCrashLooping", "PodCrashLooping", "DiskFull"])]
    (notice,) = plan(Poll().ok(alerts), tr)
    assert notice.body.split("\n")[1] == "DiskFull, PodCrashLooping ×2, APIDown"


def test_first_poll_with_nothing_firing_says_nothing():
    assert plan(Poll().ok([]), tr) == []


def test_new_alert_title_body_and_unknown_severity():
    poll = Poll()
    poll.ok([])
    notices = plan(poll.ok([alert("APIDown", "critical"), alert("Odd", None)]), tr)
    assert [n.title for n in notices] == ["[CRITICAL] APIDown", "[UNKNOWN] Odd"]
    assert notices[0].body == "APIDown broke\nhost:1"
    assert notices[1].severity is Severity.UNKNOWN


def test_a_flapping_alert_says_so_first_and_keeps_its_summary_and_instance():
    from oncall_tray.core.tracker import AlertEvent, EventKind
    from oncall_tray.notify.messages import alert_notice

    fired = AlertEvent(EventKind.FIRED, alert("APIDown", "critical", summary="x" * 400), Severity.CRITICAL, firings=3)
    notice = alert_notice(fired, tr)
    assert notice.title == "[CRITICAL] APIDown" and notice.urgent
    lines = notice.body.split("\n")
    assert lines[0] == "Fired 3 times in 60 min (flapping)"
    assert lines[1].startswith("xxx") and lines[1].endswith("…") and lines[2] == "host:1"
    assert len(notice.body) <= BODY_LIMIT
    twice = alert_notice(AlertEvent(EventKind.FIRED, alert("APIDown", "critical"), Severity.CRITICAL, firings=2), tr)
    assert twice.body.split("\n")[0] == "Fired 2 times in 60 min"  # flapping from the 3rd (review 23)
    once = alert_notice(AlertEvent(EventKind.FIRED, alert("APIDown", "critical"), Severity.CRITICAL), tr)
    assert once.body == "APIDown broke\nhost:1"


def test_more_than_three_new_alerts_make_one_summary():
    poll = Poll()
    poll.ok([])
    three = plan(poll.ok([alert(n, "warning") for n in "ABC"]), tr)
    assert len(three) == 3
    four = plan(poll.ok([alert(n, "warning") for n in "ABCDEFG"]), tr)
    assert len(four) == 1 and four[0].title == "4 new alerts"


def test_resolved_alerts_are_quiet_and_silenced_new_ones_are_not_announced():
    poll = Poll()
    poll.ok([alert("A", "critical")])
    notices = plan(poll.ok([alert("M", "critical", silenced=True)]), tr)
    assert [(n.title, n.quiet) for n in notices] == [("Resolved: A", True)]


def test_an_alert_that_resolved_and_fired_again_between_two_polls_is_not_said_resolved():
    """Review 16: "[CRÍTICO] FlappyDisk — Disparou de novo" then "Resolvido: FlappyDisk" in the same
    poll: the last word said the alert was over while it fired."""
    poll = Poll()
    first = msgspec.structs.replace(alert("FlappyDisk", "critical"), starts_at=T0)
    poll.ok([first, alert("Other", "warning")])
    again = msgspec.structs.replace(first, starts_at=T0 + dt.timedelta(minutes=5))
    notices = plan(poll.ok([again], at=again.starts_at), tr)
    assert [n.title for n in notices] == ["[CRITICAL] FlappyDisk", "Resolved: Other"]


def test_contact_lost_on_second_failure_and_restored():
    poll = Poll()
    poll.ok([])
    assert plan(poll.fail(), tr) == []
    lost = plan(poll.fail("ConnectError: refused"), tr)
    assert len(lost) == 1 and lost[0].title == "Contact with Alertmanager lost"
    assert "ConnectError: refused" in lost[0].body
    assert lost[0].icon_light.value == "unreachable"
    restored = plan(poll.ok([]), tr)
    assert [n.title for n in restored] == ["Contact with Alertmanager restored"] and restored[0].quiet
    assert restored[0].icon_light.value == "ok"


def test_texts_are_cut_to_the_windows_limits():
    poll = Poll()
    poll.ok([])
    long = alert("X" * 200, "critical", summary="word " * 200)
    (notice,) = plan(poll.ok([long]), tr)
    assert len(notice.title) <= TITLE_LIMIT and notice.title.endswith("…")
    assert len(notice.body) <= BODY_LIMIT and notice.body.endswith("…\nhost:1")


def test_a_long_summary_is_cut_so_that_the_instance_still_shows():
    # fresh-user review: a ~4,000-character summary pushed the instance out of the body
    poll = Poll()
    poll.ok([])
    (notice,) = plan(poll.ok([alert("Long", "critical", summary="muito " * 700)]), tr)
    assert len(notice.body) <= BODY_LIMIT
    summary, where = notice.body.split("\n")
    assert summary.endswith("…") and where == "host:1"


def test_control_characters_reach_the_daemon_as_escapes():
    poll = Poll()
    poll.ok([])
    odd = alert("Esc\x1b]0;title\x07", "warning", summary="line1\nline2\x1b[31m red \u202eevil")
    (notice,) = plan(poll.ok([odd]), tr)
    assert "\x1b" not in notice.title + notice.body and "\u202e" not in notice.body
    assert notice.title == "[WARNING] Esc\\u001b]0;title\\u0007"  # the name on one line, its controls shown, as everywhere
    # (Alert.display_name; review 59 U3)
    assert notice.body == "line1\nline2\\u001b[31m red \\u202eevil\nhost:1"


def test_never_reached_is_not_lost_and_the_address_is_named():
    from oncall_tray.alertmanager.errors import Unreachable

    poll = Poll()
    error = Unreachable("http://localhost:9093/api/v2/alerts?active=true", "connection refused")
    first = PollResult(None, poll.contact.failure(T0, error.describe()), error)
    assert plan(first, tr) == []
    (never,) = plan(PollResult(None, poll.contact.failure(T0, error.describe()), error), tr)
    assert never.title == "Cannot reach Alertmanager"
    assert never.body.startswith("http://localhost:9093\nNo answer since ") and "connection refused" in never.body


def test_an_answer_that_is_not_the_api_is_no_usable_answer_rather_than_none():
    """Review 40 F10: "No answer since 16:08: not valid JSON …" when the server answered."""
    from oncall_tray.alertmanager.errors import BadResponse

    poll = Poll()
    poll.ok([])
    error = BadResponse("http://am:9093/api/v2/alerts", "an HTML page instead of the API's JSON (a proxy or a login "
                                                        "page?)", 200, "Sign in")
    assert plan(PollResult(None, poll.contact.failure(T0, error.describe()), error), tr) == []
    (lost,) = plan(PollResult(None, poll.contact.failure(T0, error.describe()), error), tr)
    assert lost.title == "No usable answer from Alertmanager"  # not "Cannot reach" (review 41 F10)
    assert lost.body.splitlines()[1].startswith("No usable answer since ") and lost.body.endswith("Sign in"), lost.body


def test_clip_keeps_short_text_and_cuts_at_words():
    assert clip("short", 10) == "short"
    assert clip("alpha beta gamma delta", 12) == "alpha beta…"
    assert len(clip("x" * 300, 63)) == 63


def test_the_lost_contact_reason_is_in_the_engineers_language():
    # found by a fourth fresh-user review: "Sem resposta desde 13:13: server error — HTTP 502 — ..."
    from oncall_tray.alertmanager.errors import BadResponse
    from oncall_tray.i18n import translator

    poll = Poll()
    poll.ok([])
    error = BadResponse("http://am:9093/api/v2/alerts", "server error", 502, "502 Bad Gateway")
    plan(PollResult(None, poll.contact.failure(T0, error.describe()), error), tr)
    (lost,) = plan(PollResult(None, poll.contact.failure(T0, error.describe()), error), translator("pt_BR"))
    assert lost.body.endswith(": erro do servidor — HTTP 502 Bad Gateway"), lost.body


def test_a_title_too_long_to_show_whole_opens_the_body_whole():
    """Review 18: "Reconhecimento termina às 23:06: DatabaseConnectionPoolExhaust…" lost the
    alert's name, which the body did not repeat."""
    from oncall_tray.notify.messages import TITLE_LIMIT, notice

    title = "Reconhecimento termina às 23:06: DatabaseConnectionPoolExhausted"
    shown = notice(title, "O alerta continua disparando.", Severity.WARNING)
    assert len(shown.title) <= TITLE_LIMIT and shown.title.endswith("…")
    assert shown.body == title + "\nO alerta continua disparando."
    short = notice("Resolved: APIDown", "Backend ok", None)
    assert short.body == "Backend ok"


def test_a_flapping_alert_is_said_to_flap_then_only_now_and_then():
    """Review 22: one alert firing and resolving every few seconds gave 8 notifications in 100 s.
    It is said when it fires, fires again and flaps (3rd firing within the hour); then only every
    5th firing, and none of its resolutions once it flaps."""
    poll = Poll()
    poll.ok([])
    flappy = alert("FlappyDisk", "critical")
    said = []
    at = T0
    for firing in range(1, 11):
        at += dt.timedelta(seconds=6)
        fired = msgspec.structs.replace(flappy, starts_at=at)
        said += [(firing, n.title, bool(n.quiet)) for n in plan(poll.ok([fired], at=at), tr)]
        at += dt.timedelta(seconds=6)
        said += [(firing, n.title, bool(n.quiet)) for n in plan(poll.ok([], at=at), tr)]
    assert said == [(1, "[CRITICAL] FlappyDisk", False), (1, "Resolved: FlappyDisk", True),
                    (2, "[CRITICAL] FlappyDisk", False), (2, "Resolved: FlappyDisk", True),
                    (3, "[CRITICAL] FlappyDisk", False),
                    (5, "[CRITICAL] FlappyDisk", False), (10, "[CRITICAL] FlappyDisk", False)]


def test_a_flapping_alert_is_said_once_to_the_next_engineer():
    """Review 43 F4: HighCPUUsage flapped in Marina's shift; its firing in João's shift, not an
    every-5th one, gave no notice at all. With the tray's memory of what was said to flap in the
    shift, emptied at a handoff, it is said once more, then only now and then again."""
    poll = Poll()
    poll.ok([])
    flappy = alert("HighCPUUsage", "warning")
    told: set[str] = set()
    said = []
    at = T0
    for firing in range(1, 9):
        if firing == 6:
            told.clear()  # a new shift begins (TrayController, on shift_changed)
        at += dt.timedelta(seconds=6)
        fired = msgspec.structs.replace(flappy, starts_at=at)
        said += [firing for n in plan(poll.ok([fired], at=at), tr, flapping_told=told) if not n.quiet]
        at += dt.timedelta(seconds=6)
        plan(poll.ok([], at=at), tr, flapping_told=told)
    assert said == [1, 2, 3, 5, 6], said  # 6: the first firing in the new shift; 4, 7, 8 are not said
    assert told == {flappy.fingerprint}


def test_an_alert_named_with_a_line_break_has_a_one_line_title():
    """Review 26: "[CRITICAL] Evil\\nName" in dunst, while the banner and the table said "Evil Name"."""
    from oncall_tray.core.tracker import AlertEvent, EventKind
    from oncall_tray.notify.messages import alert_notice

    notice = alert_notice(AlertEvent(EventKind.FIRED, alert("Evil\nName", "critical"), Severity.CRITICAL), tr)
    assert notice.title == "[CRITICAL] Evil Name"


def test_a_storm_summary_names_the_worst_and_oldest_first_and_counts_the_rest():
    """Review 29: "100 new alerts | … / Storm0, Storm2, Storm3, Storm9, Storm6, Storm8, Storm4,
    Storm5": eight names in arrival order, Storm1 and Storm7 left out without a word. The names
    are the worst then oldest first, repeated names counted, and " … (+N)" the alerts unnamed."""
    from oncall_tray.notify.messages import summary_notice

    alerts = [(Alert(fingerprint=f"s{i}", labels={"alertname": f"Storm{i}", "severity": "warning"},
                     status=AlertStatus("active"), starts_at=T0 + dt.timedelta(seconds=10 - i)), Severity.WARNING)
              for i in (0, 2, 3, 9, 6, 8, 4, 5, 1, 7)]
    alerts += [(Alert(fingerprint=f"c{i}", labels={"alertname": "DiskFull", "severity": "critical"},
                      status=AlertStatus("active"), starts_at=T0), Severity.CRITICAL) for i in range(3)]
    notice = summary_notice(iter(alerts), lambda _c, text: text, "%1 new alerts")
    assert notice.title == "13 new alerts"
    counts, names = notice.body.split("\n")
    assert names == ("DiskFull ×3, Storm9, Storm8, Storm7, Storm6, Storm5, Storm4, Storm3\u00a0…\u00a0(+3)"), names


def test_contact_lost_with_a_whole_cluster_names_every_member_and_red_flags_are_urgent():
    """Review 29: with both members of an HA pair down, "Contact with Alertmanager lost" named
    only the first; and "Red flag: Alertmanager unreachable for 1 min" came at normal urgency
    where the other red flags are critical."""
    import dataclasses

    from oncall_tray.alertmanager.cluster import MemberResult
    from oncall_tray.alertmanager.errors import Unreachable
    from oncall_tray.core.attention import Attention, RedFlag
    from oncall_tray.notify.attention_messages import attention_notices

    poll = Poll()
    poll.ok([])
    plan(poll.fail(), tr)
    down = [MemberResult(url, Unreachable(f"{url}/api/v2/alerts", "ReadTimeout: timed out"))
            for url in ("http://am1:9093", "http://am2:9093")]
    lost = plan(dataclasses.replace(poll.fail("no answer in time"), members=tuple(down)), tr)
    assert lost[0].title == "Contact with Alertmanager lost"
    assert lost[0].body.splitlines()[0] == "http://am1:9093, http://am2:9093"
    flags = attention_notices(Attention(red_flags={RedFlag.UNREACHABLE: "1"}, new_red_flags=(RedFlag.UNREACHABLE,)),
                              {}, tr, T0)
    assert len(flags) == 1 and flags[0].title == "Alertmanager unreachable for 1 min" and flags[0].urgent
    assert flags[0].icon_light.value == "unreachable"


def test_a_flapping_alert_that_stays_resolved_is_said_once_quietly():
    """Review 29: the resolutions of flapping alerts are not said while they flap (review 22),
    and so their end never was: 240 alerts went to none without a word. Once one has stayed
    resolved for two minutes: "Resolved: X (stopped flapping)", or one summary for many."""
    from oncall_tray.notify.settling import SettledEnds

    poll, settled = Poll(), SettledEnds()
    flappy = alert("Flappy0", "warning")
    at = T0
    said = []
    for _ in range(3):  # fired three times, resolved three times within the hour
        said += settled.after_poll(poll.ok([flappy], at), tr, 3)
        at += dt.timedelta(seconds=30)
        said += settled.after_poll(poll.ok([], at), tr, 3)
        at += dt.timedelta(seconds=30)
    assert said == []  # the last resolution: not yet (it may fire again)
    said += settled.after_poll(poll.ok([], at + dt.timedelta(minutes=1)), tr, 3)
    assert said == []
    said += settled.after_poll(poll.ok([], at + dt.timedelta(minutes=2)), tr, 3)
    assert [(n.title, n.quiet, n.icon_light.value) for n in said] == [("Resolved: Flappy0 (stopped flapping)", True, "ok")]
    assert settled.after_poll(poll.ok([], at + dt.timedelta(minutes=5)), tr, 3) == []  # once
    # many at once: one summary
    storm = [alert(f"Storm{i}", "critical") for i in range(5)]
    start = at + dt.timedelta(minutes=6)
    for cycle in range(3):
        settled.after_poll(poll.ok(storm, start + dt.timedelta(seconds=60 * cycle)), tr, 3)
        settled.after_poll(poll.ok([], start + dt.timedelta(seconds=60 * cycle + 30)), tr, 3)
    (summary,) = settled.after_poll(poll.ok([], start + dt.timedelta(minutes=5)), tr, 3)
    assert summary.title == "5 flapping alerts stayed resolved" and summary.quiet


def test_a_flapping_alert_that_stays_resolved_is_said_after_a_clock_stepped_back():
    """Review 32: resolved at a clock 2 h ahead, then the clock stepped back: "stopped flapping"
    waited for the clock to catch up, 2 hours."""
    from oncall_tray.notify.settling import SettledEnds

    poll, settled = Poll(), SettledEnds()
    flappy = alert("Flappy0", "warning")
    at = T0 + dt.timedelta(hours=2)
    for _ in range(3):
        settled.after_poll(poll.ok([flappy], at), tr, 3)
        at += dt.timedelta(seconds=30)
        settled.after_poll(poll.ok([], at), tr, 3)
        at += dt.timedelta(seconds=30)
    assert settled.after_poll(poll.ok([], T0), tr, 3) == []  # stepped back: the wait starts again
    (said,) = settled.after_poll(poll.ok([], T0 + dt.timedelta(minutes=2)), tr, 3)
    assert said.title == "Resolved: Flappy0 (stopped flapping)"


def test_a_storm_that_fires_again_says_so():
    """Review 29: five alerts firing and resolving together gave the same "5 new alerts" at every
    round; the per-alert form says "Fired 3 times in 60 min (flapping)"."""
    poll = Poll()
    storm = [alert(f"Storm{i}", "warning") for i in range(5)]
    poll.ok([])
    titles = []
    at = T0
    for _ in range(3):
        at += dt.timedelta(seconds=30)
        titles += [n.title for n in plan(poll.ok(storm, at), tr) if "alerts" in n.title and "resolved" not in n.title]
        at += dt.timedelta(seconds=30)
        plan(poll.ok([], at), tr)
    assert titles == ["5 new alerts", "5 alerts fired again", "5 alerts fired again (flapping)"]
    other = Poll()
    other.ok([])
    other.ok(storm[:2], T0 + dt.timedelta(seconds=30))
    other.ok([], T0 + dt.timedelta(seconds=60))
    mixed = plan(other.ok(storm[:4], T0 + dt.timedelta(seconds=90)), tr)
    assert mixed[0].title == "4 alerts fired, 2 of them again"


def test_alerts_of_one_name_and_place_are_told_apart_by_their_other_labels():
    """Review 31: two pods of one service fired; both notices read "[CRITICAL] APIDown /
    APIDown broke / host:1", word for word."""

    def pod(name: str, **labels) -> Alert:
        base = alert("APIDown", "critical")
        return msgspec.structs.replace(base, fingerprint=name, labels={**base.labels, **labels})

    poll = Poll()
    elsewhere = msgspec.structs.replace(alert("APIDown", "critical"), fingerprint="other",
                                        labels={"alertname": "APIDown", "instance": "host:2", "pod": "p0"})
    poll.ok([pod("old", pod="api-1", namespace="crm"), elsewhere])
    notices = plan(poll.ok([pod("old", pod="api-1", namespace="crm"), elsewhere,
                            pod("new", pod="api-2", namespace="crm")]), tr)
    assert [n.body for n in notices] == ["APIDown broke\nhost:1 · pod=api-2"]  # the same namespace: not said
    notices = plan(poll.ok([elsewhere]), tr)  # both resolve in one poll: each told from the other
    assert sorted(n.body for n in notices) == ["APIDown broke\nhost:1 · pod=api-1", "APIDown broke\nhost:1 · pod=api-2"]
    assert plan(poll.ok([elsewhere, pod("third", pod="api-3")]), tr)[0].body == "APIDown broke\nhost:1"  # alone


def test_three_alerts_of_one_name_and_place_each_read_differently():
    """Review 34: a third pod (another namespace) made two of three read "container=app,
    namespace=prod": the two labels first by name, not those that tell each one apart."""
    from oncall_tray.core.alert_order import telling_all, telling_labels

    def pod(fp: str, **labels) -> Alert:
        return Alert(fingerprint=fp, labels={"alertname": "PodCrashLooping", "instance": "ksm:8080", **labels},
                     status=AlertStatus("active"))

    prod1 = pod("a", namespace="prod", container="app", pod="api-1")
    prod2 = pod("b", namespace="prod", container="app", pod="api-2")
    stage1 = pod("c", namespace="stage", container="side", pod="api-1")
    told = telling_all([prod1, prod2, stage1, prod2])  # listed twice: counted once
    assert told == {"a": "pod=api-1, namespace=prod", "b": "pod=api-2", "c": "namespace=stage"}
    assert telling_labels(prod1, [prod2, stage1]) == told["a"]  # one alert against the others: the same words
    # a whole exporter's worth of pods: each by its pod alone
    many = [pod(f"fp{i}", namespace="prod", container="app", pod=f"api-{i}") for i in range(500)]
    assert set(telling_all(many).values()) == {f"pod=api-{i}" for i in range(500)}
    # identical labels but the fingerprint: nothing to say
    assert telling_all([pod("x", pod="p"), pod("y", pod="p")]) == {"x": "", "y": ""}


def test_the_headline_of_an_answer_that_is_not_the_api_is_no_usable_answer(qapp):
    """Review 41 F10: the header said "Cannot reach Alertmanager" for an HTTP 200 login page."""
    from oncall_tray.alertmanager.errors import BadResponse, Unreachable
    from oncall_tray.core.contact import ContactMonitor
    from oncall_tray.core.overview import overview, with_connection
    from oncall_tray.ui.tray import headline

    contact = ContactMonitor()
    contact.failure(T0, "x")
    down = overview(None, contact.failure(T0, "x"))
    page = BadResponse("http://am:9093/api/v2/alerts", "an HTML page instead of the API's JSON", 200, "Sign in")
    assert headline(with_connection(down, (), page)) == "No usable answer from Alertmanager"
    assert headline(with_connection(down, (), Unreachable("http://am:9093", "connection refused"))) == \
        "Cannot reach Alertmanager"
