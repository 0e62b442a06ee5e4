"""The settings in the engineer's language (fresh-user review): numbers with the language's
decimal separator in the settings dialog (typed and shown) and in the messages, PyYAML's and
the decoder's faults said in sentences of our own, weekday names in Portuguese, and a file that
could not be read said as such in the notification."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import yaml

from oncall_tray.config import Config, load_config, validate
from oncall_tray.i18n import translator
from oncall_tray.secrets import SecretStore
from oncall_tray.sla_settings import canonical_days, parse_days
from oncall_tray.ui.settings_watch import settings_notice_body
from oncall_tray.ui.settings_dialog import SettingsDialog
from oncall_tray.ui.translations import translate

PT = translator("pt_BR")


@pytest.fixture
def store():
    return SecretStore(None, "no keyring in this test")


def dialog_for(qtbot, store, path, text):
    path.write_text(text, encoding="utf-8")
    loaded = load_config(path)
    assert loaded.problems == ()
    dialog = SettingsDialog(loaded, store)
    qtbot.addWidget(dialog)
    return dialog


# -- numbers -------------------------------------------------------------------------------


def test_portuguese_numbers_take_a_decimal_comma_and_show_one(qtbot, tmp_path, store, portuguese):
    path = tmp_path / "c.yaml"
    dialog = dialog_for(qtbot, store, path, "request_timeout: 0.5\n")
    timeout = dialog.fields["request_timeout"]
    assert timeout.widget.text() == "0,5"
    assert dialog.fields["poll_interval"].widget.text() == "15"
    for typed in ("2,5", "2.5", " 2,5 "):
        timeout.widget.setText(typed)
        assert timeout.error.text() == "", typed
        assert timeout.raw() == 2.5
    timeout.widget.setText("0")
    assert timeout.error.text() == "deve estar entre 0,5 e 300 segundos"
    timeout.widget.setText("dois")
    assert timeout.error.text() == "deve ser um número"
    timeout.widget.setText("2,5")
    dialog.save()
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["request_timeout"] == 2.5
    assert "request_timeout: 2.5" in path.read_text(encoding="utf-8")
    assert load_config(path).config.request_timeout == 2.5


def test_english_numbers_keep_the_decimal_point(qtbot, tmp_path, store, english):
    dialog = dialog_for(qtbot, store, tmp_path / "c.yaml", "request_timeout: 2.5\n")
    timeout = dialog.fields["request_timeout"]
    assert timeout.widget.text() == "2.5"
    timeout.widget.setText("2,5")  # a comma is not a decimal separator in English
    assert timeout.error.text() == "must be a number"
    timeout.widget.setText("0")
    assert timeout.error.text() == "must be between 0.5 and 300 seconds"
    timeout.widget.setText("3600")
    assert timeout.error.text() == "must be between 0.5 and 300 seconds"
    timeout.widget.setText("300")
    assert timeout.error.text() == "" and timeout.raw() == 300.0


def test_range_messages_write_numbers_in_the_language(qtbot, portuguese):
    (problem,) = validate({"request_timeout": 0})[1]
    assert problem.reason.text() == "must be between 0.5 and 300 seconds"
    assert problem.reason.text(PT) == "deve estar entre 0,5 e 300 segundos"  # the command line
    assert problem.reason.text(translate) == "deve estar entre 0,5 e 300 segundos"  # the interface, QLocale


# -- PyYAML and the decoder ----------------------------------------------------------------

def test_a_file_that_is_not_utf8_is_read_as_windows_1252_and_says_so(tmp_path):
    """Review 54 M8: one Latin-1 letter ("José", saved by an editor on Windows) threw every
    setting away, the Alertmanager, its CA and login too: the tray watched localhost:9093."""
    path = tmp_path / "c.yaml"
    path.write_bytes(b"poll_interval: 5\nengineer: Jos\xe9 \x93Z\xe9\x94\nalertmanager_url: https://am.example:9093\n")
    loaded = load_config(path)
    (problem,) = loaded.problems
    assert loaded.config.engineer == "José \u201cZé\u201d" and loaded.config.alertmanager_url == "https://am.example:9093"
    assert loaded.config.poll_interval == 5
    assert problem.text() == ("line 2: not UTF-8 text (byte 0xe9 at position 30): read as Windows-1252 (Latin-1); save "
                              "it as UTF-8")
    assert problem.text(PT) == ("linha 2: não é texto UTF-8 (byte 0xe9 na posição 30): lido como Windows-1252 "
                                "(Latin-1); salve-o como UTF-8")


def test_config_check_in_portuguese_has_no_pyyaml_english(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("language: pt_BR\nfilter:\n\t- a\n", encoding="utf-8")
    env = {**os.environ, "LANG": "pt_BR.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    result = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(path), "config", "check"],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 1
    assert result.stdout == (f"{path}: linha 3: YAML inválido: uma tabulação na coluna 1 "
                             "(o YAML indenta com espaços, não com tabulações)\n"), result.stdout


# -- weekdays ------------------------------------------------------------------------------


def test_an_unknown_day_names_the_portuguese_days_too():
    (problem,) = validate({"business_days": ["mon", "funday"]})[1]
    assert problem.reason.text() == "unknown day 'funday': use mon, tue, wed, thu, fri, sat, sun"
    assert problem.reason.text(PT) == ("dia desconhecido 'funday': use seg, ter, qua, qui, sex, sáb, dom "
                                       "(ou mon, tue, wed, thu, fri, sat, sun)")


def test_canonical_days():
    assert canonical_days(["seg", "Ter", "sáb", "sab", "sunday", "fri", "funday"]) == \
        ("mon", "tue", "sat", "sat", "sun", "fri", "funday")


def test_business_days_in_portuguese_in_the_dialog_saved_as_the_english_keys(qtbot, tmp_path, store, portuguese):
    path = tmp_path / "c.yaml"
    dialog = dialog_for(qtbot, store, path, "poll_interval: 15\n")
    days = dialog.fields["business_days"]
    assert days.widget.text() == "seg, ter, qua, qui, sex"
    assert parse_days(days.widget.text().split(", ")) == parse_days(Config().business_days)
    days.widget.setText("seg, ter, qua, qui, sex, sáb, sun")
    assert days.error.text() == ""
    days.widget.setText("seg, funday")
    assert "seg, ter, qua, qui, sex, sáb, dom" in days.error.text()
    days.widget.setText("seg, ter, qua, qui, sex, sab")
    dialog.save()
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["business_days"] == \
        ["mon", "tue", "wed", "thu", "fri", "sat"]


def test_business_days_in_english_in_the_dialog(qtbot, tmp_path, store, english):
    path = tmp_path / "c.yaml"
    dialog = dialog_for(qtbot, store, path, "business_days: [seg, ter]\n")
    days = dialog.fields["business_days"]
    assert days.widget.text() == "mon, tue"
    dialog.fields["poll_interval"].widget.setText("20")
    dialog.save()  # the days as written stay as they were: only what changed is written
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == {"business_days": ["seg", "ter"], "poll_interval": 20}


# -- the notification ----------------------------------------------------------------------


def test_a_settings_file_that_cannot_be_read_is_said_so(qtbot, tmp_path, portuguese):
    folder = tmp_path / "dir.yaml"
    folder.mkdir()
    loaded = load_config(folder)
    assert settings_notice_body(loaded) == (f"Não foi possível ler o arquivo de configurações {folder} "
                                            "(não é um arquivo comum); usando os valores padrão")
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00")  # not text: not read as Windows-1252 either
    assert settings_notice_body(load_config(binary)) == (
        f"Não foi possível ler o arquivo de configurações {binary} (não é texto UTF-8 (byte 0x89 na posição 0, "
        "linha 1)); usando os valores padrão")
    broken = tmp_path / "broken.yaml"
    broken.write_text("filter:\n\t- a\n", encoding="utf-8")
    assert settings_notice_body(load_config(broken)) == (
        f"Não foi possível ler o arquivo de configurações {broken} (linha 2: YAML inválido: uma tabulação na "
        "coluna 1 (o YAML indenta com espaços, não com tabulações)); usando os valores padrão")


def test_the_notice_in_english_and_for_single_settings(qtbot, tmp_path, english):
    folder = tmp_path / "dir.yaml"
    folder.mkdir()
    assert settings_notice_body(load_config(folder)) == \
        f"Could not read the settings file {folder} (not a regular file); using the defaults"
    missing = tmp_path / "typo.yaml"
    assert settings_notice_body(load_config(missing, named=True)) == \
        f"{missing}: the file does not exist; every setting has its default"
    bad = tmp_path / "c.yaml"
    bad.write_text("poll_interval: 0\n", encoding="utf-8")
    assert settings_notice_body(load_config(bad)) == \
        f"{bad}; defaults are used for: line 1: poll_interval: must be between 1 and 3600 seconds"


# -- the example of `config init` ------------------------------------------------------------


def test_both_examples_have_the_same_keys_values_and_defaults(tmp_path):
    from oncall_tray.config_example import EXAMPLES, example_text

    assert set(EXAMPLES) == {"en", "pt_BR"}
    english_text, portuguese_text = example_text("en"), example_text("pt_BR")
    assert english_text != portuguese_text and "Configurações do oncall-tray" in portuguese_text
    assert yaml.safe_load(english_text) == yaml.safe_load(portuguese_text)

    def settings_lines(text):
        return [line for line in text.splitlines() if line and not line.startswith("#")]

    assert settings_lines(english_text) == settings_lines(portuguese_text)
    for language in ("en", "pt_BR"):
        path = tmp_path / f"{language}.yaml"
        path.write_text(example_text(language), encoding="utf-8")
        loaded = load_config(path)
        assert loaded.problems == () and loaded.config == Config(), language


def test_config_init_writes_the_example_in_the_system_language(tmp_path):
    env = {**os.environ, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}

    def run(*args, lang):
        return subprocess.run([sys.executable, "-m", "oncall_tray", *args], capture_output=True, text=True,
                              timeout=60, env={**env, "LANG": lang})

    portuguese, english = tmp_path / "pt.yaml", tmp_path / "en.yaml"
    assert run("--config", str(portuguese), "config", "init", lang="pt_BR.UTF-8").returncode == 0
    assert run("--config", str(english), "config", "init", lang="en_US.UTF-8").returncode == 0
    assert portuguese.read_text(encoding="utf-8").startswith("# Configurações do oncall-tray. Toda chave é opcional")
    assert english.read_text(encoding="utf-8").startswith("# oncall-tray settings. Every key is optional")
    for path, lang, ok in ((portuguese, "pt_BR.UTF-8", "sem problemas"), (english, "en_US.UTF-8", "OK")):
        check = run("--config", str(path), "config", "check", lang=lang)
        assert check.returncode == 0 and check.stdout == f"{path}: {ok}\n", check.stdout


def test_saving_settings_to_a_missing_file_starts_from_the_example_in_its_language(tmp_path):
    from oncall_tray.config_write import save_settings

    path = tmp_path / "new.yaml"
    save_settings(path, {"language": "pt_BR", "poll_interval": 20})
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Configurações do oncall-tray") and "poll_interval: 20\n" in text
    assert load_config(path).config == Config(language="pt_BR", poll_interval=20)


def test_the_file_dialog_is_all_in_portuguese(portuguese):
    """Review 28: the Save as… dialog said "Nome do arquivo" and "Salvar" but "Look in:" and
    "Files of type:": Qt's own pt_BR catalogue lacks this version's "&Look in:" and "Files of
    &type:", which the project's catalogue supplies."""
    import shiboken6
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    shiboken6.delete(dialog)  # now: its file system model's inotify watcher with it (not at a later event loop)
    assert labels and "&Procurar em:" in labels and "Arquivos do &tipo:" in labels, labels
    assert not any("Look in" in text or "Files of" in text for text in labels), labels
