"""White space at the ends of a basic-auth password (code review 64 K5): ``tidy_secret`` cut it
all, so a password "s3cret\\t" or " pass" was stored and sent as "s3cret" / "pass", and
Alertmanager's proxy refused it with no hint why, while the dialog and ``login`` said a password
is sent as typed. A space or tab there may be part of the password: it is kept. Only line breaks
at its ends are left out (a paste's, ``pass show``'s final newline), and a token still loses
every blank around it (it cannot hold one). What was left out is said. Real nginx with basic
auth, real Alertmanager, real Secret Service."""

from __future__ import annotations

import pytest
from conftest import make_alert
from nginx_proxy import NginxProxy
from test_basic_password_text import login_and_status
from test_login_cli import cli

from oncall_tray.secret_input import tidy_secret, trimmed_note


@pytest.mark.parametrize(("typed", "sent"), [
    ("s3cret\t", "s3cret\t"), (" pass", " pass"), ("pa ss ", "pa ss "), ("\u00a0nbsp\u2003", "\u00a0nbsp\u2003"),
    ("pw\n", "pw"), ("pw\r\n", "pw"), ("\npw\t\n", "pw\t"), ("pw\u2028", "pw"),
])
def test_a_password_loses_only_the_line_breaks_at_its_ends(typed, sent):
    assert tidy_secret("basic", typed) == sent
    assert (trimmed_note("basic", typed) is None) == (typed == sent)


def test_a_token_loses_every_blank_at_its_ends():
    assert tidy_secret("bearer", " \teyJ.token \n") == "eyJ.token"
    assert trimmed_note("bearer", " \teyJ.token \n").text() == "the white space around the token was left out"
    assert trimmed_note("basic", "pw\n").text() == "the line breaks at the ends of the password were left out"
    assert trimmed_note("bearer", "eyJ.token") is None


@pytest.mark.desktop
@pytest.mark.parametrize("password", ["s3cret\t", " pass"])
def test_login_keeps_the_blanks_at_the_ends_of_a_password(alertmanager, keyring_desktop, tmp_path, password):
    login, _status, _ = login_and_status(alertmanager, keyring_desktop, tmp_path, password)
    assert "left out" not in login.stderr  # the final line break of a pipe is no news


@pytest.mark.desktop
def test_login_says_what_it_left_out(alertmanager, keyring_desktop, tmp_path):
    alertmanager.post_alerts([make_alert("BasicAlert", "warning")])
    with NginxProxy(alertmanager.url, basic=("alice", "pw")) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\n")
        login = cli(tmp_path, keyring_desktop.env, "login", "--username", "alice", "--password-stdin",
                    stdin="\r\npw\n")
        assert login.returncode == 0, (login.stdout, login.stderr)
        assert "the line breaks at the ends of the password were left out" in login.stderr, login.stderr
