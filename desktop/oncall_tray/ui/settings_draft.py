"""The settings dialog's changes not saved when the tray is stopped without asking (code review 67
AA9): SIGTERM or SIGINT (``signals``: a systemd-managed or Wayland session's end, where no session
manager lets the tray ask) close the dialog as the program's close, which asks nothing. Its
changes are then kept as a draft (``config_draft``, never in the settings file without the
engineer's Save) and logged, and the next time the dialog opens it offers them back: Restore
(they are typed in again, to check and save) or Discard. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from ..config_draft import SettingsDraft, drop_draft, keep_draft, read_draft
from ..config_urls import shown_url
from .translations import translator_for

log = logging.getLogger(__name__)
TR_CONTEXT = "settings"
tr = translator_for(TR_CONTEXT)


class DraftKeeper(QObject):
    """Keeps ``dialog``'s (a ``SettingsDialog``) changes when the program closes it while it is
    open with changes (the tray stopping: ``ConnectionActions.close_all``), and offers back
    those kept for its settings file once it first shows. Lives as the dialog's child."""

    def __init__(self, dialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._offered = False
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Show and not self._offered:
            self._offered = True
            QTimer.singleShot(0, self, self.offer)  # over the dialog, once it shows
        elif kind == QEvent.Type.Close and not event.spontaneous() and watched.isVisible():
            self.keep()  # closed by the program while open: Save, Cancel and Discard hide it first
        return False

    def keep(self) -> None:
        """Keep the changes typed, if any, as the draft of the dialog's settings file, and log
        where; one that cannot be written is logged with what was typed (URLs' passwords hidden),
        the only copy left."""
        dialog = self._dialog
        typed, opened = dialog.unsaved()
        if not typed:
            return
        names = ", ".join(typed)
        try:
            where = keep_draft(dialog.loaded.path, typed, opened, dt.datetime.now(dt.timezone.utc))
        except (OSError, TypeError, ValueError) as exc:
            log.error("the Settings dialog closed with changes not saved (%s), which cannot be kept: %s; what was "
                      "typed: %s", names, exc, {key: _for_log(value) for key, value in typed.items()})
            return
        log.warning("the Settings dialog closed with changes not saved (%s) as oncall-tray stopped: kept in %s, "
                    "offered back the next time Settings opens", names, where)

    def offer(self) -> None:
        """Ask whether to restore the changes kept for the dialog's settings file, if any:
        Restore types them in again (``Field.retype``; a setting no longer known is left out,
        and logged), Discard forgets them; a question ended otherwise (the tray stopping) keeps
        them for the next opening."""
        dialog = self._dialog
        draft = read_draft(dialog.loaded.path)
        if draft is None or not dialog.isVisible():
            return
        labels = [dialog.labels.get(key, key) for key in draft.typed]
        # a field the file changed since the draft was kept: its restored value would replace
        # that edit at Save, so it is named (the fields all show the file's now: nothing typed yet)
        since = [dialog.labels.get(key, key) for key in draft.typed
                 if key in dialog.fields and key in draft.opened and dialog.fields[key].typed() != draft.opened[key]]
        answer = ask_restore(dialog, draft, labels, since, dialog.loaded.config.zone())
        if answer == QMessageBox.ButtonRole.AcceptRole:
            unknown = [key for key in draft.typed if key not in dialog.fields]
            for key, state in draft.typed.items():
                if key in dialog.fields:
                    dialog.fields[key].retype(state)
            drop_draft(dialog.loaded.path)
            log.info("restored the settings not saved when oncall-tray stopped (%s)%s", ", ".join(draft.typed),
                     f"; not settings any more, left out: {', '.join(unknown)}" if unknown else "")
        elif answer == QMessageBox.ButtonRole.DestructiveRole:
            drop_draft(dialog.loaded.path)
            log.info("discarded the settings not saved when oncall-tray stopped (%s)", ", ".join(draft.typed))


def ask_restore(parent, draft: SettingsDraft, labels: list[str], since: list[str],
                zone: dt.tzinfo) -> QMessageBox.ButtonRole:
    """"Restore the changes not saved when oncall-tray stopped?", with the fields they change
    (``labels``), when they were kept (in ``zone``, the settings' time zone) and the fields the
    settings file changed since (``since``, to check: restored, they replace the file's value):
    Restore (the default: AcceptRole), Discard (DestructiveRole); another role when the box was
    closed otherwise."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved settings"),
                      tr("Restore the changes not saved when oncall-tray stopped?"), QMessageBox.StandardButton.NoButton,
                      parent)
    when = draft.kept_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    info = tr("Changed at %1: %2.").replace("%1", when).replace("%2", "; ".join(labels))
    if since:
        info += "\n" + tr("Changed in the settings file since: %1. Check them before saving.").replace(
            "%1", "; ".join(since))
    box.setInformativeText(info)
    restore = box.addButton(tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Discard)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    return box.buttonRole(clicked) if clicked is not None else QMessageBox.ButtonRole.InvalidRole


def _for_log(value: object) -> object:
    """``value`` as the log may show it: each URL of a text or list with its password hidden
    (``shown_url``)."""
    if isinstance(value, list):
        return [_for_log(item) for item in value]
    if isinstance(value, str):
        return re.sub(r"\S+://\S+", lambda url: shown_url(url.group()), value)
    return value


__all__ = ["DraftKeeper", "ask_restore"]
