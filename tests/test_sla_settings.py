"""The SLA settings: defaults are the guide's, every bad value is named with key and line, and
the time zone is an IANA name or the system's."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import tzlocal

from oncall_tray import sla_settings
from oncall_tray.config import Config, load_config
from oncall_tray.core.sla import SlaPolicy, Targets


def test_defaults_make_the_guides_policy():
    policy = Config(timezone="America/Sao_Paulo").sla_policy()
    default = SlaPolicy()
    assert (policy.critical, policy.warning, policy.info) == (default.critical, default.warning, default.info)
    assert policy.business.days == frozenset(range(5))
    assert (policy.business.opens, policy.business.closes) == (dt.time(9), dt.time(18))
    assert policy.business.zone == ZoneInfo("America/Sao_Paulo")


def test_values_from_the_file(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(
        "sla_critical_respond_minutes: 3\n"
        "sla_critical_resolve_minutes: 0\n"
        "sla_warning_l2_after_minutes: 45\n"
        "business_days: [seg, ter, qua, qui, sex, sáb]\n"
        "business_hours: '08:30-17:00'\n"
        "timezone: Europe/Berlin\n", encoding="utf-8")
    loaded = load_config(path)
    assert loaded.problems == ()
    policy = loaded.config.sla_policy()
    assert policy.critical.respond == dt.timedelta(minutes=3) and policy.critical.resolve is None
    assert policy.warning == Targets(dt.timedelta(minutes=15), dt.timedelta(minutes=30), dt.timedelta(minutes=45))
    assert policy.business.days == frozenset(range(6))
    assert policy.business.opens == dt.time(8, 30) and policy.business.zone == ZoneInfo("Europe/Berlin")


def test_every_bad_sla_value_is_named_with_key_and_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(
        "sla_critical_respond_minutes: -1\n"
        "sla_warning_resolve_minutes: 20000\n"
        "sla_critical_l3_after_minutes: soon\n"
        "business_days: [mon, funday]\n"
        "business_hours: '18:00-09:00'\n"
        "timezone: Mars/Olympus_Mons\n"
        "sla_critical_l2_after_minutes: 20\n"
        "business_days_off: [sun]\n", encoding="utf-8")
    loaded = load_config(path)
    found = {(p.key, p.line) for p in loaded.problems}
    assert found == {("sla_critical_respond_minutes", 1), ("sla_warning_resolve_minutes", 2),
                     ("sla_critical_l3_after_minutes", 3), ("business_days", 4), ("business_hours", 5),
                     ("timezone", 6), ("business_days_off", 8)}
    messages = {p.key: p.message for p in loaded.problems}
    assert "funday" in messages["business_days"]
    assert "America/Sao_Paulo" in messages["timezone"]
    assert loaded.config.sla_critical_l2_after_minutes == 20
    assert loaded.config.sla_critical_respond_minutes == 5  # the default stays for a bad value
    loaded.config.sla_policy()  # what was kept makes a valid policy


@pytest.mark.parametrize("text", ["9-18", "09:00", "25:00-26:00", "09:00-09:00", "9:00 - 18:00x"])
def test_business_hours_shapes(text):
    with pytest.raises(ValueError):
        sla_settings.parse_hours(text)


def test_business_hours_accepts_spaces_and_one_digit_hours():
    assert sla_settings.parse_hours(" 9:00 - 18:30 ") == (dt.time(9), dt.time(18, 30))


def test_day_names():
    assert sla_settings.parse_days(["Monday", "TUE", "qua", "sáb", "sab", "sun"]) == frozenset({0, 1, 2, 5, 6})
    with pytest.raises(ValueError):
        sla_settings.parse_days([])



@pytest.mark.parametrize("name, day", [
    ("segunda", 0), ("Segunda-Feira", 0), ("terça", 1), ("terca", 1), ("TERÇA-FEIRA", 1), ("quarta", 2),
    ("quarta-feira", 2), ("quinta", 3), ("sexta", 4), ("Sexta-feira", 4), ("sábado", 5), ("sabado", 5),
    ("SÁBADO", 5), ("domingo", 6), ("Domingo", 6), ("monday", 0), ("Tuesday", 1), ("WEDNESDAY", 2),
    ("thursday", 3), ("friday", 4), ("saturday", 5), ("sunday", 6), ("Sáb", 5), ("TÉR", 1),
])
def test_full_day_names_in_portuguese_and_english(name, day):
    # fresh-user review: "business_days: [sab, Seg, segunda]" was refused ("dia desconhecido 'segunda'")
    assert sla_settings.parse_days([name]) == frozenset({day})
    assert sla_settings.canonical_days([name]) == (sla_settings.DAY_KEYS[day],)


def test_full_day_names_in_the_file_are_saved_short(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("business_days: [sab, Seg, segunda, Terça-feira, domingo]\n", encoding="utf-8")
    loaded = load_config(path)
    assert loaded.problems == ()
    assert loaded.config.sla_policy().business.days == frozenset({0, 1, 5, 6})
    assert sla_settings.canonical_days(loaded.config.business_days) == ("sat", "mon", "mon", "tue", "sun")
    with pytest.raises(ValueError):
        sla_settings.parse_days(["segundo"])

@pytest.fixture
def system_tz(monkeypatch):
    """Set the system's zone through TZ for tzlocal (which caches it) and put it back after."""
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        tzlocal.reload_localzone()
    yield set_zone
    monkeypatch.undo()
    tzlocal.reload_localzone()


def test_empty_timezone_is_the_systems_iana_zone(system_tz):
    system_tz("America/Sao_Paulo")
    zone = sla_settings.zone_from_setting("")
    assert zone == ZoneInfo("America/Sao_Paulo")
    assert Config().sla_policy().business.zone == ZoneInfo("America/Sao_Paulo")
    assert sla_settings.zone_from_setting("Europe/Berlin") == ZoneInfo("Europe/Berlin")
    with pytest.raises(ValueError):
        sla_settings.zone_from_setting("../etc/passwd")


def test_a_zone_tzlocal_cannot_name_follows_the_c_library(monkeypatch, caplog):
    """A system whose zone tzlocal cannot name as an IANA zone: the C library's local time is used
    (the time ``date`` shows), with a logged note."""
    import time

    def broken():
        raise LookupError("no zone configured")
    monkeypatch.setattr(tzlocal, "get_localzone", broken)
    caplog.set_level("INFO", logger="oncall_tray.sla_settings")
    zone = sla_settings.system_zone()
    now = dt.datetime.now(dt.timezone.utc)
    assert now.astimezone(zone).utcoffset() == dt.timedelta(seconds=time.localtime(now.timestamp()).tm_gmtoff)
    assert "C library" in caplog.text


@pytest.mark.parametrize(("tz", "july", "december"), [("BRT3", -3, -3), ("EST5EDT,M3.2.0,M11.1.0", -4, -5)])
def test_a_posix_tz_string_is_honoured(tz, july, december):
    """Review 56 Q11: ``TZ=BRT3`` (which ``date`` honours) made every time UTC, silently: tzlocal
    takes IANA names only. The C library's rules are followed, summer time included."""
    import subprocess
    import sys

    code = ("import datetime as dt; from oncall_tray.sla_settings import system_zone; z = system_zone(); "
            "print(*(dt.datetime(2026, m, 1, 12, tzinfo=dt.timezone.utc).astimezone(z).utcoffset() // "
            "dt.timedelta(hours=1) for m in (7, 12)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={"TZ": tz, "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [str(july), str(december)]


def test_contradictory_sla_settings_are_named_and_their_defaults_apply(tmp_path):
    """Fresh-user review: respond 20 min with resolve 15 showed "Responder em -53:37", and L3 at
    10 min with L2 at 15 jumped from L1 straight to L3, while ``config check`` said OK."""
    path = tmp_path / "config.yaml"
    path.write_text(
        "sla_critical_respond_minutes: 20\n"   # resolve stays at its default, 15
        "sla_critical_l3_after_minutes: 10\n"  # L2 stays at its default, 15
        "sla_warning_respond_minutes: 40\n"
        "sla_warning_resolve_minutes: 30\n"
        "sla_warning_l2_after_minutes: 45\n"
        "sla_warning_l3_after_minutes: 45\n", encoding="utf-8")
    loaded = load_config(path)
    found = {(p.key, p.line) for p in loaded.problems}
    assert found == {("sla_critical_respond_minutes", 1), ("sla_critical_l3_after_minutes", 2),
                     ("sla_warning_respond_minutes", 3), ("sla_warning_resolve_minutes", 4),
                     ("sla_warning_l2_after_minutes", 5), ("sla_warning_l3_after_minutes", 6)}
    messages = {p.key: p.message for p in loaded.problems}
    assert messages["sla_critical_respond_minutes"] == \
        "must not be more than sla_critical_resolve_minutes (15)"
    assert messages["sla_critical_l3_after_minutes"] == \
        "must be more than sla_critical_l2_after_minutes (15)"
    assert all(p.uses_default for p in loaded.problems)
    config = loaded.config
    assert (config.sla_critical_respond_minutes, config.sla_critical_resolve_minutes) == (5, 15)
    assert (config.sla_critical_l2_after_minutes, config.sla_critical_l3_after_minutes) == (15, 60)
    assert (config.sla_warning_respond_minutes, config.sla_warning_resolve_minutes) == (15, 30)
    assert (config.sla_warning_l2_after_minutes, config.sla_warning_l3_after_minutes) == (0, 0)
    config.sla_policy()


def test_sla_settings_that_agree_or_are_not_set_are_fine(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(
        "sla_critical_respond_minutes: 15\n"   # equal to resolve: allowed
        "sla_warning_respond_minutes: 45\n"
        "sla_warning_resolve_minutes: 0\n"     # no resolution target: nothing to contradict
        "sla_critical_l2_after_minutes: 0\n"   # never L2: L3 alone is fine
        "sla_critical_l3_after_minutes: 5\n", encoding="utf-8")
    assert load_config(path).problems == ()


def test_a_contradiction_with_a_bad_value_is_judged_against_the_default_in_force(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("sla_critical_respond_minutes: soon\nsla_critical_resolve_minutes: 3\n", encoding="utf-8")
    loaded = load_config(path)
    assert {p.key for p in loaded.problems} == {"sla_critical_respond_minutes", "sla_critical_resolve_minutes"}
    assert "sla_critical_respond_minutes (5)" in {p.key: p.message for p in loaded.problems}[
        "sla_critical_resolve_minutes"]
    assert (loaded.config.sla_critical_respond_minutes, loaded.config.sla_critical_resolve_minutes) == (5, 15)


def test_check_order_names_the_other_setting_as_asked():
    values = {"sla_critical_respond_minutes": 20, "sla_critical_resolve_minutes": 15}
    found = dict(sla_settings.check_order(values, name=lambda key: key.upper()))
    assert set(found) == {"sla_critical_respond_minutes", "sla_critical_resolve_minutes"}
    assert "SLA_CRITICAL_RESOLVE_MINUTES (15)" in found["sla_critical_respond_minutes"].text()
    assert "must not be less than SLA_CRITICAL_RESPOND_MINUTES (20)" in found["sla_critical_resolve_minutes"].text()
    assert sla_settings.check_order({"sla_critical_respond_minutes": 20}) == []  # the other not given


@pytest.mark.parametrize("name", ["America", "Etc", "a" * 5000, "zone.tab", "America/"])
def test_a_zone_name_that_is_a_folder_or_not_a_zone_file_is_named_not_raised(tmp_path, name):
    """Review 65 R1: ``America`` (a folder of tzdata, typed on the way to ``America/Sao_Paulo``)
    made ``zoneinfo`` raise IsADirectoryError: the settings dialog's live check crashed the tray,
    ``config check`` and ``status`` gave a traceback, the tray did not start."""
    path = tmp_path / "config.yaml"
    path.write_text(f"timezone: {name!r}\nengineer: Bruna\n", encoding="utf-8")
    loaded = load_config(path)
    assert [(p.key, p.line) for p in loaded.problems] == [("timezone", 1)]
    assert "America/Sao_Paulo" in loaded.problems[0].message
    assert loaded.config.engineer == "Bruna" and loaded.config.zone() == sla_settings.system_zone()
    with pytest.raises(ValueError):
        sla_settings.zone_from_setting(name)


def test_a_handoffs_kept_zone_that_is_a_folder_is_no_zone():
    """R1's twin: the zone a handoff's texts were written in, read back from the journal."""
    from oncall_tray.core.local_times import iana_zone

    assert iana_zone("America") is None and iana_zone("zone.tab") is None and iana_zone("") is None
    assert iana_zone("America/Sao_Paulo") == ZoneInfo("America/Sao_Paulo")
