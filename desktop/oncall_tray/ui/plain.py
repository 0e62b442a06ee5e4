"""Text from Alertmanager shown where Qt guesses rich text (tooltips): escaped first."""

from __future__ import annotations

from ..markup import escape


def plain_rich_text(text: str) -> str:
    """``text`` wrapped so that Qt shows it literally where it would guess rich text
    (tooltips): escaped, line breaks kept."""
    return "<qt>" + escape(text).replace("\n", "<br>") + "</qt>"
