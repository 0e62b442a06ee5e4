"""Decoding ``GET /api/v2/silences`` silence by silence (no Qt): the alerts' rule
(``alert_decoding``) for silences. A silence that is not of the API's shape (a proxy or a fork
that changed one field: ``"comment": null``, a missing ``createdBy``) is set aside with its reason
in ``SilenceList.unreadable``, and the others are kept: one odd silence no longer fails the whole
answer, and with it the whole poll (review 65 T10: the tray went grey "unreachable", and every
command said "Alertmanager unreachable or refused"). Only an answer none of whose elements is a
silence fails whole."""

from __future__ import annotations

import msgspec

from .alert_decoding import ELEMENTS, fields_of, placed, unreadable_line
from .models import Silence

_SILENCES = msgspec.json.Decoder(list[Silence])
_SILENCE = msgspec.json.Decoder(Silence)


class SilenceList(list):
    """The ``Silence`` objects of one answer, in its order (a ``list``), with

    Attributes:
        unreadable: one line per element that is not a silence of the API's shape, in the
            answer's order, worded as ``AlertList.unreadable``'s: its name (its ``id``, else "#N",
            N counted from 1), then the decoder's reason with the element's place in the answer
            ("6b8a…: JSON of the wrong shape: Expected `str`, got `null` - at `$[1].comment`";
            ``reasons.unreadable_text(..., silences=True)`` says it in the engineer's language).
    """

    unreadable: tuple[str, ...] = ()


def _name(element: msgspec.Raw, index: int) -> str:
    """What to call an element that is not a silence: its ``id``, else "#N" (its place, from 1)."""
    silence_id = fields_of(element).get("id")
    return silence_id.strip()[:80] if isinstance(silence_id, str) and silence_id.strip() else f"#{index + 1}"


class SilenceDecoder:
    """Decodes a ``GET /api/v2/silences`` answer: ``decode(body) -> SilenceList``, with the
    interface of ``msgspec.json.Decoder.decode``: raises ``msgspec.DecodeError`` (not JSON) and
    ``msgspec.ValidationError`` (not an array, or none of its elements a silence). Stateless."""

    @staticmethod
    def decode(body: bytes) -> SilenceList:
        """The silences of ``body`` (a JSON array of GettableSilences), in its order, less those
        not of the API's shape (``SilenceList.unreadable``)."""
        try:
            return SilenceList(_SILENCES.decode(body))
        except msgspec.ValidationError:  # not an array, or one element not a silence: find which
            elements = ELEMENTS.decode(body)
        silences, reasons, lines = SilenceList(), [], []
        for index, element in enumerate(elements):
            try:
                silences.append(_SILENCE.decode(element))
            except msgspec.ValidationError as exc:
                reasons.append(placed(str(exc), index))
                lines.append(unreadable_line(_name(element, index), reasons[-1]))
        if not silences:  # nothing here is a silence
            raise msgspec.ValidationError(reasons[0])
        silences.unreadable = tuple(lines)
        return silences
