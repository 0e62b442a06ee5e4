"""Code review 81 AX3: Windows' notification limits (title 63, body 255) were counted in code
points, but plyer's balloon copies the texts into ``WCHAR[64]`` / ``WCHAR[256]``, UTF-16 code
units, where an emoji takes two: a notice with emoji near the limit (71 units in its title, 499
in its body) made ctypes raise, and after three such failures plyer was set aside for every
notice. Every notice is now cut in UTF-16 units, never inside a character or its cluster."""

from __future__ import annotations

import datetime as dt

from test_messages import T0, Poll, alert, tr

from oncall_tray.core.names import cut_at_word
from oncall_tray.notify.messages import BODY_LIMIT, TITLE_LIMIT, clip, combined, notice
from oncall_tray.notify.poll_plan import plan


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def whole(text: str) -> bool:
    """No lone surrogate (a character cut in two would be one)."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le") == text


def test_an_alert_full_of_fire_fits_windows_limits():
    """The reviewer's alert: a name ``Disk🔥Full🔥On🔥…``, a summary of fire emoji."""
    poll = Poll()
    poll.ok([alert("Other", "info")])
    fire = alert("Disk🔥Full🔥On🔥" * 8, "critical", summary="🔥" * 300)
    notices = plan(poll.ok([alert("Other", "info"), fire], T0 + dt.timedelta(seconds=15)), tr)
    (said,) = notices
    assert units(said.title) <= TITLE_LIMIT, (units(said.title), said.title)
    assert units(said.body) <= BODY_LIMIT, (units(said.body), said.body)
    assert whole(said.title) and whole(said.body)
    assert said.body.endswith("host:1")  # the instance still fits under the cut summary


def test_every_text_cut_for_a_notice_counts_units():
    assert units(clip("😀" * 100, TITLE_LIMIT)) <= TITLE_LIMIT
    made = notice("🔥" * 70, "🔥" * 300, None)
    assert units(made.title) <= TITLE_LIMIT and units(made.body) <= BODY_LIMIT
    both = combined([notice("🔥" * 40, "", None), notice("💧" * 40, "", None)] * 4, tr)
    assert units(both.title) <= TITLE_LIMIT and units(both.body) <= BODY_LIMIT


def test_a_cut_never_splits_a_cluster():
    family = "👨\u200d👩\u200d👧"
    cut = cut_at_word("x" * 8 + family * 20, 12, units)
    assert not cut.removesuffix("…").endswith("\u200d") and units(cut) <= 12, cut
    flags = cut_at_word("x" + "🇧🇷" * 20, 11, units)  # 1 + flags of 4 units: never half a flag
    assert len(flags.removesuffix("…").removeprefix("x")) % 2 == 0 and units(flags) <= 11, flags
    toned = cut_at_word("x" * 9 + "👍🏽" * 5, 12, units)
    assert not toned.removesuffix("…").endswith("👍"), toned  # its skin tone left behind otherwise
    assert cut_at_word("e\u0301" * 20, 6) == "e\u0301e\u0301…"  # code points, a mark kept with its letter
