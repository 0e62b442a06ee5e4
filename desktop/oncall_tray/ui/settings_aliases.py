"""The settings dialog's check, at Save, of Alertmanager URLs that name one Alertmanager twice
(GUI thread; the poll in a thread of its own). Fresh-user review 67 AC7: ``http://localhost:PORT``
added beside ``http://127.0.0.1:PORT`` was saved without a word, and only the tray said it
afterwards. Only Alertmanager's answers tell (``connect.aliases_of``); when the URLs typed
differ from the file's and name two members or more, Save asks them first: one Alertmanager
under two addresses is said under the field and Save writes nothing; a second Save of the same
URLs writes them (a warning, as the tray and ``config check`` say it). The dialog stays live
while it is asked (code review 69 AD1): an answer completes only the Save it was asked for, if
nothing happened since (Cancel, Escape or the close button, an edit: ``drop``); any exception in
the thread ends the wait with the reason, Save enabled again (AD6)."""

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

    _answered = Signal(object, object, object, str)  # the Save's token, URLs asked, aliases found, error ("")

    def __init__(self, dialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.checked: tuple[str, ...] = tuple(dialog.loaded.config.alertmanager_urls())  # said or the file's
        self._waiting: object | None = None  # the token of the Save waiting for the answer, None for none
        self._answered.connect(self._show)

    def waiting(self) -> bool:
        """Whether a Save waits for the Alertmanagers' answer (Save disabled meanwhile)."""
        return self._waiting is not None

    def drop(self, said: str = "") -> None:
        """Forget the Save waiting for the answer, if any (Cancel, Escape, the close button, an
        edit: code review 69 AD1): its answer then writes nothing; Save is enabled again, and
        ``said`` (translated, "" for nothing) shown where "Asking…" was."""
        if self._waiting is None:
            return
        self._waiting = None
        self.dialog.save_error.setText(said)
        self.dialog.save_button.setEnabled(not self.dialog.problems)

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
        token = self._waiting = object()

        def work() -> None:
            found, error = {}, ""
            try:
                found = aliases_of(config, store)
            except Exception as exc:  # noqa: BLE001 - any fault ends the wait, said (review 69 AD6)
                error = str(exc) or type(exc).__name__
            finally:
                try:
                    answered.emit(token, urls, found, error)
                except RuntimeError:  # the dialog is gone
                    pass

        threading.Thread(target=work, daemon=True, name="oncall-tray settings aliases").start()
        return True

    def _show(self, token: object, urls: tuple[str, ...], aliases: dict[str, str], error: str) -> None:
        dialog = self.dialog
        if token is not self._waiting:  # overtaken, or the dialog closed: dropped (review 69 AD1)
            return
        self._waiting = None
        dialog.save_button.setEnabled(not dialog.problems)
        self.checked = urls
        if error:
            dialog.save_error.setText(tr(
                "Not saved yet: the Alertmanagers could not be asked whether two addresses are one (%1). Save again "
                "to keep the URLs as typed.").replace("%1", error))
            return
        if not aliases:
            dialog.save_error.setText("")
            dialog.save()
            return
        said = "; ".join(alias_lines(aliases, {}, QCoreApplication.translate))
        dialog.fields[URLS].error.setText(said)
        dialog.save_error.setText(tr("Not saved yet: %1. Save again to keep them as typed.").replace("%1", said))


__all__ = ["AliasCheck"]
