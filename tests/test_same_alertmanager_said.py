"""One Alertmanager under two addresses is one rule everywhere (fresh-user review 67 AC7): the
Settings dialog saved ``http://127.1:PORT`` beside ``http://127.0.0.1:PORT`` without a word,
the tray then said it as a warning, and ``config check`` failed the file (exit 1) with no key or
line. Now a warning everywhere, named by its key, item and line: ``config check`` exits 0 ("OK,
with the warnings above"), the tray's notice and header say the same line, and the dialog says it
at Save before writing (a second Save keeps it as typed). Real Alertmanagers."""

from __future__ import annotations

import pytest
from conftest import another_name, make_alert, running_tray
from test_cli import run

from oncall_tray.config import Config, load_config
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.secrets import SecretStore
from oncall_tray.ui.settings_dialog import SettingsDialog
from oncall_tray.ui.tray import connection_lines


@pytest.fixture
def lone():
    am = LocalAlertmanager().start()
    am.post_alerts([make_alert("APIDown", "critical")])  # clustering off: one Alertmanager by its answers too
    yield am
    am.stop()


def _alias(url: str) -> str:
    return another_name(url)


def _file(am, language: str) -> str:
    """The review's file: the URL, then the second address under ``alertmanager_peers`` (line 3)."""
    return (f"alertmanager_url: {am.url}\nalertmanager_peers:\n  - {_alias(am.url)}\nengineer: ana\n"
            f"language: {language}\n")


def test_config_check_says_the_second_address_as_a_warning_with_its_key_item_and_line(lone, tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(_file(lone, "en"), encoding="utf-8")
    check = run("config", "check", config=str(path))
    assert check.returncode == 0, (check.stdout, check.stderr)
    assert check.stdout.splitlines() == [
        f"{path}: line 3: alertmanager_peers: item 1 ({_alias(lone.url)}) is the same Alertmanager as {lone.url}: "
        "list it once (it is polled and acknowledged on once)",
        f"{path}: OK, with the warnings above (the file is used as written)"], check.stdout
    path.write_text(_file(lone, "pt_BR"), encoding="utf-8")
    pt = run("config", "check", config=str(path))
    assert pt.returncode == 0, (pt.stdout, pt.stderr)
    assert pt.stdout.splitlines()[0] == (
        f"{path}: linha 3: alertmanager_peers: item 1 ({_alias(lone.url)}) é o mesmo Alertmanager que {lone.url}: "
        "liste-o uma vez só (ele é consultado e recebe cada reconhecimento uma vez só)"), pt.stdout
    path.write_text(_file(lone, "en") + "poll_interval: soon\n", encoding="utf-8")
    assert run("config", "check", config=str(path)).returncode == 1  # a true problem still fails it


def test_the_tray_names_the_key_item_and_line_in_its_notice_and_header(qtbot, lone, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    config = Config(alertmanager_url=lone.url, notifications=False, engineer="ana", poll_interval=1,
                    max_retry_interval=1, request_timeout=2, language="en")
    with running_tray(qtbot, config, tmp_path) as ctl:
        shown = []
        ctl.notifier.show = shown.extend
        (tmp_path / "c.yaml").write_text(_file(lone, "en") + "poll_interval: 1\nnotifications: false\n",
                                         encoding="utf-8")
        ctl.apply_settings(ctl.loaded.reloaded())
        qtbot.waitUntil(lambda: any(_alias(lone.url) in n.body for n in shown), timeout=15000)
        said = (f"line 3: alertmanager_peers: item 1 ({_alias(lone.url)}) is the same Alertmanager as {lone.url}: "
                "list it once (it is polled and acknowledged on once)")
        (notice,) = [n for n in shown if _alias(lone.url) in n.body]
        assert notice.body == said, notice.body
        assert f"⚠ {said}" in connection_lines(ctl.view)


def test_the_settings_dialog_says_it_at_save_before_writing(qtbot, lone, tmp_path):
    """The review's steps: Settings… → Alertmanager URLs: the second address added → Save."""
    path = tmp_path / "config.yaml"
    path.write_text(f"alertmanager_url: {lone.url}\nlanguage: en\n", encoding="utf-8")
    dialog = SettingsDialog(load_config(path), SecretStore(None, "no keyring in this test"))
    qtbot.addWidget(dialog)
    before = path.read_text(encoding="utf-8")
    dialog.fields["alertmanager_urls"].widget.setPlainText(f"{lone.url}\n{_alias(lone.url)}")
    with qtbot.assertNotEmitted(dialog.saved, wait=0):
        dialog.save()
        qtbot.waitUntil(lambda: "same Alertmanager" in dialog.save_error.text(), timeout=15000)
    said = f"{_alias(lone.url)} is the same Alertmanager as {lone.url}: list it once"
    assert said in dialog.save_error.text() and "Save again" in dialog.save_error.text(), dialog.save_error.text()
    assert said in dialog.fields["alertmanager_urls"].error.text()
    assert path.read_text(encoding="utf-8") == before  # nothing written yet
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        dialog.save()  # kept as typed: a warning, as the tray and config check say it
    assert _alias(lone.url) in path.read_text(encoding="utf-8")
