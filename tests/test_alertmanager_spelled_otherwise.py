"""``--alertmanager`` naming the shift journal's own cluster with a member written another way
(code review 72 AH13): ``localhost`` for ``127.0.0.1``, another case, a final slash. Review 68
AF8 made every member the journal follows a must, matched by ``url_identity`` alone, which
cannot tell that ``localhost`` is ``127.0.0.1`` (only Alertmanager's answers can: ``alertmanager.
aliases``): the settings' own cluster was refused as "another Alertmanager", ``handoff note``
not recorded, ``status`` recording nothing. Some members only are still not the cluster
(AF8), and a tray given them says so as the command line does (AH12). A real gossiping pair on
loopback."""

from __future__ import annotations

import json

from conftest import make_alert, settings_file
from test_cli import run
from test_alertmanager_one_member import _followed
from test_cluster import cluster  # noqa: F401 (the fixture)
from test_escalate_cli import journal_dump

from oncall_tray.config import Config
from oncall_tray.config_urls import scope_identity
from oncall_tray.paths import Folders


def _localhost(url: str) -> str:
    return url.replace("127.0.0.1", "localhost")


def on_shift(cluster, tmp_path) -> tuple[str, str]:  # noqa: F811
    """A shift started on ``cluster`` (a gossiping pair, both listing APIDown), its journal
    following both: (the settings file, APIDown's fingerprint)."""
    a, b = cluster
    for member in cluster:
        member.post_alerts([make_alert("APIDown", "critical")])
    settings = settings_file(tmp_path, f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n")
    assert run("handoff", "start", "--confirm", config=settings).returncode == 0
    assert _followed() == sorted(scope_identity(u) for u in (a.url, b.url))
    return settings, json.loads(run("status", "--json", config=settings).stdout)["alerts"][0]["fingerprint"]


def test_the_cluster_given_with_a_member_written_otherwise_is_the_journals(cluster, tmp_path):  # noqa: F811
    a, b = cluster
    settings, fp = on_shift(cluster, tmp_path)
    for given in (f"{b.url}/,{_localhost(a.url)}", f"{_localhost(a.url).upper()},{b.url.upper()}"):
        note = run("--alertmanager", given, "handoff", "note", fp, f"via {given}", config=settings)
        assert note.returncode == 0 and "Not recorded" not in note.stderr, note.stderr
        assert any(f"via {given}" in line for line in journal_dump())  # the note recorded
        looked = run("--alertmanager", given, "status", config=settings)
        assert looked.returncode in (0, 3) and "Not recorded" not in looked.stderr, looked.stderr
    one = run("--alertmanager", b.url, "handoff", "note", fp, "one member", config=settings)
    assert one.returncode != 0 and "it follows the whole cluster (" in one.stderr, one.stderr  # AF8 still


def test_a_tray_given_the_cluster_written_otherwise_uses_the_journal_and_one_member_is_told_why_not(
        qtbot, cluster, tmp_path):  # noqa: F811
    from oncall_tray.ui.shift_controller import ShiftController

    a, b = cluster
    settings = settings_file(tmp_path, f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n")
    assert run("handoff", "start", "--confirm", config=settings).returncode == 0
    both = (a.url, b.url)
    whole = Config(alertmanager_url=_localhost(a.url), alertmanager_peers=(b.url + "/",), engineer="ana")
    given = ShiftController(whole, lambda notices: None, path=Folders.for_user().journal, given=True, folders=Folders.for_user())
    try:
        assert given.journal is not None and given.problem == ""
    finally:
        given.shutdown()
    part = Config(alertmanager_url=b.url, engineer="ana")
    given = ShiftController(part, lambda notices: None, path=Folders.for_user().journal, given=True, folders=Folders.for_user())
    try:  # review 72 AH12: it does follow the Alertmanager given, the whole cluster of it
        assert given.journal is None and given.problem == (
            f"The shift journal is not used by this tray: it follows the whole cluster ({', '.join(sorted(both))}), not only "
            f"the members given with --alertmanager ({b.url}). Its shift features are off, so that these alerts "
            "are not recorded as that shift's."), given.problem
    finally:
        given.shutdown()
