"""Settings: a YAML file in the user config folder (``oncall-tray/config.yaml``).

``load_config`` never raises on a bad file: it returns the defaults for whatever is wrong,
together with one ``Problem`` per fault (key and line), so that the tray can start and tell the
engineer. Defaults are the guide's addresses (Alertmanager http://localhost:9093, Grafana :3002,
Prometheus :9090, Jaeger :16686) and a 15 s poll interval.
"""

from __future__ import annotations

import getpass
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import msgspec
import yaml

from . import sla_settings
from .alertmanager.client import AlertQuery
from .alertmanager.connection import AUTH_METHODS, TlsSettings
from .alertmanager.matchers import MatcherSyntaxError, parse_matcher
from .core.severity import SeverityMap
from .core.sla import SlaPolicy


def _default_engineer() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system (containers, odd Windows setups)
        return ""


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
    sla_critical_respond_minutes: int = 5
    sla_critical_resolve_minutes: int = 15
    sla_critical_l2_after_minutes: int = 15
    sla_critical_l3_after_minutes: int = 60
    sla_warning_respond_minutes: int = 15
    sla_warning_resolve_minutes: int = 30
    sla_warning_l2_after_minutes: int = 0
    sla_warning_l3_after_minutes: int = 0
    business_days: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")
    business_hours: str = "09:00-18:00"
    timezone: str = ""

    def sla_policy(self) -> SlaPolicy:
        """The SLA policy of these settings (``timezone`` "": the system's zone). Raises
        ValueError for a value ``config check`` rejects (only for a Config built in code)."""
        return sla_settings.policy_from(self)

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
        duplicates or trailing slashes."""
        return tuple(dict.fromkeys(u.rstrip("/") for u in (self.alertmanager_url, *self.alertmanager_peers)))

    def tls(self) -> TlsSettings:
        """The TLS trust of these settings."""
        bundle = str(Path(self.ca_bundle).expanduser()) if self.ca_bundle else ""
        return TlsSettings(bundle, self.insecure_skip_verify)


@dataclass(frozen=True)
class Problem:
    """One fault in the settings file: ``key`` ("" for the file as a whole), 1-based ``line``
    (None when unknown) and an English ``message``."""

    key: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        what = f"{self.key}: " if self.key else ""
        return f"{where}{what}{self.message}"


@dataclass(frozen=True)
class LoadedConfig:
    """Result of ``load_config``: the settings in force, where they came from, what was wrong."""

    config: Config
    path: Path
    exists: bool
    problems: tuple[Problem, ...]


LANGUAGES = ("", "pt_BR", "en")
_FIELDS = {f.name: f for f in msgspec.structs.fields(Config)}


def check_url(value: str) -> str | None:
    """Why ``value`` is not an Alertmanager/Grafana/Prometheus address, None when it is one:
    http(s) with a host, a valid port, and no password (that goes to the OS keyring)."""
    return _check_url(value)


def _check_url(value: str) -> str | None:
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        return f"not a valid URL: {exc}"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "must be an http:// or https:// URL with a host"
    if parts.password is not None:
        return "must not hold a password: use `oncall-tray login` (the OS keyring) instead"
    return None


def _range(low: float, high: float):
    def check(value: float) -> str | None:
        if not low <= value <= high:
            return f"must be between {low:g} and {high:g} seconds"
        return None
    return check


def _check_filter(value: tuple[str, ...]) -> str | None:
    for matcher in value:
        try:
            parse_matcher(matcher)
        except MatcherSyntaxError as exc:
            return str(exc)
    return None


def _check_synonyms(value: dict[str, str]) -> str | None:
    try:
        SeverityMap(value)
    except ValueError as exc:
        return str(exc)
    return None


def _check_language(value: str) -> str | None:
    return None if value in LANGUAGES else "must be empty (system language), pt_BR or en"


def _check_threshold(value: int) -> str | None:
    return None if value >= 1 else "must be at least 1"


def _check_urls(value: tuple[str, ...]) -> str | None:
    for url in value:
        error = _check_url(url)
        if error:
            return f"{url}: {error}"
    return None


def _check_auth_method(value: str) -> str | None:
    return None if value in AUTH_METHODS else "must be none, basic or bearer"


def _check_username(value: str) -> str | None:
    return "must not contain a colon (basic auth)" if ":" in value else None


def _check_ca_bundle(value: str) -> str | None:
    if value and not Path(value).expanduser().is_file():
        return f"no such file: {value}"
    return None


def _url_list(data: Mapping[str, object]) -> Mapping[str, object]:
    """``alertmanager_url`` may be a list (an HA cluster): its first URL stays the
    ``alertmanager_url``, the others go before ``alertmanager_peers``."""
    urls = data.get("alertmanager_url")
    if not isinstance(urls, list) or not urls:
        return data
    peers = data.get("alertmanager_peers") or []
    if not isinstance(peers, list):
        return data  # reported as a wrong type of alertmanager_peers
    return {**data, "alertmanager_url": urls[0], "alertmanager_peers": urls[1:] + peers}


_CHECKS = {
    "alertmanager_url": _check_url, "grafana_url": _check_url,
    "prometheus_url": _check_url, "jaeger_url": _check_url,
    "poll_interval": _range(1, 3600), "max_retry_interval": _range(1, 3600),
    "request_timeout": _range(0.5, 300), "filter": _check_filter,
    "severity_synonyms": _check_synonyms, "language": _check_language,
    "notification_summary_threshold": _check_threshold,
    "reminder_minutes": sla_settings.check_minutes,
    **{f"sla_{severity}_{what}_minutes": sla_settings.check_minutes
       for severity in ("critical", "warning") for what in ("respond", "resolve", "l2_after", "l3_after")},
    "business_days": sla_settings.check_days, "business_hours": sla_settings.check_hours,
    "timezone": sla_settings.check_zone,
    "alertmanager_peers": _check_urls, "auth_method": _check_auth_method,
    "auth_username": _check_username, "ca_bundle": _check_ca_bundle,
}


def validate(data: Mapping[str, object], lines: Mapping[str, int] | None = None) -> tuple[dict, list[Problem]]:
    """Check a mapping of settings key by key.

    Args:
        data: raw values as read from YAML.
        lines: key -> 1-based line number, for the messages.
    Returns:
        (the valid values converted to their types, the problems); a key with a problem is left
        out so that its default applies.
    """
    lines = lines or {}
    good: dict = {}
    problems: list[Problem] = []
    if "alertmanager_peers" not in lines and "alertmanager_url" in lines:
        lines = {**lines, "alertmanager_peers": lines["alertmanager_url"]}
    for key, raw in _url_list(data).items():
        field = _FIELDS.get(str(key))
        if field is None:
            problems.append(Problem(str(key), lines.get(str(key)), "unknown setting"))
            continue
        try:
            value = msgspec.convert(raw, field.type, strict=False)
        except msgspec.ValidationError as exc:
            problems.append(Problem(key, lines.get(key), f"wrong type: {exc}"))
            continue
        error = _CHECKS.get(key, lambda _v: None)(value)
        if error:
            problems.append(Problem(key, lines.get(key), error))
            continue
        good[key] = value
    return good, problems


def _read_yaml(text: str) -> tuple[Mapping, dict[str, int]]:
    """Parse YAML text into (top-level mapping, key -> line); raises yaml.YAMLError or ValueError."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if node is None:
        return {}, {}
    if not isinstance(node, yaml.MappingNode):
        raise ValueError("the file must be a mapping of settings (key: value)")
    lines = {str(k.value): k.start_mark.line + 1 for k, _v in node.value if isinstance(k, yaml.ScalarNode)}
    data = yaml.safe_load(text)
    return data or {}, lines


#: A settings file is a few kilobytes; anything this large is not one (a device, a log...).
MAX_SETTINGS_BYTES = 1_000_000


def _read_settings_text(path: Path) -> str:
    """The file's text; refuses what is not a regular file and anything over
    ``MAX_SETTINGS_BYTES`` (reading /dev/zero must not exhaust the memory).

    Raises:
        FileNotFoundError: no such file. ValueError: not a regular file, or too large.
        OSError, UnicodeDecodeError: unreadable.
    """
    if path.exists() and not path.is_file():
        raise ValueError("not a regular file")
    with open(path, "rb") as handle:
        data = handle.read(MAX_SETTINGS_BYTES + 1)
    if len(data) > MAX_SETTINGS_BYTES:
        raise ValueError(f"larger than {MAX_SETTINGS_BYTES // 1000} kB: not a settings file")
    return data.decode("utf-8")


def load_config(path: Path | None = None) -> LoadedConfig:
    """Read the settings at ``path`` (default: ``paths.default_config_path()``).

    A missing file gives the defaults with no problem; an unreadable or malformed file, or bad
    values, give the defaults for what is wrong plus one ``Problem`` each. Never raises.
    """
    from .paths import default_config_path

    path = Path(path) if path else default_config_path()
    try:
        text = _read_settings_text(path)
    except FileNotFoundError:
        return LoadedConfig(Config(), path, False, ())
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return LoadedConfig(Config(), path, True, (Problem("", None, f"cannot read the file: {exc}"),))
    try:
        data, lines = _read_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        return LoadedConfig(Config(), path, True, (Problem("", line, f"not valid YAML: {reason}"),))
    except ValueError as exc:
        return LoadedConfig(Config(), path, True, (Problem("", 1, str(exc)),))
    good, problems = validate(data, lines)
    return LoadedConfig(Config(**good), path, True, tuple(problems))


EXAMPLE = """\
# oncall-tray settings. Every key is optional; the values shown are the defaults.
# Intervals are in seconds. Check this file with: oncall-tray config check

# Alertmanager to watch (the on-call guide's address).
alertmanager_url: http://localhost:9093
# Links opened from the tray menu.
grafana_url: http://localhost:3002
prometheus_url: http://localhost:9090
jaeger_url: http://localhost:16686

# Your name: author of acknowledgements and silences.
engineer: "{engineer}"

# How often to ask Alertmanager, and the longest wait between retries while it fails.
poll_interval: 15
max_retry_interval: 60
request_timeout: 10

# Only these alerts (Alertmanager matchers) and this receiver (a regular expression).
filter: []
#  - team="conectcrm"
#  - env=~"prod.*"
receiver: ""

# Extra values of the severity label: value -> critical, warning or info.
severity_synonyms: {{}}
#  sev1: critical

# Labels left out of an acknowledgement's matchers because they change (pod names...).
volatile_labels: []

# Interface language: "" follows the system, or pt_BR, or en.
language: ""

# Desktop notifications; more new alerts than this in one poll make one summary.
notifications: true
notification_summary_threshold: 3
# An unacknowledged critical alert notifies again every N minutes (0: never).
reminder_minutes: 2
# Play a short sound with each critical notification (off by default).
sound: false

# SLA clocks, in minutes from the alert's start (the on-call guide's targets); 0: no target.
# Info alerts are due at the next opening of a business day; unknown severity counts as warning.
sla_critical_respond_minutes: 5
sla_critical_resolve_minutes: 15
sla_warning_respond_minutes: 15
sla_warning_resolve_minutes: 30
# Escalation, in minutes from the alert's start: to L2 (Tech Lead/SRE), to L3 (CTO/architect);
# 0: never (warnings stay with the on-call engineer unless set here).
sla_critical_l2_after_minutes: 15
sla_critical_l3_after_minutes: 60
sla_warning_l2_after_minutes: 0
sla_warning_l3_after_minutes: 0
# Business days (mon..sun, or seg..dom) and hours, and their time zone: an IANA name such as
# America/Sao_Paulo, or "" for the system's zone.
business_days: [mon, tue, wed, thu, fri]
business_hours: "09:00-18:00"
timezone: ""

# Connection. Other members of the same Alertmanager HA cluster, polled together with
# alertmanager_url (alertmanager_url may also be a list of every member).
alertmanager_peers: []
# Authentication: none, basic (user name and password) or bearer (a token). The password or
# token is never written here: `oncall-tray login` keeps it in the system keyring.
auth_method: none
auth_username: ""
# TLS: certificates are checked against the system's trust store; ca_bundle adds the CAs of a
# PEM file. insecure_skip_verify: true turns checking off (the tray warns while it is on).
ca_bundle: ""
insecure_skip_verify: false
"""


def write_example(path: Path, force: bool = False) -> Path:
    """Write a commented example settings file at ``path``, atomically.

    Raises:
        FileExistsError: the file exists and ``force`` is False.
        OSError: the folder cannot be created or written.
    """
    path = Path(path)
    if path.exists() and not path.is_file():
        raise OSError(f"{path} is not a regular file")
    if path.exists() and not force:
        raise FileExistsError(str(path))
    atomic_write_text(path, EXAMPLE.format(engineer=_default_engineer().replace('"', "")))
    return path


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a crash leaves either the old or the new file whole
    (temporary file in the same folder, fsync, ``os.replace``). Raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_settings(path: Path, changes: Mapping[str, object]) -> None:
    """Set top-level keys of the settings file at ``path``, atomically (``atomic_write_text``),
    keeping its comments and every other line; a missing file starts from the commented example.

    Raises:
        OSError: the file cannot be read or written.
        ValueError: the file is not a valid YAML mapping (it is left as it is).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = EXAMPLE.format(engineer=_default_engineer().replace('"', ""))
    atomic_write_text(path, updated_text(text, changes))


def updated_text(text: str, changes: Mapping[str, object]) -> str:
    """``text`` (a settings file) with the top-level keys of ``changes`` set: each present key's
    entry is replaced where it stands (the last one if a key is repeated), the others appended.

    Raises:
        ValueError: ``text`` is not a YAML mapping, or the result would not read back as
            ``changes`` (nothing is written then).
    """
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise ValueError(f"the settings file is not valid YAML: {exc}") from exc
    if node is not None and not isinstance(node, yaml.MappingNode):
        raise ValueError("the settings file must be a mapping of settings (key: value)")
    spans = {}
    for key_node, value_node in (node.value if node is not None else ()):
        spans[str(key_node.value)] = (key_node.start_mark.index, _node_end(text, value_node))
    edits, appended = [], []
    for key, value in changes.items():
        entry = _yaml_entry(key, value)
        if key in spans:
            edits.append((*spans[key], entry))
        else:
            appended.append(entry)
    for start, end, entry in sorted(edits, reverse=True):
        text = text[:start] + entry + text[end:]
    if appended:
        text = (text.rstrip("\n") + "\n" if text.strip() else "") + "\n".join(appended) + "\n"
    data = yaml.safe_load(text) or {}
    for key, value in changes.items():
        if data.get(key) != _plain(value):
            raise ValueError(f"{key}: the value would not read back as written")
    return text


def _node_end(text: str, node: yaml.Node) -> int:
    """Where the text of a value ends: after its last leaf for a block collection (whose own end
    mark lies past any comment that follows it), never past a line break."""
    if isinstance(node, (yaml.SequenceNode, yaml.MappingNode)) and not node.flow_style and node.value:
        last = node.value[-1]
        end = _node_end(text, last[1] if isinstance(last, tuple) else last)
    else:
        end = node.end_mark.index
    while end > node.start_mark.index and text[end - 1] in "\r\n":
        end -= 1
    return end


def _yaml_entry(key: str, value: object) -> str:
    """``key: value`` as YAML on one line (collections in flow style)."""
    value = _plain(value)
    if isinstance(value, (list, dict)):
        flow = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1 << 30)
        return f"{yaml.safe_dump(key).splitlines()[0]}: {flow.strip()}"
    return yaml.safe_dump({key: value}, default_flow_style=False, allow_unicode=True, width=1 << 30).rstrip("\n")


def _plain(value: object) -> object:
    """``value`` as YAML reads it back: tuples become lists."""
    return msgspec.json.decode(msgspec.json.encode(value))
