"""PyYAML's faults in a settings file said in sentences of our own, translated when shown, on
the line an editor shows them on (no Qt; PyYAML's errors are read by their attributes, not
imported).

Every kind of fault a hand edit can make has its sentence: a tab, a misplaced or missing colon,
a quote or a ``[``/``{`` left open (on any line, the last one too: review 61 W2), an alias or
anchor without its pair, a backslash escape, a ``|``/``>`` block, a tag, a ``-`` or ``?`` where
none can be, a second document, a directive, a value that looks like a date but is none; what
is left gets a plain sentence naming the line and column, never PyYAML's English. A fault PyYAML
finds at the end of the file (after the last line break) is said on the last line that holds
something: line 2 of a one-line file is no line at all.
"""

from __future__ import annotations

import re

from .config_problems import Problem
from .i18n import Message

_BAD_START = re.compile(r"^found character (.+) that cannot start any token$")
_UNKNOWN_TAG = re.compile(r"^could not determine a constructor for the tag '([^']*)'$")
_UNDEFINED_ALIAS = re.compile(r"^found undefined alias '(.*)'$")
_DUPLICATE_ANCHOR = re.compile(r"^found duplicate anchor '(.*)'; first occurrence$")
_NODE_CONTENT = re.compile(r"^expected the node content, but found '(.*)'$")
_TAG_TEXT = re.compile(r"!\S*")
#: What PyYAML calls the end of the file.
_STREAM_END = "'<stream end>'"


def _never_closed(bracket: str, column: int) -> Message:
    return Message("settings", "the %1 at column %2 is never closed (a list is written [a, b]; a mapping "
                               "{a: 1, b: 2}; put a value that starts with one in quotes)", (bracket, str(column)))


def _tag_reason(tag: str, column: int) -> Message:
    return Message("settings", "the tag %1 at column %2 is not plain YAML, which is all the settings take "
                               "(write the value itself, in quotes if need be)", (tag, str(column)))


def _quote_never_closed(column: int) -> Message:
    return Message("settings", "the quote at column %1 is never closed", (str(column),))


class _Source:
    """The settings text as an editor shows it: lines split at "\\n" only."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")

    def line(self, index: int) -> str:
        """Line ``index`` (0-based), "" past the end."""
        return self.lines[index] if 0 <= index < len(self.lines) else ""

    def real(self, index: int, column: int) -> tuple[int, int]:
        """(line, column), 0-based, of a place PyYAML names, moved back to the end of the last
        line that holds something when it is past it (the end of the file)."""
        last = max((i for i, text in enumerate(self.lines) if text.strip()), default=0)
        if index > last:
            return last, len(self.lines[last].rstrip()) if self.lines else 0
        return index, column

    def open_bracket(self) -> tuple[int, int, str] | None:
        """(line, column, bracket), 0-based, of the first ``[`` or ``{`` that starts a list or
        mapping and is never closed in the whole text, None when each is; quoted text and
        comments are skipped (a bracket inside a word, ``ana[1]``, starts nothing)."""
        opened: list[tuple[int, int, str]] = []
        quote = None
        for number, line in enumerate(self.lines):
            i = 0
            while i < len(line):
                char = line[i]
                if quote is not None:
                    if quote == '"' and char == "\\":
                        i += 1
                    elif char == quote:
                        quote = None
                elif char == "#" and (i == 0 or line[i - 1] in " \t"):
                    break
                elif char in "'\"" and (i == 0 or line[i - 1] in " \t[{,:"):
                    quote = char
                elif char in "[{" and (opened or i == 0 or line[i - 1] in " \t[{,"):
                    opened.append((number, i, char))
                elif char in "]}" and opened:
                    opened.pop()
                i += 1
        return opened[0] if opened else None


def _mark(mark) -> tuple[int, int]:
    return (mark.line, mark.column) if mark is not None else (0, 0)


def _reason(problem: str, context: str, mark, start, source: _Source) -> tuple[Message, tuple[int, int]] | None:
    """(reason, (line, column) 0-based where the fault is) for PyYAML's ``problem`` and
    ``context`` (its texts), ``mark`` (where PyYAML stopped) and ``start`` (where what it was
    reading began, or None); None for what is not recognised."""
    at, begun = _mark(mark), _mark(start) if start is not None else None
    column = str(at[1] + 1)
    if (match := _UNKNOWN_TAG.match(problem)) or problem.startswith("found undefined tag handle") or \
            "tag" in context:
        where = begun or at
        tag = _TAG_TEXT.match(source.line(where[0])[where[1]:])
        return _tag_reason(match[1] if match else tag[0] if tag else "!", where[1] + 1), where
    if problem == "found unhashable key":
        return Message("settings", "a list or mapping as a key at column %1 (a key is a name: key: value)",
                       (column,)), at
    if problem == "found character '\\t' that cannot start any token":
        return Message("settings", "a tab at column %1 (YAML indents with spaces, not tabs)", (column,)), at
    if match := _BAD_START.match(problem):
        return Message("settings", "%1 at column %2 cannot start a value (put the value in quotes)",
                       (match[1], column)), at
    if problem == "mapping values are not allowed here":
        return Message("settings", "a colon at column %1 where none can be (put a value holding \": \" in "
                                   "quotes, or check the indentation)", (column,)), at
    if problem == "could not find expected ':'" and begun is not None:
        return Message("settings", "no ':' after the key at column %1 (write key: value)",
                       (str(begun[1] + 1),)), begun
    if problem.startswith(("expected ',' or ']'", "expected ',' or '}'")) and begun is not None:
        # review 40 F7: "line 7: expected ',' or ']', but got '<stream end>'" for a "[" left open on line 6
        return _never_closed("[" if "]" in problem else "{", begun[1] + 1), begun
    if problem.endswith(_STREAM_END) and (bracket := source.open_bracket()) is not None:
        # review 61 W2: "line 2: expected the node content, but found '<stream end>'" for a "[" on line 1
        return _never_closed(bracket[2], bracket[1] + 1), bracket[:2]
    if "quoted" in context and begun is not None and problem in ("found unexpected end of stream",
                                                                 "found unexpected document separator"):
        return _quote_never_closed(begun[1] + 1), begun
    if "double-quoted" in context:
        backslash = source.line(at[0]).rfind("\\", 0, at[1] + 1)
        return Message("settings", "the backslash at column %1 starts an escape YAML does not know (inside "
                                   "double quotes write \\\\ for a backslash, or use single quotes)",
                       (str((backslash if backslash >= 0 else at[1]) + 1),)), at
    if problem.startswith("expected <block end>, but found"):
        if begun is not None:
            return Message("settings", "the indentation at column %1 does not match the block that starts on "
                                       "line %2", (column, str(begun[0] + 1))), at
        return Message("settings", "the indentation at column %1 does not match the lines above", (column,)), at
    return _other_reason(problem, context, at, begun, source)


def _other_reason(problem: str, context: str, at: tuple[int, int], begun: tuple[int, int] | None,
                  source: _Source) -> tuple[Message, tuple[int, int]] | None:
    """``_reason`` for the rarer kinds of fault (aliases, anchors, blocks, directives,
    documents, misplaced indicators, explicit types)."""
    column = str(at[1] + 1)
    if match := _UNDEFINED_ALIAS.match(problem):
        return Message("settings", "*%1 at column %2 refers to no anchor &%1 above (put a value that starts "
                                   "with * in quotes)", (match[1], column)), at
    if match := _DUPLICATE_ANCHOR.match(context):
        return Message("settings", "the anchor &%1 at column %2 is set on line %3 already (set each anchor "
                                   "once)", (match[1], column, str((begun or at)[0] + 1))), at
    if ("alias" in context or "anchor" in context) and begun is not None:
        sign = "*" if "alias" in context else "&"
        return Message("settings", "the %1 at column %2 must be followed by a name (put a value that starts "
                                   "with %1 in quotes)", (sign, str(begun[1] + 1))), begun
    if "block scalar" in context and begun is not None:
        sign = source.line(begun[0])[begun[1]:begun[1] + 1] or "|"
        return Message("settings", "only a comment can follow the %1 at column %2 on its line (the text goes "
                                   "on the lines below, indented)", (sign, str(begun[1] + 1))), begun
    if "directive" in context or problem.startswith(("found incompatible YAML", "found duplicate YAML",
                                                     "duplicate tag handle")):
        return Message("settings", "a line that starts with % is a YAML directive, which the settings do not "
                                   "take: remove it (or put the value in quotes)"), begun or at
    if problem == "but found another document":
        return Message("settings", "a second document starts here (a line ---): the settings are one "
                                   "document; remove that line"), at
    if problem.startswith("expected '<document start>'"):
        return Message("settings", "this line comes after the end of the settings (a line ... or a line "
                                   "that starts with % above it): remove that line"), at
    if problem == "sequence entries are not allowed here":
        return Message("settings", "a - at column %1 where no list can start (write a list on the lines "
                                   "below its key, indented, or as [a, b])", (column,)), at
    if problem == "mapping keys are not allowed here":
        return Message("settings", "a ? at column %1 where no key can start (put the value in quotes)",
                       (column,)), at
    if (match := _NODE_CONTENT.match(problem)) and len(match[1]) == 1:
        return Message("settings", "a %1 at column %2 where a value should be (put a value that starts "
                                   "with it in quotes)", (match[1], column)), at
    if "merging" in problem:
        return Message("settings", "the << at column %1 merges only a mapping into this one (write the "
                                   "keys themselves)", (str((begun or at)[1] + 1),)), begun or at
    if " node, but found " in problem or "constructing" in context:  # !!map, !!omap... on another value
        return Message("settings", "the value at column %1 does not match its tag (write the value itself, in "
                                   "quotes if need be)", (column,)), at
    return None


def _unclosed_quote(text: str, before: int) -> tuple[int, int] | None:
    """(line, column), 1-based, of the first double quote left open at the end of its line among
    the lines of ``text`` before line index ``before`` (0-based), where PyYAML stopped: a quoted
    value runs on over the next lines, and PyYAML fails further on, where it closes; None when
    every line closes its quotes. Comments and single-quoted text are skipped."""
    for number, line in enumerate(text.split("\n")[:before], 1):
        opened, single, i = None, False, 0
        while i < len(line):
            char = line[i]
            if opened is None and not single and char == "#" and (i == 0 or line[i - 1] in " \t"):
                break
            if opened is not None and char == "\\":
                i += 2
                continue
            if char == "'" and opened is None:
                single = not single
            elif char == '"' and not single:
                opened = i if opened is None else None
            i += 1
        if opened is not None:
            return number, opened + 1
    return None


#: Characters that PyYAML reads as line breaks where editors show none (NEL, LINE SEPARATOR,
#: PARAGRAPH SEPARATOR): every line number after one would name the wrong line (review 39 F11).
HIDDEN_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")


def hidden_line_break(text: str) -> Problem | None:
    """The first character of ``HIDDEN_LINE_BREAKS`` in ``text`` as a problem of kind "file" at
    its line and column (lines as editors count them), or None when there is none."""
    found = HIDDEN_LINE_BREAKS.search(text)
    if found is None:
        return None
    line, column = _line_and_column(text, found.start())
    return _not_yaml(line, Message(
        "settings", "a hidden line break (U+%1) at column %2, which YAML reads as a new line: remove it",
        (f"{ord(found.group()):04X}", str(column))))


def _line_and_column(text: str, position: int) -> tuple[int, int]:
    """(line, column), 1-based, of the character at ``position`` of ``text``, lines split at
    "\n" as editors split them."""
    return text.count("\n", 0, position) + 1, position - (text.rfind("\n", 0, position) + 1) + 1


def _not_yaml(line: int, reason: Message) -> Problem:
    """The problem of kind "file" "line N: not valid YAML: reason"."""
    return Problem("", line, Message("settings", "not valid YAML: %1", (reason,)), "file")


def from_yaml_error(error: Exception, text: str = "") -> Problem:
    """The ``Problem`` of PyYAML's error (its ``problem``, ``problem_mark``, ``context`` and
    ``context_mark``; a reader's ``character`` and ``position`` in ``text``), kind "file": a
    sentence of our own with the line and column, on a line of ``text``. (Read by name: no
    yaml import.)"""
    character, position = getattr(error, "character", None), getattr(error, "position", None)
    if isinstance(character, int) and isinstance(position, int):  # a character YAML does not take
        line, column = _line_and_column(text, position)
        return _not_yaml(line, Message("settings", "a control character (U+%1) at column %2: remove it",
                                       (f"{character:04X}", str(column))))
    problem = str(getattr(error, "problem", None) or error)
    mark, start = getattr(error, "problem_mark", None), getattr(error, "context_mark", None)
    runs_on = problem.startswith(("expected <block end>", "could not find expected ':'", "mapping values are not"))
    opened = _unclosed_quote(text, mark.line) if runs_on and mark is not None and text else None
    if opened is not None:  # review 37: "the indentation at column 15" of the line where it closed
        line, column = opened
        return _not_yaml(line, Message("settings", "the quote at column %1 is not closed on its line (it runs on "
                                                   "to line %2)", (str(column), str(mark.line + 1))))
    source = _Source(text)
    found = _reason(problem, str(getattr(error, "context", None) or ""), mark, start, source)
    if found is None:  # a kind not seen yet: where, in our words, never PyYAML's English
        line, column = source.real(*_mark(mark))
        found = Message("settings", "YAML cannot read what is at column %1 (check the quotes, brackets, colons "
                                    "and indentation of this line and the lines above)", (str(column + 1),)), \
            (line, column)
    reason, (line, _column) = found
    return _not_yaml(source.real(line, 0)[0] + 1, reason)


def from_value_error(node, text: str) -> Problem:
    """The ``Problem`` of a value that parses but cannot be built (a date that does not exist,
    ``2026-02-30``; ``!!int x``): PyYAML raises Python's own errors for these, with no place.
    ``node``: the YAML node that could not be built (a scalar: named by its text), its line and
    column."""
    mark = node.start_mark
    shown = node.value if isinstance(node.value, str) else "…"
    line, _column = _Source(text).real(mark.line, mark.column)
    return _not_yaml(line + 1, Message("settings", "%1 at column %2 cannot be read as the value it looks like (a "
                                                   "date that does not exist, or a !!type that does not fit): put "
                                                   "it in quotes", (shown, str(mark.column + 1))))
