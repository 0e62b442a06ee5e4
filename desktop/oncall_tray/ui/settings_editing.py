"""Which field of addresses of the settings dialog the engineer is typing in, for the draft kept as
typed (``settings_draft.DraftKeeper``): an address typed there that reads ``name:digits`` may be a
user name and the first digits of a password (``https://alice:2024`` of
``https://alice:2024Summer!@am:9093``) and is not kept whole until the engineer leaves the field
(``url_passwords.without_password``'s ``edited_from``; code review 72 AH10). GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt

#: Focus moves that are no end of the typing: another window (a password manager to copy from)
#: or a menu over the field; the field keeps the dialog's focus and its editing goes on.
_STAYING = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
#: Focus moves into a field that are the engineer's (not the program's: the dialog made again in
#: another language gives the focus back to a field in the middle of its typing).
_ENGINEERS = (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
              Qt.FocusReason.ShortcutFocusReason)


def address_field(key: str) -> bool:
    """Whether the setting ``key`` is a field of addresses (``config_draft.without_secrets``'s)."""
    return key.endswith(("_url", "_urls"))


class EditedAddress(QObject):
    """Follows the focus of ``dialog``'s (a ``SettingsDialog``) fields of addresses: the one being
    typed in is the one holding the dialog's focus (``QWidget.focusWidget``: also while another
    window is active), its editing begun when the engineer last moved the focus into it (mouse,
    Tab, a shortcut), with the text it held then, final since the focus had left it (before that,
    what it held when the dialog opened). ``left`` is called when the focus leaves one within the
    dialog: what it holds is final, the draft is kept again whole. Lives as the dialog's child;
    ``watch`` again once the dialog's fields are made again (``SettingsDialog.retranslate``)."""

    def __init__(self, dialog, left: Callable[[], None]) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._left = left
        self._began: dict[str, str] = {}
        self.watch()

    def watch(self) -> None:
        """Follow the focus of the dialog's fields of addresses as they are now."""
        for key, field in self._dialog.fields.items():
            if address_field(key):
                field.widget.installEventFilter(self)

    def _key(self, widget) -> str | None:
        """The key of the field of addresses ``widget`` is (or is in), None for another."""
        return next((key for key, field in self._dialog.fields.items() if address_field(key) and widget is not None
                     and (field.widget is widget or field.widget.isAncestorOf(widget))), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and event.reason() not in _STAYING:
            key = self._key(watched)
            if key is not None and kind == QEvent.Type.FocusIn and event.reason() in _ENGINEERS:
                self._began[key] = str(self._dialog.fields[key].typed())
            elif key is not None and kind == QEvent.Type.FocusOut:
                self._left()
        return False

    def now(self) -> dict[str, str]:
        """The field of addresses being typed in, if any: {key: the text it held when that began}
        (``config_draft.without_secrets``'s ``editing``); {} when the focus is elsewhere."""
        key = self._key(self._dialog.focusWidget())
        if key is None:
            return {}
        opened = self._dialog.unsaved()[1].get(key, self._dialog.fields[key].typed())
        return {key: self._began.get(key, str(opened or ""))}
