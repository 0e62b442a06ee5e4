"""Every reason the HTTP clients give for a failure is one ``translate_reason`` knows, so that it
is shown in the engineer's language wherever it appears (``status``, "Test connection", the
alerts window, the cluster notices, ``login``, the handoff notes). Found by a fresh-user review:
"an HTML page instead of the API's JSON (a proxy or a login page?)" stayed in English in pt_BR.

The translator here marks what it is asked for (``[errors]...``), so that these tests show
that a reason goes through the catalogue without depending on the Portuguese text itself."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import httpx
import pytest

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.errors import AlertmanagerError
from oncall_tray.connect import describe_error, error_reason
from oncall_tray.prometheus.client import PrometheusClient
from oncall_tray.reasons import translate_reason

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "oncall_tray"
HTML = b"<html><head><title>Sign in</title></head><body>login</body></html>"


def mark(context: str, text: str) -> str:
    """A translator that shows what went through it."""
    return f"[{context}]{text}"


def translated(line: str) -> bool:
    """Whether ``line`` (a reason or ``describe()``) starts with a translated reason."""
    return translate_reason(line, mark).startswith("[errors]")


def answer(status: int, body: bytes = b"", content_type: str = "application/json", **headers: str):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, stream=httpx.ByteStream(body), headers={"Content-Type": content_type, **headers})
    return httpx.MockTransport(handler)


def failing(exc: type[httpx.TransportError]):
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc("Server disconnected without sending a response.", request=request)
    return httpx.MockTransport(handler)


ANSWERS = {
    "login page (200, HTML)": answer(200, HTML, "text/html"),
    "HTML page without its content type": answer(200, HTML, "application/octet-stream"),
    "not JSON": answer(200, b"{nope"),
    "JSON of the wrong shape": answer(200, b'{"a": 1}'),
    "proxy error page (404, HTML)": answer(404, HTML, "text/html"),
    "another server's 404": answer(404, b"404 page not found", "text/plain"),
    "server error": answer(502, b"bad gateway", "text/plain"),
    "redirect": answer(302, b"", "text/plain", Location="https://am.example/api/v2/alerts"),
    "credentials needed": answer(401, b"", "text/plain"),
    "refused": answer(400, b'"bad filter"'),
    "connection lost": failing(httpx.RemoteProtocolError),
    "proxy refused": failing(httpx.ProxyError),
}


@pytest.mark.parametrize("case", ANSWERS)
def test_alertmanager_client_reasons_are_translated(case):
    with AlertmanagerClient("http://am.example:9093", transport=ANSWERS[case]) as client:
        with pytest.raises(AlertmanagerError) as raised:
            client.alerts()
    error = raised.value
    assert translated(error.reason), error.reason
    assert describe_error(error, mark).startswith("[errors]"), describe_error(error, mark)
    assert error_reason(error, mark).startswith("[errors]")


PROMETHEUS_ANSWERS = {
    "login page": answer(200, HTML, "text/html"),
    "not the API's JSON": answer(200, b"{nope"),
    "unexpected answer": answer(200, b'{"status": "success"}'),
    "JSON of the wrong shape": answer(200, b'{"status": "success", "data": {"resultType": "vector", "result": 3}}'),
    "credentials needed": answer(403, b""),
    "connection lost": failing(httpx.RemoteProtocolError),
}


@pytest.mark.parametrize("case", PROMETHEUS_ANSWERS)
def test_prometheus_client_reasons_are_translated(case):
    with PrometheusClient("http://prom.example:9090", transport=PROMETHEUS_ANSWERS[case]) as client:
        with pytest.raises(AlertmanagerError) as raised:
            client.query("up", dt.datetime.now(dt.timezone.utc))
    assert translated(raised.value.describe()), raised.value.describe()


ERRORS = {"AlertmanagerError", "Unreachable", "AnswerLost", "TlsError", "CredentialsNeeded", "BadResponse",
          "Refused", "NotFound", "kind"}


def literal_reasons():
    """The start (up to the first value) of every literal reason given to an error class in the
    clients' source: ``BadResponse(url, "reason", ...)``, ``f"reason: {exc}"``, and what the
    reason helpers return."""
    found = []
    for path in [*(PACKAGE / "alertmanager").glob("*.py"), *(PACKAGE / "prometheus").glob("*.py"),
                 PACKAGE / "connect.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            texts = []
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ERRORS \
                    and len(node.args) >= 2:
                texts.append(node.args[1])
            if isinstance(node, ast.FunctionDef) and node.name in ("transport_reason", "tls_reason"):
                texts += [n.value for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None]
            for text in texts:
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    found.append((path.name, text.lineno, text.value))
                elif isinstance(text, ast.JoinedStr) and isinstance(text.values[0], ast.Constant):
                    found.append((path.name, text.lineno, text.values[0].value + "x"))
    return found


def test_every_literal_reason_of_the_clients_is_known():
    reasons = literal_reasons()
    assert len(reasons) > 15
    unknown = [r for r in reasons if not translated(r[2])]
    assert not unknown


# -- where they are shown --------------------------------------------------------------------

HTML_REASON = "an HTML page instead of the API's JSON (a proxy or a login page?)"


def test_status_names_a_member_down_with_its_reason_translated():
    from oncall_tray.alertmanager.cluster import MemberResult
    from oncall_tray.alertmanager.errors import BadResponse
    from oncall_tray.commands.status import OneShot
    from oncall_tray.commands.status_text import render_text

    down = MemberResult("http://am-2:9093", BadResponse("http://am-2:9093/api/v2/alerts", HTML_REASON, 200, "x"))
    text = render_text(OneShot("http://am-1:9093", None, None, None, members=(MemberResult("http://am-1:9093"), down)),
                       mark)
    assert f"[errors]{HTML_REASON} — HTTP 200" in text, text


def test_the_start_checklist_gives_why_alertmanager_was_not_reached_translated():
    from oncall_tray.core.handoff import Live, StartChecklist
    from oncall_tray.core.handoff_markdown import start_markdown

    now = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.timezone.utc)
    checklist = StartChecklist(now, "ana", Live(None, error=f"{HTML_REASON} — HTTP 200 — x"), (), False, (), (),
                               None, "", "", {})
    markdown = start_markdown(checklist, mark, dt.timezone.utc)
    assert f"[errors]{HTML_REASON}" in markdown, markdown


def test_the_cluster_degraded_notice_gives_the_reasons_translated():
    from oncall_tray.ui.connection import degraded_body

    body = degraded_body(("http://am-2:9093: server error — HTTP 502", f"http://am-3:9093: {HTML_REASON}"), mark)
    assert body.splitlines() == ["http://am-2:9093: [errors]server error — HTTP 502",
                                 f"http://am-3:9093: [errors]{HTML_REASON}"]


def test_login_refused_in_portuguese(tmp_path):
    import os
    import subprocess
    import sys

    from fakeserver import FakeServer

    path = tmp_path / "settings.yaml"
    path.write_text("language: pt_BR\n", encoding="utf-8")
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "", "LANGUAGE": "", "HOME": str(tmp_path),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    with FakeServer(401, b"", "text/plain") as server:
        result = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(path), "--alertmanager",
                                 server.url, "login", "--token-stdin"], input="t0ken\n", capture_output=True,
                                text=True, timeout=60, env=env)
    assert result.returncode == 2, result.stderr
    assert "credentials refused" not in result.stderr and "credentials needed" not in result.stderr, result.stderr


def test_an_unusable_ca_bundle_is_told_translated(tmp_path):
    """The TLS settings' own reasons ("CA bundle not found: PATH") go through the catalogue
    too; they said "CA bundle PATH: no such file" in English under pt_BR (fresh-user review 8)."""
    from oncall_tray.alertmanager.errors import TlsError
    from oncall_tray.config import Config
    from oncall_tray.connect import open_cluster

    garbage = tmp_path / "ca.pem"
    garbage.write_text("not a certificate")
    for bundle, reason in ((tmp_path / "missing.pem", "CA bundle not found"),
                           (garbage, "CA bundle is not a readable PEM file of certificates")):
        with pytest.raises(TlsError) as error:
            open_cluster(Config(alertmanager_url="https://127.0.0.1:1", ca_bundle=str(bundle)), None)
        shown = translate_reason(error.value.describe(), mark)
        assert f"[errors]TLS error: [errors]{reason}: {bundle}" in shown, shown


@pytest.mark.parametrize("body, words", [
    (b'[{"labels": {}', "[errors]the answer ends in the middle"),  # truncated
    (b'[{"labels": x}]', "[errors]an invalid character at byte 12"),
    (b'{"a": 1}', "[errors]expected [errors]array, got [errors]object"),
    (b'[{"labels": {}, "annotations": {}, "startsAt": 5}]', "[errors]expected"),
])
def test_the_json_decoders_words_are_translated_too(body, words):
    # found by a fresh-user review: "JSON inválido: Input data was truncated" in pt_BR
    with AlertmanagerClient("http://am.example:9093", transport=answer(200, body)) as client:
        with pytest.raises(AlertmanagerError) as raised:
            client.alerts()
    said = describe_error(raised.value, mark)
    assert words in said, said
    assert "`" not in said and " - at " not in said and "Input data" not in said, said


def test_a_refused_connection_is_said_once_without_the_systems_english():
    from oncall_tray.demo import free_port

    with AlertmanagerClient(f"http://127.0.0.1:{free_port()}") as client:
        with pytest.raises(AlertmanagerError) as raised:
            client.alerts()
    assert raised.value.reason == "connection refused"
    assert describe_error(raised.value, mark) == "[errors]connection refused"


def test_the_json_decoders_words_in_portuguese():
    from oncall_tray.i18n import translator

    pt = translator("pt_BR")
    assert translate_reason("not valid JSON: Input data was truncated", pt) == "JSON inválido: a resposta termina no meio"
    assert translate_reason("JSON of the wrong shape: Expected `object`, got `array` - at `$[0]`", pt) == \
        "JSON com formato errado: esperado objeto, veio lista (em $[0])"


ALERT = '{"labels": {}, "annotations": {}, "fingerprint": "a1", "startsAt": %s}'


@pytest.mark.parametrize("starts_at, english, portuguese", [
    ('"notadate"', "an invalid date and time (RFC 3339)", "data e hora inválidas (RFC 3339)"),
    ('"2026-13-01T00:00:00Z"', "an invalid date and time (RFC 3339)", "data e hora inválidas (RFC 3339)"),
    ("1e400", "a number out of range", "número fora do intervalo"),
    ("5", "expected datetime or null, got int", "esperado data e hora ou null, veio inteiro"),
    ("true", "expected datetime or null, got bool", "esperado data e hora ou null, veio booleano"),
    ("[]", "expected datetime or null, got array", "esperado data e hora ou null, veio lista"),
])
def test_the_json_decoders_words_about_dates_and_numbers(starts_at, english, portuguese):
    """Found by a fresh-user review: ``status`` in pt_BR with an alert whose startsAt is
    "notadate" said "JSON com formato errado: Invalid RFC3339 encoded datetime (em
    $[0].startsAt)", msgspec's own words."""
    from oncall_tray.i18n import english as en
    from oncall_tray.i18n import translator

    body = ("[" + ALERT % starts_at + "]").encode()
    with AlertmanagerClient("http://am.example:9093", transport=answer(200, body)) as client:
        with pytest.raises(AlertmanagerError) as raised:
            client.alerts()
    assert f"JSON of the wrong shape: {english} (at $[0].startsAt) — HTTP 200" in describe_error(raised.value, en)
    said = describe_error(raised.value, translator("pt_BR"))
    assert f"JSON com formato errado: {portuguese} (em $[0].startsAt) — HTTP 200" in said, said
    assert "`" not in said and "Invalid" not in said and "range" not in said and " got " not in said, said


@pytest.mark.parametrize("body, english, portuguese", [
    (b'{"status": "success", "data": {"resultType": "scalar", "result": [1]}}',
     "expected a list of 2 items", "esperado uma lista de 2 itens"),
    (b'{"status": "success", "data": {"resultType": "scalar", "result": ["x", "1"]}}',
     "expected float, got str", "esperado número, veio texto"),
    (b'{"status": "success", "data": {"resultType": "scalar", "result": {}}}',
     "expected array, got object", "esperado lista, veio objeto"),
    (b'{"status": "success", "data": {"resultType": "scalar", "result": [1e999, "1"]}}',
     "a number out of range", "número fora do intervalo"),
])
def test_the_json_decoders_words_from_prometheus(body, english, portuguese):
    from oncall_tray.i18n import english as en
    from oncall_tray.i18n import translator

    with PrometheusClient("http://prom.example:9090", transport=answer(200, body)) as client:
        with pytest.raises(Exception) as raised:
            client.query("1")
    reason = str(getattr(raised.value, "reason", raised.value))
    assert english in translate_reason(reason, en), reason
    said = translate_reason(reason, translator("pt_BR"))
    assert portuguese in said and "`" not in said, said


def test_a_degraded_cluster_is_said_when_it_goes_and_when_it_is_whole_again(qapp):
    # review 13: the degraded notice came, its recovery was silent
    from PySide6.QtCore import QObject

    from oncall_tray.alertmanager.cluster import MemberResult
    from oncall_tray.alertmanager.errors import Unreachable
    from oncall_tray.core.contact import ContactMonitor
    from oncall_tray.core.overview import Light, Overview
    from oncall_tray.ui.connection import ConnectionActions
    from oncall_tray.watch import PollResult

    controller = QObject()  # what notices() reads of the controller: its view
    controller.view = None
    actions = ConnectionActions(controller)
    whole = Overview(Light.OK, 0, members=2)
    degraded = Overview(Light.OK, 0, members=2, members_down=("http://am-2:9093: connection refused",))
    contact = ContactMonitor().success(dt.datetime.now(dt.timezone.utc))
    both = PollResult(None, contact, members=(MemberResult("http://am-1:9093"), MemberResult("http://am-2:9093")))
    one = PollResult(None, contact, members=(MemberResult("http://am-1:9093"), MemberResult(
        "http://am-2:9093", Unreachable("http://am-2:9093", "connection refused"))))
    assert actions.notices(None, both) == []
    controller.view = degraded
    assert [n.title for n in actions.notices(whole, one)] == ["Alertmanager cluster degraded"]
    assert actions.notices(degraded, one) == []
    controller.view = whole
    said = actions.notices(degraded, both)
    assert [(n.title, n.body, n.quiet) for n in said] == [("Alertmanager cluster whole again", "All 2 members answer.", True)]
    assert actions.notices(whole, both) == []
    controller.view = degraded  # down again after it came back: said again
    assert [n.title for n in actions.notices(whole, one)] == ["Alertmanager cluster degraded"]


def test_whole_again_is_right_for_one_member(portuguese):
    """Review 52 H6: "Todos os 1 membros respondem."."""
    from oncall_tray.ui.connection import all_answer

    assert all_answer(1) == "Seu único membro responde."
    assert all_answer(3) == "Todos os 3 membros respondem."


def test_re2_reasons_are_said_in_the_engineers_language():
    """Review 35: "expressão regular inválida (missing ): ()" in Portuguese messages. Every
    reason RE2 gives here is one of the known ones, translated where shown."""
    from oncall_tray.alertmanager.matchers import RegexError, compile_regex
    from oncall_tray.core.silence_problems import Problem, ProblemCode
    from oncall_tray.i18n import translator
    from oncall_tray.reasons import KNOWN_REASONS

    tr = translator("pt_BR")
    for pattern in ("api-(", "[z-a]", "a{99999}", "\\", "*a", "a**", "(?P<n", "\\q", "[a", "a)", "(?i"):
        with pytest.raises(RegexError) as raised:
            compile_regex(pattern)
        reason = str(raised.value)
        assert reason.split(": ")[0] in KNOWN_REASONS, reason
        text = Problem(ProblemCode.INVALID_REGEX, "matchers", (f'x=~"{pattern}"', reason)).text(tr)
        assert reason.split(": ")[0] not in text, text  # put in Portuguese


@pytest.mark.parametrize("lang", ["english", "portuguese"])
def test_alertmanagers_that_are_no_cluster_are_not_called_one(request, lang):
    # review 75 BD6: "Alertmanager cluster degraded" for two Alertmanagers that the window said
    # "do not form a cluster"; a real cluster keeps its words
    from PySide6.QtCore import QCoreApplication, QObject

    from oncall_tray.alertmanager.cluster import MemberResult
    from oncall_tray.alertmanager.errors import Unreachable
    from oncall_tray.core.contact import ContactMonitor
    from oncall_tray.core.overview import Light, Overview
    from oncall_tray.ui.connection import ConnectionActions
    from oncall_tray.ui.tray_lines import connection_lines
    from oncall_tray.watch import PollResult

    request.getfixturevalue(lang)
    tr = QCoreApplication.translate
    if True:
        controller = QObject()
        actions = ConnectionActions(controller)
        whole = Overview(Light.OK, 0, members=2, apart=True)
        degraded = Overview(Light.OK, 0, members=2, members_down=("http://am-2:9093: connection refused",), apart=True)
        contact = ContactMonitor().success(dt.datetime.now(dt.timezone.utc))
        both = PollResult(None, contact, members=(MemberResult("http://am-1:9093"), MemberResult("http://am-2:9093")))
        one = PollResult(None, contact, members=(MemberResult("http://am-1:9093"), MemberResult(
            "http://am-2:9093", Unreachable("http://am-2:9093", "connection refused"))))
        controller.view = degraded
        (said,) = actions.notices(whole, one)
        assert said.title == tr("tray", "%1 of %2 Alertmanagers does not answer").replace(
            "%1", "1").replace("%2", "2"), said.title
        lines = connection_lines(degraded)
        assert lines[0] == said.title, lines
        controller.view = whole
        (again,) = actions.notices(degraded, both)
        assert again.title == tr("tray", "All Alertmanagers answer again"), again.title
        for text in [said.title, again.title, again.body, lines[0]]:
            assert "luster" not in text, text
        if lang == "portuguese":
            assert "Alertmanagers" in said.title and "não responde" in said.title, said.title
