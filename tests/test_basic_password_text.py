"""A basic-auth password holding a format or control character (code review 63A CA6): a ZWJ of
an emoji sequence (U+200D), a soft hyphen, a tab, U+2028, a line break. Basic auth sends
``user:password`` base64-encoded (UTF-8), so they all go; yet ``login`` and the login dialog
refused them, and one stored by an earlier version was called unusable ("log in again"): the
engineer was locked out of an Alertmanager that takes the password. A token still goes into the
header as it is: its line breaks and controls stay refused (review 61 W10). Real nginx with
basic auth, real Alertmanager, real Secret Service."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import make_alert
from nginx_proxy import NginxProxy
from test_login_cli import cli

from oncall_tray.secret_input import secret_problem, stored_secret_problem

PASSWORDS = ["pa\u200dss", "café\u00adx", "a\tb", "line\u2028two", "two\nlines", "nul\x00x", "👩\u200d💻-Söhne"]


@pytest.mark.parametrize("password", PASSWORDS)
def test_a_password_any_text_can_be_sent_is_taken(password):
    assert secret_problem("basic", password) is None
    assert stored_secret_problem("basic", password) is None


@pytest.mark.parametrize(("token", "said"), [
    ("a\nb", "the token holds a line break: paste it on one line"),
    ("line\u2028two", "the token holds a line break: paste it on one line"),
    ("a\tb", "the token holds a control character (U+0009): paste it again, as one line of text"),
    ("pa\u200dss", "the token holds a control character (U+200D): paste it again, as one line of text"),
    ("tokén", "the token holds a character that is not ASCII: a bearer token cannot carry it; paste it again"),
])
def test_a_token_that_cannot_be_a_header_value_is_still_refused(token, said):
    assert secret_problem("bearer", token).text() == said
    assert said in stored_secret_problem("bearer", token).text()


def test_a_password_utf_8_cannot_encode_is_refused_without_its_text():
    """A lone surrogate (bytes standard input could not decode): httpx could not encode it."""
    said = secret_problem("basic", "se\udcffcret").text()
    assert said == "the password holds a character that cannot be sent (U+DCFF): type it again"
    assert "se" not in said.replace("sent", "")


def login_and_status(alertmanager, keyring_desktop, tmp_path, password: str, then=None):
    """``login --password-stdin`` (the password and a final line break) to an nginx asking
    ``password`` of alice, then ``status``, both asserted to succeed; ``then(env)`` inside.
    Returns (login, status, then's result)."""
    alertmanager.post_alerts([make_alert("BasicAlert", "warning")])
    env = keyring_desktop.env
    with NginxProxy(alertmanager.url, basic=("alice", password)) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\n")
        login = cli(tmp_path, env, "login", "--username", "alice", "--password-stdin", stdin=password + "\n")
        assert login.returncode == 0, (login.stdout, login.stderr)
        status = cli(tmp_path, env, "status")
        assert status.returncode == 0 and "BasicAlert" in status.stdout, status.stderr
        return login, status, then(env) if then else None


def test_login_keeps_such_a_password_and_status_uses_it(alertmanager, keyring_desktop, tmp_path):
    password = "👩\u200d💻 Söhne\u00ad\tzwölf\u2028x"
    login, status, wrong = login_and_status(alertmanager, keyring_desktop, tmp_path, password, lambda env: cli(
        tmp_path, env, "login", "--username", "alice", "--password-stdin", stdin="pa\u200dss\n"))
    assert wrong.returncode != 0 and "refused these credentials" in wrong.stderr, wrong.stderr
    for result in (login, status, wrong):
        assert "Söhne" not in result.stdout + result.stderr


def test_such_a_password_stored_by_an_earlier_version_still_works(alertmanager, keyring_desktop, tmp_path):
    password = "pa\u200dss\u00ad-word"
    alertmanager.post_alerts([make_alert("BasicAlert", "warning")])
    with NginxProxy(alertmanager.url, basic=("alice", password)) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\nauth_method: basic\n"
                                              "auth_username: alice\n")
        stored = subprocess.run(
            [sys.executable, "-c", "import sys\nfrom oncall_tray.secrets import SecretStore\n"
             "from oncall_tray.alertmanager.connection import Credentials\n"
             "print(SecretStore().store_credentials(sys.argv[1], Credentials('basic', 'alice', sys.argv[2])).persistent)",
             proxy.url, password], capture_output=True, text=True, timeout=60,
            env={**keyring_desktop.env, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "xdg-data")})
        assert stored.stdout.strip() == "True", stored.stderr
        status = cli(tmp_path, keyring_desktop.env, "status")
        assert status.returncode == 0 and "BasicAlert" in status.stdout, status.stderr
        assert "cannot be used" not in status.stderr
