"""Input nested or long enough to make a recursive parser give up (review 65 T2, T9, T11): JSON
nested ~1,000 deep from an Alertmanager or a Prometheus (a lying server or proxy: 2 KB is
enough), a settings file nested as deep, an alert expression whose parse tree is thousands of
levels deep. Each is said as the clear error of its kind (``BadResponse`` "JSON of the wrong
shape", the settings problem with its key, "no trend"), never a traceback, a crash dialog or a
dead process (Python's decoders raise ``RecursionError``, which nothing caught; the Rust PromQL
parser overflows the native stack: SIGSEGV). A fake server only: no real Alertmanager sends
these."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import running_tray, settings_file
from fakeserver import FakeServer
from test_cli import run

from oncall_tray.alertmanager.client import AlertmanagerClient, api_error_message
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.alertmanager.errors import BadResponse, Refused
from oncall_tray.config import Config, load_config
from oncall_tray.i18n import translator
from oncall_tray.prometheus.client import PrometheusClient
from oncall_tray.prometheus.expression import InvalidExpression, parse_alert_expression
from oncall_tray.reasons import translate_reason

#: 200,000 levels of arrays (400 KB); 1,000 are enough for every decoder (seen).
DEEP = b"[" * 200_000 + b"]" * 200_000
DEEP_OBJECT = b'{"a":' * 1_000 + b"1" + b"}" * 1_000
NESTED = "JSON of the wrong shape: nested too deep"
FINGERPRINT = "abcdef0123456789"

READS = {
    "alerts": lambda url: AlertmanagerClient(url).alerts(),
    "alerts, poller": lambda url: AlertmanagerClient(url, cooperative=True).alerts(),
    "silences": lambda url: AlertmanagerClient(url).silences(),
    "silence": lambda url: AlertmanagerClient(url).get_silence("64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf"),
    "status": lambda url: AlertmanagerClient(url).status(),
    "prometheus": lambda url: PrometheusClient(url).query("up"),
}


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT], ids=["arrays", "objects"])
@pytest.mark.parametrize("read", READS)
def test_an_answer_nested_too_deep_is_a_bad_response_of_every_read(read, body):
    with FakeServer(body=body) as server, pytest.raises(BadResponse) as raised:
        READS[read](server.url)
    assert raised.value.reason == NESTED
    assert raised.value.status == 200
    assert raised.value.body.startswith("[[[[" if body is DEEP else '{"a":{"a":')


def test_a_prometheus_result_nested_too_deep_is_a_bad_response():
    """The envelope is read, then its ``result`` (kept raw at first) as the series."""
    body = b'{"status": "success", "data": {"resultType": "matrix", "result": ' + DEEP + b"}}"
    with FakeServer(body=body) as server, pytest.raises(BadResponse) as raised:
        PrometheusClient(server.url).query_range("up", *_hour())
    assert raised.value.reason == NESTED


def _hour():
    import datetime as dt

    end = dt.datetime(2026, 12, 6, 22, 0, tzinfo=dt.timezone.utc)
    return end - dt.timedelta(hours=1), end, 60.0


@pytest.mark.parametrize("status", [400, 422, 500])
def test_an_error_body_nested_too_deep_is_shown_by_its_start(status):
    with FakeServer(status=status, body=DEEP) as server, pytest.raises((Refused, BadResponse)) as raised:
        AlertmanagerClient(server.url).alerts()
    assert raised.value.status == status
    assert raised.value.body.startswith("[[[[") and len(raised.value.body) <= 300
    assert api_error_message(DEEP.decode()).startswith("[[[[")


def test_the_cluster_poll_says_the_member_unreadable_instead_of_raising():
    """What the tray's poller calls (``ClusterWatcher.poll``): it raised ``RecursionError``."""
    with FakeServer(body=DEEP) as server, ClusterClient([AlertmanagerClient(server.url, timeout=3)]) as clients:
        poll = clients.poll()
    assert poll.alerts is None
    assert isinstance(poll.error, BadResponse) and poll.error.reason == NESTED


def test_the_reason_is_said_in_the_engineers_language():
    assert translate_reason(NESTED, translator("pt_BR")) == "JSON com formato errado: aninhado fundo demais"


def test_the_commands_say_it_and_exit_2_without_a_traceback(tmp_path):
    config = settings_file(tmp_path)
    with FakeServer(body=DEEP) as server:
        status = run("--alertmanager", server.url, "status", config=config)
    with FakeServer(status=422, body=DEEP) as server:
        ack = run("--alertmanager", server.url, "ack", FINGERPRINT, config=config)
    for result in (status, ack):
        assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr, result.stderr
        assert result.returncode == 2, result.stderr
    assert f"{NESTED} — HTTP 200" in status.stderr
    assert "refused (HTTP 422): [[[[" in ack.stderr


def test_the_tray_turns_unreachable_and_says_why(qtbot, tmp_path, monkeypatch):
    """Review 65 T2: the poller's slot raised, the crash reporter hid the icon ("Alertmanager is
    not being watched")."""
    from oncall_tray.core.overview import Light
    from oncall_tray.ui.tray import tooltip_lines

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    with FakeServer(body=DEEP) as server:
        config = Config(alertmanager_url=server.url, notifications=False, engineer="maria", poll_interval=60,
                        language="en")
        with running_tray(qtbot, config, tmp_path) as ctl:
            assert ctl.view.light is Light.UNREACHABLE
            assert NESTED in "\n".join(tooltip_lines(ctl.view, server.url))


# --- the settings file (review 65 T9) ---

@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_a_settings_value_nested_too_deep_is_a_problem_naming_its_key(tmp_path, depth):
    path = tmp_path / "settings.yaml"
    path.write_text("engineer: maria\nfilter: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    loaded = load_config(path)
    (problem,) = loaded.problems
    assert (problem.key, problem.line, problem.kind) == ("filter", 2, "file")
    assert problem.text() == "line 2: filter: nested more than 50 levels deep (lists and mappings inside each other)"
    assert problem.text(translator("pt_BR")) == (
        "linha 2: filter: aninhado em mais de 50 níveis (listas e mapeamentos um dentro do outro)")


def test_a_block_mapping_nested_too_deep_names_its_key_on_its_line(tmp_path):
    text = "engineer: maria\nalertmanagers:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 60)) \
        + "  " * 60 + "x: 1\n"
    path = tmp_path / "settings.yaml"
    path.write_text(text, encoding="utf-8")
    (problem,) = load_config(path).problems
    assert (problem.key, problem.line) == ("alertmanagers", 52)


def test_settings_nested_as_deep_as_any_real_one_are_read_as_before(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text("filter: " + "[" * 40 + "]" * 40 + "\n", encoding="utf-8")
    (problem,) = load_config(path).problems
    assert problem.key == "filter" and problem.kind == "type"  # "must be text, not a list", as before


def test_config_check_says_it_without_a_traceback(tmp_path):
    config = settings_file(tmp_path, "filter: " + "[" * 1_000 + "]" * 1_000 + "\n")
    result = run("config", "check", config=config)
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr, result.stderr
    assert result.returncode == 1
    assert "filter: nested more than 50 levels deep" in result.stdout + result.stderr


# --- alert expressions (review 65 T11) ---

CHAIN_2000 = " + ".join(["up"] * 2_000) + " > 1"  # 10 KB: RecursionError
CHAIN_5000 = " + ".join(["up"] * 5_000) + " > 1"  # 25 KB: SIGSEGV in the Rust parser
MINUS_10000 = "-" * 10_000 + "up > 1"  # 10 KB, one character a level: SIGSEGV
PARENS_1000 = "(" * 1_000 + "up" + ")" * 1_000 + " > 1"
TOO_DEEP = "the expression is too long or nested too deep to plot"


def _parse_elsewhere(expr: str) -> subprocess.CompletedProcess:
    """``parse_alert_expression(expr)`` in a process of its own (a segfault must not end the
    test run): prints the split, or the error's class and message."""
    code = ("import sys\nfrom oncall_tray.prometheus.expression import parse_alert_expression\n"
            "try:\n    found = parse_alert_expression(sys.stdin.read())\n"
            "    print('split', found.op, found.threshold)\n"
            "except Exception as exc:\n    print(type(exc).__name__, exc)\n")
    return subprocess.run([sys.executable, "-c", code], input=expr, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("expr", [CHAIN_2000, CHAIN_5000, MINUS_10000, PARENS_1000, "up > " * 4000 + "1",
                                  "up{job=~\"" + "a|" * 20_000 + "b\"} > 1"],
                         ids=["chain 2000", "chain 5000", "minus 10000", "parens 1000", "comparisons", "40 KB"])
def test_an_expression_too_long_or_deep_is_invalid_not_a_crash(expr):
    result = _parse_elsewhere(expr)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == f"InvalidExpression {TOO_DEEP}"


def test_long_flat_expressions_of_real_rules_are_still_split():
    absent = " or ".join(f'absent(up{{job="job-{i}"}})' for i in range(60))
    assert parse_alert_expression(f"({absent}) > 0").threshold == 0
    matcher = "|".join(f"host-{i}.example.com" for i in range(300))  # 6 KB, one level
    found = parse_alert_expression(f'avg(rate(cpu{{instance=~"{matcher}"}}[5m])) * 100 > 80')
    assert (found.op, found.threshold) == (">", 80)
    with pytest.raises(InvalidExpression, match="too long or nested too deep"):
        parse_alert_expression(CHAIN_2000)
    # code review 67 AA6: label matchers are no level of the tree (two per selector were refused)
    pairs = " or ".join(f'absent(up{{job="svc{i}",env="prod"}})' for i in range(100))
    assert parse_alert_expression(f"({pairs}) > 0").threshold == 0
    many = ",".join(f'l{i}!="x"' for i in range(301))
    assert parse_alert_expression(f"sum by (job) (rate(m{{{many}}}[5m])) > 0").threshold == 0


def test_the_trend_command_says_no_trend_for_such_an_alert(tmp_path, alertmanager):
    """The alert's generatorURL holds the 5,000-term chain: the trend command died of SIGSEGV
    (the tray too, at its first poll: the trend worker parses every alert's expression)."""
    from urllib.parse import quote

    from conftest import make_alert

    alert = make_alert("LongRule", "critical")
    alert["generatorURL"] = "http://prometheus:9090/graph?g0.expr=" + quote(CHAIN_5000)
    alertmanager.post_alerts([alert])
    fingerprint = json.loads(_get(alertmanager.url + "/api/v2/alerts"))[0]["fingerprint"]
    english = run("--alertmanager", alertmanager.url, "trend", fingerprint, config=settings_file(tmp_path))
    portuguese = run("--alertmanager", alertmanager.url, "trend", fingerprint,
                     config=settings_file(tmp_path, "language: pt_BR\n"))
    assert english.returncode == 1, english.stderr[-2000:]
    assert f"No trend: the alert's expression cannot be plotted: {TOO_DEEP}" in english.stderr
    assert portuguese.returncode == 1, portuguese.stderr[-2000:]
    assert "a expressão é longa ou aninhada demais para ser desenhada" in portuguese.stderr


def _get(url: str) -> bytes:
    import httpx

    return httpx.get(url, timeout=10).content
