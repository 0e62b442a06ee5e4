"""Text from Alertmanager or Prometheus made safe for a terminal (no Qt).

Alert labels, annotations, silence comments and the like are written by whoever configures the
alerting rules or calls the API; printed raw they could clear the screen, recolour it, set the
window title or reorder the line with bidirectional overrides. The tray's windows show them the
same way (``markup.escape``, ``ui.plain.shown``: review 59 U3, a right-to-left override shown a
summary reversed). Every command's human-readable
output goes through :func:`visible`, which shows each such character escaped instead
(``\\u001b``, ``\\u202e``), and so is every character that shows nothing (a zero-width
space, a soft hyphen, tag characters); ``--json`` output goes through :func:`json_text`, which keeps the
values exact (JSON escapes) while leaving no such character raw.
"""

from __future__ import annotations

import json
import re
import unicodedata

#: Characters Unicode calls default-ignorable (``Default_Ignorable_Code_Point``, DerivedCoreProperties.txt:
#: shown as nothing where no font draws them) that are not format characters (Cf), which
#: ``unicodedata`` cannot tell: the combining grapheme joiner (U+034F), the Hangul fillers
#: (U+115F, U+1160, U+3164, U+FFA0), the Khmer inherent vowels (U+17B4, U+17B5), and the code
#: points kept for more of them (U+2065, U+FFF0–U+FFF8, the tag block's unassigned U+E0000–U+E0FFF).
#: The variation selectors, default-ignorable too, are in ``_SELECTORS``.
_IGNORABLE = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u2065\u3164\uffa0\ufff0-\ufff8\U000e0000-\U000e0fff]")
#: The variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF) and Mongolian's free ones
#: (U+180B–U+180D, U+180F): each picks a glyph of the character before it, and shows nothing.
_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef\u180b-\u180d\u180f]")
#: The zero-width non-joiner and joiner.
_JOINERS = "\u200c\u200d"
#: The three emoji tag sequences Unicode recommends for general interchange (UTS #51, RGI): the
#: flags of England, Scotland and Wales, a black flag followed by the tags "gbeng", "gbsct",
#: "gbwls" and the cancel tag. Any other use of tag characters is hidden text.
_RGI_FLAGS = ("\U0001f3f4\U000e0067\U000e0062(?:\U000e0065\U000e006e\U000e0067|\U000e0073\U000e0063\U000e0074"
              "|\U000e0077\U000e006c\U000e0073)\U000e007f")
#: A flag above, or a character that may need a look (the callback decides): everything but
#: printable ASCII, the printable Latin-1 and Latin Extended letters (no soft hyphen), the CJK
#: ideographs and the Hangul syllables, in which no character is invisible.
_CANDIDATE = re.compile(f"{_RGI_FLAGS}|[^\x20-\x7e\xa0-\xac\xae-\u02ff\u4e00-\u9fff\uac00-\ud7a3]")
#: The C0 controls, which JSON escapes itself inside strings (``json_text``).
_C0 = "".join(map(chr, range(0x20)))
#: Anything outside ASCII (``ascii_json``).
_NON_ASCII = re.compile("[^\x00-\x7f]")

#: The usual short escapes, the rest as ``\uNNNN`` / ``\UNNNNNNNN`` (``escape_char``).
_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _selects(selector: str, before: str) -> bool:
    """Whether ``selector`` after ``before`` (one character, or "" at the start) picks a variant
    of it rather than hiding something: one of U+FE00–U+FE0F after a symbol, punctuation, a digit
    or a letter from U+2100 on (emoji or text presentation, keycaps, standardized variants: ⚠️,
    ‼️, 1️⃣, ☁︎, ℹ️); an ideographic one (U+E0100–U+E01EF) after a letter from U+2100 on (a CJK
    ideograph); a Mongolian one after a Mongolian letter. Never after a space, a Latin letter,
    a mark or another selector: a run of selectors after one emoji is how bytes are smuggled."""
    if not before:
        return False
    category = unicodedata.category(before)
    if "\u180b" <= selector <= "\u180f":
        return category[0] == "L" and unicodedata.name(before, "").startswith("MONGOLIAN")
    if category[0] == "L" and before >= "\u2100":
        return True
    return selector <= "\ufe0f" and category[0] in "SPN"


def _joins(before: str, after: str) -> bool:
    """Whether a joiner between ``before`` and ``after`` (one character each, or "" at an end)
    shapes what is shown: inside an emoji sequence (👩‍💻, ❤️‍🔥, 👨🏽‍🦰: a symbol, a presentation
    selector or a skin tone before, a symbol after), between two letters of a right-to-left
    script that joins (Persian می‌خواهم), or after a virama (Indic conjuncts: क्‍ष)."""
    if not before or not after:
        return False
    first, second = unicodedata.category(before), unicodedata.category(after)
    if second[0] == "S" and (first[0] == "S" or before == "\ufe0f"):
        return True
    if unicodedata.combining(before) == 9:
        return second[0] == "L"
    right_to_left = ("AL", "R")
    return (unicodedata.bidirectional(before) in right_to_left
            and unicodedata.bidirectional(after) in right_to_left)


def _hidden(text: str, start: int, keep: str) -> bool:
    """Whether ``text[start]`` (a character matched by ``_CANDIDATE``) shows nothing or drives
    the terminal, so that it must be shown as an escape; ``keep``: control characters let be."""
    char = text[start]
    if char in keep:
        return False
    if char in _JOINERS:
        return not _joins(text[start - 1:start], text[start + 1:start + 2])
    if _SELECTORS.match(char):
        return not _selects(char, text[start - 1:start])
    return unicodedata.category(char) in ("Cc", "Cf", "Cs", "Zl", "Zp") or bool(_IGNORABLE.match(char))


def escape_char(char: str) -> str:
    """One character as the project's one escape notation (review 62 Y11): ``\\t``, ``\\n``,
    ``\\r``, else ``\\u`` and four hex digits (``\\u00ad``, ``\\u001b``), ``\\U`` and eight past
    U+FFFF (``\\U000e0041``): the escapes of Go's string literals (Alertmanager 0.27+ reads
    matcher values with them), Python's, and, below U+10000, JSON's. Matcher values typed to
    ``silence add``, the filter box or the Silence dialog read them back
    (``alertmanager.matchers.parse_matcher``), so what is shown can be typed."""
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


#: An escape as ``escape_char`` writes it: ``\\t``, ``\\n``, ``\\r`` (group 3 the letter), or a
#: code point, ``\\u`` and four hex digits or ``\\U`` and eight naming a Unicode scalar value (no
#: surrogate; group 1 or 2 the digits). The one reader of the notation (``read_escape``).
ESCAPE = re.compile(r"\\(?:u((?![dD][89a-fA-F])[0-9a-fA-F]{4})|U(00(?:0[0-9a-fA-F]|10)[0-9a-fA-F]{4})|([tnr]))")
#: The short escapes read back (``_SHORT`` turned round): "t" -> tab.
_READ_SHORT = {escape[1]: char for char, escape in _SHORT.items()}


def read_escape(match: re.Match[str]) -> str:
    """The character an ``ESCAPE`` match names: a tab, newline or carriage return, or the code
    point. Shared by every reader of the notation: a matcher's value (``parse_matcher``) and an
    edited cell of a window (``read_escapes``; review 63 CB4: the cell read the code points only)."""
    return _READ_SHORT[match[3]] if match[3] else chr(int(match[1] or match[2], 16))


def read_escapes(text: str) -> str:
    """``text`` with each escape of ``escape_char``'s notation (``\\t``, ``\\n``, ``\\r``,
    ``\\u00ad``, ``\\U000e0041``) read as the character it names (``read_escape``), the rest as
    typed (a backslash before anything else stays one): a value typed or edited as the windows
    show it, or copied from ``silence list`` (reviews 62 Y11, 63 CB4)."""
    return ESCAPE.sub(read_escape, text)


def _replace(text: str, keep: str, escape) -> str:
    def replaced(match: re.Match[str]) -> str:
        found = match.group()
        return escape(found) if len(found) == 1 and _hidden(text, match.start(), keep) else found
    return _CANDIDATE.sub(replaced, text)


def visible(text: str, multiline: bool = False) -> str:
    """``text`` with every character that drives a terminal or shows nothing written as an
    escape (``\\u001b``, ``\\u202e``, ``\\U000e0041``: :func:`escape_char`), so that printing it cannot drive the
    terminal and nothing in a value goes unseen (reviews 59 U3, 60 V3): the controls (C0, DEL,
    C1), every format character (Unicode category Cf: bidi controls, zero-width space, soft
    hyphen, word joiner and invisible operators, BOM, tag characters that carry hidden text),
    the line and paragraph separators, lone surrogates, and the rest of Unicode's
    default-ignorable characters (Hangul fillers, the combining grapheme joiner).

    Kept as they are, because they change how the character before them is drawn and an
    escape there would spoil ordinary text: a variation selector that selects (``⚠️``, ``1️⃣``,
    a CJK ideographic variant; not one after a space, a Latin letter or another selector, where
    it only hides a byte); a zero-width joiner inside an emoji ZWJ sequence (``👩‍💻`` shows one
    picture, two with the escape between them, and nothing is hidden: the joined picture is
    what the sender meant), and a joiner or non-joiner between letters of a script they shape
    (Persian, Indic conjuncts); elsewhere, between Latin letters say, a joiner only makes a
    value look like another and is shown as ``\\u200d``; the three subdivision flags of emoji
    (England, Scotland, Wales), the only recommended use of tag characters.

    Args:
        text: anything that may come from Alertmanager or Prometheus.
        multiline: keep tab and newline (a text meant to span lines); otherwise they are
            escaped too, so a value cannot break out of its line.
    """
    return _replace(text, "\t\n" if multiline else "", escape_char)


def ascii_json(document: str) -> str:
    """A JSON document with every non-ASCII character written as a ``\\uXXXX`` escape (a
    surrogate pair past U+FFFF): the same values once parsed, for an output that cannot encode
    them (``PYTHONIOENCODING=ascii``, a Windows console code page), where the stream's own
    ``\\xNN`` replacement would make the JSON invalid. Such characters can only occur inside
    strings."""
    return _NON_ASCII.sub(lambda m: json.dumps(m.group())[1:-1], document)


def json_text(document: str) -> str:
    """A JSON document (from ``json.dumps(..., ensure_ascii=False)``) with every character
    :func:`visible` escapes, bar the C0 controls (JSON already escapes them in strings), written
    as a ``\\uXXXX`` escape (a surrogate pair past U+FFFF): the same values once parsed, nothing
    a terminal acts on or that shows nothing. Such characters can only occur inside strings, so
    the replacement is always a valid escape."""
    return _replace(document, _C0, lambda char: json.dumps(char)[1:-1])
