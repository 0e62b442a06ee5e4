"""Secure connections against a real Alertmanager behind a real nginx (issue 6): TLS with a
certificate from a test CA (trusted through ca_bundle, refused without it), basic auth, a bearer
token, insecure_skip_verify, and a proxy from the environment."""

from __future__ import annotations

import pytest
from conftest import make_alert, wait_until
from nginx_proxy import NginxProxy
from tls_ca import make_ca

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.connection import Credentials, TlsSettings, TlsSettingsError, system_proxy, transport_options
from oncall_tray.alertmanager.errors import CredentialsNeeded, TlsError, Unreachable
from oncall_tray.config import Config
from oncall_tray.connect import open_cluster

PASSWORD = "pa55-w0rd:with/odd&chars"
TOKEN = "tok-3f1c9a7e"


@pytest.fixture
def ca(tmp_path):
    return make_ca(tmp_path / "ca")


def client(url, tls=TlsSettings(), credentials=None):
    return AlertmanagerClient(url, timeout=5, **transport_options(url, tls, credentials))


def test_tls_refused_without_the_ca_and_trusted_through_ca_bundle(alertmanager, ca):
    alertmanager.post_alerts([make_alert("TlsAlert")])
    with NginxProxy(alertmanager.url, tls=(ca.cert, ca.key)) as proxy:
        with client(proxy.url) as plain, pytest.raises(TlsError) as refused:
            plain.alerts()
        assert refused.value.reason.startswith("TLS error: the certificate is not signed by a trusted CA")
        assert "unable to get local issuer certificate" in refused.value.reason
        with client(proxy.url, TlsSettings(ca_bundle=str(ca.ca))) as trusting:
            assert [a.alertname for a in trusting.alerts()] == ["TlsAlert"]
        with client(proxy.url, TlsSettings(insecure_skip_verify=True)) as insecure:
            assert [a.alertname for a in insecure.alerts()] == ["TlsAlert"]


def test_tls_errors_say_why(alertmanager, tmp_path):
    wrong_host = make_ca(tmp_path / "other-host", hosts=("alertmanager.example",))
    with NginxProxy(alertmanager.url, tls=(wrong_host.cert, wrong_host.key)) as proxy:
        with client(proxy.url, TlsSettings(ca_bundle=str(wrong_host.ca))) as c, pytest.raises(TlsError) as error:
            c.status()
    assert "not for this host name" in error.value.reason
    expired = make_ca(tmp_path / "expired", expired=True)
    with NginxProxy(alertmanager.url, tls=(expired.cert, expired.key)) as proxy:
        with client(proxy.url, TlsSettings(ca_bundle=str(expired.ca))) as c, pytest.raises(TlsError) as error:
            c.status()
    assert "expired" in error.value.reason
    # https:// to a plain-HTTP port
    with client(alertmanager.url.replace("http://", "https://")) as c, pytest.raises(TlsError) as error:
        c.status()
    assert "does not speak TLS" in error.value.reason


HTTPS_PORT = "TLS error: the server speaks TLS on this port (an https:// address?)"


def test_http_to_a_tls_port_says_to_use_https(alertmanager, ca):
    """Review 54 M3: ``http://`` to Alertmanager's HTTPS port gave "refused by Alertmanager —
    HTTP 400 — Client sent an HTTP request to an HTTPS server." (Go's words, in English, the
    reverse slip having a hint): a TLS error saying to use https://, from nginx's page and from
    Go's (Alertmanager's own ``--web.config.file`` TLS, its exact answer from a small server)."""
    from fakeserver import FakeServer

    with NginxProxy(alertmanager.url, tls=(ca.cert, ca.key)) as proxy:
        plain = proxy.url.replace("https://", "http://")
        with client(plain) as c, pytest.raises(TlsError) as error:
            c.status()
    assert error.value.reason == HTTPS_PORT and error.value.status == 400, error.value.describe()
    with FakeServer(status=400, body=b"Client sent an HTTP request to an HTTPS server.\n",
                    content_type="text/plain; charset=utf-8") as go, client(go.url) as c, pytest.raises(TlsError) as error:
        c.alerts()
    assert error.value.reason == HTTPS_PORT, error.value.describe()


def test_bad_ca_bundle_is_a_tls_error(tmp_path):
    garbage = tmp_path / "ca.pem"
    garbage.write_text("not a certificate")
    with pytest.raises(TlsSettingsError, match="not a readable PEM"):
        TlsSettings(ca_bundle=str(garbage)).verify()
    config = Config(alertmanager_url="https://127.0.0.1:1", ca_bundle=str(garbage))
    with pytest.raises(TlsError, match="CA bundle"):
        open_cluster(config, None)


def test_basic_auth_behind_nginx(alertmanager, ca):
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD), tls=(ca.cert, ca.key)) as proxy:
        tls = TlsSettings(ca_bundle=str(ca.ca))
        with client(proxy.url, tls) as anonymous, pytest.raises(CredentialsNeeded) as needed:
            anonymous.status()
        assert needed.value.status == 401 and needed.value.reason == "credentials needed"
        with client(proxy.url, tls, Credentials("basic", "alice", "wrong")) as wrong, \
                pytest.raises(CredentialsNeeded) as refused:
            wrong.status()
        assert refused.value.reason == "credentials refused"
        assert "wrong" not in str(refused.value)
        with client(proxy.url, tls, Credentials("basic", "alice", PASSWORD)) as good:
            assert good.status().version


def test_bearer_token_behind_nginx(alertmanager):
    alertmanager.post_alerts([make_alert("TokenAlert")])
    with NginxProxy(alertmanager.url, token=TOKEN) as proxy:
        with client(proxy.url) as anonymous, pytest.raises(CredentialsNeeded):
            anonymous.alerts()
        with client(proxy.url, credentials=Credentials("bearer", secret=TOKEN)) as good:
            assert [a.alertname for a in good.alerts()] == ["TokenAlert"]


def test_credentials_never_show_in_repr():
    credentials = Credentials("basic", "alice", PASSWORD)
    assert PASSWORD not in repr(credentials) and PASSWORD not in str(credentials)
    assert TOKEN not in repr(Credentials("bearer", secret=TOKEN).auth())


def test_proxy_from_the_environment(alertmanager, monkeypatch):
    alertmanager.post_alerts([make_alert("ViaProxy")])
    with NginxProxy("forward") as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.delenv("http_proxy", raising=False)
        assert system_proxy(alertmanager.url) == proxy.url
        with client(alertmanager.url) as c:
            assert [a.alertname for a in c.alerts()] == ["ViaProxy"]
        # nginx writes its access log after the response has gone out: wait for the line
        wait_until(lambda: "/api/v2/alerts" in proxy.log(), 10, "the request in the proxy's access log")
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        assert system_proxy(alertmanager.url) is None


def test_a_locked_keyring_is_not_asked_again_at_every_poll():
    """Review 19: each read of a locked keyring raises the desktop's unlock prompt; the tray
    read it at every poll (15 s), stealing the focus endlessly after each Cancel. It waits
    ``pause`` seconds, or the engineer's "Refresh now"."""
    from oncall_tray.openers import KeyringPause
    from oncall_tray.i18n import Message
    from oncall_tray.secrets import KeyringLocked

    now, reads = [0.0], []

    def locked():
        reads.append(now[0])
        try:
            raise KeyringLocked(Message("keyring", "the keyring is locked"))
        except KeyringLocked as exc:
            raise CredentialsNeeded("http://am:9093", "credentials needed: the keyring is locked") from exc

    opener = KeyringPause(locked, pause=300, clock=lambda: now[0])
    for at in (0, 15, 30, 299):
        now[0] = at
        with pytest.raises(CredentialsNeeded, match="locked"):
            opener()
    assert reads == [0]  # once: the polls in between got the same answer without a prompt
    now[0] = 300
    with pytest.raises(CredentialsNeeded):
        opener()
    opener.ask_again()  # "Refresh now"
    with pytest.raises(CredentialsNeeded):
        opener()
    assert reads == [0, 300, 300]


def test_alertmanager_asking_for_credentials_is_not_paused():
    """A 401 from Alertmanager is not the keyring's: a login given meanwhile is read at once."""
    from oncall_tray.openers import KeyringPause

    calls = []

    def refused():
        calls.append(1)
        raise CredentialsNeeded("http://am:9093", "HTTP 401", 401)

    opener = KeyringPause(refused, clock=lambda: 0.0)
    for _ in range(3):
        with pytest.raises(CredentialsNeeded):
            opener()
    assert len(calls) == 3


def test_a_ca_bundle_rotated_on_disk_is_read_again_by_the_next_poll(alertmanager, ca, tmp_path):
    """Review 54 M14: the server moved to a certificate of a new CA, the admin put that CA in the
    ``ca_bundle`` file (same path), and the running tray stayed blind until restarted, saying
    "trust its CA with the ca_bundle setting" of a CA the setting already named. A TLS failure
    opens the connection again at the next poll, reading the bundle again; the hint says the
    bundle lacks the CA when one is set."""
    from oncall_tray.alertmanager.client import AlertQuery
    from oncall_tray.cluster_watch import ClusterWatcher
    from oncall_tray.config import Config
    from oncall_tray.connect import connect
    from oncall_tray.core.severity import SeverityMap
    from oncall_tray.core.tracker import AlertTracker

    alertmanager.post_alerts([make_alert("Rotated")])
    old = make_ca(tmp_path / "old")
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(old.ca.read_bytes())
    with NginxProxy(alertmanager.url, tls=(ca.cert, ca.key)) as proxy:
        config = Config(alertmanager_url=proxy.url, ca_bundle=str(bundle), request_timeout=5)
        watcher = ClusterWatcher(lambda: connect(config, None), AlertTracker(SeverityMap()), AlertQuery())
        try:
            blind = watcher.poll()
            assert isinstance(blind.error, TlsError)
            assert blind.error.reason.startswith("TLS error: the certificate is not signed by a CA of the system "
                                                 "or of the ca_bundle file (is its CA in that file?)"), blind.error.reason
            bundle.write_bytes(old.ca.read_bytes() + ca.ca.read_bytes())  # the new CA added, same path
            seeing = watcher.poll()
            assert seeing.error is None and [a.alertname for a in seeing.update.snapshot.alerts.values()] == ["Rotated"]
        finally:
            watcher.close()


def test_a_dead_proxy_from_the_environment_is_named(alertmanager, monkeypatch):
    """Review 54 M15: ``HTTPS_PROXY`` left over from a VPN profile, its proxy gone: "Alertmanager
    unreachable: connection refused", nothing about a proxy, and the engineer restarts an
    Alertmanager that is fine. The proxy is named, and where it comes from."""
    from oncall_tray.demo import free_port
    from oncall_tray.i18n import translator
    from oncall_tray.reasons import translate_reason

    dead = f"http://127.0.0.1:{free_port()}"
    monkeypatch.setenv("HTTP_PROXY", dead)
    for name in ("NO_PROXY", "no_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    with client(alertmanager.url) as c, pytest.raises(Unreachable) as error:
        c.status()
    reason = error.value.reason
    assert reason == (f"the proxy does not answer (HTTP_PROXY, HTTPS_PROXY or the system's proxy settings): {dead}: "
                      "connection refused"), reason
    assert translate_reason(reason, translator("pt_BR")).startswith("o proxy não responde"), reason
    monkeypatch.setenv("HTTP_PROXY", dead.replace("http://", "http://vpn-user:Pr0xy-Secret@"))
    with client(alertmanager.url) as c, pytest.raises(Unreachable) as error:
        c.status()
    assert "Pr0xy-Secret" not in error.value.describe() and dead in error.value.reason, error.value.describe()
