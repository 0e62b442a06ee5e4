"""A second Alertmanager given with ``--alertmanager`` (a staging one, say) while the shift
journal follows the settings' one: nothing of it is recorded as this shift's (review 44 F1, F2,
F4: a tray on it recorded the journal's alerts as resolved and its silences as expired;
``handoff end --confirm`` said "not recorded" and recorded a handoff built from it; ``ack`` on it
recorded a silence the tray then took as expired)."""

from __future__ import annotations

import json

from conftest import make_alert
from test_cli import run
from test_escalate_cli import journal_dump

from oncall_tray.config import Config
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.paths import journal_path


def test_commands_on_another_alertmanager_record_nothing_and_say_so(alertmanager, tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: {alertmanager.url}\n", encoding="utf-8")
    settings = str(config)
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    assert run("handoff", "start", "--confirm", config=settings).returncode == 0
    before = journal_dump()
    other = LocalAlertmanager().start()
    try:
        other.post_alerts([make_alert("SlowDatabaseQueries", "warning")])
        told = (f"oncall-tray: Not recorded in the shift journal: it follows another Alertmanager "
                f"({alertmanager.url}) than the one given with --alertmanager ({other.url}).")
        end = run("--alertmanager", other.url, "handoff", "end", "--incoming", "carla", "--confirm", config=settings)
        assert end.returncode == 1, end.stderr
        assert end.stderr.startswith(told + " Take over or hand over the shift on the Alertmanager it follows "
                                              "(without --alertmanager)."), end.stderr
        assert "incoming: carla" in end.stderr  # what was given is printed back
        fingerprint = json.loads(run("--alertmanager", other.url, "status", "--json", config=settings).stdout
                                 )["alerts"][0]["fingerprint"]
        acked = run("--alertmanager", other.url, "ack", fingerprint, config=settings)
        assert acked.returncode == 0 and acked.stdout.strip(), acked.stderr  # done in that Alertmanager
        assert told in acked.stderr, acked.stderr
        assert journal_dump() == before
    finally:
        other.stop()


def test_a_tray_given_another_alertmanager_leaves_the_shift_journal_alone(qtbot, alertmanager, tmp_path):
    from oncall_tray.ui.shift_controller import ShiftController

    journal = Journal.open(tmp_path / "journal.db")
    record_poll(journal, {}, {}, {}, journal.now(), urls=(alertmanager.url,))  # it follows this one
    journal.close()
    other = Config(alertmanager_url="http://127.0.0.1:9", engineer="ana")
    given = ShiftController(other, lambda notices: None, path=tmp_path / "journal.db", given=True)
    assert given.journal is None and given.problem == (
        f"The shift journal is not used by this tray: it follows another Alertmanager ({alertmanager.url}) than the "
        "one given with --alertmanager (http://127.0.0.1:9). Its shift features are off, so that these alerts are "
        "not recorded as that shift's.")
    from oncall_tray.ui.alerts_window import AlertsWindow
    from oncall_tray.ui.tray import TrayIcon

    tray, window = TrayIcon(other), AlertsWindow(other)
    given.attach_tray(tray, lambda: None)
    given.attach_window(window)
    # review 45 F7: no shift entry is offered (each said why when chosen); the menu says why
    assert not any(action.isEnabled() for action in tray.shift_actions.values())
    assert tray.shift_off_action.isVisible()
    assert tray.shift_off_action.text() == f"Shift features off: the journal follows {alertmanager.url}"
    assert given._slots[0].retry.isHidden()  # no "Try again" that cannot help
    given.shutdown()
    same = ShiftController(Config(alertmanager_url=alertmanager.url), lambda notices: None,
                           path=tmp_path / "journal.db", given=True)
    assert same.journal is not None  # the one it follows, given on the command line: used
    same.attach_tray(tray, lambda: None)
    assert not tray.shift_off_action.isVisible() and tray.shift_actions["history"].isEnabled()
    same.shutdown()
    secret = Config(alertmanager_url="http://ana:s3cret@127.0.0.1:9/?token=abc", engineer="ana")
    masked = ShiftController(secret, lambda notices: None, path=tmp_path / "journal.db", given=True)
    assert "s3cret" not in masked.problem and "abc" not in masked.problem and "ana:***@" in masked.problem
    masked.shutdown()
    moved = ShiftController(other, lambda notices: None, path=tmp_path / "journal.db")
    assert moved.journal is not None  # the settings changed to another: followed, as before
    moved.shutdown()
    assert journal_path() != tmp_path / "journal.db"


def test_a_note_or_an_answer_given_another_alertmanager_is_not_recorded(alertmanager, tmp_path):
    """Review 45 F1, F2: ``handoff note`` said "Not recorded" and recorded the note, exit 0;
    ``escalate --answered`` recorded the answer in the journal of the settings' Alertmanager."""
    config = tmp_path / "c.yaml"
    config.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: {alertmanager.url}\n", encoding="utf-8")
    settings = str(config)
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    fingerprint = json.loads(run("status", "--json", config=settings).stdout)["alerts"][0]["fingerprint"]
    assert run("handoff", "start", "--confirm", config=settings).returncode == 0
    assert run("escalate", fingerprint, config=settings).returncode == 0
    before = journal_dump()
    other = LocalAlertmanager().start()
    try:
        note = run("--alertmanager", other.url, "handoff", "note", fingerprint, "reiniciei", config=settings)
        assert note.returncode == 1 and "Write the note on the Alertmanager it follows" in note.stderr, note.stderr
        assert "reiniciei" in note.stderr  # given back
        answered = run("--alertmanager", other.url, "escalate", fingerprint, "--answered", config=settings)
        assert answered.returncode == 1 and "Not recorded in the shift journal" in answered.stderr, answered.stderr
        assert journal_dump() == before
    finally:
        other.stop()
