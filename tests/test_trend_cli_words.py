"""``oncall-tray trend``'s own complaints go through the engineer's translator (fresh-user review:
``trend --range 7h`` said "the range must be more than 0 and at most 6h, not '7h'" in English
under ``language: pt_BR``). A marking translator shows what was asked for, so that these tests do
not depend on the Portuguese text."""

from __future__ import annotations

import argparse

import msgspec
import pytest
from fakeserver import FakeServer

from oncall_tray.commands import trend
from oncall_tray.config import Config, LoadedConfig


def mark(context: str, text: str) -> str:
    return f"[{context}]{text}"


def run_trend(monkeypatch, capsys, fingerprint: str, range_text: str, url: str = "http://127.0.0.1:1"):
    monkeypatch.setattr(trend, "tr_for", lambda loaded: mark)
    loaded = LoadedConfig(Config(alertmanager_url=url), None, False, ())
    code = trend.run(argparse.Namespace(fingerprint=fingerprint, range=range_text, json=False), loaded)
    return code, capsys.readouterr().err


@pytest.mark.parametrize("range_text, words", [
    ("7h", "[cli]The range must be more than 0 and at most 6h, not %1."),
    ("0", "[cli]The range must be more than 0 and at most 6h, not %1."),
    ("1 h", "[cli]Invalid range %1: use a whole number and a unit (ms, s, m, h), such as 15m, 1h or 6h."),
])
def test_a_bad_range_is_told_in_the_engineers_language(monkeypatch, capsys, range_text, words):
    code, err = run_trend(monkeypatch, capsys, "abcdef12", range_text)
    assert code == trend.EXIT_USAGE
    assert err.startswith("oncall-tray: " + words.replace("%1", repr(range_text))), err


def test_an_unknown_fingerprint_is_told_in_the_engineers_language(monkeypatch, capsys):
    with FakeServer(200, msgspec.json.encode([])) as server:
        code, err = run_trend(monkeypatch, capsys, "abcdef12", "1h", server.url)
    assert code == trend.EXIT_USAGE
    assert err.startswith("oncall-tray: [cli]No current alert has the fingerprint 'abcdef12'"), err
