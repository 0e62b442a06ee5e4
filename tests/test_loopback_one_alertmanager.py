"""The loopback's names are one host (fresh-user review 69 AI5): ``localhost`` in the settings
and ``127.0.0.1`` given with ``--alertmanager`` made two trays for one Alertmanager (the
single-instance key, ``instance.instance_key``, and the shift journal's rule for "the same
Alertmanager", ``journal_seen.follows_alertmanager``, compared host names as text). Only the
names: every address stays itself (code review 74 AL1: 127.0.0.2:9093 and 127.0.0.3:9093 are two
SSH tunnels or port-forwards to two clusters, ``[::1]`` another socket than 127.0.0.1; all were
taken for 127.0.0.1, the second never polled). And code review 72 AH13's loosened rule accepted
``--alertmanager b,<another Alertmanager>`` for a journal following the cluster [a, b]: a list
naming a member outside the cluster is refused."""

from __future__ import annotations

import sys

import pytest
from test_alertmanager_spelled_otherwise import on_shift
from test_cli import run
from test_cluster import cluster  # noqa: F401 (the fixture)
from test_escalate_cli import journal_dump
from test_handoff_members import refused_url
from test_single_instance import start_again
from tray_process import TrayProcess, wait_until

from oncall_tray.config import Config
from oncall_tray.config_urls import one_alertmanager, url_identity
from oncall_tray.instance import instance_key

ANOTHER = "Not recorded in the shift journal: it follows another Alertmanager ("
WHOLE = "Not recorded in the shift journal: it follows the whole cluster ("


@pytest.mark.parametrize("name", ["localhost", "LOCALHOST", "localhost.", "127.0.0.1", "localhost.localdomain",
                                  "LocalHost.LocalDomain", "localhost.localdomain."])
def test_the_loopback_names_are_127_0_0_1(name, tmp_path):
    settings = tmp_path / "config.yaml"
    assert url_identity(f"http://{name}:9093/") == url_identity("http://127.0.0.1:9093")
    assert instance_key(settings, [f"http://{name}:9093"]) == instance_key(settings, ["http://localhost:9093"])
    assert url_identity(f"http://{name}") == url_identity("http://localhost:80")  # the default ports filled
    assert url_identity(f"https://{name}") == url_identity("https://127.0.0.1:443")


@pytest.mark.parametrize("address", ["127.0.0.2", "127.0.0.3", "127.1.2.3", "127.53.0.1", "[::1]", "[::ffff:127.0.0.1]",
                                     "[0:0:0:0:0:0:0:1]", "localhost6", "ip6-localhost"])
def test_every_loopback_address_stays_itself(address, tmp_path):
    """Two SSH tunnels / ``kubectl port-forward --address`` on 127.0.0.2:9093 and 127.0.0.3:9093,
    or a server bound to 127.0.0.1 beside one bound to [::1], are two Alertmanagers (AL1)."""
    settings = tmp_path / "config.yaml"
    assert url_identity(f"http://{address}:9093") != url_identity("http://127.0.0.1:9093")
    assert url_identity(f"http://{address}:9093") != url_identity("http://localhost:9093")
    assert instance_key(settings, [f"http://{address}:9093"]) != instance_key(settings, ["http://localhost:9093"])
    assert not one_alertmanager([f"http://{address}:9093"], ["http://127.0.0.1:9093"])


def test_two_tunnels_on_one_port_are_two_members():
    """The reviewer's settings: both polled, none "listed twice"."""
    config = Config(alertmanager_url="http://127.0.0.2:9093", alertmanager_peers=("http://127.0.0.3:9093",))
    assert config.alertmanager_urls() == ("http://127.0.0.2:9093", "http://127.0.0.3:9093")
    assert not one_alertmanager(["http://127.0.0.2:9093"], ["http://127.0.0.3:9093"])
    assert url_identity("http://[::1]:9093") == "http://[::1]:9093"


def test_another_port_scheme_or_host_is_another_alertmanager(tmp_path):
    settings = tmp_path / "config.yaml"
    one = instance_key(settings, ["http://localhost:9093"])
    for other in ("http://localhost:9094", "https://localhost:9093", "http://127.0.0.1:443", "http://[::2]:9093",
                  "http://localhost.example.com:9093", "http://10.0.0.1:9093", "http://localhost:9093/am"):
        assert instance_key(settings, [other]) != one, other


def test_a_list_naming_a_member_outside_the_cluster_is_refused_as_another_alertmanager(cluster, tmp_path):  # noqa: F811
    a, b = cluster
    settings, fp = on_shift(cluster, tmp_path)
    unrelated = refused_url().replace("127.0.0.1", "localhost")
    for given in (f"{b.url},{unrelated}", f"{unrelated},{a.url}", f"{a.url},{b.url},{unrelated}"):
        refused = run("--alertmanager", given, "handoff", "note", fp, f"via {given}", config=settings)
        assert refused.returncode != 0 and ANOTHER in refused.stderr, (given, refused.stderr)
        assert not any(f"via {given}" in line for line in journal_dump())
    some = run("--alertmanager", b.url, "handoff", "note", fp, "one member", config=settings)
    assert some.returncode != 0 and WHOLE in some.stderr, some.stderr  # a subset: as today (review 68 AF8)
    named = lambda url: url.replace("127.0.0.1", "LocalHost.")  # noqa: E731
    for given in (f"{b.url}/,{a.url.replace('127.0.0.1', 'localhost')}", f"{named(b.url).upper()},{a.url}"):
        note = run("--alertmanager", given, "handoff", "note", fp, f"via {given}", config=settings)
        assert note.returncode == 0 and "Not recorded" not in note.stderr, (given, note.stderr)
        assert any(f"via {given}" in line for line in journal_dump())
    for given in (f"{a.url},{b.url.replace('127.0.0.1', '127.0.0.2')}", f"{a.url.replace('127.0.0.1', '[::1]')},{b.url}"):
        refused = run("--alertmanager", given, "handoff", "note", fp, f"via {given}", config=settings)
        assert refused.returncode != 0 and ANOTHER in refused.stderr, (given, refused.stderr)  # AL1: another socket


@pytest.mark.desktop
def test_loopback_names_one_tray(desktop, alertmanager, tmp_path):
    """A second start naming ``127.0.0.1`` joins the tray of ``localhost``; another port runs
    beside it. (A short name: the single-instance socket's path, in ``tmp_path``, must fit.)"""
    port = alertmanager.url.rpartition(":")[2]
    first = TrayProcess(desktop, f"http://localhost:{port}", tmp_path)
    try:
        wait_until(lambda: "system tray found" in first.output(), 15, "the first tray")
        again = start_again(first, "--alertmanager", f"http://127.0.0.1:{port}/")
        assert again.returncode == 0, again.stderr
        assert "oncall-tray runs already; its window was brought to the front" in again.stderr
        wait_until(lambda: "another start asked for the window" in first.output(), 5, "the first tray asked")
        other = refused_url().replace("127.0.0.1", "localhost")
        (tmp_path / "b").mkdir()
        beside = TrayProcess(desktop, other, tmp_path / "b", config=first.config, env=first.env,
                             command=[sys.executable, "-m", "oncall_tray", "--alertmanager", other])
        try:
            wait_until(lambda: "system tray found" in beside.output(), 15, "a second tray, another port")
            assert beside.process.poll() is None and first.process.poll() is None
        finally:
            beside.close()
    finally:
        first.close()
