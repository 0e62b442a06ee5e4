"""``silence expire`` / ``extend`` of a silence no member answering holds, a member down (code
review 63A CA5): every "no such silence" became "held by the member that is down", also in one
cluster (where gossip gives the members answering every silence: one none of them holds does not
exist) and for an ID no Alertmanager ever had, in a sentence that contradicted itself ("It may be
held by one that does not answer: Held by Alertmanager X, which does not answer…"). Real
Alertmanagers on loopback: two not peered, and a two-member cluster; the command line run as
the engineer runs it."""

from __future__ import annotations

import uuid

from test_cli import run
from test_cluster import cluster  # noqa: F401 (the fixture)
from test_silence_holders_down import _cli_apart

_COMMANDS = (("silence", "expire"), ("silence", "extend", "--duration", "10m"))


def _of(command: tuple[str, ...], sid: str) -> list[str]:
    return [*command[:2], sid, *command[2:]]


def test_an_id_none_answering_holds_not_one_cluster_may_be_held_by_the_member_down(tmp_path):
    """Not one cluster, b down, an ID the shift journal never saw: b may hold it (made there
    after the journal last looked) or it may not exist: one sentence says so, not "Held by
    Alertmanager b" as a fact (exit 2 as before); in pt_BR too."""
    with _cli_apart(tmp_path) as (_a, b, settings, _):
        b.stop()
        sid = str(uuid.uuid4())
        for command in _COMMANDS:
            done = run(*_of(command, sid), config=str(settings))
            assert done.returncode == 2, (command, done.returncode, done.stderr)
            assert "Held by Alertmanager" not in done.stderr, done.stderr
            assert (f"Silence {sid} is held by no Alertmanager that answers: it may be held by Alertmanager {b.url}, "
                    "which does not answer (then it can be expired or extended once it answers again), or it may "
                    "not exist.") in done.stderr, done.stderr
        settings.write_text(settings.read_text(encoding="utf-8").replace("language: en", "language: pt_BR"),
                            encoding="utf-8")
        done = run("silence", "expire", sid, config=str(settings))
        assert done.returncode == 2, done.stderr
        assert "Está no Alertmanager" not in done.stderr, done.stderr
        assert (f"O silenciamento {sid} não está em nenhum Alertmanager que responde: pode estar no Alertmanager "
                f"{b.url}, que não responde") in done.stderr, done.stderr


def test_an_id_none_answering_holds_in_one_cluster_is_no_such_silence(cluster, tmp_path):  # noqa: F811
    """One cluster, a down: b has every silence (gossip), so an ID it lacks does not exist:
    Alertmanager's "no such silence" (exit 1, as with every member answering), not "held by a"; a short ID, "No silence has an ID
    that starts with …" (exit 1)."""
    a, b = cluster
    settings = tmp_path / "c.yaml"
    settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n", encoding="utf-8")
    a.stop()
    sid = str(uuid.uuid4())
    for command in _COMMANDS:
        done = run(*_of(command, sid), config=str(settings))
        assert done.returncode == 1, (command, done.returncode, done.stderr)
        assert "held by" not in done.stderr.lower() and a.url not in done.stderr, done.stderr
        assert "Alertmanager has no such silence (HTTP 404)" in done.stderr, done.stderr
        short = run(*_of(command, sid[:8]), config=str(settings))
        assert short.returncode == 1, (command, short.returncode, short.stderr)
        assert f"No silence has an ID that starts with '{sid[:8]}'" in short.stderr, short.stderr
