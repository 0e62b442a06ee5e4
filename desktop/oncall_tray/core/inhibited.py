"""The alerts Alertmanager inhibits, said where the tray shows what inhibits them (no Qt).

The tray's list leaves out an alert an ``inhibit_rules`` entry mutes (``HighLatencyP95`` while
``APIDown`` fires on its instance), since what inhibits it is shown. But nothing said that it
inhibited anything (Q6): the warnings behind it stayed unseen, and surfaced at once, past their
response targets, when it resolved. The request for the alerts asks for them too, set apart
(``AlertList.inhibited``; one both inhibited and silenced stays in the list, silenced: it is
someone's already); these functions name them by what inhibits them, for the header, the
detail pane, ``status``, the shift start checklist and the end's pending items. They are never
counted as unacknowledged (the badge, the colour).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from ..alertmanager.models import Alert
from ..i18n import Translate
from .alert_order import named as named_with, told_place, where
from .names import name_list
from .severity import Severity, SeverityMap, severity_word

CONTEXT = "inhibited"
#: Names listed in one line; the rest are counted ("… (+3)").
NAMES_SHOWN = 8


def inhibited_by(inhibited: Iterable[Alert], fingerprint: str) -> list[Alert]:
    """The alerts of ``inhibited`` whose ``inhibitedBy`` names ``fingerprint``."""
    return [alert for alert in inhibited if fingerprint in alert.status.inhibited_by]


def by_inhibitor(inhibited: Iterable[Alert], known: Mapping[str, Alert]) -> dict[str, list[Alert]]:
    """``inhibited`` grouped by the name of what inhibits them ("APIDown"; several: "APIDown,
    NodeDown"), in the order first met. An inhibiting alert is looked up in ``known`` (the
    alerts shown, by fingerprint) and among ``inhibited`` (a chain); one in neither (the
    settings' filter leaves it out) is named by the start of its fingerprint."""
    others = {alert.fingerprint: alert for alert in inhibited}
    groups: dict[str, list[Alert]] = {}
    for alert in others.values():
        names = inhibitors_of(alert, known, others)
        groups.setdefault(", ".join(dict.fromkeys(names)) or "?", []).append(alert)
    return groups


def inhibitors_of(alert: Alert, known: Mapping[str, Alert], others: Mapping[str, Alert] | None = None) -> list[str]:
    """The names of the alerts that inhibit ``alert`` (its ``inhibitedBy``), each looked up in
    ``known`` then ``others`` (by fingerprint); one in neither is named by the start of its
    fingerprint."""
    names = []
    for fingerprint in alert.status.inhibited_by:
        source = inhibitor(fingerprint, known, others)
        names.append(source.display_name if source is not None else fingerprint[:8])
    return names


def inhibitor(fingerprint: str, known: Mapping[str, Alert], others: Mapping[str, Alert] | None = None) -> Alert | None:
    """The alert of ``fingerprint`` (one of an ``inhibitedBy``) as ``known`` has it, else
    ``others`` (an inhibited one: a chain); None when in neither."""
    return known.get(fingerprint) or (others or {}).get(fingerprint)


def inhibited_by_text(alert: Alert, known: Mapping[str, Alert], others: Mapping[str, Alert] | None,
                      telling: Mapping[str, str], tr: Translate) -> str:
    """The detail pane's line for ``alert``, listed though inhibited (silenced as well): "Inhibited
    by APIDown (backend / conectsuite-backend:3001)", each alert of its ``inhibitedBy`` looked up
    as ``inhibitors_of`` does and named as every list names an alert (``alert_order.named``: where
    it fires and, from ``telling``, fingerprint -> ``AlertSnapshot.telling``, what tells it from
    another of its name and place); one in neither (not watched: the settings' filter or receiver;
    or resolved) by its whole fingerprint, "an alert not in the list (not watched, or resolved):
    0f3c…"; "" when nothing inhibits it."""
    parts = []
    for fingerprint in alert.status.inhibited_by:
        source = inhibitor(fingerprint, known, others)
        parts.append(tr(CONTEXT, "an alert not in the list (not watched, or resolved): %1").replace("%1", fingerprint)
                     if source is None else named_with(source.display_name,
                                                       told_place(where(source), telling.get(fingerprint, ""))))
    return tr(CONTEXT, "Inhibited by %1").replace("%1", ", ".join(parts)) if parts else ""


def named(alerts: Sequence[Alert], severity_of: Callable[[Alert], Severity], tr: Translate,
          shown: int = NAMES_SHOWN) -> str:
    """"HighHTTPErrorRate (warning), HighLatencyP95 (warning)": each alert's name and severity
    (``tr``'s words), counted and cut as ``names.name_list`` does ("HighLatencyP95 (warning) ×3",
    "… (+N)")."""
    return name_list((f"{alert.display_name} ({severity_word(severity_of(alert), tr)})" for alert in alerts), shown)


def inhibited_name(alert: Alert, known: Mapping[str, Alert], tr: Translate, name: str = "") -> str:
    """An inhibited alert's name in a list of alerts: "HighLatencyP95 (inhibited by APIDown)";
    ``name``: the name as the list gives it otherwise ("HighLatencyP95 (silenced)": one both
    silenced and inhibited, listed with the others silenced)."""
    return tr(CONTEXT, "%1 (inhibited by %2)").replace("%1", name or alert.display_name).replace(
        "%2", ", ".join(dict.fromkeys(inhibitors_of(alert, known))))


def inhibited_words(alert: Alert, known: Mapping[str, Alert], tr: Translate) -> str:
    """"inhibited by APIDown": what inhibits ``alert`` (``inhibitors_of``, of ``known``), said
    as its state apart from its name (the start window's State column: a long name never cuts it)."""
    return tr(CONTEXT, "inhibited by %1").replace("%1", ", ".join(dict.fromkeys(inhibitors_of(alert, known))))


def inhibits_text(inhibited: Iterable[Alert], fingerprint: str, severity_of: Callable[[Alert], Severity],
                  tr: Translate) -> str:
    """The detail pane's line for the alert ``fingerprint``: "Inhibits: HighHTTPErrorRate
    (warning), HighLatencyP95 (warning)"; "" when it inhibits none of ``inhibited``."""
    alerts = inhibited_by(inhibited, fingerprint)
    return tr(CONTEXT, "Inhibits: %1").replace("%1", named(alerts, severity_of, tr)) if alerts else ""


def inhibitor_names(inhibited: Iterable[Alert], known: Mapping[str, Alert]) -> tuple[str, ...]:
    """The names of what inhibits ``inhibited`` (``by_inhibitor``'s), each once."""
    groups = by_inhibitor(inhibited, known)
    return tuple(dict.fromkeys(name for group in groups for name in group.split(", ")))


def count_text(count: int, names: Sequence[str], tr: Translate) -> str:
    """The header's and the tray tooltip's line: "+2 inhibited by APIDown" (``count`` alerts
    inhibited by those ``names``: ``inhibitor_names``); "" when ``count`` is 0."""
    if not count:
        return ""
    return tr(CONTEXT, "+%1 inhibited by %2").replace("%1", str(count)).replace("%2", ", ".join(names))


def inhibited_lines(inhibited: Sequence[Alert], known: Mapping[str, Alert], severity_of: Callable[[Alert], Severity],
                    tr: Translate, pattern: str = "") -> list[str]:
    """One line per inhibiting alert, for ``status`` and the shift start checklist: "Inhibited by
    APIDown (not listed): HighHTTPErrorRate (warning), HighLatencyP95 (warning)" (``pattern``,
    translated, instead: %1 what inhibits them, %2 their names)."""
    pattern = pattern or tr(CONTEXT, "Inhibited by %1 (not listed): %2")
    return [pattern.replace("%1", source).replace("%2", named(alerts, severity_of, tr))
            for source, alerts in by_inhibitor(inhibited, known).items()]


def severity_lines(pairs: Sequence[tuple[Alert, Severity]], known: Mapping[str, Alert], tr: Translate,
                   pattern: str = "") -> list[str]:
    """``inhibited_lines`` of inhibited alerts given with their severities (``handoff.Live``'s)."""
    severities = {alert.fingerprint: severity for alert, severity in pairs}
    return inhibited_lines([alert for alert, _severity in pairs], known, lambda a: severities[a.fingerprint], tr,
                           pattern)


def pending_lines(pairs: Sequence[tuple[Alert, Severity]], known: Mapping[str, Alert],
                  tr: Translate) -> list[tuple[str, str]]:
    """The shift end's pending items for the inhibited alerts (``handoff.Live``'s, with their
    severities), one per inhibiting alert, each with its key ("inhibited:APIDown"): "Mind what
    fires behind APIDown (inhibited, not listed): HighHTTPErrorRate (warning), HighLatencyP95
    (warning)" (guide, handing over: "Revisar alertas ativos", "Documentar pendências"; they
    surface, past their targets, once it resolves)."""
    keys = [f"inhibited:{source}" for source in by_inhibitor([alert for alert, _severity in pairs], known)]
    lines = severity_lines(pairs, known, tr, tr(CONTEXT, "Mind what fires behind %1 (inhibited, not listed): %2"))
    return list(zip(keys, lines))


def with_severities(inhibited: Iterable[Alert] | None, synonyms: Mapping[str, str]) -> list[tuple[Alert, Severity]]:
    """Each of ``inhibited`` (None: unknown, none) with its severity under the settings'
    ``severity_synonyms``."""
    of = SeverityMap(synonyms).of
    return [(alert, of(alert)) for alert in inhibited or ()]
