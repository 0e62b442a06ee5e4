"""A list or mapping of the settings file rewritten in place, as the engineer wrote it: block
style kept, the order given (the settings dialog's: never sorted), and the comments of the
entries that did not change (review 65 R2: Save wrote ``contacts: {Arquiteto: …, CTO: …}`` on one
line, sorted, and the comments "# L2", "# L3", "# plantão até 12/12" were gone; README: Save
"changes only the keys you changed (your comments stay)").

The block collection is read and written again with ruamel.yaml's round trip (comments, quotes
and order kept), only the text of that one key, so that the rest of the file stays as it is byte
for byte. ruamel.yaml is imported here only, when a collection is saved: never by the running
tray until then (its resident memory is measured). No Qt.
"""

from __future__ import annotations

import difflib
import io

import yaml


def block_entry(text: str, key: str, value: list | dict) -> str | None:
    """``text`` (one top-level ``key:`` of a settings file holding a block list or mapping of
    scalars, from the key to the end of the line of its last entry, comments inside included)
    with its value made ``value`` (plain lists, dicts and scalars, non-empty) in the order
    given. An entry of ``text`` whose value stays keeps its comments and quoting; the comment
    lines above an entry stay above it when the entries before it go or change; the inline
    comment of a mapping entry whose value changes stays (as a changed top-level key's does).

    Returns the new text without a final line break, or None when the text is not such a
    collection (a nested collection, another kind than ``value``...): the caller writes the key
    anew then. Never raises for the text's sake.
    """
    from ruamel.yaml import YAML  # imported when a collection is saved only (see the module's notes)
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.util import load_yaml_guess_indent

    newline = "\r\n" if "\r\n" in text else "\n"
    reader = YAML()
    reader.preserve_quotes = True  # "Ana Souza - …" stays quoted as written
    try:
        data, indent, dash = load_yaml_guess_indent(text.replace("\r\n", "\n"), yaml=reader)
    except YAMLError:
        return None
    old = data.get(key) if isinstance(data, CommentedMap) and len(data) == 1 else None
    kind = CommentedMap if isinstance(value, dict) else CommentedSeq
    if not isinstance(old, kind) or old.fa.flow_style() or not _scalars(old) or not _scalars(value):
        return None
    _edit(old, key, data, value)
    writer = YAML()
    writer.width = 1 << 30  # a long contact stays on its line
    writer.indent(mapping=indent or 2, sequence=indent or 2, offset=dash or 0)
    out = io.StringIO()
    writer.dump(data, out)
    entry = out.getvalue().rstrip("\n")
    if (yaml.safe_load(entry) or {}).get(key) != value:
        return None
    return entry.replace("\n", newline)


def block_text(key: str, value: list | dict) -> str:
    """``key: value`` with a non-empty list or mapping written one entry a line (two spaces
    in), in the order given (never sorted), without a final line break."""
    body = yaml.safe_dump(value, default_flow_style=False, sort_keys=False, allow_unicode=True, width=1 << 30)
    lines = "".join(f"\n  {line}" for line in body.rstrip("\n").split("\n"))
    return f"{yaml.safe_dump(key).splitlines()[0]}:{lines}"


def _scalars(collection: object) -> bool:
    values = collection.values() if isinstance(collection, dict) else collection
    return all(not isinstance(item, (list, dict)) for item in values)


def _edit(old, key: str, parent, value: list | dict) -> None:
    """Make ``old`` (``parent[key]``, a ruamel CommentedSeq or CommentedMap) hold ``value`` with
    the fewest entries added or taken out (difflib's matching of the lists, or of the keys),
    applied from the end so that the places still to edit do not move."""
    mapping = isinstance(value, dict)
    before, after = list(old), list(value)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
        if tag == "equal":
            continue
        for index in range(i2 - 1, i1 - 1, -1):
            _drop(old, index, parent, key)
        for offset, item in enumerate(after[j1:j2]):
            _insert(old, i1 + offset, item, value[item] if mapping else item)
    if mapping:
        for name, item in value.items():
            if old[name] != item:
                old[name] = item  # its inline comment stays (ruamel keeps it by key)


def _slot(collection) -> int:
    """Where ruamel keeps the comment after an entry: [2] for a mapping's, [0] for a list's."""
    return 2 if isinstance(collection, dict) else 0


def _name(collection, index: int):
    return list(collection)[index] if isinstance(collection, dict) else index


def _following(collection, index: int) -> str:
    """The comment lines after entry ``index`` up to the next entry (ruamel keeps them with the
    entry's inline comment, after its first line break): those of the next entry, really."""
    slot = collection.ca.items.get(_name(collection, index)) or [None] * 4
    token = slot[_slot(collection)]
    if token is None or "\n" not in token.value:
        return ""
    inline, rest = token.value.split("\n", 1)
    if inline:
        token.value = inline + "\n"
    else:  # nothing on the entry's own line
        slot[_slot(collection)] = None
    return rest


def _attach(collection, index: int, lines: str, parent, key: str) -> None:
    """Put comment ``lines`` after entry ``index`` (before the first entry when it is -1)."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    if not lines.strip():
        return
    if index < 0:
        slot = parent.ca.items.setdefault(key, [None, None, None, None])
        if slot[2] is not None:
            slot[2].value += lines
        else:
            slot[3] = [*(slot[3] or []), CommentToken(lines, CommentMark(0))]
        return
    slot = collection.ca.items.setdefault(_name(collection, index), [None, None, None, None])
    place = _slot(collection)
    if slot[place] is None:
        slot[place] = CommentToken("\n" + lines, CommentMark(0))
    else:
        slot[place].value = slot[place].value.rstrip("\n") + "\n" + lines


def _drop(collection, index: int, parent, key: str) -> None:
    """Take entry ``index`` out; the comment lines after it (the next entry's) stay."""
    lines = _following(collection, index)
    del collection[_name(collection, index)]
    _attach(collection, index - 1, lines, parent, key)


def _insert(collection, index: int, name, item) -> None:
    """Add ``item`` (under ``name`` in a mapping) at ``index``; the comment lines above the
    entry that was there stay above that entry."""
    lines = _following(collection, index - 1) if index > 0 else ""
    if isinstance(collection, dict):
        collection.insert(index, name, item)
    else:
        collection.insert(index, item)
    if lines:
        _attach(collection, index, lines, None, "")
