#!/usr/bin/env python3
"""Extract the translatable strings of ``desktop/oncall_tray`` and update the Qt Linguist
catalogues ``resources/translations/oncall_tray_<lang>.ts``, then compile them to ``.qm`` with
``pyside6-lrelease``.

Usage (from anywhere; use the project's Python so that ``pyside6-lrelease`` is found next to it)::

    .venv/bin/python packaging/i18n/update_translations.py            # update .ts and .qm
    .venv/bin/python packaging/i18n/update_translations.py --check    # exit 1 if out of date

What counts as a translatable string (read with ``ast``, the source is never imported):

* ``tr("context", "text")``, ``translate("context", "text")``,
  ``QCoreApplication.translate("context", "text")`` (also ``QApplication`` /
  ``QGuiApplication``) and ``QT_TRANSLATE_NOOP("context", "text")``; an optional third string is
  Qt's disambiguation and becomes the message's ``<comment>``;
* ``Message("context", "text", values)`` (``oncall_tray.i18n.Message``, a sentence translated
  when it is shown): the context and the text; the values are not read;
* ``tr("text")`` and ``QT_TR_NOOP("text")`` in a module that sets a module-level
  ``TR_CONTEXT = "name"``.

Each string argument may be a literal, a concatenation of literals, or the name of a module-level
string constant (``CONTEXT = "notifications"``, also when imported with ``from .x import NAME``).
Calls of these names whose arguments are something else (an f-string, a variable) are listed as
warnings, except for wrappers that only forward their own parameters
(``def tr(text): return QCoreApplication.translate(context, text)``).

Update rules, as Qt's ``lupdate`` does them: existing translations are kept; new messages are
added (pt_BR: ``type="unfinished"`` and empty; en: the source text, finished); messages no longer
in the source are marked ``type="vanished"`` (finished before) or ``type="obsolete"``
(unfinished before; empty ones are dropped), and come back as they were if the string
reappears; ``--drop-vanished`` removes them instead. Output is sorted (contexts, then source
text; locations by file and line) so that it does not depend on the order of the walk.

``--check`` changes nothing and exits 1 when a string of the source is missing from a catalogue
(or only there as vanished), a catalogue still has a message the source no longer has, a message
is unfinished or empty, a translation's ``%N`` place markers differ from its source's, or a
``.qm`` is missing or differs from what lrelease produces from its ``.ts`` now (compiled to a
temporary file and compared byte for byte; modification times are not used, git does not keep
them). Moved line numbers are reported but only fail with ``--strict``.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE_ROOT = ROOT / "desktop"
PACKAGE = SOURCE_ROOT / "oncall_tray"
TS_DIR = ROOT / "resources" / "translations"
CATALOGUE = "oncall_tray"
#: File suffix -> the ``language`` attribute of its ``<TS>``.
LANGUAGES = {"pt_BR": "pt_BR", "en": "en_US"}
SOURCE_LANGUAGE = "en"
#: The language whose translations are the source text itself.
IDENTITY_LANGUAGE = "en"

CONTEXT_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP"}  # (context, text[, disambiguation])
MESSAGE_CALLS = {"Message"}  # i18n.Message(context, text, values): the values are not read
MODULE_CONTEXT_CALLS = {"tr", "QT_TR_NOOP"}  # (text) with the module's TR_CONTEXT
QT_CLASSES = {"QCoreApplication", "QApplication", "QGuiApplication"}  # X.translate(...)
MODULE_CONTEXT = "TR_CONTEXT"
PLACE_MARKER = re.compile(r"%L?\d+|%n")

FINISHED, UNFINISHED, VANISHED, OBSOLETE = None, "unfinished", "vanished", "obsolete"
GONE = (VANISHED, OBSOLETE)

Key = tuple[str, str, str]  # (context, source, disambiguation comment)


# --------------------------------------------------------------------------------------------
# Extraction


@dataclass
class Extraction:
    """What the walk of the source found."""

    messages: dict[Key, list[tuple[str, int]]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, key: Key, filename: str, line: int) -> None:
        self.messages.setdefault(key, []).append((filename, line))


def module_name(path: Path, source_root: Path = SOURCE_ROOT) -> tuple[str, str]:
    """(module, package) of a source file under ``source_root`` (``desktop/``)."""
    parts = list(path.relative_to(source_root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
        return ".".join(parts), ".".join(parts)
    return ".".join(parts), ".".join(parts[:-1])


def fold_string(node: ast.AST, constants: dict[str, str]) -> str | None:
    """The string value of a literal, a ``+`` of literals or a module-level constant's name."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = fold_string(node.left, constants), fold_string(node.right, constants)
        if left is not None and right is not None:
            return left + right
    return None


def own_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level names assigned exactly once, to a string."""
    values: dict[str, str | None] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name):
                folded = fold_string(value, {})
                values[target.id] = folded if target.id not in values else None
    return {name: value for name, value in values.items() if value is not None}


def imported_constants(tree: ast.Module, package: str, modules: dict[str, dict[str, str]]) -> dict[str, str]:
    """String constants that ``tree`` imports by name from other modules of the project."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package.split(".")
            base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
            origin = ".".join(base + ([node.module] if node.module else []))
        else:
            origin = node.module or ""
        for alias in node.names:
            value = modules.get(origin, {}).get(alias.name)
            if value is not None:
                found[alias.asname or alias.name] = value
    return found


class CallFinder(ast.NodeVisitor):
    """Collects the translation calls of one module."""

    def __init__(self, filename: str, constants: dict[str, str], out: Extraction) -> None:
        self.filename = filename
        self.constants = constants
        self.module_context = constants.get(MODULE_CONTEXT)
        self.out = out
        self.parameters: list[set[str]] = []

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        args = node.args
        names = {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs}
        names |= {a.arg for a in (args.vararg, args.kwarg) if a is not None}
        self.parameters.append(names)
        self.generic_visit(node)
        self.parameters.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def problem(self, node: ast.AST, reason: str) -> None:
        self.out.problems.append(f"{self.filename}:{node.lineno}: {reason}")

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Name) and func.id in CONTEXT_CALLS | MODULE_CONTEXT_CALLS | MESSAGE_CALLS:
            name = func.id
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and \
                isinstance(func.value, ast.Name) and func.value.id in QT_CLASSES:
            name = "translate"
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and node.args:
            self.problem(node, f"{ast.unparse(func)}(...) (QObject.tr, context = class name) is not extracted; "
                               "use a TR_CONTEXT and tr(text)")
            return
        else:
            return
        args = node.args
        if not args:
            return
        if name in MESSAGE_CALLS:
            args = args[:2]  # (context, text); the third argument holds the values
        folded = [fold_string(a, self.constants) for a in args[:3]]
        if all(v is None and self._forwarded(a) for v, a in zip(folded, args)):
            return  # a wrapper passing its own parameters on
        if len(args) >= 2 and name in CONTEXT_CALLS | MESSAGE_CALLS:
            context, source = folded[0], folded[1]
            comment = folded[2] if len(args) >= 3 else ""
            if context is None or source is None or comment is None:
                self.problem(node, f"{ast.unparse(node)[:100]}: context and text must be string literals "
                                   "(or module-level string constants)")
                return
        elif len(args) == 1 and name in MODULE_CONTEXT_CALLS:
            source, comment = folded[0], ""
            if self.module_context is None:
                self.problem(node, f"{ast.unparse(node)[:100]}: one-argument {name}() in a module without a "
                                   f"module-level {MODULE_CONTEXT} string")
                return
            if source is None:
                self.problem(node, f"{ast.unparse(node)[:100]}: the text must be a string literal")
                return
            context = self.module_context
        else:
            self.problem(node, f"{ast.unparse(node)[:100]}: unexpected arguments for {name}()")
            return
        if not source:
            self.problem(node, f"{ast.unparse(node)[:100]}: empty source text")
            return
        self.out.add((context, source, comment), self.filename, node.lineno)

    def _forwarded(self, arg: ast.AST) -> bool:
        return isinstance(arg, ast.Name) and any(arg.id in names for names in self.parameters)


def extract(package: Path = PACKAGE, relative_to: Path = TS_DIR) -> Extraction:
    """Walk ``package/**/*.py``; locations are relative to ``relative_to`` (the .ts folder)."""
    out = Extraction()
    trees: dict[str, tuple[Path, ast.Module, str]] = {}
    constants: dict[str, dict[str, str]] = {}
    for path in sorted(package.rglob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except (SyntaxError, UnicodeDecodeError) as exc:
            out.problems.append(f"{Path(os.path.relpath(path, relative_to)).as_posix()}: cannot parse: {exc}")
            continue
        module, package_name = module_name(path, package.parent)
        trees[module] = (path, tree, package_name)
        constants[module] = own_constants(tree)
    for module, (path, tree, package_name) in trees.items():
        names = {**imported_constants(tree, package_name, constants), **constants[module]}
        filename = Path(os.path.relpath(path, relative_to)).as_posix()
        CallFinder(filename, names, out).visit(tree)
    for locations in out.messages.values():
        locations.sort()
    return out


# --------------------------------------------------------------------------------------------
# Catalogues


@dataclass
class Entry:
    """One ``<message>`` of a .ts file."""

    context: str
    source: str
    comment: str = ""
    translation: str = ""
    type: str | None = FINISHED
    locations: list[tuple[str, int]] = field(default_factory=list)
    extracomment: str = ""
    translatorcomment: str = ""

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


@dataclass
class Catalogue:
    language: str | None = None
    sourcelanguage: str | None = None
    entries: dict[Key, Entry] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def ts_path(language: str) -> Path:
    return TS_DIR / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str) -> Path:
    return TS_DIR / f"{CATALOGUE}_{language}.qm"


def read_ts(path: Path) -> Catalogue:
    """The messages of a .ts file (an empty catalogue if the file does not exist)."""
    catalogue = Catalogue()
    if not path.exists():
        return catalogue
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise SystemExit(f"{path}: not valid XML: {exc}") from exc
    catalogue.language, catalogue.sourcelanguage = root.get("language"), root.get("sourcelanguage")
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                catalogue.problems.append(f"{path.name}: numerus message in {name!r} is not supported; dropped")
                continue
            entry = Entry(
                context=name,
                source=message.findtext("source", ""),
                comment=message.findtext("comment", ""),
                translation=(translation.text or "") if translation is not None else "",
                type=translation.get("type") if translation is not None else UNFINISHED,
                locations=[(loc.get("filename", ""), int(loc.get("line", "0") or 0))
                           for loc in message.findall("location")],
                extracomment=message.findtext("extracomment", ""),
                translatorcomment=message.findtext("translatorcomment", ""),
            )
            if entry.key in catalogue.entries:
                catalogue.problems.append(f"{path.name}: duplicate message {entry.key!r}; the first one is kept")
                continue
            catalogue.entries[entry.key] = entry
    return catalogue


def merge(old: Catalogue, found: Extraction, language: str, drop_vanished: bool = False) -> dict[Key, Entry]:
    """The entries the catalogue of ``language`` should have for the strings ``found``."""
    identity = language == IDENTITY_LANGUAGE
    merged: dict[Key, Entry] = {}
    for key, locations in found.messages.items():
        entry = old.entries.get(key)
        if entry is None:
            entry = Entry(*key, translation=key[1] if identity else "", type=FINISHED if identity else UNFINISHED)
        else:
            entry = Entry(**{**entry.__dict__})
            if entry.type == VANISHED:
                entry.type = FINISHED
            elif entry.type == OBSOLETE:
                entry.type = UNFINISHED
            if identity and not entry.translation:
                entry.translation, entry.type = entry.source, FINISHED
        entry.locations = list(locations)
        merged[key] = entry
    for key, entry in old.entries.items():
        if key in merged:
            continue
        if entry.type in GONE:
            gone_type = entry.type
        elif entry.type == UNFINISHED:
            gone_type = OBSOLETE if entry.translation else None
        else:
            gone_type = VANISHED
        if gone_type is None or drop_vanished:
            continue
        merged[key] = Entry(**{**entry.__dict__, "type": gone_type, "locations": []})
    return merged


def _text(value: str) -> str:
    """XML character data escaped the way Qt's lupdate writes it."""
    out = []
    for char in value:
        if char == "&":
            out.append("&amp;")
        elif char == "<":
            out.append("&lt;")
        elif char == ">":
            out.append("&gt;")
        elif char == '"':
            out.append("&quot;")
        elif char == "'":
            out.append("&apos;")
        elif ord(char) < 0x20 and char not in "\n\t":
            out.append(f"&#x{ord(char):x};")
        else:
            out.append(char)
    return "".join(out)


def render_ts(language: str, entries: dict[Key, Entry]) -> str:
    """A TS 2.1 document, sorted: contexts by name, messages by source then comment."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    by_context: dict[str, list[Entry]] = {}
    for entry in entries.values():
        by_context.setdefault(entry.context, []).append(entry)
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_text(context)}</name>"]
        for entry in sorted(by_context[context], key=lambda e: (e.source, e.comment)):
            lines.append("    <message>")
            for filename, line in sorted(entry.locations):
                lines.append(f'        <location filename="{_text(filename)}" line="{line}"/>')
            lines.append(f"        <source>{_text(entry.source)}</source>")
            if entry.comment:
                lines.append(f"        <comment>{_text(entry.comment)}</comment>")
            if entry.extracomment:
                lines.append(f"        <extracomment>{_text(entry.extracomment)}</extracomment>")
            if entry.translatorcomment:
                lines.append(f"        <translatorcomment>{_text(entry.translatorcomment)}</translatorcomment>")
            kind = f' type="{entry.type}"' if entry.type else ""
            lines.append(f"        <translation{kind}>{_text(entry.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def place_markers(text: str) -> set[str]:
    return set(PLACE_MARKER.findall(text))


# --------------------------------------------------------------------------------------------
# Compilation


def find_lrelease(explicit: str | None = None) -> str:
    """``pyside6-lrelease`` next to this Python (the venv), else on PATH, else ``lrelease``."""
    if explicit:
        return explicit
    suffix = ".exe" if os.name == "nt" else ""
    for name in ("pyside6-lrelease", "lrelease"):
        beside = Path(sys.executable).parent / f"{name}{suffix}"
        if beside.is_file():
            return str(beside)
        on_path = shutil.which(name)
        if on_path:
            return on_path
    raise SystemExit("pyside6-lrelease not found: run with the project's venv Python "
                     "(.venv/bin/python) or put pyside6-lrelease on PATH")


def compile_qm(lrelease: str, ts: Path) -> bytes:
    """What lrelease makes of ``ts`` now (unfinished translations left out, like the CLI does)."""
    with tempfile.TemporaryDirectory(prefix="oncall-tray-i18n-") as tmp:
        out = Path(tmp) / "out.qm"
        run = subprocess.run([lrelease, "-silent", "-nounfinished", str(ts), "-qm", str(out)],
                             capture_output=True, text=True, check=False)
        if run.returncode != 0 or not out.exists():
            raise SystemExit(f"{lrelease} failed on {ts} ({run.returncode}):\n{run.stdout}{run.stderr}")
        return out.read_bytes()


def write_if_changed(path: Path, data: bytes) -> bool:
    """Replace ``path`` atomically when its bytes differ; True when it was written."""
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return True


# --------------------------------------------------------------------------------------------
# Commands


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def check(found: Extraction, lrelease: str, strict: bool) -> int:
    """List what is out of date; 1 if anything is (see the module docstring)."""
    failures: list[str] = []
    notes: list[str] = []
    for language, attribute in LANGUAGES.items():
        path = ts_path(language)
        name = rel(path)
        if not path.exists():
            failures.append(f"{name}: missing")
            continue
        old = read_ts(path)
        failures += old.problems
        if old.language != attribute or old.sourcelanguage != SOURCE_LANGUAGE:
            failures.append(f'{name}: language="{old.language}" sourcelanguage="{old.sourcelanguage}", '
                            f'expected "{attribute}" and "{SOURCE_LANGUAGE}"')
        for key in sorted(found.messages):
            entry = old.entries.get(key)
            where = found.messages[key][0]
            label = f"[{key[0]}] {key[1]!r}" + (f" ({key[2]})" if key[2] else "")
            if entry is None or entry.type in GONE:
                failures.append(f"{name}: missing {label} ({where[0]}:{where[1]})")
            elif entry.type == UNFINISHED or not entry.translation:
                failures.append(f"{name}: unfinished {label}")
            elif place_markers(entry.translation) != place_markers(entry.source):
                failures.append(f"{name}: place markers differ in {label}: {entry.translation!r}")
        for key, entry in sorted(old.entries.items()):
            if key not in found.messages and entry.type not in GONE:
                failures.append(f"{name}: stale [{key[0]}] {key[1]!r} is no longer in the source")
        expected = render_ts(language, merge(old, found, language))
        if path.read_text(encoding="utf-8") != expected:
            (failures if strict else notes).append(f"{name}: locations or layout differ from an update")
        qm = qm_path(language)
        if not qm.exists():
            failures.append(f"{rel(qm)}: missing")
        elif qm.read_bytes() != compile_qm(lrelease, path):
            failures.append(f"{rel(qm)}: stale (differs from what lrelease makes of {path.name})")
    for problem in found.problems:
        print(f"warning: not extractable: {problem}", file=sys.stderr)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    for failure in failures:
        print(failure)
    if failures:
        print(f"{len(failures)} problem(s); run: python {rel(Path(__file__).resolve())}")
        return 1
    print(f"translations up to date: {len(found.messages)} messages in {', '.join(LANGUAGES)}")
    return 0


def update(found: Extraction, lrelease: str, drop_vanished: bool) -> int:
    """Rewrite the .ts files and compile the .qm files; prints a summary."""
    for language in LANGUAGES:
        path = ts_path(language)
        old = read_ts(path)
        for problem in old.problems:
            print(f"warning: {problem}", file=sys.stderr)
        entries = merge(old, found, language, drop_vanished)
        changed = write_if_changed(path, render_ts(language, entries).encode("utf-8"))
        active = [e for e in entries.values() if e.type not in GONE]
        unfinished = sum(1 for e in active if e.type == UNFINISHED or not e.translation)
        gone = len(entries) - len(active)
        qm_changed = write_if_changed(qm_path(language), compile_qm(lrelease, path))
        print(f"{rel(path)}: {len(active)} messages, {unfinished} unfinished, {gone} vanished"
              f"{' (updated)' if changed else ''}; {qm_path(language).name}{' (compiled)' if qm_changed else ' unchanged'}")
    for problem in found.problems:
        print(f"warning: not extractable: {problem}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is out of date")
    parser.add_argument("--strict", action="store_true", help="with --check: moved line numbers fail too")
    parser.add_argument("--drop-vanished", action="store_true", help="remove messages no longer in the source")
    parser.add_argument("--lrelease", metavar="PATH", help="the lrelease program (default: pyside6-lrelease)")
    args = parser.parse_args(argv)
    found = extract()
    lrelease = find_lrelease(args.lrelease)
    if args.check:
        return check(found, lrelease, args.strict)
    return update(found, lrelease, args.drop_vanished)


if __name__ == "__main__":
    sys.exit(main())
