"""The start checklist's dashboards (guide: "Verifiquei dashboards estão carregando"): one
answer each, as ``handoff_checks`` asks them (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class DashboardCheck:
    """One dashboard's answer: ``ok`` when it answered (HTTP below 400); ``needs_login`` when it
    asked for credentials instead (HTTP 401/403, after Alertmanager's stored ones were sent):
    not ``ok``, shown as "needs credentials"; ``unexpected`` when it answered, but not as that
    dashboard does (an Alertmanager address whose status is not Alertmanager's API): not
    ``ok``; ``detail`` is "HTTP 200, 85 ms" or the reason it did not answer (in English, or a
    keyring's reason as an ``i18n.Message``: shown through ``reasons.translate_reason``)."""

    name: str
    url: str
    ok: bool
    detail: Message | str
    needs_login: bool = False
    unexpected: bool = False

    @property
    def state(self) -> str:
        """"answers", "needs credentials", "unexpected answer" or "no answer", in English (the
        start window, the checklist and the command line translate them)."""
        if self.ok:
            return QT_TRANSLATE_NOOP("dashboard", "answers")
        if self.needs_login:
            return QT_TRANSLATE_NOOP("dashboard", "needs credentials")
        if self.unexpected:
            return QT_TRANSLATE_NOOP("dashboard", "unexpected answer")
        return QT_TRANSLATE_NOOP("dashboard", "no answer")


def dashboard_label(check: DashboardCheck, checks: Sequence[DashboardCheck]) -> str:
    """The name that tells ``check`` apart among ``checks``: "Alertmanager", or
    "Alertmanager (am1:9093)" when several members of a cluster were asked."""
    if sum(1 for other in checks if other.name == check.name) < 2:
        return check.name
    return f"{check.name} ({check.url.partition('://')[2].rstrip('/') or check.url})"
