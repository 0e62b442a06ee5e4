"""A password pasted with blanks around it (review 65 R6): kept as typed on purpose (code review
64 K5: a blank may be part of it), but a refusal said nothing of them, the likeliest cause of it.
``login`` and the login dialog (test_settings_ui) now name them when Alertmanager refuses such a
password. Real nginx with basic auth, real Alertmanager."""

from __future__ import annotations

import pytest
from conftest import make_alert
from nginx_proxy import NginxProxy
from test_login_cli import cli

from oncall_tray.i18n import translator
from oncall_tray.secret_input import blanks_note

PASSWORD = "s3cret"


@pytest.mark.parametrize(("secret", "said"), [
    ("  s3cret ", "the password sent begins with 2 spaces and ends with 1 space: type it again without them if "
                  "they are not part of it"),
    ("\ts3cret", "the password sent begins with 1 tab: type it again without it if it is not part of it"),
    ("s3cret \t", "the password sent ends with 2 blank characters: type it again without them if they are not "
                  "part of it"),
])
def test_the_blanks_around_a_password_are_named(secret, said):
    assert blanks_note("basic", secret).text() == said


def test_none_for_a_password_without_them_or_a_token():
    assert blanks_note("basic", "s3 cret") is None and blanks_note("bearer", " t ") is None


def test_said_in_portuguese():
    assert blanks_note("basic", "  s3cret ").text(translator("pt_BR")) == (
        "a senha enviada começa com 2 espaços e termina com 1 espaço: digite-a de novo sem eles, se não fizerem "
        "parte dela")


def test_login_names_the_blanks_of_a_refused_password(alertmanager, keyring_desktop, tmp_path):
    alertmanager.post_alerts([make_alert("BasicAlert", "warning")])
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\n")
        refused = cli(tmp_path, keyring_desktop.env, "login", "--username", "alice", "--password-stdin",
                      stdin=f"  {PASSWORD} \n")
        assert refused.returncode == 2 and "refused these credentials" in refused.stderr, refused.stderr
        assert "nothing was stored: the password sent begins with 2 spaces and ends with 1 space" in refused.stderr
        plain = cli(tmp_path, keyring_desktop.env, "login", "--username", "alice", "--password-stdin", stdin="nope\n")
        assert plain.returncode == 2 and "password sent" not in plain.stderr, plain.stderr

