"""The settings and login dialogs (pytest-qt, offscreen) and the tray controller applying new
settings without a restart, against real Alertmanagers (one behind nginx with basic auth, and a
two-member cluster with one member stopped) (issue 6)."""

from __future__ import annotations

import logging

import pytest
from conftest import activate, make_alert, shut_down
from nginx_proxy import NginxProxy
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from oncall_tray.alertmanager.connection import Credentials
from oncall_tray.config import load_config
from oncall_tray.core.overview import Light
from oncall_tray.demo import LocalAlertmanager, free_port
from oncall_tray.secrets import SecretStore
from oncall_tray.ui.login_dialog import LoginDialog
from oncall_tray.ui.settings_dialog import SettingsDialog
from oncall_tray.paths import Folders

PASSWORD = "tray-Pa55word-0193"


@pytest.fixture
def store():
    """No keyring here: secrets are kept for the test's run only (the keyring itself is tested
    against a real Secret Service in test_keyring.py)."""
    return SecretStore(None, "no keyring in this test")


def loaded_from(path, text):
    path.write_text(text)
    loaded = load_config(path)
    assert loaded.problems == ()
    return loaded


def test_fields_are_checked_as_typed_with_the_reason_next_to_them(qtbot, tmp_path, store):
    dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", "poll_interval: 15\n"), store)
    qtbot.addWidget(dialog)
    poll = dialog.fields["poll_interval"]
    assert poll.widget.text() == "15" and dialog.save_button.isEnabled()
    qtbot.keyClicks(poll.widget, "x")
    assert poll.error.text() == "must be a number"
    # Save waits for every field; Test connection only for the URLs (fresh-user review 8)
    assert not dialog.save_button.isEnabled() and dialog.test_button.isEnabled()
    poll.widget.setText("0.2")
    assert poll.error.text() == "must be between 1 and 3600 seconds"
    poll.widget.setText("30")
    assert poll.error.text() == "" and dialog.save_button.isEnabled()

    urls = dialog.fields["alertmanager_urls"]
    urls.widget.setPlainText("https://bob:secret@am.example")
    assert "must not hold a password" in urls.error.text()
    urls.widget.setPlainText("")
    assert urls.error.text() == "needs at least one URL"
    # the same Alertmanager twice: named as config check names it (fresh-user review)
    urls.widget.setPlainText("https://am-0.example:9093\nhttps://AM-0.example:9093/")
    assert urls.error.text() == ("https://AM-0.example:9093/ is listed twice (the same Alertmanager as "
                                 "https://am-0.example:9093): list each Alertmanager once")
    assert not dialog.test_button.isEnabled()
    urls.widget.setPlainText("https://am-0.example:9093\nhttps://am-1.example:9093")
    assert urls.error.text() == ""

    method = dialog.fields["auth_method"]
    method.widget.setCurrentIndex(method.widget.findData("basic"))
    assert dialog.fields["auth_username"].error.text() == "needs a user name for basic authentication"
    dialog.fields["auth_username"].widget.setText("alice")
    dialog.fields["filter"].widget.setPlainText('team="conectcrm"\nseverity=~"crit')
    assert "filter" in dialog.problems
    dialog.fields["filter"].widget.setPlainText('team="conectcrm"')
    dialog.fields["severity_synonyms"].widget.setPlainText("sev1: critical\nsev9: blocker")
    assert "blocker" in dialog.fields["severity_synonyms"].error.text()
    dialog.fields["severity_synonyms"].widget.setPlainText("sev1 critical")  # the colon forgotten (review 15)
    assert dialog.fields["severity_synonyms"].error.text() == (
        "sev1 critical: no severity; write the value, a colon, then the severity (sev1: critical)")
    dialog.fields["severity_synonyms"].widget.setPlainText("sev1: critical")
    dialog.fields["business_hours"].widget.setText("25:00-18:00")
    assert "business_hours" in dialog.problems
    dialog.fields["business_hours"].widget.setText("08:00-17:00")
    assert dialog.problems == {}


def test_empty_fields_show_examples_that_do_not_read_as_values(qtbot, tmp_path, store, monkeypatch):
    """Review 25: an empty time zone showed a grey "America/Sao_Paulo" while the system's zone
    (UTC) applied; the CA bundle a path that was not set."""
    import zoneinfo

    monkeypatch.setattr("oncall_tray.ui.settings_layout.system_zone", lambda: zoneinfo.ZoneInfo("UTC"))
    dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", "poll_interval: 15\n"), store)
    qtbot.addWidget(dialog)
    assert dialog.fields["timezone"].widget.placeholderText() == "the system's (UTC); e.g. America/Sao_Paulo"
    assert dialog.fields["ca_bundle"].widget.placeholderText() == "e.g. /etc/ssl/corp-ca.pem"


def test_save_writes_only_the_changes_in_place_and_emits_the_new_settings(qtbot, tmp_path, store):
    path = tmp_path / "c.yaml"
    dialog = SettingsDialog(loaded_from(path, "# my notes\npoll_interval: 15  # why 15\nlanguage: en\n"), store)
    qtbot.addWidget(dialog)
    dialog.fields["poll_interval"].widget.setText("20")
    dialog.fields["alertmanager_urls"].widget.setPlainText("http://a.example:9093\nhttp://b.example:9093")
    dialog.fields["insecure_skip_verify"].widget.setChecked(True)
    dialog.fields["engineer"].widget.setText("Maria")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    config = saved.args[0].config
    assert config.alertmanager_urls() == ("http://a.example:9093", "http://b.example:9093")
    assert config.poll_interval == 20 and config.insecure_skip_verify and config.engineer == "Maria"
    text = path.read_text()
    assert text.startswith("# my notes\npoll_interval: 20  # why 15\nlanguage: en\n")  # comments kept
    assert "alertmanager_peers:\n  - http://b.example:9093\n" in text  # a new list: one entry a line (review 65 R2)
    assert "grafana_url" not in text  # unchanged settings are not written
    assert load_config(path).config == config


def test_escape_with_changes_typed_asks_before_they_are_lost(qtbot, tmp_path, store, monkeypatch):
    """Review 22: Escape in the settings threw the typed changes away without a word. The keys
    go to the dialog made the active window first, as the engineer's do: a flake under load,
    the Escape sent to a dialog not active yet was taken by the shortcut of the window that
    was (another test's), and the dialog stayed open."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "c.yaml"
    answers, asked = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answers.pop(0))
    dialog = SettingsDialog(loaded_from(path, "poll_interval: 15\nlanguage: en\n"), store)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing changed: closes without a question
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    activate(qtbot, dialog)
    dialog.fields["poll_interval"].widget.setText("20")
    answers.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Save the settings you changed?"] and dialog.isVisible()  # back to editing, text kept
    assert dialog.fields["poll_interval"].widget.text() == "20"
    answers.append(QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.saved):
        dialog.reject()
    assert not dialog.isVisible() and "poll_interval: 20" in path.read_text()
    again = SettingsDialog(loaded_from(path, path.read_text()), store)
    qtbot.addWidget(again)
    again.show()
    again.fields["poll_interval"].widget.setText("30")
    answers.append(QMessageBox.StandardButton.Discard)
    again.reject()
    assert not again.isVisible() and "poll_interval: 20" in path.read_text()
    again.show()
    again.fields["poll_interval"].widget.setText("40")
    again.close()  # closed by the program (quitting): no question, nothing written
    assert not again.isVisible() and len(asked) == 3 and "poll_interval: 20" in path.read_text()


def test_test_connection_shows_version_cluster_and_count_or_the_exact_error(qtbot, tmp_path, store, alertmanager):
    alertmanager.post_alerts([make_alert("One"), make_alert("Two")])
    dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", f"alertmanager_url: {alertmanager.url}\n"), store)
    qtbot.addWidget(dialog)
    dialog.test_connection()
    qtbot.waitUntil(lambda: "alerts" in dialog.test_result.text() or "refused" in dialog.test_result.text(),
                    timeout=10000)
    result = dialog.test_result.text()
    assert result.startswith(f"{alertmanager.url}: Alertmanager 0.") and result.endswith(", cluster disabled, 2 alerts")
    down = f"http://127.0.0.1:{free_port()}"
    dialog.fields["alertmanager_urls"].widget.setPlainText(down)
    dialog.test_connection()
    qtbot.waitUntil(lambda: "refused" in dialog.test_result.text(), timeout=10000)
    assert dialog.test_result.text().startswith(f"{down}: connection refused")


def test_login_dialog_checks_input_and_says_where_the_secret_goes(qtbot, store):
    dialog = LoginDialog("https://am.example", "basic", "", "credentials needed — HTTP 401", store)
    qtbot.addWidget(dialog)
    assert "kept only until oncall-tray quits: " in dialog.where.text() and "no keyring in this test" in dialog.where.text()
    assert dialog.reason.text() == "Credentials needed — HTTP 401"  # the header starts with a capital (review 67 AC6)
    with qtbot.assertNotEmitted(dialog.submitted):
        dialog.login_button.click()
    assert dialog.problem.text() == "Enter the user name."
    dialog.username.setText("alice")
    dialog.secret.setText(PASSWORD)
    with qtbot.waitSignal(dialog.submitted) as submitted:
        dialog.login_button.click()
    assert submitted.args[0] == Credentials("basic", "alice", PASSWORD)
    assert dialog.secret.text() == ""
    assert dialog.problem.text() == "Checking with Alertmanager…" and not dialog.login_button.isEnabled()
    dialog.checked("Alertmanager refused these credentials")  # stays open, name kept, to try again
    assert dialog.problem.text() == "Alertmanager refused these credentials" and dialog.login_button.isEnabled()
    assert dialog.username.text() == "alice" and dialog.result() == 0


@pytest.fixture
def controller_for(qtbot, tmp_path, monkeypatch, store):
    from oncall_tray.ui.app import TrayController

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    made = []

    def make(text: str | None, *options: str):
        """A tray on ``tmp_path/config.yaml`` holding ``text`` after the test's lines (None: the file
        as the test wrote it), started as with the command line's global ``options``."""
        from oncall_tray.cli import build_parser, settings

        path = tmp_path / "config.yaml"
        if text is not None:
            path.write_text("poll_interval: 1\nmax_retry_interval: 1\nrequest_timeout: 3\nnotifications: false\n"
                            "language: en\n" + text)
        loaded = settings(build_parser().parse_args(["--config", str(path), *options])) if options else load_config(path)
        controller = TrayController(loaded, store=store)
        made.append(controller)
        controller.start()
        return controller

    yield make
    for controller in made:
        shut_down(controller)


def test_a_file_broken_while_the_tray_runs_is_said_when_settings_open(qtbot, controller_for):
    """Review 26: the dialog opened silent on the values read at start, Save enabled; only Save
    said the file could not be read."""
    controller = controller_for("engineer: ana\n")
    controller.loaded.path.write_text("# mine\npoll_interval: [15\n# the team's\nengineer: ana\n")
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    assert dialog.file_problem.isVisible() and "not valid YAML" in dialog.file_problem.text()
    dialog.close()


def test_a_file_edited_by_hand_while_the_tray_runs_is_shown_as_it_is_now(qtbot, controller_for):
    """Review 29: the file was edited by hand (engineer: "Editado a mao") while the tray ran;
    Settings… named the file in its header and showed "ana", the value read at start."""
    controller = controller_for("engineer: ana\n")
    controller.loaded.path.write_text("engineer: Editado a mao\n")
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    assert dialog.fields["engineer"].widget.text() == "Editado a mao"
    assert not dialog.file_problem.isVisible()
    dialog.close()


def test_credentials_needed_opens_the_login_dialog_and_the_login_works(qtbot, controller_for, alertmanager, caplog,
                                                                      tmp_path):
    caplog.set_level(logging.DEBUG)
    alertmanager.post_alerts([make_alert("Guarded", "critical")])
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        controller = controller_for(f"alertmanager_url: {proxy.url}\n")
        qtbot.waitUntil(lambda: "login" in controller.connection.dialogs, timeout=10000)
        assert controller.view.credentials_needed and controller.view.light is Light.UNREACHABLE
        assert controller.window.headline.text() == "Alertmanager needs credentials"
        assert not controller.view.keyring_failed  # Alertmanager's own 401
        login = controller.connection.dialogs["login"]
        assert "Credentials needed" in login.reason.text()
        login.username.setText("alice")
        login.secret.setText(PASSWORD)
        login.login_button.click()
        qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.CRITICAL, timeout=10000)
        assert not controller.view.credentials_needed
        assert controller.config.auth_method == "basic" and controller.config.auth_username == "alice"
    text = (tmp_path / "config.yaml").read_text()
    assert "auth_method: basic" in text and PASSWORD not in text
    assert all(PASSWORD not in record.getMessage() for record in caplog.records)
    assert any("new settings applied" in record.getMessage() for record in caplog.records)


def test_refused_credentials_are_not_kept_and_the_dialog_says_so(qtbot, controller_for, alertmanager, tmp_path,
                                                                  store):
    alertmanager.post_alerts([make_alert("Guarded", "critical")])
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        controller = controller_for(f"alertmanager_url: {proxy.url}\n")
        qtbot.waitUntil(lambda: "login" in controller.connection.dialogs, timeout=10000)
        login = controller.connection.dialogs["login"]
        login.username.setText("alice")
        login.secret.setText("wrong-password")
        login.login_button.click()
        qtbot.waitUntil(lambda: "refused these credentials" in login.problem.text(), timeout=10000)
        assert "nothing was kept" in login.problem.text() and "401" in login.problem.text()
        assert "password sent" not in login.problem.text()
        login.secret.setText(f"  {PASSWORD} ")  # pasted with blanks around: sent so, and named (review 65 R6)
        login.login_button.click()
        qtbot.waitUntil(lambda: "nothing was kept: the password sent begins with 2 spaces and ends with 1 space"
                        in login.problem.text(), timeout=10000)
        assert login.isVisible() and controller.connection.dialogs["login"] is login
        assert store.credentials(proxy.url, "basic", "alice") is None
        assert "auth_method" not in (tmp_path / "config.yaml").read_text()
        assert controller.config.auth_method == "none"
        login.secret.setText(PASSWORD)  # the right one now
        login.login_button.click()
        qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.CRITICAL, timeout=10000)
        assert "login" not in controller.connection.dialogs
        assert "auth_method: basic" in (tmp_path / "config.yaml").read_text()


def test_a_login_from_the_command_line_reaches_the_running_tray(qtbot, controller_for, alertmanager, tmp_path,
                                                                store):
    # second fresh-user review: `oncall-tray login` stored the secret, the tray kept polling 401
    from oncall_tray.config_write import save_settings

    alertmanager.post_alerts([make_alert("Guarded", "critical")])
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        controller = controller_for(f"alertmanager_url: {proxy.url}\n")
        qtbot.waitUntil(lambda: controller.view is not None and controller.view.credentials_needed, timeout=10000)
        store.store_credentials(proxy.url, Credentials("basic", "alice", PASSWORD))  # what `login` does
        save_settings(tmp_path / "config.yaml", {"auth_method": "basic", "auth_username": "alice"})
        qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.CRITICAL, timeout=10000)
        assert controller.config.auth_username == "alice" and "login" not in controller.connection.dialogs


def test_a_secret_put_in_the_keyring_later_is_used_at_the_next_poll(qtbot, controller_for, alertmanager, store):
    alertmanager.post_alerts([make_alert("Guarded", "critical")])
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        controller = controller_for(f"alertmanager_url: {proxy.url}\nauth_method: basic\nauth_username: alice\n")
        qtbot.waitUntil(lambda: controller.view is not None and controller.view.credentials_needed, timeout=10000)
        store.store_credentials(proxy.url, Credentials("basic", "alice", PASSWORD))
        qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.CRITICAL, timeout=10000)


def test_a_run_with_its_own_journal_writes_there(qtbot, tmp_path, store, monkeypatch):
    import dataclasses

    from oncall_tray.ui.app import TrayController

    path = tmp_path / "config.yaml"
    path.write_text("notifications: false\nalertmanager_url: http://127.0.0.1:9\n")
    own = tmp_path / "demo" / "journal.db"
    controller = TrayController(dataclasses.replace(load_config(path), journal=own), store=store)
    try:
        assert controller.shift.journal.path == own and own.exists()
        assert not Folders.for_user().journal.exists()
    finally:
        controller.shutdown()


def test_new_settings_apply_without_a_restart(qtbot, controller_for, store):
    first, second = LocalAlertmanager().start(), LocalAlertmanager().start()
    try:
        first.post_alerts([make_alert("OnFirst", "warning")])
        second.post_alerts([make_alert("OnSecond", "critical")])
        controller = controller_for(f"alertmanager_url: {first.url}\n")
        qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.WARNING, timeout=10000)
        controller.connection.open_settings()
        dialog = controller.connection.dialogs["settings"]
        dialog.fields["alertmanager_urls"].widget.setPlainText(second.url)
        dialog.fields["insecure_skip_verify"].widget.setChecked(True)
        dialog.save()
        qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.CRITICAL, timeout=10000)
        assert list(a.alertname for a in controller.snapshot.alerts.values()) == ["OnSecond"]
        assert controller.config.alertmanager_url == second.url
        tooltip = controller.tray.icon.toolTip()
        assert "TLS certificate checks are off" in tooltip and second.url in tooltip
        assert controller.tray.menu.actions()[0].text() == "TLS certificate checks are off"
        assert "settings" not in controller.connection.dialogs
    finally:
        first.stop()
        second.stop()


def test_a_cluster_member_down_shows_degraded_and_keeps_every_alert(qtbot, controller_for):
    ports = free_port(), free_port()
    members = []
    try:
        for own, other in (ports, ports[::-1]):
            members.append(LocalAlertmanager(cluster_args=(
                f"--cluster.listen-address=127.0.0.1:{own}", f"--cluster.peer=127.0.0.1:{other}",
                "--cluster.settle-timeout=1s")).start())
        alerts = [make_alert("Degraded0", "critical"), make_alert("Degraded1", "warning")]
        for member in members:
            member.post_alerts(alerts)
        controller = controller_for(f"alertmanager_url: [{members[0].url}, {members[1].url}]\n")
        qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.CRITICAL, timeout=10000)
        assert not controller.view.degraded and controller.view.members == 2
        controller.show_window()
        members[0].stop()
        qtbot.waitUntil(lambda: controller.view.degraded, timeout=10000)
        assert controller.view.light is Light.CRITICAL  # still coloured: one member answers
        assert len(controller.snapshot.alerts) == 2
        tooltip = controller.tray.icon.toolTip()
        assert "Cluster degraded: 1 of 2 members does not answer" in tooltip and members[0].url in tooltip
        assert "Cluster degraded" in controller.window.details_label.text()
        assert controller.window.model.rowCount() == 2
    finally:
        for member in members:
            member.stop()


def test_credentials_kept_for_the_run_when_there_is_no_keyring(store):
    from oncall_tray.ui.login_dialog import kept_note

    stored, unrecorded = store.keep_login("https://am.example", Credentials("bearer", secret="t"))
    note = kept_note(stored)
    assert not stored.persistent and note.startswith("Not saved in the keyring: ") and unrecorded is None
    assert store.credentials("https://am.example", "bearer").secret == "t"


def test_a_new_language_applies_at_once(qtbot, controller_for, alertmanager):
    from PySide6.QtCore import QCoreApplication, QLocale

    previous = QLocale()
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\n")
    try:
        assert "&Settings…" in [a.text() for a in controller.tray.menu.actions()]
        controller.connection.open_settings()
        dialog = controller.connection.dialogs["settings"]
        language = dialog.fields["language"].widget
        language.setCurrentIndex(language.findData("pt_BR"))
        dialog.save()
        assert "&Configurações…" in [a.text() for a in controller.tray.menu.actions()]
        assert controller.window.windowTitle() == "oncall-tray — alertas"
        qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.OK, timeout=10000)
        assert controller.window.headline.text() == "Nenhum alerta aguardando reconhecimento"  # review 46 F10
    finally:
        app = QCoreApplication.instance()
        for translator in controller.translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous)


def test_a_language_set_by_hand_reopens_an_untouched_settings_dialog_in_it(qtbot, controller_for, alertmanager):
    """Review 40 F7: the settings dialog open while the file got ``language: pt_BR`` by hand
    kept its English labels under "Salvar / Cancelar"; one holding changes stays open, what was
    typed kept (made again in the new language: test_settings_dialog_language.py)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    previous = QLocale()
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\n")  # language: en
    path = controller.loaded.path
    try:
        controller.connection.open_settings()
        first = controller.connection.dialogs["settings"]
        assert first.windowTitle().endswith("settings")
        path.write_text(path.read_text().replace("language: en", "language: pt_BR"))
        qtbot.waitUntil(lambda: controller.connection.dialogs.get("settings") not in (None, first), timeout=10000)
        again = controller.connection.dialogs["settings"]
        assert again.windowTitle().endswith("configurações") and again.isVisible()
        again.fields["engineer"].widget.setText("Typed, not saved")
        path.write_text(path.read_text().replace("language: pt_BR", "language: en"))
        qtbot.waitUntil(lambda: controller.config.language == "en", timeout=10000)
        assert controller.connection.dialogs["settings"] is again  # what was typed is kept
        assert again.fields["engineer"].widget.text() == "Typed, not saved"
        again.close()
    finally:
        app = QCoreApplication.instance()
        for translator in controller.translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous)


@pytest.mark.desktop
@pytest.mark.filterwarnings("ignore::ResourceWarning")  # keyring leaks its D-Bus connection when locked
def test_a_locked_keyring_prompts_in_the_tray_and_the_token_is_kept_for_the_run(
        qtbot, tmp_path, monkeypatch, keyring_desktop, alertmanager):
    import gc

    from keyring.backends import SecretService
    from test_keyring import lock_default_collection

    from oncall_tray.ui.app import TrayController

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    alertmanager.post_alerts([make_alert("LockedOut", "warning")])
    with NginxProxy(alertmanager.url, token="locked-token-77") as proxy:
        store = SecretStore(SecretService.Keyring())
        store.store_credentials(proxy.url, Credentials("bearer", secret="locked-token-77"))
        lock_default_collection(keyring_desktop)
        path = tmp_path / "config.yaml"
        path.write_text(f"alertmanager_url: {proxy.url}\nauth_method: bearer\npoll_interval: 1\n"
                        "max_retry_interval: 1\nnotifications: false\nlanguage: en\n")
        controller = TrayController(load_config(path), store=store)
        try:
            controller.start()
            qtbot.waitUntil(lambda: "login" in controller.connection.dialogs, timeout=10000)
            login = controller.connection.dialogs["login"]
            assert "is locked: unlock it" in login.reason.text()
            assert controller.view.credentials_needed
            login.secret.setText("locked-token-77")
            login.login_button.click()
            qtbot.waitUntil(lambda: controller.view.light is Light.WARNING, timeout=10000)
            assert store.credentials(proxy.url, "bearer").secret == "locked-token-77"  # from memory
        finally:
            shut_down(controller)
            gc.collect()


def test_saving_settings_keeps_the_alertmanager_given_on_the_command_line(qtbot, tmp_path, monkeypatch, store,
                                                                          alertmanager):
    """``oncall-tray --alertmanager URL`` (or the demo) then Settings > Save with another change:
    the tray keeps watching URL (it used to fall back to the file's URL and lose contact). The URL
    field shows and edits the file's URL: edited, it is written to the file, and this run still
    watches URL (review 70 AK6: the field showed URL as the file's, and Save wrote it there)."""
    from oncall_tray.cli import build_parser, settings
    from oncall_tray.ui.app import TrayController

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    alertmanager.post_alerts([make_alert("OnCommandLine", "warning")])
    dead = f"http://127.0.0.1:{free_port()}"
    path = tmp_path / "config.yaml"
    path.write_text(f"alertmanager_url: {dead}\npoll_interval: 1\nmax_retry_interval: 1\nrequest_timeout: 3\n"
                    "notifications: false\nlanguage: en\n")
    loaded = settings(build_parser().parse_args(["--config", str(path), "--alertmanager", alertmanager.url]))
    controller = TrayController(loaded, store=store)
    controller.start()
    second = LocalAlertmanager().start()
    try:
        second.post_alerts([make_alert("OnSecond", "critical")])
        qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.WARNING, timeout=10000)
        controller.connection.open_settings()
        dialog = controller.connection.dialogs["settings"]
        dialog.fields["request_timeout"].widget.setText("4")
        dialog.save()
        assert controller.config.alertmanager_url == alertmanager.url and controller.config.request_timeout == 4
        text = path.read_text()
        assert "request_timeout: 4" in text and alertmanager.url not in text and dead in text
        polled = []
        controller.poller.polled.connect(polled.append)
        qtbot.waitUntil(lambda: len(polled) >= 2, timeout=10000)
        assert all(r.error is None for r in polled) and controller.view.light is Light.WARNING

        controller.connection.open_settings()
        dialog = controller.connection.dialogs["settings"]
        assert dialog.fields["alertmanager_urls"].raw() == [dead]
        dialog.fields["alertmanager_urls"].widget.setPlainText(second.url)
        dialog.save()
        assert controller.config.alertmanager_url == alertmanager.url and second.url in path.read_text()
        polled.clear()
        controller.poller.polled.connect(polled.append)  # the poller of the settings saved
        qtbot.waitUntil(lambda: len(polled) >= 2, timeout=10000)
        assert all(r.error is None for r in polled) and controller.view.light is Light.WARNING
    finally:
        shut_down(controller)
        second.stop()


def test_a_tray_login_to_an_alertmanager_given_on_the_command_line_leaves_the_settings_alone(
        qtbot, tmp_path, monkeypatch, store, alertmanager):
    """``oncall-tray --alertmanager URL`` where URL wants a token: the login dialog's token is
    kept and recorded for URL, the tray uses it, and the settings file (another Alertmanager,
    its own login) is not touched."""
    from oncall_tray.cli import build_parser, settings
    from oncall_tray.ui.app import TrayController

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    alertmanager.post_alerts([make_alert("OwnLogin", "critical")])
    path = tmp_path / "config.yaml"
    text = (f"alertmanager_url: http://127.0.0.1:{free_port()}\nauth_method: basic\nauth_username: alice\n"
            "poll_interval: 1\nmax_retry_interval: 1\nrequest_timeout: 3\nnotifications: false\nlanguage: en\n")
    path.write_text(text)
    with NginxProxy(alertmanager.url, token="own-token-5521") as proxy:
        args = build_parser().parse_args(["--config", str(path), "--alertmanager", proxy.url])
        controller = TrayController(settings(args), store=store)
        controller.start()
        try:
            qtbot.waitUntil(lambda: "login" in controller.connection.dialogs, timeout=10000)
            login = controller.connection.dialogs["login"]
            login.method.setCurrentIndex(login.method.findData("bearer"))
            login.secret.setText("own-token-5521")
            login.login_button.click()
            qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.CRITICAL,
                            timeout=10000)
            assert controller.config.auth_method == "bearer" and controller.config.alertmanager_url == proxy.url
            assert store.recorded_login(proxy.url) == ("bearer", "")
            assert path.read_text() == text
        finally:
            shut_down(controller)


def form_label(dialog, key):
    """The text of the form label of ``key``'s editor."""
    from PySide6.QtWidgets import QFormLayout

    cell = dialog.fields[key].widget.parentWidget()
    for form in dialog.findChildren(QFormLayout):
        label = form.labelForField(cell)
        if label is not None:
            return label.text()
    raise AssertionError(f"no label for {key}")


def test_contradictory_sla_fields_show_the_problem_and_keep_save_disabled(qtbot, tmp_path, store):
    """Fresh-user review: respond within 20 min with resolve within 15, and L3 after 10 min with
    L2 after 15, were saved; the tray then showed "Responder em -53:37" and skipped L2."""
    dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", ""), store)
    qtbot.addWidget(dialog)
    respond, resolve = dialog.fields["sla_critical_respond_minutes"], dialog.fields["sla_critical_resolve_minutes"]
    respond.widget.setText("20")
    assert respond.error.text() == "must not be more than “resolve within” (15)"
    assert resolve.error.text() == "must not be less than “respond within” (20)"
    assert not dialog.save_button.isEnabled()
    resolve.widget.setText("30")  # fixing either field clears both
    assert respond.error.text() == resolve.error.text() == "" and dialog.save_button.isEnabled()
    resolve.widget.setText("0")  # no resolution target: nothing to contradict
    assert dialog.problems == {}

    l2, l3 = dialog.fields["sla_critical_l2_after_minutes"], dialog.fields["sla_critical_l3_after_minutes"]
    l3.widget.setText("10")
    assert l3.error.text() == "must be more than “escalate to L2 after” (15)"
    assert not dialog.save_button.isEnabled()
    l2.widget.setText("5")
    assert dialog.problems == {} and dialog.save_button.isEnabled()
    l2.widget.setText("x")  # a field that is not a number is that field's problem only
    assert l2.error.text() == "must be a whole number" and l3.error.text() == ""


def test_every_setting_has_a_label_of_its_own(qtbot, tmp_path, store):
    """Fresh-user review: the "Other" tab showed the raw keys reminder_minutes and sound."""
    dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", ""), store)
    qtbot.addWidget(dialog)
    for key in dialog.fields:
        assert form_label(dialog, key) != key
    assert form_label(dialog, "reminder_minutes") == "Remind of an unacknowledged critical alert every (minutes)"
    assert form_label(dialog, "sound") == "Play a sound with critical notifications"


def test_field_messages_are_alike_and_do_not_move_the_fields(qtbot, tmp_path, store):
    """Messages the dialog says itself read like those of the settings checks (lower case, no
    full stop), and a message appearing does not push the fields below it."""
    dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", ""), store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    below = dialog.fields["max_retry_interval"].widget
    before = below.mapTo(dialog, below.rect().topLeft())
    dialog.fields["poll_interval"].widget.setText("x")
    assert dialog.fields["poll_interval"].error.text() == "must be a number"
    dialog.layout().activate()
    qtbot.wait(10)
    assert below.mapTo(dialog, below.rect().topLeft()) == before
    dialog.fields["alertmanager_urls"].widget.setPlainText("")
    assert dialog.fields["alertmanager_urls"].error.text() == "needs at least one URL"
    method = dialog.fields["auth_method"]
    method.widget.setCurrentIndex(method.widget.findData("basic"))
    assert dialog.fields["auth_username"].error.text() == "needs a user name for basic authentication"


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_a_long_field_message_is_shown_whole(qtbot, tmp_path, store, language):
    """Fresh-user review: in the SLA tab the two-line message of business_days was cut at its
    top and bottom (the tab had no room left for its second line). Full day names are taken."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from oncall_tray.ui.translations import install

    app = QApplication.instance()
    translators = install(app, language)
    try:
        dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", ""), store)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        days = dialog.fields["business_days"]
        dialog.tabs.setCurrentIndex(next(i for i in range(dialog.tabs.count())
                                         if dialog.tabs.widget(i).isAncestorOf(days.widget)))
        days.widget.setText("sab, Seg, segunda, terça-feira")  # taken: no message
        assert days.error.text() == "" and days.raw() == ["sat", "mon", "mon", "tue"]
        days.widget.setText("sab, Seg, domingues")
        qtbot.wait(50)
        error = days.error
        assert "domingues" in error.text()
        if language == "pt_BR":  # two lines at the dialog's size
            assert error.heightForWidth(error.width()) > 1.5 * error.fontMetrics().lineSpacing()
        assert error.height() >= error.heightForWidth(error.width())  # all of them
        below = dialog.fields["business_hours"].widget
        assert error.mapTo(dialog, error.rect().bottomLeft()).y() < below.mapTo(dialog, below.rect().topLeft()).y()
        dialog.grab().save(str(tmp_path / "sla.png"))
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))

@pytest.mark.parametrize("language, never, no_target", [("en", "never", "no target"), ("pt_BR", "nunca", "sem meta")])
def test_zero_minutes_says_what_it_means(qtbot, tmp_path, store, language, never, no_target):
    """Fresh-user review: "escalate to L2 after (minutes)" took 0 with no hint that 0 means
    never (sla_settings: 0 is no escalation, and no target for respond and resolve)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from oncall_tray.ui.translations import install

    app = QApplication.instance()
    translators = install(app, language)
    try:
        dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", "sla_critical_resolve_minutes: 0\n"), store)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        l2 = dialog.fields["sla_warning_l2_after_minutes"]  # 0 by default
        dialog.tabs.setCurrentIndex(next(i for i in range(dialog.tabs.count())
                                         if dialog.tabs.widget(i).isAncestorOf(l2.widget)))
        assert l2.widget.text() == "0" and l2.zero_note.isVisible() and l2.zero_note.text() == never
        assert never in l2.widget.toolTip() and "0" in l2.widget.toolTip()
        l2.widget.setText("20")
        assert not l2.zero_note.isVisible()
        l2.widget.setText(" 0")
        assert l2.zero_note.isVisible()
        critical_l2 = dialog.fields["sla_critical_l2_after_minutes"]
        assert critical_l2.widget.text() == "15" and not critical_l2.zero_note.isVisible()
        assert never in critical_l2.widget.toolTip()
        resolve = dialog.fields["sla_critical_resolve_minutes"]
        assert resolve.zero_note.isVisible() and resolve.zero_note.text() == no_target
        assert not dialog.fields["sla_critical_respond_minutes"].zero_note.isVisible()
        dialog.grab().save(str(tmp_path / "sla.png"))
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))

def save_urls(controller, *urls: str) -> None:
    """Type ``urls`` (one a line) into the settings dialog's Alertmanager field and save."""
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    dialog.fields["alertmanager_urls"].widget.setPlainText("\n".join(urls))
    dialog.save()


def test_adding_a_cluster_member_announces_nothing_known_again_and_keeps_the_selection(qtbot, controller_for):
    # fresh-user review: saving a second URL announced "Alerts firing: 6" and the window lost its selection
    first, second = LocalAlertmanager().start(), LocalAlertmanager().start()
    try:
        known = [make_alert(f"Known{i}", "critical" if i % 2 else "warning") for i in range(6)]
        for member in (first, second):
            member.post_alerts(known)
        controller = controller_for(f"alertmanager_url: {first.url}\n")
        qtbot.waitUntil(lambda: controller.snapshot is not None and len(controller.snapshot.alerts) == 6,
                        timeout=10000)
        controller.show_window()
        window = controller.window
        window.filter.setText('severity="critical"')
        window.table.selectRow(1)
        chosen = window.selected_fingerprint()
        assert chosen and window.model.rowCount() == 3
        notices = []
        controller.notifier.show = notices.extend
        save_urls(controller, first.url, second.url)
        qtbot.waitUntil(lambda: controller.view is not None and controller.view.members == 2, timeout=10000)
        assert [n.title for n in notices if n.light is None] == []  # nothing about the known alerts
        window = controller.window  # a new one, with the new settings
        assert window.filter.text() == 'severity="critical"' and window.model.rowCount() == 3
        assert window.selected_fingerprint() == chosen
        assert window.table.currentIndex().row() == window.model.row_of(chosen)
        for member in (first, second):  # a genuinely new alert still notifies
            member.post_alerts([make_alert("BrandNew", "critical")])
        controller.refresh()
        qtbot.waitUntil(lambda: any("BrandNew" in n.title for n in notices), timeout=10000)
        assert [n.title for n in notices if n.light is None] == ["[CRITICAL] BrandNew"]
        assert controller.window.selected_fingerprint() == chosen
    finally:
        first.stop()
        second.stop()


def test_another_alertmanager_announces_its_own_alerts_and_resolves_nothing_it_lacks(qtbot, controller_for):
    """Review 37: a changed URL announced "Resolved: X" for every alert the new Alertmanager
    did not hold, though none resolved: nothing is said resolved. An alert is its fingerprint, said
    once per shift whatever URL it is read through (fresh-user review 75 BD2: a proxy in front of
    the same Alertmanager announced the alerts already listed as new): the alert the tray knew is
    not announced again, the other Alertmanager's own one is."""
    first, second = LocalAlertmanager().start(), LocalAlertmanager().start()
    try:
        shared, only_first = make_alert("Shared", "critical"), make_alert("OnlyFirst", "warning")
        first.post_alerts([shared, only_first])
        second.post_alerts([shared, make_alert("OnlySecond", "critical")])
        controller = controller_for(f"alertmanager_url: {first.url}\n")
        qtbot.waitUntil(lambda: controller.snapshot is not None and len(controller.snapshot.alerts) == 2,
                        timeout=10000)
        notices = []
        controller.notifier.show = notices.extend
        save_urls(controller, second.url)
        qtbot.waitUntil(lambda: controller.snapshot is not None
                        and {a.alertname for a in controller.snapshot.alerts.values()} == {"Shared", "OnlySecond"},
                        timeout=10000)
        qtbot.waitUntil(lambda: any("OnlySecond" in n.title for n in notices), timeout=10000)
        with qtbot.waitSignal(controller.poller.polled, timeout=10000):
            controller.refresh()  # (a resolved alert's notice would wait a poll for its trend)
        qtbot.wait(200)
        titles = [n.title for n in notices if n.light is None]
        assert [t for t in titles if "OnlySecond" in t] == ["[CRITICAL] OnlySecond"], titles
        assert not [t for t in titles if "Resolved" in t or "OnlyFirst" in t or "Shared" in t], titles
    finally:
        first.stop()
        second.stop()


def test_credentials_kept_for_the_run_when_the_keyring_is_locked_say_it_once():
    """Review 40 F4: "The keyring is locked; the secret is kept until oncall-tray quits (the
    keyring (…) is locked: unlock it (…) and try again)." said the lock twice over."""
    from oncall_tray.secrets import KeyringLocked, SecretStore
    from oncall_tray.ui.login_dialog import kept_note

    class Locked(SecretStore):
        def store_credentials(self, url, credentials):
            from oncall_tray.i18n import Message
            raise KeyringLocked(Message("keyring", "the keyring (%1) is locked: unlock it (%2) and try again",
                                        ("GNOME Keyring", "its password")))

    store = Locked(None)
    stored, _unrecorded = store.keep_login("https://am.example", Credentials("bearer", secret="t"), record=False)
    note = kept_note(stored)
    assert not stored.persistent and store.credentials("https://am.example", "bearer").secret == "t"
    # (review 46 F10: the notice's title says "kept until oncall-tray quits": its body says why)
    assert note == ("Not saved in the keyring: the keyring (GNOME Keyring) is locked: unlock it (its password) and "
                    "try again."), note


def test_the_login_dialog_names_every_member_it_logs_in_to(qtbot, controller_for):
    """One login serves every member of a cluster (they share the credentials): the dialog named
    the first member only."""
    controller = controller_for("alertmanager_url: http://127.0.0.1:9\nalertmanager_peers: ['http://127.0.0.1:10']\n")
    controller.tray.login_requested.emit()
    dialog = controller.connection.dialogs["login"]
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert "http://127.0.0.1:9\nhttp://127.0.0.1:10" in shown, shown
    dialog.close()

