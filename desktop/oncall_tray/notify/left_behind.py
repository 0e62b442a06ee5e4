"""Resolved alerts whose acknowledgement silence is left behind (guide: "Remova silenciamento após
resolver"): the notices that offer to expire it, in place of the alerts' plain "Resolved" ones
(no Qt, no I/O). Texts in the translation context of ``attention_messages``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from ..alertmanager.models import Alert, Silence
from ..core.alert_order import same_place
from ..core.names import name_list
from ..core.overview import Light
from ..core.severity import Severity
from ..core.silencing import covered, left_behind
from ..core.tracker import AlertEvent, EventKind
from ..i18n import Translate
from .attention_messages import CONTEXT, about, local_time_text
from .messages import Notice, alert_notice, notice, resolved_summary


def left_behind_notice(silence: Silence, alerts: Sequence[Alert], tr: Translate,
                       zone: dt.tzinfo | None = None) -> Notice:
    """Acknowledged alerts resolved and their silence mutes nothing else: offer to expire it
    (guide: "Remova silenciamento após resolver"). One alert: its name in the title; several
    (one silence over many alerts): their count in the title, their names in the body. It
    stands for the alerts' plain "Resolved" notices (``with_left_behind``)."""
    until = local_time_text(silence.ends_at, dt.datetime.now(dt.timezone.utc), tr, zone)
    offer = tr(CONTEXT, "Silence by %1 until %2: %3. Expire it in the Silences tab.").replace(
        "%1", silence.created_by).replace("%2", until).replace("%3", silence.comment)
    if len(alerts) == 1:
        title = tr(CONTEXT, "Resolved: %1 (silence still active)").replace("%1", alerts[0].display_name)
        return notice(title, about(alerts[0], offer), None, quiet=True, fingerprint=alerts[0].fingerprint,
                      light=Light.OK)
    title = tr(CONTEXT, "Resolved: %1 alerts (silence still active)").replace("%1", str(len(alerts)))
    names = name_list(alert.display_name for alert in alerts)
    return notice(title, names + "\n" + offer, None, quiet=True, light=Light.OK)


def left_behind_summary(offers: Sequence[tuple[Silence, Sequence[Alert]]], tr: Translate) -> Notice:
    """One notice for many left-behind silences (more than the summary threshold): the alerts
    and silences counted in the title, the alerts' names in the body, and where to expire them."""
    alerts = list({alert.fingerprint: alert for _silence, group in offers for alert in group}.values())
    title = tr(CONTEXT, "Resolved: %1 alerts (%2 silences still active)").replace("%1", str(len(alerts))).replace(
        "%2", str(len(offers)))
    body = name_list(alert.display_name for alert in alerts) + "\n" + tr(
        CONTEXT, "Their silences mute nothing else now. Expire them in the Silences tab.")
    return notice(title, body, None, quiet=True, light=Light.OK)


def with_left_behind(notices: list[Notice], resolved: Sequence[Alert], silences: Mapping[str, Silence],
                     current: Iterable[Alert], tr: Translate, threshold: int = 3,
                     zone: dt.tzinfo | None = None, severities: Mapping[str, Severity] | None = None) -> list[Notice]:
    """``notices`` (a poll's, from ``poll_plan.plan``) where resolved alerts whose silence is left
    behind (``core.silencing.left_behind``) get that notice instead of their plain "Resolved":
    one per silence, or one for all when more than ``threshold`` silences are left behind. The
    "N alerts resolved" summary goes too when every resolved alert is in those notices, and
    counts the others only when some are not (``severities``: the resolved alerts'; review 43
    F5: one resolution was in "4 alerts resolved" and in its own notice): one notification per
    resolution, not two."""
    current = list(current)
    offers = left_behind(resolved, silences, covered(current)) if resolved else []
    if not offers:
        return notices
    if len(offers) > threshold:
        left = [left_behind_summary(offers, tr)]
    else:
        left = [left_behind_notice(silence, group, tr, zone) for silence, group in offers]
    replaced = {alert.fingerprint for _silence, group in offers for alert in group}
    every = replaced.issuperset(alert.fingerprint for alert in resolved)

    def plain_resolved(n: Notice) -> bool:  # "Resolved: X" or "N alerts resolved": quiet, about alerts of a severity
        return n.quiet and n.severity is not None and (n.fingerprint in replaced if n.fingerprint else every)

    rest = [(a, severities[a.fingerprint]) for a in resolved if a.fingerprint not in replaced
            and a.fingerprint in (severities or {})]
    kept = []
    for n in notices:
        if not every and rest and n.quiet and n.severity is not None and not n.fingerprint:  # the summary: the others
            kept += _resolved(rest, [*current, *resolved], tr, threshold)
        elif not plain_resolved(n):
            kept.append(n)
    return kept + left


def _resolved(rest: Sequence[tuple[Alert, Severity]], alerts: Sequence[Alert], tr: Translate,
              threshold: int) -> list[Notice]:
    """The resolutions of ``rest`` (alert, severity) as ``poll_plan.plan`` says them: "N alerts
    resolved" for more than ``threshold``, else each its own "Resolved: X" with where it fired
    (told apart from the others of its name and place among ``alerts``; review 63 Z5: one alert
    left over was "1 alerts resolved")."""
    if len(rest) > threshold:
        return [resolved_summary(rest, tr)]
    return [alert_notice(AlertEvent(EventKind.RESOLVED, alert, severity), tr, same_place(alert, alerts))
            for alert, severity in rest]
