"""Review 75 BD5: ``handoff end`` with Alertmanager answering 401 (a real nginx with basic auth
before a real Alertmanager, the password changed on the server) marked the items taken from the
journal's last look "(as last seen: Alertmanager unreachable)", and the "Follow up X" ones not
at all. Every such item says it, and why: credentials are needed, as ``status`` says."""

from __future__ import annotations

import httpx
import pytest
from conftest import make_alert, silence
from nginx_proxy import NginxProxy
from test_login_cli import PASSWORD, cli

pytestmark = pytest.mark.desktop


def test_handoff_end_behind_a_login_refused_marks_every_item_as_needing_credentials(alertmanager, keyring_desktop,
                                                                                    tmp_path):
    alertmanager.post_alerts([make_alert("DiskFull", "critical"), make_alert("QueueBacklog", "warning")])
    silence(alertmanager, {"alertname": "DiskFull", "instance": "test:1", "severity": "critical"},
            author="alice", comment="ACK! olhando")
    env = keyring_desktop.env
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\nengineer: alice\n")
        login = cli(tmp_path, env, "login", "--username", "alice", "--password-stdin", stdin=PASSWORD + "\n")
        assert login.returncode == 0, login.stderr
        start = cli(tmp_path, env, "handoff", "start", "--confirm")
        assert start.returncode == 0, start.stderr
        assert cli(tmp_path, env, "status").returncode == 0  # the journal's last look: both fire
        proxy.set_password("alice", "changed-on-the-server")
        assert httpx.get(proxy.url + "/api/v2/status", timeout=10).status_code == 401
        for lang, mark in (("en_US.UTF-8", "(as last seen: credentials needed)"),
                           ("pt_BR.UTF-8", "(como visto por último: credenciais necessárias)")):
            end = cli(tmp_path, {**env, "LANGUAGE": lang.split(".")[0]}, "handoff", "end")
            assert end.returncode == 2, end.stderr
            items = [line for line in end.stdout.splitlines() if "DiskFull" in line or "QueueBacklog" in line]
            taken = [line for line in items if line.lstrip("-[ ] ").startswith(
                ("Follow up", "Acknowledge", "Acompanhar", "Reconhecer"))]
            assert len(taken) == 2 and all(line.endswith(mark) for line in taken), end.stdout
            assert "unreachable" not in end.stdout and "inacessível" not in end.stdout, end.stdout  # silences too
