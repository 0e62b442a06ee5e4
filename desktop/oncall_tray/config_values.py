"""The settings' values, each checked alone (no Qt): ``VALUE_CHECKS`` gives the problem of a
value already of the right type (``config.validate`` converts first), in the engineer's words."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from pathlib import Path

from . import sla_settings
from .alertmanager.connection import AUTH_METHODS
from .alertmanager.matchers import MatcherSyntaxError, check_regex, parse_matcher
from .config_urls import check_url
from .core.severity import SeverityMap
from .i18n import Message, Number
from .url_passwords import shown_url

LANGUAGES = ("", "pt_BR", "en")


def _range(low: float, high: float):
    def check(value: float) -> Message | None:
        if not low <= value <= high:
            return Message("settings", "must be between %1 and %2 seconds", (Number(low), Number(high)))
        return None
    return check


def _check_filter(value: tuple[str, ...]) -> Message | None:
    wrong: Message | None = None
    for matcher in value:
        try:
            parse_matcher(matcher)
        except MatcherSyntaxError as exc:
            wrong = exc.message if wrong is None else Message("settings", "%1; %2", (wrong, exc.message))
    return Message("settings", "not a valid matcher: %1", (wrong,)) if wrong else None


def _check_receiver(value: str) -> Message | None:
    """Alertmanager reads ``receiver`` as a regular expression (a 400 at every poll otherwise)."""
    try:
        check_regex(value, value)
    except MatcherSyntaxError as exc:
        return Message("settings", "not a regular expression Alertmanager accepts: %1", (exc.message,))
    return None


def _check_synonyms(value: dict[str, str]) -> Message | None:
    """Each value -> critical, warning or info. Not the severities' own names (review 16:
    ``critical: info`` silently made every critical alert info: no red icon, no SLA clock), and
    not an empty value."""
    for key, severity in value.items():
        if not key.strip():
            return Message("settings", "an empty value cannot be a synonym (%1)", (f": {severity}",))
        if key.strip().lower() in ("critical", "warning", "info"):
            return Message("settings", "%1 is a severity itself: only other values can be its synonyms",
                           (key.strip(),))
        if not severity.strip():  # "sev1 critical" typed in the settings dialog, without the colon (review 15)
            return Message("settings", "%1: no severity; write the value, a colon, then the severity "
                                       "(sev1: critical)", (key,))
        try:
            SeverityMap({key: severity})
        except ValueError:
            return Message("settings", "%1: %2 is not critical, warning or info", (key, repr(severity)))
    return None


def _check_contacts(value: dict[str, str]) -> Message | None:
    """Role -> how to reach them, both written out (an empty one names no one in an escalation)."""
    for role, contact in value.items():
        if not role.strip():
            return Message("settings", "a contact needs its role (Tech Lead, SRE, CTO...): %1", (contact,))
        if not contact.strip():
            return Message("settings", "%1: how to reach them is empty", (role,))
    return None


def canonical_language(value: str) -> str:
    """``value`` as the settings name a language: the usual spellings of the shipped ones
    (``pt-BR``, ``pt_br``, ``pt``, ``en_US``...: review 42 F15) become ``pt_BR`` and ``en``;
    anything else is left as it is (``_check_language`` says what is allowed)."""
    spelled = value.strip().replace("-", "_").lower()
    if spelled in ("pt_br", "pt"):
        return "pt_BR"
    if spelled == "en" or spelled.startswith("en_"):
        return "en"
    return value


#: Settings written in more than one way, and the function that gives the one way.
CANONICAL = {"language": canonical_language}


def _check_language(value: str) -> Message | None:
    return None if value in LANGUAGES else Message("settings", "must be empty (system language), pt_BR or en")


def _check_threshold(value: int) -> Message | None:
    return None if value >= 1 else Message("settings", "must be at least 1")


def _check_browser_url(value: str) -> Message | None:
    return check_url(value, alertmanager=False)


def _check_urls(value: tuple[str, ...]) -> Message | None:
    """Every bad URL of the list, each "URL: why", one after the other (review 44 F10: only the
    first was said, the next ones once it was fixed)."""
    said: Message | None = None
    for url in reversed(value):
        error = check_url(url)
        if error:
            one = Message("settings", "%1: %2", (shown_url(url), error))
            said = one if said is None else Message("settings", "%1; %2", (one, said))
    return said


def _check_auth_method(value: str) -> Message | None:
    return None if value in AUTH_METHODS else Message("settings", "must be none, basic or bearer")


def _check_volatile(value: tuple[str, ...]) -> Message | None:
    """``alertname`` names the alert an acknowledgement is of: left out, one acknowledgement
    silences alerts of every name that share the other labels (review 16)."""
    return Message("settings", "must not hold alertname: an acknowledgement is of the alert it names") \
        if "alertname" in (v.strip() for v in value) else None


def _check_engineer(value: str) -> Message | None:
    """The engineer signs acknowledgements and silences: an empty name would refuse them all
    (review 15); the default (the login name) applies instead."""
    if not value.strip():
        return Message("settings", "must not be empty: it signs acknowledgements and silences")
    control = next((char for char in value if unicodedata.category(char) == "Cc"), None)
    return Message("settings", "holds a control character (U+%1): it would sign silences with it",
                   (f"{ord(control):04X}",)) if control else None  # (review 39: "Ana\\0" passed)


def _check_username(value: str) -> Message | None:
    return Message("settings", "must not contain a colon (basic auth)") if ":" in value else None


def _check_ca_bundle(value: str) -> Message | None:
    if value and not Path(value).expanduser().is_file():
        return Message("settings", "no such file: %1", (value,))
    return None


#: The check of each setting's value alone: key -> a function of the value giving the problem
#: (a ``Message``) or None. Settings checked together are ``config.check_together``'s.
VALUE_CHECKS = {
    "alertmanager_url": check_url, "grafana_url": _check_browser_url,
    "prometheus_url": _check_browser_url, "jaeger_url": _check_browser_url,
    "poll_interval": _range(1, 3600), "max_retry_interval": _range(1, 3600),
    "request_timeout": _range(0.5, 300), "filter": _check_filter, "receiver": _check_receiver,
    "severity_synonyms": _check_synonyms, "language": _check_language,
    "notification_summary_threshold": _check_threshold,
    "reminder_minutes": sla_settings.check_minutes,
    **{f"sla_{severity}_{what}_minutes": sla_settings.check_minutes
       for severity in ("critical", "warning") for what in ("respond", "resolve", "l2_after", "l3_after")},
    "sla_l2_resolve_minutes": sla_settings.check_minutes,
    "business_days": sla_settings.check_days, "business_hours": sla_settings.check_hours,
    "timezone": sla_settings.check_zone,
    "alertmanager_peers": _check_urls, "auth_method": _check_auth_method,
    "auth_username": _check_username, "ca_bundle": _check_ca_bundle, "engineer": _check_engineer,
    "volatile_labels": _check_volatile, "contacts": _check_contacts,
}


def entry_line(key: str, value: object, lines: Mapping[str, int]) -> int | None:
    """The line of the first entry of ``value`` (the setting ``key``'s, of its type: a mapping or
    a tuple) whose ``VALUE_CHECKS`` check fails alone, from ``lines`` (``config_read._key_lines``:
    ``severity_synonyms.sev3``, ``filter[1]``), so that ``config check`` says a bad entry of a
    long list on its own line (code review 81 AX15); None for a value of another kind, or when no
    entry fails alone or its line is not known (the caller says the key's)."""
    check = VALUE_CHECKS.get(key)
    if check is None:
        return None
    if isinstance(value, Mapping):
        found = (f"{key}.{name}" for name, entry in value.items() if check({name: entry}))
    elif isinstance(value, tuple):
        found = (f"{key}[{index}]" for index, entry in enumerate(value) if check((entry,)))
    else:
        return None
    return lines.get(next(found, ""))
