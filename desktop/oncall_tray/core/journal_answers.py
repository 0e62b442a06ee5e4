"""Who answered the polls the shift journal recorded, so that one Alertmanager read through
another URL is not another one (no Qt; note 44 "Left", review 75 BD1/BD2).

The journal tells the Alertmanager it follows by its members' URLs (``journal_aside.identities``).
A proxy in front of it (nginx, an SSH tunnel on another port) is another URL for the same one:
moving the settings there set everything aside and the handoff said "Alertmanager http://am:9093
not watched since 18:25 (another one is watched)". Its answers tell it, by the rule of
``alertmanager.aliases``: the same peer ID (``answer_identity``); or, clustering off, the same
start, version and configuration and a silence in common (silence IDs are UUIDs made by one
Alertmanager: two started in the same millisecond with one configuration, two containers of
one compose file, list none in common; ``aliases.same_lists``). ``record_poll`` keeps the
answers per member under ``ANSWERS``, with the other URLs it was followed under (``known_as``);
what is set aside of an Alertmanager keeps them too (``"answers"``, ``"known_as"``), and a
``WATCHING_MOVED`` event says the other URLs of the one left and of the one watched
(``from_also``, ``to_also``), for the handoff. A journal written before keeps none: its URLs
decide, as they did.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from ..config_urls import unscoped, url_identity
from .journal_schema import dumps, loads, ts

#: The ``state`` row: a JSON object, {"members": member URL identity (``config_urls.url_identity``)
#: -> who answered there last (``aliases.answer_identity``), "known_as": the identities
#: (``journal_aside.identities``) it was followed under before} of the Alertmanager the journal follows.
ANSWERS = ("journal", "alertmanager_answers")
PEER = "peer "  # an answer that is a peer ID (``aliases.answer_identity``): one Alertmanager's alone


def answers_kept(conn) -> tuple[dict[str, str], list[str]]:
    """The answers kept of the Alertmanager the journal follows (``ANSWERS``' "members") and the
    other identities it was followed under ("known_as"); empty when none (a journal written
    before, nothing answered with a status, or a value edited by hand)."""
    row = conn.execute("SELECT value FROM state WHERE scope = ? AND key = ?", ANSWERS).fetchone()
    value = loads(row[0]) if row else None
    value = value if isinstance(value, dict) else {}
    members = value.get("members")
    members = {str(k): str(v) for k, v in members.items() if v} if isinstance(members, dict) else {}
    return members, sorted(texts(value.get("known_as")))


def by_member(answers: Mapping[str, str] | None) -> dict[str, str]:
    """``answers`` (a member's URL, scoped or not -> who answered) by member URL identity,
    those that tell nothing ("") left out."""
    return {url_identity(unscoped(url)): who for url, who in (answers or {}).items() if who}


def keep_answers(tx, answers: Mapping[str, str], known_as: Iterable[str] | None, replace: bool = False) -> None:
    """Keep ``answers`` (``by_member``'s) in ``tx`` (a ``journal.Tx``) as those of the
    Alertmanager the journal follows, with those kept of its other members (``replace``: alone,
    the journal moved to another Alertmanager), and ``known_as`` as the other identities it
    was followed under (None: those kept stay)."""
    kept, known = answers_kept(tx.conn)
    new = dict(answers) if replace else {**kept, **answers}
    also = known if known_as is None else sorted(set(known_as))
    if (new, also) == (kept, known):
        return
    if new or also:
        tx.conn.execute("INSERT OR REPLACE INTO state (scope, key, value, updated_at) VALUES (?, ?, ?, ?)",
                        (*ANSWERS, dumps({"members": new, "known_as": also}), ts(tx.now)))
    else:
        tx.conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", ANSWERS)


def one_by_answers(theirs: object, mine: Iterable[str], listed_there: Collection[str],
                   listed_here: Collection[str]) -> bool:
    """Whether two answers name one Alertmanager (``theirs``: kept, a list of texts, anything
    else none; ``mine``: this poll's): a peer ID in common; or a start, version and
    configuration in common and a silence ID too (``listed_there``, ``listed_here``)."""
    common = texts(theirs) & texts(list(mine))
    return any(a.startswith(PEER) for a in common) or (bool(common) and bool(set(listed_there) & set(listed_here)))


def as_now(stored: object, current: list[str], same: bool) -> object:
    """``stored`` (identities a journal recorded: ``journal_aside.identities``' list) read as
    ``current``'s members, with its own scope, when the two name no member in common but are
    one Alertmanager by their answers (``same``: ``one_by_answers``): one Alertmanager read
    through another URL. Else ``stored`` as it is."""
    if not same or not isinstance(stored, list) or not stored or not current:
        return stored
    if {unscoped(str(i)) for i in stored} & {unscoped(i) for i in current}:
        return stored
    scope = str(stored[0]).partition("?")[2]
    return sorted({unscoped(i) + (f"?{scope}" if scope else "") for i in current})


@dataclass(frozen=True)
class Heard:
    """What a poll says of the Alertmanager that answered it, to tell it from another.

    Attributes:
        answers: who answered, one text per member (``aliases.answer_identity``).
        listed: the IDs of the silences it listed.
    """

    answers: tuple[str, ...] = ()
    listed: frozenset[str] = frozenset()

    def same_as(self, answers: object, listed: Collection[str]) -> bool:
        """Whether the Alertmanager that gave ``answers`` (as kept: a list of texts) and listed
        the silences ``listed`` (their IDs) is this one (``one_by_answers``)."""
        return one_by_answers(answers, self.answers, listed, self.listed)


def texts(answers: object) -> set[str]:
    """The texts of ``answers``, as a set (a list of texts, as the journal keeps them; anything
    else, a journal edited by hand: none)."""
    return {a for a in answers if a and isinstance(a, str)} if isinstance(answers, list) else set()
