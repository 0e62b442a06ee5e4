"""Code review 79 AT1, AT2: an escalation summary hid alerts that still needed escalating.

AT1: a summary's ``Notice.refreshes`` key was the level only, so "Escalate to L2: 5 alerts" about
Down5..Down9 replaced on screen the earlier "Escalate to L2: 5 alerts" about Down0..Down4, which had
closed their single notices: no notification named Down0..Down4 any more. A summary now replaces an
earlier one only when it covers every alert that one covered still firing (``freedesktop.says_again``;
code review 80 AV2: counting the resolved ones too, a summary was never replaced once one resolved).
AT2: a summary of 12 alerts names 8 ("… (+4)") but closed the single notices of all 12: it now closes
only those of the alerts its body names. Message level (real ``attention_notices`` and ``NoticePacer``);
end to end with dunst in ``test_escalation_replaces``."""

from __future__ import annotations

import datetime as dt
import re

from oncall_tray.alertmanager.models import Alert, AlertStatus
from oncall_tray.core.attention_found import Attention
from oncall_tray.core.severity import Severity
from oncall_tray.i18n import translator
from oncall_tray.notify.attention_messages import attention_notices
from oncall_tray.notify.freedesktop import says_again
from oncall_tray.notify.messages import escalation_key
from oncall_tray.notify.pacing import NoticePacer

T = dt.datetime(2026, 12, 7, 3, 0, tzinfo=dt.UTC)
PREFIX = "Escalate to L2"


def _alert(name: str, minutes: int = 20) -> Alert:
    return Alert(fingerprint=f"f-{name}", labels={"alertname": name, "severity": "critical"}, annotations={},
                 status=AlertStatus("active"), starts_at=T - dt.timedelta(minutes=minutes))


def _say(names, now, pacer, level: str = "L2", also=()):
    """The notices of the escalations of ``names`` due at ``level``, ``also`` firing too."""
    alerts = {a.fingerprint: a for a in (_alert(n) for n in names)}
    attention = Attention(escalations=[(a, Severity.CRITICAL, level) for a in alerts.values()])
    firing = {**{a.fingerprint: a for a in (_alert(n) for n in also)}, **alerts}
    return attention_notices(attention, firing, translator("en"), now, pacer=pacer)


def test_a_summary_of_other_alerts_does_not_replace_the_earlier_summary():
    pacer = NoticePacer()
    (first,) = _say([f"Down{n}" for n in range(5)], T, pacer)
    (second,) = _say([f"Down{n}" for n in range(5, 10)], T + dt.timedelta(minutes=5), pacer,
                     also=[f"Down{n}" for n in range(5)])  # still firing: still to escalate
    assert first.title == second.title == f"{PREFIX}: 5 alerts"
    assert not says_again(first, second)  # Down0..Down4 are named by the first only: it stays
    # the same alerts and more, said again (a new shift: review 72 AS3), replace it
    (again,) = _say([f"Down{n}" for n in range(10)], T + dt.timedelta(minutes=10), pacer)
    assert says_again(first, again) and says_again(second, again)
    # fewer of them do not while the one left out fires: it would be named no more
    (fewer,) = _say([f"Down{n}" for n in range(1, 10)], T + dt.timedelta(minutes=15), pacer, also=["Down0"])
    assert not says_again(again, fewer)


def test_a_summary_replaces_one_whose_other_alerts_resolved_since():
    """Code review 80 AV2: once Down0 resolved, no later summary covered "Escalate to L2: 5 alerts"
    (Down0..Down4): said again for a new shift, "… 4 alerts" stood beside it, naming the resolved
    alert. An alert of the earlier one still firing and not covered still keeps it (AT1)."""
    pacer = NoticePacer()
    (first,) = _say([f"Down{n}" for n in range(5)], T, pacer)
    (again,) = _say([f"Down{n}" for n in range(1, 5)], T + dt.timedelta(minutes=5), pacer)  # Down0 resolved
    assert again.title == f"{PREFIX}: 4 alerts"
    assert says_again(first, again)
    (others,) = _say([f"Down{n}" for n in range(5, 9)], T + dt.timedelta(minutes=10), pacer,
                     also=[f"Down{n}" for n in range(1, 5)])  # Down1..4 still fire: only the first names them
    assert not says_again(again, others)
    (after,) = _say([f"Down{n}" for n in range(5, 9)], T + dt.timedelta(minutes=15), pacer)  # all resolved
    assert says_again(again, after)


def test_a_summary_of_several_levels_replaces_only_one_covering_fewer():
    pacer = NoticePacer()
    alerts = {a.fingerprint: a for a in (_alert(f"Down{n}") for n in range(6))}
    mixed = [(a, Severity.CRITICAL, "L2" if n % 2 else "L3") for n, a in enumerate(alerts.values())]
    (first,) = attention_notices(Attention(escalations=mixed[:4]), alerts, translator("en"), T, pacer=pacer)
    later = T + dt.timedelta(minutes=5)
    (second,) = attention_notices(Attention(escalations=mixed[2:]), alerts, translator("en"), later, pacer=pacer)
    assert first.title == second.title == "Escalate: 4 alerts"
    assert not says_again(first, second)


def test_a_summary_closes_only_the_single_notices_of_the_alerts_it_names():
    (summary,) = _say([f"Down{n}" for n in range(10, 22)], T, NoticePacer())
    assert summary.title == f"{PREFIX}: 12 alerts" and summary.body.endswith("(+4)")
    named = re.split(r"\s…\s", summary.body)[0].split(", ")  # "Down10, …, Down17 … (+4)"
    assert len(named) == 8
    assert set(summary.closes) == {escalation_key("L2", f"f-{name}") for name in named}


def test_a_body_cut_short_closes_only_the_names_shown_whole():
    names = [f"PaymentsGatewayLatencyBudgetBurning{n:02d}" for n in range(8)]  # 8 names of 38: cut at 255
    (summary,) = _say(names, T, NoticePacer())
    whole = [name for name in names if name + "," in summary.body]  # "…, Name04,…": cut after a comma
    assert 0 < len(whole) < 8, summary.body
    assert set(summary.closes) == {escalation_key("L2", f"f-{name}") for name in whole}
