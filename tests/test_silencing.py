"""The guide's silencing rules (core.silencing), durations and fingerprint lookup: pure logic."""

from __future__ import annotations

import datetime as dt

import pytest

from oncall_tray.alertmanager.matchers import parse_matcher
from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
from oncall_tray.core.durations import format_duration, format_duration_rounded, parse_duration
from oncall_tray.core.lookup import (
    AlertNotFound,
    AmbiguousFingerprint,
    AmbiguousSilenceId,
    PrefixTooShort,
    SilenceNotFound,
    find_alert,
    find_silence,
)
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.silencing import (
    ACK_WINDOW,
    MAX_DURATION,
    PRESETS,
    ProblemCode,
    ack_problems,
    ack_silence,
    extension,
    extension_needs_confirmation,
    needs_confirmation,
    new_silence,
    preview,
    validate,
    validate_extension,
)

NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.timezone.utc)
SEVERITY = SeverityMap().of
MINUTE = dt.timedelta(minutes=1)


def alert(name: str, severity: str = "critical", fingerprint: str = "", **labels: str) -> Alert:
    return Alert(fingerprint=fingerprint or f"{abs(hash((name, severity, tuple(labels.items())))):016x}"[:16],
                 labels={"alertname": name, "severity": severity, **labels},
                 status=AlertStatus(state="active"))


def codes(problems) -> list[ProblemCode]:
    return [p.code for p in problems]


def matchers(*texts: str) -> tuple[Matcher, ...]:
    return tuple(parse_matcher(t) for t in texts)


def draft(*texts: str, minutes: float = 60, comment: str = "maintenance", author: str = "maria"):
    return new_silence(matchers(*texts), author, comment, NOW, dt.timedelta(minutes=minutes))


# -- ack --------------------------------------------------------------------------------------

def test_ack_silence_is_the_alerts_labels_for_fifteen_minutes():
    a = alert("APIDown", instance="backend:3001", pod="api-7f9", service="backend")
    ack = ack_silence(a, "Maria Conceição", NOW, volatile_labels=("pod",))
    assert ack.matchers == tuple(Matcher(k, v, is_regex=False, is_equal=True) for k, v in sorted(a.labels.items())
                                 if k != "pod")
    assert ack.starts_at == NOW and ack.ends_at == NOW + ACK_WINDOW
    assert ack.created_by == "Maria Conceição"
    assert ack.comment == "ACK! investigando — Maria Conceição"
    assert ack.id is None
    assert validate(ack, [a]) == []
    assert not needs_confirmation(ack, [a], SEVERITY)


def test_ack_comment_and_duration_can_be_given():
    ack = ack_silence(alert("A"), "maria", NOW, comment="looking at the DB", duration=dt.timedelta(hours=1))
    assert ack.comment == "looking at the DB" and ack.duration == dt.timedelta(hours=1)
    assert codes(validate(ack_silence(alert("A"), "maria", NOW, comment="  "))) == [ProblemCode.EMPTY_COMMENT]


def test_ack_comment_is_never_empty_even_without_a_name():
    ack = ack_silence(alert("A"), "", NOW)
    assert ack.comment == "ACK! investigando"
    assert codes(validate(ack)) == [ProblemCode.EMPTY_AUTHOR]


# -- validate ---------------------------------------------------------------------------------

@pytest.mark.parametrize("minutes, expected", [
    (24 * 60, []),
    (24 * 60 + 1 / 60, [ProblemCode.TOO_LONG]),
    (25 * 60, [ProblemCode.TOO_LONG]),
    (0, [ProblemCode.NOT_POSITIVE]),
    (-5, [ProblemCode.NOT_POSITIVE]),
    (1 / 60, []),
])
def test_duration_limits(minutes, expected):
    assert codes(validate(draft('alertname="A"', minutes=minutes))) == expected


def test_too_long_names_the_duration_and_the_guide():
    (problem,) = validate(draft('alertname="A"', minutes=25 * 60))
    assert problem.field == "ends_at"
    assert problem.message == "25h is longer than 24 hours (the guide: never silence for more than 24 h)."


@pytest.mark.parametrize("comment, author, expected", [
    ("", "maria", [ProblemCode.EMPTY_COMMENT]),
    (" \t\n", "maria", [ProblemCode.EMPTY_COMMENT]),
    ("why", "", [ProblemCode.EMPTY_AUTHOR]),
    ("", " ", [ProblemCode.EMPTY_COMMENT, ProblemCode.EMPTY_AUTHOR]),
])
def test_comment_and_author_are_required(comment, author, expected):
    assert codes(validate(draft('alertname="A"', comment=comment, author=author))) == expected


@pytest.mark.parametrize("texts", [
    ('x=~".*"',),
    ('alertname!="APIDown"',),
    ('alertname!~"API.*"',),
    ('x!="a"', 'y=~".*"'),
    ('alertname=~"|APIDown"',),
])
def test_matchers_that_match_an_alert_without_labels_are_refused(texts):
    problems = validate(draft(*texts))
    assert codes(problems) == [ProblemCode.MATCHES_EVERYTHING]
    # not "match everything": alertname!="APIDown" leaves APIDown out (fresh-user review)
    assert problems[0].message == ("None of these matchers requires a label value: they match even an alert "
                                   "without labels. Add one that does, such as alertname=\"APIDown\".")


@pytest.mark.parametrize("texts, matcher, name", [
    (('alertname=""',), 'alertname=""', "alertname"),
    (('x=~""',), 'x=~""', "x"),
    (('y=~".*"', 'x=""', 'z!="a"'), 'x=""', "x"),
])
def test_an_empty_value_is_refused_saying_it_matches_only_alerts_without_that_label(texts, matcher, name):
    # found by a fresh-user review: alertname="" was refused as matching "everything, even an
    # alert without labels"; it matches only the alerts that have no alertname label
    problems = validate(draft(*texts))
    assert codes(problems) == [ProblemCode.MATCHES_ONLY_WITHOUT_LABEL]
    assert problems[0].args == (matcher, name) and problems[0].index == texts.index(matcher)
    assert problems[0].message == (
        f"{matcher} matches only alerts without the label {name} (an empty value means the label is missing), "
        "and no matcher here requires a value: add one that does, such as alertname=\"APIDown\".")


@pytest.mark.parametrize("texts", [
    ('alertname="APIDown"',),
    ('x=""', 'alertname="APIDown"'),
    ('alertname=~".+"',),
    ('alertname!="APIDown"', 'severity="critical"'),
])
def test_matchers_that_need_a_label_are_accepted(texts):
    assert validate(draft(*texts)) == []


def test_no_matchers_is_refused():
    assert codes(validate(draft())) == [ProblemCode.NO_MATCHERS]


def test_invalid_regex_is_refused_per_matcher():
    bad = new_silence((Matcher("alertname", "APIDown"), Matcher("instance", "(", is_regex=True),
                       Matcher("job", "[", is_regex=True, is_equal=False)), "maria", "c", NOW, ACK_WINDOW)
    problems = validate(bad, [alert("APIDown")])
    assert codes(problems) == [ProblemCode.INVALID_REGEX, ProblemCode.INVALID_REGEX]
    assert [p.index for p in problems] == [1, 2]
    assert problems[0].message.startswith('Matcher instance=~"(": invalid regular expression: ')
    assert not problems[0].message.endswith(")."), problems[0].message  # the pattern's own end, not ours


def test_matching_every_current_alert_is_refused():
    current = [alert("APIDown"), alert("HighLatencyP99"), alert("HighCPUUsage", "warning")]
    problems = validate(draft('alertname=~".+"'), current)
    assert codes(problems) == [ProblemCode.MATCHES_ALL_CURRENT]
    assert problems[0].message == "These matchers match every current alert (3 alerts): narrow them down."
    assert codes(validate(draft('severity=~"critical|warning"'), current)) == [ProblemCode.MATCHES_ALL_CURRENT]
    assert validate(draft('severity="critical"'), current) == []
    assert validate(draft('alertname=~".+"'), current[:1]) == []  # one alert: an ack matches it all


def test_one_alert_name_on_several_instances_is_not_a_blanket_silence():
    """The guide's own example: amtool silence add alertname=APIDown --duration=1h."""
    current = [alert("APIDown", instance="a"), alert("APIDown", instance="b")]
    assert validate(draft("alertname=APIDown"), current) == []
    ack = ack_silence(alert("APIDown", instance="a", pod="p1"), "maria", NOW, volatile_labels=("pod", "instance"))
    assert validate(ack, current) == []


def test_problem_text_is_translatable():
    (problem,) = validate(draft('alertname="A"', minutes=30 * 60))
    table = {("silencing", "%1 is longer than 24 hours (the guide: never silence for more than 24 h)."):
             "%1 passa de 24 horas."}
    assert problem.text(lambda context, source: table.get((context, source), source)) == "30h passa de 24 horas."


# -- confirmation and preview -----------------------------------------------------------------

def test_needs_confirmation_for_a_critical_alert_beyond_the_ack_window():
    crit, warn = alert("APIDown", "critical"), alert("HighCPUUsage", "warning")
    current = [crit, warn]
    assert not needs_confirmation(draft('alertname="APIDown"', minutes=15), current, SEVERITY)
    assert needs_confirmation(draft('alertname="APIDown"', minutes=16), current, SEVERITY)
    assert needs_confirmation(draft('alertname="APIDown"', minutes=24 * 60), current, SEVERITY)
    assert not needs_confirmation(draft('alertname="HighCPUUsage"', minutes=24 * 60), current, SEVERITY)
    assert not needs_confirmation(draft('alertname="Gone"', minutes=60), current, SEVERITY)
    page = alert("Paged", "page")
    assert needs_confirmation(draft('alertname="Paged"', minutes=60), [page], SEVERITY)


def test_preview_lists_the_matched_alerts_in_order():
    current = [alert("APIDown", instance="backend-1"), alert("APIDown", instance="db-1"), alert("HighCPUUsage")]
    got = preview(matchers('alertname="APIDown"', 'instance=~"backend.*"'), current)
    assert got == [current[0]]
    assert preview(matchers('instance!~"backend.*"'), current) == current[1:]
    assert preview(matchers('severity="critical"'), current) == current


def test_presets_are_the_guides_durations():
    assert [(p.label, p.duration) for p in PRESETS] == [
        ("investigation", ACK_WINDOW), ("maintenance", dt.timedelta(hours=1)), ("known issue", MAX_DURATION)]


# -- extend -----------------------------------------------------------------------------------

def existing(ends_in: dt.timedelta, state: str = "active", starts_ago: dt.timedelta = MINUTE * 10) -> Silence:
    return Silence(id="64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf", matchers=matchers('alertname="APIDown"'),
                   starts_at=NOW - starts_ago, ends_at=NOW + ends_in, created_by="maria", comment="ACK! x",
                   status=SilenceStatus(state))


def test_extension_keeps_id_and_start_and_moves_the_end():
    s = existing(MINUTE * 5)
    update = extension(s, NOW)
    assert update.id == s.id and update.matchers == s.matchers and update.starts_at == s.starts_at
    assert update.created_by == "maria" and update.comment == "ACK! x"
    assert update.ends_at == NOW + MINUTE * 20
    assert validate_extension(s, NOW) == []


def test_extension_counts_from_now_when_the_end_has_passed():
    s = existing(-MINUTE, state="active")
    assert extension(s, NOW, dt.timedelta(hours=1)).ends_at == NOW + dt.timedelta(hours=1)
    assert codes(validate_extension(s, NOW)) == [ProblemCode.EXPIRED]
    assert codes(validate_extension(existing(MINUTE, state="expired"), NOW)) == [ProblemCode.EXPIRED]


def test_extension_limits():
    s = existing(dt.timedelta(hours=2), starts_ago=dt.timedelta(hours=20))
    assert validate_extension(s, NOW, dt.timedelta(hours=2)) == []  # 24 h in all: allowed
    assert codes(validate_extension(s, NOW, dt.timedelta(0))) == [ProblemCode.NOT_POSITIVE]


def test_chained_extensions_may_not_run_a_silence_past_24_hours_in_all():
    # found by a fresh-user review: each extension was only capped at 24 h from now, so that a
    # silence started 20 h ago could be pushed to end 8 h from now (28 h in all), and on
    s = existing(dt.timedelta(hours=4), starts_ago=dt.timedelta(hours=20))
    (problem,) = validate_extension(s, NOW, dt.timedelta(hours=4))
    assert problem.code is ProblemCode.TOO_LONG_IN_TOTAL and problem.field == "ends_at"
    assert problem.args == (s.id, "20h", "28h")
    assert problem.text() == (f"Silence {s.id} has already lasted 20h and would last 28h in all with this "
                              "extension: the guide allows 24 h at most (never silence for more than 24 h).")
    (barely,) = validate_extension(existing(dt.timedelta(hours=4), starts_ago=dt.timedelta(hours=20)), NOW,
                                   dt.timedelta(milliseconds=1))
    assert barely.args[2] == "24h1ms"  # not shown as "24h": that would not say why it is refused
    # computed lengths to the minute, not "lasted 20h12m7s and would last 28h12m7s" (fresh-user review)
    odd = existing(dt.timedelta(hours=3, minutes=47, seconds=53), starts_ago=dt.timedelta(hours=20, minutes=12, seconds=7))
    (problem,) = validate_extension(odd, NOW, dt.timedelta(hours=4))
    assert problem.args == (odd.id, "20h12m", "28h")
    # a pending silence counts from its own start, as a new one does (validate)
    pending = existing(dt.timedelta(hours=2), state="pending", starts_ago=-dt.timedelta(hours=1))
    assert validate_extension(pending, NOW, dt.timedelta(hours=23)) == []
    assert codes(validate_extension(pending, NOW, dt.timedelta(hours=23, seconds=1))) == [ProblemCode.TOO_LONG_IN_TOTAL]


def test_extension_confirmation_for_a_critical_alert_beyond_the_ack_window_in_all():
    # found by a fresh-user review: another 15 minutes (or 5) never asked, so that repeated
    # extensions kept a critical alert silenced past the investigation window without a question
    ack = existing(MINUTE * 5, starts_ago=MINUTE * 10)  # a 15-minute ack, 10 minutes in
    assert extension_needs_confirmation(ack, NOW, ACK_WINDOW, [alert("APIDown")], SEVERITY)
    assert extension_needs_confirmation(ack, NOW, MINUTE * 5, [alert("APIDown")], SEVERITY)
    assert extension_needs_confirmation(ack, NOW, dt.timedelta(hours=1), [alert("APIDown")], SEVERITY)
    assert not extension_needs_confirmation(ack, NOW, dt.timedelta(hours=1), [alert("APIDown", "warning")], SEVERITY)
    assert not extension_needs_confirmation(ack, NOW, dt.timedelta(hours=1), [alert("Other")], SEVERITY)
    short = existing(MINUTE * 2, starts_ago=MINUTE * 3)  # 5 minutes so far: 15 in all is still the window
    assert not extension_needs_confirmation(short, NOW, MINUTE * 10, [alert("APIDown")], SEVERITY)
    assert extension_needs_confirmation(short, NOW, MINUTE * 10 + dt.timedelta(seconds=1), [alert("APIDown")],
                                        SEVERITY)


# -- durations --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("15m", dt.timedelta(minutes=15)), ("1h", dt.timedelta(hours=1)), ("1h30m", dt.timedelta(minutes=90)),
    ("24h", dt.timedelta(hours=24)), ("90s", dt.timedelta(seconds=90)), ("1d", dt.timedelta(days=1)),
    ("1w", dt.timedelta(weeks=1)), ("1y", dt.timedelta(days=365)), ("500ms", dt.timedelta(milliseconds=500)),
    ("1m1ms", dt.timedelta(minutes=1, milliseconds=1)), ("1d2h3m4s5ms", dt.timedelta(1, 7384, 5000)),
    ("0", dt.timedelta(0)), ("0s", dt.timedelta(0)),
])
def test_parse_duration(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text, reason", [
    ("", "empty"), (" 1h", "spaces"), ("1h 30m", "spaces"), ("-5m", "sign"), ("+5m", "sign"),
    ("1.5h", "not a duration"), ("30m1h", "not a duration"), ("1h1h", "not a duration"), ("1x", "not a duration"),
    ("h", "not a duration"), ("1H", "not a duration"), ("15", "not a duration"), ("99999999999999y", "too large"),
])
def test_parse_duration_refuses(text, reason):
    with pytest.raises(ValueError) as info:
        parse_duration(text)
    assert reason in str(info.value)
    if reason != "too large":
        assert "15m, 1h30m, 24h" in str(info.value)


def test_a_duration_too_long_for_any_date_is_refused_and_every_silence_of_it_too():
    """Review 35: "8000y" (or 99999999h) in the silence dialog crashed the tray: the duration
    parsed, and adding it to now passed the year 9999. Durations stop at Prometheus' own
    limit (Go's time.Duration, about 292 years); the guide's 24 h then refuses the rest."""
    from oncall_tray.core.durations import LONGEST, DurationTooLong

    for text in ("8000y", "99999999h", "500000w", "293y"):
        with pytest.raises(DurationTooLong):
            parse_duration(text)
    longest = parse_duration("292y")
    assert longest <= LONGEST
    draft = new_silence([Matcher("alertname", "APIDown")], "ana", "manutenção", NOW, longest)
    assert [p.code for p in validate(draft)] == [ProblemCode.TOO_LONG]
    # a silence someone made to end in the year 9999, extended: refused, not a crash
    forever = Silence(id="64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf", matchers=matchers('alertname="APIDown"'),
                      starts_at=NOW - MINUTE, ends_at=dt.datetime(9999, 12, 31, 23, 0, tzinfo=dt.timezone.utc),
                      created_by="maria", comment="ACK! x", status=SilenceStatus("active"))
    update = extension(forever, NOW, longest)  # (the model keeps ends at 9998-12-31 at most)
    assert update.ends_at == dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    assert ProblemCode.TOO_LONG_IN_TOTAL in [p.code for p in validate_extension(forever, NOW, longest)]


@pytest.mark.parametrize("duration, text", [
    (dt.timedelta(minutes=90), "1h30m"), (dt.timedelta(hours=24), "24h"), (dt.timedelta(hours=36), "36h"),
    (dt.timedelta(seconds=90), "1m30s"), (dt.timedelta(0), "0s"), (dt.timedelta(seconds=1.5), "1s500ms"),
    (dt.timedelta(minutes=-5), "-5m"), (dt.timedelta(microseconds=10), "0s"),
])
def test_format_duration(duration, text):
    assert format_duration(duration) == text
    if duration >= dt.timedelta(milliseconds=1):
        assert parse_duration(text) == duration


@pytest.mark.parametrize("duration, text", [
    (dt.timedelta(minutes=29, seconds=59, milliseconds=996), "30m"), (dt.timedelta(hours=23, minutes=59, seconds=58), "24h"),
    (dt.timedelta(minutes=14, seconds=20), "14m"), (dt.timedelta(seconds=59, milliseconds=400), "59s"),
    (dt.timedelta(seconds=59, milliseconds=700), "1m"), (dt.timedelta(milliseconds=300), "0s"),
    (dt.timedelta(hours=1, minutes=30), "1h30m"), (dt.timedelta(minutes=-90, seconds=-10), "-1h30m"),
])
def test_format_duration_to_the_minute_shows_computed_durations_without_milliseconds(duration, text):
    # found by a fresh-user review: "silenced for 29m59s996ms in all"
    assert format_duration_rounded(duration) == text


def test_the_command_lines_questions_and_silence_list_show_computed_durations_to_the_minute():
    # found by a fresh-user review: "keeps critical alerts silenced for 29m20s in all", "(14m32s left)"
    from oncall_tray.commands.silence_list import render_text
    from oncall_tray.commands.silence_steps import critical_question

    api = alert("APIDown", fingerprint="0123456789abcdef")
    question = critical_question([api], dt.timedelta(minutes=29, seconds=20), lambda _c, t: t, extending="s1")
    assert "keeps critical alerts silenced for 29m in all" in question, question
    # a new silence's length is what was typed: shown as typed
    assert "critical alerts for 15m30s," in critical_question([api], dt.timedelta(minutes=15, seconds=30), lambda _c, t: t)
    listed = render_text([existing(dt.timedelta(minutes=14, seconds=20))], [api], lambda _c, t: t, NOW)
    assert "(14m left)" in listed, listed


# -- fingerprint lookup -----------------------------------------------------------------------

def test_find_alert_by_fingerprint_or_unique_prefix():
    a = alert("A", fingerprint="0123456789abcdef")
    b = alert("B", fingerprint="0123459999999999")
    c = alert("C", fingerprint="fedcba9876543210")
    current = [a, b, c]
    assert find_alert(current, "0123456789abcdef") is a
    assert find_alert(current, " 0123456789ABCDEF ") is a
    assert find_alert(current, "0123456") is a
    assert find_alert(current, "fedcba") is c
    with pytest.raises(AmbiguousFingerprint) as info:
        find_alert(current, "012345")
    assert info.value.candidates == [a, b]
    with pytest.raises(PrefixTooShort):
        find_alert(current, "fedcb")
    with pytest.raises(AlertNotFound):
        find_alert(current, "aaaaaa")


def test_find_silence_by_id_or_unique_prefix_of_eight_or_more():
    import msgspec

    def with_id(silence_id: str) -> Silence:
        return msgspec.structs.replace(existing(MINUTE), id=silence_id)

    a = with_id("64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf")
    b = with_id("64d2e7a2-0000-4ac1-b1fe-36012f3bb4cf")
    c = with_id("a0000000-ca57-4ac1-b1fe-36012f3bb4cf")
    known = [a, b, c]
    assert find_silence(known, "64D2E7A2-CA57-4AC1-B1FE-36012F3BB4CF ") is a
    assert find_silence(known, "64d2e7a2-c") is a
    assert find_silence(known, "a0000000") is c
    with pytest.raises(AmbiguousSilenceId) as info:
        find_silence(known, "64d2e7a2")
    assert info.value.candidates == [a, b]
    with pytest.raises(PrefixTooShort) as short:
        find_silence(known, "a000000")
    assert short.value.shortest == 8
    with pytest.raises(SilenceNotFound):
        find_silence(known, "bbbbbbbb")


def test_an_acknowledgement_that_would_silence_other_alerts_is_refused():
    """Review 16: with volatile_labels [alertname, instance], acknowledging one alert silenced seven
    critical alerts of other names. Copies of the alert that differ by a volatile label (pods)
    are that alert: acknowledged together."""
    kafka = alert("KafkaLag", instance="k:9", service="svc", env="production")
    others = [alert("ElasticRed", instance="e:9", service="svc", env="production"),
              alert("RedisBroken", instance="r:9", service="svc", env="production")]
    wide = ack_silence(kafka, "ana", NOW, ("alertname", "instance"))
    (problem,) = ack_problems(wide, kafka, [kafka, *others, alert("Other", severity="warning")])
    assert problem.code is ProblemCode.ACK_COVERS_OTHERS and problem.args == ("2", "ElasticRed, RedisBroken")
    assert problem.text().startswith("This acknowledgement would also silence 2 other alerts (ElasticRed, RedisBroken): "
                                     "its matchers do not tell them apart")
    pods = [alert("APIDown", instance="b:3001", pod=f"api-{n}") for n in range(2)]
    assert ack_problems(ack_silence(pods[0], "ana", NOW, ("pod",)), pods[0], pods) == []
    assert ack_problems(ack_silence(kafka, "ana", NOW), kafka, [kafka, *others]) == []
    (one,) = ack_problems(wide, kafka, [kafka, others[0], alert("Other", severity="warning")])
    assert one.text().startswith("This acknowledgement would also silence another alert (ElasticRed): ")
