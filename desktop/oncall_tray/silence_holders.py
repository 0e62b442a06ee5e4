"""What is said of a change to a silence sent to the Alertmanagers that hold it (members that
are not one cluster: ``alertmanager.holders``), in the command line's and the tray's words alike
(no Qt): where it was made, which member did not take it and why, and why a silence that only
a member not answering holds cannot be changed now; and where a new silence of alerts goes
(``where_held``), which of those alerts it cannot reach and why (``held_down``)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from .alertmanager.errors import AlertmanagerError, AnswerLost, OutcomeUnknown, surely_not_done
from .connect import describe_error
from .i18n import Translate

CONTEXT = "silence_holders"


def made_where(urls: Sequence[str], tr: Translate) -> str:
    """"On Alertmanager URL, which holds the silence: …" (``urls``: the members the change was
    made on, base URLs)."""
    text = tr(CONTEXT, "On Alertmanager %1, which holds the silence: these Alertmanagers are not one cluster, a "
                       "silence lives on the one it was made on.") if len(urls) == 1 else tr(
        CONTEXT, "On Alertmanagers %1, which hold the silence: these Alertmanagers are not one cluster, a silence "
                 "lives on the one it was made on.")
    return text.replace("%1", ", ".join(urls))


def not_taken(missed: Sequence[tuple[str, AlertmanagerError]], tr: Translate) -> list[str]:
    """One line per member that did not take the change (``missed``: each member's base URL and
    its error): "Alertmanager URL, which holds the silence, did not take the change: reason"; for
    a request sent without an answer (``AnswerLost``: it may have been done, as the one-member
    path says, review 63 CB3), "… did not answer (reason): the change may have been made there
    all the same"; for another failure that may have been done (a 5xx: ``maybe_done``), "…
    answered with an error (reason): …" alike. Reasons in ``tr``'s language (``connect.describe_error``)."""
    lines = []
    for url, error in missed:
        if answer_lost(error):
            text = tr(CONTEXT, "Alertmanager %1, which holds the silence, did not answer (%2): the change may have "
                               "been made there all the same.")
        elif maybe_done(error):  # a 5xx (code review 80 AV1)
            text = tr(CONTEXT, "Alertmanager %1, which holds the silence, answered with an error (%2): the change may "
                               "have been made there all the same.")
        else:
            text = tr(CONTEXT, "Alertmanager %1, which holds the silence, did not take the change: %2.")
        lines.append(text.replace("%1", url).replace("%2", describe_error(error, tr)))
    return lines


def answer_lost(error: BaseException | None) -> bool:
    """Whether a change to a silence failed after it was sent, without an answer (``AnswerLost``),
    or whose outcome a look could not settle (``OutcomeUnknown``: taken with an answer that could
    not be read, review 65 T3): it may have been made all the same (review 40 F12). One rule for
    the one-member path and the holders' (review 63 CB3)."""
    return isinstance(error, (AnswerLost, OutcomeUnknown))


def maybe_done(error: BaseException | None) -> bool:
    """Whether a change (an expire, an extension, a silence made: an acknowledgement) that failed
    with ``error`` may have been done all the same: not surely not done
    (``errors.surely_not_done``): a 5xx or another bad response, a lost answer, an unknown
    outcome, on any member (code review 80 AV1: a proxy's 504 after Alertmanager made the
    expire). False for None (no failure). The one rule of every window and of the command line
    choosing between "may have been done" and "nothing changed" (``change_outcome``)."""
    return error is not None and not surely_not_done(error)


#: The changes ``change_outcome`` words.
CHANGES = ("expire", "extend", "acknowledge")


def change_outcome(change: str, subject: str, error: BaseException, tr: Translate, said: str | None = None) -> str:
    """The one wording of a failed change (``change``, one of ``CHANGES``) of ``subject`` (a
    silence's ID or its first 8 characters; an alert's name for "acknowledge") that failed with
    ``error``, in ``tr``'s language: when it may have been done (``maybe_done``), "Silence ID may
    have been expired all the same (Alertmanager answered server error — HTTP 504): the next
    poll will tell."; else "Silence ID was not expired: reason. Nothing changed." ("APIDown was
    not acknowledged: nothing was silenced. Reason"). ``said``: the
    reason as the caller words it (``failure_text``), else ``connect.describe_error`` of the
    error (an ``OutcomeUnknown``'s first failure). Every window (alerts, End shift, incident)
    and the command line say it so (code review 80 AV1, follow-up: a 504 was "failed" in the
    windows though its ask was kept)."""
    first = getattr(error, "first", error)  # an OutcomeUnknown's failure (review 65 T3)
    if said is None:
        said = describe_error(first, tr) if isinstance(first, AlertmanagerError) else str(first)
    if not maybe_done(error):
        text = {"expire": tr(CONTEXT, "Silence %1 was not expired: %2. Nothing changed."),
                "extend": tr(CONTEXT, "Silence %1 was not extended: %2. Nothing changed."),
                "acknowledge": tr(CONTEXT, "%1 was not acknowledged: nothing was silenced. %2")}[change]
        if change == "acknowledge":  # a sentence after the full stop (review 19: ". no answer")
            said = said[:1].upper() + said[1:]
        return text.replace("%1", subject).replace("%2", said)
    if getattr(first, "status", None) is not None:
        said = tr(CONTEXT, "Alertmanager answered %1").replace("%1", said)
    text = {"expire": tr(CONTEXT, "Silence %1 may have been expired all the same (%2): the next poll will tell."),
            "extend": tr(CONTEXT, "Silence %1 may have been extended all the same (%2): the next poll will tell."),
            "acknowledge": tr(CONTEXT, "%1 may have been acknowledged all the same (%2): the next poll will "
                                       "tell.")}[change]
    return text.replace("%1", subject).replace("%2", said)


def refused(error: BaseException | None) -> bool:
    """Whether a change to a silence surely was not made: it failed (``error``) so that it was
    surely not done on any member (``errors.surely_not_done``: refused, or never sent; not after a
    5xx, a lost answer, an unknown outcome, each member's failure and each failure's chain
    counting), so that its ask may be withdrawn (code review 79 AT7: an expire refused still
    counted as the app's own). One rule with the tray's action worker (code review 80 AV1: a
    proxy's 504 withdrew the ask of an expire Alertmanager then made: "ended outside
    oncall-tray" for the engineer's own)."""
    return error is not None and surely_not_done(error)


def holder_down(urls: Sequence[str], tr: Translate) -> str:
    """Why a silence that only members not answering hold (``urls``; as last seen) cannot be
    expired or extended now: the change would reach no member that holds it."""
    text = tr(CONTEXT, "Held by Alertmanager %1, which does not answer: it can be expired or extended once it "
                       "answers again.") if len(urls) == 1 else tr(
        CONTEXT, "Held by Alertmanagers %1, which do not answer: it can be expired or extended once they answer "
                 "again.")
    return text.replace("%1", ", ".join(urls))


#: One alert a new silence cannot reach: (its fingerprint, its holders not answering (base URLs),
#: True when no holder of it answers: it is silenced nowhere).
Left = tuple[str, tuple[str, ...], bool]


def where_held(fingerprints: Iterable[str], holders: Mapping[str, Sequence[str]],
               down: Collection[str]) -> tuple[tuple[str, ...], list[Left]]:
    """Where a new silence of the alerts ``fingerprints`` goes when the members are not one
    cluster (a silence stays on the member it is made on): the members answering that hold any
    of them, in ``holders``' order (``PollResult.holders``: fingerprint -> base URLs); and each
    alert with holders in ``down`` (base URLs of the members not answering), whom the silence
    does not reach (``Left``). One rule for an acknowledgement and the Silence dialog's silence
    (review 61 X8: a silence of an alert only a member down held was made on the first that
    answered, where it muted nothing). Both empty when ``holders`` is (one cluster)."""
    up: dict[str, None] = {}
    left: list[Left] = []
    for fp in dict.fromkeys(fingerprints):
        held = tuple(holders.get(fp, ()))
        answering = [url for url in held if url not in down]
        up.update(dict.fromkeys(answering))
        missing = tuple(url for url in held if url in down)
        if missing:
            left.append((fp, missing, not answering))
    return tuple(up), left


def held_down(left: Sequence[tuple[str, Sequence[str], bool]], tr: Translate) -> list[str]:
    """One line per alert a new silence does not reach (``left``: each alert's name as shown,
    its holders not answering and whether no holder answers, as ``where_held``'s ``Left``):
    "QueueLag (a:1) is held only by Alertmanager URL, which does not answer." or "… is held by
    Alertmanager URL too, which does not answer." (then it is silenced where it answers)."""
    lines = []
    for name, urls, only in left:
        if only:
            text = tr(CONTEXT, "%1 is held only by Alertmanager %2, which does not answer.") if len(urls) == 1 else \
                tr(CONTEXT, "%1 is held only by Alertmanagers %2, which do not answer.")
        else:
            text = tr(CONTEXT, "%1 is held by Alertmanager %2 too, which does not answer: not silenced there.") \
                if len(urls) == 1 else \
                tr(CONTEXT, "%1 is held by Alertmanagers %2 too, which do not answer: not silenced there.")
        lines.append(text.replace("%1", name).replace("%2", ", ".join(urls)))
    return lines


def nothing_sent(left: Sequence[tuple[str, Sequence[str], bool]], tr: Translate) -> str:
    """Why a new silence whose every alert only members not answering hold is not sent (members
    not one cluster; ``held_down``'s lines follow), lower case after the dialog's "Not created: "."""
    return "\n".join([tr(CONTEXT, "these Alertmanagers are not one cluster, and a silence made on one that answers "
                                   "would not mute an alert where another holds it. Nothing was sent; silence it once "
                                   "its Alertmanager answers again."), *held_down(left, tr)])


def not_reached(left: Sequence[tuple[str, Sequence[str], bool]], tr: Translate) -> str:
    """What a new silence made on the members answering did not reach (``left`` as
    ``held_down``'s): a sentence, then one line per alert."""
    return "\n".join([tr(CONTEXT, "These Alertmanagers are not one cluster: a silence stays where it is made. "
                                   "These alerts it matches are not silenced where they are:"), *held_down(left, tr)])
