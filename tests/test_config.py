"""Settings: defaults, every kind of bad file, and the config subcommands."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from oncall_tray.config import Config, load_config
from oncall_tray.config_write import write_example


def test_defaults_are_the_guides_addresses(tmp_path):
    loaded = load_config(tmp_path / "missing.yaml")
    assert not loaded.exists and loaded.problems == ()
    config = loaded.config
    assert config.alertmanager_url == "http://localhost:9093"
    assert config.grafana_url == "http://localhost:3002"
    assert config.prometheus_url == "http://localhost:9090"
    assert config.jaeger_url == "http://localhost:16686"
    assert config.poll_interval == 15


def test_example_written_by_init_loads_without_problems(tmp_path):
    path = write_example(tmp_path / "sub" / "config.yaml")
    loaded = load_config(path)
    assert loaded.problems == ()
    assert loaded.config.poll_interval == Config().poll_interval
    with pytest.raises(FileExistsError):
        write_example(path)


def test_malformed_yaml_gives_defaults_and_the_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("poll_interval: 5\nfilter: [unclosed\nengineer: ana\n", encoding="utf-8")
    loaded = load_config(path)
    assert loaded.config == Config()
    (problem,) = loaded.problems
    assert problem.line is not None and problem.line >= 2
    assert "not valid YAML" in problem.message


def test_every_bad_value_is_named_with_key_and_line_and_the_rest_applies(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(
        "engineer: ana\n"
        "poll_interval: fast\n"
        "alertmanager_url: localhost:9093\n"
        "filter: ['severity=~\"(\"']\n"
        "severity_synonyms: {sev1: urgent}\n"
        "language: fr\n"
        "colour: blue\n"
        "grafana_url: https://grafana.example.com\n", encoding="utf-8")
    loaded = load_config(path)
    found = {(p.key, p.line) for p in loaded.problems}
    assert found == {("poll_interval", 2), ("alertmanager_url", 3), ("filter", 4),
                     ("severity_synonyms", 5), ("language", 6), ("colour", 7)}
    assert loaded.config.engineer == "ana"
    assert loaded.config.grafana_url == "https://grafana.example.com"
    assert loaded.config.poll_interval == 15 and loaded.config.alertmanager_url == "http://localhost:9093"


@pytest.mark.parametrize("urls, reasons, watched", [
    ('["http://127.0.0.1:19393", 7]', ["item 2 of the list (7): not text"], ("http://127.0.0.1:19393",)),
    ('["http://a:9093", "localhost:9094", "ftp://b"]',
     ["item 2 of the list (localhost:9094): must be an http:// or https:// URL with a host",
      "item 3 of the list (ftp://b): must be an http:// or https:// URL with a host"], ("http://a:9093",)),
    ('["ftp://b", "http://a:9093"]', ["item 1 of the list (ftp://b): must be an http:// or https:// URL with a host"],
     ("http://a:9093",)),
    ("[]", ["the list is empty"], ("http://localhost:9093",)),
    ('["ftp://b"]', ["item 1 of the list (ftp://b): must be an http:// or https:// URL with a host"],
     ("http://localhost:9093",)),
])
def test_a_bad_item_of_an_alertmanager_url_list_is_named_and_the_good_ones_are_watched(tmp_path, urls, reasons,
                                                                                      watched):
    # fresh-user reviews: named as "alertmanager_peers: item 1" (the item before the bad one), then
    # one typo in an HA list left only the default localhost:9093 watched
    path = tmp_path / "config.yaml"
    path.write_text(f"engineer: ana\nalertmanager_url: {urls}\n", encoding="utf-8")
    loaded = load_config(path)
    assert [(p.key, p.line, p.reason.text()) for p in loaded.problems] == [("alertmanager_url", 2, r) for r in reasons]
    assert loaded.config.alertmanager_urls() == watched
    good = tmp_path / "good.yaml"
    good.write_text('alertmanager_url: ["http://a:9093", "http://b:9093"]\nalertmanager_peers: ["http://c:9093"]\n')
    assert load_config(good).config.alertmanager_urls() == ("http://a:9093", "http://b:9093", "http://c:9093")


@pytest.mark.parametrize("text, problem, watched", [
    ("alertmanager_url: http://a:9093\nalertmanager_peers: [http://a:9093]\n",
     ("alertmanager_peers", 2, "http://a:9093 is listed twice: list each Alertmanager once"), ("http://a:9093",)),
    ("alertmanager_url: http://a:9093\nalertmanager_peers: [http://b:9093, http://b:9093]\n",
     ("alertmanager_peers", 2, "http://b:9093 is listed twice: list each Alertmanager once"),
     ("http://a:9093", "http://b:9093")),
    ("alertmanager_url: http://a:9093\nalertmanager_peers:\n  - http://b:9093\n  - HTTP://A:9093/\n",
     ("alertmanager_peers", 2, "HTTP://A:9093/ is listed twice (the same Alertmanager as http://a:9093): "
                               "list each Alertmanager once"), ("http://a:9093", "http://b:9093")),
    ("alertmanager_url: [https://a, https://a:443/, http://a]\n",
     ("alertmanager_url", 1, "https://a:443/ is listed twice (the same Alertmanager as https://a): "
                             "list each Alertmanager once"), ("https://a", "http://a")),
    ("alertmanager_url: http://a/am/\nalertmanager_peers: [http://a:80/am]\n",
     ("alertmanager_peers", 2, "http://a:80/am is listed twice (the same Alertmanager as http://a/am/): "
                               "list each Alertmanager once"), ("http://a/am",)),
])
def test_the_same_alertmanager_listed_twice_is_named_and_watched_once(tmp_path, text, problem, watched):
    # found by a fresh-user review: config check passed alertmanager_url: http://a:9093 with
    # alertmanager_peers: [http://a:9093] without a word (scheme, host, port and path compared)
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_config(path)
    assert [(p.key, p.line, p.reason.text()) for p in loaded.problems] == [problem]
    assert not loaded.problems[0].uses_default  # the other URLs are watched, not the default
    assert loaded.config.alertmanager_urls() == watched


def test_alertmanagers_on_other_ports_or_paths_are_not_the_same(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("alertmanager_url: http://a:9093\nalertmanager_peers: [http://a:9094, http://a:9093/am, "
                    "https://a:9093, http://b:9093]\n", encoding="utf-8")
    assert load_config(path).problems == ()


@pytest.mark.parametrize("line, reason", [
    ("notification_summary_threshold: 2.5", "must be a whole number, not a number with a fraction"),
    ("request_timeout: 1e400", "the number is too large"),
    ('prometheus_url: "http://127.0.0.1:19393 extra"', "the port must be a number from 1 to 65535"),
    ("prometheus_url: http://127.0.0.1:99999", "the port must be a number from 1 to 65535"),
    ("prometheus_url: http://127.0.0.1:0", "the port must be a number from 1 to 65535"),
    ('prometheus_url: "http://exa mple.com"', "must not contain spaces"),
    # review 54 M11: a paste's spaces read "the port must be a number from 1 to 65535"
    ('alertmanager_url: " https://localhost:19354 "', "has spaces before or after the address: remove them"),
])
def test_odd_values_get_a_sentence_of_their_own(tmp_path, line, reason):
    path = tmp_path / "config.yaml"
    path.write_text(line + "\n", encoding="utf-8")
    assert [p.reason.text() for p in load_config(path).problems] == [reason]


@pytest.mark.parametrize("value", ['""', '"   "'])
def test_an_empty_engineer_is_named_and_the_login_name_signs(tmp_path, value):
    """Review 15: `engineer: ""` passed `config check`, then every acknowledgement was refused."""
    from oncall_tray.config_example import default_engineer

    path = tmp_path / "config.yaml"
    path.write_text(f"poll_interval: 30\nengineer: {value}\n", encoding="utf-8")
    loaded = load_config(path)
    assert [(p.key, p.line, p.reason.text()) for p in loaded.problems] == [
        ("engineer", 2, "must not be empty: it signs acknowledgements and silences")]
    assert loaded.config.engineer == default_engineer() and loaded.config.poll_interval == 30


@pytest.mark.parametrize("value, code", [('"Ana\\0"', "0000"), ('"Ana\\x07"', "0007"), ('"Ana\\u0085"', "0085")])
def test_a_control_character_in_the_engineer_is_named(tmp_path, value, code):
    """Review 39: ``engineer: "Ana\\0"`` passed ``config check``, and the NUL would sign silences."""
    path = tmp_path / "config.yaml"
    path.write_text(f"poll_interval: 30\nengineer: {value}\n", encoding="utf-8")
    assert [(p.key, p.line, p.reason.text()) for p in load_config(path).problems] == [
        ("engineer", 2, f"holds a control character (U+{code}): it would sign silences with it")]


@pytest.mark.parametrize(("line", "reason"), [
    ("severity_synonyms: {critical: info, sev1: critical}",
     "critical is a severity itself: only other values can be its synonyms"),
    ("severity_synonyms: {Warning: critical}", "Warning is a severity itself: only other values can be its synonyms"),
    ('severity_synonyms: {"": critical}', "an empty value cannot be a synonym (: critical)"),
])
def test_a_severity_cannot_be_made_another_nor_an_empty_value_a_synonym(tmp_path, line, reason):
    """Review 16: `critical: info` passed `config check`, and every critical alert was counted as
    info (no red icon, no SLA clock, no red flag)."""
    from oncall_tray.core.severity import Severity, SeverityMap

    path = tmp_path / "config.yaml"
    path.write_text(line + "\n", encoding="utf-8")
    loaded = load_config(path)
    assert [(p.key, p.line, p.reason.text()) for p in loaded.problems] == [("severity_synonyms", 1, reason)]
    assert SeverityMap(loaded.config.severity_synonyms).of_value("critical") is Severity.CRITICAL


def test_contacts_need_a_role_and_a_way_to_reach_them(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text('contacts:\n  Tech Lead: "Ana - +55 11 99999-0000"\n  SRE: ""\n', encoding="utf-8")
    loaded = load_config(path)
    assert [(p.key, p.reason.text()) for p in loaded.problems] == [("contacts", "SRE: how to reach them is empty")]
    assert loaded.config.contacts == {}  # the setting's default while it is wrong
    path.write_text('contacts:\n  Tech Lead: "Ana - +55 11 99999-0000"\n', encoding="utf-8")
    assert load_config(path).config.contacts == {"Tech Lead": "Ana - +55 11 99999-0000"}


def test_alertname_cannot_be_a_volatile_label(tmp_path):
    """Review 16: `volatile_labels: [alertname, instance]` passed config check; one acknowledgement
    then silenced seven alerts of other names."""
    path = tmp_path / "config.yaml"
    path.write_text("volatile_labels: [alertname, instance]\n", encoding="utf-8")
    loaded = load_config(path)
    assert [(p.key, p.line, p.reason.text()) for p in loaded.problems] == [
        ("volatile_labels", 1, "must not hold alertname: an acknowledgement is of the alert it names")]
    assert "alertname" not in loaded.config.volatile_labels


def test_a_receiver_alertmanager_cannot_compile_and_every_bad_filter_matcher_are_named(tmp_path):
    """``receiver`` is a regular expression to Alertmanager (Go RE2): one that does not
    compile made every poll fail with a 400 while ``config check`` said OK."""
    path = tmp_path / "config.yaml"
    path.write_text("receiver: \"(\"\nfilter: ['alertname=~\"[\"', '{bad']\nengineer: ana\n", encoding="utf-8")
    loaded = load_config(path)
    found = {p.key: (p.line, p.message) for p in loaded.problems}
    assert set(found) == {"receiver", "filter"}
    assert found["receiver"][0] == 1 and "regular expression" in found["receiver"][1]
    assert "'alertname=~\"[\"'" in found["filter"][1] and "{bad" in found["filter"][1]
    assert loaded.config.receiver == "" and loaded.config.engineer == "ana"
    for lookahead in ("team-(?=a)", "x\\1"):
        path.write_text(f"receiver: '{lookahead}'\n", encoding="utf-8")
        assert [p.key for p in load_config(path).problems] == ["receiver"], lookahead
    path.write_text("receiver: 'team-(a|b)'\n", encoding="utf-8")
    assert load_config(path).problems == ()


def test_a_setting_written_twice_is_named_with_both_lines(tmp_path):
    """YAML keeps the last of two equal keys without a word; the engineer who edited the first
    one would wonder why nothing changed."""
    path = tmp_path / "config.yaml"
    path.write_text("engineer: ana\npoll_interval: 5\ngrafana_url: http://g:3000\npoll_interval: 30\n", encoding="utf-8")
    loaded = load_config(path)
    (problem,) = loaded.problems
    assert (problem.key, problem.line) == ("poll_interval", 4)
    assert "line 2" in problem.message and "last" in problem.message
    assert loaded.config.poll_interval == 30 and loaded.config.engineer == "ana"
    done = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(path), "config", "check"],
                          capture_output=True, text=True, timeout=60, env={**os.environ, "LANG": "pt_BR.UTF-8",
                                                                           "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""})
    assert done.returncode == 0  # a warning: the last value is used (review 61 W3)
    assert "poll_interval" in done.stderr + done.stdout and "linha 2" in done.stderr + done.stdout
    path.write_text("severity_synonyms:\n  sev1: critical\n  sev1: warning\n", encoding="utf-8")
    (nested,) = load_config(path).problems  # inside a mapping too, named by its path
    assert (nested.key, nested.line) == ("severity_synonyms.sev1", 3) and "line 2" in nested.message


@pytest.mark.parametrize("text", ["- a\n- b\n", "just text\n", "42\n"])
def test_a_file_that_is_not_a_mapping(tmp_path, text):
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_config(path)
    assert loaded.config == Config() and len(loaded.problems) == 1


def test_unreadable_and_binary_files(tmp_path):
    folder = tmp_path / "dir.yaml"
    folder.mkdir()
    assert "cannot read" in load_config(folder).problems[0].message
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert load_config(binary).problems


def test_empty_file_is_fine(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("", encoding="utf-8")
    assert load_config(path).problems == ()


def cli(*args):
    return subprocess.run([sys.executable, "-m", "oncall_tray", *args], capture_output=True, text=True, timeout=30)


def test_config_subcommands(tmp_path):
    path = tmp_path / "c.yaml"
    where = cli("--config", str(path), "config", "path")
    assert where.returncode == 0 and where.stdout.strip() == str(path) and where.stderr == ""  # (review 39: it crashed)
    assert cli("--config", str(path), "config", "init").returncode == 0
    where = cli("--config", str(path), "config", "path")
    assert where.returncode == 0 and where.stdout.strip() == str(path) and where.stderr == ""
    assert cli("--config", str(path), "config", "init").returncode == 1  # no overwrite
    ok = cli("--config", str(path), "config", "check")
    assert ok.returncode == 0 and "OK" in ok.stdout
    path.write_text("poll_interval: 0\nreceiver: 3\n", encoding="utf-8")
    bad = cli("--config", str(path), "config", "check")
    assert bad.returncode == 1
    assert "line 1: poll_interval: must be between" in bad.stdout
    assert "line 2: receiver: must be text, not a whole number" in bad.stdout
    assert bad.stdout.count("\n") == 2


def test_status_warns_about_a_bad_file_and_goes_on(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("poll_interval: [\n", encoding="utf-8")
    result = cli("--config", str(path), "--alertmanager", "http://127.0.0.1:1", "status")
    assert result.returncode == 2
    # review 32: "(using the default)" read as one setting; the whole file was dropped
    assert "not valid YAML" in result.stderr and "(every setting has its default)" in result.stderr


def test_only_settings_that_fell_back_say_using_the_default(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("poll_interval: 5\npoll_interval: 7\nfoo: 1\ngrafana_url: http://u:p@grafana:3000\n"
                    "request_timeout: 0\n", encoding="utf-8")
    result = cli("--config", str(path), "--alertmanager", "http://127.0.0.1:1", "status")
    lines = result.stderr.splitlines()
    assert lines[0].endswith("line 2: poll_interval: written twice (also on line 1): the last one counts")
    assert lines[1].endswith("line 3: foo: unknown setting")
    # Grafana's password is not for `oncall-tray login`, which logs in to Alertmanager only
    assert lines[2].endswith("line 4: grafana_url: must not hold a password "
                             "(using the default)")
    assert lines[3].endswith("(using the default)") and "request_timeout" in lines[3]


@pytest.mark.parametrize("text, shown", [
    ("alertmanager_url:\n  - http://127.0.0.1:1\n  - http://alice:S3cretPass@127.0.0.1:2\n",
     "line 1: alertmanager_url: item 2 of the list (http://alice:***@127.0.0.1:2): must not hold a password: use "
     "`oncall-tray login` (the OS keyring) instead"),  # left out, the other watched: not "(using the default)"
    ("alertmanager_url: http://127.0.0.1:1\nalertmanager_peers: ['http://alice:S3cretPass@127.0.0.1:2']\n",
     "line 2: alertmanager_peers: http://alice:***@127.0.0.1:2: must not hold a password: use `oncall-tray login` "
     "(the OS keyring) instead"),
    ("alertmanager_url: 'http://127.0.0.1:1/?token=S3cretPass&x=1'\n",
     "line 1: alertmanager_url: must not hold a query or a fragment (?token=***&x=***): give the address without "
     "them"),
])
def test_a_secret_in_a_url_is_never_printed(tmp_path, text, shown):
    """Review 42 F2: a password in an item of a list of Alertmanagers or in a peer, a token in a
    query string, were printed whole by ``config check`` and on every command's stderr."""
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    checked = cli("--config", str(path), "config", "check")
    used = cli("--config", str(path), "status")
    for result in (checked, used):
        assert "S3cret" not in result.stdout + result.stderr
    assert checked.stdout.strip().endswith(shown) or checked.stderr.strip().endswith(shown), checked
    assert any(shown in line for line in used.stderr.splitlines()), used.stderr


@pytest.mark.parametrize("option", [["--config", ""], ["--config="]])
def test_an_empty_config_option_is_a_usage_error_not_the_current_folder(option):
    result = cli(*option, "config", "check")
    assert result.returncode == 1
    assert "argument --config: no path given" in result.stderr and "cannot read" not in result.stderr


def _as_unprivileged(*args):
    """``cli`` without root's power to write anywhere (``setpriv`` drops the capability when the
    tests run as root), so that a folder's permissions apply as they do to an engineer."""
    import os

    prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, sys.executable, "-m", "oncall_tray", *args], capture_output=True, text=True,
                          timeout=30)


def test_a_settings_file_that_cannot_be_read_is_said_in_the_systems_words(tmp_path):
    """Review 24: "cannot read the file: [Errno 13] Permission denied: 'inputs/cfg.yaml'"."""
    path = tmp_path / "config.yaml"
    path.write_text("poll_interval: 15\n", encoding="utf-8")
    path.chmod(0o000)
    result = _as_unprivileged("--config", str(path), "config", "check")
    assert result.returncode == 1, result
    assert "cannot read the file: permission denied" in result.stdout + result.stderr, result
    assert "Errno" not in result.stdout + result.stderr


def test_config_init_where_a_parent_folder_is_a_file(tmp_path):
    (tmp_path / "notes").write_text("not a folder", encoding="utf-8")
    for path in (tmp_path / "notes" / "config.yaml", tmp_path / "notes" / "deeper" / "config.yaml"):
        for force in ((), ("--force",)):
            result = cli("--config", str(path), "config", "init", *force)
            assert result.returncode == 1, result
            assert result.stderr.strip() == (f"oncall-tray: cannot create {path}: {tmp_path / 'notes'} is a file, "
                                             "not a folder."), result.stderr
    assert (tmp_path / "notes").read_text(encoding="utf-8") == "not a folder"


def test_config_init_in_a_folder_without_write_permission(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        for path, where in ((folder / "config.yaml", folder), (folder / "sub" / "config.yaml", folder)):
            result = _as_unprivileged("--config", str(path), "config", "init")
            assert result.returncode == 1, result
            assert result.stderr.strip() == f"oncall-tray: cannot create {path}: permission denied in {where}.", \
                result.stderr
            assert not path.exists()
    finally:
        folder.chmod(0o755)


def test_config_init_force_keeps_the_old_file_aside(tmp_path):
    """Review 38 F9: ``config init --force`` replaced the engineer's file, comments and
    Alertmanager address with it, and kept nothing."""
    path = tmp_path / "mine.yaml"
    mine = "alertmanager_url: http://127.0.0.1:19148\n# my precious comment\n"
    kept = []
    for _ in range(2):  # twice within a second: a second copy, the first kept as it was
        path.write_text(mine, encoding="utf-8")
        result = cli("--config", str(path), "config", "init", "--force")
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(path)
        copy = sorted(set(tmp_path.glob("mine.yaml.bak-*")) - set(kept))[0]
        assert copy.name.startswith("mine.yaml.bak-20") and copy.read_text(encoding="utf-8") == mine
        assert result.stderr == f"oncall-tray: The file it replaces was kept as {copy}.\n"
        assert "precious" not in path.read_text(encoding="utf-8")
        kept.append(copy)
    new = tmp_path / "new.yaml"
    made = cli("--config", str(new), "config", "init", "--force")  # nothing to keep
    assert made.returncode == 0 and made.stderr == "" and not list(tmp_path.glob("new.yaml.bak-*"))


def test_config_init_on_a_folder(tmp_path):
    for force in ((), ("--force",)):
        result = cli("--config", str(tmp_path), "config", "init", *force)
        assert result.returncode == 1
        assert result.stderr.strip() == f"oncall-tray: cannot create {tmp_path}: it is a folder, not a file.", \
            result.stderr


def test_saving_settings_under_a_file_says_which_parent_is_a_file(tmp_path):
    import pytest

    from oncall_tray.config_write import UnwritablePath, save_settings

    (tmp_path / "notes").write_text("", encoding="utf-8")
    with pytest.raises(UnwritablePath) as caught:
        save_settings(tmp_path / "notes" / "config.yaml", {"engineer": "ana"})
    assert str(caught.value) == f"cannot create {tmp_path / 'notes' / 'config.yaml'}: {tmp_path / 'notes'} is a file, " \
                                "not a folder."


def test_a_named_settings_file_that_does_not_exist(tmp_path):
    typo = tmp_path / "conifg.yaml"
    assert load_config(typo).problems == ()  # the default path missing is normal: no problem
    assert [p.message for p in load_config(typo, named=True).problems] == [
        "the file does not exist; every setting has its default"]
    refusal = (f"oncall-tray: settings file {typo} does not exist: check --config, or create it with "
               f"oncall-tray --config {typo} config init")
    for command in (("status",), ("ack", "abcdef12"), ("silence", "list"), ("config", "check"), ("logout",),
                    ("autostart", "on")):
        result = cli("--config", str(typo), "--alertmanager", "http://127.0.0.1:1", *command)
        assert (result.returncode, result.stderr.strip(), result.stdout) == (1, refusal, ""), command
    assert cli("--config", str(typo), "config", "path").stdout.strip() == str(typo)
    assert cli("--config", str(typo), "config", "init").returncode == 0 and typo.is_file()
    assert cli("--config", str(typo), "config", "check").returncode == 0


def test_a_query_or_a_fragment_in_an_address_is_a_problem(tmp_path):
    """Review 38 F11: ``config check`` said OK to ``alertmanager_url: http://127.0.0.1:19148?x=1#frag``,
    which every request then used as its base (an HTML page, a 404)."""
    path = tmp_path / "u.yaml"
    path.write_text("alertmanager_url: http://127.0.0.1:19148?x=1#frag\n"
                    "alertmanager_peers: ['http://127.0.0.1:19149/?']\n"
                    "grafana_url: http://localhost:3002/#/dashboards\n"
                    "prometheus_url: http://localhost:9090\n", encoding="utf-8")
    check = cli("--config", str(path), "config", "check")
    assert check.returncode == 1
    assert check.stdout.splitlines() == [
        f"{path}: line 1: alertmanager_url: must not hold a query or a fragment (?x=***#frag): give the address without "
        "them",
        f"{path}: line 2: alertmanager_peers: http://127.0.0.1:19149/?: must not hold a query or a fragment (?): give "
        "the address without them",
        f"{path}: line 3: grafana_url: must not hold a query or a fragment (#/dashboards): give the address without "
        "them"], check.stdout
    for option in ("--alertmanager", "--prometheus"):
        given = cli("--config", str(path), option, "http://127.0.0.1:19148/#x", "status")
        assert given.returncode == 1
        assert given.stderr == (f"oncall-tray: {option} http://127.0.0.1:19148/#x: must not hold a query or a fragment "
                                "(#x): give the address without them\n"), given.stderr


def test_config_check_names_contradictory_sla_settings(tmp_path):
    """Fresh-user review: respond 20 min against resolve 15, L3 at 10 min before L2 at 15: the
    check said no problems."""
    path = tmp_path / "c.yaml"
    path.write_text("sla_critical_respond_minutes: 20\nsla_critical_l3_after_minutes: 10\n", encoding="utf-8")
    done = cli("--config", str(path), "config", "check")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "line 1: sla_critical_respond_minutes: must not be more than sla_critical_resolve_minutes (15)" in output
    assert "line 2: sla_critical_l3_after_minutes: must be more than sla_critical_l2_after_minutes (15)" in output


def test_the_systems_reasons_are_said_in_the_engineers_language(tmp_path):
    """Review 42 F6: "não foi possível ler o arquivo: Permission denied", "Not a directory",
    "não é uma URL válida: Invalid IPv6 URL"."""
    from oncall_tray.config import load_config
    from oncall_tray.config_urls import check_url
    from oncall_tray.i18n import translator

    (tmp_path / "file").write_text("", encoding="utf-8")
    (problem,) = load_config(tmp_path / "file" / "c.yaml").problems
    pt = translator("pt_BR")
    assert problem.text() == "cannot read the file: a part of its path is a file, not a folder"
    assert problem.text(pt) == "não foi possível ler o arquivo: uma parte do caminho é um arquivo, não uma pasta"
    assert check_url("http://[::1").text(pt) == (
        "não é uma URL válida: um [ sem o seu ] (um endereço IPv6 se escreve [::1])")


@pytest.mark.parametrize("written, language", [("pt-BR", "pt_BR"), ("pt_br", "pt_BR"), ("PT", "pt_BR"),
                                               ("en_US", "en"), ("en-GB", "en"), ("pt_BR", "pt_BR"), ("", "")])
def test_the_usual_spellings_of_a_shipped_language_are_taken(tmp_path, written, language):
    """Review 42 F15: ``language: pt-BR`` was refused."""
    path = tmp_path / "c.yaml"
    path.write_text(f"language: '{written}'\n", encoding="utf-8")
    loaded = load_config(path)
    assert (loaded.problems, loaded.config.language) == ((), language)


def test_an_alertmanager_address_with_the_apis_path_is_refused_with_a_hint():
    """Review 42 F13: ``--alertmanager http://am:9093/api/v2`` gave "not found — path
    /api/v2/api/v2/status was not found"."""
    from oncall_tray.config_urls import check_url

    for url in ("http://am:9093/api/v2", "http://am:9093/alertmanager/api/v2/", "http://am:9093/api/v1"):
        assert check_url(url).text().startswith("ends in /api/v"), url
    assert check_url("http://am:9093/alertmanager") is None
    assert check_url("http://prometheus:9090/api/v1", alertmanager=False) is None  # another service's address


def test_every_bad_peer_is_named_at_once(tmp_path):
    """Review 44 F10: ``config check`` named the first bad peer only, the next one once it was fixed."""
    path = tmp_path / "c.yaml"
    path.write_text('alertmanager_url: http://127.0.0.1:9093\n'
                    'alertmanager_peers: ["http://a:P1@h1:9093", "http://h2:9093", "ftp://h3", "http://h4/?t=x"]\n',
                    encoding="utf-8")
    (problem,) = load_config(path).problems
    assert problem.text() == (
        "line 2: alertmanager_peers: http://a:***@h1:9093: must not hold a password: use `oncall-tray login` (the OS "
        "keyring) instead; ftp://h3: must be an http:// or https:// URL with a host; http://h4/?t=***: must not hold "
        "a query or a fragment (?t=***): give the address without them")


def test_the_keyring_entry_of_an_address_is_found_whatever_the_case_of_its_scheme_and_host():
    """Review 54 M11: ``alertmanager_url: HTTPS://LOCALHOST:19354`` passed ``config check``, then
    the login stored for https://localhost:19354 was not found ("credentials needed")."""
    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.secrets import SecretStore

    store = SecretStore(None, "no keyring in this test")
    store.store_credentials("https://localhost:19354", Credentials("basic", "alice", "pw"))
    assert store.credentials("HTTPS://LOCALHOST:19354/", "basic", "alice").secret == "pw"
    assert store.credentials("https://localhost:19354/Path", "basic", "alice") is None  # a path's case counts


def test_config_check_shows_a_key_written_twice_as_a_warning_and_exits_0(tmp_path):
    """Review 61 W3: "written twice …: the last one counts" is a warning (the file is used, its
    last value, by the tray and the commands alike): ``config check`` says it and exits 0; a
    real problem beside it still exits 1."""
    path = tmp_path / "config.yaml"
    path.write_text("contacts: {}\nengineer: ana\ncontacts:\n  SRE: Diego\n", encoding="utf-8")
    for lang, said, ok in (("C.UTF-8", "line 3: contacts: written twice (also on line 1): the last one counts",
                            "OK, with the warnings above (the file is used as written)"),
                           ("pt_BR.UTF-8", "linha 3: contacts: escrito duas vezes (também na linha 1): vale o último",
                            "OK, com os avisos acima (o arquivo é usado como está escrito)")):
        done = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(path), "config", "check"],
                              capture_output=True, text=True, timeout=60,
                              env={**os.environ, "LANG": lang, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""})
        assert done.returncode == 0, done
        assert done.stdout == f"{path}: {said}\n{path}: {ok}\n", done.stdout
    path.write_text("contacts: {}\ncontacts: {}\npoll_interval: -1\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(path), "config", "check"],
                          capture_output=True, text=True, timeout=60, env={**os.environ, "LANG": "C.UTF-8"})
    assert done.returncode == 1 and "written twice" in done.stdout and "poll_interval" in done.stdout
    assert "OK" not in done.stdout
