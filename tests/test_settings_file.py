"""The connection settings (issue 6) and saving the settings file: in place, comments kept,
atomically."""

from __future__ import annotations

import os

import pytest

from oncall_tray.config import Config, load_config
from oncall_tray.config_write import save_settings, updated_text


def test_connection_settings_and_their_checks(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("alertmanager_url:\n  - https://am-0.example:9093/\n  - https://am-1.example:9093\n"
                    "alertmanager_peers: [https://am-2.example:9093]\nauth_method: basic\nauth_username: alice\n"
                    "insecure_skip_verify: true\n")
    loaded = load_config(path)
    assert loaded.problems == ()
    assert loaded.config.alertmanager_url == "https://am-0.example:9093/"
    assert loaded.config.alertmanager_urls() == ("https://am-0.example:9093", "https://am-1.example:9093",
                                                 "https://am-2.example:9093")
    assert loaded.config.tls().insecure_skip_verify
    path.write_text("alertmanager_url: https://alice:hunter2@am.example\nauth_method: digest\n"
                    "auth_username: 'a:b'\nca_bundle: /no/such/ca.pem\nalertmanager_peers: [ftp://x]\n")
    problems = {p.key: p for p in load_config(path).problems}
    assert "must not hold a password" in problems["alertmanager_url"].message
    assert "hunter2" not in str(problems["alertmanager_url"])
    assert problems["auth_method"].message == "must be none, basic or bearer"
    assert "colon" in problems["auth_username"].message
    assert problems["ca_bundle"].line == 4 and "no such file" in problems["ca_bundle"].message
    assert "ftp://x" in problems["alertmanager_peers"].message
    assert Config().alertmanager_urls() == ("http://localhost:9093",)


def test_saving_keeps_comments_order_and_unknown_lines(tmp_path):
    path = tmp_path / "config.yaml"
    original = ("# mine\nalertmanager_url: http://a:9093  # trailing\nfilter:\n  - team=\"x\"\n"
                "# between\npoll_interval: 15\n")
    path.write_text(original)
    save_settings(path, {"filter": ("team=\"y\"", "env=~\"prod.*\""), "poll_interval": 30.0,
                         "auth_method": "basic", "auth_username": "zé"})
    text = path.read_text()
    assert text.startswith("# mine\nalertmanager_url: http://a:9093  # trailing\n")
    assert "filter:\n  - team=\"y\"\n  - env=~\"prod.*\"\n# between\npoll_interval: 30\n" in text
    assert text.endswith("auth_method: basic\nauth_username: zé\n")
    config = load_config(path).config
    assert config.filter == ('team="y"', 'env=~"prod.*"') and config.auth_username == "zé"


def test_saving_a_new_file_starts_from_the_commented_example(tmp_path):
    path = tmp_path / "new" / "config.yaml"
    save_settings(path, {"auth_method": "bearer"})
    loaded = load_config(path)
    assert loaded.problems == () and loaded.config.auth_method == "bearer"
    assert "# oncall-tray settings." in path.read_text()


def test_a_broken_file_is_not_overwritten(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("alertmanager_url: [unclosed\n")
    with pytest.raises(ValueError, match="not valid YAML"):
        save_settings(path, {"poll_interval": 20})
    assert path.read_text() == "alertmanager_url: [unclosed\n"
    with pytest.raises(ValueError, match="mapping"):
        updated_text("- a list\n", {"x": 1})


def test_a_crash_while_saving_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "config.yaml"
    path.write_text("poll_interval: 15\n")

    def crash(fd):
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError, match="disk full"):
        save_settings(path, {"poll_interval": 20})
    assert path.read_text() == "poll_interval: 15\n"
    assert [p.name for p in tmp_path.iterdir()] == ["config.yaml"]  # no temporary file left


def test_a_process_killed_while_saving_leaves_the_old_file_intact(tmp_path):
    import signal
    import subprocess
    import sys

    path = tmp_path / "config.yaml"
    path.write_text("poll_interval: 15\n")
    # The process dies (SIGKILL) after writing the new text, just before it would replace the file.
    code = ("import os, signal\nfrom oncall_tray import config_write as config\n"
            "os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)\n"
            f"config.save_settings({str(path)!r}, {{'poll_interval': 20}})\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode == -signal.SIGKILL
    assert path.read_text() == "poll_interval: 15\n"
    assert load_config(path).config.poll_interval == 15


def test_whole_seconds_are_written_as_the_engineer_would_write_them():
    """The settings dialog's spin boxes give floats: 20.0 is written ``20``, 0.5 stays ``0.5``,
    and both read back as the same numbers."""
    text = updated_text("poll_interval: 15\n", {"poll_interval": 20.0, "request_timeout": 0.5})
    assert "poll_interval: 20\n" in text and "request_timeout: 0.5" in text
    assert "20.0" not in text


REVIEW_65 = ('filter:   # só produção\n'
             '  - env="production"   # nosso ambiente\n'
             'contacts:\n'
             '  # L2\n'
             '  Tech Lead: "Ana Souza - +55 11 99999-0000"   # plantão até 12/12\n'
             '  SRE: "Bruno Lima - +55 11 98888-0000"\n'
             '  # L3\n'
             '  CTO: "Carla Dias - +55 11 97777-0000"\n'
             '# after the contacts\n'
             'poll_interval: 15\n')
CONTACTS = {"Tech Lead": "Ana Souza - +55 11 99999-0000", "SRE": "Bruno Lima - +55 11 98888-0000",
            "CTO": "Carla Dias - +55 11 97777-0000"}


def test_a_changed_block_collection_keeps_its_comments_order_and_style():
    """Review 65 R2: adding a matcher and a contact in the dialog rewrote both keys in flow style
    on one line, the contacts sorted by role, and dropped "# só produção", "# L2", "# L3" and
    "# plantão até 12/12"."""
    text = updated_text(REVIEW_65, {"filter": ('env="production"', 'team="conectcrm"'),
                                    "contacts": {**CONTACTS, "Arquiteto": "Edu - +55 11 94444-0000"}})
    assert text == REVIEW_65.replace('ambiente\n', 'ambiente\n  - team="conectcrm"\n').replace(
        '97777-0000"\n', '97777-0000"\n  Arquiteto: Edu - +55 11 94444-0000\n')


def test_entries_removed_or_changed_leave_the_comments_of_the_others():
    """The comment lines above an entry stay above it when the entry before it goes; the order
    is the dialog's (a new entry where it was typed), never sorted."""
    contacts = {"Tech Lead": "Ana Souza - +55 11 99999-0000", "Zeca": "Zeca - 1", "CTO": "Carla - 2"}
    text = updated_text(REVIEW_65, {"contacts": contacts, "filter": ()})
    assert text == ('filter: []   # só produção\n'
                    'contacts:\n'
                    '  # L2\n'
                    '  Tech Lead: "Ana Souza - +55 11 99999-0000"   # plantão até 12/12\n'
                    '  Zeca: Zeca - 1\n'
                    '  # L3\n'
                    '  CTO: "Carla - 2"\n'  # quoted as the engineer wrote it
                    '# after the contacts\n'
                    'poll_interval: 15\n')
    text = updated_text("volatile_labels:\n- a   # first\n# about b\n- b\n- c\n", {"volatile_labels": ["b", "c", "d"]})
    assert text == "volatile_labels:\n# about b\n- b\n- c\n- d\n"


def test_collections_are_written_in_the_order_given_and_in_block_style_when_new():
    """A list or mapping given to an empty placeholder (the example's ``contacts: {}``) or to a
    missing key is written one entry a line, in the order given; a flow collection that had
    entries stays flow, in the order given."""
    text = updated_text("contacts: {}\n#  - a comment after\nbusiness_days: [mon, tue]\n",
                        {"contacts": {"SRE": "Bruno", "CTO": "Carla"}, "business_days": ["tue", "mon", "fri"],
                         "severity_synonyms": {"sev1": "critical", "p1": "critical"}})
    assert text == ("contacts:\n  SRE: Bruno\n  CTO: Carla\n#  - a comment after\nbusiness_days: [tue, mon, fri]\n"
                    "severity_synonyms:\n  sev1: critical\n  p1: critical\n")
