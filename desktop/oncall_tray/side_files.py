"""The small JSON files the tray keeps beside a settings file or a journal for what the engineer
typed and could not save (``config_draft``: the settings not saved at a stop; ``notes_draft``:
notes typed over a draft the journal could not read): one file per path in the user data folder
(``paths.per_settings_file``), written atomically and readable by the user only, read and
removed without ever raising (logged instead: what was typed must not stop the tray). No Qt.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from .config_write import atomic_write_text
from .i18n import Message, Translate

log = logging.getLogger(__name__)
T = TypeVar("T")


def write_side(target: Path, data: dict) -> None:
    """Write ``data`` (JSON-able) to ``target`` atomically, over any file there.

    Raises:
        UnwritablePath: (an OSError) it cannot be written.
        TypeError, ValueError: a value JSON cannot hold.
    """
    atomic_write_text(target, json.dumps(data, ensure_ascii=False, indent=1))


#: what ``load_side`` raises for a file that is there and cannot be read, or holds no such thing
UNREADABLE = (OSError, ValueError, KeyError, TypeError)

#: Why a side file read whole is of no use (no JSON, or not the shape written), in the engineer's
#: words: the parser's English ("Expecting value: line 2 column 1") is never shown (code review 70
#: AE4, the notes file; fresh-user review 69 AI6, the settings draft).
DAMAGED = Message("side_files", "what it holds is damaged")


def unreadable_reason(exc: BaseException) -> tuple[str, bool]:
    """Why a side file could not be read, from what ``load_side`` raised (one of ``UNREADABLE``):
    (the error's words, untranslated, for the log and for an OSError's notice; True when it was
    read and holds nothing usable, said ``DAMAGED``; False for an OSError)."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc), False
    return str(exc), True


class Unread(Protocol):
    """What tells why a side file could not be read (``UnreadableDraft``, ``UnreadableNotes``)."""

    reason: str
    damaged: bool


def reason_text(problem: Unread, tr: Translate) -> str:
    """How a notice says why ``problem``'s file could not be read: ``DAMAGED`` in ``tr``'s language
    for one read that holds nothing usable, else the system's words (``OSError.strerror``: the
    system's own language)."""
    return DAMAGED.text(tr) if problem.damaged else problem.reason


def load_side(target: Path, shape: Callable[[dict], T]) -> T | None:
    """``shape`` of the JSON object in ``target``, or None when there is no such file.

    Raises:
        OSError: it cannot be read (permission denied...).
        ValueError, KeyError, TypeError: it is no JSON, or ``shape`` refuses what it holds.
    """
    try:
        text = target.read_text("utf-8")
    except FileNotFoundError:
        return None
    return shape(json.loads(text))


def read_side(target: Path, what: str, shape: Callable[[dict], T]) -> T | None:
    """``shape`` of the JSON object in ``target``, or None when there is no such file. Never
    raises: a file that cannot be read, or that ``shape`` refuses (ValueError, KeyError,
    TypeError), is logged as "cannot read the ``what`` kept in …" and taken as none (and left
    where it is, for the engineer to read)."""
    try:
        return load_side(target, shape)
    except UNREADABLE as exc:
        log.warning("cannot read the %s kept in %s: %s", what, target, exc)
        return None


def set_aside(target: Path, kind: str, at: dt.datetime) -> Path:
    """Move ``target`` (a file that cannot be read, or holds no such thing) beside itself, as it
    was, for the engineer to read (``<name>.<kind>-<UTC time of at>``: ``journal_file.aside_name``),
    so that what is kept next is not written over it; returns where.

    Raises:
        OSError: it cannot be moved (it is left where it is).
    """
    from .core.journal_file import aside_name

    aside = aside_name(target, kind, at)
    target.rename(aside)
    return aside


class Unreadable(Protocol):
    """Makes what ``open_side`` raises for a side file that cannot be read: ``UnreadableDraft``,
    ``UnreadableNotes`` (``path``, ``aside``, ``reason``, ``damaged``: ``unreadable_reason``'s)."""

    def __call__(self, path: Path, aside: Path | None, reason: str, damaged: bool) -> Exception: ...


def open_side(target: Path, what: str, shape: Callable[[dict], T], at: dt.datetime, unreadable: Unreadable) -> T | None:
    """``shape`` of the JSON object in ``target``, or None when there is no such file; one that
    cannot be read, or that ``shape`` refuses, is set aside first (``set_aside``: ``<name>.unreadable-<UTC
    time of at>`` beside it, as it was), so that what is kept next does not write over it (code
    review 70 AE4, 71 AG4), and logged as "cannot read the ``what`` kept in …". One place for the
    settings draft (``config_draft.open_draft``) and the notes (``notes_draft.read_notes``; code
    review 73 AJ8: two copies of it).

    Raises:
        Exception: ``unreadable(target, aside, reason, damaged)``, from the error (``aside`` None:
            it could not be moved and is left at ``target``, never to be written over).
    """
    try:
        return load_side(target, shape)
    except UNREADABLE as exc:
        try:
            aside: Path | None = set_aside(target, "unreadable", at)
        except OSError as moved:
            log.error("cannot set aside the %s kept in %s: %s", what, target, moved)
            aside = None
        log.warning("cannot read the %s kept in %s (set aside as %s): %s", what, target, aside, exc)
        raise unreadable(target, aside, *unreadable_reason(exc)) from exc


def drop_side(target: Path, what: str) -> None:
    """Remove ``target`` if there. Never raises: a file that cannot be removed is logged (what it
    holds is offered again)."""
    try:
        target.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("cannot remove the %s kept in %s: %s", what, target, exc)


__all__ = ["DAMAGED", "UNREADABLE", "Unread", "Unreadable", "drop_side", "load_side", "open_side", "read_side",
           "reason_text", "set_aside", "unreadable_reason", "write_side"]
