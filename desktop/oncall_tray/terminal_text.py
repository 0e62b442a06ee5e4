"""Text from Alertmanager or Prometheus made safe for a terminal (no Qt).

Alert labels, annotations, silence comments and the like are written by whoever configures the
alerting rules or calls the API; printed raw they could clear the screen, recolour it, set the
window title or reorder the line with bidirectional overrides. The tray's windows show them the
same way (``markup.escape``, ``ui.plain.shown``: review 59 U3, a right-to-left override shown a
summary reversed). Every command's human-readable
output goes through :func:`visible`, which shows each such character escaped instead
(``\\x1b``, ``\\u202e``); ``--json`` output goes through :func:`json_text`, which keeps the
values exact (JSON escapes) while leaving no such character raw.
"""

from __future__ import annotations

import json
import re

#: Unicode's Bidi_Control characters: the Arabic letter mark (U+061C), the left-to-right and
#: right-to-left marks (U+200E, U+200F), embeddings and overrides (U+202A–U+202E) and isolates
#: (U+2066–U+2069): each changes the order in which the text around it is shown.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: Characters that take no room and show nothing: the zero-width space (U+200B), the word
#: joiner and invisible operators (U+2060–U+2064), the zero-width no-break space (U+FEFF). A
#: value holding one read as nothing, as a space or as dropped, never as itself (review 60 V3).
_ZERO_WIDTH = "\u200b\u2060-\u2064\ufeff"
#: The zero-width non-joiner and joiner (U+200C, U+200D): shown as escapes too, unless between
#: two characters past ASCII, where they join an emoji (👩‍💻) or shape a script's word.
_JOINER = (f"(?<![^\\x00-\\x7f\\s{_BIDI}{_ZERO_WIDTH}\u200c\u200d])[\u200c\u200d]"
           f"|[\u200c\u200d](?![^\\x00-\\x7f\\s{_BIDI}{_ZERO_WIDTH}\u200c\u200d])")
#: Everything a terminal may act on: C0 (tab and newline kept), DEL, C1, bidi controls; and
#: what would show nothing where it stands (zero-width characters, a joiner out of place).
_UNSAFE_MULTILINE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}{_ZERO_WIDTH}]|{_JOINER}")
#: The same, tab and newline included: for a value shown inside one line.
_UNSAFE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}{_ZERO_WIDTH}]|{_JOINER}")
#: Anything outside ASCII (``ascii_json``).
_NON_ASCII = re.compile("[^\x00-\x7f]")
#: What ``json.dumps(..., ensure_ascii=False)`` leaves raw: DEL, C1, bidi controls, zero-width
#: characters (the joiners as ``visible`` shows them).
_UNSAFE_JSON = re.compile(f"[\x7f-\x9f{_BIDI}{_ZERO_WIDTH}]|{_JOINER}")


#: The usual short escapes, the rest as ``\xNN`` / ``\uNNNN``.
_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, multiline: bool = False) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\x07``,
    ``\\u202e``), so that printing it cannot drive the terminal, and every zero-width character
    (``\\u200b``; a joiner unless it joins an emoji or a script's letters) too, so that nothing
    in a value goes unseen (review 60 V3).

    Args:
        text: anything that may come from Alertmanager or Prometheus.
        multiline: keep tab and newline (a text meant to span lines); otherwise they are
            escaped too, so a value cannot break out of its line.
    """
    pattern = _UNSAFE_MULTILINE if multiline else _UNSAFE_LINE
    return pattern.sub(_escaped, text)


def ascii_json(document: str) -> str:
    """A JSON document with every non-ASCII character written as a ``\\uXXXX`` escape (a
    surrogate pair past U+FFFF): the same values once parsed, for an output that cannot encode
    them (``PYTHONIOENCODING=ascii``, a Windows console code page), where the stream's own
    ``\\xNN`` replacement would make the JSON invalid. Such characters can only occur inside
    strings."""
    return _NON_ASCII.sub(lambda m: json.dumps(m.group())[1:-1], document)


def json_text(document: str) -> str:
    """A JSON document (from ``json.dumps(..., ensure_ascii=False)``) with DEL, the C1 controls
    and the bidi controls written as ``\\uXXXX`` escapes: the same values once parsed, nothing a
    terminal acts on (JSON already escapes the C0 controls). Such characters can only occur
    inside strings, so the replacement is always a valid escape."""
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", document)
