"""Alertmanager's matcher syntax: ``name="value"``, ``name!=value``, ``name=~"re"``, ``name!~"re"``.

The same syntax as amtool and the ``filter`` query parameter, parsed as Alertmanager's classic
parser does (``pkg/labels/parse.go``, the only one in 0.25): the value may be double-quoted;
inside it (quoted or not) ``\\\\`` is a backslash, ``\\"`` a double quote, ``\\n`` a line
feed, and a backslash before any other character is kept as it is, so ``"10\\.0\\.0\\.1"``
is the regex ``10\\.0\\.0\\.1`` (literal dots); a lone backslash at the end is literal. An
unescaped double quote anywhere but around the value is an error. (The UTF-8 parser of
Alertmanager 0.27+, ``matchers/parse``, unquotes with Go's ``strconv.Unquote`` instead, which
rejects ``\\.``; in its default fallback mode the classic reading still applies.) Parsing is
ours because no maintained Python package speaks it.

Regular expressions are compiled and matched with RE2 (Google's ``google-re2`` bindings), the
engine whose syntax Go's ``regexp`` (Alertmanager's) follows: the same constructs accepted and
refused (``[[:alnum:]]``, the 1,000 repeat limit; no look-arounds or backreferences), and time
linear in the input, so that no pattern typed in the filter box or a silence can hang the tray.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..i18n import Message
from ..reasons import Reason
from .terminal_text import ESCAPE, read_escape, visible
from .models import Matcher

_OPERATORS = {"=": (False, True), "!=": (False, False), "=~": (True, True), "!~": (True, False)}
_MATCHER_RE = re.compile(
    r"""^\s*
    (?P<name>[A-Za-z_][A-Za-z0-9_]*|"(?:[^"\\]|\\.)*")
    \s*(?P<op>=~|!~|!=|=)\s*
    (?P<value>.*?)
    \s*$""",
    re.VERBOSE | re.DOTALL,
)


#: Typographic quotes, as chat programs and word processors replace straight ones (“x”, ‘x’,
#: ”x”, „x“): around a value, Alertmanager would keep them as part of it.
_TYPOGRAPHIC_QUOTES = "“”„‟‘’‚‛"


class RegexError(ValueError):
    """RE2 (as Alertmanager's Go ``regexp``) refuses a pattern; ``str()`` is RE2's reason, e.g.
    ``missing ): (backend``."""


class MatcherSyntaxError(ValueError):
    """A matcher that does not follow Alertmanager's syntax; the message names the problem
    (``str()`` in English; ``message.text(tr)`` in the engineer's language).

    Attributes:
        message: the reason, an ``i18n.Message`` (context "matchers").
        unsupported: for a regular expression Python accepts but Alertmanager's Go RE2 refuses,
            ``(kind, construct)`` as ``re2_unsupported`` gives it; else None.
    """

    def __init__(self, message: Message, unsupported: tuple[str, str] | None = None) -> None:
        super().__init__(message.text())
        self.message = message
        self.unsupported = unsupported


#: Constructs Python's ``re`` knows and Go's RE2 (Alertmanager) refuses: (prefix, kind), the
#: kinds being ``UNSUPPORTED_KINDS``; longest prefixes first.
_GROUP_PREFIXES = (("(?<=", "lookbehind"), ("(?<!", "lookbehind"), ("(?P=", "backreference"),
                   ("(?=", "lookahead"), ("(?!", "lookahead"), ("(?>", "atomic group"), ("(?(", "conditional"),
                   ("(?<", "named group"))  # (Go learnt (?<name>...) in 1.22; Alertmanager 0.25's refuses it)
UNSUPPORTED_KINDS = ("lookahead", "lookbehind", "backreference", "atomic group", "possessive quantifier",
                     "conditional", "byte escape", "named group")
_COUNTED_REPEAT = re.compile(r"\{\d+(?:,\d*)?\}")


def re2_unsupported(pattern: str) -> tuple[str, str] | None:
    """The first construct in ``pattern`` that Go's RE2 (Alertmanager's regular expressions)
    lacks although Python accepts it: ``(kind, construct)``, e.g. ``("lookahead", "(?=")`` or
    ``("backreference", "\\1")``; None when there is none. Escaped characters and character
    classes (``[(?=]``) are skipped, as the regex engines read them."""
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            following = pattern[i + 1:i + 2]
            if following in tuple("123456789"):
                return "backreference", pattern[i:i + 2]
            if following == "C":  # one byte: Google's RE2 has it, Go's regexp refuses it
                return "byte escape", "\\C"
            i += 2
        elif char == "[":
            i = _class_end(pattern, i)
        elif char == "(":
            for prefix, kind in _GROUP_PREFIXES:
                if pattern.startswith(prefix, i):
                    return kind, prefix
            i += 1
        else:
            repeat = _COUNTED_REPEAT.match(pattern, i) if char == "{" else None
            end = repeat.end() if repeat else i + 1 if char in "*+?" else None
            if end is not None and pattern.startswith("+", end):
                return "possessive quantifier", pattern[i:end + 1]
            i = end if end is not None else i + 1
    return None


def _class_end(pattern: str, start: int) -> int:
    """The index after the character class opening at ``start`` (``]`` first is literal;
    ``[:alpha:]`` inside is one item)."""
    i = start + 1
    if pattern.startswith("^", i):
        i += 1
    if pattern.startswith("]", i):
        i += 1
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
        elif pattern.startswith("[:", i) and ":]" in pattern[i + 2:]:
            i = pattern.index(":]", i + 2) + 2
        elif pattern[i] == "]":
            return i + 1
        else:
            i += 1
    return i


def parse_matcher(text: str) -> Matcher:
    """Parse one matcher such as ``alertname=~"High.*"``.

    Args:
        text: the matcher as typed by a person or written in the settings.
    Returns:
        a ``Matcher`` (regex values are checked to compile, and to use nothing Go's RE2 lacks).
    Raises:
        MatcherSyntaxError: empty text, no operator, a bad label name, a badly quoted value,
            a value wrapped in single quotes (``name='x'``: Alertmanager quotes with double
            quotes only and would keep the single quotes as part of the value, so that the
            matcher matches nothing; the message gives the double-quoted matcher; a single
            quote inside a value, or a double-quoted ``"'x'"``, is kept), a value that begins
            or ends with a typographic quote (``name=“x”``, ``name=‘x’``, pasted from a chat
            or a document: the same, and the same message; inside straight double quotes,
            ``name="“x”"``, they are kept), a regular
            expression that does not compile, or one Alertmanager would refuse
            (``unsupported`` set: a lookaround, backreference, atomic group...).
    """
    match = _MATCHER_RE.match(text)
    if not match:
        named = re.match(r"^\s*([^\s=!~\"]+)\s*(=~|!~|!=|=)", text)
        if named:  # an operator after something that is no label name (review 36: "1abc=foo")
            raise MatcherSyntaxError(Message("matchers", "%1: %2 is not a label name (letters, digits and _, not "
                                                         "starting with a digit)", (repr(text), repr(named[1]))))
        raise MatcherSyntaxError(Message("matchers", 'not a matcher: %1 (expected name="value", name!="value", '
                                                     'name=~"regex" or name!~"regex")', (repr(text),)))
    name = _unquote_name(match["name"], text)
    is_regex, is_equal = _OPERATORS[match["op"]]
    raw = match["value"]
    if len(raw) >= 2 and raw.startswith("'") and raw.endswith("'"):
        # Alertmanager would keep the quotes in the value, and such a silence covers no alert
        meant = format_matcher(Matcher(name=name, value=raw[1:-1], is_regex=is_regex, is_equal=is_equal))
        raise MatcherSyntaxError(Message("matchers", "%1: Alertmanager quotes values with double quotes only; "
                                                     "single quotes would be part of the value, which no alert "
                                                     "has. Write %2", (repr(text), meant)))
    if not raw:  # (review 36: an empty string is "in" any string: it read as typographic quotes)
        raise MatcherSyntaxError(Message("matchers", "%1 has no value after the operator (write %2 to match an "
                                                     "empty value)", (text.strip(), text.strip() + '""')))
    if raw[:1] in _TYPOGRAPHIC_QUOTES or raw[-1:] in _TYPOGRAPHIC_QUOTES:
        # straight and typographic quotes mixed (the copy changed one of them) count as quotes too
        start = 1 if raw[:1] in _TYPOGRAPHIC_QUOTES + "'\"" else 0
        end = -1 if len(raw) > start and raw[-1] in _TYPOGRAPHIC_QUOTES + "'\"" else len(raw)
        meant = format_matcher(Matcher(name=name, value=raw[start:end], is_regex=is_regex, is_equal=is_equal))
        raise MatcherSyntaxError(Message("matchers", "%1: typographic quotes (“ ” ‘ ’), as chat programs and "
                                                     "documents write them, would be part of the value, which no "
                                                     "alert has: Alertmanager quotes values with straight double "
                                                     "quotes. Write %2", (repr(text), meant)))
    value = _unescape_value(raw, text)
    if is_regex:
        check_regex(value, text)
    return Matcher(name=name, value=value, is_regex=is_regex, is_equal=is_equal)


def check_regex(pattern: str, where: str) -> None:
    """Check that Alertmanager can use ``pattern`` as a regular expression (a matcher's value,
    the ``receiver`` query parameter): it compiles, and uses nothing Go's RE2 lacks.

    Args:
        where: what to name in the message (the matcher as typed, or the pattern itself).
    Raises:
        MatcherSyntaxError: as ``parse_matcher`` says it.
    """
    unsupported = re2_unsupported(pattern)
    if unsupported:
        raise MatcherSyntaxError(Message("matchers", "%1: Alertmanager's regular expressions (Go RE2) do not "
                                                     "support a %2 (%3)", (repr(where), *unsupported)), unsupported)
    try:
        compile_regex(pattern)
    except RegexError as exc:
        raise MatcherSyntaxError(Message("matchers", "invalid regular expression in %1: %2",
                                         (repr(where), Reason(str(exc))))) from exc


def split_matchers(text: str) -> tuple[list[str], bool]:
    """The matchers of a group as Alertmanager's UI and amtool write one, ``{a="1", b=~"x.*"}``,
    braces optional: the parts between commas (not the commas inside a quoted value), trimmed,
    empty ones left out; and whether a double quote is left open at the end."""
    body = text.strip()
    if body.startswith("{") and body.endswith("}"):
        body = body[1:-1]
    parts, current, quoted, escaped = [], [], False, False
    for char in body:
        if escaped:
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()], quoted


def format_matcher(matcher: Matcher) -> str:
    """The matcher in Alertmanager's syntax, value always quoted, so that ``parse_matcher`` (and
    amtool) read back the same value: ``\\`` as ``\\\\``, ``"`` as ``\\"``, a line feed as
    ``\\n``; ``name=~"10\\\\.0"`` for the regex ``10\\.0``; every character that drives a
    terminal or shows nothing as ``terminal_text.visible`` escapes it (``\\u00ad``), which
    ``parse_matcher`` reads back (review 62 Y11: the printed matcher, typed back, matched nothing)."""
    op = {(False, True): "=", (False, False): "!=", (True, True): "=~", (True, False): "!~"}
    value = visible(matcher.value.replace("\\", "\\\\").replace('"', '\\"'))
    return f'{matcher.name}{op[(matcher.is_regex, matcher.is_equal)]}"{value}"'


def _unquote_name(token: str, text: str) -> str:
    """A label name; a double-quoted one (UTF-8 names) is read with the value's escapes."""
    if not token.startswith('"'):
        return token
    return _unescape_value(token, text)


#: ``\\"``, ``\\\\`` in a value (``_unescape_value``; the notation's own escapes: ``terminal_text.ESCAPE``).
_QUOTING = {'"': '"', "\\": "\\"}


def _unescape_value(raw: str, text: str) -> str:
    """The value as Alertmanager's classic parser reads it (see the module's docstring), but
    for the escapes the tray and the commands show invisible and control characters with
    (``terminal_text.escape_char``, review 62 Y11): ``\\u00ad``, ``\\U000e0041``, ``\\t``,
    ``\\r`` are the characters they name, as Alertmanager 0.27+'s UTF-8 parser (Go's
    ``strconv.Unquote``) reads them too, so that a matcher copied from ``silence list`` or a
    window matches what it showed. (In a regular expression RE2 reads ``\\t`` and ``\\r``
    the same way, and refuses ``\\u``.)"""
    quoted = raw.startswith('"')
    if quoted:
        raw = raw[1:]
    value: list[str] = []
    i, last = 0, len(raw) - 1
    while i <= last:
        char = raw[i]
        if char == "\\" and i < last:
            escape = ESCAPE.match(raw, i)
            if escape:  # \u00ad, \U000e0041, \t: as the tray and the commands show such characters
                value.append(read_escape(escape))
                i = escape.end()
                continue
            following = raw[i + 1]
            value.append(_QUOTING.get(following, "\\" + following))
            i += 2
            continue
        if char == '"':
            if not quoted or i < last:
                raise MatcherSyntaxError(Message("matchers", 'unescaped double quote in the value of %1 (write \\" '
                                                             'inside it)', (repr(text),)))
            quoted = False  # the closing quote
        else:
            value.append(char)
        i += 1
    if quoted:
        raise MatcherSyntaxError(Message("matchers", "the value of %1 has no closing double quote", (repr(text),)))
    return "".join(value)


@functools.cache
def _re2() -> tuple[Any, Any]:
    """The ``re2`` module and compile options that keep RE2 from logging refused patterns to
    stderr; imported on first use (2.8 MB resident, for engineers who use regex matchers)."""
    import re2

    options = re2.Options()
    options.log_errors = False
    return re2, options


@functools.lru_cache(maxsize=1024)
def compile_regex(pattern: str) -> Any:
    """``pattern`` compiled by RE2, the syntax and semantics of Alertmanager's regular expressions.

    Returns:
        a compiled RE2 pattern (``fullmatch(str)``, ``search(str)`` as ``re``'s); cached.
    Raises:
        RegexError: RE2 refuses the pattern (the reason, in RE2's English words).
    """
    re2, options = _re2()
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        reason = exc.args[0] if exc.args else ""
        raise RegexError(reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)) from None


def matcher_matches(matcher: Matcher, labels: Mapping[str, str]) -> bool:
    """Whether ``labels`` satisfy one matcher, as Alertmanager decides it: a missing label counts
    as the empty string; regular expressions are anchored at both ends (full match).

    Raises:
        RegexError: a regex matcher that RE2 refuses (``parse_matcher`` refuses it first).
    """
    value = labels.get(matcher.name, "")
    if matcher.is_regex:
        found = compile_regex(matcher.value).fullmatch(value) is not None
    else:
        found = value == matcher.value
    return found if matcher.is_equal else not found


def matches_all(matchers: Iterable[Matcher], labels: Mapping[str, str]) -> bool:
    """Whether ``labels`` satisfy every matcher (an empty list matches everything)."""
    return all(matcher_matches(m, labels) for m in matchers)
