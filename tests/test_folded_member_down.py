"""Code review 73 AJ6: the start window and the start Markdown fold the active alerts by one head
(``core.alert_head``): with a member of the cluster not answering, the Markdown said its alerts
"as last seen … does not answer" apart from those of the member that answers, while the window
folded them all in one row ("PodCrashLooping ×50", "silenced"): the two lists of one checklist
said different groups and counts. Against two real Alertmanagers (not one cluster, as
``test_handoff_member_down`` runs them), one stopped, and the tray's own polls."""

from __future__ import annotations

from conftest import make_alert, running_tray
from test_handoff_member_down import _silence

from oncall_tray.config import Config
from oncall_tray.demo import LocalAlertmanager


def pods(first: int, count: int) -> list[dict]:
    return [make_alert("PodCrashLooping", "critical", service="omnichannel", instance=f"pod-{n:03d}:8080",
                       summary="Pod reiniciando em loop") for n in range(first, first + count)]


def test_the_window_and_the_markdown_fold_a_member_down_alike(qtbot, tmp_path):
    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    try:
        a.post_alerts(pods(1, 30) + [make_alert("APIDown", "critical", service="backend")])
        b.post_alerts(pods(31, 20))
        for member in (a, b):
            _silence(member.url, "PodCrashLooping", "crash loop conhecido")
        config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), notifications=False, engineer="ana",
                        poll_interval=1, max_retry_interval=1, request_timeout=2, language="en")
        with running_tray(qtbot, config, tmp_path) as ctl:
            qtbot.waitUntil(lambda: ctl.shift.live is not None and len(ctl.shift.live.alerts or {}) == 51,
                            timeout=20000)
            a.stop()
            qtbot.waitUntil(lambda: ctl.shift.live.unanswered == (a.url,) and len(ctl.shift.live.unknown) == 31,
                            timeout=20000)
            ctl.shift.show_window("start")
            window = ctl.shift.window("start")
            window.refresh()
            tree = window.alerts
            qtbot.waitUntil(lambda: any(tree.topLevelItem(r).text(1) == "APIDown"
                                        for r in range(tree.topLevelItemCount())), timeout=10000)
            rows = [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
                    for r in range(tree.topLevelItemCount())]
            markdown = window.markdown().split("**Active Alerts**")[1].split("**Silences**")[0]
            lines = [line[2:] for line in markdown.splitlines() if line.startswith("- ") and not line.startswith("- _")]
            # each row said as the Markdown's line says it: "PodCrashLooping ×30 (critical, silenced, as last seen …)"
            heads = [f"{name} ({severity}, {state})" if state else f"{name} ({severity})"
                     for severity, name, state, _where, _summary in rows if severity]
            assert len(heads) == len(lines), (rows, lines)
            for head, line in zip(heads, lines):
                assert line == head or line.startswith(head + " - "), (head, line)
            names = sorted(row[1] for row in rows if row[0])
            assert names == ["APIDown", "PodCrashLooping ×20", "PodCrashLooping ×30"], rows
            down = next(row for row in rows if row[1] == "PodCrashLooping ×30")
            assert down[2].startswith("silenced, as last seen at ") and f"Alertmanager {a.url} does not answer" in \
                down[2], down
    finally:
        a.stop()
        b.stop()
