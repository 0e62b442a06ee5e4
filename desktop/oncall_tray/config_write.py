"""Writing settings files: the commented example (`config init`), and saving changed keys in
place (the settings dialog, `login`), always atomically: a crash leaves the old file whole."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path

import msgspec
import yaml

from .config_example import example_text
from .config_read import compose_settings, read_settings_text
from .config_problems import UnreadableSettings
from .i18n import QT_TRANSLATE_NOOP, Translate, english, resolve_language


class UnwritablePath(OSError):
    """Why a settings file cannot be written, in words the engineer can act on: the path, and
    which part of it is at fault (a parent that is a file, a folder without write permission,
    the path itself a folder). ``str()`` is English; ``text(tr)`` translates (context
    ``"settings"``)."""

    def __init__(self, template: str, path: Path, detail: object = "") -> None:
        self.template, self.path, self.detail = template, Path(path), str(detail)
        super().__init__(self.text())

    def text(self, tr=lambda _context, text: text) -> str:
        """The message in ``tr``'s language (``tr(context, text)``, Qt's signature)."""
        return tr("settings", self.template).replace("%1", str(self.path)).replace("%2", self.detail)


class UnkeptComments(ValueError):
    """A setting ``save_settings`` would not write because the comments written with it could
    not be kept in place (``config_collections.block_entry`` gave up on its text): the file is
    left as it is. ``str()`` is English; ``text(tr)`` translates (context ``"settings"``)."""

    def __init__(self, template: str, key: str) -> None:
        self.template, self.key = template, key
        super().__init__(self.text())

    def text(self, tr=lambda _context, text: text) -> str:
        """The message in ``tr``'s language (``tr(context, text)``, Qt's signature)."""
        return tr("settings", self.template).replace("%1", self.key)


def save_failure_text(exc: Exception, tr: Translate = english) -> str:
    """Why ``save_settings`` (or another writer here: ``atomic_write_text``, ``remove_file``)
    raised ``exc``, in ``tr``'s language where it is one of ours (``UnwritablePath``,
    ``UnreadableSettings``, ``UnkeptComments``), else its text."""
    return exc.text(tr) if isinstance(exc, (UnwritablePath, UnreadableSettings, UnkeptComments)) else str(exc)


def unwritable(path: Path, exc: OSError) -> UnwritablePath:
    """What ``exc`` (raised while writing ``path``) means for the engineer."""
    path = Path(path)
    if path.is_dir():
        return UnwritablePath(QT_TRANSLATE_NOOP("settings", "cannot create %1: it is a folder, not a file."), path)
    if path.exists() and not path.is_file():
        return UnwritablePath(QT_TRANSLATE_NOOP("settings", "cannot write %1: it is not a regular file."), path)
    existing = next((p for p in path.parents if p.exists() or p.is_symlink()), None)
    if existing is not None and not existing.is_dir():
        return UnwritablePath(QT_TRANSLATE_NOOP("settings", "cannot create %1: %2 is a file, not a folder."),
                              path, existing)
    if exc.errno in (errno.EACCES, errno.EPERM):
        where = existing if existing is not None and not path.exists() else path
        return UnwritablePath(QT_TRANSLATE_NOOP("settings", "cannot create %1: permission denied in %2.")
                              if where != path else QT_TRANSLATE_NOOP("settings", "cannot write %1: permission denied."),
                              path, where)
    if exc.errno == errno.EROFS:
        return UnwritablePath(QT_TRANSLATE_NOOP("settings", "cannot write %1: the file system is read-only."), path)
    return UnwritablePath(QT_TRANSLATE_NOOP("settings", "cannot write %1: %2"), path, exc.strerror or exc)


def unremovable(path: Path, exc: OSError) -> UnwritablePath:
    """What ``exc`` (raised while removing the file at ``path``) means for the engineer."""
    path = Path(path)
    if path.is_dir():  # Linux says EISDIR, macOS EPERM
        return UnwritablePath(QT_TRANSLATE_NOOP("settings", "cannot remove %1: it is a folder, not a file."), path)
    if exc.errno in (errno.EACCES, errno.EPERM):  # removing takes the right to write in the folder
        return UnwritablePath(QT_TRANSLATE_NOOP("settings", "cannot remove %1: permission denied in %2."), path,
                              path.parent)
    if exc.errno == errno.EROFS:
        return UnwritablePath(QT_TRANSLATE_NOOP("settings", "cannot remove %1: the file system is read-only."), path)
    return UnwritablePath(QT_TRANSLATE_NOOP("settings", "cannot remove %1: %2"), path, exc.strerror or exc)


def remove_file(path: Path) -> None:
    """Remove the file at ``path``; nothing to do when there is none (a parent a file too).

    Raises:
        UnwritablePath: (an OSError) saying what stops the removal (code review 65 T14: the
            autostart entry's *off* said Python's "[Errno 21] Is a directory", *on* why).
    """
    try:
        Path(path).unlink(missing_ok=True)
    except NotADirectoryError:  # a parent is a file: no file at the path
        return
    except OSError as exc:
        raise unremovable(path, exc) from exc


def write_example(path: Path, force: bool = False, language: str = "en") -> Path:
    """Write a commented example settings file at ``path``, atomically, its comments in
    ``language`` (pt_BR or en).

    Raises:
        FileExistsError: the file exists and ``force`` is False.
        UnwritablePath: the path is a folder or not a regular file, a parent is a file, or a
            folder cannot be created or written (permission denied...).
    """
    path = Path(path)
    if path.exists() and not path.is_file():
        raise unwritable(path, IsADirectoryError(errno.EISDIR, "not a regular file"))
    if path.exists() and not force:
        raise FileExistsError(str(path))
    atomic_write_text(path, example_text(language))
    return path


def keep_aside(path: Path) -> Path:
    """Copy the settings file at ``path`` beside it as ``<name>.bak-<UTC time>`` (as the journal
    sets a damaged file aside: ``core.journal_file.aside_name``), atomically; returns the copy.
    ``config init --force`` keeps the file it replaces so (review 38 F9: the engineer's
    settings and comments were lost).

    Raises:
        UnwritablePath: the file cannot be read, or the copy cannot be written (nothing to
            replace it then).
    """
    from .core.journal_file import aside_name

    path = Path(path)
    target = aside_name(path, "bak", dt.datetime.now(dt.timezone.utc))
    try:
        text = path.read_bytes().decode("utf-8", "surrogateescape")  # the bytes as they are
    except OSError as exc:
        raise UnwritablePath(QT_TRANSLATE_NOOP("settings", "cannot copy %1 aside before replacing it: %2"), path,
                             exc.strerror or exc) from exc
    atomic_write_text(target, text, errors="surrogateescape")
    return target


def atomic_write_text(path: Path, text: str, errors: str = "strict", *, durable: bool = True) -> None:
    """Write ``text`` to ``path`` in UTF-8 (``errors`` as ``str.encode``'s) so that a crash
    leaves either the old or the new file whole (a temporary file of a unique name in the same
    folder, fsync, ``os.replace``); missing folders are created. ``durable=False`` skips the
    fsync, for a file written often from the GUI thread that only helps while the system runs
    (the notifications on screen, ``notify.shown_list``): readers still never see half a file.

    Raises:
        UnwritablePath: (an OSError) saying what stops the writing.
    """
    try:
        _write_atomically(Path(path), text, errors, durable)
    except OSError as exc:
        raise unwritable(path, exc) from exc


def _write_atomically(path: Path, text: str, errors: str, durable: bool = True) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors=errors) as handle:
            handle.write(text)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_settings(path: Path, changes: Mapping[str, object]) -> None:
    """Set top-level keys of the settings file at ``path``, atomically (``atomic_write_text``),
    keeping its comments and every other line; a missing file starts from the commented example
    (in the language of ``changes``' ``language``, else the system's).

    Raises:
        UnwritablePath: (an OSError) the file cannot be read or written, and why.
        UnreadableSettings: (a ValueError) the file is not one ``load_config`` can read (not
            valid YAML, not a mapping, not UTF-8...), said as ``config check`` says it; it is
            left as it is (its comments and settings would be lost).
        UnkeptComments: (a ValueError) a list or mapping whose comments could not be kept in place.
        ValueError: the result would not read back as ``changes``.
    """
    text = text_to_update(path, str(changes.get("language") or ""))
    atomic_write_text(path, updated_text(text, changes))


def text_to_update(path: Path, language: str = "") -> str:
    """The text ``save_settings`` would start from: the file's, or for a missing file the
    commented example in ``language`` (else the system's); a way to ask whether it could save.

    Raises:
        UnwritablePath: (an OSError) the file cannot be read, and why.
        UnreadableSettings: (a ValueError) the file is not one ``load_config`` can read.
    """
    path = Path(path)
    try:
        text = read_settings_text(path)
    except FileNotFoundError:
        return example_text(resolve_language(language))
    except OSError as exc:
        raise unwritable(path, exc) from exc
    compose_settings(text)
    return text


def updated_text(text: str, changes: Mapping[str, object]) -> str:
    """``text`` (a settings file) with the top-level keys of ``changes`` set: each present key's
    entry is replaced where it stands (the last one if a key is repeated), the others appended.
    Lists and mappings are written in the order given, never sorted: one entry a line when new,
    or given to a block collection (whose unchanged entries keep their comments:
    ``config_collections``) or to an empty ``[]``/``{}``; in flow style where a flow collection
    held entries.

    Raises:
        UnreadableSettings: (a ValueError) ``text`` is not a YAML mapping.
        UnkeptComments: (a ValueError) a list or mapping whose comments, or a setting whose anchors,
            aliases or merge keys, could not be kept in place (code review 66 S7).
        ValueError: the result would not read back as ``changes`` (nothing is written then).
    """
    node = compose_settings(text)
    entries = {str(key_node.value): (key_node, value_node)
               for key_node, value_node in (node.value if node is not None else ())}
    edits, appended = [], []
    for key, value in changes.items():
        if key in entries:
            edits.append(_edit(text, *entries[key], key, plain_value(value)))
        else:
            appended.append(_yaml_entry(key, value, block=True))
    for start, end, entry in sorted(edits, reverse=True):
        text = text[:start] + entry + text[end:]
    if appended:
        text = (text.rstrip("\n") + "\n" if text.strip() else "") + "\n".join(appended) + "\n"
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError:  # an anchor replaced with its value: an alias elsewhere names nothing now
        raise UnkeptComments(_ANCHORS, next(iter(changes))) from None
    for key, value in changes.items():
        if data.get(key) != plain_value(value):
            raise ValueError(f"{key}: the value would not read back as written")
    return text


def _node_end(text: str, node: yaml.Node) -> int:
    """Where the text of a value ends: after its last leaf for a block collection (whose own end
    mark lies past any comment that follows it), never past a line break."""
    if isinstance(node, (yaml.SequenceNode, yaml.MappingNode)) and not node.flow_style and node.value:
        last = node.value[-1]  # an alias's marks are its anchor's: a key's end stands after them
        end = max(_node_end(text, item) for item in last) if isinstance(last, tuple) else _node_end(text, last)
    else:
        end = node.end_mark.index
    while end > node.start_mark.index and text[end - 1] in "\r\n":
        end -= 1
    return end


def _edit(text: str, key_node: yaml.Node, value_node: yaml.Node, key: str, value: object) -> tuple[int, int, str]:
    """The edit setting ``key`` (``key_node: value_node`` in ``text``) to ``value`` (plain):
    (start, end, new text). A block collection given entries is edited as it stands, up to the
    end of its last entry's line (``config_collections.block_entry``); an empty flow collection,
    a scalar or null given entries is written in block style, the key's own comment kept on its
    line (code review 66 U10); the rest on one line.

    Raises:
        UnkeptComments: (a ValueError) a block collection with comments that ``block_entry``
            cannot edit (code review 66 U3: they were dropped, the last one glued onto another entry).
    """
    start, end = key_node.start_mark.index, _node_end(text, value_node)
    collection = isinstance(value_node, (yaml.SequenceNode, yaml.MappingNode))
    flow = collection and value_node.flow_style
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line_end -= text[line_end - 1:line_end] == "\r"  # the last entry's line with its comment
    if collection and not flow and value_node.value and value in ([], {}):
        # every entry gone, its comments with it; the key's own (``filter:   # prod only``) stays
        head = text[key_node.end_mark.index:text.find("\n", key_node.end_mark.index)].rstrip("\r")
        own = head[1:] if re.fullmatch(r":\s+#.*", head) else ""
        return start, line_end, _yaml_entry(key, value) + own
    if not (isinstance(value, (list, dict)) and value and key_node.start_mark.column == 0):
        return start, end, _yaml_entry(key, value)
    if collection and not flow:
        from .config_collections import block_entry

        entry = block_entry(text[start:line_end], key, value)
        if entry is not None:
            return start, line_end, entry
        if "#" in text[start:line_end]:
            raise UnkeptComments(QT_TRANSLATE_NOOP("settings", "%1: its comments could not be kept in place, so "
                                                   "the file was left as it is: edit this setting in the file itself."),
                                 key)
        if _anchored(text[start:line_end]):  # code review 66 S7: written plain, the alias made a key twice
            raise UnkeptComments(_ANCHORS, key)
        return start, line_end, _yaml_entry(key, value, block=True)
    if flow and value_node.value:
        return start, end, _yaml_entry(key, value)
    rest = text[end:line_end]  # after ``[]``, ``{}``, a scalar or nothing: the key's own comment
    own = rest if re.fullmatch(r"\s+#.*", rest) else ""
    newline = "\r\n" if text[line_end:line_end + 2] == "\r\n" else "\n"
    first, _, entries = _yaml_entry(key, value, block=True).partition("\n")
    return start, line_end, (first + own + "\n" + entries).replace("\n", newline)


_ANCHORS = QT_TRANSLATE_NOOP("settings", "%1: its anchors, aliases or merge keys could not be kept in place, so the "
                             "file was left as it is: edit this setting in the file itself.")


def _anchored(text: str) -> bool:
    """Whether ``text`` (a part of a settings file) holds a YAML anchor, alias or merge key."""
    try:
        return any(isinstance(token, (yaml.AnchorToken, yaml.AliasToken))
                   or isinstance(token, yaml.ScalarToken) and token.plain and token.value == "<<"
                   for token in yaml.scan(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        return True


def _yaml_entry(key: str, value: object, block: bool = False) -> str:
    """``key: value`` as YAML, a collection in the order given (never sorted): on one line in
    flow style, or with ``block`` one entry a line (an empty one stays ``[]``/``{}``)."""
    value = plain_value(value)
    if isinstance(value, (list, dict)) and value and block:
        from .config_collections import block_text

        return block_text(key, value)
    if isinstance(value, (list, dict)):
        flow = yaml.safe_dump(value, default_flow_style=True, sort_keys=False, allow_unicode=True, width=1 << 30)
        return f"{yaml.safe_dump(key).splitlines()[0]}: {flow.strip()}"
    return yaml.safe_dump({key: value}, default_flow_style=False, allow_unicode=True, width=1 << 30).rstrip("\n")


def plain_value(value: object) -> object:
    """``value`` as YAML reads it back: tuples become lists, a whole float (a spin box's 20.0
    seconds) an integer."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return msgspec.json.decode(msgspec.json.encode(value))
