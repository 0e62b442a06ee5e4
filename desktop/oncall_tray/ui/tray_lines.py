"""The tray tooltip's lines of the connection (``connection_lines``), apart from ``tray`` to
keep it small; the tooltip's own texts' context ("tray") is kept. GUI side, no widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..config_aliases import alias_lines
from ..connect import cluster_lines
from ..core.overview import Overview
from ..notify.messages import clip
from ..reasons import translate_reason, unreadable_text
from .translations import translator_for

TR_CONTEXT = "tray"
tr = translator_for(TR_CONTEXT)
REASON_LIMIT = 240  # characters of a reason in the tooltip, cut at a word (the keyring's is ~170)


def connection_lines(view: Overview) -> list[str]:
    """Tooltip lines of the connection (issue 6): a degraded cluster with each member that does
    not answer, a warning while TLS checks are off, one while the members are not one
    cluster, one per member that is the same Alertmanager as another (review 61 W9), one per member
    just restarted, and one while alerts, or silences, are left out as unreadable."""
    lines = []
    if view.degraded:
        lines.append((tr("Cluster degraded: %1 of %2 members does not answer") if len(view.members_down) == 1 else
                      tr("Cluster degraded: %1 of %2 members do not answer")).replace(
            "%1", str(len(view.members_down))).replace("%2", str(view.members)))
        lines += [f"  {clip(translate_reason(member, QCoreApplication.translate), REASON_LIMIT)}"
                  for member in view.members_down]
    if view.insecure:
        lines.append("⚠ " + tr("TLS certificate checks are off (insecure_skip_verify)"))
    lines += ["⚠ " + line for line in cluster_lines(view.apart, {}, QCoreApplication.translate) + alias_lines(
        view.aliases, view.said_aliases, QCoreApplication.translate)]  # with key, item and line (review 67 AC7)
    for url in view.restarted:
        lines.append("⚠ " + tr("%1 restarted: its alerts from before are kept until Prometheus sends them again")
                     .replace("%1", url if view.members > 1 else "Alertmanager"))
    for left_out, silences in ((view.unreadable, False), (view.unreadable_silences, True)):
        if left_out:
            lines.append("⚠ " + clip(unreadable_text(left_out, QCoreApplication.translate, silences), REASON_LIMIT))
    return lines
