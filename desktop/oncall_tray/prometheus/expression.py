"""An alert's PromQL expression, from its ``generatorURL``, split into what to plot and its
threshold (no Qt, no I/O; issue 8).

Prometheus links every alert to its rule's expression: ``.../graph?g0.expr=<URL-encoded
PromQL>``. An alerting expression such as ``avg(rate(x[5m])) * 100 > 80`` is 0 or 1 series per
label set, which tells nothing about where the value is heading; so the top-level comparison is
split: the left-hand side is plotted and ``80`` drawn as the threshold.

The structure comes from ``promql_parser`` (bindings of GreptimeTeam's Rust parser), so that
precedence, parentheses, the ``bool`` modifier, ``on()``/``ignoring()``/``group_left()`` vector
matching and strings in label matchers are understood as Prometheus understands them. Its
printer is lossy (it drops the escapes in ``"say \\"hi\\""``), so the text to plot is cut from
the engineer's own expression at the operator that the parse tree names, and checked by parsing
it again and comparing the trees.
"""

from __future__ import annotations

import dataclasses
import math
import operator
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import promql_parser

#: Comparison operators and the one that reads the same with its operands swapped
#: (``0.95 < x`` is ``x > 0.95``).
COMPARISONS = {">": "<", "<": ">", ">=": "<=", "<=": ">=", "==": "==", "!=": "!="}
#: Set operators whose result takes its values from the left operand.
_LEFT_VALUED = ("and", "unless")
_ARITHMETIC = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
               "%": math.fmod, "^": operator.pow}
_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:.")
#: The longest expression parsed (characters): a longer one is not plotted (review 65 T11).
MAX_EXPRESSION_CHARS = 16_000
#: The deepest parse tree allowed, as bounded from the text by ``_nesting``. The Rust parser
#: recurses per level of the tree, ~1.5 KB of native stack a level: it overflowed (SIGSEGV) from
#: ~4,500 levels in an 8 MiB thread (~1,200 in a 2 MiB one), and the splitting below raises
#: ``RecursionError`` from ~1,000 (review 65 T11). Real rules stay under 50; a 100-term ``or``
#: of ``absent()`` s is ~200.
MAX_NESTING = 300
#: What is said of an expression beyond either bound (``reasons.KNOWN_REASONS``).
TOO_DEEP = "the expression is too long or nested too deep to plot"
#: A label matcher's operators: inside a selector's braces, no level of the tree.
_MATCHING = frozenset(("=", "!=", "=~", "!~"))
_OPERATORS = frozenset(("+", "-", "*", "/", "%", "^", "=", "!", "=~", "!~", *COMPARISONS))
_SET_WORDS = frozenset(("and", "or", "unless", "atan2"))


class ExpressionError(ValueError):
    """The expression cannot be used: the message says why, in English."""


class NoExpression(ExpressionError):
    """The alert has no ``generatorURL``, or one without ``g0.expr`` (an alert that did not
    come from Prometheus)."""


class InvalidExpression(ExpressionError):
    """``g0.expr`` is not PromQL that can be plotted; the message holds the parser's words."""


@dataclass(frozen=True)
class AlertExpression:
    """What the trend plots for one alert expression.

    Attributes:
        expr: the alert's expression as written (URL-decoded).
        plot: the query to plot: the comparison's vector side, or ``expr`` itself when there is
            no usable comparison.
        op: the comparison, oriented so that the alert fires where ``plot op threshold`` holds
            (``>``, ``<``, ``>=``, ``<=``, ``==``, ``!=``); None when not split.
        threshold: the constant it is compared with (``86400*21`` is evaluated), None when not
            split or when the other side is not a constant.
        bool_modifier: the comparison had ``bool`` (it returns 0/1 instead of filtering).
    """

    expr: str
    plot: str
    op: str | None = None
    threshold: float | None = None
    bool_modifier: bool = False

    @property
    def split(self) -> bool:
        """True when a threshold was found (the chart draws it, the verdict uses it)."""
        return self.threshold is not None


def expression_from_generator_url(url: str) -> str:
    """The PromQL expression in an alert's ``generatorURL``: the ``g0.expr`` query parameter,
    URL-decoded. The host is not used (an HA pair's replicas each put their own; the trend
    asks the configured Prometheus).

    Raises:
        NoExpression: no URL, or no ``g0.expr`` in it (Alertmanager sources other than
            Prometheus, a rule group link).
    """
    if not url.strip():
        raise NoExpression("the alert has no generatorURL")
    try:
        query = urlsplit(url.strip()).query
    except ValueError as exc:  # "http://[host...": the Alertmanager's data is any text
        raise NoExpression(f"the generatorURL {url!r} is not a valid URL: {exc}") from None
    values = parse_qs(query, keep_blank_values=True).get("g0.expr", [])
    expr = values[0].strip() if values else ""
    if not expr:
        raise NoExpression(f"no g0.expr expression in the generatorURL {url!r}")
    return expr


def parse_alert_expression(expr: str) -> AlertExpression:
    """Split ``expr`` at its top-level comparison (see the module's notes).

    The comparison is looked for at the top of the tree, inside outer parentheses, and in the
    left operand of ``and``/``unless`` (whose values come from the left: ``x > 0.9 and on()
    up == 1`` plots ``(x) and on() up == 1``). ``or`` and vector-to-vector comparisons are
    plotted whole, without threshold, as are expressions without a comparison.

    Raises:
        InvalidExpression: ``expr`` is not valid PromQL (the parser's message), is a string
            or number literal, or is longer than ``MAX_EXPRESSION_CHARS`` or nested deeper than
            ``MAX_NESTING`` (``TOO_DEEP``; not handed to the parser, which would overflow the
            native stack: review 65 T11).
    """
    if len(expr) > MAX_EXPRESSION_CHARS or _nesting(expr) > MAX_NESTING:
        raise InvalidExpression(TOO_DEEP)
    try:
        tree = _parse(expr)
        if isinstance(tree, (promql_parser.StringLiteral, promql_parser.NumberLiteral)):
            raise InvalidExpression(f"the expression is a constant, not a series: {expr!r}")
        found = _split(expr.strip(), tree)
    except RecursionError:  # pragma: no cover - within the bounds, in case a thread's stack is small
        raise InvalidExpression(TOO_DEEP) from None
    if found is None:
        return AlertExpression(expr=expr, plot=expr.strip())
    return dataclasses.replace(found, expr=expr)


def _parse(text: str) -> promql_parser.Expr:
    try:
        return promql_parser.parse(text)
    except ValueError as exc:
        raise InvalidExpression(f"not valid PromQL: {exc}") from exc


def _split(text: str, tree: promql_parser.Expr) -> AlertExpression | None:
    while isinstance(tree, promql_parser.ParenExpr):
        inner = _strip_parens(text)
        if inner is None:
            return None
        text, tree = inner, tree.expr
    if not isinstance(tree, promql_parser.BinaryExpr):
        return None
    op = str(tree.op)
    if op in _LEFT_VALUED:
        at = _top_level_operator(text, (op,))
        if at is None:
            return None
        left = _split(text[:at].strip(), tree.lhs)
        if left is None:
            return None
        close = "\n)" if "#" in left.plot else ")"  # a comment must not swallow the parenthesis
        plot = f"({left.plot}{close} {text[at:].strip()}"
        return AlertExpression(text, plot, left.op, left.threshold, left.bool_modifier)
    if op not in COMPARISONS:
        return None
    at = _top_level_operator(text, tuple(COMPARISONS))
    if at is None:
        return None
    modifier = tree.modifier
    returns_bool = bool(modifier is not None and modifier.return_bool)
    right_constant = _constant(tree.rhs)
    left_constant = _constant(tree.lhs)
    if right_constant is not None and left_constant is None:
        plot, threshold, oriented = text[:at].strip(), right_constant, op
        expected = tree.lhs
    elif left_constant is not None and right_constant is None:
        plot = _after_operator(text, at, op)
        threshold, oriented, expected = left_constant, COMPARISONS[op], tree.rhs
    else:
        return None  # vector against vector, or two constants: plot the expression as it is
    if not plot or str(_parse_or_none(plot)) != str(expected):
        return None  # the cut did not give the side the parser saw: never plot a guess
    return AlertExpression(text, plot, oriented, threshold, returns_bool)


def _parse_or_none(text: str):
    try:
        return promql_parser.parse(text)
    except ValueError:
        return None


def _constant(tree: promql_parser.Expr) -> float | None:
    """The value of a constant scalar expression (``80``, ``-3``, ``86400*21``, ``(0.5)``), None
    for anything that depends on data or time."""
    if isinstance(tree, promql_parser.NumberLiteral):
        return float(tree.val)
    if isinstance(tree, promql_parser.ParenExpr):
        return _constant(tree.expr)
    if isinstance(tree, promql_parser.UnaryExpr):
        inner = _constant(tree.expr)
        return None if inner is None else -inner
    if isinstance(tree, promql_parser.BinaryExpr) and str(tree.op) in _ARITHMETIC:
        left, right = _constant(tree.lhs), _constant(tree.rhs)
        if left is None or right is None:
            return None
        try:
            return float(_ARITHMETIC[str(tree.op)](left, right))
        except (ZeroDivisionError, OverflowError, ValueError):
            return None
    return None


def _nesting(text: str) -> int:
    """A bound on the depth of ``text``'s parse tree, read from the text alone (no recursion):
    the deepest bracket plus the number of operators, but label matchers' (``=``, ``!=``, ``=~``,
    ``!~`` inside braces) (every level of the tree is a bracket pair or an operator; a selector's
    ``{env="prod", job!="x"}`` is one level whatever its matchers: code review 67 AA6, a 100-term ``or`` of two-matcher selectors
    was refused as too deep)."""
    deepest = operators = 0
    braces = 0  # label matchers' braces open
    for _index, depth, token in _tokens(text):
        if token == "{":
            braces += 1
        elif token == "}":
            braces = max(braces - 1, 0)
        if token in ("(", "[", "{"):
            deepest = max(deepest, depth + 1)
        elif (token in _OPERATORS or token.lower() in _SET_WORDS) and not (braces and token in _MATCHING):
            operators += 1
    return deepest + operators


def _tokens(text: str):
    """``(index, depth, token)`` for the brackets, words, comparison-like and arithmetic
    operators outside string literals and comments; ``depth`` counts the brackets open before
    the token."""
    depth = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "\"'`":
            i = _skip_string(text, i)
            continue
        if c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if c in "([{":
            yield i, depth, c
            depth += 1
        elif c in ")]}":
            yield i, depth, c  # the depth inside the bracket it closes
            depth -= 1
        elif c in _WORD:
            start = i
            while i < n and text[i] in _WORD:
                i += 1
            yield start, depth, text[start:i]
            continue
        elif c in "<>=!":
            two = text[i:i + 2]
            token = two if two in (">=", "<=", "==", "!=", "=~", "!~") else c
            yield i, depth, token
            i += len(token)
            continue
        elif c in "+-*/%^":
            yield i, depth, c
        i += 1


def _skip_string(text: str, start: int) -> int:
    """The index after the string literal opening at ``start`` (backquotes have no escapes)."""
    quote = text[start]
    i = start + 1
    while i < len(text):
        if text[i] == "\\" and quote != "`":
            i += 2
            continue
        if text[i] == quote:
            return i + 1
        i += 1
    return len(text)


def _top_level_operator(text: str, ops: tuple[str, ...]) -> int | None:
    """Index of the last of ``ops`` outside any bracket (operators of one precedence level are
    left-associative: the last is the top of the tree)."""
    found = None
    for index, depth, token in _tokens(text):
        if depth == 0 and token in ops:
            found = index
    return found


def _after_operator(text: str, at: int, op: str) -> str:
    """The right operand's text: after the operator and a ``bool`` modifier (a comparison with
    a constant has no vector matching)."""
    rest = text[at + len(op):].lstrip()
    if rest.startswith("bool") and (len(rest) == 4 or rest[4] not in _WORD):
        rest = rest[4:]
    return rest.strip()


def _strip_parens(text: str) -> str | None:
    """``text`` without the parentheses that enclose all of it, None if they do not."""
    text = text.strip()
    if not text.startswith("("):
        return None
    for index, depth, token in _tokens(text):
        if token == ")" and depth == 1:
            return text[1:-1] if index == len(text) - 1 else None
    return None
