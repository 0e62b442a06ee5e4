"""A keyring that cannot be used at all (review 24: a Secret Service without a collection and
no prompter to make one: keyring's ``InitError``), for an Alertmanager given with
``--alertmanager`` whose recorded login therefore cannot be read. The keyring is keyring's own
failing backend; the Alertmanagers are a real one, and a fake server for a broken one."""

from __future__ import annotations

import pytest
from conftest import make_alert
from fakeserver import FakeServer
from keyring.backends import fail

from oncall_tray.alertmanager.errors import AlertmanagerError, BadResponse, CredentialsNeeded
from oncall_tray.config import Config
from oncall_tray.connect import RECORDED_LOGIN, connect, keyring_failed
from oncall_tray.secrets import SecretStore
from oncall_tray.paths import Folders

HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"


def own(url: str) -> Config:
    """The settings of ``--alertmanager URL`` while the keyring could not say its login."""
    return Config(alertmanager_url=url, auth_method=RECORDED_LOGIN, request_timeout=5)


def test_an_alertmanager_that_asks_for_no_login_is_polled(alertmanager):
    alertmanager.post_alerts([make_alert("NoLoginNeeded", "warning")])
    with connect(own(alertmanager.url), SecretStore(fail.Keyring())) as cluster:
        assert cluster.clients[0].status().version_info.version


@pytest.mark.parametrize("status, body, content_type, raised", [
    (502, HTML_502, "text/html", AlertmanagerError),
    (200, b"<html>Login page of the corporate SSO</html>", "text/html", BadResponse),
    (200, b'{"alerts": [tru', "application/json", BadResponse),
], ids=["html-502", "html-200", "garbage"])
def test_a_broken_alertmanager_is_said_broken_not_in_need_of_credentials(status, body, content_type, raised):
    """It was "credentials needed: the login stored for this Alertmanager could not be read",
    for an Alertmanager that asked for none and for which nothing was stored: what it answers
    comes first, as Unreachable does (review 13)."""
    with FakeServer(status=status, body=body, content_type=content_type) as server:
        with pytest.raises(raised) as error:
            connect(own(server.url), SecretStore(fail.Keyring()))
    assert not isinstance(error.value, CredentialsNeeded) and not keyring_failed(error.value)


def test_one_that_asks_for_credentials_is_told_the_keyring_failed():
    with FakeServer(status=401, body=b"Unauthorized", content_type="text/plain") as server:
        with pytest.raises(CredentialsNeeded) as error:
            connect(own(server.url), SecretStore(fail.Keyring()))
    assert keyring_failed(error.value)


def test_a_login_kept_for_this_run_serves_the_shift_windows_too(qtbot, alertmanager, tmp_path):
    """Review 24: after a login through the tray (the keyring unusable, the secret kept in
    memory), the start checklist still said Alertmanager "needs credentials", even after
    "Check again": the shift windows read a keyring of their own. Expiring a silence from the
    handoff window went the same way."""
    from conftest import silence
    from nginx_proxy import NginxProxy

    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.ui.shift_controller import ShiftController

    store = SecretStore(fail.Keyring())
    with NginxProxy(alertmanager.url, basic=("alice", "hunter2")) as proxy:
        store.keep_for_session(proxy.url, Credentials("basic", "alice", "hunter2"))
        config = Config(alertmanager_url=proxy.url, auth_method="basic", auth_username="alice",
                        grafana_url=proxy.url, prometheus_url=proxy.url, jaeger_url=proxy.url)
        controller = ShiftController(config, lambda _notices: None, path=tmp_path / "journal.db", store=store, folders=Folders.for_user())
        try:
            checked = []
            controller.check_dashboards(lambda checks, error: checked.append((checks, error)))
            qtbot.waitUntil(lambda: bool(checked), timeout=20000)
            checks, error = checked[0]
            assert error is None
            (am,) = [check for check in checks if check.name == "Alertmanager"]
            assert am.ok and not am.needs_login, am
            sid = silence(alertmanager, {"alertname": "X"}, comment="ACK! x")
            expired = []
            controller.expire_silence(type("S", (), {"id": sid})(), lambda _r, error: expired.append(error))
            qtbot.waitUntil(lambda: bool(expired), timeout=20000)
            assert expired == [None]
        finally:
            controller.shutdown()


def test_the_keyrings_failure_is_said_in_plain_words():
    """Review 24: "failed to read the entry: InitError" (a class name) in the command line, the
    notification, the login dialog and the start window."""
    from keyring.errors import InitError

    from oncall_tray.i18n import translator
    from oncall_tray.keyring_prompt import failure_words
    from oncall_tray.secrets import SecretStoreError

    with pytest.raises(SecretStoreError) as failed:
        SecretStore(fail.Keyring()).get("http://am:9093", "alice")
    assert failed.value.text().endswith("failed to read the entry: no keyring is available")
    assert failed.value.text(translator("pt_BR")).endswith("falhou ao ler a entrada: nenhum chaveiro disponível")
    assert failure_words(InitError("secret")).text().startswith("it could not be opened")
    assert failure_words(KeyError("the secret itself")) == "KeyError"  # never the exception's own text


def test_the_login_dialog_does_not_promise_a_keyring_that_just_failed(qtbot):
    """Review 26: "Kept in the system keyring (…)" right under the line saying the keyring had
    failed; only after Log in did a notification say the secret was kept in memory."""
    from oncall_tray.ui.login_dialog import LoginDialog

    store = SecretStore(fail.Keyring())
    failing = LoginDialog("http://am:9093", "basic", "alice", "the keyring failed", store, keyring_failing=True)
    qtbot.addWidget(failing)
    assert failing.where.text().startswith("⚠ The keyring (") and "until oncall-tray quits" in failing.where.text()
    usual = LoginDialog("http://am:9093", "basic", "alice", "", store)
    qtbot.addWidget(usual)
    assert usual.where.text().startswith("Kept in the system keyring (")


def test_the_keyrings_failure_reaches_the_header_in_the_engineers_language():
    """Review 49 N3: the Portuguese header read "credenciais necessárias: the keyring (…)": the
    contact kept the failure's English sentence. It keeps the keyring's reason as a sentence to
    translate where it is shown."""
    from oncall_tray.alertmanager.client import AlertQuery
    from oncall_tray.cluster_watch import ClusterWatcher
    from oncall_tray.core.severity import SeverityMap
    from oncall_tray.core.tracker import AlertTracker
    from oncall_tray.i18n import translator
    from oncall_tray.reasons import translate_reason

    with FakeServer(status=401, body=b"Unauthorized", content_type="text/plain") as server:
        watcher = ClusterWatcher(lambda: connect(own(server.url), SecretStore(fail.Keyring())),
                                 AlertTracker(SeverityMap()), AlertQuery())
        result = watcher.poll()
    assert keyring_failed(result.error)
    said = translate_reason(result.contact.last_error, translator("pt_BR"))
    assert said.startswith("credenciais necessárias: ") and "the keyring" not in said and "chaveiro" in said, said
    english = translate_reason(result.contact.last_error, translator("en"))
    assert english.startswith("credentials needed: ") and "the keyring" in english, english
