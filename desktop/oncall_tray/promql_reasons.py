"""The PromQL parser's reasons (``promql_parser``, GreptimeTeam's Rust parser, which
``prometheus.expression`` gives after "not valid PromQL: "), in the engineer's language (no Qt).

The parser words its errors in English, with the part of the expression at fault quoted
(``unexpected character after '.': '.'``). Each known wording is a pattern here, and the same
sentence in the catalogue (context "errors") with the quoted parts as ``%1``, ``%2``
(review 75 BD4: "PromQL inválido: unexpected character after '.': '.'" in Portuguese); a type's
name in it (``vector``, ``matrix``, ``scalar``, ``string``: a group named ``type…``) is said in
the engineer's words too (``_TYPES``, code review 86B BG6). The wordings are those of
promql-parser 0.12 (the version pyproject.toml pins; its lexer and grammar, ``src/parser/lex.rs``,
``promql.y``, ``ast.rs``, and the messages the installed parser gives, run on bad expressions);
one a later version adds stays in English, as the parser's own words.
"""

from __future__ import annotations

import re

from .i18n import QT_TRANSLATE_NOOP, Translate, english

_Q = "'(.*)'"  # the parser's quoted part
_T1, _T2 = r"(?P<type1>\w+)", r"(?P<type2>\w+)"  # a type's name (``_TYPES``)
#: The parser's names of a value's type (promql-parser's ``ValueType``), as the messages say them.
_TYPES = {"vector": QT_TRANSLATE_NOOP("errors", "an instant vector"),
          "matrix": QT_TRANSLATE_NOOP("errors", "a range vector"),
          "scalar": QT_TRANSLATE_NOOP("errors", "a number"), "string": QT_TRANSLATE_NOOP("errors", "a string")}
#: (the parser's message, whole; its wording in the catalogue), the more precise first.
_PARSER_REASONS = tuple((re.compile(pattern + r"\Z", re.DOTALL), words) for pattern, words in (
    (rf"unexpected character after '(.)' inside braces: {_Q}",
     QT_TRANSLATE_NOOP("errors", "unexpected character after '%1' inside braces: '%2'")),
    (rf"unexpected character after '(.)': {_Q}", QT_TRANSLATE_NOOP("errors", "unexpected character after '%1': '%2'")),
    (rf"unexpected character inside braces: {_Q}", QT_TRANSLATE_NOOP("errors", "unexpected character inside braces: '%1'")),
    (rf"unexpected character inside brackets: {_Q}",
     QT_TRANSLATE_NOOP("errors", "unexpected character inside brackets: '%1'")),
    (r"unexpected character: (.*)", QT_TRANSLATE_NOOP("errors", "unexpected character: %1")),
    (r"unclosed left parenthesis", QT_TRANSLATE_NOOP("errors", "unclosed left parenthesis")),
    (r"too many left parentheses", QT_TRANSLATE_NOOP("errors", "too many left parentheses")),
    (r"unexpected right parenthesis '\)'", QT_TRANSLATE_NOOP("errors", "unexpected right parenthesis ')'")),
    (r"unexpected right brace '\}'", QT_TRANSLATE_NOOP("errors", "unexpected right brace '}'")),
    (r"unexpected right bracket '\]'", QT_TRANSLATE_NOOP("errors", "unexpected right bracket ']'")),
    (r"unexpected left brace '(.)' inside braces", QT_TRANSLATE_NOOP("errors", "unexpected '%1' inside braces")),
    (r"unexpected left brace '(.)' inside brackets", QT_TRANSLATE_NOOP("errors", "unexpected '%1' inside brackets")),
    (r"unexpected end of input inside braces", QT_TRANSLATE_NOOP("errors", "the expression ends inside braces")),
    (r"unexpected end of input inside brackets", QT_TRANSLATE_NOOP("errors", "the expression ends inside brackets")),
    (r"expect duration before first colon\(:\) in brackets",
     QT_TRANSLATE_NOOP("errors", "a duration is needed before the first colon (:) in brackets")),
    (r"unexpected second colon\(:\) in brackets", QT_TRANSLATE_NOOP("errors", "unexpected second colon (:) in brackets")),
    (r"unterminated quoted string (.*)", QT_TRANSLATE_NOOP("errors", "unterminated quoted string %1")),
    (r"escape sequence not terminated", QT_TRANSLATE_NOOP("errors", "escape sequence not terminated")),
    (rf"unknown escape sequence {_Q}", QT_TRANSLATE_NOOP("errors", "unknown escape sequence '%1'")),
    (r"'!' can not be at the end", QT_TRANSLATE_NOOP("errors", "'!' cannot be at the end")),
    (r"no expression found in input", QT_TRANSLATE_NOOP("errors", "no expression found")),
    (r"invalid promql query", QT_TRANSLATE_NOOP("errors", "not a PromQL query")),
    (rf"unknown function with name {_Q}", QT_TRANSLATE_NOOP("errors", "unknown function '%1'")),
    (rf"unexpected identifier {_Q} in label matching, expected string",
     QT_TRANSLATE_NOOP("errors", "unexpected name '%1' in a label matcher, expected a quoted string")),
    (r"unexpected ',' in label matching, expected identifier or right_brace",
     QT_TRANSLATE_NOOP("errors", "unexpected ',' in a label matcher, expected a label name or '}'")),
    (rf"unexpected {_Q} in label matching, expected string",
     QT_TRANSLATE_NOOP("errors", "unexpected '%1' in a label matcher, expected a quoted string")),
    (rf"invalid label matcher, expected label matching operator after {_Q}",
     QT_TRANSLATE_NOOP("errors", "invalid label matcher: expected =, !=, =~ or !~ after '%1'")),
    (r"unexpected end of input in offset, expected duration",
     QT_TRANSLATE_NOOP("errors", "the expression ends after offset: a duration is needed")),
    (r"unexpected end of input in @, expected timestamp",
     QT_TRANSLATE_NOOP("errors", "the expression ends after @: a time is needed")),
    (r"missing unit character in duration", QT_TRANSLATE_NOOP("errors", "a duration without its unit")),
    (r"bad number or duration syntax: (.*)", QT_TRANSLATE_NOOP("errors", "not a number or duration: %1")),
    (r"duration must be greater than 0", QT_TRANSLATE_NOOP("errors", "the duration must be greater than 0")),
    (r"binary expression must contain only scalar and instant vector types",
     QT_TRANSLATE_NOOP("errors", "an operator's operands must be numbers or instant vectors")),
    (r"comparisons between scalars must use BOOL modifier",
     QT_TRANSLATE_NOOP("errors", "a comparison between numbers needs the bool modifier")),
    (rf"set operator {_Q} not allowed in binary scalar expression",
     QT_TRANSLATE_NOOP("errors", "the set operator '%1' is not allowed with a number")),
    (r"bool modifier can only be used on comparison operators",
     QT_TRANSLATE_NOOP("errors", "bool can only modify a comparison")),
    (r"vector matching only allowed between vectors",
     QT_TRANSLATE_NOOP("errors", "vector matching is only allowed between vectors")),
    (r"vector selector must contain at least one non-empty matcher",
     QT_TRANSLATE_NOOP("errors", "a selector needs at least one matcher that is not empty")),
    (r"ranges only allowed for vector selectors", QT_TRANSLATE_NOOP("errors", "a range is only allowed after a selector")),
    (r"offset may not be set multiple times", QT_TRANSLATE_NOOP("errors", "offset given more than once")),
    (r"@ <timestamp> may not be set multiple times", QT_TRANSLATE_NOOP("errors", "@ given more than once")),
    (r"trailing commas not allowed in function call args",
     QT_TRANSLATE_NOOP("errors", "a comma after a function's last argument")),
    (rf"expected type {_T1} in call to function '(.*)', got {_T2}",
     QT_TRANSLATE_NOOP("errors", "the function '%2' needs %1, got %3")),
    (rf"expected type {_T1} in aggregation expression, got {_T2}",
     QT_TRANSLATE_NOOP("errors", "the aggregation needs %1, got %2")),
    (rf"subquery is only allowed on vector, got {_T1} instead",
     QT_TRANSLATE_NOOP("errors", "a subquery is only allowed on an instant vector, got %1")),
    (r"illegal regex for (.*)", QT_TRANSLATE_NOOP("errors", "not a valid regular expression: %1")),
    (rf"aggregation operator expected in aggregation expression but got {_Q}",
     QT_TRANSLATE_NOOP("errors", "an aggregation operator is needed, got '%1'")),
    (r"unexpected <(group_left|group_right)>",
     QT_TRANSLATE_NOOP("errors", "unexpected %1: it needs on(…) or ignoring(…) before it")),
    (r"Number expected for fill value", QT_TRANSLATE_NOOP("errors", "fill needs a number")),
    (rf"no grouping allowed for {_Q} operation",
     QT_TRANSLATE_NOOP("errors", "group_left and group_right are not allowed with '%1'")),
    (r"(.*) is not valid label in grouping opts", QT_TRANSLATE_NOOP("errors", "'%1' is not a valid label to group by")),
    (r"offset modifier must be preceded by an vector selector or matrix selector or a subquery",
     QT_TRANSLATE_NOOP("errors", "offset must follow a selector or a subquery")),
    (r"@ modifier must be preceded by an vector selector or matrix selector or a subquery",
     QT_TRANSLATE_NOOP("errors", "@ must follow a selector or a subquery")),
    (r"no offset modifiers allowed before range", QT_TRANSLATE_NOOP("errors", "offset is not allowed before a range")),
    (r"no @ modifiers allowed before range", QT_TRANSLATE_NOOP("errors", "@ is not allowed before a range")),
    (r"expected (\d+) argument\(s\) in call to '(.*)', got (\d+)",
     QT_TRANSLATE_NOOP("errors", "the function '%2' takes %1 argument(s), got %3")),
    (r"wrong number of arguments for aggregate expression provided, expected (\d+), got (\d+)",
     QT_TRANSLATE_NOOP("errors", "wrong number of arguments for the aggregation: expected %1, got %2")),
    (rf"unary expression only allowed on expressions of type scalar or vector, got:? ?{_T1}",
     QT_TRANSLATE_NOOP("errors", "a sign (+ or -) is only allowed before a number or a vector, not %1")),
    (rf"metric name must not be set twice: {_Q} or {_Q}",
     QT_TRANSLATE_NOOP("errors", "the metric name is given twice: '%1' and '%2'")),
))


def parser_reason(text: str, tr: Translate = english) -> str:
    """The parser's message ``text`` (what follows "not valid PromQL: ") in ``tr``'s language:
    one of the known wordings, the expression's quoted parts kept as they are; any other
    message as the parser gives it. A type's name in it (``_TYPES``) is said in ``tr``'s language
    with its article ("a range vector"), a name the parser adds later as it gives it."""
    for pattern, words in _PARSER_REASONS:
        found = pattern.match(text)
        if found is not None:
            types = {index - 1 for name, index in pattern.groupindex.items() if name.startswith("type")}
            values = [tr("errors", _TYPES[value]) if at in types and value in _TYPES else value
                      for at, value in enumerate(found.groups())]
            return re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1], tr("errors", words))
    return text
