"""A shift journal whose folder cannot be looked into (``chmod 000``, or made by ``sudo
oncall-tray``): review 44 F3, every command, ``status`` too, ended in a ``PermissionError``
traceback, ``handoff note`` lost the note, and the tray stopped at start. Each now says it in
one line and goes on without the journal where it can."""

from __future__ import annotations

from test_config import _as_unprivileged

from oncall_tray.paths import Folders


def test_a_journal_folder_that_cannot_be_read_is_said_in_one_line(tmp_path):
    folder = Folders.for_user().journal.parent
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o000)
    try:
        am = ("--alertmanager", "http://127.0.0.1:9")
        status = _as_unprivileged(*am, "status")
        assert status.returncode == 2 and "Traceback" not in status.stderr, status.stderr  # it runs: Alertmanager down
        note = _as_unprivileged(*am, "handoff", "note", "abc", "reiniciei o backend")
        assert note.returncode == 1 and "Traceback" not in note.stderr, note.stderr
        assert note.stderr.startswith(f"oncall-tray: cannot open the shift journal {Folders.for_user().journal}: permission denied")
        assert "note on abc: reiniciei o backend" in note.stderr  # given back, not lost
        escalate = _as_unprivileged(*am, "escalate", "abc", "--dry-run")
        assert "Traceback" not in escalate.stderr, escalate.stderr
    finally:
        folder.chmod(0o700)


def test_status_says_what_it_cannot_show_without_the_journal(alertmanager, tmp_path):
    """Review 45 F4: with the journal unreadable, ``status`` showed "L2" for an alert escalated
    to L2 and answered, and ``"escalated": null``, without a word."""
    from oncall_tray.core.journal import Journal

    Journal.open(Folders.for_user().journal).close()
    Folders.for_user().journal.chmod(0o000)
    try:
        status = _as_unprivileged("--alertmanager", alertmanager.url, "status")
        assert status.returncode == 0 and "Traceback" not in status.stderr, status.stderr
        assert "The escalations and acknowledgements it recorded are not shown." in status.stderr, status.stderr
    finally:
        Folders.for_user().journal.chmod(0o600)
