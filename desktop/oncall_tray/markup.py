"""Escaping text for the HTML subset of Qt's rich text and of notification daemons' markup
(no Qt)."""

from __future__ import annotations

from .terminal_text import visible

_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str, quote: bool = True) -> str:
    """``text`` with ``& < >`` (and, with ``quote``, both quotes) as character references, as
    ``html.escape`` gives it: safe inside an element and, with ``quote``, inside an attribute;
    and with every control character but tab and newline shown as an escape (``\\u202e``,
    ``\\u001b``: ``terminal_text.visible``), as the command line shows it. Text from Alertmanager
    is anyone's: a right-to-left override obeyed showed a summary reversed (review 59 U3). A
    link's address gets the same: an address may not hold such a character (RFC 3987, 4.1).

    Not ``html.escape`` itself: importing ``html`` loads its table of 2,231 named character
    references (``html.entities``), about 0.6 MB in a tray that only ever escapes (memory
    target, issue 2). ``tests/test_markup.py`` checks it against ``html.escape``."""
    return visible(text, multiline=True).translate(_ATTRIBUTE if quote else _TEXT)
