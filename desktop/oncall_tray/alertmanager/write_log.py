"""Every write to Alertmanager logged once with its outcome (no Qt; fresh-user review 74 BB4: an
expire answered 504 left no line in either log, the tray's or the commands'). One line per
request to one Alertmanager, whichever path sent it (a window, the quit, ``oncall-tray silence``
or ``ack``), in the log of the process that sent it (``logs.setup_logging``): what was asked,
the silence's ID, the Alertmanager's URL (its password masked by the log's ``MaskedUrls``
filter: the URL and the reason are given as arguments, never formatted in beforehand) and the
outcome: done, not done (refused, or never sent: ``errors.surely_not_done``), or may have been
done (a 5xx such as a proxy's 504, no answer after sending, an answer unreadable)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from .errors import AlertmanagerError, surely_not_done

log = logging.getLogger(__name__)

T = TypeVar("T")


def logged_write(what: str, silence_id: str | None, url: str, write: Callable[[], T]) -> T:
    """``write()``'s result, its outcome logged: INFO when done, WARNING when surely not done,
    ERROR when it may have been done all the same (the engineer must look).

    Args:
        what: the write, in the log's words ("expire", "create", "update").
        silence_id: the silence's ID; None for a new silence (its ID, once made, is ``write``'s
            result, a str, and is logged then).
        url: the Alertmanager's base URL (masked by the log's filter).
        write: the request; its ``AlertmanagerError`` is logged and raised again, as is.

    Raises:
        Whatever ``write`` raises (only ``AlertmanagerError`` is logged: anything else was not
        an answer of Alertmanager, such as a ``ValueError`` for an ID that is not a UUID).
    """
    try:
        result = write()
    except AlertmanagerError as exc:
        subject = silence_id or "(new)"
        if surely_not_done(exc):
            log.warning("%s of silence %s at %s: not done: %s", what, subject, url, exc.describe())
        else:
            log.error("%s of silence %s at %s: may have been done: %s", what, subject, url, exc.describe())
        raise
    log.info("%s of silence %s at %s: done", what, silence_id or result, url)
    return result
