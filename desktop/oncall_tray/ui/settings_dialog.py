"""The settings dialog (issue 6): every key of the settings file, each checked as it is typed
with the reason shown under the field (the same checks as ``oncall-tray config check``, also the
order of the SLA targets: respond before resolve, L2 before L3), a "Test connection" button, and
Save, which writes the file in place and atomically and hands the new settings to the tray to
apply at once. A field's message line keeps its room while empty, so that the fields below do
not move as messages come and go while typing.

Keys the dialog does not know by name (added later) still get an editor chosen by their type,
on the "Other" tab, so that the dialog always covers the whole file.

Numbers are typed and shown as the interface's language writes them (QLocale: "2,5" in pt_BR;
"2.5" is taken too), weekdays by their short names in that language (``seg`` in pt_BR, any form
the settings file takes is accepted); the file gets plain numbers and the keys ``mon``..``sun``.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from ..alertmanager.cluster import ClusterPoll
from ..config import Config, LoadedConfig, validate
from ..config_kept import shown_in_force
from ..config_write import save_settings
from ..connect import check_connection
from ..secrets import SecretStore
from ..sla_settings import ORDERED_KEYS
from .demo_marks import settings_file_line
from .plain import PlainLabel
from .settings_aliases import AliasCheck
from .settings_checks import field_problem, movable_user, move_user_text, same_setting, written_twice_in_file
from .settings_draft import DraftKeeper
from .settings_field import CONFIG_FIELDS, Field, translated
from .settings_layout import TABS, URLS
from .settings_merge import merged_changes, show_file_again, shown_settings
from .settings_move import LOGIN_KEYS, UserMove, move_user, put_back
from .settings_overrides import notice_label, overridden_text
from .settings_tab import add_tab
from .screen_fit import fit_to_screen
from .tab_order import buttons_after
from .settings_test_result import describe_test
from .settings_unsaved import ask_unsaved, opening_notice, refusal, why_not_savable
from .translations import translator_for

TR_CONTEXT = "settings"
tr = translator_for(TR_CONTEXT)


class SettingsDialog(QDialog):
    """Edits ``loaded``'s file.

    Args:
        loaded: the settings in force and their file; the dialog shows and edits the file's
            (``LoadedConfig.as_in_file``: ``loaded`` is ``running``), saying above the fields what
            this run was given instead (``settings_overrides``: review 70 AK6).
        store: for "Test connection" (the stored credentials) and the login button.

    Signals:
        saved(LoadedConfig): the file was written; the new settings, to apply now.
        login_requested(str, str, str, list, str): url, method, user name, every member's URL
            (the login is shared by all, and the login dialog names each), the password the login
            holds at first ("" for none): the engineer wants to enter the password or token for
            these. The receiver calls ``login_ended`` when that login is kept or cancelled.
    """

    saved = Signal(object)
    login_requested = Signal(str, str, str, list, str)
    _tested = Signal(object, object)

    def __init__(self, loaded: LoadedConfig, store: SecretStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.running, self.loaded = loaded, loaded.as_in_file()  # in force; the file's (review 70 AK6, AK1)
        self.store = store
        self._shown = shown_settings(self.loaded)  # what Save compares with: a setting left as shown is not written
        self.written_twice = written_twice_in_file(self.loaded)  # shown as written, both lines (review 66 U7)
        self._base = (self._shown, self.written_twice)  # what a change is from, merged with the file at Save
        self._retranslating = False
        self._body: QWidget | None = None
        self._typed: dict[str, object] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._tested.connect(self._show_test)
        self._build({})
        fit_to_screen(self, 720, 560)
        # what each field held when the dialog opened, as ``Field.typed`` reads it (numbers as
        # values): compared with ``_typed``, never with ``raw()`` read after a language switch
        # (code review 63B CB1: "2,5" shown in pt_BR, read in English, is no number)
        self._as_opened = dict(self._typed)
        self.draft_keeper = DraftKeeper(self)  # changes kept as typed and when the tray stops, offered back (AA9)
        self.aliases = AliasCheck(self)  # one Alertmanager under two addresses, said at Save

    def _build(self, typed: dict[str, object]) -> None:
        """Make every text and editor of the dialog in the interface's language, the editors
        showing the settings, or what ``typed`` holds for them (``Field.typed``)."""
        self.setWindowTitle(tr("oncall-tray — settings"))
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, str] = {}  # each field's label, for the reasons Save cannot save
        self.problems: dict[str, str] = {}
        config = self._shown
        body = QWidget(self)
        self.tabs = QTabWidget()
        known = {URLS, "alertmanager_url", "alertmanager_peers"}
        for title, keys in TABS:
            add_tab(self, translated(title), [(key, label, hint) for key, label, hint in keys
                                              if key == URLS or key in CONFIG_FIELDS], config)
            known.update(key for key, _label, _hint in keys)
        others = [(name, "", "") for name in CONFIG_FIELDS if name not in known]
        if others:
            add_tab(self, tr("Other"), others, config)
        self.test_button = QPushButton(tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = PlainLabel()  # Alertmanager's answer, controls as escapes
        self.test_result.setObjectName("test_result")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_error = QLabel()
        self.save_error.setStyleSheet("color: #c62828")
        self.save_error.setTextFormat(Qt.TextFormat.PlainText)
        self.save_error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout = QVBoxLayout(body)
        path = QLabel(settings_file_line(self.loaded, tr("Settings file: %1")))  # the demo's: its copy
        path.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(path)
        self.file_problem = notice_label(opening_notice(self.loaded), "file_problem", "#c62828")  # at once
        layout.addWidget(self.file_problem)
        self.overridden_line = notice_label(overridden_text(self.running, self.loaded), "overridden")
        layout.addWidget(self.overridden_line)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(test_row)
        layout.addWidget(self.save_error)
        layout.addWidget(buttons)
        buttons_after(self.test_button, buttons)  # Save before Cancel, as made, whatever the platform (review 51 G2)
        for key, state in typed.items():
            if key in self.fields:
                self.fields[key].retype(state)
        for key in self.fields:
            self._check(key)
        self._update_buttons()
        self.layout().addWidget(body)
        self._body = body
        # what each field holds, read in the language it was typed in (the new one is in force
        # before the dialog is made again: "2,5" read in English is no number)
        self._typed = {key: field.typed() for key, field in self.fields.items()}

    def changeEvent(self, event) -> None:  # noqa: N802
        """A new language (the settings file edited while the dialog is open: review 61 W6): the
        whole dialog is made again in it at once, as the alerts window is, every value typed
        kept; not half in each (labels in the old language under Save/Cancel in the new)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating and self._body is not None:
            self._retranslating = True  # once for the translators removed and installed together
            QTimer.singleShot(0, self, self.retranslate)

    def retranslate(self) -> None:
        """Make the dialog again in the interface's language, keeping what each field holds, the
        tab shown and the field with the focus (the answer of a connection test, in the old
        language, is left out)."""
        self._retranslating = False
        # the file as it is now (the hand edit that changed the language may have changed more):
        # a field the engineer has not touched shows it (review 62 Y7: the language field showed
        # the old language), one typed in keeps what was typed; Save compares with the file now
        untouched = {key for key, state in self._typed.items() if state == self._as_opened.get(key)}
        self.loaded = shown_in_force(self.loaded)  # still broken: the settings in force (review 65 R3)
        self._shown = shown_settings(self.loaded)
        typed = {key: state for key, state in self._typed.items() if key not in untouched}
        tab = self.tabs.currentIndex()
        focused = next(((key, field.cursor()) for key, field in self.fields.items() if field.widget.hasFocus()), None)
        old, self._body = self._body, None
        old.hide()
        self.layout().removeWidget(old)
        old.deleteLater()
        self._build(typed)
        self.draft_keeper.editing.watch()
        self._as_opened.update({key: self._typed[key] for key in untouched if key in self._typed})
        self.tabs.setCurrentIndex(tab)
        if focused is not None:
            self.fields[focused[0]].focus(focused[1])  # the typing goes on where it was

    def changed(self) -> bool:
        """Whether any field holds something other than when the dialog opened (each as read in
        the language it was typed in: right after a language switch too)."""
        return bool(self.unsaved()[0])

    def unsaved(self) -> tuple[dict, dict]:
        """The fields that hold something other than when the dialog opened: what each holds,
        and what it held then, by key (as ``Field.typed`` gives them)."""
        typed = {key: state for key, state in self._typed.items() if state != self._as_opened.get(key)}
        return typed, {key: self._as_opened.get(key) for key in typed}

    _closed_by_program = False

    def closeEvent(self, event) -> None:  # noqa: N802
        """A close the program asks for (quitting, ``close()``) asks nothing; one from the window
        manager goes through ``reject``'s question."""
        self._closed_by_program = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._closed_by_program = False

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: with changes typed, ask whether to save
        them, discard them or go on editing (review 22: Escape threw them away without a word);
        Save is offered only when it can save (review 24), else the question says why not. A Save
        waiting for the alias check is forgotten first, said under Save (code review 69 AD1, 70 AE7),
        and so is one pressed under the question (Quit's Save) when it is answered Discard or Cancel
        (code review 71 AG6), before the check's answer held meanwhile is acted on (``boxed``)."""
        self.aliases.stop()
        if not self.changed() or self._closed_by_program:
            super().reject()
            return
        with self.aliases.boxed():  # the check's answer after the question and its choice (code review 70 AE1)
            answer = ask_unsaved(self, self.why_not_savable())
            if answer == QMessageBox.StandardButton.Save:
                self.save()  # closes the dialog once written; stays open with the reason if not
                return
            self.aliases.stop()  # Discard or Cancel: a Save pressed under the question is not made
            if answer == QMessageBox.StandardButton.Discard:
                super().reject()

    _ended = False  # closed, until shown again: ``save`` does nothing (code review 70 AE2)

    def showEvent(self, event) -> None:  # noqa: N802
        """Shown (again): ``save`` saves."""
        self._ended = False
        super().showEvent(event)

    def done(self, result: int) -> None:
        """Closed however (``reject``, Quit's Discard): a Save waiting for the alias check is forgotten."""
        self.aliases.drop()
        self._ended = True
        super().done(result)

    def why_not_savable(self) -> str:
        """Why Save cannot save now, one reason a line ("" when it can: ``settings_unsaved.why_not_savable``)."""
        return why_not_savable(self)

    # -- building ------------------------------------------------------------------------

    _moved: UserMove | None = None  # the move whose login is open

    def _request_login(self, *, password: str = "") -> None:
        """Ask for the password or token of the login the Alertmanager URLs, Authentication and
        User name fields name (``login_requested``), whatever the other fields hold (code review
        63B CB2: a slip on another tab made it ask nothing), the login holding ``password`` (the
        one the move took out of the URLs); with a problem in one of these, the focus goes to it,
        whose message line says why."""
        wrong = next((key for key in LOGIN_KEYS if key in self.problems), None)
        if wrong is not None:
            self.fields[wrong].widget.setFocus()
            return
        config = self.loaded.config.with_overrides(**self._converted(LOGIN_KEYS))
        self.login_requested.emit(config.alertmanager_url, config.auth_method, config.auth_username,
                                  list(config.alertmanager_urls()), password)

    # -- checking ------------------------------------------------------------------------

    def _changed(self, key: str) -> None:
        if key not in self.fields:  # while the editor is being filled in
            return
        self._typed[key] = self.fields[key].typed()
        self.draft_keeper.typed()  # kept as typed: a SIGKILL loses at most the last second
        self.aliases.drop(tr("Not saved: you changed the settings while the Alertmanagers were asked. Save again."))
        self._check(key)
        if key == "auth_method":
            self._check("auth_username")
        if key in ORDERED_KEYS:  # the other target of the pair may be fine now, or not
            for other in ORDERED_KEYS - {key}:
                if other in self.fields:
                    self._check(other)
        self._update_buttons()

    def _check(self, key: str) -> None:
        field = self.fields[key]
        message = field_problem(self.fields, key, field.raw())
        if message:
            self.problems[key] = message
        else:
            self.problems.pop(key, None)
        field.error.setText(message)
        if key == URLS:
            user = movable_user(field.raw()) if field.raw() else ""
            self.move_user_button.setVisible(bool(user))
            self.move_user_button.setText(move_user_text(user) if user else "")
        if field.zero_note is not None:
            typed = str(field.raw()).strip()
            field.zero_note.setVisible(typed.isdigit() and int(typed) == 0)

    def _move_user(self) -> None:
        """The user name of the URLs into User name (``settings_move.move_user``), then the login
        asked for, holding the URLs' password (review 64 V6); when it is cancelled
        (``login_ended``), what was typed is put back."""
        self._moved = move_user(self.fields, self.labels.get("auth_username", "auth_username"))
        if self._moved is not None:
            self._request_login(password=self._moved.password)

    def login_ended(self, kept: bool) -> None:
        """The login asked for was ``kept`` or cancelled; after a move, a cancelled one puts the
        URLs (password and all), Authentication and User name back as typed (review 64 V6)."""
        moved, self._moved = self._moved, None
        if moved is not None and not kept:
            put_back(self.fields, moved)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(not self.problems)
        self.test_button.setEnabled(URLS not in self.problems)  # other fields: their saved values
        method = self.fields["auth_method"].raw() if "auth_method" in self.fields else "none"
        if "auth_username" in self.fields:
            self.fields["auth_username"].widget.setEnabled(method == "basic")
        if hasattr(self, "login_button"):
            self.login_button.setEnabled(method != "none")

    def values(self, valid_only: bool = False) -> dict | None:
        """Every setting as typed and converted, or None while a field has a problem; with
        ``valid_only``, the fields without a problem (never None)."""
        if self.problems and not valid_only:
            return None
        return self._converted(self.fields)

    def _converted(self, keys) -> dict:
        """The settings of the fields ``keys`` that have no problem, as typed and converted."""
        values = {}
        for key in keys:
            if key in self.problems or key not in self.fields:
                continue
            raw = self.fields[key].raw()
            if key == URLS:
                good, _ = validate({"alertmanager_url": raw[0], "alertmanager_peers": raw[1:]})
            else:
                good, _ = validate({key: raw})
            values.update(good)
        return values

    # -- actions -------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Poll once with the values as typed (in a thread); the result shows next to the
        button: each member's version, cluster state and alert count, or the exact error. A
        field with a problem other than the URLs (which must be right) counts as saved."""
        if URLS in self.problems:
            return
        values = self.values(valid_only=True)
        config = self.loaded.config.with_overrides(**values)
        self.test_button.setEnabled(False)
        self.test_result.setText(tr("Testing…"))
        store = self.store

        def work() -> None:
            self._tested.emit(config, check_connection(config, store))

        threading.Thread(target=work, daemon=True, name="oncall-tray test connection").start()

    def _show_test(self, config: Config, polled: ClusterPoll) -> None:
        self.test_button.setEnabled(URLS not in self.problems)
        self.test_result.setText(describe_test(polled))

    def save(self) -> None:
        """Write the changed keys to the file (atomically, comments kept) and emit ``saved``;
        nothing once the dialog is closed."""
        if self._ended:
            return
        values = self.values()
        if values is None:  # Save is disabled then; said all the same, never nothing at all
            self.save_error.setText(tr("Not saved: %1").replace("%1", self.why_not_savable().replace("\n", "; ")))
            return
        old = self._shown
        bad = {p.key for p in self.loaded.problems}
        changes = {k: v for k, v in values.items()
                   if not same_setting(k, v, self.written_twice.get(k, getattr(old, k))) or k in bad}
        changes, merged, clashes = merged_changes(self.loaded, self._base, changes, bad)  # review 66 S4
        if clashes:  # both changed the same entries: nothing guessed, nothing written
            typed = show_file_again(self, merged, clashes)
            self.save_error.setText(tr("Not saved: %1").replace("%1", tr(
                "the settings file changed since this dialog opened, and the same entries were changed there: the "
                "dialog now shows the file's values with your other changes. What you typed: %1. Check and save "
                "again.").replace("%1", typed)))
            return
        if self.aliases.holds(self.loaded.config.with_overrides(**values)):  # said first (review 67 AC7)
            return
        try:
            save_settings(self.loaded.path, changes)
        except (OSError, ValueError) as exc:
            self.save_error.setText(tr("Not saved: %1").replace("%1", refusal(self.loaded.path, exc)))
            return
        self.loaded = self.loaded.reloaded()
        self.running = self.running.reloaded()  # --alertmanager, the demo's URL... stay: never written
        self.saved.emit(self.running)
        self.accept()

__all__ = ["SettingsDialog", "describe_test"]
