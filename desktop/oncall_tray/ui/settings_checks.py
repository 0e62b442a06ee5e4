"""The settings dialog's checks of what is typed (GUI thread only): each field's problem, in the
words of ``oncall-tray config check`` except where the dialog has a better way to say it (a
whole number, a number; the order of the SLA targets; a password in an Alertmanager URL, which
the dialog's own Authentication fields take: review 61 W5), and moving a URL's user name there.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import unquote, urlsplit

from ..config import LoadedConfig, validate
from ..config_collections import written_pairs
from ..config_problems import written_twice
from ..config_read import read_settings_text
from ..sla_settings import ORDERED_KEYS, canonical_days, check_order
from ..url_passwords import shown_url
from .settings_field import Field, translated
from .settings_layout import MAPPINGS, ORDER_NAMES, URLS
from .translations import translate, translator_for

TR_CONTEXT = "settings"
tr = translator_for(TR_CONTEXT)


def field_problem(fields: Mapping[str, Field], key: str, raw: object) -> str:
    """Why ``raw``, typed in ``key``'s field, cannot be saved ("" when it can), in the
    interface's language; ``fields``: every field of the dialog (the pairs checked together)."""
    if key == URLS:
        if not raw:
            return tr("needs at least one URL")
        found = credentials_in(raw)
        if any(password for _url, _user, password in found):
            named = ", ".join(shown_url(url) for url, _user, _password in found)  # each, not the first only
            users = sorted({user for _url, user, _password in found if user})
            if len(users) > 1:  # review 62 Y6: the second user was dropped without a word
                return tr("%1: must not hold a user name or password, and they name different user names (%2) while "
                          "the members of one Alertmanager share one login: keep the one to use in “%3”, choose “%4” "
                          "in “%5” below, then enter its password with “%6”").replace("%1", named).replace(
                    "%2", ", ".join(f"“{user}”" for user in users)).replace("%3", translated("User name")).replace(
                    "%4", translated("User name and password (basic auth)")).replace(
                    "%5", translated("Authentication")).replace("%6", tr("Enter password or token…"))
            return tr("%1: must not hold a password: choose “%2” in “%3” below, then enter it with “%4” (it is kept "
                      "in the system keyring)").replace("%1", named).replace(
                "%2", translated("User name and password (basic auth)")).replace(
                "%3", translated("Authentication")).replace("%4", tr("Enter password or token…"))
        _good, problems = validate({"alertmanager_url": raw[0], "alertmanager_peers": raw[1:]})
    else:
        if key in MAPPINGS and (twice := _twice_problem(fields[key])):
            return twice
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


def _twice_problem(field: Field) -> str:
    """Why a mapping box (``MAPPINGS``) cannot be saved for a key typed on two lines ("" when none
    is): ``raw`` keeps the last line only, and Save lost the first without a word (review 65 R5);
    the rule of ``config check``'s warning (``written_twice``). Two people in one role is
    ordinary: they go on one line, as the setting's shape (role -> how to reach them) holds. Keys
    are compared as the app matches them ("SEV1" after "sev1" is the same: review 66 S5)."""
    twice = written_twice(((key, line) for key, _value, line in field.pairs()), field.key)
    if not twice:
        return ""
    key, line, earlier, before = twice[0]
    if field.key == "contacts":
        text = tr("%1: written twice (lines %2 and %3), and only one line of a role is kept: put everyone in that "
                  "role on one line (%1: Ana - +55 11 …; Bruno - …)")
    else:
        text = tr("%1: written twice (lines %2 and %3), and only one line of a value is kept: keep the one meant")
    named = key if before == key else f"{before} / {key}"  # "sev1 / SEV1": matched as one (review 66 S5)
    return text.replace("%2", str(earlier)).replace("%3", str(line)).replace("%1", named, 1).replace("%1", key)


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


def credentials_in(urls: list[str]) -> list[tuple[str, str, bool]]:
    """(URL, its user name decoded, whether it holds a password) of each of ``urls`` that holds
    ``user@`` or ``user:password@``, in their order; a text that is no URL is left out (the usual
    check says it)."""
    found = []
    for url in urls:
        try:
            parts = urlsplit(url)
            if parts.username is not None or parts.password is not None:
                found.append((url, unquote(parts.username or ""), parts.password is not None))
        except ValueError:
            continue
    return found


def movable_user(urls: list[str]) -> str:
    """The user name the dialog offers to move to its User name field: the one every URL that
    holds credentials names, when one of them holds a password; "" when there is none, or when
    they name different users (which one the members' shared login is for is the engineer's
    choice: review 62 Y6, the second was dropped without a word)."""
    found = credentials_in(urls)
    users = {user for _url, user, _password in found}
    if not any(password for _url, _user, password in found) or len(users) != 1:
        return ""
    return users.pop()


def moved_password(urls: list[str]) -> str:
    """The password the URLs of ``urls`` hold, percent-escapes decoded (``p%40ss`` is "p@ss"),
    for the login the move of the user name asks for (review 64 V6: the login opened empty and
    the password typed in the URL was lost); "" when none holds one or they hold different ones
    (the engineer types the one the members share)."""
    passwords = set()
    for url in urls:
        try:
            password = urlsplit(url).password
        except ValueError:
            continue
        if password is not None:
            passwords.add(unquote(password))
    return passwords.pop() if len(passwords) == 1 else ""


def without_credentials(url: str) -> str:
    """``url`` without its ``user:password@`` (as it is when it has none or cannot be split)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()


def unmovable(fields: Mapping[str, Field], bare: list[str], user: str, user_label: str) -> str:
    """Why the user name ``user`` of the URLs cannot be moved to the User name field ("" when it
    can): the URLs without their credentials (``bare``), or ``user`` as a user name, would still
    have a problem, so that no login could be asked for them and the password taken out of the
    URL would be lost (code review 63B CB2). ``user_label``: the User name field's label."""
    problem = field_problem(fields, URLS, bare)
    if not problem:
        named = field_problem(fields, "auth_username", user)
        problem = f"{user_label} “{user}”: {named}" if named else ""
    return tr("The user name was not moved and the URLs are left as typed (no login can be asked for them yet): "
              "%1").replace("%1", problem) if problem else ""


def move_user_text(user: str) -> str:
    """The button that moves ``user`` from a URL to the User name field."""
    return tr("Use “%1” as the user name (basic authentication)…").replace("%1", user)


__all__ = ["credentials_in", "field_problem", "move_user_text", "movable_user", "moved_password", "unmovable",
           "without_credentials"]


def written_twice_in_file(loaded: LoadedConfig) -> dict[str, list[tuple[str, str]]]:
    """The mapping boxes (``MAPPINGS``) whose file writes a key twice (``config check``'s warning,
    ``loaded.problems`` of kind "twice"), each with its lines as written, both of a key written
    twice: shown so in the box, the dialog says what ``_twice_problem`` says of a key typed twice
    and saves nothing until the engineer keeps one (code review 66 U7: the box showed the last
    line only, and any Save of it deleted the other from the file, a person and phone lost)."""
    keys = {key for key in MAPPINGS for problem in loaded.problems
            if problem.kind == "twice" and problem.key.startswith(key + ".")}
    try:
        text = read_settings_text(loaded.path) if keys else ""
    except (OSError, ValueError):
        return {}
    return {key: pairs for key in keys if (pairs := written_pairs(text, key)) is not None}


def same_setting(key: str, value: object, old: object) -> bool:
    """Whether ``value`` from the dialog is the setting ``old`` as the file has it: weekdays
    written ``seg`` come back from the dialog as ``mon`` and are still the same; a mapping is
    the same in the same order only (code review 66 U1: a move was not saved), ``old`` a
    mapping or its pairs as written (``written_twice_in_file``)."""
    if key == "business_days":
        return tuple(value) == canonical_days(old)
    if isinstance(value, dict):
        return list(value.items()) == list(old.items() if isinstance(old, dict) else old)
    return value == old
