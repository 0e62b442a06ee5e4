"""The end report's pending items (guide: "Pendências para Próximo Turno"): the suggestions,
which follow the journal and Alertmanager until the handoff, and the engineer's own items,
kept apart in the shift's draft (no Qt, no I/O).

The two never freeze each other (review 18): an item typed by the engineer does not turn the
suggestions into text (which would then keep "Follow up APIDown (still firing)" after it
resolved, miss the alerts that fired later, and stay in the language of the moment); a
suggestion the engineer does not want handed over is *dismissed* by its key, so it stays out
in any language, and comes back if the draft forgets it, or once its situation changes (review 57
S7: "Follow up DiskFull", unticked while it was acknowledged, stayed out after the acknowledgement
ran out, the alert firing unacknowledged). The list handed over is fixed in the
handoff's Markdown, when the shift ends.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

#: Draft key (shift scope): the engineer's own pending items, one per line, as typed in the
#: end window or given with ``handoff end --pending``.
PENDING = "pending"
#: Draft key of items the command line added before this split (read, merged into ``PENDING``).
PENDING_ADDED = "pending_added"
#: Draft key: the ``Suggestion.dismissal`` of each suggestion the engineer left out, one per line.
PENDING_DISMISSED = "pending_dismissed"


@dataclass(frozen=True)
class Suggestion:
    """One suggested pending item.

    Attributes:
        key: what it is about, the same in every language and from one report to the next:
            "incident:<fingerprint>" (a fold's: its first incident's), "acknowledge:<fingerprint>", "more-firing",
            "post-mortem:<incident id>:<reminder key>", "carried:<digest of the item>"
            (``carried_key``).
        text: the item, in the report's language.
        item: for an item carried from the previous handoff, the item as typed ("" otherwise).
        origin: for such an item, the engineer who typed it first (who handed it over).
        situation: what the item says of its alert, the same in every language, zone and
            day (the item in English, its times in UTC, ``handoff_firing.situation_time``):
            leaving it out holds while it says the same ("" for an item whose words do not
            change). Review 66 S2: a situation holding a local time ("firing since 22:57") made
            a left-out item come back, ticked, when the ``timezone`` setting changed.
        former: the situation as versions before review 66 wrote it (English, times in the zone
            and day of the moment), whose digest the dismissals they kept hold ("" none):
            leaving out by it still holds (``left_out``).
        members: for an item standing for the incidents of one act ("Follow up PodCrashLooping
            ×250 (…)", ``handoff_folded``), each incident's own item (its key, its situation),
            two or more; () for an item of its own. Such an item is left out while each of them
            is, and leaving it out leaves out each of them (code review 72 AH2: keyed by its first
            incident, a left-out fold came back when that one pod recovered, and one pod's own
            item left out hid the fold it joined).
    """

    key: str
    text: str
    item: str = ""
    origin: str = ""
    situation: str = ""
    former: str = ""
    members: tuple[Suggestion, ...] = ()

    @property
    def dismissal(self) -> str:
        """What the draft keeps when it is left out (``PENDING_DISMISSED``, one per line):
        ``dismissal_keys``, one per line."""
        return "\n".join(sorted(self.dismissal_keys))

    @property
    def dismissal_keys(self) -> frozenset[str]:
        """The keys the draft keeps when it is left out: its key, and a digest of its situation
        after "#" when it has one; each member's for a fold."""
        if self.members:
            return frozenset(key for member in self.members for key in member.dismissal_keys)
        return frozenset({self._keyed(self.situation)})

    @property
    def dismissals(self) -> frozenset[str]:
        """Every key that leaves it out (or a member of it): ``dismissal_keys``, and the one
        earlier versions kept (``former``)."""
        if self.members:
            return frozenset(key for member in self.members for key in member.dismissals)
        return self.dismissal_keys | ({self._keyed(self.former)} if self.former else set())

    def left_out(self, dismissed: frozenset[str] | set[str]) -> bool:
        """Whether ``dismissed`` (the draft's ``PENDING_DISMISSED`` keys) leaves it out: a fold,
        once it leaves out each of its ``members``."""
        if self.members:
            return all(member.left_out(dismissed) for member in self.members)
        return not self.dismissals.isdisjoint(dismissed)

    def _keyed(self, situation: str) -> str:
        if not situation:
            return self.key
        return f"{self.key}#{hashlib.sha256(situation.encode('utf-8')).hexdigest()[:12]}"


def folded(text: str, members: Sequence[Suggestion]) -> Suggestion:
    """One item saying ``text`` for ``members`` (the own items of the incidents of one act, the
    first standing for them; at least one): with its key, left out while each of them is
    (``Suggestion.members``); the one member itself, saying ``text``, when alone."""
    if len(members) == 1:
        return dataclasses.replace(members[0], text=text)
    return Suggestion(members[0].key, text, members=tuple(members))


def carried_key(item: str) -> str:
    """The ``Suggestion.key`` of an item carried from a handoff: the same for the same words in
    every shift it goes on to, so that dismissing it holds, and it is never listed twice."""
    return "carried:" + hashlib.sha256(item.encode("utf-8")).hexdigest()[:16]


def handed_over(suggestions: Sequence[Suggestion], dismissed: frozenset[str] | set[str], own: Sequence[str],
                engineer: str) -> list[dict[str, str]]:
    """The engineer's own items handed over, as the handoff records them for the next shift
    (``shifts.end_shift``'s ``pending``): the carried items kept (not dismissed), with who
    typed them first, then the items typed in this shift, by ``engineer``; each text once.
    Each is ``{"text": item, "from": name}``."""
    items: dict[str, str] = {}
    for suggestion in suggestions:
        if suggestion.item and not suggestion.left_out(dismissed):
            items.setdefault(suggestion.item, suggestion.origin)
    for item in own:
        items.setdefault(item, engineer)
    return [{"text": text, "from": origin} for text, origin in items.items()]


def split_items(text: str) -> list[str]:
    """Non-blank lines of a text box, trimmed, list markers ("- ", "- [ ] ", "* ") removed."""
    items = []
    for line in text.splitlines():
        line = line.strip()
        for marker in ("- [ ]", "- [x]", "- [X]", "-", "*"):
            if line == marker or line.startswith(marker + " "):
                line = line[len(marker):].strip()
                break
        if line:
            items.append(line)
    return items


def own_items(draft: Mapping[str, str]) -> list[str]:
    """The engineer's own items in a shift's ``draft`` (its journal state): ``PENDING``'s, then
    those of ``PENDING_ADDED`` not among them."""
    own = split_items(draft.get(PENDING, ""))
    return own + [item for item in split_items(draft.get(PENDING_ADDED, "")) if item not in own]


def dismissed_keys(draft: Mapping[str, str]) -> frozenset[str]:
    """The keys of the suggestions left out, from a shift's ``draft``."""
    return frozenset(split_items(draft.get(PENDING_DISMISSED, "")))


def left_out_keys(suggestions: Sequence[Suggestion], dismissed: frozenset[str] | set[str]) -> frozenset[str]:
    """``dismissed`` with the ``dismissal`` of each suggestion it leaves out by a key of earlier
    versions (``Suggestion.former``): the keys the end window's ticks follow."""
    return frozenset(dismissed).union(*(s.dismissal_keys for s in suggestions if s.left_out(dismissed)))


def pending_items(suggestions: Sequence[Suggestion], dismissed: frozenset[str] | set[str],
                  own: Sequence[str]) -> list[str]:
    """The list handed over: the suggestions not dismissed, then the engineer's own items, each
    once (an own item that repeats a suggestion's text, as drafts kept before the split hold
    them, or an item carried from the previous handoff, is not listed twice)."""
    kept = [s for s in suggestions if not s.left_out(dismissed)]
    items = [s.text for s in kept]
    carried = {s.item for s in kept if s.item}  # typed again as one's own: listed once
    return items + [item for item in own if item not in items and item not in carried]
