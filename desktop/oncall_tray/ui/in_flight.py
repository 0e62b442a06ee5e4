"""The alerts whose silence is on its way to Alertmanager, for the alerts window to say so
(review 56 M16: on a slow Alertmanager an acknowledgement showed nothing but a greyed button for
half a minute). No widgets; GUI thread only (``AlertActions`` owns one).

A mark is put when the request is sent (``sent``). It goes when the answer comes (``answered``)
if the request failed: the row reads what it read before, the error is said as before. If
Alertmanager accepted it, the mark stays until a poll shows the new silence (``after_poll``),
which ``AlertActions.on_action`` asks for at once: the poll that was running when the answer
came may not show it yet. It also goes when the alert no longer fires, and after the second
poll with alerts since the answer even if neither listed the silence (expired meanwhile by
someone else): a mark that never goes would be a lie of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..watch import PollResult

#: What is on its way: an acknowledgement (*Acknowledge*, from anywhere), or a silence from
#: the Silence dialog of the alert.
ACKNOWLEDGING, SILENCING = "acknowledging", "silencing"
#: Polls with alerts after a successful answer that the mark outlives at most.
POLLS_KEPT = 2


class InFlight:
    """Alerts marked while their silence is on its way.

    Args:
        changed: called with ``marks()`` after each change (to show them).
    """

    def __init__(self, changed: Callable[[Mapping[str, str]], None]) -> None:
        self._changed = changed
        self._sent: dict[str, tuple[str, str]] = {}  # tag -> (fingerprint, kind): no answer yet
        self._made: dict[str, tuple[str, str, int]] = {}  # fingerprint -> (kind, silence ID, polls left)

    def marks(self) -> dict[str, str]:
        """Fingerprint -> ``ACKNOWLEDGING`` or ``SILENCING``, for every alert marked now."""
        marks = {fp: kind for fp, (kind, _id, _left) in self._made.items()}
        marks.update(self._sent.values())
        return marks

    def sent(self, tag: str, fingerprint: str, kind: str) -> None:
        """The request ``tag`` (``Actions``' tag) for a silence of the alert ``fingerprint`` is on
        its way (``kind``: ``ACKNOWLEDGING`` or ``SILENCING``)."""
        self._sent[tag] = (fingerprint, kind)
        self._changed(self.marks())

    def answered(self, tag: str, silence_id: str, ok: bool) -> None:
        """Alertmanager's answer to ``tag`` came (``ok``: the silence ``silence_id`` exists); an
        unknown tag changes nothing."""
        fingerprint, kind = self._sent.pop(tag, ("", ""))
        if not fingerprint:
            return
        if ok:
            self._made[fingerprint] = (kind, silence_id, POLLS_KEPT)
        self._changed(self.marks())

    def after_poll(self, result: PollResult) -> None:
        """A poll came: the marks it shows done (the silence listed, the alert resolved) go, and
        those it has outlived ``POLLS_KEPT`` times."""
        if result.update is None or not self._made:
            return
        alerts, before = result.update.snapshot.alerts, dict(self._made)
        for fingerprint, (kind, silence_id, left) in before.items():
            if silence_id in result.silences or fingerprint not in alerts or left <= 1:
                del self._made[fingerprint]
            else:
                self._made[fingerprint] = (kind, silence_id, left - 1)
        if self._made.keys() != before.keys():
            self._changed(self.marks())
