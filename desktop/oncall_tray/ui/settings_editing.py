"""Which field of addresses of the settings dialog the engineer is typing in, and what it held
when that began, for the draft kept as typed (``settings_draft.DraftKeeper``): an address typed
there that reads ``name:digits`` may be a user name and the first digits of a password
(``https://alice:2024`` of ``https://alice:2024Summer!@am:9093``) and is not kept whole until the
engineer leaves the field (``url_passwords.without_password``'s ``edited_from``; code review 72
AH10, 77 AQ3, 78 AR3). GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt

#: Focus moves that are no end of the typing: another window (a password manager to copy from)
#: or a menu over the field; the field keeps the dialog's focus and its editing goes on.
_STAYING = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
#: The engineer's own typing in a field, which begins an editing of it.
_TYPING = (QEvent.Type.KeyPress, QEvent.Type.InputMethod)


def address_field(key: str) -> bool:
    """Whether the setting ``key`` is a field of addresses (``config_draft.without_secrets``'s)."""
    return key.endswith(("_url", "_urls"))


class EditedAddress(QObject):
    """Follows the engineer's editing of ``dialog``'s (a ``SettingsDialog``) fields of addresses.
    An editing begins with the engineer's own typing in a field (a key pressed, an input method's
    text: the text it held then is its start) and ends when the focus leaves the field (the text is
    final): a focus moved into a field by the program (the Log in... check pointing at a field with
    a problem) begins none, so that addresses finished in an earlier editing are never cut again
    (code review 77 AQ3: ``http://grafana:3000`` kept as ``http://grafana:``). The field being typed
    in is the one holding the dialog's focus (``QWidget.focusWidget``: also while another window is
    active) in an editing begun; every address added or changed in that editing is taken as being
    typed, wherever the text cursor is, and only those the field held unchanged when the editing
    began as finished (code review 78 AR3: the earlier rule, only the address holding the cursor
    being typed, kept in clear the start of a password holding a space, ``https://alice:2024 Su``,
    and a list's line half typed when the engineer went back to another line). ``left`` is called
    when the focus leaves one within the dialog: what it holds is final, the draft is kept again
    whole. Lives as the dialog's child; ``watch`` again once the dialog's fields are made again
    (``SettingsDialog.retranslate``, which gives the focus back: the editing goes on).

    The trade-off, secrecy first: a ``name:digits`` address cannot be told from the user name and
    the first digits of a password typed digits first, so every address with a single-name host
    and a port typed in the editing going on (``http://am1:9093`` and ``http://am2:9093`` typed in
    a list, the cursor on either or elsewhere) is kept as ``http://am1:`` and the field named in
    the draft's ``not_kept`` until the focus leaves the field; then the whole text is kept. The
    draft kept at the program's close (``DraftKeeper.keep``: SIGTERM, the session's logout) follows
    the same rule: the typing is then over, but what the editing going on added is kept cut (to
    type again), what the field held before it whole."""

    def __init__(self, dialog, left: Callable[[], None]) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._left = left
        self._began: dict[str, str] = {}  # the editing going on, by key: the text its field held when it began
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
        key = self._key(watched) if kind in (QEvent.Type.FocusOut, *_TYPING) else None
        if key is not None and kind in _TYPING:
            self._began.setdefault(key, str(self._dialog.fields[key].typed()))  # before the key changes it
        elif key is not None and event.reason() not in _STAYING:
            self._began.pop(key, None)
            self._left()
        return False

    def now(self) -> dict[str, str]:
        """The field of addresses being typed in, if any: {key: its text when its editing began,
        whose words are the only ones taken as finished} (``config_draft.without_secrets``'s
        ``editing``); {} when the focus is elsewhere or its field's editing has not begun."""
        key = self._key(self._dialog.focusWidget())
        if key is None or key not in self._began:
            return {}
        return {key: self._began[key]}
