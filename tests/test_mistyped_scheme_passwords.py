"""A password in a word whose scheme is mistyped or missing (fresh-user review 70 AK3): ``http//bob:Hunter2@am:9093``
read as the host "http" and a path, so the command line's ``--alertmanager`` error, the settings' problems and the
Settings field's message quoted it in clear and the settings draft kept it in clear on disk. Rule: any word of an
address field (and any word a message quotes) holding ``user:secret@host``, whatever precedes it (no scheme, a
mistyped one, a bare ``user:pw@host``, a word before it), has its secret masked in messages and dropped in the
draft, as ``url_passwords``' one reading (``_readings``) reads it; a correct URL without user info is never changed."""

from __future__ import annotations

import datetime as dt
import json
import random
import re

import pytest

from conftest import settings_file
from test_cli import run
from test_settings_ui import store  # noqa: F401  (fixture)

from oncall_tray.config import load_config
from oncall_tray.config_draft import draft_path, keep_draft
from oncall_tray.url_passwords import shown_url, without_password
from oncall_tray.config_values import _check_urls
from oncall_tray.i18n import translator
from oncall_tray.paths import Folders

#: The reviewer's inputs (and neighbours of them): what is typed, as a message shows it, as the draft keeps it.
TYPED = [
    ("http//bob:Hunter2@am:9093", "http//bob:***@am:9093", "http//bob@am:9093"),  # the reviewer's
    ("http:/bob:Hunter2@am:9093", "http:***@am:9093", "http@am:9093"),  # the reviewer's: user "http" unsure, dropped
    ("bob:Hunter2@am", "bob:***@am", "bob@am"),  # the reviewer's
    ("x https://bob:Hunter2@am2:9093", "x https://bob:***@am2:9093", "x https://bob@am2:9093"),  # the reviewer's
    ("am:9093 https://bob:Hunter2@am2", "am:9093 https://bob:***@am2", "am:9093 https://bob@am2"),  # the reviewer's
    ("http://a:1 https://bob:Hunter2@am2", "http://a:1 https://bob:***@am2", "http://a:1 https://bob@am2"),
    ("//bob:Hunter2@am:9093", "//bob:***@am:9093", "//bob@am:9093"),
    ("https//bob:Hunter2@am:9093/x", "https//bob:***@am:9093/x", "https//bob@am:9093/x"),
    ("http///bob:Hunter2@am", "http///bob:***@am", "http///bob@am"),
    ("htp//bob:Hunter2@am:9093", "htp//bob:***@am:9093", "htp//bob@am:9093"),
    ("am?bob:Hunter2@am2", "am?bob:***@am2", "am?bob@am2"),
    ("am:9093/bob:Hunter2@am2", "am:9093/bob:***@am2", "am:9093/bob@am2"),
    ("x http//bob:Hunter2@am:9093", "x http//bob:***@am:9093", "x http//bob@am:9093"),
    ("http//bob:Hunter2", "http//bob:***", "http//bob:"),  # the draft is kept as typed: before its "@am"
    ("http//bob:Hun/ter2@am", "http//bob:***@am", "http//bob@am"),
]


@pytest.mark.parametrize(("typed", "shown", "kept"), TYPED)
def test_the_draft_and_the_messages_hold_no_password(typed, shown, kept):
    assert shown_url(typed) == shown
    assert without_password(typed, True) == kept
    problems = []
    for tr in (translator("en"), translator("pt_BR")):
        said = _check_urls((typed, "https://am3:9093"))
        assert said is not None
        problems.append(said.text(tr))
    assert shown in problems[0]
    for text in problems:
        assert "Hunter2" not in text and "ter2" not in text, text


@pytest.mark.parametrize(("typed", "shown", "kept"), TYPED)
def test_the_settings_problems_hold_no_password(tmp_path, typed, shown, kept):
    settings = tmp_path / "settings.yaml"
    settings.write_text(f"alertmanager_url: [{json.dumps(typed)}, https://am3:9093]\nalertmanager_peers:\n"
                        f"  - {json.dumps(typed)}\ngrafana_url: {json.dumps(typed)}\n", encoding="utf-8")
    problems = load_config(settings).problems
    assert problems
    texts = [problem.reason.text(translator(language)) for problem in problems for language in ("en", "pt_BR")]
    assert any(shown in text for text in texts), texts
    for text in texts:
        assert "Hunter2" not in text and "ter2" not in text, text


def test_the_reviewers_draft_on_disk_holds_no_password(tmp_path):
    settings = tmp_path / "settings.yaml"
    typed = {"alertmanager_urls": "http//bob:Hunter2@am:9093"}
    keep_draft(Folders.for_user(), settings, typed, {"alertmanager_urls": "https://am:9093"},
               dt.datetime.now(dt.timezone.utc))
    text = draft_path(Folders.for_user(), settings).read_text("utf-8")
    assert "Hunter2" not in text, text
    kept = json.loads(text)
    assert kept["typed"]["alertmanager_urls"] == "http//bob@am:9093"
    assert kept["not_kept"] == ["alertmanager_urls"]


@pytest.mark.parametrize(("typed", "shown"), [(typed, shown) for typed, shown, _kept in TYPED if "@" in typed])
def test_the_command_line_says_no_password(tmp_path, typed, shown):
    result = run("--alertmanager", typed, "status", config=settings_file(tmp_path))
    assert result.returncode == 1, result.stderr
    assert "Hunter2" not in result.stderr and "ter2" not in result.stderr, result.stderr
    assert result.stderr.startswith(f"oncall-tray: --alertmanager {shown}: "), result.stderr


def test_the_command_line_in_portuguese_says_no_password(tmp_path):
    result = run("--alertmanager", "http//bob:Hunter2@am:9093", "status", env_lang="pt_BR.UTF-8",
                 config=settings_file(tmp_path))
    assert result.returncode == 1 and "Hunter2" not in result.stderr, result.stderr
    assert "http//bob:***@am:9093" in result.stderr, result.stderr


def test_no_password_after_a_mistyped_scheme_is_kept():
    """Seeded (the same every run): ``user:password@host`` after mistyped or missing schemes, other
    words around it, passwords of the characters that split a URL; neither the message nor the
    draft holds the password, and the message is the draft with ``***`` where the draft drops it."""
    draw = random.Random(703)
    starts = ["http//", "https//", "http:/", "https:/", "//", "/", "http///", "https:\\\\", "htp//", "htps://",
              "http:", "am?", "am#", "am/", "am:9093/", "x/y/", "ftp://", "", "https://"]
    others = ["x", "https://am2:9093", "am:9093", "https://am1:9093,", "http//am", "https://carol:pw2", "a@b"]
    for _ in range(3000):
        password = "QZ" + "".join(draw.choice("QZ#?/@:%&=.-_!0123456789") for _ in range(draw.randint(0, 8))) + "QZ"
        host = draw.choice(["am", "am:9093", "am.example.com", "10.0.0.5:9093", "[::1]:9093"])
        word = f"{draw.choice(starts)}{draw.choice(['bob', 'b.o-b'])}:{password}@{host}{draw.choice(['', '/x'])}"
        words = [draw.choice(others) for _ in range(draw.randint(0, 2))]
        words.insert(draw.randint(0, len(words)), word)
        typed = " ".join(words)
        shown, kept = shown_url(typed), without_password(typed, True)
        for text in (shown, kept):
            assert "QZ" not in text and "pw2" not in text, (typed, text)
        # ":*** ***@": a sentence's address and e-mail address shown apart (code review 86B BG5)
        assert re.sub(r":\*\*\*( \*\*\*)?@", "@", shown).replace("***", "") == kept.replace("***", ""), typed


def test_no_correct_address_is_changed():
    """Seeded: http(s) addresses without user info, whose path, query or fragment holds what
    looks like ``user:secret@host`` (a host with a dot or an IP address, as ``check_url`` reads
    them: no password), are kept whole but for the values of their query."""
    draw = random.Random(704)
    hosts = ["grafana.example.com", "prom.example.com", "10.0.0.5", "[::1]", "[fd00::5]"]
    for _ in range(2000):
        piece = "".join(draw.choice(["bob:pw@am", "http//", "a:b", "@", "x", "/", ":"])
                        for _ in range(draw.randint(1, 4)))
        fragment = draw.choice(["", "#" + piece])
        port = draw.choice(["", ":3000"])
        url = f"{draw.choice(['https://', 'http://'])}{draw.choice(hosts)}{port}/{piece}{fragment}"
        assert shown_url(url) == url, url
        assert without_password(url, True) == url, url
        assert without_password(url, False) == url, url


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_the_settings_field_says_no_password(qtbot, tmp_path, store, request, language):  # noqa: F811
    from test_settings_ui import loaded_from

    from oncall_tray.ui.settings_dialog import SettingsDialog

    request.getfixturevalue("english" if language == "en" else "portuguese")
    dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", "poll_interval: 15\n"), store)
    qtbot.addWidget(dialog)
    dialog.show()
    urls = dialog.fields["alertmanager_urls"]
    for typed, shown, _kept in TYPED:
        for text in (f"{typed}\nhttps://am3:9093", f"https://am3:9093\n{typed}"):  # a peer's is quoted
            urls.widget.setPlainText(text)
            said = urls.error.text()
            assert said and "Hunter2" not in said and "ter2" not in said, (typed, said)
            assert not dialog.save_button.isEnabled()
        assert shown in said, (typed, said)
