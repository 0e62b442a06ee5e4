"""Settings: a YAML file in the user config folder (``oncall-tray/config.yaml``).

``load_config`` never raises on a bad file: it returns the defaults for whatever is wrong,
together with one ``Problem`` per fault (key and line), so that the tray can start and tell the
engineer. Defaults are the guide's addresses (Alertmanager http://localhost:9093, Grafana :3002,
Prometheus :9090, Jaeger :16686) and a 15 s poll interval.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import msgspec

from . import sla_settings
from .alertmanager.client import AlertQuery
from .alertmanager.connection import TlsSettings
from .config_example import default_engineer as _default_engineer
from .config_problems import Problem, UnreadableSettings, from_validation_error, os_reason, unreadable
from .config_read import read_settings_file, read_yaml
from .config_urls import check_url, scoped, url_identity
from .config_values import CANONICAL, VALUE_CHECKS, entry_line
from .core.escalation import ContextLinks
from .core.sla import SlaPolicy
from .i18n import Message
from .paths import Folders
from .url_passwords import shown_url


class Config(msgspec.Struct, frozen=True, kw_only=True):
    """Every setting, with its default (the YAML keys are these names).

    Units: every interval is in seconds.
    """

    alertmanager_url: str = "http://localhost:9093"
    grafana_url: str = "http://localhost:3002"
    prometheus_url: str = "http://localhost:9090"
    jaeger_url: str = "http://localhost:16686"
    engineer: str = msgspec.field(default_factory=_default_engineer)
    poll_interval: float = 15.0
    max_retry_interval: float = 60.0
    request_timeout: float = 10.0
    filter: tuple[str, ...] = ()
    receiver: str = ""
    severity_synonyms: dict[str, str] = {}
    volatile_labels: tuple[str, ...] = ()
    #: the guide's emergency contacts, role -> how to reach them ("Tech Lead": "Ana - +55 ...")
    contacts: dict[str, str] = {}
    language: str = ""
    notifications: bool = True
    notification_summary_threshold: int = 3
    reminder_minutes: int = 2
    sound: bool = False

    def alert_query(self) -> AlertQuery:
        """The ``GET /api/v2/alerts`` query these settings ask for (filter matchers, receiver)."""
        return AlertQuery(filter=tuple(self.filter), receiver=self.receiver)

    def with_overrides(self, **changes) -> Config:
        """A copy with some settings replaced (e.g. ``alertmanager_url`` from the command line)."""
        return msgspec.structs.replace(self, **changes)

    # SLA clocks and escalation (guide: critical respond < 5 min, resolve < 15 min, L2 past
    # 15 min, L3 past 1 h; warning respond < 15 min, investigate < 30 min; info next business
    # day). Minutes from the alert's start; 0 means no target / never. See sla_settings.py.
    # sla_l2_resolve_minutes: from the escalation to L2 recorded (guide: L2 "Resolução
    # esperada: < 30 minutos"), whatever the severity.
    sla_critical_respond_minutes: int = 5
    sla_critical_resolve_minutes: int = 15
    sla_critical_l2_after_minutes: int = 15
    sla_critical_l3_after_minutes: int = 60
    sla_warning_respond_minutes: int = 15
    sla_warning_resolve_minutes: int = 30
    sla_warning_l2_after_minutes: int = 0
    sla_warning_l3_after_minutes: int = 0
    sla_l2_resolve_minutes: int = 30
    business_days: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")
    business_hours: str = "09:00-18:00"
    timezone: str = ""

    def sla_policy(self) -> SlaPolicy:
        """The SLA policy of these settings (``timezone`` "": the system's zone). Raises
        ValueError for a value ``config check`` rejects (only for a Config built in code)."""
        return sla_settings.policy_from(self)

    def zone(self) -> dt.tzinfo:
        """The zone every time is shown in (the ``timezone`` setting; "" or a value ``config
        check`` rejects: the system's zone). Never raises."""
        try:
            return sla_settings.zone_from_setting(self.timezone)
        except ValueError:
            return sla_settings.system_zone()

    # Connection (issue 6): the other members of the same HA cluster (polled in parallel with
    # alertmanager_url), how to authenticate (the password or token itself lives in the OS
    # keyring, see secrets.py: never here), and TLS trust.
    alertmanager_peers: tuple[str, ...] = ()
    auth_method: str = "none"
    auth_username: str = ""
    ca_bundle: str = ""
    insecure_skip_verify: bool = False

    def alertmanager_urls(self) -> tuple[str, ...]:
        """Every member of the Alertmanager cluster, ``alertmanager_url`` first, without
        trailing slashes, each once (the first of those ``url_identity`` finds the same)."""
        found: dict[str, str] = {}
        for url in (self.alertmanager_url, *self.alertmanager_peers):
            found.setdefault(url_identity(url), url.rstrip("/"))
        return tuple(found.values())

    def watched(self) -> tuple[str, ...]:
        """``alertmanager_urls`` with the ``filter`` and ``receiver`` asked of them
        (``config_urls.scoped``): what the shift journal knows as watched, so that alerts out of
        a new scope are set aside, not resolved (review 56 Q10)."""
        return scoped(self.alertmanager_urls(), self.filter, self.receiver)

    def context_links(self) -> ContextLinks:
        """What the escalation message takes from these settings: Grafana, Jaeger, contacts."""
        return ContextLinks(self.grafana_url, self.jaeger_url, tuple(self.contacts.items()))

    def tls(self) -> TlsSettings:
        """The TLS trust of these settings."""
        bundle = str(Path(self.ca_bundle).expanduser()) if self.ca_bundle else ""
        return TlsSettings(bundle, self.insecure_skip_verify)


#: Settings that go together: overriding or writing one of them covers the others.
_LINKED = (frozenset({"alertmanager_url", "alertmanager_peers"}),)
#: The settings a run may be given that say where to connect: one given as the file has it is no override.
_ADDRESSES = frozenset({"alertmanager_url", "alertmanager_peers", "prometheus_url"})


@dataclass(frozen=True)
class LoadedConfig:
    """Result of ``load_config``: the settings in force, where they came from, what was wrong.

    Attributes:
        config: the settings in force (the file's, with ``overrides`` on top).
        path: the settings file.
        exists: whether it existed when read.
        problems: what was wrong in it (those settings have their defaults).
        overrides: settings given for this run only, on top of the file: ``--alertmanager``,
            ``--prometheus``, the demo's own Alertmanager and Prometheus. They survive the
            settings being saved from the tray (see ``reloaded``).
        journal: the shift journal for this run, None for the one in ``folders``
            (``journal_file``); the demo keeps its shift apart in a temporary one.
        store: the keyring (``secrets.SecretStore``) of a one-shot command, shared by every read
            it makes, so that a locked keyring is asked once and waited for once (review 46
            F2); None: each user opens its own (the tray).
        kept_at: when the file could not be read at all and the settings in force are those last
            read whole from it (``config_kept``), when that copy was made (UTC); None otherwise.
        demo: the run is ``oncall-tray demo``: everything it shows is marked as the demo's
            (review 68 AF6: its alerts were taken for the real shift's).
        folders: the folders this run writes its files in (``paths.Folders``): the user's,
            or the demo's own (code review 72 AH1).
        in_file: the settings before ``overrides`` (the file's, or the copy kept of them), None
            when there are none: what the settings dialog shows and edits (``as_in_file``).
    """

    config: Config
    path: Path
    exists: bool
    problems: tuple[Problem, ...]
    overrides: Mapping[str, object] = field(default_factory=dict)
    journal: Path | None = None
    store: object | None = field(default=None, compare=False)
    kept_at: dt.datetime | None = None
    demo: bool = False
    folders: Folders = field(default_factory=Folders.for_user)
    in_file: Config | None = field(default=None, compare=False, repr=False)

    def journal_file(self) -> Path:
        """The shift journal of this run: ``journal``, else the one in ``folders``."""
        return self.journal or self.folders.journal

    def overridden(self, **values) -> LoadedConfig:
        """These settings for this run only, on top of the file (names of ``Config`` fields).

        Raises:
            TypeError: a name that is not a setting.
        """
        return dataclasses.replace(self, config=self.config.with_overrides(**values),
                                   overrides={**self.overrides, **values},
                                   in_file=self.config if self.in_file is None else self.in_file)

    def as_in_file(self) -> LoadedConfig:
        """These settings as the file gives them, this run's ``overrides`` left out (review 70 AK6:
        the Settings dialog of a tray started with ``--alertmanager`` showed that URL as the file's
        and wrote it there, moving the shift's tray on the same file off its Alertmanager)."""
        if self.in_file is None:
            return dataclasses.replace(self, overrides={})
        return dataclasses.replace(self, config=self.in_file, overrides={}, in_file=None)

    def overrides_as_in_file(self) -> set[str]:
        """The names of the address ``overrides`` (``_ADDRESSES``; not a login's ``auth_method``,
        which goes with the address it was made for) that give the file's own addresses as last read
        (``in_file``; as one address: ``url_identity``), a linked group (``_LINKED``) only when all
        of its overrides do."""
        if self.in_file is None:
            return set()
        same = {key for key, value in self.overrides.items()
                if key in _ADDRESSES and _same_value(value, getattr(self.in_file, key, None))}
        for group in _LINKED:
            if not group & set(self.overrides) <= same:
                same -= group
        return same

    def reloaded(self, written: Iterable[str] = ()) -> LoadedConfig:
        """The settings file read again, with this run's overrides still on top, except those
        the engineer has just ``written`` to the file (and the settings linked to them: the
        Alertmanager URL and its peers go together), and those that gave the file's own values
        (``overrides_as_in_file``: ``--alertmanager`` with the file's URL, an autostart entry's, follows the
        file as a run without it does; code review 75 AM6). Never raises (see ``load_config``)."""
        dropped = set(written) | self.overrides_as_in_file()
        for group in _LINKED:
            if group & dropped:
                dropped |= group
        kept = {key: value for key, value in self.overrides.items() if key not in dropped}
        return dataclasses.replace(load_config(self.path).overridden(**kept), journal=self.journal, store=self.store,
                                   demo=self.demo, folders=self.folders)


def _same_value(given: object, in_file: object) -> bool:
    """Whether a setting's override ``given`` is the file's value ``in_file``: equal, or the same
    address(es) (``url_identity``: a final slash or the host's case aside), in the same order."""
    if isinstance(given, (tuple, list)) and isinstance(in_file, (tuple, list)):
        return len(given) == len(in_file) and all(map(_same_value, given, in_file))
    if isinstance(given, str) and isinstance(in_file, str):
        return url_identity(given) == url_identity(in_file)
    return given == in_file


_FIELDS = {f.name: f for f in msgspec.structs.fields(Config)}


def _url_list(data: Mapping[str, object], line: int | None) -> tuple[Mapping[str, object], list[Problem], int]:
    """``alertmanager_url`` may be a list (an HA cluster): its first URL stays the
    ``alertmanager_url``, the others go before ``alertmanager_peers`` (their number is
    returned third, so that a problem with one names ``alertmanager_url``). Each item is checked as
    written, so that a problem names ``alertmanager_url`` and the item's place in it (``line``:
    the key's); a bad item is left out and the good ones are watched (one typo must not leave
    the engineer watching only the default address); with none good, the default applies."""
    urls = data.get("alertmanager_url")
    if not isinstance(urls, list):
        return data, [], 0
    good, problems = [], []
    for number, url in enumerate(urls, 1):
        error = check_url(url) if isinstance(url, str) else Message("settings", "not text")
        if error:
            problems.append(Problem("alertmanager_url", line, Message(
                "settings", "item %1 of the list (%2): %3", (str(number), shown_url(str(url)), error))))
        else:
            good.append(url)
    if good:  # the others are watched: not "(using the default)" (review 42 F2)
        problems = [Problem(p.key, p.line, p.reason, "item") for p in problems]
    if not urls:
        problems.append(Problem("alertmanager_url", line, Message("settings", "the list is empty")))
    if not good:
        return {k: v for k, v in data.items() if k != "alertmanager_url"}, problems, 0
    peers = data.get("alertmanager_peers") or []
    if not isinstance(peers, list):
        return {**data, "alertmanager_url": good[0]}, problems, 0  # peers: reported as a wrong type
    return {**data, "alertmanager_url": good[0], "alertmanager_peers": good[1:] + peers}, problems, len(good) - 1


def _drop_duplicate_urls(good: dict, lines: Mapping[str, int], from_url_list: int) -> list[Problem]:
    """The same Alertmanager listed twice (``url_identity``: scheme, host, port, path), in
    ``alertmanager_url`` and ``alertmanager_peers`` as ``validate`` kept them: one problem for
    each later occurrence, named by the key it was written under (the first ``from_url_list``
    peers came from a list in ``alertmanager_url``) and its line; it is left out of the peers
    in ``good``, so that the others are watched, each once."""
    if "alertmanager_peers" not in good:
        return []
    seen: dict[str, str] = {}
    if "alertmanager_url" in good:
        seen[url_identity(good["alertmanager_url"])] = good["alertmanager_url"]
    problems, peers = [], []
    for number, url in enumerate(good["alertmanager_peers"]):
        identity = url_identity(url)
        if identity not in seen:
            seen[identity] = url
            peers.append(url)
            continue
        first = seen[identity]
        key = "alertmanager_url" if number < from_url_list else "alertmanager_peers"
        reason = Message("settings", "%1 is listed twice: list each Alertmanager once", (url,)) if url == first \
            else Message("settings", "%1 is listed twice (the same Alertmanager as %2): list each Alertmanager once",
                         (url, first))
        problems.append(Problem(key, lines.get(key), reason, "duplicate"))
    good["alertmanager_peers"] = tuple(peers)
    return problems


def unknown_setting(key: str) -> Message:
    """Why ``key`` is refused: an unknown setting, with "did you mean ...?" when a setting's name
    is close to it (``difflib.get_close_matches``: a typo such as ``pol_interval``)."""
    import difflib  # a settings file with an unknown key only (memory, issue 2)

    close = difflib.get_close_matches(key, _FIELDS, n=1)
    if close:
        return Message("settings", "unknown setting (did you mean %1?)", (close[0],))
    return Message("settings", "unknown setting")


def validate(data: Mapping[str, object], lines: Mapping[str, int] | None = None) -> tuple[dict, list[Problem]]:
    """Check a mapping of settings key by key.

    Args:
        data: raw values as read from YAML.
        lines: key -> 1-based line number, for the messages.
    Returns:
        (the valid values converted to their types, the problems); a key with a problem is left
        out so that its default applies, except an Alertmanager listed twice: only that
        occurrence is left out (``_drop_duplicate_urls``).
    """
    lines = lines or {}
    good: dict = {}
    if "alertmanager_peers" not in lines and "alertmanager_url" in lines:
        lines = {**lines, "alertmanager_peers": lines["alertmanager_url"]}
    data, problems, from_url_list = _url_list(data, lines.get("alertmanager_url"))
    for key, raw in data.items():
        field = _FIELDS.get(str(key))
        if field is None:
            problems.append(Problem(str(key), lines.get(str(key)), unknown_setting(str(key)), "unknown"))
            continue
        try:
            value = msgspec.convert(raw, field.type, strict=False)
        except msgspec.ValidationError as exc:
            problems.append(from_validation_error(key, lines.get(key), exc))
            continue
        value = CANONICAL.get(key, lambda v: v)(value)
        error = VALUE_CHECKS.get(key, lambda _v: None)(value)
        if error:
            problems.append(Problem(key, entry_line(key, value, lines) or lines.get(key), error))
            continue
        good[key] = value
    return good, problems + _drop_duplicate_urls(good, lines, from_url_list)


def check_together(good: dict, lines: Mapping[str, int] | None = None) -> list[Problem]:
    """Settings each valid alone that contradict one another (the SLA targets of a severity out
    of order: ``sla_settings.check_order``), judged as they will be in force: ``good`` (what
    ``validate`` kept), the defaults for the rest.

    Args:
        good: the valid values from ``validate``; the settings that take part in a
            contradiction are removed from it, so that their defaults (which agree) apply.
        lines: key -> 1-based line number, for the messages.
    Returns:
        one problem for each setting in ``good`` that takes part in a contradiction.
    """
    lines = lines or {}
    in_force = {key: good.get(key, _FIELDS[key].default) for key in sla_settings.ORDERED_KEYS}
    problems = [Problem(key, lines.get(key), reason)
                for key, reason in sla_settings.check_order(in_force) if key in good]
    for problem in problems:
        good.pop(problem.key, None)
    return problems


def load_config(path: Path | None = None, named: bool = False) -> LoadedConfig:
    """Read the settings at ``path`` (default: ``paths.default_config_path()``).

    A missing file gives the defaults, with no problem unless ``named`` (the engineer named the
    file, ``--config PATH``: its absence is then a problem, likely a mistyped path); an
    unreadable or malformed file, or bad values (also settings that contradict one another,
    ``check_together``), give the defaults for what is wrong plus one ``Problem`` each. Never
    raises.
    """
    from .paths import default_config_path

    path = Path(path) if path else default_config_path()
    try:
        text, encoding = read_settings_file(path)
        data, lines, twice = read_yaml(text)
    except FileNotFoundError:
        missing = Problem("", None, Message("settings", "the file does not exist; every setting has its default"),
                          "missing")
        return LoadedConfig(Config(), path, False, (missing,) if named else ())
    except UnreadableSettings as exc:
        return LoadedConfig(Config(), path, True, (exc.problem,))
    except OSError as exc:  # the system's words, not Python's "[Errno 13] ...: 'path'" (review 24)
        return LoadedConfig(Config(), path, True, (unreadable(os_reason(exc)),))
    good, problems = validate(data, lines)
    problems += check_together(good, lines)
    return LoadedConfig(Config(**good), path, True, tuple([*encoding, *twice, *problems]))
