"""The settings dialog's check, at Save, of Alertmanager URLs that name one Alertmanager twice
(GUI thread; the poll in a thread of its own). Fresh-user review 67 AC7: ``http://localhost:PORT``
added beside ``http://127.0.0.1:PORT`` was saved without a word, and only the tray said it
afterwards. Only Alertmanager's answers tell (``connect.aliases_of``); when the URLs typed
differ from the file's and name two members or more, Save asks them first: one Alertmanager
under two addresses is said under the field and Save writes nothing; a second Save of the same
URLs writes them (a warning, as the tray and ``config check`` say it)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..config import Config
from ..config_aliases import alias_lines
from ..connect import aliases_of
from .settings_layout import URLS
from .translations import translator_for

TR_CONTEXT = "settings"
tr = translator_for(TR_CONTEXT)


class AliasCheck(QObject):
    """The check of ``dialog`` (``SettingsDialog``: its ``loaded``, ``store``, ``fields``,
    ``save_button``, ``save_error`` and ``save``)."""

    _answered = Signal(object, object)  # the URLs asked (tuple), the aliases found (dict)

    def __init__(self, dialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.checked: tuple[str, ...] = tuple(dialog.loaded.config.alertmanager_urls())  # said or the file's
        self._answered.connect(self._show)

    def holds(self, config: Config) -> bool:
        """Whether Save must wait for the check of ``config``'s URLs (the settings as typed),
        started then in a thread: URLs other than those checked or saved already, two or more."""
        urls = tuple(config.alertmanager_urls())
        if len(urls) < 2 or urls == self.checked:
            return False
        dialog = self.dialog
        dialog.save_button.setEnabled(False)
        dialog.save_error.setText(tr("Asking the Alertmanagers whether two addresses are one…"))
        answered, store = self._answered, dialog.store

        def work() -> None:
            found = aliases_of(config, store)
            try:
                answered.emit(urls, found)
            except RuntimeError:  # the dialog is gone
                pass

        threading.Thread(target=work, daemon=True, name="oncall-tray settings aliases").start()
        return True

    def _show(self, urls: tuple[str, ...], aliases: dict[str, str]) -> None:
        dialog = self.dialog
        dialog.save_button.setEnabled(not dialog.problems)
        self.checked = urls
        if not aliases:
            dialog.save_error.setText("")
            dialog.save()
            return
        said = "; ".join(alias_lines(aliases, {}, QCoreApplication.translate))
        dialog.fields[URLS].error.setText(said)
        dialog.save_error.setText(tr("Not saved yet: %1. Save again to keep them as typed.").replace("%1", said))


__all__ = ["AliasCheck"]
