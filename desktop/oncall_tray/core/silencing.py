"""The on-call guide's silencing rules as code (no Qt, no I/O).

Sources, quoted in each rule: the ConectCRM on-call guide ("guide"; sections "Ao Receber um
Alerta" and "Como Silenciar Alertas" → "Boas Práticas de Silenciamento") and the design notes
("design"; "Alertmanager" and "The on-call guide as rules").

Typical use (the command line and the Qt dialog do the same)::

    draft = ack_silence(alert, config.engineer, now, config.volatile_labels)
    problems = validate(draft, current_alerts)          # [] when the guide allows it
    if not problems and (not needs_confirmation(draft, current_alerts, severity_of) or asked_ok):
        silence_id = client.create_silence(draft)

Every datetime is aware (UTC inside); every duration is a ``datetime.timedelta``. The texts of
``Problem`` (defined in ``silence_problems``, importable from here) and ``PRESETS`` are English,
marked for translation in context ``"silencing"``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..alertmanager.matchers import RegexError, compile_regex, format_matcher, matches_all, re2_unsupported
from ..alertmanager.models import Alert, Matcher, PostableSilence, Silence
from .durations import format_duration, format_duration_rounded
from .names import name_list
from .severity import Severity
from .silence_problems import Problem, ProblemCode

#: guide: "Clique no alerta → Silence por 15min (tempo de investigação)"; design: an ack ends
#: "now + 15 minutes (the guide's investigation window)".
ACK_WINDOW = dt.timedelta(minutes=15)
#: guide: "Nunca silencie por mais de 24h". Exactly 24 h is allowed.
MAX_DURATION = dt.timedelta(hours=24)
#: The shortest silence typed: a shorter one is over before anyone reads it (``length_problem``).
MIN_DURATION = dt.timedelta(minutes=1)
#: design: kthxbye-style tools recognise an acknowledgement by this prefix of the comment.
ACK_PREFIX = "ACK!"

SeverityOf = Callable[[Alert], Severity]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, for the extractor)
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


@dataclass(frozen=True)
class DurationPreset:
    """One of the guide's silence durations. ``label`` is English; show
    ``tr("silencing", preset.label)``."""

    label: str
    duration: dt.timedelta


#: guide: "Duration: 15min (investigação), 1h (manutenção), 24h (conhecido)".
PRESETS: tuple[DurationPreset, ...] = (
    DurationPreset(QT_TRANSLATE_NOOP("silencing", "investigation"), ACK_WINDOW),
    DurationPreset(QT_TRANSLATE_NOOP("silencing", "maintenance"), dt.timedelta(hours=1)),
    DurationPreset(QT_TRANSLATE_NOOP("silencing", "known issue"), MAX_DURATION),
)


def ack_comment(engineer: str) -> str:
    """The default comment of an ack: ``ACK! investigando — <engineer>`` (design: "a comment
    that is never empty (default ``ACK! investigando — <name>``)")."""
    name = engineer.strip()
    return f"{ACK_PREFIX} investigando — {name}" if name else f"{ACK_PREFIX} investigando"


def ack_silence(alert: Alert, engineer: str, now: dt.datetime, volatile_labels: Iterable[str] = (),
                comment: str | None = None, duration: dt.timedelta = ACK_WINDOW) -> PostableSilence:
    """The acknowledgement of one alert, as a draft silence (design, "Acknowledge").

    Args:
        alert: the alert to acknowledge.
        engineer: the author (``Config.engineer``).
        now: aware datetime; the silence starts then.
        volatile_labels: label names left out of the matchers (they change between
            evaluations: pod names...).
        comment: None for ``ack_comment(engineer)``; any other text is kept as given (and
            ``validate`` refuses a blank one).
        duration: how long; the guide's investigation window (15 minutes) by default.
    Returns:
        matchers = the alert's labels minus ``volatile_labels``, each exact (``isRegex``
        false, ``isEqual`` true), sorted by name, with ``alertname=""`` for an alert without
        one (unless volatile): the silence is of alerts without a name, as an acknowledgement
        names its alert (``acknowledged.acknowledges``; review 63 Z1); ``startsAt`` now;
        ``endsAt`` now + duration.
    """
    skip = set(volatile_labels)
    labels = dict(alert.labels)
    if not labels.get("alertname"):
        labels["alertname"] = ""
    matchers = tuple(Matcher(name=name, value=value, is_regex=False, is_equal=True)
                     for name, value in sorted(labels.items()) if name not in skip)
    return PostableSilence(matchers=matchers, starts_at=now, ends_at=now + duration, created_by=engineer,
                           comment=ack_comment(engineer) if comment is None else comment)


def too_long(duration: str) -> Problem:
    """The refusal of a silence longer than 24 h (guide: "Nunca silencie por mais de 24h"), for
    ``duration`` as typed or shown; also for one too long to be added to a date at all
    (``durations.DurationTooLong``: review 35, "8000y" crashed the tray)."""
    return Problem(ProblemCode.TOO_LONG, "ends_at", (duration,))


def length_problem(typed: str, duration: dt.timedelta | None) -> Problem | None:
    """Why ``duration``, typed as ``typed`` for how long a silence lasts (the silence dialog's
    own, ``--duration``), cannot be: longer than 24 h (``too_long``; None: too long to be a
    date's distance at all), no time at all (NO_TIME), or under ``MIN_DURATION`` (UNDER_A_MINUTE:
    review 42 F8, 1ms was refused by Alertmanager and 1s over at once); None when it can. One rule
    for the dialog and the command line (review 48 R1: the dialog made "0m" a 15-minute silence)."""
    if duration is None or duration > MAX_DURATION:
        return too_long(typed)
    if duration <= dt.timedelta(0):
        return Problem(ProblemCode.NO_TIME, "ends_at", (typed,))
    if duration < MIN_DURATION:
        return Problem(ProblemCode.UNDER_A_MINUTE, "ends_at", (typed,))
    return None


def new_silence(matchers: Sequence[Matcher], author: str, comment: str, now: dt.datetime,
                duration: dt.timedelta) -> PostableSilence:
    """A draft silence from ``now`` for ``duration`` (the ``silence add`` of the guide's amtool
    example). Nothing is checked here: run ``validate``."""
    return PostableSilence(matchers=tuple(matchers), starts_at=now, ends_at=now + duration,
                           created_by=author, comment=comment)


def also_covered(draft: PostableSilence, alert: Alert, alerts: Iterable[Alert]) -> list[Alert]:
    """The alerts other than ``alert`` that ``draft``, its acknowledgement (``ack_silence``),
    silences too: those differing from it only by a ``volatile_labels`` label (other pods of
    it); ``oncall-tray ack`` and the tray's *Acknowledge* say them (reviews 35, 37)."""
    return [a for a in preview(draft.matchers, alerts) if a.fingerprint != alert.fingerprint]


def preview(matchers: Sequence[Matcher], alerts: Iterable[Alert]) -> list[Alert]:
    """The alerts the matchers match, in the given order, as Alertmanager decides it (a
    missing label counts as ""; regular expressions are anchored).

    Raises:
        RegexError: a regex matcher does not compile (``validate`` reports that first).
    """
    return [alert for alert in alerts if matches_all(matchers, alert.labels)]


def critical_alerts(matchers: Sequence[Matcher], alerts: Iterable[Alert], severity_of: SeverityOf) -> list[Alert]:
    """The critical alerts among ``preview(matchers, alerts)``."""
    return [alert for alert in preview(matchers, alerts) if severity_of(alert) is Severity.CRITICAL]


def validate(draft: PostableSilence, current_alerts: Iterable[Alert] = (),
             severity_of: SeverityOf | None = None) -> list[Problem]:
    """Every reason the guide refuses ``draft``; [] when it may be sent.

    Rules:
        - guide: "SEMPRE adicione comentário explicativo" / "NUNCA silencie sem comentário":
          a blank comment is refused (EMPTY_COMMENT);
        - guide: "Creator: Seu nome": a blank author is refused (EMPTY_AUTHOR);
        - guide: "Nunca silencie por mais de 24h": ``endsAt - startsAt`` over 24 h is refused
          (TOO_LONG; exactly 24 h is allowed); zero or negative is refused (NOT_POSITIVE);
        - matchers (Alertmanager refuses these too; checked here so that nothing is sent):
          none (NO_MATCHERS); a regex that does not compile (INVALID_REGEX, one per matcher);
          a set that would also match an alert with no labels at all, i.e. every matcher
          accepts the empty string, like ``x=~".*"`` or ``x!="a"`` alone (MATCHES_EVERYTHING;
          Alertmanager: "at least one matcher must not match the empty string"); with a
          ``x=""`` (or ``x=~""``) among them, which matches only the alerts without the
          label ``x``, that one is named instead (MATCHES_ONLY_WITHOUT_LABEL);
        - a set that matches every current alert, when at least 2 alerts of at least 2
          different names fire (MATCHES_ALL_CURRENT: a blanket silence hides what happens next).
          Alerts of one name only are not refused: ``alertname="APIDown"`` on two instances is
          the guide's own amtool example.

    Args:
        draft: the silence to check (``ack_silence``, ``new_silence`` or the dialog's).
        current_alerts: the alerts firing now (``AlertmanagerClient.alerts()``).
        severity_of: unused; accepted so that ``validate`` and ``needs_confirmation`` take the
            same arguments.
    Returns:
        the problems, in the order of the rules above.
    """
    problems: list[Problem] = []
    if not draft.comment.strip():
        problems.append(Problem(ProblemCode.EMPTY_COMMENT, "comment"))
    if not draft.created_by.strip():
        problems.append(Problem(ProblemCode.EMPTY_AUTHOR, "created_by"))
    problems += _length_problems(draft.duration)
    problems += _matcher_problems(draft.matchers, list(current_alerts))
    return problems


def ack_problems(draft: PostableSilence, alert: Alert, current_alerts: Iterable[Alert] = (),
                 severity_of: SeverityOf | None = None) -> list[Problem]:
    """``validate``'s problems for an acknowledgement of ``alert`` (``ack_silence``), and one
    more: it would also silence current alerts of other names (ACK_COVERS_OTHERS; args: how
    many, their names). An acknowledgement is of one alert (guide: "Acknowledge"); its copies
    that differ only by a volatile label (pods) are that alert. Review 16: with ``alertname``
    and ``instance`` volatile, one acknowledgement silenced seven critical alerts."""
    current = list(current_alerts)
    problems = validate(draft, current, severity_of)
    if draft.matchers and not any(p.code is ProblemCode.INVALID_REGEX for p in problems):
        others = [a for a in preview(draft.matchers, current) if a.alertname != alert.alertname]
        if others:
            code = ProblemCode.ACK_COVERS_OTHERS if len(others) > 1 else ProblemCode.ACK_COVERS_ANOTHER
            problems.append(Problem(code, "matchers", (str(len(others)), name_list((a.display_name for a in others), 5))))
    return problems


def needs_confirmation(draft: PostableSilence, current_alerts: Iterable[Alert], severity_of: SeverityOf) -> bool:
    """Whether to ask "silence a critical alert without investigating?" before sending.

    guide: "Nunca silencie alertas críticos sem investigar"; design: "a confirmation before
    silencing a critical alert for longer than the ack window". True when ``draft`` lasts more
    than ``ACK_WINDOW`` (15 min; exactly 15 min is an ack and needs none) and matches at least
    one current alert that ``severity_of`` calls critical. Run ``validate`` first (an invalid
    regex raises ``RegexError`` here).
    """
    return draft.duration > ACK_WINDOW and bool(critical_alerts(draft.matchers, current_alerts, severity_of))


def extension(silence: Silence, now: dt.datetime, by: dt.timedelta = ACK_WINDOW) -> PostableSilence:
    """The update that extends ``silence``: new end = max(now, current end) + ``by``; same ID,
    matchers, ``startsAt``, author and comment, so that Alertmanager updates it in place."""
    base = max(now, silence.ends_at or now)
    try:
        end = base + by
    except OverflowError:  # a silence made to end in year 9999 (``validate_extension`` refuses it)
        end = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    return silence.as_update(ends_at=end)


def extension_room(silence: Silence, now: dt.datetime) -> dt.timedelta:
    """How much longer ``silence`` may be made (``extension``) before it lasts more than the
    guide's 24 h in all (``MAX_DURATION``, from its ``startsAt``), to the minute below; zero when
    none is left. A silence without a start counts from ``now``."""
    start = silence.starts_at or now
    room = MAX_DURATION - (max(now, silence.ends_at or now) - start)
    return max(dt.timedelta(0), dt.timedelta(minutes=room // dt.timedelta(minutes=1)))


def validate_extension(silence: Silence, now: dt.datetime, by: dt.timedelta = ACK_WINDOW) -> list[Problem]:
    """Why ``extension(silence, now, by)`` is refused; [] when it may be sent.

    Rules: an expired silence cannot be extended (EXPIRED; Alertmanager would create a new
    one); ``by`` must be positive (NOT_POSITIVE); guide: "Nunca silencie por mais de 24h": the
    silence may last at most 24 h in all, from its ``startsAt`` to the new end (exactly 24 h is
    allowed), however many extensions it took (TOO_LONG_IN_TOTAL, with how long it has lasted
    so far and its new length; a pending silence counts from its own start, as ``validate``
    counts a new one).

    Args:
        silence: the silence as Alertmanager gives it (aware ``startsAt``/``endsAt``).
        now: aware datetime; the extension counts from the later of now and the current end.
        by: how much longer.
    Returns:
        the problems, in the order of the rules above.
    Raises:
        ValueError: the silence has no ``startsAt`` or ``endsAt`` (never one read from
            Alertmanager; ``Silence.as_update``).
    """
    problems: list[Problem] = []
    if silence.status.state == "expired" or (silence.ends_at is not None and silence.ends_at <= now):
        problems.append(Problem(ProblemCode.EXPIRED, "ends_at", (silence.id,)))
    if by <= dt.timedelta(0):
        problems.append(Problem(ProblemCode.NOT_POSITIVE, "ends_at", (_shown(by),)))
        return problems
    start = silence.starts_at or now
    total = extension(silence, now, by).ends_at - start
    if total > MAX_DURATION:
        lasted = format_duration_rounded(max(now - start, dt.timedelta(0)))
        problems.append(Problem(ProblemCode.TOO_LONG_IN_TOTAL, "ends_at", (silence.id, lasted, _shown_in_all(total))))
    return problems


def extension_needs_confirmation(silence: Silence, now: dt.datetime, by: dt.timedelta,
                                 current_alerts: Iterable[Alert], severity_of: SeverityOf) -> bool:
    """Whether to ask "silence a critical alert without investigating?" before extending.

    guide: "Nunca silencie alertas críticos sem investigar"; the rule of ``needs_confirmation``
    applied to the extended silence, ``extension(silence, now, by)``: True when it would last
    more than ``ACK_WINDOW`` (15 min) in all, from its ``startsAt``, and covers a current critical
    alert. So extending an ack by another 15 minutes (or 5) asks, as creating a 30-minute silence
    does: repeated extensions cannot keep a critical alert silenced past the investigation window
    unasked. Run ``validate_extension`` first.

    Args:
        now: aware datetime; ``by``: how much longer (``extension``'s arguments).
        current_alerts: the alerts firing now; severity_of: the configured severity mapping.
    Raises:
        ValueError: as ``validate_extension``; RegexError: as ``needs_confirmation``.
    """
    return needs_confirmation(extension(silence, now, by), current_alerts, severity_of)


def _length_problems(duration: dt.timedelta) -> list[Problem]:
    if duration <= dt.timedelta(0):
        return [Problem(ProblemCode.NOT_POSITIVE, "ends_at", (_shown(duration),))]
    if duration > MAX_DURATION:
        return [too_long(_shown(duration))]
    return []


def _shown(duration: dt.timedelta) -> str:
    """To the second, unless that would hide why it is refused (24h0.5s is not "24h")."""
    text = format_duration(duration, dt.timedelta(seconds=1))
    return format_duration(duration) if text in ("0s", format_duration(MAX_DURATION)) else text


def _shown_in_all(total: dt.timedelta) -> str:
    """A computed length past 24 h to the minute, unless that would hide why it is refused
    (24h0m20s is not "24h"): then as ``_shown``."""
    text = format_duration_rounded(total)
    return _shown(total) if text == format_duration(MAX_DURATION) else text


def _matcher_problems(matchers: Sequence[Matcher], alerts: Sequence[Alert]) -> list[Problem]:
    if not matchers:
        return [Problem(ProblemCode.NO_MATCHERS, "matchers")]
    invalid = []
    for index, matcher in enumerate(matchers):
        if matcher.is_regex:
            unsupported = re2_unsupported(matcher.value)
            if unsupported:
                invalid.append(Problem(ProblemCode.UNSUPPORTED_REGEX, "matchers",
                                       (format_matcher(matcher), *unsupported), index))
                continue
            try:
                compile_regex(matcher.value)
            except RegexError as exc:
                invalid.append(Problem(ProblemCode.INVALID_REGEX, "matchers", (format_matcher(matcher), str(exc)), index))
    if invalid:
        return invalid
    if matches_all(matchers, {}):
        for index, matcher in enumerate(matchers):
            if matcher.is_equal and matcher.value == "":  # the label is missing (or empty)
                return [Problem(ProblemCode.MATCHES_ONLY_WITHOUT_LABEL, "matchers",
                                (format_matcher(matcher), matcher.name), index)]
        return [Problem(ProblemCode.MATCHES_EVERYTHING, "matchers")]
    names = {alert.alertname for alert in alerts}
    if len(alerts) >= 2 and len(names) >= 2 and len(preview(matchers, alerts)) == len(alerts):
        return [Problem(ProblemCode.MATCHES_ALL_CURRENT, "matchers", (str(len(alerts)),))]
    return []


__all__ = [
    "ACK_PREFIX", "ACK_WINDOW", "MAX_DURATION", "MIN_DURATION", "PRESETS", "DurationPreset", "Problem", "ProblemCode",
    "ack_comment", "ack_silence", "critical_alerts", "extension", "extension_needs_confirmation",
    "needs_confirmation", "new_silence", "preview", "validate", "validate_extension",
]


def covered(alerts: Iterable[Alert]) -> dict[str, list[Alert]]:
    """Silence ID -> the current alerts it mutes (from each alert's ``silencedBy``)."""
    found: dict[str, list[Alert]] = {}
    for alert in alerts:
        for silence_id in alert.status.silenced_by:
            found.setdefault(silence_id, []).append(alert)
    return found


def left_behind(resolved: Iterable[Alert], silences: Mapping[str, Silence],
                still_covered: Mapping[str, Sequence[Alert]]) -> list[tuple[Silence, list[Alert]]]:
    """Silences to offer for expiry, each with the resolved alerts it muted: those that muted
    an alert that has just resolved, are still active, and mute nothing else now (guide, "Após
    Resolver o Incidente": "Remover silenciamentos"; "Remova silenciamento após resolver").

    Args:
        resolved: the alerts that resolved in this poll, as last seen (with their ``silencedBy``).
        silences: silence ID -> silence, as of this poll.
        still_covered: ``covered(current alerts)``.
    """
    offers: dict[str, tuple[Silence, list[Alert]]] = {}
    for alert in resolved:
        for silence_id in alert.status.silenced_by:
            if silence_id in offers:
                offers[silence_id][1].append(alert)
                continue
            silence = silences.get(silence_id)
            if silence is not None and silence.status.state == "active" and not still_covered.get(silence_id):
                offers[silence_id] = (silence, [alert])
    return list(offers.values())
