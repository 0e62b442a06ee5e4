"""Reading a settings file (no Qt): what is not a regular file or is too large is refused
before it is read whole, and the YAML comes with the line of every key and the keys written
more than once (``config.load_config`` turns them into ``Problem`` s)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import yaml

from .config_problems import Problem, UnreadableSettings, unreadable, written_twice
from .config_yaml_errors import from_value_error, from_yaml_error, hidden_line_break
from .i18n import Message


def compose_settings(text: str) -> yaml.MappingNode | None:
    """The YAML node of a settings file's ``text`` (None for an empty one).

    Raises:
        UnreadableSettings: not YAML (``from_yaml_error``; also what parses but cannot be built:
            an unknown tag such as ``!vault``, a list as a key), or not a mapping.
    """
    return _load(text)[0]


def read_yaml(text: str) -> tuple[Mapping, dict[str, int], list[Problem]]:
    """Parse YAML text into (top-level mapping, key -> line of its last occurrence, entries inside
    by their path too (``_key_lines``), the keys written more than once). YAML keeps the last of equal keys without a word.

    Raises:
        UnreadableSettings: as ``compose_settings``.
    """
    node, data, written = _load(text)
    if node is None:
        return {}, {}, []
    lines, twice = _key_lines(node, written)
    return data or {}, lines, twice


def _load(text: str) -> tuple[yaml.MappingNode | None, object, set[tuple[int, int]]]:
    """(the node, the values built from it, the pairs written in their own mapping: the ids
    of (mapping node, key node), taken before building puts the merged pairs in, ``_written``)
    of ``text``; raises as ``compose_settings``."""
    hidden = hidden_line_break(text)
    if hidden is not None:
        raise UnreadableSettings(hidden)
    try:
        _check_depth(text)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        written = _written(node) if node is not None else set()
        # what composes may still not be built (review 38: a tag or a list as a key crashed every
        # command, the running tray too)
        data = yaml.SafeLoader("").construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        raise UnreadableSettings(from_yaml_error(exc, text)) from exc
    except UnreadableSettings:  # _check_depth's: nested too deep (a ValueError too)
        raise
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
        # PyYAML's own constructors raise these, with no place (review 61 W2: "2026-02-30", a
        # date that does not exist, and "!!int x" crashed every command)
        raise UnreadableSettings(from_value_error(_failing_scalar(node) or node, text)) from exc
    if node is not None and not isinstance(node, yaml.MappingNode):
        raise UnreadableSettings(Problem("", 1, Message(
            "settings", "the file must be a mapping of settings (key: value)"), "file"))
    return node, data, written


#: The deepest nesting of lists and mappings read (the settings use 3); PyYAML's composer recurses
#: per level and raised ``RecursionError`` from ~1,000 (review 65 T9).
MAX_DEPTH = 50


def _check_depth(text: str) -> None:
    """Raise ``UnreadableSettings`` (kind "file", naming the top-level key and the line) when
    ``text`` nests lists and mappings deeper than ``MAX_DEPTH``; read from PyYAML's events,
    which it makes without recursion. Raises ``yaml.YAMLError`` as ``yaml.compose`` would."""
    depth, key, expect_key = 0, "", False
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            if depth == 1:  # the value of a top-level key
                expect_key = False
            depth += 1
            if depth > MAX_DEPTH:
                raise UnreadableSettings(Problem(key, event.start_mark.line + 1, Message(
                    "settings", "nested more than %1 levels deep (lists and mappings inside each other)",
                    (str(MAX_DEPTH),)), "file"))
            if depth == 1:
                expect_key = isinstance(event, yaml.MappingStartEvent)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
            expect_key = depth == 1
        elif depth == 1 and isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
            if expect_key:
                key = str(getattr(event, "value", "") or "")
            expect_key = not expect_key


def _written(node: yaml.Node, seen: set[int] | None = None) -> set[tuple[int, int]]:
    """The ids of (mapping node, key node) of every key written in its own mapping inside
    ``node``, not brought in by a merge key (``<<``); an alias's node is looked at once."""
    seen = set() if seen is None else seen
    pairs: set[tuple[int, int]] = set()
    if id(node) in seen or isinstance(node, yaml.ScalarNode):
        return pairs
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.tag != _MERGE:
                pairs.add((id(node), id(key)))
            pairs |= _written(value, seen)
    else:
        for item in node.value:
            pairs |= _written(item, seen)
    return pairs


#: The tag of YAML's merge key (``<<``).
_MERGE = "tag:yaml.org,2002:merge"


def _failing_scalar(node: yaml.Node, seen: set[int] | None = None) -> yaml.ScalarNode | None:
    """The first scalar node inside ``node`` that a SafeLoader cannot build alone, None if none
    (an alias to a node above is looked at once)."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        return None
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        try:
            yaml.SafeLoader("").construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError, KeyError, AttributeError, OverflowError):
            return node
        return None
    for child in node.value:
        for part in (child if isinstance(child, tuple) else (child,)):
            if (found := _failing_scalar(part, seen)) is not None:
                return found
    return None


def _key_lines(node: yaml.MappingNode, written: set[tuple[int, int]], prefix: str = "",
               above: frozenset[int] = frozenset()) -> tuple[dict[str, int], list[Problem]]:
    """(key -> line of the occurrence in ``node`` whose value is used, and of each entry of the
    mappings and lists inside it written there, by its path (``severity_synonyms.sev3``,
    ``filter[1]``: a problem of one entry is said on its line, code review 81 AX15); the keys of ``node`` and of
    the mappings inside it written more than once, named by their path (``severity_synonyms.sev1``)
    at the later line). ``node`` is as PyYAML built it: the pairs a merge key (``<<``) brings in
    come first, in the order PyYAML gives them, then those written in the mapping, so that the
    last of each key is the one used. Only keys written twice in the mapping itself (``written``,
    from ``_written``) are said: a merged key that the mapping writes again is YAML's way to
    override it, and the mapping's own counts whatever the order (code review 63A CA7: "written
    twice … the last one counts" named the merged line while the mapping's value was used).
    ``above``: the mappings this one is inside (an alias to one of them, ``a: &x {b: *x}``, is
    not walked again: review 61 W2, endless)."""
    above = above | {id(node)}
    seen: dict[str, int] = {}
    own: list[tuple[str, int]] = []
    inner: list[Problem] = []
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode):
            name, line = prefix + str(key.value), key.start_mark.line + 1
            seen[name] = line
            if (id(node), id(key)) not in written:
                continue  # merged: walked where it is written
            own.append((str(key.value), line))  # compared as written in the mapping
            if isinstance(value, yaml.MappingNode) and id(value) not in above:
                entries, twins = _key_lines(value, written, name + ".", above)
                seen.update(entries)
                inner += twins
            elif isinstance(value, yaml.SequenceNode):  # a list's items: "filter[1]"
                seen.update((f"{name}[{index}]", item.start_mark.line + 1) for index, item in enumerate(value.value))
    twice = [_twice(prefix, name, line, earlier, before) for name, line, earlier, before in
             written_twice(own, prefix.rstrip("."))]
    return seen, sorted(twice + inner, key=lambda problem: problem.line or 0)


def _twice(prefix: str, name: str, line: int, earlier: int, before: str) -> Problem:
    """The ``Problem`` of the key ``name`` of the mapping at ``prefix`` (its path and a dot, ""
    at the top) at ``line``, written before at ``earlier`` as ``before``: a warning when
    written the same way (YAML keeps the last), a problem when in another case or with other
    blanks, which the app matches as one (review 66 S5)."""
    if before == name:
        return Problem(prefix + name, line, Message(
            "settings", "written twice (also on line %1): the last one counts", (str(earlier),)), "twice")
    return Problem(prefix + name, line, Message(
        "settings", "the same as %1 on line %2 (the case and blanks at the ends do not count): only the last one "
        "counts", (before, str(earlier))), "same")


def blank_settings(path: Path | str) -> bool:
    """Whether the file at ``path`` holds nothing but white space: every setting has its default
    (a file emptied while the tray runs: an editor or a sync tool that truncated it did not mean
    that; review 40 F9). An unreadable or missing one is not blank (reading it says why)."""
    try:
        with open(path, "rb") as file:
            return not file.read(4096).strip() and not file.read(1)
    except OSError:
        return False


#: Bytes no text file holds (control characters but tab and line ends).
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: A settings file is a few kilobytes; anything this large is not one (a device, a log...).
MAX_SETTINGS_BYTES = 1_000_000


def read_settings_text(path: Path) -> str:
    """The file's text (``read_settings_file``'s, without its problem)."""
    return read_settings_file(path)[0]


def read_settings_file(path: Path) -> tuple[str, tuple[Problem, ...]]:
    """The file's text, and the problem of its encoding when it is not UTF-8; refuses what is
    not a regular file and anything over ``MAX_SETTINGS_BYTES`` (reading /dev/zero must not
    exhaust the memory). Text that is not UTF-8 is read as Windows-1252 (Latin-1 where that has
    no character), what editors on Windows and ``iconv`` leave: one accented letter in a name
    or a comment threw every setting away, the Alertmanager, its CA and login too (review 54 M8);
    the problem names the byte and its line.

    Raises:
        FileNotFoundError: no such file. UnreadableSettings: not a regular file, too large, or
            not text (control characters; the first byte that is not UTF-8, its position and
            line). OSError: unreadable.
    """
    if path.exists() and not path.is_file():
        raise UnreadableSettings(unreadable(Message("settings", "not a regular file")))
    with open(path, "rb") as handle:
        data = handle.read(MAX_SETTINGS_BYTES + 1)
    if len(data) > MAX_SETTINGS_BYTES:
        raise UnreadableSettings(unreadable(Message("settings", "larger than %1 kB: not a settings file",
                                                    (str(MAX_SETTINGS_BYTES // 1000),))))
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        if _CONTROL.search(data):  # not text at all (a picture, a database...): nothing to read
            raise UnreadableSettings(unreadable(Message("settings", "not UTF-8 text (byte %1 at position %2, line %3)", (
                f"0x{data[exc.start]:02x}", str(exc.start), str(line))))) from exc
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        return text, (Problem("", line, Message(
            "settings", "not UTF-8 text (byte %1 at position %2): read as Windows-1252 (Latin-1); save it as UTF-8",
            (f"0x{data[exc.start]:02x}", str(exc.start))), "encoding"),)
