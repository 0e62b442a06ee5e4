"""A URL with credentials typed left to right in Settings: before its "@host" the text
(``https://alice:s3cret``) reads as host "alice" and a port that is no number, and the draft kept as
typed (a second after each pause) held the password, or a prefix of it, in clear text, and so did
its log line (code review 71 AG2). Whatever could be a password, complete or still being typed, is
taken out (``url_passwords.without_password``) and the field named in the draft's ``not_kept``."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from oncall_tray.config_draft import draft_path, keep_draft, without_secrets
from oncall_tray.url_passwords import without_password
from test_quit_unsaved_settings import controller  # noqa: F401  (the running tray, its settings file)
from oncall_tray.paths import Folders

PASSWORD = "s3#cr/e?t:x"  # a letter first: no prefix of it reads as a port
TYPED = [f"https://alice:{PASSWORD}@am.example.com:9093", f"alice:{PASSWORD}@am.example.com:9093",
         f"http://alice.smith:{PASSWORD}@am:9093/x"]


def _prefixes(url: str) -> list[str]:
    start = url.index(":", url.index("alice")) + 1
    return [url[:end] for end in range(start + 1, url.index("@") + 1)]


@pytest.mark.parametrize("url", TYPED)
def test_no_prefix_of_a_password_typed_is_kept(url):
    for text in _prefixes(url):
        for url_field in (True, False):
            if not url_field and "://" not in text:  # a text field: only words with a scheme are URLs
                continue
            kept = without_password(f"https://am2:9093\n{text}", url_field)
            user = text.partition("://")[2] or text
            user = user.partition(":")[0]
            assert kept.partition("\n")[2].partition(user)[2] in (":", "@"), (text, kept)
            assert kept.partition("\n")[0] == "https://am2:9093"


def test_a_password_being_typed_names_its_field_and_is_not_logged(tmp_path):
    settings = tmp_path / "settings.yaml"
    typed = {"grafana_url": "https://alice:s3cret", "contacts": "see https://bob:hunter2 for the key",
             "reminder_minutes": 5}
    keep_draft(Folders.for_user(), settings, typed, {"grafana_url": ""}, dt.datetime.now(dt.timezone.utc))
    text = draft_path(Folders.for_user(), settings).read_text("utf-8")
    assert "s3cret" not in text and "hunter2" not in text, text
    kept = json.loads(text)
    assert kept["typed"]["grafana_url"] == "https://alice:"
    assert sorted(kept["not_kept"]) == ["contacts", "grafana_url"]
    assert "s3cret" not in str(without_secrets(typed)) and "hunter2" not in str(without_secrets(typed))


@pytest.mark.parametrize("url", ["https://am2:9093", "http://127.0.0.1:9093/", "https://[::1]:9093",
                                 "https://[fe80::a", "http://am.example.com:", "https://grafana.example.com/d/x"])
def test_addresses_without_user_info_are_kept_as_typed(url):
    assert without_password(url, True) == url
    assert without_password(url, False) == url


def test_the_draft_as_typed_never_holds_the_password_before_the_at(qtbot, controller, english):
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    dialog.fields["grafana_url"].widget.setText("https://alice:s3cret")  # on the way to …@grafana:3000
    path = draft_path(Folders.for_user(), controller.loaded.path)
    qtbot.waitUntil(path.exists, timeout=10000)
    text = path.read_text("utf-8")
    assert "s3cret" not in text, text
    assert json.loads(text)["not_kept"] == ["grafana_url"]
