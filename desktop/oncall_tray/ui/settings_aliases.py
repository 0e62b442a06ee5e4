"""The settings dialog's check, at Save, of Alertmanager URLs that name one Alertmanager twice
(GUI thread; the poll in a thread of its own). Fresh-user review 67 AC7: ``http://localhost:PORT``
added beside ``http://127.0.0.1:PORT`` was saved without a word, and only the tray said it
afterwards. Only Alertmanager's answers tell (``connect.aliases_of``); when the URLs typed
differ from the file's and name two members or more, Save asks them first: one Alertmanager
under two addresses is said under the field and Save writes nothing; a second Save of the same
URLs writes them (a warning, as the tray and ``config check`` say it). The dialog stays live
while it is asked (code review 69 AD1): an answer completes only the Save it was asked for, if
nothing happened since (Cancel, Escape or the close button, an edit: ``drop``); any exception in
the thread ends the wait with the reason, Save enabled again (AD6), said in plain translated
words (code review 70 AE6). An answer that comes while a box of the dialog is open (``boxed``:
the unsaved question, "Not quitting yet", the file chooser) waits until it is closed (code
review 70 AE1: the answer's Save closed, and so deleted, the dialog under the box in its
nested loop: a double free)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from ..config import Config
from ..config_aliases import alias_lines
from ..alertmanager.errors import AlertmanagerError
from ..connect import aliases_of
from .settings_layout import URLS
from .translations import failure_text, translator_for

TR_CONTEXT = "settings"
tr = translator_for(TR_CONTEXT)
log = logging.getLogger(__name__)


def check_failure(error: BaseException) -> str:
    """Why the Alertmanagers could not be asked, in the interface's language: an
    ``AlertmanagerError`` as the alerts window says it (``failure_text``); anything else is a
    fault of oncall-tray, said as one by its kind's name (code review 70 AE6: ``KeyError('members')``
    showed as "('members')", and library texts in English in a Portuguese line), logged whole."""
    if isinstance(error, AlertmanagerError):
        return failure_text(error)
    return tr("an unexpected error in oncall-tray (%1); the details are in the log").replace("%1", type(error).__name__)


class AliasCheck(QObject):
    """The check of ``dialog`` (``SettingsDialog``: its ``loaded``, ``store``, ``fields``,
    ``save_button``, ``save_error`` and ``save``)."""

    _answered = Signal(object, object, object, object)  # the Save's token, URLs asked, aliases found, exception or None

    def __init__(self, dialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.checked: tuple[str, ...] = tuple(dialog.loaded.config.alertmanager_urls())  # said or the file's
        self._waiting: object | None = None  # the token of the Save waiting for the answer, None for none
        self._boxes = 0  # boxes of the dialog open now (``boxed``)
        self._held: tuple | None = None  # an answer that came while one was open
        self._answered.connect(self._show)

    @contextmanager
    def boxed(self) -> Iterator[None]:
        """While a box of the dialog is open (a nested event loop; the box a child of the dialog):
        the check's answer is held, and acted on as the outermost block ends (code review 70 AE1);
        a dialog deleted on close (``ConnectionActions._show``) closed meanwhile (the tray's
        shutdown) is deleted only then, not under the box.

        The caller acts on the box's result inside the block (the file chosen put in its field,
        the question's Save made, its Discard or Cancel dropping the waiting Save), so that the
        held answer finds that done, whenever it came: one rule, any field changed and any
        question answered Discard or Cancel after Save was pressed drops the waiting Save, said
        under Save (code review 71 AG5, AG6: acted on first, the answer wrote the settings without
        the CA file just chosen, or after the engineer's Discard, depending on its timing)."""
        dialog, deletes = self.dialog, self.dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._boxes += 1
        try:
            yield
        finally:
            self._boxes -= 1
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, deletes)
        if deletes and not self._boxes and not dialog.isVisible():
            dialog.deleteLater()
        held, self._held = (self._held, None) if not self._boxes else (None, self._held)
        if held is not None:
            self._show(*held)

    def waiting(self) -> bool:
        """Whether a Save waits for the Alertmanagers' answer (Save disabled meanwhile)."""
        return self._waiting is not None

    def drop(self, said: str = "") -> None:
        """Forget the Save waiting for the answer, if any (Cancel, Escape, the close button, an
        edit: code review 69 AD1): its answer then writes nothing; Save is enabled again, and
        ``said`` (translated, "" for nothing) shown where "Asking…" was."""
        if self._waiting is None:
            return
        self._waiting = self._held = None
        self.dialog.save_error.setText(said)
        self.dialog.save_button.setEnabled(not self.dialog.problems)

    def stop(self) -> None:
        """``drop`` as the dialog is asked to close (Cancel, Escape, the close button, Quit),
        saying so under Save: answered "go on editing", the Save pressed is not forgotten
        without a word (code review 70 AE7)."""
        self.drop(tr("Not saved: the dialog was asked to close while the Alertmanagers were asked. Save again."))

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
            found, error = {}, None
            try:
                found = aliases_of(config, store)
            except Exception as exc:  # noqa: BLE001 - any fault ends the wait, said (review 69 AD6)
                log.warning("the alias check of the settings' Alertmanager URLs failed", exc_info=True)
                error = exc
            finally:
                try:
                    answered.emit(token, urls, found, error)
                except RuntimeError:  # the dialog is gone
                    pass

        threading.Thread(target=work, daemon=True, name="oncall-tray settings aliases").start()
        return True

    def _show(self, token: object, urls: tuple[str, ...], aliases: dict[str, str], error: Exception | None) -> None:
        dialog = self.dialog
        if token is not self._waiting:  # overtaken, or the dialog closed: dropped (review 69 AD1)
            return
        if self._boxes:  # acted on once the box is closed (code review 70 AE1)
            self._held = (token, urls, aliases, error)
            return
        self._waiting = None
        dialog.save_button.setEnabled(not dialog.problems)
        self.checked = urls
        if error:
            dialog.save_error.setText(tr(
                "Not saved yet: the Alertmanagers could not be asked whether two addresses are one (%1). Save again "
                "to keep the URLs as typed.").replace("%1", check_failure(error)))
            return
        if not aliases:
            dialog.save_error.setText("")
            dialog.save()
            return
        said = "; ".join(alias_lines(aliases, {}, QCoreApplication.translate))
        dialog.fields[URLS].error.setText(said)
        dialog.save_error.setText(tr("Not saved yet: %1. Save again to keep them as typed.").replace("%1", said))


__all__ = ["AliasCheck", "check_failure"]
