"""One Alertmanager under two addresses in the settings file, said as a warning with its key,
item and line (no Qt; fresh-user review 67 AC7: ``config check`` failed the file with no key or
line while the tray ran on it with a warning). Only Alertmanager's answers tell that two
addresses are one (``alertmanager.aliases``); the file tells where the second one is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml

from .config_problems import Problem
from .config_read import compose_settings, read_settings_file
from .config_urls import url_identity
from .connect import cluster_lines
from .i18n import Message, Translate

#: The keys an Alertmanager's address is written under (a URL or a list of them).
URL_KEYS = ("alertmanager_url", "alertmanager_peers")


def url_places(path: Path | str) -> dict[str, tuple[str, int, int]]:
    """Each Alertmanager address written in the settings file at ``path`` (by ``url_identity``)
    -> (its key, its item's number in that key's list from 1, 0 for a key holding one URL, its
    line from 1); the first place of an address written twice. Empty when the file cannot be
    read or parsed (its own problems say why)."""
    try:
        node = compose_settings(read_settings_file(Path(path))[0])
    except (OSError, ValueError):
        return {}
    places: dict[str, tuple[str, int, int]] = {}
    if not isinstance(node, yaml.MappingNode):
        return places
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.value not in URL_KEYS:
            continue
        items = list(enumerate(value.value, 1)) if isinstance(value, yaml.SequenceNode) else [(0, value)]
        for number, item in items:
            if isinstance(item, yaml.ScalarNode) and str(item.value).strip():
                places.setdefault(url_identity(str(item.value).strip()), (key.value, number, item.start_mark.line + 1))
    return places


def alias_problems(path: Path | str, aliases: Mapping[str, str]) -> dict[str, Problem]:
    """Each alias of ``aliases`` (``ClusterPoll.aliases``: a member's URL -> the URL listed before
    it that is the same Alertmanager) -> its warning (kind "alias", ``Problem.warning``): "line 3:
    alertmanager_peers: item 1 (http://localhost:9093) is the same Alertmanager as
    http://127.0.0.1:9093: list it once (it is polled and acknowledged on once)", as the file at
    ``path`` writes it; an address not in the file (``--alertmanager``) is said without a place.
    The file is read only when there is an alias."""
    places = url_places(path) if aliases else {}
    said = {}
    for alias, first in aliases.items():
        key, number, line = places.get(url_identity(alias), ("", 0, None))
        reason = Message("settings", "item %1 (%2) is the same Alertmanager as %3: list it once (it is polled and "
                                     "acknowledged on once)", (str(number), alias, first)) if number else \
            Message("status", "%1 is the same Alertmanager as %2: list it once (it is polled and acknowledged on "
                              "once)", (alias, first))  # connect.SAME_ALERTMANAGER
        said[alias] = Problem(key, line, reason, "alias")
    return said


def alias_lines(aliases: Mapping[str, str], said: Mapping[str, Problem], tr: Translate) -> list[str]:
    """One line per alias of ``aliases`` in ``tr``'s language: its warning in ``said``
    (``alias_problems``), else ``SAME_ALERTMANAGER`` without a place."""
    return [said[alias].text(tr) if alias in said else cluster_lines(False, {alias: first}, tr)[0]
            for alias, first in aliases.items()]


__all__ = ["URL_KEYS", "alias_lines", "alias_problems", "url_places"]
