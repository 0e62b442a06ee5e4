"""The settings dialog's checks of what is typed (GUI thread only): each field's problem, in the
words of ``oncall-tray config check`` except where the dialog has a better way to say it (a
whole number, a number; the order of the SLA targets; a password in an Alertmanager URL, which
the dialog's own Authentication fields take: review 61 W5), and moving a URL's user name there.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import unquote, urlsplit

from ..config import validate
from ..config_urls import shown_url
from ..sla_settings import ORDERED_KEYS, check_order
from .settings_field import Field, translated
from .settings_layout import ORDER_NAMES, URLS
from .translations import translate, translator_for

TR_CONTEXT = "settings"
tr = translator_for(TR_CONTEXT)


def field_problem(fields: Mapping[str, Field], key: str, raw: object) -> str:
    """Why ``raw``, typed in ``key``'s field, cannot be saved ("" when it can), in the
    interface's language; ``fields``: every field of the dialog (the pairs checked together)."""
    if key == URLS:
        if not raw:
            return tr("needs at least one URL")
        if (found := url_with_password(raw)) is not None:
            return tr("%1: must not hold a password: choose “%2” in “%3” below, then enter it with “%4” (it is kept "
                      "in the system keyring)").replace("%1", shown_url(found[0])).replace(
                "%2", translated("User name and password (basic auth)")).replace(
                "%3", translated("Authentication")).replace("%4", tr("Enter password or token…"))
        _good, problems = validate({"alertmanager_url": raw[0], "alertmanager_peers": raw[1:]})
    else:
        _good, problems = validate({key: raw})
    if key == "auth_username" and not raw and fields.get("auth_method") and fields["auth_method"].raw() == "basic":
        return tr("needs a user name for basic authentication")
    if problems:
        if problems[0].kind == "type" and fields[key].kind is int:
            return tr("must be a whole number")
        if problems[0].kind == "type" and fields[key].kind is float:
            return tr("must be a number")
        return problems[0].reason.text(translate)
    if key in ORDERED_KEYS:
        return _order_problem(fields, key)
    return ""


def _order_problem(fields: Mapping[str, Field], key: str) -> str:
    """Why ``key``'s SLA target contradicts another as typed (``sla_settings.check_order``,
    naming the other by its short label), "" when it does not; a field that is not a valid value
    yet is left out (it shows its own problem)."""
    typed = {}
    for other in ORDERED_KEYS & fields.keys():
        typed.update(validate({other: fields[other].raw()})[0])
    for found, reason in check_order(typed, name=lambda k: f"“{translated(ORDER_NAMES.get(k, k))}”"):
        if found == key:
            return reason.text(translate)
    return ""


def url_with_password(urls: list[str]) -> tuple[str, str] | None:
    """(the URL, its user name) of the first of ``urls`` that holds a password, None if none."""
    for url in urls:
        try:
            parts = urlsplit(url)
            if parts.password is not None:
                return url, unquote(parts.username or "")
        except ValueError:  # not a URL: said by the usual check
            continue
    return None


def without_credentials(url: str) -> str:
    """``url`` without its ``user:password@`` (as it is when it has none or cannot be split)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()


def move_user_text(user: str) -> str:
    """The button that moves ``user`` from a URL to the User name field."""
    return tr("Use “%1” as the user name (basic authentication)…").replace("%1", user)


__all__ = ["field_problem", "move_user_text", "url_with_password", "without_credentials"]
