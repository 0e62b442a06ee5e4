"""The Settings dialog's changes typed and not saved survive a tray killed without a word (SIGKILL:
the OOM killer, ``kill -9``, a crash of Qt, power loss): they are kept as a draft as they are typed
(about a second after the last change), not only at a SIGTERM (``test_settings_not_saved_at_stop``),
and offered back the next time Settings opens (guide: nothing the engineer typed may be lost). The
draft goes once its changes end by the engineer's choice: a Save, Cancel's Discard, the fields typed
back to what they held."""

from __future__ import annotations

import subprocess
from typing import NamedTuple

import pytest
from test_settings_not_saved_at_stop import click_in_the_urls, drafts, focus, key, open_settings, typed_somewhere
from test_single_instance import window_viewable
from tray_process import TrayProcess, wait_until

pytestmark = pytest.mark.desktop
TYPED = "http://am-typed-before-the-stop.example:9093"  # typed_somewhere looks for it


class Words(NamedTuple):
    """The titles and keys of one interface language."""

    alerts: str
    settings: str
    question: str
    menu: tuple[str, str]  # the alerts window's Shift menu, its Settings entry


LANGUAGES = {"en": Words("oncall-tray — alerts", "oncall-tray — settings", "Unsaved settings", ("alt+h", "s")),
             "pt_BR": Words("oncall-tray — alertas", "oncall-tray — configurações", "Configurações não salvas",
                            ("alt+t", "c"))}


def start(desktop, alertmanager, tmp_path, language: str = "en") -> TrayProcess:
    app = TrayProcess(desktop, alertmanager.url, tmp_path, language=language, shift_open=True)
    wait_until(lambda: "system tray found" in app.output(), 20, "the tray")
    return app


def type_in_the_urls(desktop, words: Words, *keys: str, text: str = TYPED) -> None:
    """Open Settings' URLs box, press ``keys`` there, type ``text``."""
    focus(desktop, words.settings)
    click_in_the_urls(desktop, words.settings)
    if keys:
        key(desktop, *keys)
    subprocess.run(["xdotool", "type", "--delay", "20", text], env=desktop.env, check=True, timeout=20)


def kept_as_typed(app: TrayProcess, text: str = TYPED) -> None:
    """Wait for the draft holding ``text``, written as it was typed (no stop asked for it)."""
    wait_until(lambda: any(text in str(draft.get("typed")) for draft in drafts(app)), 15, "the draft kept as typed")


def kill(app: TrayProcess) -> None:
    app.process.kill()  # SIGKILL: nothing runs in the tray any more
    app.process.wait(20)


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_changes_typed_survive_a_sigkill(desktop, alertmanager, tmp_path, language):
    words = LANGUAGES[language]
    app = start(desktop, alertmanager, tmp_path, language)
    written = app.config.read_text("utf-8")
    try:
        open_settings(desktop, app, words.alerts, words.menu, words.settings)
        type_in_the_urls(desktop, words, "ctrl+End", "Return")
        kept_as_typed(app)
        kill(app)
        assert app.config.read_text("utf-8") == written  # never the file without the engineer's Save
        assert "closed with changes not saved" not in app.output()  # said at the program's close only
        app.close()

        again = TrayProcess(desktop, alertmanager.url, tmp_path, config=app.config, env=app.env)
        try:
            wait_until(lambda: "system tray found" in again.output(), 20, "the tray started again")
            open_settings(desktop, again, words.alerts, words.menu, words.settings)
            wait_until(lambda: window_viewable(desktop, words.question), 15, "the question to restore the changes")
            focus(desktop, words.question)
            desktop.screenshot(tmp_path / f"offered-after-sigkill-{language}.png")
            key(desktop, "Return")  # Restore, the default
            wait_until(lambda: "restored" in again.output(), 15, "the changes restored")
            kill(again)  # restored, not saved: still the draft (code review 68 AB8)
            kept = drafts(again)
            assert len(kept) == 1 and typed_somewhere(kept[0]), kept
        finally:
            again.close()
    finally:
        app.close()


def other_name_of(url: str) -> str:
    """``url`` (the test Alertmanager's) under another name of the same host: one Alertmanager,
    a change Save writes without the alias check (which asks only of two URLs or more)."""
    return url.replace("127.0.0.1", "localhost") if "127.0.0.1" in url else url.replace("localhost", "127.0.0.1")


@pytest.mark.parametrize(("answer", "saved"), [(("shift+Tab", "shift+Tab", "space"), True),
                                               (("shift+Tab", "space"), False)])
def test_a_change_ended_by_save_or_discard_leaves_no_draft(desktop, alertmanager, tmp_path, answer, saved):
    """Cancel, then Save or Discard in its question (Save, Discard, Cancel: the default)."""
    words = LANGUAGES["en"]
    app = start(desktop, alertmanager, tmp_path)
    written = app.config.read_text("utf-8")
    typed = other_name_of(alertmanager.url)
    try:
        open_settings(desktop, app)
        type_in_the_urls(desktop, words, "ctrl+a", text=typed)
        kept_as_typed(app, typed)
        key(desktop, "Escape")
        wait_until(lambda: window_viewable(desktop, words.question), 15, "Cancel's question")
        focus(desktop, words.question)
        key(desktop, *answer)
        wait_until(lambda: not window_viewable(desktop, words.settings), 15, "the dialog closed")
        kill(app)
        assert (typed in app.config.read_text("utf-8")) is saved
        if not saved:
            assert app.config.read_text("utf-8") == written
        assert drafts(app) == []
    finally:
        app.close()


def test_a_change_typed_back_leaves_no_draft(desktop, alertmanager, tmp_path):
    words = LANGUAGES["en"]
    app = start(desktop, alertmanager, tmp_path)
    try:
        open_settings(desktop, app)
        type_in_the_urls(desktop, words, "ctrl+End", text="/x")  # after the port: "x" alone could be a password
        kept_as_typed(app, "/x")
        key(desktop, "BackSpace", "BackSpace")  # the field as it was: no change left
        wait_until(lambda: drafts(app) == [], 15, "the draft dropped")
        assert window_viewable(desktop, words.settings)
        kill(app)
        assert drafts(app) == []
    finally:
        app.close()
