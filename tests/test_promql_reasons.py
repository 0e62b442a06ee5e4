"""Review 75 BD4: the PromQL parser's own words were shown in English inside Portuguese ("Sem
tendência: a expressão do alerta não pode ser desenhada: PromQL inválido: unexpected character
after '.': '.'"), by ``oncall-tray trend`` and the alerts window's trend pane. Each wording of
the parser is known (``promql_reasons``) and translated, the expression's quoted parts kept."""

from __future__ import annotations

import pytest

from oncall_tray.i18n import translator
from oncall_tray.prometheus.expression import InvalidExpression, parse_alert_expression
from oncall_tray.promql_reasons import parser_reason
from oncall_tray.trend_fetch import Problem, TrendResult, problem_text

#: Expressions the parser refuses, one per wording it has.
BAD = ("a...b", "rate(x[5m]", 'x{a="b"', "x > ", "foo(x)", "x{a=b}", 'x{a~"b"}', "x ! y", '"a" + 1', "x offset",
       "x @", "x}", "x]", "x)", "1 > 2", "x{a!}", "x[5m", "#", 'x{a="b}', "rate(x)", "x and 1", "{}", "x[0s]",
       "x offset 5m offset 5m", "rate(x[5m],)", "x[5m:1m:]", 'x{a="\\q"}', "count_values(x)", "abs(x, y)", '-"a"',
       "x[5m][5m]", "x[1x]", "x @ 1 @ 2", "x{,}", 'x{a=="b"}', "x[:5m]", "x{[}", "x[{]", "`abc", 'x{__name__="y"}',
       # promql-parser 0.12's wordings (code review 86B BG6)
       "sum(x[5m])", "count_values(1, x)", 'x{a=~"("}', "(1)[5m:]", "x + group_left(a) y", "x and on(a) group_left y",
       "1 offset 5m", '"a" @ 1', "x offset 5m [5m]", "x @ 1 [5m]")


def reason(expr: str) -> str:
    with pytest.raises(InvalidExpression) as caught:
        parse_alert_expression(expr)
    return str(caught.value)


@pytest.mark.parametrize("expr", BAD)
def test_every_wording_of_the_parser_is_said_in_portuguese(expr):
    english = reason(expr)
    assert english.startswith("not valid PromQL: ")
    words = english.removeprefix("not valid PromQL: ")
    said = parser_reason(words, translator("pt_BR"))
    assert said != words, f"{expr!r}: {words!r} is not a known wording"


def test_the_trend_says_why_in_portuguese_quoting_the_expression():
    tr = translator("pt_BR")
    bad = TrendResult("fp", 3600, None, Problem.BAD_EXPRESSION, reason("rate(x[5m]) ... > 1"))
    text = problem_text(bad, tr)
    assert text.endswith(": PromQL inválido: caractere inesperado depois de '.': '.'"), text
    assert "unexpected" not in text
    assert problem_text(bad, translator("en")).endswith(": not valid PromQL: unexpected character after '.': '.'")


@pytest.mark.parametrize(("expr", "said"), [
    ("avg_over_time(x)", "a função 'avg_over_time' precisa de um vetor de intervalo, recebeu um vetor instantâneo"),
    ("sum(x[5m])", "a agregação precisa de um vetor instantâneo, recebeu um vetor de intervalo"),
    ("-x[5m]", "um sinal (+ ou -) só é permitido antes de um número ou vetor, não de um vetor de intervalo"),
    ("vector(\"a\")", "a função 'vector' precisa de um número, recebeu um texto"),
])
def test_the_type_names_are_said_in_portuguese(expr, said):
    """Code review 86B BG6: "precisa de um matrix, recebeu um vector"; the function's name kept."""
    assert parser_reason(reason(expr).removeprefix("not valid PromQL: "), translator("pt_BR")) == said
