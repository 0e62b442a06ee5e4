"""The Save clash message of the settings dialog and the keyring's notice speak the engineer's
words, never the program's (code review 67 AA8): a clash on a check box said "True (the file:
False)"; one on the URLs was labelled with the config key (``alertmanager_url``,
``alertmanager_peers``: the dialog's labels are keyed by its field, ``alertmanager_urls``); one on
a mapping the file now writes a key twice said Python's list repr ("['SRE', 'Ana - 1'], …"); and
the notice "Credentials kept until oncall-tray quits" said "Not saved in the keyring:
RuntimeError." when the keyring failed otherwise than by refusing (a D-Bus probe raising), in
every language. Real settings files and dialog, a real ``LoginKeeper`` on its thread (the
keyring's probe raising is the failure mode's stand-in), pytest-qt offscreen."""

from __future__ import annotations

import pytest
from test_settings_mapping_twice import dialog_on

from oncall_tray.config_merge import Clash
from oncall_tray.ui.settings_merge import show_file_again

NOT_SAVED = {
    "english": "Not saved: the settings file changed since this dialog opened, and the same entries were changed "
               "there: the dialog now shows the file's values with your other changes. What you typed: %1. Check "
               "and save again.",
    "portuguese": None,  # checked by its parts: the label and the values
}
URLS_LABEL = {"english": "Alertmanager URLs", "portuguese": "URLs do Alertmanager"}
NOTIFICATIONS_LABEL = {"english": "Desktop notifications", "portuguese": "Notificações na área de trabalho"}
THE_FILE = {"english": "(the file: %1)", "portuguese": "(no arquivo: %1)"}
ON_OFF = {"english": ("on", "off"), "portuguese": ("ligado", "desligado")}
CONTACTS_LABEL = {"english": "Emergency contacts (role: how to reach them, one per line)",
                  "portuguese": "Contatos de emergência (papel: como contatá-lo, um por linha)"}
PROGRAM_WORDS = ("True", "False", "alertmanager_url", "alertmanager_peers", "['", "']")


def clash_said(dialog) -> str:
    return dialog.save_error.text()


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_a_clash_on_the_url_is_labelled_as_the_dialog_labels_it(qtbot, tmp_path, request, language):
    request.getfixturevalue(language)
    dialog, path = dialog_on(qtbot, tmp_path, "alertmanager_url: http://am1:9093\nengineer: Ana\n")
    path.write_text("alertmanager_url: http://am2:9093\nengineer: Ana\n")  # changed by hand meanwhile
    dialog.fields["alertmanager_urls"].widget.setPlainText("http://am3:9093")
    dialog.save()
    said = clash_said(dialog)
    assert f"{URLS_LABEL[language]}: http://am3:9093 {THE_FILE[language].replace('%1', 'http://am2:9093')}" in said, \
        said
    assert not any(word in said for word in PROGRAM_WORDS), said
    if NOT_SAVED[language]:
        assert said == NOT_SAVED[language].replace(
            "%1", f"{URLS_LABEL[language]}: http://am3:9093 (the file: http://am2:9093)"), said


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_a_clash_on_the_peers_shows_them_as_the_box_does_and_labels_them_so(qtbot, tmp_path, request, language):
    """The entries of the stretch that clashed, on one line (review 67 AC4), labelled as the box is."""
    request.getfixturevalue(language)
    opened = "alertmanager_url: http://am1:9093\nalertmanager_peers: [http://am2:9093]\n"
    dialog, path = dialog_on(qtbot, tmp_path, opened)
    path.write_text(opened.replace("am2", "am5"))
    dialog.fields["alertmanager_urls"].widget.setPlainText("http://am1:9093\nhttp://am4:9093\nhttp://am6:9093")
    dialog.save()
    said = clash_said(dialog)
    assert f"{URLS_LABEL[language]}: http://am4:9093, http://am6:9093 " \
           f"{THE_FILE[language].replace('%1', 'http://am5:9093')}" in said, said
    assert not any(word in said for word in PROGRAM_WORDS), said


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_a_clash_on_a_check_box_says_its_state_in_words(qtbot, tmp_path, request, language):
    """Two values only, so Save's merge never finds one from the file itself: the message of a
    clash found so (``show_file_again``, as ``SettingsDialog.save`` calls it)."""
    request.getfixturevalue(language)
    dialog, _path = dialog_on(qtbot, tmp_path, "notifications: true\n")
    said = show_file_again(dialog, {}, [Clash("notifications", None, False, True)])
    on, off = ON_OFF[language]
    assert said == f"{NOTIFICATIONS_LABEL[language]}: {off} {THE_FILE[language].replace('%1', on)}", said


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_a_clash_on_a_mapping_the_file_now_writes_twice_says_role_name_lines(qtbot, tmp_path, request, language):
    request.getfixturevalue(language)
    opened = "contacts:\n  Tech Lead: Ana - 1\n  SRE: Bruno - 2\n"
    dialog, path = dialog_on(qtbot, tmp_path, opened)
    path.write_text("contacts:\n  SRE: Ana - 1\n  SRE: Bruno - 2\n")  # a role written twice, by hand
    dialog.fields["contacts"].widget.setPlainText("Tech Lead: Ana - 1\nSRE: Bruno - 4")
    dialog.save()
    said = clash_said(dialog)
    assert path.read_text() == "contacts:\n  SRE: Ana - 1\n  SRE: Bruno - 2\n"  # nothing written
    assert (f"{CONTACTS_LABEL[language]}: Tech Lead: Ana - 1\nSRE: Bruno - 4 "
            f"{THE_FILE[language].replace('%1', 'SRE: Ana - 1' + chr(10) + 'SRE: Bruno - 2')}") in said, said
    assert not any(word in said for word in PROGRAM_WORDS), said


KEPT_BODY = {"english": "Not saved in the keyring: the keyring could not be used (an error it did not explain; "
                        "the details are in the log).",
             "portuguese": "Não foi salvo no chaveiro: o chaveiro não pôde ser usado (um erro que ele não "
                           "explicou; os detalhes estão no log)."}


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_a_keyring_fault_is_said_in_words_not_by_its_class_name(qtbot, tmp_path, monkeypatch, request, language):
    """The first look found no keyring; the look again before the write (``store``) failed on
    D-Bus: ``keep_login`` raised, and the notice named the exception's class."""
    request.getfixturevalue(language)
    import oncall_tray.secrets as secrets
    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.i18n import Message
    from oncall_tray.ui.login_keeping import LoginKeeper

    looks = []

    def probe():
        looks.append(1)
        if len(looks) > 1:
            raise RuntimeError("org.freedesktop.DBus.Error.NoReply: Did not receive a reply")
        return None, Message("keyring", "no system keyring was found (on Linux, GNOME Keyring, KeePassXC or KWallet "
                                        "must run in the desktop session)")

    monkeypatch.setattr(secrets, "choose_backend", probe)
    shown, answers = [], []
    keeper = LoginKeeper(secrets.SecretStore(), shown.extend)
    keeper.stored.connect(answers.append)
    try:
        keeper.keep("http://am.example:9093", Credentials("basic", "alice", "Pa55"), record=True)
        qtbot.waitUntil(lambda: bool(answers), timeout=10000)
    finally:
        keeper.shutdown(5)
    assert len(looks) == 2  # the fault came of the look again
    body = shown[0].body
    assert "RuntimeError" not in body and "DBus" not in body, body
    assert body == KEPT_BODY[language], body
