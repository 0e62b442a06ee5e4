"""The handoff texts name their time zone (review 63 Z4): with the ``timezone`` setting (or TZ)
other than the one a handoff was written in, ``handoff history`` listed one time and showed the
checklists with another, nothing telling them apart. The start and end Markdown name the zone
in their heading, as the escalation message does ("19:21 UTC"), and the list names its own."""

from __future__ import annotations

import re

import pytest
from conftest import make_alert
from test_silence_cli import ENGINEER, Cli
from oncall_tray.paths import Folders


def taken_over(alertmanager, tmp_path, zone: str, lang: str):
    """A shift taken over with ``handoff start --confirm`` under the ``timezone`` setting ``zone``,
    an alert firing: the command line, its settings without the zone, the start's output."""
    alertmanager.post_alerts([make_alert("HighCPUUsage", "warning")])
    cli = Cli(alertmanager, tmp_path)
    settings = cli.config.read_text(encoding="utf-8")
    cli.config.write_text(settings + f"timezone: {zone}\n", encoding="utf-8")
    start = cli("handoff", "start", "--confirm", lang=lang)
    assert start.returncode == 0, start.stderr
    return cli, settings, start


@pytest.mark.parametrize("lang", ["en_US.UTF-8", "pt_BR.UTF-8"])
def test_history_and_its_texts_name_their_zone(alertmanager, tmp_path, lang):
    cli, settings, start = taken_over(alertmanager, tmp_path, "UTC", lang)
    heading = start.stdout.splitlines()[0]
    assert re.search(r"\d\d:\d\d UTC$", heading), heading
    end = cli("handoff", "end", "--confirm", "--incoming", "Carlos", lang=lang)
    assert end.returncode == 0, end.stderr
    assert re.search(r"\d\d:\d\d UTC$", end.stdout.splitlines()[0]), end.stdout
    cli.config.write_text(settings + "timezone: America/Sao_Paulo\n", encoding="utf-8")
    # the list in the zone its texts were written in, named (the setting's zone is now another)
    (listed,) = cli("handoff", "history", lang=lang).stdout.splitlines()
    assert re.fullmatch(rf"\s+1  \S+ \d\d:\d\d – \S+ \d\d:\d\d UTC  {ENGINEER} → Carlos", listed), listed
    assert listed.split()[2] == headings_time(cli("handoff", "history", "1", lang=lang).stdout)
    shown = cli("handoff", "history", "1", lang=lang).stdout
    headings = [line for line in shown.splitlines() if line.startswith("## ")]
    assert len(headings) == 2 and all(h.endswith(" UTC") for h in headings), headings


def headings_time(text: str) -> str:
    """The HH:MM of the end report's heading (the first)."""
    return re.search(r"(\d\d:\d\d) UTC$", text.splitlines()[0]).group(1)


def test_a_handoff_kept_without_its_zone_lists_in_the_settings_zone_named(alertmanager, tmp_path):
    """One handed over by an earlier version (no zone kept with its texts)."""
    import datetime as dt

    from oncall_tray.core import shifts
    from oncall_tray.core.journal import Journal

    journal = Journal.open(Folders.for_user().journal)
    at = dt.datetime(2026, 12, 6, 19, 33, tzinfo=dt.timezone.utc)
    done = shifts.start_shift(journal, "Bruna", markdown="## Assumindo Turno - 06/12/2026 19:33\n", at=at)
    shifts.end_shift(journal, done.id, incoming="Carlos", markdown="## Passando Turno - 06/12/2026 19:40\n",
                     at=at + dt.timedelta(minutes=7))
    journal.close()
    cli = Cli(alertmanager, tmp_path)
    cli.config.write_text(cli.config.read_text(encoding="utf-8") + "timezone: America/Sao_Paulo\n", encoding="utf-8")
    (listed,) = cli("handoff", "history", lang="pt_BR.UTF-8").stdout.splitlines()
    assert listed.endswith("06/12/2026 16:33 – 06/12/2026 16:40 -03  Bruna → Carlos"), listed


@pytest.mark.parametrize("lang", ["en_US.UTF-8", "pt_BR.UTF-8"])
def test_a_shift_taken_in_one_zone_and_handed_over_in_another_lists_one_zone_on_its_line(alertmanager, tmp_path,
                                                                                         lang):
    """Review 64 V8 listed each time in the zone its own text names ("20:24 UTC – 17:24 -03"
    after a change the other way); review 66 S8: read at a glance, a shift taken over at 23:00
    UTC and handed over at 20:15 -03 ended before it began. One zone on a line, named once: the
    later text's (the end heading's), the start converted to it, whatever zone is set now."""
    from zoneinfo import ZoneInfo

    from oncall_tray.core import shifts
    from oncall_tray.core.journal import Journal

    cli, settings, _start = taken_over(alertmanager, tmp_path, "UTC", lang)
    cli.config.write_text(settings + "timezone: America/Sao_Paulo\n", encoding="utf-8")
    end = cli("handoff", "end", "--confirm", "--incoming", "Carlos", lang=lang)
    assert end.returncode == 0, end.stderr
    cli.config.write_text(settings + "timezone: Asia/Tokyo\n", encoding="utf-8")
    (listed,) = cli("handoff", "history", lang=lang).stdout.splitlines()
    shown = cli("handoff", "history", "1", lang=lang).stdout
    ended = next(line for line in shown.splitlines() if line.startswith(("## Handing", "## Passando"))).split(" - ", 1)[1]
    assert ended.endswith(" -03"), ended
    journal = Journal.open(Folders.for_user().journal)
    try:
        shift = shifts.shift(journal, 1)
    finally:
        journal.close()
    layout = "%d/%m/%Y %H:%M" if lang.startswith("pt") else "%Y-%m-%d %H:%M"
    started = shift.started_at.astimezone(ZoneInfo("America/Sao_Paulo")).strftime(layout)
    assert re.fullmatch(rf"\s+1  {re.escape(started)} – {re.escape(ended)}  {ENGINEER} → Carlos", listed), (listed,
                                                                                                           ended)
    assert listed.count("-03") == 1 and "UTC" not in listed, listed
