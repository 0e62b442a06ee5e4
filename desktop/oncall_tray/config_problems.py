"""Faults in the settings file as sentences translated when shown (no Qt).

A ``Problem`` names the key as the engineer wrote it in the YAML file and its line, with the
reason as an ``i18n.Message`` (context ``"settings"``): ``config check`` prints
``problem.text(tr)`` with the command line's translator, the tray
``problem.text(QCoreApplication.translate)``; ``str(problem)`` is English.

msgspec's validation messages ("Expected `int`, got `str` - at `$[0]`") are mapped here to
sentences of their own (wrong type, out of range, invalid value, missing or unknown entry); a
message of another shape keeps msgspec's text after a translated lead-in. PyYAML's faults are
said in sentences of their own in ``config_yaml_errors``.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Iterable
from dataclasses import dataclass
from types import MappingProxyType

from .core.matching import matched_key
from .i18n import Message, Translate, english, text_of


class SettingValueError(ValueError):
    """A setting's value that cannot be used; ``reason`` says why (translatable), ``str()`` in
    English."""

    def __init__(self, reason: Message) -> None:
        self.reason = reason
        super().__init__(reason.text())


class UnreadableSettings(ValueError):
    """A settings file that cannot be read or parsed at all (not a regular file, too large, not
    UTF-8, not YAML, not a mapping): ``problem`` (kind "file") is what ``load_config`` reports and
    ``config check`` prints; ``text(tr)`` says why in one line, ``str()`` in English."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(self.text())

    def text(self, tr: Translate = english) -> str:
        """Why, in ``tr``'s language (``Problem.cause_text``: ``line 2: not valid YAML: ...``)."""
        return self.problem.cause_text(tr)


@dataclass(frozen=True)
class Problem:
    """One fault in the settings file.

    Attributes:
        key: the setting as written in the file ("" for the file as a whole).
        line: 1-based line number, None when unknown.
        reason: why, translatable.
        kind: "type" for a value of the wrong type (what the settings dialog says as "must be a
            number"), "unknown" for an unknown key, "twice" for a key written twice (the last
            value is used, not the default), "duplicate" for an Alertmanager listed twice (the
            others are watched, it once), "item" for an item of a list of Alertmanagers left
            out (the others are watched), "file" for a file that could not be read or parsed at
            all (every setting has its default), "missing" for a named file that does not
            exist, "encoding" for a file read as Windows-1252 because it is not UTF-8 (its
            settings are used), "same" for a key of a mapping the app matches in any case
            written again in another case or with blanks ("SEV1" after "sev1": the last one
            counts, and ``config check`` says it as a problem: review 66 S5), "alias" for an
            Alertmanager listed again under another address (its answers tell: polled once, a
            warning: review 67 AC7, ``config_aliases``), "" otherwise.
    """

    key: str
    line: int | None
    reason: Message
    kind: str = ""

    @property
    def message(self) -> str:
        """The reason in English."""
        return self.reason.text()

    @property
    def uses_default(self) -> bool:
        """Whether the default stands in for what was written: not for an unknown key (nothing
        to stand in for), a key written twice (its last value counts), an Alertmanager
        listed twice (watched once), a key written again in another case (its last counts), an item of a list left out (the others are watched) or a
        file read as Windows-1252 (what it says is used)."""
        return self.kind not in ("unknown", "twice", "same", "duplicate", "item", "encoding", "alias")

    @property
    def warning(self) -> bool:
        """Whether the file is used as written all the same, and this is only said: a key written
        twice (its last value counts: the tray, on reading the file again too, and the commands
        alike; review 61 W3), a file read as Windows-1252 (review 55 P4) or an Alertmanager
        listed again under another address (polled once: review 67 AC7). ``config check``
        shows these and exits 0; the tray applies an edit that has only these, saying them."""
        return self.kind in WARNING_KINDS

    def text(self, tr: Translate = english) -> str:
        """``line N: key: reason`` in ``tr``'s language (the parts that are known)."""
        if self.line and self.key:
            return Message("settings", "line %1: %2: %3", (str(self.line), self.key, self.reason)).text(tr)
        if self.line:
            return Message("settings", "line %1: %2", (str(self.line), self.reason)).text(tr)
        reason = self.reason.text(tr)
        return f"{self.key}: {reason}" if self.key else reason

    def cause_text(self, tr: Translate = english) -> str:
        """``text`` without the lead-in "cannot read the file:" of a file that could not be read
        (``unreadable``): why, for a sentence that says it could not be read its own way."""
        if self.kind == "file" and self.reason.template == _UNREADABLE and self.reason.args:
            return text_of(self.reason.args[0], tr)
        return self.text(tr)

    def __str__(self) -> str:
        return self.text()


_UNREADABLE = "cannot read the file: %1"
#: The kinds of problem that do not stop the file being used as written (``Problem.warning``).
WARNING_KINDS = frozenset({"twice", "encoding", "alias"})


#: The system's reasons that a file cannot be read, in the engineer's language (review 42 F6:
#: "não foi possível ler o arquivo: Permission denied").
_OS_REASONS = {
    errno.EACCES: Message("settings", "permission denied"),
    errno.EPERM: Message("settings", "permission denied"),
    errno.ENOTDIR: Message("settings", "a part of its path is a file, not a folder"),
    errno.EISDIR: Message("settings", "it is a folder, not a file"),
    errno.ENOENT: Message("settings", "no such file or folder"),
    errno.ELOOP: Message("settings", "too many symbolic links"),
    errno.EIO: Message("settings", "input/output error (a failing disk?)"),
}


#: The mappings whose keys the app matches by ``core.matching.matched_key`` (case folded, blanks
#: at the ends dropped) into one: ``sev1`` and ``SEV1`` are one key there, the last one's value
#: kept (review 66 S5). Not ``contacts``: ``SRE`` and ``sre`` are two contacts, both kept and
#: both named in an escalation (code review 67 AA2: they were refused as one).
MATCHED_MAPPINGS = frozenset({"severity_synonyms"})


def written_twice(keys: Iterable[tuple[str, int]], mapping: str = "") -> list[tuple[str, int, int, str]]:
    """The keys met again in ``keys`` (``(key, line)`` in the order written, of one mapping):
    ``(key, its later line, the line of the one before it, that one as written)`` for each, in
    order. The one rule of a key written twice: ``config check``'s warning (the last one counts,
    as YAML reads it) and the settings dialog's mapping boxes, which refuse to save it (review 65
    R5: the first contact of a role was dropped without a word). In ``mapping`` (the setting's
    name) among ``MATCHED_MAPPINGS`` keys are compared as the app matches them
    (``matched_key``): "SEV1" after "sev1" is the same key, whose last value the app keeps
    (review 66 S5: alerts of severity "sev1" became info without a word)."""
    same = matched_key if mapping in MATCHED_MAPPINGS else str
    before: dict[str, tuple[int, str]] = {}
    twice: list[tuple[str, int, int, str]] = []
    for key, line in keys:
        if (found := before.get(same(key))) is not None:
            twice.append((key, line, *found))
        before[same(key)] = (line, key)
    return twice


def os_reason(exc: OSError) -> Message | str:
    """Why the system refused (``exc``): its usual reasons in the engineer's language, others in
    the system's words (``strerror``, not Python's "[Errno 13] ...: 'path'": review 24)."""
    return _OS_REASONS.get(exc.errno) or exc.strerror or str(exc)


def unreadable(cause: Message | str) -> Problem:
    """The ``Problem`` of a settings file that could not be read at all, and why."""
    return Problem("", None, Message("settings", "cannot read the file: %1", (cause,)), "file")


#: msgspec's type names, as the engineer would say them (read-only).
TYPE_NAMES = MappingProxyType({
    "int": Message("settings", "a whole number"),
    "float": Message("settings", "a number"),
    "str": Message("settings", "text"),
    "bool": Message("settings", "true or false"),
    "array": Message("settings", "a list"),
    "object": Message("settings", "a mapping (key: value)"),
    "null": Message("settings", "empty (null)"),
})

#: The value found, where it differs from what an expected type is called ("must be a whole
#: number, not a number" says nothing).
FOUND_NAMES = MappingProxyType({**TYPE_NAMES, "float": Message("settings", "a number with a fraction")})

_WRONG_TYPE = re.compile(r"^Expected `(\w+)`, got `(\w+)`$")
_OUT_OF_RANGE = re.compile(r"^Number out of range$")
_BOUND = re.compile(r"^Expected `(\w+)` (>=|<=|>|<) (\S+)$")
_ENUM = re.compile(r"^Invalid enum value (.+)$")
_MISSING = re.compile(r"^Object missing required field `(.+)`$")
_UNKNOWN = re.compile(r"^Object contains unknown field `(.+)`$")
_PATH = re.compile(r"^(?P<body>.*?) - at `(?P<path>[^`]+)`(?: in `(?P<parent>[^`]+)`)?$")
_ITEM = re.compile(r"^\$\[(\d+)\]$")


def _type(name: str) -> Message | str:
    return TYPE_NAMES.get(name, f"`{name}`")


def _bound(op: str, kind: str, limit: str) -> Message:
    if op == ">=":
        return Message("settings", "must be %1, at least %2", (_type(kind), limit))
    if op == "<=":
        return Message("settings", "must be %1, at most %2", (_type(kind), limit))
    if op == ">":
        return Message("settings", "must be %1 greater than %2", (_type(kind), limit))
    return Message("settings", "must be %1 less than %2", (_type(kind), limit))


def _body(text: str) -> tuple[Message, str] | None:
    """(reason, kind) for a msgspec message without its location, None when not recognised."""
    if match := _WRONG_TYPE.match(text):
        found = FOUND_NAMES.get(match[2], f"`{match[2]}`")
        return Message("settings", "must be %1, not %2", (_type(match[1]), found)), "type"
    if _OUT_OF_RANGE.match(text):
        return Message("settings", "the number is too large"), ""
    if match := _BOUND.match(text):
        return _bound(match[2], match[1], match[3]), ""
    if match := _ENUM.match(text):
        return Message("settings", "%1 is not one of the allowed values", (match[1],)), ""
    if match := _MISSING.match(text):
        return Message("settings", "the entry %1 is required", (match[1],)), ""
    if match := _UNKNOWN.match(text):
        return Message("settings", "unknown entry %1", (match[1],)), "unknown"
    return None


def _subject(path: str, parent: str | None) -> Message:
    if parent is not None and path == "key":
        return Message("settings", "each key")
    if path == "$[...]":
        return Message("settings", "each value")
    if match := _ITEM.match(path):
        return Message("settings", "item %1 of the list", (str(int(match[1]) + 1),))
    return Message("settings", "the value at %1", (path,))


def from_validation_error(key: str, line: int | None, error: Exception) -> Problem:
    """The ``Problem`` of msgspec's ``ValidationError`` for the value of ``key``: a translated
    sentence for the kinds above, else msgspec's own text after "wrong type:"."""
    text = str(error)
    subject = None
    if (located := _PATH.match(text)) and located["path"] != "$":
        subject = _subject(located["path"], located["parent"])
        text = located["body"]
    elif located:
        text = located["body"]
    found = _body(text)
    if found is None:
        return Problem(key, line, Message("settings", "wrong type: %1", (str(error),)), "type")
    reason, kind = found
    if subject is not None:
        reason = Message("settings", "%1 %2", (subject, reason))
    return Problem(key, line, reason, kind)
