"""The ``silence`` commands with Alertmanagers that are not one cluster (clustering disabled),
one member down (review 62): ``silence add`` follows the rule the Silence dialog and ``ack``
follow (``silence_holders.where_held``: refused when only the member down holds what it
matches, each alert it does not reach named otherwise, Y8); ``expire``/``extend`` find a short
ID among the silences the shift journal last saw (Y1); ``silence list`` says which member holds
each silence (Y2) and lists a member down's silences as last seen (Y1). Two real Alertmanagers
on loopback, not peered; the command line run as the engineer runs it."""

from __future__ import annotations

import json
import re

import httpx
from conftest import silence
from test_cli import run
from test_silence_holders_down import _cli_apart


def _acknowledged_on(b) -> str:
    return silence(b, {"alertname": "APIDown"}, minutes=60, author="ana", comment="ACK! investigando")


def test_silence_add_of_an_alert_only_a_member_down_holds_is_refused(tmp_path):
    """b down holds APIDown: ``silence add`` made the silence on a (exit 0), where it mutes
    nothing, with only the planned-maintenance warning. Refused as ``ack`` and the dialog
    refuse (exit 2), the alert named; nothing sent to a."""
    with _cli_apart(tmp_path) as (a, b, settings, _):
        b.stop()
        done = run("silence", "add", "alertname=APIDown", "--duration", "10m", "--comment", "teste", "--yes",
                   config=str(settings))
        assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
        assert re.search(f"APIDown[^\\n]* is held only by Alertmanager {re.escape(b.url)}, which does not answer\\.",
                         done.stderr), done.stderr
        assert "Nothing was sent" in done.stderr, done.stderr
        assert httpx.get(f"{a.url}/api/v2/silences", timeout=5).json() == []


def test_silence_add_over_alerts_up_and_down_names_the_one_it_does_not_reach(tmp_path):
    """A regex over HighMemoryUsage (on a) and APIDown (on b, down): made on a, and APIDown,
    which it does not reach, was not named. It is."""
    with _cli_apart(tmp_path) as (a, b, settings, _):
        b.stop()
        done = run("silence", "add", 'alertname=~"APIDown|HighMemoryUsage"', "--duration", "10m", "--comment",
                   "teste", "--yes", config=str(settings))
        assert done.returncode == 0, (done.returncode, done.stderr)
        assert re.search(f"APIDown[^\\n]* is held only by Alertmanager {re.escape(b.url)}, which does not answer\\.",
                         done.stderr), done.stderr
        assert not re.search("HighMemoryUsage[^\\n]* is held", done.stderr), done.stderr
        assert len(httpx.get(f"{a.url}/api/v2/silences", timeout=5).json()) == 1


def test_silence_expire_and_extend_by_short_id_of_a_silence_a_member_down_holds(tmp_path):
    """b down holds the silence: its first 8 characters gave "No silence has an ID that starts
    with …" (exit 1). Found among the silences the shift journal last saw: b, which holds it,
    does not answer (exit 2), as with the whole ID."""
    with _cli_apart(tmp_path, _acknowledged_on) as (_a, b, settings, sid):
        b.stop()
        _short_ids_say_held_down(settings, sid, f"Silence {sid} is held by no Alertmanager that answers. As "
                                 f"last seen in the shift journal: Held by Alertmanager {b.url}, which does not answer")


def test_silence_expire_and_extend_by_short_id_of_a_silence_the_journal_never_saw_on_a_member_down(tmp_path):
    """b down holds a silence made on it (its web UI, amtool) after the shift journal last looked:
    the whole ID said "held by no Alertmanager that answers … may be held by one that does not
    answer: b" (exit 2), its first 8 characters still "No silence has an ID that starts with …"
    (exit 1), as if it did not exist. The same words and exit as the whole ID. Every member
    answering, an ID none holds: "No silence …" (exit 1) still."""
    with _cli_apart(tmp_path) as (_a, b, settings, _):
        sid = _acknowledged_on(b)  # after ``handoff start``: the journal never saw it
        unknown = run("silence", "expire", "0123abcd", config=str(settings))
        assert unknown.returncode == 1 and "No silence has an ID that starts with '0123abcd'" in unknown.stderr, \
            unknown.stderr
        b.stop()
        _short_ids_say_held_down(settings, sid, f"Silence {sid[:8]}… is held by no Alertmanager that answers: "
                                 f"it may be held by Alertmanager {b.url}, which does not answer")
        settings.write_text(settings.read_text(encoding="utf-8").replace("language: en", "language: pt_BR"),
                            encoding="utf-8")
        pt = run("silence", "expire", sid[:8], config=str(settings))
        assert pt.returncode == 2 and "Nenhum silenciamento tem um ID" not in pt.stderr, pt.stderr
        assert f"O silenciamento {sid[:8]}… não está em nenhum Alertmanager que responde: pode estar no " \
               f"Alertmanager {b.url}" in pt.stderr, pt.stderr


def _short_ids_say_held_down(settings, sid: str, said: str) -> None:
    """``silence expire`` and ``extend`` of ``sid``'s first 8 characters, a member not answering:
    ``said`` (exit 2), not "No silence has an ID"."""
    for command in (["silence", "expire", sid[:8]], ["silence", "extend", sid[:8], "--duration", "10m"]):
        done = run(*command, config=str(settings))
        assert done.returncode == 2, (command, done.returncode, done.stderr)
        assert "No silence has an ID" not in done.stderr, done.stderr
        assert said in done.stderr, done.stderr


def test_silence_list_names_the_holder_and_a_member_down_s_silences_as_last_seen(tmp_path):
    """Both up: two silences alike, one on a and one on b, nothing said which is where (Y2): a
    ``held by`` line and ``heldBy``. b down: its silence was left out without a word (Y1): b
    is said not to answer and its silence listed as last seen in the shift journal."""
    def two(b) -> str:
        return _acknowledged_on(b)

    with _cli_apart(tmp_path, two) as (a, b, settings, on_b):
        on_a = silence(a, {"alertname": "HighMemoryUsage"}, minutes=60, author="ana", comment="manutenção")
        done = run("silence", "list", config=str(settings))
        assert done.returncode == 0, done.stderr
        blocks = {block.split()[0]: block for block in done.stdout.split("\n\n")}
        assert re.search(f"held by: +{re.escape(a.url)}\n", blocks[on_a] + "\n"), blocks
        assert re.search(f"held by: +{re.escape(b.url)}\n", blocks[on_b] + "\n"), blocks
        doc = {s["id"]: s for s in json.loads(run("silence", "list", "--json", config=str(settings)).stdout)}
        assert doc[on_a]["heldBy"] == [a.url] and doc[on_b]["heldBy"] == [b.url], doc
        b.stop()
        done = run("silence", "list", "--all", config=str(settings))
        assert done.returncode == 0, done.stderr
        assert f"Alertmanager {b.url} does not answer" in done.stderr, done.stderr
        assert on_b in done.stdout, done.stdout
        block = next(block for block in done.stdout.split("\n\n") if block.startswith(on_b))
        assert "as last seen" in block and re.search(f"held by: +{re.escape(b.url)}", block), block
        doc = {s["id"]: s for s in json.loads(run("silence", "list", "--json", config=str(settings)).stdout)}
        assert doc[on_b]["heldBy"] == [b.url] and doc[on_b]["lastSeen"] is True, doc
        assert doc[on_a]["lastSeen"] is False, doc


def test_silences_tab_marks_a_member_down_s_silences_as_last_seen(qtbot, tmp_path, monkeypatch):
    """DiskFull on a and b, acknowledged on each (not one cluster); a stops. The Silences tab
    showed a's acknowledgement as live, "nothing: expire it?" (b's copy of the alert is muted
    by b's), and offered Expire, which then failed (review 62 Y9). It is marked as last seen on
    a, never "expire it?", Expire and Extend off; b's stays usable."""
    from conftest import running_tray
    from test_silence_holders_down import disk_full_on_both

    a, b, config = disk_full_on_both(tmp_path, monkeypatch)
    try:
        on_a = silence(a, {"alertname": "DiskFull"}, minutes=60, author="ana", comment="ACK! disco")
        on_b = silence(b, {"alertname": "DiskFull"}, minutes=60, author="ana", comment="ACK! disco")
        with running_tray(qtbot, config, tmp_path) as ctl:
            qtbot.waitUntil(lambda: ctl.view.apart and ctl.shift.silence_holders.get(on_a) == (a.url,), timeout=10000)
            ctl.show_window()
            view = ctl.window.silences
            a.stop()
            qtbot.waitUntil(lambda: ctl.shift.down == (a.url,), timeout=15000)

            def row(sid: str) -> int:
                return view._ids.index(sid)

            qtbot.waitUntil(lambda: on_a in view._ids and "as last seen" in view.table.item(row(on_a), 0).text(),
                            timeout=10000)
            assert a.url in view.table.item(row(on_a), 0).text(), view.table.item(row(on_a), 0).text()
            assert "expire it" not in view.table.item(row(on_a), 6).text(), view.table.item(row(on_a), 6).text()
            view.table.selectRow(row(on_a))
            assert view.selected() == on_a
            assert not view.expire_button.isEnabled() and not view.extend_button.isEnabled()
            view.table.selectRow(row(on_b))
            assert view.selected() == on_b and view.expire_button.isEnabled() and view.extend_button.isEnabled()
            assert "as last seen" not in view.table.item(row(on_b), 0).text()
    finally:
        a.stop()
        b.stop()


def test_silences_tab_of_a_window_built_while_a_member_is_down_marks_its_silences_at_once(qtbot, tmp_path,
                                                                                          monkeypatch):
    """As above, but the alerts window first opened after a stopped: the window built then was
    given the last poll's silences without the members down that alone hold them, so a's
    acknowledgement read live, "nothing: expire it?", Expire on, until the next poll. Marked as
    last seen on a when the window shows, before any other poll."""
    from conftest import running_tray
    from PySide6.QtWidgets import QSystemTrayIcon
    from test_silence_holders_down import disk_full_on_both

    # a tray (offscreen has none): the window is built when first opened, not at start
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    a, b, config = disk_full_on_both(tmp_path, monkeypatch)
    try:
        on_a = silence(a, {"alertname": "DiskFull"}, minutes=60, author="ana", comment="ACK! disco")
        with running_tray(qtbot, config, tmp_path) as ctl:
            qtbot.waitUntil(lambda: ctl.view.apart and ctl.shift.silence_holders.get(on_a) == (a.url,), timeout=10000)
            held: list = []
            ctl.poller.polled.connect(lambda result: held.append(result.held_down))
            a.stop()
            qtbot.waitUntil(lambda: bool(held) and on_a in held[-1], timeout=15000)
            assert ctl.built_window is None  # first built now, in the same turn: no poll comes between
            ctl.show_window()
            view = ctl.window.silences
            text = view.table.item(view._ids.index(on_a), 0).text()
            assert "as last seen" in text and a.url in text, text
            assert "expire it" not in view.table.item(view._ids.index(on_a), 6).text()
            view.table.selectRow(view._ids.index(on_a))
            assert view.selected() == on_a and not view.expire_button.isEnabled()
    finally:
        a.stop()
        b.stop()


def test_ack_of_an_alert_only_a_member_down_holds_is_refused_in_silence_add_s_words(tmp_path):
    """b down holds APIDown: ``ack`` refused with its own sentence ("… and these Alertmanagers are
    not one cluster: a silence made on another would not mute it there. Nothing was sent;
    acknowledge it once … answers again.") where ``silence add`` gives ``where_held``'s. One
    wording for one situation: ``ack``'s refusal is ``silence add``'s, word for word (exit 2),
    in English and in Portuguese; nothing sent to a."""
    with _cli_apart(tmp_path) as (a, b, settings, _):
        fp = next(x["fingerprint"] for x in json.loads(run("status", "--json", config=str(settings)).stdout)["alerts"]
                  if x["alertname"] == "APIDown")
        b.stop()
        for language in ("en", "pt_BR"):
            text = settings.read_text(encoding="utf-8")
            settings.write_text(re.sub(r"language: \S+", f"language: {language}", text), encoding="utf-8")
            added = run("silence", "add", "alertname=APIDown", "--duration", "15m", "--comment", "ACK! investigando",
                        "--yes", config=str(settings))
            acked = run("ack", fp, config=str(settings))
            assert added.returncode == acked.returncode == 2, (added.stderr, acked.stderr)
            refusal = added.stderr.strip()
            assert "APIDown" in refusal and b.url in refusal, refusal
            assert acked.stderr.strip() == refusal, (acked.stderr, refusal)
            assert not acked.stdout
        assert httpx.get(f"{a.url}/api/v2/silences", timeout=5).json() == []
