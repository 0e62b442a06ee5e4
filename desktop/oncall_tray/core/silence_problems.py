"""Why a silence is refused: stable codes and translatable English messages (no Qt, no I/O).

``core.silencing`` produces these; the command line shows ``problem.text(tr)`` and the Qt
dialog ``problem.text(QCoreApplication.translate)``, both with context ``"silencing"``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from ..reasons import translate_reason

#: ``tr(context, source_text) -> str``: Qt's signature, also the command line's translator.
Translate = Callable[[str, str], str]


class ProblemCode(enum.Enum):
    """Why the guide (or Alertmanager, checked here first) refuses a silence; the rules and
    their sources are in ``core.silencing.validate`` and ``validate_extension``."""

    NO_MATCHERS = "no_matchers"  #: no matcher at all
    INVALID_REGEX = "invalid_regex"  #: a regex matcher does not compile (args: matcher, error)
    #: a regex uses what Go's RE2 lacks (args: matcher, kind from ``matchers.UNSUPPORTED_KINDS``,
    #: the construct as written)
    UNSUPPORTED_REGEX = "unsupported_regex"
    MATCHES_EVERYTHING = "matches_everything"  #: would match an alert without labels
    #: would match an alert without labels, and a ``name=""`` (or ``name=~""``) among them
    #: matches only alerts without that label (args: that matcher, its label name; index)
    MATCHES_ONLY_WITHOUT_LABEL = "matches_only_without_label"
    MATCHES_ALL_CURRENT = "matches_all_current"  #: matches every current alert (args: count)
    EMPTY_COMMENT = "empty_comment"  #: blank comment
    EMPTY_AUTHOR = "empty_author"  #: blank author
    NOT_POSITIVE = "not_positive"  #: ends at or before its start (args: duration)
    TOO_LONG = "too_long"  #: more than 24 h (args: duration)
    NO_TIME = "no_time"  #: a length typed as zero (args: the duration as typed)
    UNDER_A_MINUTE = "under_a_minute"  #: a length typed under a minute (args: the duration as typed)
    #: an extension that makes a silence last more than 24 h from its start (args: silence ID,
    #: how long it has lasted so far, its length with the extension)
    TOO_LONG_IN_TOTAL = "too_long_in_total"
    EXPIRED = "expired"  #: extending an expired silence (args: silence ID)
    #: an acknowledgement that would also silence alerts of other names (args: how many, names)
    ACK_COVERS_OTHERS = "ack_covers_others"
    ACK_COVERS_ANOTHER = "ack_covers_another"  #: the same, one other alert (args: 1, its name)


def _identity(_context: str, text: str) -> str:
    return text


def _templates(tr: Translate) -> dict[ProblemCode, str]:
    return {
        ProblemCode.NO_MATCHERS: tr("silencing", "A silence needs at least one matcher."),
        # after a colon: "(missing ): High(.*)." read as the valid "High(.*)" (review 46 F10, 47)
        ProblemCode.INVALID_REGEX: tr("silencing", "Matcher %1: invalid regular expression: %2"),
        ProblemCode.UNSUPPORTED_REGEX: tr(
            "silencing", "Matcher %1: Alertmanager's regular expressions (Go RE2) do not support %2 (%3)."),
        ProblemCode.MATCHES_EVERYTHING: tr(
            "silencing", "None of these matchers requires a label value: they match even an alert without labels. "
                         "Add one that does, such as alertname=\"APIDown\"."),
        ProblemCode.MATCHES_ONLY_WITHOUT_LABEL: tr(
            "silencing", "%1 matches only alerts without the label %2 (an empty value means the label is missing), "
                         "and no matcher here requires a value: add one that does, such as alertname=\"APIDown\"."),
        ProblemCode.MATCHES_ALL_CURRENT: tr(
            "silencing", "These matchers match every current alert (%1 alerts): narrow them down."),
        ProblemCode.EMPTY_COMMENT: tr(
            "silencing", "A comment is required: say why (the guide: never silence without a comment)."),
        ProblemCode.EMPTY_AUTHOR: tr(
            "silencing", "The author is empty: set your name (the engineer setting) or give one."),
        ProblemCode.NOT_POSITIVE: tr("silencing", "The silence must end after it starts (duration %1)."),
        ProblemCode.TOO_LONG: tr(
            "silencing", "%1 is longer than 24 hours (the guide: never silence for more than 24 h)."),
        ProblemCode.NO_TIME: tr("silencing", "%1 is no time at all: give how long, such as 15m, 1h or 24h."),
        ProblemCode.UNDER_A_MINUTE: tr(
            "silencing", "%1 is under a minute: a silence that short is over before anyone reads it; give at least 1m."),
        ProblemCode.TOO_LONG_IN_TOTAL: tr(
            "silencing", "Silence %1 has already lasted %2 and would last %3 in all with this extension: the guide "
                         "allows 24 h at most (never silence for more than 24 h)."),
        ProblemCode.EXPIRED: tr("silencing", "Silence %1 has expired; create a new one instead."),
        ProblemCode.ACK_COVERS_OTHERS: tr(
            "silencing", "This acknowledgement would also silence %1 other alerts (%2): its matchers do not tell "
                         "them apart (see the volatile_labels setting). Choose the matchers with Silence… or "
                         "oncall-tray silence add."),
        ProblemCode.ACK_COVERS_ANOTHER: tr(
            "silencing", "This acknowledgement would also silence another alert (%2): its matchers do not tell "
                         "them apart (see the volatile_labels setting). Choose the matchers with Silence… or "
                         "oncall-tray silence add."),
    }


def _kinds(tr: Translate) -> dict[str, str]:
    """The names of the regex constructs RE2 lacks (``matchers.UNSUPPORTED_KINDS``)."""
    return {
        "lookahead": tr("silencing", "lookahead"),
        "lookbehind": tr("silencing", "lookbehind"),
        "backreference": tr("silencing", "backreferences"),
        "atomic group": tr("silencing", "atomic groups"),
        "possessive quantifier": tr("silencing", "possessive quantifiers"),
        "conditional": tr("silencing", "conditionals"),
        "byte escape": tr("silencing", "the one-byte escape"),
        "named group": tr("silencing", "groups named as (?<name>...): write (?P<name>...)"),
    }


@dataclass(frozen=True)
class Problem:
    """One reason to refuse a silence.

    Attributes:
        code: what is wrong (stable; branch on it, not on the text).
        field: the draft's field at fault: "matchers", "comment", "created_by" or "ends_at".
        args: values for the message's ``%1``, ``%2`` markers.
        index: for a matcher problem about one matcher, its position in ``matchers``.
    """

    code: ProblemCode
    field: str
    args: tuple[str, ...] = ()
    index: int | None = None

    def text(self, tr: Translate = _identity) -> str:
        """The message in the language of ``tr`` (``tr(context, source)``, e.g. the command
        line's translator or ``QCoreApplication.translate``); English by default."""
        text = _templates(tr)[self.code]
        args = self.args
        if self.code is ProblemCode.UNSUPPORTED_REGEX:
            args = (args[0], _kinds(tr).get(args[1], args[1]), *args[2:])
        elif self.code is ProblemCode.INVALID_REGEX:  # RE2's reason in the engineer's language
            args = (args[0], translate_reason(args[1], tr), *args[2:])
        for number, value in enumerate(args, start=1):
            text = text.replace(f"%{number}", value)
        return text

    @property
    def message(self) -> str:
        """The message in English."""
        return self.text()
