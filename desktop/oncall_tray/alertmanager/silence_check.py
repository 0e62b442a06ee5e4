"""After a silence's POST (new, or a change) failed in a way that may have reached Alertmanager,
find out whether Alertmanager made it anyway (no Qt).

A ``POST /api/v2/silences`` that timed out, or whose connection was lost after sending, may
have been carried out: an Alertmanager paused (a laptop asleep, a VPN stalling, SIGSTOP) reads
the request later and creates the silence, and sending it again makes a duplicate. So before
anything is said, Alertmanager is asked (``GET /api/v2/silences``) for an active or pending
silence made from exactly this draft: found, it was created; not found, it was not; no answer,
nobody can tell (``OutcomeUnknown``). A refused connection or an unknown host name sent
nothing and is not checked.

A POST answered 2xx whose body is not ``{"silenceID": …}`` (a proxy that rewrites or drops the
body, ``OK`` as text: review 65 T3) was taken: the silence is looked up alike, and one not found
may have been made all the same (``OutcomeUnknown`` without a failed look), never "not made"; so
may a POST a proxy answered 504 (its own time ran out while Alertmanager worked on: code review
82A AY8), which therefore is not sent to the cluster's next member.

``AlertmanagerClient.create_silence`` and ``update_silence`` do this (``settle``), so the tray (in
its action thread) and the command line share it.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from .errors import AlertmanagerError, AnswerLost, BadResponse, OutcomeUnknown
from .models import Matcher, PostableSilence, Silence

if TYPE_CHECKING:
    from .client import AlertmanagerClient

log = logging.getLogger(__name__)

#: How long before the POST a silence may have been written and still be the one sent (its
#: ``updatedAt`` is Alertmanager's clock, which may differ a little from this machine's).
RECENT = dt.timedelta(minutes=5)
#: Alertmanager keeps times to the millisecond: the end read back is the one sent within this.
SAME_END = dt.timedelta(seconds=1)
#: Looks at the silences after an uncertain failure. A later look sees a POST that a resumed
#: Alertmanager read just before or with the first one; on a loaded machine it answered the
#: first looks before it handled the POST (a flaky test), so they are LOOK_WAIT_S, then twice
#: that, apart.
LOOKS = 3
LOOK_WAIT_S = 0.5


def taken(error: AlertmanagerError) -> bool:
    """True when the request was accepted (HTTP 2xx) and only its answer could not be read."""
    return isinstance(error, BadResponse) and error.status is not None and 200 <= error.status < 300


def may_have_been_done(error: AlertmanagerError) -> bool:
    """True when the failed request may still have been carried out: it was sent and no answer
    came (``AnswerLost``), a proxy gave up waiting for Alertmanager (HTTP 504), or it was taken
    and its answer is unreadable (``taken``). One rule for every silence's POST, new or changed,
    of the command line and the tray."""
    return isinstance(error, AnswerLost) or (isinstance(error, BadResponse) and error.status == 504) or taken(error)


def settle(client: AlertmanagerClient, draft: PostableSilence, failure: AlertmanagerError,
           sent_at: dt.datetime) -> str:
    """What became of ``draft``, whose POST (sent at ``sent_at``, aware UTC) to ``client`` failed
    with ``failure``: the ID of the silence Alertmanager made from it (``find_created``).

    Raises:
        AlertmanagerError: ``failure`` itself when it cannot have been done, or when it got no
            answer and the look found no such silence (it was not made). OutcomeUnknown: the look
            got no answer either (``check`` its failure); or the POST was ``taken``, or answered
            504 (a proxy whose own time ran out while Alertmanager worked on), and the look found
            no such silence: it may have been made yet (``check`` None), and is never sent to
            another member of the cluster (code review 82A AY8: two silences for one
            acknowledgement).
    """
    if not may_have_been_done(failure):
        raise failure
    found = find_created(client, draft, failure, sent_at)
    if found is not None:
        return found
    if not isinstance(failure, AnswerLost):  # taken, or a proxy's 504: Alertmanager may make it yet
        raise OutcomeUnknown(failure, None) from failure
    raise failure


def _key(matcher: Matcher) -> tuple[str, str, bool, bool]:
    return matcher.name, matcher.value, matcher.is_regex, matcher.is_equal


def made_from(silence: Silence, draft: PostableSilence, sent_at: dt.datetime) -> bool:
    """Whether ``silence`` is the one Alertmanager made from ``draft``, sent at ``sent_at``:
    active or pending, exactly the same matchers (in any order), author and comment, the same
    end (to the second), and written at most ``RECENT`` before ``sent_at``."""
    return (silence.status.state in ("active", "pending")
            and sorted(map(_key, silence.matchers)) == sorted(map(_key, draft.matchers))
            and silence.created_by == draft.created_by and silence.comment == draft.comment
            and silence.ends_at is not None and abs(silence.ends_at - draft.ends_at) <= SAME_END
            and silence.updated_at is not None and silence.updated_at >= sent_at - RECENT)


def find_created(client: AlertmanagerClient, draft: PostableSilence, failure: AlertmanagerError,
                 sent_at: dt.datetime) -> str | None:
    """Ask ``client``'s Alertmanager whether it made ``draft`` (new, or a change: ``made_from``)
    although its POST failed with ``failure`` (an uncertain one: ``may_have_been_done``).

    Returns:
        the ID of the silence it created, or None when it answered and holds no such silence
        (it was not created).
    Raises:
        OutcomeUnknown: Alertmanager could not be asked either; whether the silence exists is
            unknown.
    """
    import tenacity  # the error path only

    log.warning("no answer (or none readable) to a silence from %s (%s); asking it whether the silence was created",
                client.base_url, failure.describe(), extra={"silence_check": "asking"})

    def look() -> str | None:
        try:
            silences = client.silences()
        except AlertmanagerError as exc:
            log.warning("cannot tell whether the silence was created: %s", exc.describe())
            raise OutcomeUnknown(failure, exc) from failure
        return next((s.id for s in silences if made_from(s, draft, sent_at)), None)

    found = tenacity.Retrying(stop=tenacity.stop_after_attempt(LOOKS),
                              wait=tenacity.wait_exponential(multiplier=LOOK_WAIT_S, min=LOOK_WAIT_S),
                              retry=tenacity.retry_if_result(lambda result: result is None),
                              retry_error_callback=lambda _state: None, reraise=True)(look)
    if found is None:
        log.info("the silence was not created")
    else:
        log.warning("the silence was created after all: %s", found)
    return found
