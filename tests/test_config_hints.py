"""What the settings file's comments and checks tell the engineer (review 24): a mistyped
setting gets "did you mean ...?", and the example's comment on the retries says what the poller
does."""

from __future__ import annotations

import subprocess
import sys

import pytest

from oncall_tray.config import Config, load_config
from oncall_tray.config_example import example_text
from oncall_tray.i18n import translator
from oncall_tray.ui.settings_watch import settings_notice_body
from oncall_tray.poll_retry import retry_cap, retry_delay


def check(path):
    return subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(path), "config", "check"],
                          capture_output=True, text=True, timeout=60)


def test_a_mistyped_setting_gets_a_suggestion_in_config_check(tmp_path):
    """Review 24: `pol_interval: 15` was "unknown setting" with no suggestion."""
    path = tmp_path / "c.yaml"
    path.write_text("language: en\npol_interval: 15\nenginer: ana\nfoo: 1\n", encoding="utf-8")
    lines = check(path).stdout.splitlines()
    assert lines == [f"{path}: line 2: pol_interval: unknown setting (did you mean poll_interval?)",
                     f"{path}: line 3: enginer: unknown setting (did you mean engineer?)",
                     f"{path}: line 4: foo: unknown setting"]


def test_the_suggestion_in_portuguese_and_in_the_tray_notice(tmp_path, english):
    path = tmp_path / "c.yaml"
    path.write_text("request_timout: 5\n", encoding="utf-8")
    loaded = load_config(path)
    (problem,) = loaded.problems
    assert problem.text(translator("pt_BR")) == \
        "linha 1: request_timout: configuração desconhecida (você quis dizer request_timeout?)"
    assert settings_notice_body(loaded) == \
        f"{path}; line 1: request_timout: unknown setting (did you mean request_timeout?)"


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_the_example_says_how_long_retries_really_wait(language):
    """Review 24: "never longer than poll_interval" beside poll_interval: 15 and
    max_retry_interval: 60 read as a contradiction; the poller doubles the wait from 1 s up to
    the smaller of the two."""
    text = example_text(language)
    comment = text[:text.index("\nmax_retry_interval:")]
    comment = comment[comment.rindex("\n\n"):]
    config = Config()
    assert retry_cap(config) == min(config.max_retry_interval, config.poll_interval) == 15
    assert [retry_delay(n, retry_cap(config)) for n in range(1, 7)] == [1, 2, 4, 8, 15, 15]
    assert "never longer than poll_interval" not in comment and "nunca mais que poll_interval" not in comment
    assert "1, 2, 4, 8" in comment
    assert {"en": "whichever is smaller", "pt_BR": "o que for menor"}[language] in comment
    assert {"en": "with these values: 15 s", "pt_BR": "com estes valores: 15 s"}[language] in comment
