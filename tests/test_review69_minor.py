"""Fresh-user review 69 AI5, AI6, AI8: one tray for one set of cluster members whatever their
order, an unreadable settings draft said in the engineer's words, and a half-typed
``user:password`` never quoted in clear by the settings' messages."""

from __future__ import annotations

import datetime as dt

import pytest

from oncall_tray.config_draft import UnreadableDraft, draft_path, open_draft
from oncall_tray.config_urls import check_url
from oncall_tray.url_passwords import shown_url
from oncall_tray.config_values import _check_urls
from oncall_tray.i18n import english, translator
from oncall_tray.instance import instance_key
from oncall_tray.paths import Folders

AT = dt.datetime(2026, 12, 7, 6, 2, 21, tzinfo=dt.timezone.utc)


def test_the_same_members_in_any_order_are_one_tray_and_some_of_them_another(tmp_path):
    settings = tmp_path / "config.yaml"
    both = instance_key(settings, ["http://127.0.0.1:19551", "http://127.0.0.1:19552"])
    assert instance_key(settings, ["http://127.0.0.1:19552/", "HTTP://127.0.0.1:19551"]) == both
    assert instance_key(settings, ["http://127.0.0.1:19551", "http://127.0.0.1:19552", "http://127.0.0.1:19551/"]) == both
    # some members only are not the cluster (review 68 AF8), whichever member is first
    assert instance_key(settings, ["http://127.0.0.1:19551"]) != both
    assert instance_key(settings, ["http://127.0.0.1:19552"]) != both
    assert instance_key(settings, "http://127.0.0.1:19551") == instance_key(settings, ["http://127.0.0.1:19551/"])


def test_an_unreadable_settings_draft_is_said_without_the_parsers_english(tmp_path):
    from oncall_tray.side_files import reason_text

    settings = tmp_path / "config.yaml"
    target = draft_path(Folders.for_user(), settings)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text('{"settings": "%s", "typed": {"poll_interval": \n' % settings, encoding="utf-8")
    with pytest.raises(UnreadableDraft) as caught:
        open_draft(Folders.for_user(), settings, AT)
    problem = caught.value
    assert problem.aside is not None and problem.aside.exists()
    portuguese = reason_text(problem, translator("pt_BR"))
    assert "Expecting" not in portuguese and "danificado" in portuguese, portuguese
    assert "Expecting" not in reason_text(problem, english)


def test_a_file_that_cannot_be_read_keeps_the_systems_words(tmp_path):
    from oncall_tray.side_files import reason_text

    settings = tmp_path / "config.yaml"
    target = draft_path(Folders.for_user(), settings)
    target.mkdir(parents=True)  # a folder where the file should be: read fails with the system's words
    with pytest.raises(UnreadableDraft) as caught:
        open_draft(Folders.for_user(), settings, AT)
    assert not caught.value.damaged
    assert reason_text(caught.value, translator("pt_BR")) == caught.value.reason


@pytest.mark.parametrize("typed", ["https://bob:Hunter2pa9/path", "https://bob:Hunter2pass", "bob:Hunter2pa9"])
def test_a_half_typed_password_is_masked_and_said_a_password(typed):
    assert "Hunter2" not in shown_url(typed)
    said = _check_urls((typed,))
    assert said is not None
    for tr in (english, translator("pt_BR")):
        text = said.text(tr)
        assert "Hunter2" not in text, text
        assert "65535" not in text, text
    assert "password" in said.text(english)
    assert "senha" in said.text(translator("pt_BR"))


def test_a_port_of_digits_out_of_range_is_still_a_port_error():
    assert "65535" in check_url("http://am:99999").text(english)
    assert shown_url("http://am:99999") == "http://am:99999"  # a port mistyped, shown as typed (review 71 AP3)
    assert shown_url("https://alice:pw@am:9093") == "https://alice:***@am:9093"
