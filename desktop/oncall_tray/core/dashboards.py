"""The start checklist's dashboards (guide: "Verifiquei dashboards estão carregando"): one
answer each, as ``handoff_checks`` asks them (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP, Message, Translate, english


@dataclass(frozen=True)
class DashboardCheck:
    """One dashboard's answer: ``ok`` when it answered (HTTP below 400); ``needs_login`` when it
    asked for credentials instead (HTTP 401/403, after Alertmanager's stored ones were sent):
    not ``ok``, shown as "needs credentials"; ``unexpected`` when it answered, but not as that
    dashboard does (an Alertmanager address whose status is not Alertmanager's API): not
    ``ok``; ``detail`` is "HTTP 200, 85 ms" or the reason it did not answer (in English, or a
    keyring's reason as an ``i18n.Message``: shown through ``reasons.translate_reason``);
    ``also``: the other addresses of the settings that are the same Alertmanager as ``url``
    (``ClusterPoll.aliases``, review 61 W9), not asked again."""

    name: str
    url: str
    ok: bool
    detail: Message | str
    needs_login: bool = False
    unexpected: bool = False
    also: tuple[str, ...] = ()

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


#: How one Alertmanager listed under several addresses is labelled (context "dashboard").
ALSO = QT_TRANSLATE_NOOP("dashboard", "%1, also %2")


def dashboard_label(check: DashboardCheck, checks: Sequence[DashboardCheck], tr: Translate = english) -> str:
    """The name that tells ``check`` apart among ``checks``, in ``tr``'s language: "Alertmanager",
    or "Alertmanager (am1:9093)" when several members of a cluster were asked, or "Alertmanager
    (127.0.0.1:9093, also localhost:9093)" for one listed under two addresses (``also``: it is
    asked and listed once, naming both, as the rest of the tray says it: review 61 W9)."""
    if check.also:
        names = tr("dashboard", ALSO).replace("%1", _host(check.url)).replace("%2", ", ".join(map(_host, check.also)))
        return f"{check.name} ({names})"
    if sum(1 for other in checks if other.name == check.name) < 2:
        return check.name
    return f"{check.name} ({_host(check.url)})"


def _host(url: str) -> str:
    """``url`` without its scheme and trailing slash: "am1:9093"."""
    return url.partition("://")[2].rstrip("/") or url
