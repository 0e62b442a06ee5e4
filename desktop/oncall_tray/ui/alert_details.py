"""The detail pane of the alerts window: every label and annotation, the links, and the
silences that cover the alert. Everything from Alertmanager is escaped: a summary such as
``<img src=x>`` shows as those characters, never as markup (issue 3, "Safety")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..alertmanager.models import Alert, Silence
from ..config import Config
from ..core.handoff import local_stamp, local_time
from ..core.inhibited import inhibited_by_text, inhibits_text
from ..core.silence_length import too_long_words
from ..core.severity import SeverityMap
from ..core.tracker import AlertSnapshot
from ..markup import escape
from ..terminal_text import visible
from .links import open_link
from .sla_cells import targets_line
from .translations import translator_for

TR_CONTEXT = "details"
tr = translator_for(TR_CONTEXT)


def _is_web_link(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:  # any text can arrive as a URL ("http://[::1" makes urlsplit raise): not a link
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _link(url: str, label: str) -> str:
    """An anchor for an http(s) URL, else the escaped text (relative paths, other schemes)."""
    if _is_web_link(url):
        return f'<a href="{escape(url, quote=True)}">{escape(label)}</a>'
    return escape(label if label == url else f"{label}: {url}")


#: Keeps the line breaks (and tabs, expanded to spaces) of a text from Alertmanager.
_PRE_WRAP = "white-space:pre-wrap"


def _lines(text: str) -> str:
    """``text`` escaped, its line breaks as ``\\n`` and its tabs as spaces, for an element
    styled ``_PRE_WRAP`` (a multi-line description stays on its lines)."""
    return escape(text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4))


def _table(rows: dict[str, str], values: Callable[[str], str] = _lines) -> str:
    """``rows`` (name -> value) as a two-column table, each value as ``values`` writes it."""
    cells = "".join(
        f"<tr><td style='padding-right:12px; color:#555'>{escape(k)}</td>"
        f"<td style='{_PRE_WRAP}'>{values(v)}</td></tr>"
        for k, v in sorted(rows.items()))
    return f"<table cellspacing='0'>{cells}</table>"


def details_html(alert: Alert, silences: list[Silence], config: Config, state: str,
                 zone: dt.tzinfo | None = None, inhibited: Sequence[Alert] = (),
                 snapshot: AlertSnapshot | None = None) -> str:
    """The pane's content for ``alert`` (escaped HTML). Its start, its SLA targets by name (a
    warning's second one is an investigation, review 55 M4: ``sla_cells.targets_line``) and a
    silence's end are shown in ``zone`` (the ``timezone`` setting's; None: the system's), with
    the date when not today. What it inhibits among ``inhibited`` (the poll's inhibited alerts,
    left out of the list) is named under its state: "Inhibits: HighLatencyP95 (warning)" (Q6);
    and what inhibits it, one listed though inhibited (silenced too), looked up in ``snapshot``
    (the poll's) and ``inhibited``: "Inhibited by APIDown (backend / …:3001)" (``inhibited_by_text``).
    A silence longer than the guide's 24 h is flagged under its line ("lasts 36h: more than the
    guide's 24h", ``silence_length.too_long_words``), as wherever silences are listed."""
    e = escape
    now = dt.datetime.now(dt.timezone.utc)
    parts = [f"<h3>{e(alert.display_name)}</h3>", f"<p style='{_PRE_WRAP}'>{_lines(alert.summary)}</p>"]
    description = alert.annotations.get("description", "")
    if description and description != alert.summary:
        parts.append(f"<p style='{_PRE_WRAP}'>{_lines(description)}</p>")
    parts.append(f"<p><b>{e(tr('State'))}:</b> {e(state)}<br><b>{e(tr('Started'))}:</b> "
                 f"{e(local_stamp(alert.starts_at, zone, QCoreApplication.translate) if alert.starts_at else '?')}"
                 f"<br><b>{e(tr('Fingerprint'))}:</b> {e(alert.fingerprint)}</p>")
    inhibits = inhibits_text(inhibited, alert.fingerprint, SeverityMap(config.severity_synonyms).of,
                             QCoreApplication.translate)
    behind = inhibited_by_text(alert, snapshot.alerts if snapshot else {}, {a.fingerprint: a for a in inhibited},
                               snapshot.telling if snapshot else {}, QCoreApplication.translate)
    for line in (inhibits, behind):
        if line:
            parts.append(f"<p style='{_PRE_WRAP}'><b>{_lines(line)}</b></p>")
    targets = targets_line(alert, SeverityMap(config.severity_synonyms).of(alert), config.sla_policy(), zone, now)
    if targets:
        parts.append(f"<p>{e(targets)}</p>")
    links = []
    runbook = alert.annotations.get("runbook_url", "")
    if runbook:
        links.append(_link(runbook, tr("Runbook")))
    links.append(_link(alert.annotations.get("dashboard_url") or config.grafana_url, tr("Dashboard (Grafana)")))
    if alert.generator_url:
        links.append(_link(alert.generator_url, tr("Expression in Prometheus")))
    parts.append("<p>" + " · ".join(links) + "</p>")
    for silence in silences:
        end = local_time(silence.ends_at, zone, now, QCoreApplication.translate) if silence.ends_at else "?"
        said = tr("Silenced by %1 until %2") if not silence.ends_at or silence.ends_at > now else tr(
            "Silenced by %1, ended at %2")  # kept from the last poll while Alertmanager is unreachable
        if silence.starts_at and silence.starts_at > now:  # pending: it will mute the alert (review 56 Q7)
            said = tr("Will be silenced by %1 from %3 until %2").replace(
                "%3", local_time(silence.starts_at, zone, now, QCoreApplication.translate))
        too_long = too_long_words(silence, QCoreApplication.translate)  # as the Silences tab (review 64 V9)
        flag = f"<br><span style='color:#b26a00'>{e(too_long)}</span>" if too_long else ""
        parts.append(f"<p><b>{e(said.replace('%1', silence.created_by).replace('%2', end))}"
                     f"</b>{flag}<br><span style='{_PRE_WRAP}'>{_lines(silence.comment)}</span></p>")
    # a label's value on its line, its line breaks as \n as matchers name it (review 76 BH3); annotations on theirs
    parts.append(f"<h4>{e(tr('Labels'))}</h4>" + _table(dict(alert.labels), lambda v: e(visible(v))))
    if alert.annotations:
        parts.append(f"<h4>{e(tr('Annotations'))}</h4>" + _table(dict(alert.annotations)))
    return "".join(parts)


class AlertDetails(QTextBrowser):
    """Read-only pane; web links open in the browser (or a box gives the address to copy)."""

    def __init__(self, config: Config) -> None:
        super().__init__()
        self._config = config
        self.zone: dt.tzinfo | None = None  # set by the window: the SLA policy's (settings') zone
        self.inhibited: Sequence[Alert] = ()  # set by the window: the last poll's inhibited alerts
        self.snapshot: AlertSnapshot | None = None  # set by the window: the last poll's (what inhibits an alert)
        self.setOpenLinks(False)  # every link is a web address: the browser opens it, or a box says why not
        self._link_box: QWidget | None = None
        self.anchorClicked.connect(lambda url: setattr(self, "_link_box", open_link(url, self)))
        self.show_none()

    def show_alert(self, alert: Alert, silences: list[Silence], state: str) -> None:
        """Show one alert."""
        self.setHtml(details_html(alert, silences, self._config, state, self.zone, self.inhibited, self.snapshot))

    def show_none(self) -> None:
        """Nothing selected."""
        self.setHtml(f"<p style='color:#777'>{escape(tr('Select an alert to see its details.'))}</p>")
