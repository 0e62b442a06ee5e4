"""What the settings dialog says of the settings this run was given for itself, on top of the file
(``LoadedConfig.overrides``: ``--alertmanager``, ``--prometheus``, the demo's own Alertmanager and
Prometheus). The dialog shows and edits the file's values (``LoadedConfig.as_in_file``); a line
above the fields names what this run uses instead (fresh-user review 70 AK6: a tray started with
``--alertmanager`` beside the shift's tray showed that URL as the file's, and a Save wrote it to
the file, which the shift's tray applied, leaving the shift's Alertmanager unwatched). GUI thread
only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ..config import LoadedConfig
from ..url_passwords import shown_url
from .translations import translator_for

TR_CONTEXT = "settings"
tr = translator_for(TR_CONTEXT)


def _urls(urls) -> str:
    """``urls`` as the engineer reads them, passwords masked (``shown_url``), ", " between them;
    "none" for none."""
    shown = [shown_url(str(url)) for url in urls if url]
    return ", ".join(shown) if shown else tr("none")


def overridden_text(running: LoadedConfig, in_file: LoadedConfig) -> str:
    """The line above the fields: which Alertmanager (and Prometheus) ``running``, the settings
    this run is on, uses instead of those of ``in_file``, the file's settings the dialog shows,
    one sentence each, "\\n" between them; "" when the run uses the file's."""
    lines = []
    given, config, demo = running.overrides, running.config, running.demo
    if "alertmanager_url" in given or "alertmanager_peers" in given:
        text = (tr("The demo watches its own Alertmanager, %1; the settings file's Alertmanager is %2.") if demo else
                tr("This run watches %1 (given with --alertmanager); the settings file's Alertmanager is %2."))
        lines.append(text.replace("%1", _urls(config.alertmanager_urls())).replace(
            "%2", _urls(in_file.config.alertmanager_urls())))
    if "prometheus_url" in given:
        text = (tr("The demo takes trends from its own Prometheus, %1; the settings file's Prometheus is %2.") if demo
                else tr("This run takes trends from %1 (given with --prometheus); the settings file's Prometheus "
                        "is %2."))
        lines.append(text.replace("%1", _urls([config.prometheus_url])).replace(
            "%2", _urls([in_file.config.prometheus_url])))
    return "\n".join(lines)


def notice_label(text: str, name: str, colour: str = "") -> QLabel:
    """A plain-text line of the dialog, wrapped, selectable, named ``name`` (for the tests),
    in ``colour`` (a CSS colour, "" for the text's), hidden while ``text`` is empty."""
    label = QLabel(text)
    label.setObjectName(name)
    if colour:
        label.setStyleSheet(f"color: {colour}")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(bool(text))
    return label
