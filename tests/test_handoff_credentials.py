"""The start checklist's dashboards behind a login (fresh-user review: "Alertmanager ✓ answers -
HTTP 401" counted for "tested access to the tools"): Alertmanager is asked with the stored
credentials, as the poller does, so that a logged-in engineer sees it answer; a 401/403 left is
"needs credentials", a third state that does not count as answering, for every dashboard, in
the window, the Markdown and ``handoff start``. Real Alertmanager behind a real nginx with basic
auth; a small fake server only for a dashboard answering 401."""

from __future__ import annotations

import pytest
from fakeserver import FakeServer
from nginx_proxy import NginxProxy

from oncall_tray.alertmanager.connection import Credentials
from oncall_tray.config import Config
from oncall_tray.core.dashboards import DashboardCheck
from oncall_tray.handoff_checks import check_dashboards
from oncall_tray.secrets import SecretStore

PASSWORD = "Dash-Pa55word-4410"


@pytest.fixture
def dashboards():
    with FakeServer(status=200, body=b"<html>ok</html>", content_type="text/html") as ok, \
            FakeServer(status=401, body=b"<html>login</html>", content_type="text/html",
                       headers={"WWW-Authenticate": 'Basic realm="grafana"'}) as login:
        yield ok, login


def test_alertmanager_is_asked_with_the_stored_credentials(alertmanager, dashboards):
    ok, login = dashboards
    store = SecretStore(None, "no keyring in this test")
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        config = Config(alertmanager_url=proxy.url, grafana_url=login.url, prometheus_url=ok.url, jaeger_url=ok.url,
                        auth_method="basic", auth_username="alice")
        before = {c.name: c for c in check_dashboards(config, timeout=5, store=store)}
        assert (before["Alertmanager"].ok, before["Alertmanager"].needs_login) == (False, True)
        assert before["Alertmanager"].detail.startswith("HTTP 401")
        assert (before["Grafana"].ok, before["Grafana"].needs_login) == (False, True)
        assert (before["Prometheus"].ok, before["Prometheus"].needs_login) == (True, False)

        store.keep_for_session(proxy.url, Credentials("basic", "alice", PASSWORD))
        after = {c.name: c for c in check_dashboards(config, timeout=5, store=store)}
        assert (after["Alertmanager"].ok, after["Alertmanager"].needs_login) == (True, False)
        assert after["Alertmanager"].detail.startswith("HTTP 200")
        assert after["Grafana"].needs_login  # no credentials of ours for Grafana: still asks


def test_the_window_shows_needs_credentials_and_does_not_count_it(qtbot):
    from oncall_tray.ui.handoff_dashboards import DashboardChecks

    checks = DashboardChecks(controller=None, changed=lambda: None)
    qtbot.addWidget(checks.box)
    checks.checks = [DashboardCheck("Grafana", "http://g:3002", False, "HTTP 401, 5 ms", needs_login=True),
                     DashboardCheck("Prometheus", "http://p:9090", True, "HTTP 200, 3 ms"),
                     DashboardCheck("Alertmanager", "http://am:9093", False, "HTTP 403, 4 ms", needs_login=True)]
    checks.show()
    rows = [[checks.tree.topLevelItem(i).text(c) for c in range(3)] for i in range(checks.tree.topLevelItemCount())]
    assert rows == [["Grafana", "⚠ needs credentials", "HTTP 401, 5 ms"],
                    ["Prometheus", "✓ answers", "HTTP 200, 3 ms"],
                    ["Alertmanager", "⚠ needs credentials", "HTTP 403, 4 ms"]]
    assert checks.hint(("Grafana", "Prometheus", "Alertmanager")) == "1 of 3 answered"


@pytest.mark.desktop
def test_handoff_start_before_and_after_login(alertmanager, keyring_desktop, dashboards, tmp_path):
    from test_login_cli import cli

    ok, login = dashboards
    env = keyring_desktop.env
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        (tmp_path / "config.yaml").write_text(
            f"engineer: ana\nalertmanager_url: {proxy.url}\ngrafana_url: {ok.url}\nprometheus_url: {ok.url}\n"
            f"jaeger_url: {login.url}\n")
        before = cli(tmp_path, env, "handoff", "start", "--markdown")
        assert "  - Alertmanager: needs credentials (HTTP 401, " in before.stdout, before.stdout
        assert "  - Jaeger: needs credentials (HTTP 401, " in before.stdout
        assert "- [ ] Tested access to the tools" in before.stdout
        details = cli(tmp_path, env, "handoff", "start").stdout
        assert any(line.split()[:1] == ["Alertmanager"] and "needs credentials (HTTP 401" in line
                   for line in details.splitlines()), details

        logged_in = cli(tmp_path, env, "login", "--username", "alice", "--password-stdin", stdin=PASSWORD)
        assert logged_in.returncode == 0, logged_in.stderr
        after = cli(tmp_path, env, "handoff", "start", "--markdown")
        assert after.returncode == 0, after.stderr
        assert "- [x] Tested access to the tools" in after.stdout, after.stdout
        assert "Alertmanager:" not in after.stdout and "  - Jaeger: needs credentials (HTTP 401, " in after.stdout
        assert "- [ ] Checked that the dashboards are loading" in after.stdout  # Jaeger asks for a login


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # keyring leaves its D-Bus connection when locked
def test_a_locked_keyring_is_said_in_the_engineers_language(alertmanager, dashboards, keyring_desktop, monkeypatch):
    """Alertmanager asks for credentials the locked keyring cannot give: the row says why, and
    in Portuguese too (review 11's helper: the keyring's words stayed in English)."""
    from keyring.backends import SecretService
    from test_keyring import lock_default_collection

    from oncall_tray.i18n import translator
    from oncall_tray.reasons import translate_reason

    ok, _login = dashboards
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    store = SecretStore(SecretService.Keyring())
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        store.store_credentials(proxy.url, Credentials("basic", "alice", PASSWORD))
        lock_default_collection(keyring_desktop)
        config = Config(alertmanager_url=proxy.url, grafana_url=ok.url, prometheus_url=ok.url, jaeger_url=ok.url,
                        auth_method="basic", auth_username="alice")
        checks = {c.name: c for c in check_dashboards(config, timeout=5, store=store)}
    am = checks["Alertmanager"]
    assert am.needs_login and not am.ok
    assert "is locked: unlock it" in translate_reason(am.detail, translator("en"))
    said = translate_reason(am.detail, translator("pt_BR"))
    assert "está bloqueado: desbloqueie-o" in said and "locked" not in said, said


def test_alertmanager_behind_tls_is_asked_with_the_settings_trust(alertmanager, dashboards, tmp_path):
    """Review 54 M1: behind TLS from a private CA (``ca_bundle``), the tray polled Alertmanager
    while the start checklist said "✗ no answer TLS error ([SSL: CERTIFICATE_VERIFY_FAILED] …)" at
    every shift start: the check trusted the system's CAs only. It is asked as the poller asks it
    (the settings' TLS trust and credentials); a TLS failure is said in plain words."""
    from msgspec.structs import replace
    from tls_ca import make_ca

    ok, _login = dashboards
    ca = make_ca(tmp_path / "ca")
    store = SecretStore(None, "no keyring in this test")
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD), tls=(ca.cert, ca.key)) as proxy:
        store.keep_for_session(proxy.url, Credentials("basic", "alice", PASSWORD))
        config = Config(alertmanager_url=proxy.url, grafana_url=ok.url, prometheus_url=ok.url, jaeger_url=ok.url,
                        auth_method="basic", auth_username="alice", ca_bundle=str(ca.ca))
        check = {c.name: c for c in check_dashboards(config, timeout=5, store=store)}["Alertmanager"]
        assert (check.ok, check.detail[:8]) == (True, "HTTP 200"), check
        untrusted = {c.name: c for c in check_dashboards(replace(config, ca_bundle=""), timeout=5,
                                                        store=store)}["Alertmanager"]
        assert not untrusted.ok and untrusted.detail.startswith(
            "TLS error: the certificate is not signed by a trusted CA"), untrusted
        skipping = replace(config, ca_bundle="", insecure_skip_verify=True)
        assert {c.name: c for c in check_dashboards(skipping, timeout=5, store=store)}["Alertmanager"].ok
        plain = replace(config, alertmanager_url=proxy.url.replace("https://", "http://"))  # review 54 M3
        check = {c.name: c for c in check_dashboards(plain, timeout=5, store=store)}["Alertmanager"]
        assert not check.ok and check.detail == "TLS error: the server speaks TLS on this port (an https:// address?)"
        missing = replace(config, ca_bundle=str(tmp_path / "nowhere.pem"))
        check = {c.name: c for c in check_dashboards(missing, timeout=5, store=store)}["Alertmanager"]
        assert not check.ok and check.detail.startswith("TLS error: CA bundle not found"), check
