"""Settings > Test connection gives Alertmanager's cluster state in the engineer's language
(fresh-user review: "cluster disabled" under pt_BR); a state the app does not know is shown as
Alertmanager sent it. A translator that marks what it is asked for shows what went through the
catalogue, without depending on the Portuguese text."""

from __future__ import annotations

import msgspec
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from oncall_tray.alertmanager.cluster import ClusterPoll, MemberResult
from oncall_tray.alertmanager.models import Status


class Marking(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 (Qt's)
        return f"[{context}]{source}"


@pytest.fixture
def marking(qapp):
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def polled(state: str) -> ClusterPoll:
    status = msgspec.convert({"cluster": {"status": state}, "versionInfo": {"version": "0.27.0"}}, Status)
    return ClusterPoll([], [], (MemberResult("http://am:9093", None, status, 2),), status, None)


@pytest.mark.parametrize("state", ["ready", "settling", "disabled"])
def test_the_cluster_state_is_translated(marking, state):
    from oncall_tray.ui.settings_dialog import describe_test

    text = describe_test(polled(state))
    assert text == f"[settings]http://am:9093: Alertmanager 0.27.0, cluster [cluster_state]{state}, 2 alerts", text


def test_an_unknown_cluster_state_is_shown_as_sent(marking):
    from oncall_tray.ui.settings_dialog import describe_test

    assert describe_test(polled("gossiping")).endswith(", cluster gossiping, 2 alerts")
