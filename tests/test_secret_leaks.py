"""Review 61 W10: a bearer token with a line break inside (a JWT pasted over two lines) was
stored by ``login``, then printed whole by every error built from httpx/h11's words ("cannot
connect (LocalProtocolError: Illegal header value b'Bearer eyJ…SEGREDO\\nparte2DoToken')"): on
stderr, in the log file at every retry, in the tray's header. A secret that cannot be a header
value is refused where it is typed; one stored so by an earlier version is said to be unusable;
and no error text made of a library's words carries the secrets sent (real Alertmanager, real
nginx, a real Secret Service)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import make_alert
from nginx_proxy import NginxProxy
from test_login_cli import TOKEN, assert_no_secret_anywhere, cli

BROKEN = "eyJhbGciOiJIUzI1NiJ9.SEGREDO\nparte2DoToken"  # review 61's, as pasted over two lines
PIECES = ("SEGREDO", "parte2DoToken")


def _store_as_an_earlier_version(env: dict, url: str, home) -> None:
    """Keep ``BROKEN`` as ``url``'s token in the Secret Service, as versions before review 61 did."""
    stored = subprocess.run(
        [sys.executable, "-c", "import sys\nfrom oncall_tray.secrets import SecretStore\n"
         "from oncall_tray.alertmanager.connection import Credentials\n"
         "print(SecretStore().store_credentials(sys.argv[1], Credentials('bearer', '', sys.argv[2])).persistent)",
         url, BROKEN], capture_output=True, text=True, timeout=60,
        env={**env, "HOME": str(home), "XDG_DATA_HOME": str(home / "xdg-data")})
    assert stored.stdout.strip() == "True", stored.stderr


def _no_piece(*texts: str) -> None:
    for text in texts:
        for piece in PIECES:
            assert piece not in text, text


@pytest.mark.parametrize("bad", [BROKEN, "a b\nc", "cr\rSEGREDO", "nul\x00parte2DoToken"])
def test_an_alertmanager_client_never_says_the_token_it_sends(alertmanager, bad):
    """The token of an earlier version's keyring, sent as it is: whatever httpx or h11 say of
    it, the error does not quote it, and it is not "cannot connect" (Alertmanager is up)."""
    from oncall_tray.alertmanager.client import AlertmanagerClient
    from oncall_tray.alertmanager.connection import Credentials, transport_options
    from oncall_tray.alertmanager.errors import AlertmanagerError, Unreachable

    with AlertmanagerClient(alertmanager.url, **transport_options(alertmanager.url, credentials=Credentials(
            "bearer", "", bad))) as client:
        with pytest.raises(AlertmanagerError) as raised:
            client.status()
    said = raised.value.describe()
    assert bad not in said and repr(bad)[1:-1] not in said and repr(bad.encode())[2:-1] not in said, said
    _no_piece(said, str(raised.value))
    assert not isinstance(raised.value, Unreachable), said
    assert "cannot be sent" in said, said


def test_the_handoff_dashboard_check_never_says_the_token(alertmanager):
    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.handoff_checks import check_dashboard

    check = check_dashboard("Alertmanager", alertmanager.url, auth=Credentials("bearer", "", BROKEN).auth())
    assert not check.ok
    _no_piece(check.detail if hasattr(check, "detail") else repr(check))
    _no_piece(repr(check))


def test_hide_secrets_covers_the_forms_libraries_quote():
    from oncall_tray.alertmanager.secret_text import hide_secrets, secrets_of_header

    hidden = secrets_of_header("Bearer " + BROKEN)
    for quoted in (f"Illegal header value b'Bearer {BROKEN.replace(chr(10), chr(92) + 'n')}'",
                   f"value {BROKEN!r}", f"raw {BROKEN}", "parte2DoToken alone"):
        _no_piece(hide_secrets(quoted, hidden))
    basic = secrets_of_header("Basic YWxpY2U6Q29ycmVjdC1Ib3JzZS04NDc3")  # alice:Correct-Horse-8477
    assert hide_secrets("sent Basic YWxpY2U6Q29ycmVjdC1Ib3JzZS04NDc3 and Correct-Horse-8477", basic) == \
        "sent *** and ***"
    assert hide_secrets("no secret here", hidden) == "no secret here"


def test_login_refuses_a_token_with_a_line_break_and_stores_nothing(alertmanager, keyring_desktop, tmp_path):
    env = keyring_desktop.env
    with NginxProxy(alertmanager.url, token=TOKEN) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\n")
        for bad, what in ((BROKEN, "line break"), ("a b\nc", "line break"), ("tab\there", "control character"),
                          ("tokén", "not ASCII")):
            login = cli(tmp_path, env, "login", "--token-stdin", stdin=bad)
            assert login.returncode == 1, (login.stdout, login.stderr)
            assert what in login.stderr and "nothing was stored" in login.stderr, login.stderr
            assert login.stdout == ""
            _no_piece(login.stderr)
            assert "auth_method" not in (tmp_path / "config.yaml").read_text()
        # (a password goes base64-encoded, line breaks and all: tests/test_basic_password_text.py)
        logout = cli(tmp_path, env, "logout")
        assert logout.stdout.startswith("No credentials were stored for "), (logout.stdout, logout.stderr)
        spaced = cli(tmp_path, env, "login", "--token-stdin", stdin=f"  {TOKEN}  \n")  # trimmed, as pasted
        assert spaced.returncode == 0, spaced.stderr
        status = cli(tmp_path, env, "status")
        assert status.returncode == 0, status.stderr
    assert_no_secret_anywhere(tmp_path, "SEGREDO", login, status)


def test_a_token_stored_with_a_line_break_by_an_earlier_version_is_said_unusable(alertmanager, keyring_desktop,
                                                                                 tmp_path):
    alertmanager.post_alerts([make_alert("TokenAlert", "warning")])
    env = keyring_desktop.env
    with NginxProxy(alertmanager.url, token=TOKEN) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\nauth_method: bearer\n")
        _store_as_an_earlier_version(env, proxy.url, tmp_path)
        status = cli(tmp_path, env, "status")
        assert status.returncode == 2, (status.stdout, status.stderr)
        assert "holds a line break" in status.stderr and "oncall-tray login" in status.stderr, status.stderr
        _no_piece(status.stdout, status.stderr)
        login = cli(tmp_path, env, "login", "--token-stdin", stdin=TOKEN)  # mended by logging in again
        assert login.returncode == 0, login.stderr
        again = cli(tmp_path, env, "status")
        assert again.returncode == 0 and "TokenAlert" in again.stdout, again.stderr
    assert_no_secret_anywhere(tmp_path, "SEGREDO", status, login, again)


def test_the_tray_with_such_a_stored_token_says_so_and_never_logs_it(alertmanager, keyring_desktop, tmp_path):
    """Review 61 W10: the tray logged the whole token at every retry and showed it in its header,
    grey as if Alertmanager were down. Now its log, its output and its notifications say the
    stored token cannot be used, and never hold it."""
    from tray_process import TrayProcess, wait_until

    alertmanager.post_alerts([make_alert("TokenAlert", "warning")])
    with NginxProxy(alertmanager.url, token=TOKEN) as proxy:
        _store_as_an_earlier_version(keyring_desktop.env, proxy.url, tmp_path)
        app = TrayProcess(keyring_desktop, proxy.url, tmp_path, settings="auth_method: bearer\nnotifications: true\n")
        try:
            wait_until(lambda: app.output().count("cannot be used: the token holds a line break") >= 2, 20,
                       "the tray's polls saying the stored token cannot be used")
            shown = [n["summary"] + " " + n["body"] for n in keyring_desktop.notifications()]
            assert any("line break" in text for text in shown), shown
            assert app.terminate() < 5
        finally:
            app.close()
    logs = [p.read_text("utf-8", "replace") for p in tmp_path.rglob("*.log")]
    assert logs and any("holds a line break" in text for text in logs), logs
    _no_piece(app.output(), *logs, *shown)
    assert "LocalProtocolError" not in app.output()


def test_only_an_outage_keeps_credentials_unchecked():
    """Review 61 W10 (3): h11's refusal was "cannot connect", an outage, so the token was kept and
    login exited 0; only no answer or a server error is waited out now."""
    from oncall_tray.alertmanager.errors import AnswerLost, BadResponse, Refused, TlsError, Unreachable, Unsendable
    from oncall_tray.connect import outage

    assert outage(Unreachable("http://am", "connection refused"))
    assert outage(AnswerLost("http://am", "no answer in time (10 s)"))
    assert outage(BadResponse("http://am", "server error", 502))
    assert not outage(Unsendable("http://am", "the request cannot be sent (LocalProtocolError: …)"))
    assert not outage(Refused("http://am", "refused by Alertmanager", 400))
    assert not outage(TlsError("http://am", "TLS error: the certificate has expired"))
    assert not outage(BadResponse("http://am", "not valid JSON", 200))
