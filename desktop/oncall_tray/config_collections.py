"""A list or mapping of the settings file rewritten in place, as the engineer wrote it: block
style kept, the order given (the settings dialog's: never sorted), and every comment with the
entry it was written with (review 65 R2: Save wrote ``contacts: {Arquiteto: …, CTO: …}`` on one
line, sorted, and the comments "# L2", "# L3", "# plantão até 12/12" were gone; README: Save
"changes only the keys you changed (your comments stay)").

The collection is cut into its entries by the lines PyYAML's composer gives each one: an entry is
the comment (and blank) lines above it, from the end of the entry before (or of the key's line),
and its own lines, inline comment included. The new text is made of those pieces in the order
given: an entry kept is its text as it stands, byte for byte (comments, quotes, layout); an entry
whose value changes keeps its comments, only the value's text replaced; an entry taken out goes
with the comment lines above it; a new one is written with the indentation of the others (code
review 66 U1, U3, U11: ruamel's round trip moved comments onto other entries, deleted entries by
position, raised out of Save, and gave up on a role written twice). No Qt.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass

import yaml

_COMMENT = re.compile(r"\s+#.*")
_MERGE = "tag:yaml.org,2002:merge"


@dataclass
class _Entry:
    name: object  # a mapping's key as YAML reads it; a list's index
    value: object  # as YAML reads it
    lines: list[str]  # the comment lines above it, then its own
    value_span: tuple[int, int] | None  # where its value stands in its last line, when it is one line


def block_entry(text: str, key: str, value: list | dict) -> str | None:
    """``text`` (one top-level ``key:`` of a settings file holding a block list or mapping, from
    the key to the end of the line of its last entry, comments inside included) with its value
    made ``value`` (plain lists, dicts and scalars, non-empty) in the order given.

    Every entry of ``text`` that ``value`` keeps stays as written with the comment lines above it
    and its inline comment; one whose value changes keeps them too (a mapping's entry found by
    its key); a list's entry is found by its value (one changed is another entry); one taken
    out goes with its comments, those above it included (they said it); the key's own line stays as it is. Of a key written
    twice in ``text`` (``config check``'s warning), the line whose value ``value`` holds is kept,
    else the first.

    Returns the new text without a final line break, or None when the text is not such a
    collection or the result would not read back as ``value``: the caller decides then. Never
    raises for the text's sake.
    """
    try:
        return _rewritten(text, key, value)
    except (yaml.YAMLError, ValueError, TypeError, IndexError, KeyError, RecursionError):
        return None


def written_pairs(text: str, key: str) -> list[tuple[str, str]] | None:
    """The entries of the top-level mapping ``key`` of ``text`` (a settings file) as written,
    ``(key, value)`` as strings in the file's order, a key written twice there twice (code
    review 66 U7: the settings dialog showed the last only, and Save dropped the other line);
    None when ``key`` is no mapping of scalars written in the mapping itself (a merge key...).
    Never raises for the text's sake."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, ValueError, RecursionError):
        return None
    found = [value for name, value in (node.value if isinstance(node, yaml.MappingNode) else ())
             if isinstance(name, yaml.ScalarNode) and name.value == key]
    if not found or not isinstance(found[-1], yaml.MappingNode):
        return None
    pairs = found[-1].value
    if not all(isinstance(name, yaml.ScalarNode) and isinstance(item, yaml.ScalarNode) and name.tag != _MERGE
               for name, item in pairs):
        return None
    construct = yaml.SafeLoader("").construct_object
    return [(str(construct(name)), str(construct(item))) for name, item in pairs]


def _merge_key(node: yaml.Node) -> bool:
    """Whether ``node`` is a mapping with a merge key (``<<: *base``)."""
    return isinstance(node, yaml.MappingNode) and any(name.tag == _MERGE for name, _item in node.value)


def block_text(key: str, value: list | dict) -> str:
    """``key: value`` with a non-empty list or mapping written one entry a line (two spaces
    in), in the order given (never sorted), without a final line break."""
    return f"{yaml.safe_dump(key).splitlines()[0]}:" + "".join(f"\n  {line}" for line in _dumped(value))


def _dumped(value: list | dict) -> list[str]:
    """``value``'s entries in block style (quoted where YAML would read another type), one line each."""
    body = yaml.safe_dump(value, default_flow_style=False, sort_keys=False, allow_unicode=True, width=1 << 30)
    return body.rstrip("\n").split("\n")


def _rewritten(text: str, key: str, value: list | dict) -> str | None:
    newline = "\r\n" if "\r\n" in text else "\n"
    text = text.replace("\r\n", "\n")
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    kind = yaml.MappingNode if isinstance(value, dict) else yaml.SequenceNode
    if not isinstance(node, yaml.MappingNode) or len(node.value) != 1:
        return None
    key_node, collection = node.value[0]
    if not isinstance(collection, kind) or collection.flow_style or not collection.value or not value:
        return None
    if _merge_key(collection):
        return None  # its entries are not all written in it (code review 66 S7)
    entries, indent = _entries(text, key_node, collection)
    if entries is None:
        return None
    lines = text.split("\n")[:key_node.start_mark.line + 1]  # the key's line, its comment with it
    mapping = isinstance(value, dict)
    items = list(value.items()) if mapping else list(enumerate(value))
    for (name, item), old in zip(items, _matched(entries, value)):
        if old is None:
            lines += [indent + line for line in _dumped({name: item} if mapping else [item])]
        elif old.value == item and type(old.value) is type(item):
            lines += old.lines
        else:
            lines += _changed(old, name, item, indent, mapping)
    result = "\n".join(lines)
    if (yaml.safe_load(result) or {}).get(key) != value:
        return None
    return result.replace("\n", newline)


def _entries(text: str, key_node: yaml.Node, collection: yaml.Node) -> tuple[list[_Entry] | None, str]:
    """The entries of ``collection`` with their lines, and the indentation of a new one (a list's
    up to its dash); None when two share a line (nothing to cut then)."""
    construct = yaml.SafeLoader("").construct_object
    lines = text.split("\n")
    entries, before = [], key_node.start_mark.line
    mapping = isinstance(collection, yaml.MappingNode)
    for index, item in enumerate(collection.value):
        name_node, node = item if mapping else (None, item)
        first = (name_node or node).start_mark.line
        end = _end(text, node)
        last = text.count("\n", 0, end)
        if first <= before or last < first:
            return None, ""
        start = end - (text.rfind("\n", 0, end) + 1)
        span = (node.start_mark.column, start) if node.start_mark.line == last else None
        name = construct(name_node, deep=True) if mapping else index
        entries.append(_Entry(name, construct(node, deep=True), lines[before + 1:last + 1], span))
        before = last
    first = collection.value[0][0] if mapping else collection.value[0]
    column = first.start_mark.column
    if not mapping:
        column = lines[first.start_mark.line].rfind("-", 0, column)
    return entries, " " * max(column, 0)


def _end(text: str, node: yaml.Node) -> int:
    """Where the text of a value ends: after its last leaf for a block collection, never past a
    line break nor on the spaces before one."""
    if isinstance(node, (yaml.SequenceNode, yaml.MappingNode)) and not node.flow_style and node.value:
        last = node.value[-1]
        return _end(text, last[1] if isinstance(last, tuple) else last)
    end = node.end_mark.index
    while end > node.start_mark.index and text[end - 1] in " \n":
        end -= 1
    return end


def _matched(entries: list[_Entry], value: list | dict) -> list[_Entry | None]:
    """For each entry of ``value`` in order, the old entry it continues (None for a new one).

    A mapping's by key: of a key written twice, the one holding the value given, else the first
    (the engineer put everyone in that role on one line, as the dialog asks: review 65 R5).
    A list's by value (a changed matcher is another entry: its comment said the old one): first
    the entries difflib keeps in place, then those moved."""
    if isinstance(value, dict):
        found = []
        for name, item in value.items():
            same = [old for old in entries if old.name == name and old not in found]
            found.append(next((old for old in same if old.value == item), same[0] if same else None))
        return found
    before = [json.dumps(old.value, sort_keys=True, default=str) for old in entries]
    after = [json.dumps(item, sort_keys=True, default=str) for item in value]
    pairs: dict[int, int] = {}  # new index -> old index
    opcodes = difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    for tag, i1, _i2, j1, j2 in opcodes:
        if tag == "equal":
            pairs.update((j, i1 + j - j1) for j in range(j1, j2))
    for j, text in enumerate(after):  # moved
        if j not in pairs:
            free = [i for i, old in enumerate(before) if old == text and i not in pairs.values()]
            if free:
                pairs[j] = free[0]
    return [entries[pairs[j]] if j in pairs else None for j in range(len(value))]


def _changed(old: _Entry, name: object, item: object, indent: str, mapping: bool) -> list[str]:
    """``old``'s lines with its value made ``item``: the value's text replaced where it stands
    (a one-line scalar given a scalar), else the entry written anew under the same comment lines
    above, its inline comment kept when it is one line."""
    *above, last = old.lines
    if old.value_span is not None and not isinstance(old.value, (list, dict)):
        start, end = old.value_span
        scalar = _scalar(item, last[start:start + 1])
        if scalar is not None:
            return [*above, last[:start] + scalar + last[end:]]
    fresh = [indent + line for line in _dumped({name: item} if mapping else [item])]
    comment = _COMMENT.search(last[old.value_span[1]:]) if old.value_span else None
    if comment and len(fresh) == 1:
        fresh[0] += comment.group(0)
    return [*_comment_lines(above), *fresh]


def _comment_lines(lines: list[str]) -> list[str]:
    """The comment and blank lines of ``lines`` (those above an entry, before its own)."""
    return [line for line in lines if not line.strip() or line.lstrip().startswith("#")]


def _scalar(item: object, quote: str = "") -> str | None:
    """``item`` written as a one-line YAML scalar (quoted where YAML would read another type; a
    string in ``quote``, ``"`` or ``'``, as the value it replaces was), or None when it is a
    collection or takes more than a line."""
    if isinstance(item, (list, dict)):
        return None
    if isinstance(item, str) and quote in ('"', "'"):
        text = json.dumps(item, ensure_ascii=False) if quote == '"' else "'" + item.replace("'", "''") + "'"
        if "\n" not in text and yaml.safe_load(f"x: {text}") == {"x": item}:
            return text
    text = yaml.safe_dump(item, allow_unicode=True, width=1 << 30)
    text = text[:-len("...\n")] if text.endswith("\n...\n") else text
    text = text.rstrip("\n")
    return None if "\n" in text else text
