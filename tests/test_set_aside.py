"""What the tray said of an Alertmanager it stopped watching is set aside and taken back when it
watches it again (review 50 F2: the way back said the shift's red flag and missed responses
again); another Alertmanager still starts afresh (review 37)."""

from __future__ import annotations

import json

from test_attention import MIN, T0, World, alert

from oncall_tray.core.attention import AttentionMonitor, RedFlag
from oncall_tray.core.set_aside import ASIDE_KEY, WATCHED_KEY, SetAside, keep, recall
from oncall_tray.core.sla import SlaPolicy

A, B = ("http://AM:9093/",), ("http://staging:9093", "http://staging-2:9093")


def _move(world: World, leaving, going, aside: SetAside) -> None:
    """New settings with another Alertmanager, as the poller worker does them."""
    previous = world.monitor
    aside.leave(leaving, previous.said(), world.tracker.snapshot)
    back = aside.take(going)
    world.monitor = AttentionMonitor(SlaPolicy())
    world.monitor.carry_over(previous, another=True)
    world.tracker.resume(back.snapshot if back is not None else None)
    if back is not None:
        world.monitor.recall(back.said)


def test_away_and_back_says_nothing_again_but_the_other_alertmanager_is_told_afresh():
    world, aside = World(), SetAside()
    api, db = alert("APIDown", "critical", T0), alert("DatabaseDown", "critical", T0)
    first = world.at(T0 + 6 * MIN, [api, db])
    assert set(first.new_red_flags) == {RedFlag.SEVERAL_CRITICAL, RedFlag.RESPONSE_MISSED}
    assert set(first.newly_overdue) == {"APIDown", "DatabaseDown"}
    _move(world, A, B, aside)
    web, disk = alert("WebDown", "critical", T0), alert("DiskFull", "critical", T0)
    other = world.at(T0 + 7 * MIN, [web, disk])  # nothing of it was said: said now
    assert set(other.new_red_flags) == {RedFlag.SEVERAL_CRITICAL, RedFlag.RESPONSE_MISSED}
    assert set(other.newly_overdue) == {"WebDown", "DiskFull"}
    _move(world, B, ("http://am:9093",), aside)  # back (written otherwise: the same one)
    back = world.at(T0 + 8 * MIN, [api, db])
    assert back.new_red_flags == () and back.newly_overdue == () and back.escalations == ()
    assert back.red_flags.keys() == {RedFlag.SEVERAL_CRITICAL, RedFlag.RESPONSE_MISSED}  # in force, as before
    _move(world, A, B, aside)
    assert world.at(T0 + 9 * MIN, [web, disk]).new_red_flags == ()  # B's, set aside in turn


def test_contact_flags_go_on_with_another_alertmanager():
    """Unreachable, then another address also unreachable: the contact goes on (review 50 F1),
    its flag is not raised again."""
    world = World()
    world.monitor.evaluate(None, {}, world.contact.failure(T0, "refused"), T0)
    lost = world.monitor.evaluate(None, {}, world.contact.failure(T0 + 2 * MIN, "refused"), T0 + 2 * MIN)
    assert lost.new_red_flags == (RedFlag.UNREACHABLE,)
    _move(world, A, B, SetAside())
    still = world.monitor.evaluate(None, {}, world.contact.failure(T0 + 3 * MIN, "refused"), T0 + 3 * MIN)
    assert RedFlag.UNREACHABLE in still.red_flags and still.new_red_flags == ()


def test_what_is_set_aside_is_kept_in_the_journal_and_recalled_on_either_alertmanager():
    """A tray restarted meanwhile: on the one it watched (B) it takes back what it said there and
    keeps A's aside; started on A (the settings changed while it was not running) it takes A's
    back and sets B's aside."""
    world, aside = World(), SetAside()
    api, db = alert("APIDown", "critical", T0), alert("DatabaseDown", "critical", T0)
    world.at(T0 + 6 * MIN, [api, db])
    _move(world, A, B, aside)
    world.at(T0 + 7 * MIN, [alert("WebDown", "critical", T0), alert("DiskFull", "critical", T0)])
    kept = json.loads(json.dumps(keep(world.monitor.said(), B, aside)))  # as the journal keeps it
    assert kept[WATCHED_KEY] == ["http://staging-2:9093", "http://staging:9093"] and len(kept[ASIDE_KEY]) == 1
    own, on_b = recall(kept, ("http://staging:9093",))
    assert set(own["overdue"]) == {"WebDown", "DiskFull"} and on_b.take(A).said["overdue"] == ["APIDown",
                                                                                                 "DatabaseDown"]
    own, on_a = recall(kept, A)
    assert own["overdue"] == ["APIDown", "DatabaseDown"] and set(on_a.take(B).said["overdue"]) == {
        "WebDown", "DiskFull"}
    restarted = AttentionMonitor(SlaPolicy())
    restarted.recall(own)
    again = restarted.evaluate(world.tracker.update([api, db], T0 + 8 * MIN).snapshot, {},
                               world.contact.success(T0 + 8 * MIN), T0 + 8 * MIN)
    assert again.new_red_flags == () and again.newly_overdue == ()


def test_malformed_memory_is_left_out_and_a_new_shift_forgets_what_was_said():
    own, aside = recall({"overdue": ["X"], ASIDE_KEY: [["bad"], [["http://a:1"], "no"], 3]}, A)
    assert own == {"overdue": ["X"]} and not aside
    own, aside = recall({WATCHED_KEY: "not a list", "overdue": ["X"]}, A)
    assert own == {"overdue": ["X"]}
    aside = SetAside()
    aside.leave(A, {"overdue": ["X"]})
    aside.leave(B, {"overdue": ["Y"]}, World().tracker.update([], T0).snapshot)
    aside.forget_said()
    assert aside.data() == [] and aside.take(A) is None and aside.take(B).said == {}
