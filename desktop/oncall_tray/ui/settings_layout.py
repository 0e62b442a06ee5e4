"""What the settings dialog shows: its tabs, each key's label and tooltip, the choices of the
keys that have a few values, and examples for empty fields. Keys not listed here appear on an
"Other" tab by themselves, so a new setting is never hidden."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication

from ..sla_settings import system_zone

TR_CONTEXT = "settings"  # the labels are translated in this context when shown
URLS = "alertmanager_urls"  # one editor for alertmanager_url and alertmanager_peers

#: Tabs, in order, with their keys (label, and an optional tooltip). Labels are marked for
#: translation here and translated when shown.
TABS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (QT_TR_NOOP("Alertmanager"), [
        (URLS, QT_TR_NOOP("Alertmanager URLs"),
         QT_TR_NOOP("One per line; several are the members of one HA cluster, polled together")),
        ("auth_method", QT_TR_NOOP("Authentication"), ""),
        ("auth_username", QT_TR_NOOP("User name"), QT_TR_NOOP("The password or token is kept in the system keyring")),
        ("ca_bundle", QT_TR_NOOP("Extra CA certificates (PEM file)"),
         QT_TR_NOOP("Trusted in addition to the system's certificates")),
        ("insecure_skip_verify", QT_TR_NOOP("Do not check TLS certificates (insecure)"), ""),
        ("poll_interval", QT_TR_NOOP("Poll every (seconds)"), ""),
        ("max_retry_interval", QT_TR_NOOP("Longest wait between retries (seconds)"),
         QT_TR_NOOP("While Alertmanager fails it is asked again after 1, 2, 4, 8… seconds, each wait at most "
                    "this or the poll interval, whichever is smaller")),
        ("request_timeout", QT_TR_NOOP("Request timeout (seconds)"), ""),
    ]),
    (QT_TR_NOOP("Alerts"), [
        ("engineer", QT_TR_NOOP("Your name"), QT_TR_NOOP("Author of acknowledgements and silences")),
        ("filter", QT_TR_NOOP("Only alerts matching (one matcher per line)"), ""),
        ("receiver", QT_TR_NOOP("Receiver (regular expression)"), ""),
        ("severity_synonyms", QT_TR_NOOP("Severity synonyms (value: severity, one per line)"), ""),
        ("volatile_labels", QT_TR_NOOP("Volatile labels (comma-separated)"),
         QT_TR_NOOP("Left out of an acknowledgement's matchers")),
        ("contacts", QT_TR_NOOP("Emergency contacts (role: how to reach them, one per line)"),
         QT_TR_NOOP("The escalation message names those of its level (L2: Tech Lead, SRE; L3: CTO, Arquiteto); "
                    "the start checklist lists them all")),
    ]),
    (QT_TR_NOOP("SLA"), [
        ("sla_critical_respond_minutes", QT_TR_NOOP("Critical: respond within (minutes)"), QT_TR_NOOP("0: no target")),
        ("sla_critical_resolve_minutes", QT_TR_NOOP("Critical: resolve within (minutes)"), QT_TR_NOOP("0: no target")),
        ("sla_critical_l2_after_minutes", QT_TR_NOOP("Critical: escalate to L2 after (minutes)"), QT_TR_NOOP("0: never")),
        ("sla_critical_l3_after_minutes", QT_TR_NOOP("Critical: escalate to L3 after (minutes)"), QT_TR_NOOP("0: never")),
        ("sla_warning_respond_minutes", QT_TR_NOOP("Warning: respond within (minutes)"), QT_TR_NOOP("0: no target")),
        # a warning's second target is the guide's "Investigação < 30min" (review 55 M4)
        ("sla_warning_resolve_minutes", QT_TR_NOOP("Warning: investigate within (minutes)"),
         QT_TR_NOOP("0: no target")),
        ("sla_warning_l2_after_minutes", QT_TR_NOOP("Warning: escalate to L2 after (minutes)"), QT_TR_NOOP("0: never")),
        ("sla_warning_l3_after_minutes", QT_TR_NOOP("Warning: escalate to L3 after (minutes)"), QT_TR_NOOP("0: never")),
        # counted from the escalation to L2 recorded (guide: L2 "Resolução esperada: < 30 minutos")
        ("sla_l2_resolve_minutes", QT_TR_NOOP("L2: resolve within (minutes)"),
         QT_TR_NOOP("Counted from the escalation to L2 you record; 0: no target")),
        ("business_days", QT_TR_NOOP("Business days (comma-separated)"), ""),
        ("business_hours", QT_TR_NOOP("Business hours"), ""),
        ("timezone", QT_TR_NOOP("Time zone (empty: the system's)"), ""),
    ]),
    (QT_TR_NOOP("Notifications and language"), [
        ("notifications", QT_TR_NOOP("Desktop notifications"), ""),
        ("notification_summary_threshold", QT_TR_NOOP("One summary for more new alerts than"), ""),
        ("reminder_minutes", QT_TR_NOOP("Remind of an unacknowledged critical alert every (minutes)"),
         QT_TR_NOOP("0: never")),
        ("sound", QT_TR_NOOP("Play a sound with critical notifications"), ""),
        ("language", QT_TR_NOOP("Language"), ""),
    ]),
    (QT_TR_NOOP("Links"), [
        ("grafana_url", QT_TR_NOOP("Grafana"), ""),
        ("prometheus_url", QT_TR_NOOP("Prometheus"), ""),
        ("jaeger_url", QT_TR_NOOP("Jaeger"), ""),
    ]),
]
#: How a field's message names the other SLA target of its pair (the same severity's, so
#: the label without the severity and the unit); see ``sla_settings.check_order``.
ORDER_NAMES = {
    **{f"sla_{severity}_respond_minutes": QT_TR_NOOP("respond within") for severity in ("critical", "warning")},
    "sla_critical_resolve_minutes": QT_TR_NOOP("resolve within"),
    "sla_warning_resolve_minutes": QT_TR_NOOP("investigate within"),
    **{f"sla_{severity}_l2_after_minutes": QT_TR_NOOP("escalate to L2 after") for severity in ("critical", "warning")},
    **{f"sla_{severity}_l3_after_minutes": QT_TR_NOOP("escalate to L3 after") for severity in ("critical", "warning")},
}
#: What 0 means in a field of minutes (sla_settings: no target, or no escalation; no reminder),
#: shown beside the field while it holds 0 (fresh-user review: 0 was taken with no hint).
ZERO_MEANS = {
    **{f"sla_{severity}_{target}_minutes": QT_TR_NOOP("no target")
       for severity in ("critical", "warning") for target in ("respond", "resolve")},
    "sla_l2_resolve_minutes": QT_TR_NOOP("no target"),
    **{f"sla_{severity}_{level}_after_minutes": QT_TR_NOOP("never")
       for severity in ("critical", "warning") for level in ("l2", "l3")},
    "reminder_minutes": QT_TR_NOOP("never"),
}
CHOICES = {
    "auth_method": [("none", QT_TR_NOOP("None")), ("basic", QT_TR_NOOP("User name and password (basic auth)")),
                    ("bearer", QT_TR_NOOP("Bearer token"))],
    "language": [("", QT_TR_NOOP("System language")), ("pt_BR", "Português (Brasil)"), ("en", "English")],
}
MULTILINE = {URLS, "filter", "severity_synonyms", "contacts"}
#: Mappings, one "key: value" per line.
MAPPINGS = {"severity_synonyms", "contacts"}
def example_text(key: str) -> str:
    """What an empty field shows (grey): "e.g. " and its example, so that it does not read as
    the value in force (review 25: an empty time zone showed "America/Sao_Paulo" while UTC
    applied); for the time zone, the system's zone that applies while it is empty."""
    translate = QCoreApplication.translate
    example = translate("settings", "e.g. %1").replace("%1", EXAMPLES[key])
    if key == "timezone":
        return translate("settings", "the system's (%1); %2").replace("%1", str(system_zone())).replace("%2", example)
    return example


#: Examples shown in empty fields (not translated: they are what is typed).
EXAMPLES = {URLS: "https://alertmanager.example.com:9093", "filter": 'team="conectcrm"',
            "severity_synonyms": "sev1: critical", "timezone": "America/Sao_Paulo",
            "contacts": "Tech Lead: Ana Souza - +55 11 99999-0000 - ana@conectcrm.com",
            "ca_bundle": "/etc/ssl/corp-ca.pem", "business_hours": "09:00-18:00"}
