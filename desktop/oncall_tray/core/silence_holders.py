"""What is said of a change to a silence sent to the Alertmanagers that hold it (members that
are not one cluster: ``alertmanager.holders``), in the command line's and the tray's words alike
(no Qt): where it was made, which member did not take it and why, and why a silence that only
a member not answering holds cannot be changed now."""

from __future__ import annotations

from collections.abc import Sequence

from ..i18n import Translate

CONTEXT = "silence_holders"


def made_where(urls: Sequence[str], tr: Translate) -> str:
    """"On Alertmanager URL, which holds the silence: …" (``urls``: the members the change was
    made on, base URLs)."""
    text = tr(CONTEXT, "On Alertmanager %1, which holds the silence: these Alertmanagers are not one cluster, a "
                       "silence lives on the one it was made on.") if len(urls) == 1 else tr(
        CONTEXT, "On Alertmanagers %1, which hold the silence: these Alertmanagers are not one cluster, a silence "
                 "lives on the one it was made on.")
    return text.replace("%1", ", ".join(urls))


def not_taken(missed: Sequence[tuple[str, str]], tr: Translate) -> list[str]:
    """One line per member that did not take the change, "Alertmanager URL, which holds the
    silence, did not take the change: reason" (``missed``: each member's base URL and its
    error in words, ``connect.describe_error``)."""
    return [tr(CONTEXT, "Alertmanager %1, which holds the silence, did not take the change: %2.").replace(
        "%1", url).replace("%2", reason) for url, reason in missed]


def holder_down(urls: Sequence[str], tr: Translate) -> str:
    """Why a silence that only members not answering hold (``urls``; as last seen) cannot be
    expired or extended now: the change would reach no member that holds it."""
    text = tr(CONTEXT, "Held by Alertmanager %1, which does not answer: it can be expired or extended once it "
                       "answers again.") if len(urls) == 1 else tr(
        CONTEXT, "Held by Alertmanagers %1, which do not answer: it can be expired or extended once they answer "
                 "again.")
    return text.replace("%1", ", ".join(urls))
