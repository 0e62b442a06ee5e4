"""Settings > Test connection works while a field unrelated to the connection is being fixed
(fresh-user review 8: a poll interval of "abc" disabled it); only bad URLs stop it."""

from __future__ import annotations

from conftest import make_alert
from test_settings_ui import loaded_from, store  # noqa: F401 (store: the fixture)

from oncall_tray.ui.settings_dialog import SettingsDialog


def test_test_connection_with_an_unrelated_field_wrong(qtbot, tmp_path, store, alertmanager):  # noqa: F811
    alertmanager.post_alerts([make_alert("One")])
    dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", "poll_interval: 15\n"), store)
    qtbot.addWidget(dialog)
    dialog.fields["poll_interval"].widget.setText("abc")
    dialog.fields["alertmanager_urls"].widget.setPlainText(alertmanager.url)  # typed, not saved
    assert not dialog.save_button.isEnabled() and dialog.test_button.isEnabled()
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "alert" in dialog.test_result.text(), timeout=10000)
    assert dialog.test_result.text().startswith(f"{alertmanager.url}: Alertmanager 0.")
    dialog.fields["alertmanager_urls"].widget.setPlainText("")
    assert not dialog.test_button.isEnabled()
