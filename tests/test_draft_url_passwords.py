"""The passwords taken out of the settings draft and its log line (``url_passwords.without_password``,
``config_draft.without_secrets``), as code review 69 AD4 found them: the word was cut at its first
"?" or "#" before its user info was looked for, so a password holding "#" or "?" was kept in clear
text (``"not_kept": []``), and the user info was taken up to the word's last "@", so a URL with an
"@" in its path lost its port and path. RFC 3986: the authority ends at the first "/", "?" or "#"
after "://", its user info at its last "@"; a password holding one of those is no valid URL, and
when the word can be read both ways everything up to its last "@" before a host is dropped."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import pytest

from oncall_tray.config_draft import draft_path, keep_draft, without_secrets
from oncall_tray.url_passwords import shown_url, without_password
from oncall_tray.paths import Folders

PASSWORDS = ["Xy#9z", "Xy?9z", "Xy/9z", "p@ss", "Xy#9/z?w@q", "a://b", "#", "?x=1", "/", "12#ab", ":#?/@"]


@pytest.mark.parametrize("password", PASSWORDS)
@pytest.mark.parametrize("form", ["https://alice:{}@am.example.com:9093", "http://alice:{}@am:9093/",
                                  "https://alice:{}@am:9093/path?x=1#f", "https://alice:{}@[::1]:9093",
                                  "alice:{}@am.example.com:9093"])
def test_a_password_with_url_delimiters_is_taken_out(password, form):
    url = form.format(password)
    for url_field in (True, False):
        if not url_field and not form.startswith("http"):  # a text field: only words with a scheme are URLs
            continue
        expected = form.format("").replace("alice:@", "alice@")
        expected = expected.replace("?x=1", "?x=***") if url_field else expected
        assert without_password(f"{url}\nhttps://am2:9093", url_field) == f"{expected}\nhttps://am2:9093", url


def test_the_reviewers_draft_holds_no_password_and_names_the_field(tmp_path):
    settings = tmp_path / "settings.yaml"
    typed = {"alertmanager_urls": "https://alice:Xy#9z@am:9093\nhttps://am2:9093"}
    keep_draft(Folders.for_user(), settings, typed, {"alertmanager_urls": "https://am:9093"}, dt.datetime.now(dt.timezone.utc))
    text = draft_path(Folders.for_user(), settings).read_text("utf-8")
    assert "Xy" not in text and "9z" not in text, text
    kept = json.loads(text)
    assert kept["typed"]["alertmanager_urls"] == "https://alice@am:9093\nhttps://am2:9093"
    assert kept["not_kept"] == ["alertmanager_urls"]


@pytest.mark.parametrize("url", [
    "https://grafana.example.com:3000/d/abc/team@prod",  # the reviewer's
    "https://grafana.example.com/d/abc/team@prod",
    "https://grafana.example.com:3000/explore#left@x",
    "https://am:9093/@",
    "https://[::1]:3000/d/a@b",
    "grafana.example.com:3000/d/abc/team@prod",  # written without its scheme
    "am.example.com:9093",
    "https://alice@am:9093/team@prod",  # a user name, no password
    "https://am:9093/",
    "https://al/ce:pw@am:9093",  # a host "al" (a user name holds no "/")
])
def test_an_address_without_a_password_is_kept_whole(url):
    assert without_password(url, True) == url
    assert without_password(url, False) == url
    assert without_secrets({"grafana_url": url}) == {"grafana_url": url}


@pytest.mark.parametrize(("url", "kept"), [
    ("https://alice:pw@am:9093", "https://alice@am:9093"),
    ("https://alice:pw@am:9093/x@y", "https://alice@y"),  # or the password is "pw@am:9093/x": unsure, dropped
    ("https://alice:Xy#9z@am:9093/team@prod", "https://alice@prod"),
    ("https://alice:p@ss@am:9093/a/b?token=t#f", "https://alice@am:9093/a/b?token=***#f"),
    ("http://alice:p/w@am:9093/?token=t@u", "http://alice@u"),  # or the password runs to "t": dropped
    ("https://alice:/pw@am:9093", "https://alice@am:9093"),
    ("https://alice:2024/xy@am:9093", "https://alice@am:9093"),  # a port, then a host with one: a password
    ("https://alice:Xy#9z@", "https://alice@"),
    ("alice:Xy#9z@am:9093", "alice@am:9093"),
    ("alice:p/w@am:9093/x", "alice@am:9093/x"),
    ("https://[x/ce:pw@am:9093", "https://am:9093"),  # no user name reads so: nothing of it kept
    ("x:a://b@am:9093", "x@am:9093"),  # no scheme before the "://"
    ("https://alice@example.com:p#w@am:9093", "https://alice@example.com@am:9093"),
])
def test_odd_urls_lose_their_password_only(url, kept):
    assert without_password(url, True) == kept


def test_a_text_field_keeps_its_words_that_are_not_urls():
    text = "Ana: ana@example.com:1234 #sre ?x https://am:9093/a@b"
    assert without_password(text, False) == text


def test_a_log_line_of_the_typed_values_holds_no_password():
    said = str(without_secrets({"grafana_url": "https://g:Se#cr3t@grafana.example.com", "reminder_minutes": 5,
                                "alertmanager_urls": "am:Se?cr3t@am.example.com:9093"}))
    assert "Se" not in said and "cr3t" not in said, said


def test_the_module_stays_small():
    assert len(Path(without_password.__code__.co_filename).read_text("utf-8").splitlines()) < 400


def test_no_password_of_odd_characters_is_kept():
    """Passwords drawn (seeded: the same every run) from the characters that split a URL, each
    between two markers that must not be kept."""
    draw = random.Random(69)
    forms = ["https://alice:{}@am.example.com:9093", "http://alice:{}@am:9093/x@y?q=1#f", "alice:{}@am:9093",
             "https://alice:{}@[::1]:9093/", "https://alice:{}@grafana.example.com/d/a@b"]
    for _ in range(2000):
        password = "QZ" + "".join(draw.choice("QZ#?/@:%&=.-_!0123456789") for _ in range(draw.randint(0, 8))) + "QZ"
        for form in forms:
            assert "QZ" not in without_password(form.format(password), True), form.format(password)


@pytest.mark.parametrize(("url", "shown"), [
    ("https://alice:Xy#9z@am:9093", "https://alice:***@am:9093"),
    ("https://alice:Xy/9z@am:9093/x?token=t", "https://alice:***@am:9093/x?token=***"),
    ("alice:Xy?9z@am:9093", "alice:***@am:9093"),  # no scheme: the draft drops it too (code review 74 AL5)
    ("https://alice:p@ss@am:9093", "https://alice:***@am:9093"),
    ("https://grafana.example.com:3000/d/abc/team@prod", "https://grafana.example.com:3000/d/abc/team@prod"),
    ("http://u:p@[::1", "http://u:***@[::1"),  # read as the draft reads it (code review 74 AL5)
    ("https://am:9093/x?token=t#", "https://am:9093/x?token=***#"),  # a bare "#" kept as written
    ("https://u:p@am:9093/x?token=t#", "https://u:***@am:9093/x?token=***#"),
    ("https://u:p@am:9093?", "https://u:***@am:9093?"),
])
def test_messages_show_no_password_of_odd_characters(url, shown):
    """``shown_url`` (``config check``, the command line's errors) reads a URL as the draft does."""
    assert shown_url(url) == shown


@pytest.mark.parametrize("url", [
    "https://grafana.example.com:3000/d/abc/team@db1:9100",  # code review 70 AE5, the reviewer's
    "https://10.0.0.5:3000/d/a@db1:9100",
    "https://[::1]:3000/d/a@db1:9100",  # a user info holds no "[" (RFC 3986 3.2.1)
    "https://alice@grafana.example.com:3000/d/abc/team@db1:9100",  # a user name, no password
    "grafana.example.com:3000/d/abc/team@db1:9100",  # written without its scheme
])
def test_an_address_with_a_host_and_port_after_an_at_in_its_path_is_kept_whole(url):
    """Code review 70 AE5: ``https://grafana.example.com:3000/d/abc/team@db1:9100`` (no password,
    ``check_url`` takes it) was kept as ``https://grafana.example.com@db1:9100`` and shown as
    ``https://grafana.example.com:***@db1:9100``."""
    assert without_password(url, True) == url
    assert without_password(url, False) == url
    assert without_secrets({"grafana_url": url}) == {"grafana_url": url}
    if "://" in url:
        assert shown_url(url) == url


def test_no_address_without_a_password_is_changed():
    """Password-less addresses (a host name with a dot, an IPv4 or IPv6 address; seeded: the same
    every run) with "@", "host@", "host:port@" in their path, query or fragment: kept whole but
    for the values of their query (``url_field``, messages)."""
    draw = random.Random(70)
    hosts = ["grafana.example.com", "prom.example.com", "db1.internal", "10.0.0.5", "[::1]", "[fd00::5]"]
    def piece() -> str:
        return "".join(draw.choice("abcxyz019-_.~@:") for _ in range(draw.randint(0, 6))) + draw.choice(
            ["@db1:9100", "@db1.example.com:443", "@x", "@", "@[::1]:9093", ""])
    for _ in range(3000):
        port = draw.choice(["", ":3000", ":9090", ":1", ":65535"])
        path = "".join("/" + piece() for _ in range(draw.randint(1, 3)))
        query = draw.choice(["", "?g0.expr=" + piece(), "?a=" + piece() + "&b"])
        fragment = draw.choice(["", "#" + piece()])
        scheme = draw.choice(["https://", "http://", ""])
        url = f"{scheme}{draw.choice(hosts)}{port}{path}{query}{fragment}"
        masked = url.replace(query, query and "?" + "&".join(
            f"{pair.partition('=')[0]}=***" if "=" in pair else pair for pair in query[1:].split("&")), 1)
        assert without_password(url, False) == url
        assert without_password(url, True) == masked, url
        if scheme:
            assert shown_url(url) == masked, url


@pytest.mark.parametrize(("typed", "shown"), [
    ("https://bob:s3cr3t https://am2:9093", "https://bob:*** https://am2:9093"),  # two members pasted on one line
    ("https://bob:s3cr3t\thttps://am2:9093", "https://bob:***\thttps://am2:9093"),
    ("https://bob:s3cr3t x", "https://bob:***"),  # "x" may be the password's (code review 80 AU1)
    ("x https://bob:s3cr3t", "x https://bob:***"),
    ("https://am2:9093 https://bob:s3cr3t/p?token=t", "https://am2:9093 https://bob:***"),
    ("http://127.0.0.1:19372 x", "http://127.0.0.1:19372 x"),  # a port typo, quoted as typed (cc20173)
    ("https://bob:pa ss@am:9093", "https://bob:***@am:9093"),  # a password with a space in it, whole
    ("https://bob:s3cr3t@am:9093 https://carol:pw2", "https://bob:***@am:9093 https://carol:***"),  # AL5
])
def test_messages_mask_a_password_followed_by_more_words_as_the_draft_does(tmp_path, typed, shown):
    """Code review 73 AJ1: since cc20173 a value holding a space skipped the half-typed password
    reading, so ``https://bob:s3cr3t https://am2:9093`` was quoted whole in the settings' problems
    (the log, a notification), the Settings dialog's field message and the command line's errors,
    while the draft (``without_password``, word by word) left the password out."""
    from oncall_tray.config import load_config
    from oncall_tray.config_values import _check_urls
    from oncall_tray.i18n import translator

    assert shown_url(typed) == shown
    assert "s3cr3t" not in without_password(typed, True) and "s3cr3t" not in without_password(typed, False)
    settings = tmp_path / "settings.yaml"
    settings.write_text(f"alertmanager_url: {json.dumps(typed)}\nalertmanager_peers:\n  - {json.dumps(typed)}\n"
                        f"grafana_url: {json.dumps(typed)}\n", encoding="utf-8")
    problems = [problem.reason.text(translator(language)) for problem in load_config(settings).problems
                for language in ("en", "pt_BR")]
    said = _check_urls((typed, "https://am3:9093"))
    assert problems and said is not None
    for text in [*problems, said.text(translator("en")), said.text(translator("pt_BR"))]:
        assert "s3cr3t" not in text and "ss@" not in text, text
    assert shown in said.text(translator("en"))


@pytest.mark.parametrize(("typed", "shown"), [
    ("https://bob:s3cr3t@am:9093 https://carol:pw2", "https://bob:***@am:9093 https://carol:***"),
    ("https://bob:pw@am1:9093 https://carol:pw2@am2:9093", "https://bob:***@am1:9093 https://carol:***@am2:9093"),
    ("https://am1:9093 https://carol:pw2@am2:9093 x", "https://am1:9093 https://carol:***@am2:9093 x"),
    ("https://am1:9093, https://bob:s3cr3t", "https://am1:9093, https://bob:***"),
    ("https://bob:pa ss@am:9093 https://am2:9093", "https://bob:***@am:9093 https://am2:9093"),
    ("alice:Xy?9z@am:9093 https://am2:9093", "alice:***@am:9093 https://am2:9093"),
])
def test_messages_mask_every_word_where_the_draft_drops_a_password(typed, shown):
    """Code review 74 AL5: a text whose first word held a finished user info was read whole, so a
    later word's password was shown in clear (``https://carol:pw2``) and two addresses were shown
    as one (the first host dropped). A message and the draft now read words alike
    (``url_passwords``' one tokenizer): where the draft drops something, the message says ``***``."""
    assert shown_url(typed) == shown
    kept = without_password(typed, True)
    assert re.sub(r":\*\*\*@", "@", shown).replace("***", "") == kept  # the draft, "***" where it drops
    for secret in ("s3cr3t", "pw2", "pa ss", "Xy?9z"):
        assert secret not in shown_url(typed) and secret not in kept


def test_a_message_and_the_draft_drop_the_same_words():
    """Seeded (the same every run): texts of several words, URLs with and without user info,
    passwords finished or being typed; every word the draft changes is masked in the message, and
    the message is the draft with ``***`` where the draft dropped a password."""
    draw = random.Random(74)
    words = ["https://bob:s3cr3t@am:9093", "https://carol:pw2", "https://am1:9093", "https://am1:9093,",
             "https://am2:9093/x?token=t", "x", "https://dave:QZ#9@am3:9093", "http://127.0.0.1:19372", "am:9093"]
    for _ in range(500):
        typed = draw.choice([" ", "\t", "  "]).join(draw.choice(words) for _ in range(draw.randint(1, 4)))
        shown, kept = shown_url(typed), without_password(typed, True)
        assert re.sub(r":\*\*\*@", "@", shown).replace("***", "") == kept.replace("***", ""), typed
        for secret in ("s3cr3t", "pw2", "QZ#9", "token=t"):
            assert secret not in shown and secret not in kept, typed
