"""What the settings dialog says when it cannot save (review 24): a settings file that could not
be read, said as soon as the dialog opens and when Save is refused, in the words of ``oncall-tray
config check`` (``Problem.cause_text``); and the question on Escape with changes typed, which
offers Save only when Save can save, and otherwise says why. GUI thread only."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ..config import LoadedConfig
from ..config_kept import kept_time_text
from ..config_problems import UnreadableSettings
from ..config_write import save_failure_text, text_to_update
from .translations import translate, translator_for

TR_CONTEXT = "settings"
tr = translator_for(TR_CONTEXT)


def opening_notice(loaded: LoadedConfig) -> str:
    """What the dialog says at once of ``loaded``'s file when it could not be read at all: where,
    why, what the fields show (the settings the tray runs on, last read whole at ``kept_at``:
    ``config_kept.shown_in_force``, review 65 R3; else the defaults) and that it must be fixed
    first; "" when it was read."""
    whole = next((p for p in loaded.problems if p.kind == "file"), None)
    if whole is None:
        return ""
    if loaded.kept_at is not None:
        text = tr("Could not read %1: %2. The fields show the settings the tray runs on, last read whole from "
                  "the file at %3. Fix the file first: Save does not overwrite it, so that its comments and "
                  "settings are kept.").replace("%3", kept_time_text(loaded))
    else:
        text = tr("Could not read %1: %2. The fields show the defaults. Fix the file first: Save does not "
                  "overwrite it, so that its comments and settings are kept.")
    return text.replace("%1", str(loaded.path)).replace("%2", whole.cause_text(translate))


def refusal(path: Path, exc: Exception) -> str:
    """Why saving to ``path`` failed with ``exc`` (from ``save_settings``), in one line; a file
    that could not be read says so as ``opening_notice`` does, and to fix it first."""
    if isinstance(exc, UnreadableSettings):
        return tr("could not read %1: %2. Fix the file first: saving over it would lose its comments "
                  "and settings.").replace("%1", str(path)).replace("%2", exc.text(translate))
    return save_failure_text(exc, translate)


def ask_unsaved(parent: QWidget, why_not: str) -> QMessageBox.StandardButton:
    """Ask what to do with the changed settings: Save, Discard or Cancel (back to editing, the
    default: Enter after the engineer's Cancel neither saves nor loses anything; review 48 R5:
    Save was, and saved a wrong URL the engineer meant to throw away); when they cannot be saved
    (``why_not``: why, one reason a line), Discard or Cancel only, with the reason shown. Enter
    and Escape go back to the dialog."""
    buttons = QMessageBox.StandardButton
    if not why_not:
        return QMessageBox.question(parent, tr("Unsaved settings"), tr("Save the settings you changed?"),
                                    buttons.Save | buttons.Discard | buttons.Cancel, buttons.Cancel)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Unsaved settings"),
                      tr("The settings you changed cannot be saved. Discard them, or cancel to go back and fix them?"),
                      buttons.Discard | buttons.Cancel, parent)
    box.setInformativeText(why_not)
    box.setDefaultButton(buttons.Cancel)
    box.setEscapeButton(buttons.Cancel)
    return buttons(box.exec())


def why_not_savable(dialog) -> str:
    """Why the settings ``dialog`` (a ``SettingsDialog``) cannot save now, one reason a line (""
    when it can): each field with a problem by its label, else the settings file if it cannot be
    read (``refusal``)."""
    if dialog.problems:
        return "\n".join(f"{dialog.labels.get(key, key)}: {problem}" for key, problem in dialog.problems.items())
    try:
        text_to_update(dialog.loaded.path)
    except UnreadableSettings as exc:
        return refusal(dialog.loaded.path, exc)
    except OSError:  # Save says why, and the dialog stays open
        pass
    return ""


def settled_for_quit(dialog) -> bool:
    """Before the tray quits (its menu's Quit, the alerts window's, the session's end): with
    changes typed in the settings ``dialog`` (a ``SettingsDialog``), ask as its Escape does
    (``ask_unsaved``: Save, Discard, Cancel); True to quit. A Save waiting for the alias check is
    forgotten first, as Escape does (code review 70 AE2: Discard wrote the file all the same, Save
    wrote it twice). Save quits once written; one that fails keeps the dialog open with the
    reason, and the tray (review 66 S9: the typed contact was lost without a word); one waiting
    for the Alertmanagers (alias check) says why the tray stays (code review 69 AD7), and quits
    if they answered and it was written while that was said. Discard closes the dialog, so that
    its changes are not kept as a draft when the tray then closes it (``settings_draft``); Discard
    and Cancel forget a Save pressed under the question (Escape's, nested), said under Save (code
    review 71 AG6). The check's answers wait while a box is open, and are acted on after the
    question's choice (``AliasCheck.boxed``, code review 70 AE1)."""
    if not dialog.changed():
        return True
    dialog.aliases.stop()
    dialog.raise_()
    dialog.activateWindow()
    buttons = QMessageBox.StandardButton
    with dialog.aliases.boxed():  # the check's answer after the question and its choice (code review 70 AE1)
        answer = ask_unsaved(dialog, dialog.why_not_savable())
        if answer == buttons.Save:
            dialog.save()  # closes the dialog once written
            if dialog.aliases.waiting():  # the Alertmanagers are asked first (code review 69 AD7)
                QMessageBox.information(dialog, tr("Not quitting yet"), tr(
                    "The settings are not saved yet: the Alertmanagers are being asked whether two of the addresses "
                    "are one Alertmanager. The settings dialog says when they are saved; Quit again then."))
        else:
            dialog.aliases.stop()  # Discard or Cancel: a Save pressed under the question is not made
        if answer == buttons.Discard:
            dialog.done(QDialog.DialogCode.Rejected)  # closed, as asked: no draft kept at the quit (code review 67 AA9)
    if answer == buttons.Save:  # written once the check answered under "Not quitting yet"
        return not shiboken6.isValid(dialog) or not dialog.isVisible()
    return answer == buttons.Discard


__all__ = ["ask_unsaved", "opening_notice", "refusal", "settled_for_quit", "why_not_savable"]
