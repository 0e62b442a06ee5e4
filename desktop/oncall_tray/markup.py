"""Escaping text for the HTML subset of Qt's rich text and of notification daemons' markup
(no Qt)."""

from __future__ import annotations

_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str, quote: bool = True) -> str:
    """``text`` with ``& < >`` (and, with ``quote``, both quotes) as character references, as
    ``html.escape`` gives it: safe inside an element and, with ``quote``, inside an attribute.

    Not ``html.escape`` itself: importing ``html`` loads its table of 2,231 named character
    references (``html.entities``), about 0.6 MB in a tray that only ever escapes (memory
    target, issue 2). ``tests/test_markup.py`` checks it against ``html.escape``."""
    return text.translate(_ATTRIBUTE if quote else _TEXT)
