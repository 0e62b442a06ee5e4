"""What the shift journal's readers convert of each row, as checks of its stored values (no Qt).

Code review 63A CA1: a value garbled by the damage (an event's ``data`` not JSON) was carried
by the salvage, and its readers then raised. Not only the JSON columns: a time read with
``parse_ts`` or compared as text (``events.at``, a shift's start, an incident's times), an
event's ``kind`` read with ``EventKind``, the time ``SEEN_AT`` keeps, all were carried garbled,
and the readers raised on them (a traceback at the tray's start, in ``status``, ``handoff end``).
``COLUMN_CHECKS`` is the one table of those conversions: the salvage (``journal_rows``) leaves out
and counts lost a row any of them refuses, and a journal whose pages are sound but one of whose
rows is so garbled is damaged too (``garbled_row``, at open: ``journal_file.damage_reason``).
Inside the JSON too: an event's ``data`` as its kind's readers read it (``journal_data``:
``{"labels": 5}`` passed as an object, and its reader raised), and the rows kept in the aside
scope (``journal_aside``) as their tables' rows (``aside_value``: a time garbled in them raised
in ``seen_alerts`` and ``seen_silences``, and in their tables once taken back).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import msgspec

from .journal_data import DATA_SHAPES
from .journal_schema import (ASIDE_KEY, ASIDE_SCOPE, FIRING_COLUMNS, SEEN_AT, SILENCE_COLUMNS, EventKind,
                             aside_firing, aside_silences)

#: A check of one stored value (not NULL): raises ValueError (``msgspec.DecodeError`` is one) or
#: TypeError when the journal's readers cannot take it as they convert it; its result unused.
Check = Callable[[object], object]
_STORED_LENGTH = len("2026-11-30T14:05:09.123456Z")


def stored_time(text: object) -> dt.datetime:
    """``text`` as the journal stores a time (``journal_schema.ts``: UTC, fixed layout, so that
    comparing the text compares the times), read as ``parse_ts`` reads it.

    Raises:
        TypeError: it is not text.
        ValueError: it is text in another layout (``""`` too: never written for a time).
    """
    if not isinstance(text, str):
        raise TypeError(f"a journal time is text, not {type(text).__name__}")
    if len(text) != _STORED_LENGTH or text[10] != "T" or text[-1] != "Z":
        raise ValueError(f"not a journal time: {text!r}")
    value = dt.datetime.fromisoformat(text[:-1])
    if value.tzinfo is not None:
        raise ValueError(f"not a journal time: {text!r}")
    return value


def json_as(shape: object) -> Check:
    """The check of a JSON column that its readers decode as ``shape`` (a ``msgspec`` type;
    ``object``: any JSON value)."""
    return msgspec.json.Decoder(shape).decode


def json_time(text: object) -> object:
    """A JSON value the readers read with ``parse_ts`` when it is a string (``SEEN_AT``): null,
    or a ``stored_time``. Raises ValueError or TypeError as ``stored_time``."""
    value = msgspec.json.decode(text)
    return value if value is None else stored_time(value)


@dataclass(frozen=True)
class ByRow:
    """The check of a column that depends on the row: ``checks[the row's values of columns]``,
    ``otherwise`` for the other rows (None: not checked).

    Attributes:
        columns: the columns that tell which check applies.
        checks: those columns' values (a tuple, in ``columns``' order) -> check; a key of fewer
            values applies to every row whose first columns hold them (the longest key first).
    """

    columns: tuple[str, ...]
    checks: Mapping[tuple, Check]
    otherwise: Check | None = None


class _Aside(msgspec.Struct):
    """What ``journal_aside`` reads of an ``ASIDE_SCOPE`` value: lists of rows (iterated; null
    or a number raised), each row of another shape left out by its readers (``aside_firing``,
    ``aside_silences``); its "starts" read by ``journal_starts.decoded``, which leaves out
    what it cannot read."""

    firing: list[object] = []
    silences: list[list[object]] = []


_ASIDE_DECODER = msgspec.json.Decoder(_Aside | None)
#: A row set aside as stored (``FIRING_COLUMNS``, ``SILENCE_COLUMNS``): the table's NOT NULL
#: text as text, its times text or null (checked as the table's: ``_ASIDE_ROWS``).
_FIRING_ROW = tuple[str, str, str, str | None, str, str, str, str, str]
_SILENCE_ROW = tuple[str, str, str | None, str | None, str, str, str]


def aside_value(text: object) -> object:
    """The check of an ``ASIDE_SCOPE`` value (``journal_aside``): null, or an object of rows
    that ``take_back`` puts back into the ``firing`` and ``silences`` tables and ``seen_alerts``
    and ``seen_silences`` read as those tables' rows: each row its readers keep checked as its
    table's (``COLUMN_CHECKS``: times as ``parse_ts`` reads them, JSON as decoded).

    Raises:
        ValueError, TypeError: as a check (``Check``).
    """
    value = _ASIDE_DECODER.decode(text)
    if value is None:
        return None
    rows = {"firing": value.firing, "silences": value.silences}
    for table, kept, shape in (("firing", aside_firing(rows), _FIRING_ROW),
                               ("silences", aside_silences(rows), _SILENCE_ROW)):
        for row in kept:
            try:
                row = msgspec.convert(row, shape)
            except msgspec.ValidationError as exc:
                raise ValueError(f"a {table} row set aside: {exc}") from None
            column = refused(row, _ASIDE_ROWS[table])
            if column is not None:
                raise ValueError(f"a {table} row set aside: {column} {row[_COLUMNS[table].index(column)]!r}")
    return value


_TIMES = ("fired_at", "opened_at", "acknowledged_at", "escalated_at", "resolved_at")
#: Every column a reader converts, by table (column -> check): a row any check refuses is damage
#: (a NULL value is not checked: a NOT NULL column's is refused when written, so counted lost).
#: JSON as its readers decode it (code review 63A CA1); times as ``parse_ts`` reads them and SQL
#: compares them (``events.recorded_at``: ``count_received``, the handoff's noticed alerts); kinds
#: as ``EventKind``; an event's data as its kind's (``journal_data.DATA_SHAPES``); of ``state``,
#: the keys of ``ASIDE_SCOPE`` (JSON), their values (``aside_value``) and the value of ``SEEN_AT``
#: (a time). Not here: what readers take as any text (severities unknown are "unknown", silence
#: states compared, names shown) and ``state.updated_at`` (never read).
COLUMN_CHECKS: dict[str, dict[str, Check | ByRow]] = {
    "events": {"at": stored_time, "recorded_at": stored_time, "kind": EventKind,
               "data": ByRow(("kind",), {(kind.value,): json_as(shape) for kind, shape in DATA_SHAPES.items()},
                             json_as(dict))},
    "shifts": {"started_at": stored_time, "ended_at": stored_time},
    "incidents": {"labels": json_as(dict[str, str]), **dict.fromkeys(_TIMES, stored_time)},
    "firing": {"labels": json_as(dict[str, str]), "annotations": json_as(dict[str, str]),
               "members": json_as(list[str]), "starts_at": stored_time},
    "silences": {"matchers": json_as(list[tuple[str, str, bool, bool]]), "starts_at": stored_time,
                 "ends_at": stored_time},
    "state": {"key": ByRow(("scope",), {(ASIDE_SCOPE,): json_as(ASIDE_KEY)}),
              "value": ByRow(("scope", "key"), {SEEN_AT: json_time, (ASIDE_SCOPE,): aside_value}, json_as(object))},
}

#: A table's checks placed in its rows: (the column's place, its name, its check, the places of
#: a ``ByRow``'s columns).
Placed = list[tuple[int, str, Check | ByRow, tuple[int, ...]]]


def placed_checks(table: str, columns: list[str]) -> Placed:
    """``COLUMN_CHECKS[table]`` placed in rows of ``columns`` (a column not there: not checked)."""
    placed = []
    for name, check in COLUMN_CHECKS.get(table, {}).items():
        by = check.columns if isinstance(check, ByRow) else ()
        if name in columns and all(column in columns for column in by):
            placed.append((columns.index(name), name, check, tuple(columns.index(column) for column in by)))
    return placed


def refused(row: tuple, checks: Placed) -> str | None:
    """The first column of ``row`` whose value a check of ``checks`` refuses; None: none does."""
    for place, name, check, by in checks:
        value = row[place]
        if value is None:
            continue
        if isinstance(check, ByRow):
            values = tuple(row[i] for i in by)
            check = next((check.checks[values[:n]] for n in range(len(values), 0, -1) if values[:n] in check.checks),
                         check.otherwise)
            if check is None:
                continue
        try:
            check(value)
        except (ValueError, TypeError, RecursionError):  # RecursionError: JSON nested too deep
            return name
    return None


def garbled_row(conn: sqlite3.Connection, table: str) -> str | None:
    """The first row of ``table`` in ``conn`` whose value a reader cannot convert
    (``COLUMN_CHECKS``), told in one English line for the log and the damage message ("a row
    of events holds a value its readers cannot take (at: 'yesterday')"); None: none. Reads
    only the columns checked (a scan of the table).

    Raises:
        sqlite3.Error: the table cannot be read.
    """
    columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
    checks = placed_checks(table, columns)
    if not checks:
        return None
    wanted = sorted({name for _place, name, _check, _by in checks}
                    | {column for _place, _name, check, _by in checks if isinstance(check, ByRow)
                       for column in check.columns})
    checks = placed_checks(table, wanted)
    listed = ", ".join(f'"{column}"' for column in wanted)
    for row in conn.execute(f'SELECT {listed} FROM "{table}"'):
        column = refused(row, checks)
        if column is not None:
            return f"a row of {table} holds a value its readers cannot take ({column}: {row[wanted.index(column)]!r})"
    return None


_COLUMNS = {"firing": FIRING_COLUMNS, "silences": SILENCE_COLUMNS}
#: The checks of the rows set aside, placed in them (``aside_value``; once ``placed_checks`` is).
_ASIDE_ROWS = {table: placed_checks(table, list(columns)) for table, columns in _COLUMNS.items()}
