"""The start window's dashboards (issue 5; guide: "Verifiquei dashboards estão carregando",
"Testei acesso a ferramentas"): each one's answer, asked off the GUI thread, with "Check
again". GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from ..core.dashboards import DashboardCheck, dashboard_label
from ..reasons import translate_reason
from .handoff_common import COLUMN_MAX_PX, fill_tree, group, tree_widget
from .translations import translator_for

TR_CONTEXT = "shift_start"  # the start window's: the same words, translated once
tr = translator_for(TR_CONTEXT)
#: Rows the table is tall enough for (Grafana, Prometheus, Alertmanager, Jaeger), and at most
#: (an Alertmanager cluster adds one per member; more scroll).
ROWS_AT_LEAST, ROWS_AT_MOST = 4, 8


class DashboardChecks:
    """The dashboards' answers in a titled box (``box``), and asking them.

    Args:
        controller: the shift controller (``check_dashboards(done)``).
        changed: called when a check starts or ends (the window shows its checklist again).
    """

    def __init__(self, controller, changed: Callable[[], None]) -> None:
        self.controller = controller
        self._changed = changed
        self.checks: list[DashboardCheck] = []
        self.checking = False
        self._aliases: dict[str, str] = {}  # the controller's ``aliases`` when the last check was asked
        self.tree = tree_widget(tr("Dashboard"), tr("Answer"), tr("Detail"))
        self._fit_rows(ROWS_AT_LEAST)
        self.button = QPushButton(tr("Check again"))
        self.button.clicked.connect(self.check)
        self.box = group(tr("Dashboards"), self.tree, self.button)

    def check(self) -> None:
        """Ask every dashboard again (off the GUI thread); ignored while a check runs."""
        if self.checking:
            return
        self.checking = True
        self.button.setEnabled(False)
        self._changed()
        self._aliases = dict(self.controller.aliases)
        self.controller.check_dashboards(self._checked)

    def check_again_if(self, name: str, answers: Callable[[str], bool]) -> None:
        """Check again (unless a check runs) when the last check found the dashboard ``name`` at
        one of its addresses otherwise than the poller finds it now (``answers(url)``: a login
        since, or it went down; each member of an Alertmanager cluster on its own, fresh-user
        review 70 AK2: a member stopped kept "✓ answers"); or when the polls found other members
        to be one Alertmanager since (``aliases``: the window opened before the first poll
        listed one Alertmanager under two names twice)."""
        if not self.checking and (any(c.name == name and c.ok != answers(c.url) for c in self.checks)
                                  or self.checks and self._aliases != self.controller.aliases):
            self.check()

    def _checked(self, checks, error) -> None:
        self.checking = False
        self.button.setEnabled(True)
        if error is None:
            self.checks = list(checks)
        if self._aliases != self.controller.aliases:  # a poll found one Alertmanager under two names meanwhile
            self.check()
            return
        self._changed()

    def hint(self, names: Sequence[str]) -> str:
        """The checklist's hint for the dashboards (or tools) called ``names``."""
        if self.checking:
            return tr("checking…")
        if not self.checks:
            return ""
        ok = len({c.name for c in self.checks if c.ok and c.name in names})  # a cluster: one member is enough
        return tr("%1 of %2 answered").replace("%1", str(ok)).replace("%2", str(len(names)))

    def show(self) -> None:
        """Fill the table: one row per dashboard (per member of the Alertmanager cluster; one
        for an Alertmanager listed under several addresses), its addresses as tooltip."""
        translate = QCoreApplication.translate
        rows = [(dashboard_label(check, self.checks, translate), _state(check),
                 translate_reason(check.detail, translate)) for check in self.checks]
        if self.checking:
            rows.append(("", tr("Checking the dashboards…"), ""))
        # an Alertmanager under two addresses names both: its label may take most of the width
        fill_tree(self.tree, rows, widest=max(COLUMN_MAX_PX, self.tree.viewport().width() * 2 // 3))
        for index, check in enumerate(self.checks):
            self.tree.topLevelItem(index).setToolTip(0, "\n".join((check.url, *check.also)))
        self._fit_rows(len(rows))

    def _fit_rows(self, rows: int) -> None:
        """As tall as ``rows`` rows (within ``ROWS_AT_LEAST`` and ``ROWS_AT_MOST``), no taller: the
        box left ~150 px empty under its four rows (a fresh-user review), room the notes need."""
        tree = self.tree
        shown = max(ROWS_AT_LEAST, min(rows, ROWS_AT_MOST))
        row = tree.sizeHintForRow(0) if tree.topLevelItemCount() else tree.fontMetrics().height() + 2
        tree.setFixedHeight(tree.header().sizeHint().height() + shown * row + 2 * tree.frameWidth() + 4)


def _state(check: DashboardCheck) -> str:
    """The Answer cell: it answers, it asks for credentials (HTTP 401/403), it answers but not as
    that dashboard, or no answer (``DashboardCheck.state``)."""
    mark = "✓ " if check.ok else "⚠ " if check.needs_login else "✗ "
    return mark + QCoreApplication.translate("dashboard", check.state)
