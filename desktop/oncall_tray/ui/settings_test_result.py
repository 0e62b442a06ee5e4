"""The outcome of the settings dialog's "Test connection" in words: each member's Alertmanager
version, cluster state and alert count, or the exact error (GUI thread: Qt's translator)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..alertmanager.cluster import ClusterPoll, not_one_cluster
from ..connect import cluster_lines, describe_error
from ..i18n import Message

TR_CONTEXT = "settings"


#: Alertmanager's cluster states (``/api/v2/status``), in words (context "cluster_state").
CLUSTER_STATES = {
    "ready": Message("cluster_state", "ready"),
    "settling": Message("cluster_state", "settling"),
    "disabled": Message("cluster_state", "disabled"),
}


def cluster_state_text(state: str) -> str:
    """Alertmanager's cluster ``state`` in the engineer's language; a state not known here is
    shown as Alertmanager sent it."""
    known = CLUSTER_STATES.get(state)
    return known.text(QCoreApplication.translate) if known else state


def describe_test(polled: ClusterPoll) -> str:
    """The outcome of "Test connection": one line per member, or the error."""
    translate = QCoreApplication.translate
    if not polled.members and polled.error is not None:
        return describe_error(polled.error, QCoreApplication.translate)
    lines = []
    for member in polled.members:
        if member.ok:
            status = member.status
            version = status.version if status else "?"
            cluster = cluster_state_text(status.cluster.status) if status else "?"
            lines.append(translate(TR_CONTEXT, "%1: Alertmanager %2, cluster %3, %4 alerts").replace(
                "%1", member.url).replace("%2", version).replace("%3", cluster).replace("%4", str(member.alerts)))
        else:
            lines.append(f"{member.url}: {describe_error(member.error, QCoreApplication.translate)}")
    return "\n".join(lines + cluster_lines(not_one_cluster(polled.members), polled.aliases, translate))


__all__ = ["cluster_state_text", "describe_test"]
