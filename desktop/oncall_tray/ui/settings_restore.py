"""The question the settings dialog asks when it opens over changes not saved when oncall-tray
stopped (``settings_draft.DraftKeeper.offer``): Restore or Discard. GUI thread only."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..config_draft import SettingsDraft
from ..core.local_times import local_stamp
from .translations import translator_for

TR_CONTEXT = "settings"
tr = translator_for(TR_CONTEXT)


def ask_restore(parent, draft: SettingsDraft, labels: list[str], since: list[str], not_kept: list[str],
                zone: dt.tzinfo) -> QMessageBox.ButtonRole:
    """"Restore the changes not saved when oncall-tray stopped?", with the fields they change
    (``labels``), when they were kept (in ``zone``, the settings' time zone, in the language's
    layout: ``core.local_times.local_stamp``) and the fields the settings file changed since (``since``, to check: restored, they are merged with its edits at
    Save) and those whose passwords were not kept (``not_kept``, to type again; in an address being
    typed, what followed a ":" may be a password's first digits or a port: code review 72 AH10): Restore (the
    default: AcceptRole), Discard (DestructiveRole); another role when the box was closed
    otherwise, or deleted with ``parent`` under it (the program closing the dialog: AB3)."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved settings"),
                      tr("Restore the changes not saved when oncall-tray stopped?"), QMessageBox.StandardButton.NoButton,
                      parent)
    when = local_stamp(draft.kept_at, zone, QCoreApplication.translate)  # 07/12/2026 02:12 in pt_BR (AC3)
    info = tr("Changed at %1: %2.").replace("%1", when).replace("%2", "; ".join(labels))
    if since:
        info += "\n" + tr("Changed in the settings file since: %1. Check them before saving.").replace(
            "%1", "; ".join(since))
    for label in not_kept:
        info += "\n" + tr("%1: a password, or what followed a “:” in an address being typed, was not kept: type it "
                              "again.").replace("%1", label)
    box.setInformativeText(info)
    restore = box.addButton(tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Discard)
    box.setDefaultButton(restore)
    box.exec()
    if not shiboken6.isValid(box):  # deleted with its dialog while open
        return QMessageBox.ButtonRole.InvalidRole
    clicked = box.clickedButton()
    return box.buttonRole(clicked) if clicked is not None else QMessageBox.ButtonRole.InvalidRole


__all__ = ["ask_restore"]
