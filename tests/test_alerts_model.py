"""The alerts model: incremental by fingerprint, ordered worst then oldest, filterable."""

from __future__ import annotations

import datetime as dt
import random

from oncall_tray.alertmanager.models import Alert, AlertStatus
from oncall_tray.core.alert_filter import parse_filter
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.core.tracker import order_key
from oncall_tray.ui.alert_rows import RESET_ABOVE
from oncall_tray.ui.alerts_model import COLUMNS, AlertsModel

T0 = dt.datetime(2026, 11, 30, 12, tzinfo=dt.timezone.utc)
SEVERITIES = ("critical", "warning", "info", "bogus")


def alert(i: int, severity: str | None = None, minutes: int | None = None, silenced: bool = False) -> Alert:
    severity = severity or SEVERITIES[i % 4]
    return Alert(fingerprint=f"fp{i:05d}", labels={"alertname": f"A{i % 7}", "severity": severity,
                                                   "instance": f"host-{i % 3}"},
                 annotations={"summary": f"summary {i}"},
                 status=AlertStatus("suppressed" if silenced else "active", ("s",) if silenced else ()),
                 starts_at=T0 - dt.timedelta(minutes=minutes if minutes is not None else i % 50))


class Recorder:
    def __init__(self, model):
        self.events = []
        model.modelReset.connect(lambda: self.events.append("reset"))
        model.rowsInserted.connect(lambda _p, a, b: self.events.append(("insert", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.events.append(("remove", a, b)))


def shown(model) -> list[str]:
    return [model.fingerprint(r) for r in range(model.rowCount())]


def expected(snapshot, accept=lambda a: True) -> list[str]:
    pairs = sorted((order_key(a, snapshot.severities[fp]), fp) for fp, a in snapshot.alerts.items() if accept(a))
    return [fp for _k, fp in pairs]


def test_model_passes_qt_model_tester(qapp, qtmodeltester):
    model = AlertsModel()
    update = AlertTracker(SeverityMap()).update([alert(i) for i in range(20)], T0)
    model.apply(update, {}, T0)
    qtmodeltester.check(model)


def test_small_changes_are_incremental_and_keep_the_order(qapp):
    tracker, model = AlertTracker(SeverityMap()), AlertsModel()
    rng = random.Random(7)
    current = {i: alert(i) for i in range(200)}
    model.apply(tracker.update(current.values(), T0), {}, T0)
    recorder = Recorder(model)
    for step in range(30):
        for i in rng.sample(sorted(current), 5):
            del current[i]
        for _ in range(5):
            n = rng.randrange(200, 100000)
            current[n] = alert(n)
        for i in rng.sample(sorted(current), 3):
            current[i] = alert(i, silenced=True)
        update = tracker.update(current.values(), T0)
        model.apply(update, {}, T0)
        assert shown(model) == expected(update.snapshot), f"step {step}"
    assert "reset" not in recorder.events
    assert any(e[0] == "insert" for e in recorder.events) and any(e[0] == "remove" for e in recorder.events)


def test_a_missed_poll_reloads_the_whole_table(qapp):
    tracker, model = AlertTracker(SeverityMap()), AlertsModel()
    model.apply(tracker.update([alert(i) for i in range(10)], T0), {}, T0)
    tracker.update([alert(i) for i in range(5)], T0)  # the model does not see this poll
    recorder = Recorder(model)
    update = tracker.update([alert(i) for i in range(3, 8)], T0)
    model.apply(update, {}, T0)
    assert recorder.events == ["reset"] and shown(model) == expected(update.snapshot)


def test_mass_change_resets_once(qapp):
    tracker, model = AlertTracker(SeverityMap()), AlertsModel()
    model.apply(tracker.update([alert(i) for i in range(10)], T0), {}, T0)
    recorder = Recorder(model)
    snap = tracker.update([alert(i) for i in range(RESET_ABOVE + 20)], T0).snapshot
    model.apply(tracker.update([alert(i) for i in range(RESET_ABOVE + 20)], T0), {}, T0)
    snap = tracker.snapshot
    assert recorder.events == ["reset"]
    assert shown(model) == expected(snap)


def test_filter_by_matchers_and_text(qapp):
    tracker, model = AlertTracker(SeverityMap()), AlertsModel()
    update = tracker.update([alert(i) for i in range(40)], T0)
    snap = update.snapshot
    model.apply(update, {}, T0)
    crit = parse_filter('severity="critical", instance=~"host-[01]"')
    assert len(crit.matchers) == 2
    model.set_filter(crit.predicate())
    assert shown(model) == expected(snap, crit.predicate()) and model.rowCount() > 0
    assert all(model.alert(fp).labels["severity"] == "critical" for fp in shown(model))
    text = parse_filter("SUMMARY 17")
    assert text.text == "summary 17" and not text.matchers
    model.set_filter(text.predicate())
    assert sorted(shown(model)) == ["fp00017"]
    # the filter holds across polls
    model.apply(tracker.update([alert(i) for i in range(41)], T0), {}, T0)
    assert sorted(shown(model)) == ["fp00017"]
    model.set_filter(None)
    assert model.rowCount() == 41


def test_row_of_finds_each_fingerprint(qapp):
    tracker, model = AlertTracker(SeverityMap()), AlertsModel()
    model.apply(tracker.update([alert(i) for i in range(50)], T0), {}, T0)
    assert all(model.row_of(model.fingerprint(r)) == r for r in range(50))
    assert model.row_of("nope") == -1


def test_the_same_trends_again_repaint_nothing(qapp):
    """A board with the trends already shown emits no dataChanged (each one repaints the
    table); new trends do."""
    model = AlertsModel()
    model.apply(AlertTracker(SeverityMap()).update([alert(i) for i in range(20)], T0), {}, T0)
    changed = []
    model.dataChanged.connect(lambda *_args: changed.append(1))
    cells = {"fp00001": ("↗ worsening", "worsening", "tip")}
    model.set_trends(dict(cells))
    model.set_trends(dict(cells))
    assert len(changed) == 1
    model.set_trends({})
    assert len(changed) == 2


def test_clock_columns_follow_time_and_acknowledgement(qapp):
    """The SLA clocks a row shows are computed once per moment, yet move with ``tick`` and
    with the silences of a new poll (guide: critical response < 5 min)."""
    from oncall_tray.alertmanager.models import Matcher, Silence, SilenceStatus

    tracker, model = AlertTracker(SeverityMap()), AlertsModel()
    firing = alert(0, "critical", minutes=1)
    model.apply(tracker.update([firing], T0), {}, T0)
    respond = model.index(0, COLUMNS.index("respond"))
    first = model.data(respond)
    assert first == model.data(respond) and first not in ("✓", "—")
    model.tick(T0 + dt.timedelta(minutes=2))
    assert model.data(respond) != first
    ack = Silence(id="s", matchers=(Matcher("alertname", firing.alertname, False, True),),
                  starts_at=T0 + dt.timedelta(minutes=1), ends_at=T0 + dt.timedelta(minutes=16), created_by="ana",
                  comment="ACK! investigando — ana", status=SilenceStatus("active"))
    later = T0 + dt.timedelta(minutes=2)
    model.apply(tracker.update([alert(0, "critical", minutes=1, silenced=True)], later), {"s": ack}, later)
    assert model.data(respond) == "✓"


def test_a_late_acknowledgement_keeps_the_missed_response_visible(qapp):
    """Acknowledged 18 minutes after a critical alert fired (target 5 min): the Respond cell
    says by how much it was missed, in red, instead of the on-time tick (fresh-user review 8)."""
    from PySide6.QtCore import Qt

    from oncall_tray.alertmanager.models import Matcher, Silence, SilenceStatus

    tracker, model = AlertTracker(SeverityMap()), AlertsModel()
    firing = alert(0, "critical", minutes=20)
    start = firing.starts_at
    ack = Silence(id="s", matchers=(Matcher("alertname", firing.alertname, False, True),),
                  starts_at=start + dt.timedelta(minutes=18), ends_at=start + dt.timedelta(minutes=33),
                  created_by="ana", comment="ACK! investigando — ana", status=SilenceStatus("active"))
    model.apply(tracker.update([alert(0, "critical", minutes=20, silenced=True)], T0), {"s": ack}, T0)
    respond = model.index(0, COLUMNS.index("respond"))
    assert model.data(respond) == "✓ 13m late"
    assert model.data(respond, Qt.ItemDataRole.ToolTipRole) == "Acknowledged 13m after the response target"
    assert model.data(respond, Qt.ItemDataRole.ForegroundRole).color().red() > 150


def _names(model, column: str) -> list:
    """The cells of ``column`` from top to bottom."""
    index = COLUMNS.index(column)
    return [model.index(r, index).data() for r in range(model.rowCount())]


def test_sorting_by_a_column_keeps_its_order_through_polls(qapp):
    """Review 15: a click on a header did nothing. Each sortable column orders as its cells read,
    ties worst and oldest first, and a poll's fired and resolved alerts keep that order."""
    tracker, model = AlertTracker(SeverityMap()), AlertsModel()
    current = {i: alert(i, minutes=(i * 37) % 90) for i in range(60)}
    model.apply(tracker.update(current.values(), T0), {}, T0)
    assert model.sorted_by == ("severity", False) and shown(model) == expected(tracker.snapshot)

    assert model.sort_by("alert")
    names = [n.casefold() for n in _names(model, "alert")]
    assert names == sorted(names) and model.sorted_by == ("alert", False)
    first_a0 = [fp for fp in shown(model) if model.alert(fp).alertname == "A0"]
    assert first_a0 == [fp for fp in expected(tracker.snapshot) if model.alert(fp).alertname == "A0"]  # ties
    model.sort_by("alert", descending=True)
    assert [n.casefold() for n in _names(model, "alert")] == sorted(names, reverse=True)

    recorder = Recorder(model)
    for i in (3, 10, 11):
        del current[i]
    current.update({i: alert(i, minutes=5) for i in (100, 101)})
    model.apply(tracker.update(current.values(), T0 + dt.timedelta(seconds=15)), {}, T0)
    assert "reset" not in recorder.events  # incremental in this order too
    assert [n.casefold() for n in _names(model, "alert")] == sorted((n.casefold() for n in _names(model, "alert")),
                                                                     reverse=True)
    assert sorted(shown(model)) == sorted(a.fingerprint for a in current.values())
    assert all(model.row_of(fp) == row for row, fp in enumerate(shown(model)))

    model.sort_by("age")  # the youngest first
    starts = [model.alert(fp).starts_at for fp in shown(model)]
    assert starts == sorted(starts, reverse=True)
    model.sort_by("respond")  # the nearest response deadline first, no target last
    clocks = [model.policy.clock(model.alert(fp), model.severity(fp), None, now=T0).respond_by for fp in shown(model)]
    dated = [c for c in clocks if c is not None]
    assert dated == sorted(dated) and clocks == dated + [None] * (len(clocks) - len(dated))

    assert not model.sort_by("state") and not model.sort_by("trend")  # each poll may change them
    assert model.sorted_by == ("respond", False)
    model.sort_by("severity")
    assert shown(model) == expected(tracker.snapshot)


def test_a_header_click_sorts_and_the_state_column_keeps_the_order(qtbot):
    from PySide6.QtCore import Qt

    from oncall_tray.config import Config
    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    tracker = AlertTracker(SeverityMap())
    window.load(tracker.update([alert(i) for i in range(30)], T0).snapshot, {})
    header = window.table.horizontalHeader()
    header.setSortIndicator(COLUMNS.index("where"), Qt.SortOrder.AscendingOrder)  # as a click does
    assert window.model.sorted_by == ("where", False)
    assert _names(window.model, "where") == sorted(_names(window.model, "where"))
    header.setSortIndicator(COLUMNS.index("state"), Qt.SortOrder.AscendingOrder)
    assert window.model.sorted_by == ("where", False)
    assert header.sortIndicatorSection() == COLUMNS.index("where")
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_new_settings_keep_the_order_chosen(qtbot):
    """The window built after new settings filters, selects and now sorts as the one it replaces."""
    from PySide6.QtCore import Qt

    from oncall_tray.config import Config
    from oncall_tray.ui.alerts_window import AlertsWindow

    snapshot = AlertTracker(SeverityMap()).update([alert(i) for i in range(30)], T0).snapshot
    old, new = AlertsWindow(Config()), AlertsWindow(Config())
    qtbot.addWidget(old)
    qtbot.addWidget(new)
    old.load(snapshot, {})
    old.table.horizontalHeader().setSortIndicator(COLUMNS.index("alert"), Qt.SortOrder.DescendingOrder)
    old.filter.setText("host-1")
    old.tabs.setCurrentIndex(1)  # the silences (review 40 F18: a login went back to the alerts)
    new.load(snapshot, {})
    new.restore_view(old.view_state())
    assert new.model.sorted_by == ("alert", True) and shown(new.model) == shown(old.model)
    assert new.tabs.currentIndex() == 1
    header = new.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (COLUMNS.index("alert"),
                                                                         Qt.SortOrder.DescendingOrder)


def test_the_filter_count_follows_the_polls(qtbot):
    """Review 22: "1 of 22 shown" stayed while 522 alerts fired: alerts that the filter leaves
    out changed no row, so the count was not written again."""
    from oncall_tray.config import Config
    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    tracker = AlertTracker(SeverityMap())
    window.load(tracker.update([alert(i) for i in range(22)], T0).snapshot, {})
    window.filter.setText("summary 7")
    assert window.filter_box.count.text() == "1 of 22 shown"
    more = [alert(i) for i in range(22)] + [
        Alert(fingerprint=f"new{i}", labels={"alertname": "Bulk", "severity": "warning"}, status=AlertStatus("active"),
              starts_at=T0) for i in range(500)]
    window.apply(tracker.update(more, T0 + dt.timedelta(seconds=15)), {})
    assert window.filter_box.count.text() == "1 of 522 shown"


def test_the_state_says_which_escalation_is_due(qtbot):
    """Review 21: "Escalate to L2: X … the escalation message is ready in the alerts window", and
    nothing in the window said so (only ``status`` showed "L2")."""
    from oncall_tray.config import Config
    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    late, fresh, old = alert(1, "critical", minutes=20), alert(2, "critical", minutes=3), alert(3, "critical", minutes=90)
    window.load(AlertTracker(SeverityMap()).update([late, fresh, old], T0).snapshot, {})
    model = window.model
    assert model.state_text(late) == "firing — escalation due: L2 (Escalate…)"
    assert model.state_text(late, short=True) == "firing · L2"
    assert model.state_text(old, short=True) == "firing · L3"
    assert model.state_text(fresh) == "firing"
    # review 28: once recorded, the escalation is said as made, not as due (a second page)
    model.set_stale(False, {late.fingerprint: "L2", old.fingerprint: "L2", fresh.fingerprint: "L2"})
    assert model.state_text(late) == "firing — escalated to L2"
    assert model.state_text(late, short=True) == "firing · esc. to L2"  # review 43 F6: cut in the middle in pt_BR
    assert model.state_text(old) == "firing — escalated to L2; escalation due: L3 (Escalate…)"
    assert model.state_text(old, short=True) == "firing · L3"
    assert model.state_text(fresh) == "firing — escalated to L2"  # escalated early
    # the answer recorded ("L2 answered" in the notes panel's menu): the window says it, as status does
    escalated = {late.fingerprint: "L2", old.fingerprint: "L2"}
    model.set_stale(False, escalated, None, frozenset({late.fingerprint, old.fingerprint}))
    assert model.state_text(late) == "firing — escalated to L2 (answered)"
    assert model.state_text(late, short=True) == "firing · L2 answered"
    assert model.state_text(old) == "firing — escalated to L2 (answered); escalation due: L3 (Escalate…)"
    assert model.state_text(old, short=True) == "firing · L3"


def test_an_acknowledged_alert_whose_silence_is_gone_reads_responded(qtbot):
    """Review 33: after a wiped Alertmanager lost the silences, ``status`` said "firing, responded"
    and the alerts window "firing" (only the ✓ of the clock told it)."""
    from oncall_tray.config import Config
    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    down = alert(1, "critical", minutes=3)
    window.load(AlertTracker(SeverityMap()).update([down], T0).snapshot, {})
    model = window.model
    assert model.state_text(down) == "firing"
    model.set_stale(False, {}, {down.fingerprint: down.starts_at + dt.timedelta(minutes=1)})
    assert model.state_text(down) == "firing, responded"
    model.set_stale(False, {down.fingerprint: "L2"})  # the narrow cell: the escalation, the ✓ in Respond
    assert model.state_text(down, short=True) == "firing · esc. to L2"
    assert model.state_text(down) == "firing, responded — escalated to L2"


def test_alerts_of_one_name_and_place_read_apart_in_the_where_column(qapp):
    """Review 34: three PodCrashLooping rows read "k8s / ksm:8080", two of them word for word
    alike but for their state. The column says what tells each apart, and stops once a sibling
    resolved; the tracker works it out (poller thread) only when the alerts change."""
    def pod(fp: str, **labels) -> Alert:
        return Alert(fingerprint=fp, labels={"alertname": "PodCrashLooping", "service": "k8s",
                                             "instance": "ksm:8080", **labels}, status=AlertStatus("active"),
                     starts_at=T0)

    tracker, model = AlertTracker(SeverityMap()), AlertsModel()
    pods = [pod("a", pod="api-1", namespace="prod"), pod("b", pod="api-2", namespace="prod"),
            pod("c", pod="api-1", namespace="stage"), alert(1)]
    model.apply(tracker.update(pods, T0), {}, T0)

    def column() -> dict[str, str]:
        where = COLUMNS.index("where")
        return {model.fingerprint(r): model.data(model.index(r, where)) for r in range(model.rowCount())}

    assert column() == {"a": "k8s / ksm:8080 · pod=api-1, namespace=prod", "b": "k8s / ksm:8080 · pod=api-2",
                        "c": "k8s / ksm:8080 · namespace=stage", "fp00001": "host-1"}
    steady = tracker.update(pods, T0 + dt.timedelta(seconds=15))
    assert steady.snapshot.telling is tracker.update(pods, T0 + dt.timedelta(seconds=30)).snapshot.telling
    model.apply(tracker.update(pods[1:], T0 + dt.timedelta(seconds=45)), {}, T0)  # api-1 in prod resolved
    assert column() == {"b": "k8s / ksm:8080 · pod=api-2", "c": "k8s / ksm:8080 · pod=api-1",
                        "fp00001": "host-1"}
