"""The start window's "Active alerts" keeps a folded row's state in view (builder's finding,
session after review 69 AI1): "PodCrashLooping ×50 (silenced)" was one Alert column's text, fitted
to at most ``ALERT_COLUMN_PX``, and a long folded name pushed "(silenced)" out, cut with "…". The
state has its own column, which fits it whole. Against a real Alertmanager, in English and in
Brazilian Portuguese."""

from __future__ import annotations

import pytest
from conftest import make_alert, silence
from test_handoff_windows import desk  # noqa: F401  (the fixture: a shift controller fed by real polls)

#: A long alert name: with " ×50" and the state after it, wider than the Alert column's 340 px.
LONG = "KubernetesDeploymentReplicasMismatchCrashLooping"


def busy(am) -> None:
    """50 pods of one long name silenced by one silence, two criticals nobody acknowledged."""
    pods = [make_alert(LONG, "critical", service="omnichannel", instance=f"pod-{n:03d}:8080",
                       summary="Pod reiniciando em loop") for n in range(1, 51)]
    am.post_alerts(pods + [make_alert("APIDown", "critical", service="backend"),
                           make_alert("DatabaseConnectionPoolExhausted", "critical", service="db")])
    silence(am, {"alertname": LONG}, author="maria", comment="Investigando crash loop")


def whole(tree, row: int, column: int) -> bool:
    """The text of ``column`` in ``row`` fits its column (not cut with "…")."""
    item = tree.topLevelItem(row)
    needed = tree.fontMetrics().horizontalAdvance(item.text(column)) + (
        tree.iconSize().width() + 8 if column == 0 else 0)
    return tree.columnWidth(column) >= needed


@pytest.mark.parametrize(("language", "state"), [("en", "silenced"), ("pt_BR", "silenciado")])
def test_a_long_folded_name_leaves_its_state_in_view(desk, qtbot, request, language, state):  # noqa: F811
    request.getfixturevalue("english" if language == "en" else "portuguese")
    busy(desk.am)
    window = desk.polled_window("start")
    qtbot.waitUntil(lambda: window.alerts.topLevelItemCount() == 3, timeout=10000)
    tree = window.alerts
    headers = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    rows = [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())] for r in range(3)]
    folded = next(r for r, row in enumerate(rows) if any(text.startswith(f"{LONG} ×50") for text in row))
    column = next((c for c, text in enumerate(rows[folded]) if state in text), None)
    assert column is not None, rows
    assert whole(tree, folded, column), (headers, rows[folded], tree.columnWidth(column))
    # the unacknowledged criticals first, with no state said
    assert {rows[0][1], rows[1][1]} == {"APIDown", "DatabaseConnectionPoolExhausted"}, rows
    assert not rows[0][column] and not rows[1][column], rows
