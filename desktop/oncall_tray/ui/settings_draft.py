"""The settings dialog's changes not saved when the tray is stopped without asking (code review 67
AA9): SIGTERM or SIGINT (``signals``: a systemd-managed or Wayland session's end, where no session
manager lets the tray ask) close the dialog as the program's close, which asks nothing. Its
changes are then kept as a draft (``config_draft``, never in the settings file without the
engineer's Save; a URL's password left out: code review 68 AB2) and logged, and the next time
the dialog opens it offers them back: Restore (they are typed in again, to check and save, each
merged at Save from what it held when kept: the file's edits made since stay, or clash, code
review 68 AB7) or Discard. Restored, the draft stays until they are saved, or discarded or
cancelled in the dialog (AB8: a crash before Save would lose them). The draft is also kept as the
engineer types, about a second after the last change (a tray killed with SIGKILL, the OOM killer,
a crash of Qt or power loss runs no close: guide, nothing typed may be lost), and dropped when the
fields are typed back to what they held. A draft belongs to the dialog that keeps it while that
dialog is open (a hold on it, the shift journal's: ``core.journal_hold``, which the system drops
when the tray ends, SIGKILL included): a second tray on the same settings file (one given
``--alertmanager`` runs beside it) neither offers it as "not saved when oncall-tray stopped" nor
writes or removes it (code review 73 AJ4): it keeps its own beside it (``config_draft_slots``;
code review AU2), offered back at the next opening as the first one's is. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from ..config_draft import (SettingsDraft, UnreadableDraft, draft_path, drop_draft, keep_draft, open_draft,
                            without_secrets)
from ..config_draft_slots import take_slot
from ..core.journal_hold import Holder, JournalHeld, JournalHold
from ..side_files import reason_text, set_aside
from .autosave import RETRY_MS  # (one retry rhythm for what is kept as typed: code review 73 AJ7)
from .settings_editing import EditedAddress
from .settings_restore import ask_restore
from .translations import translator_for

log = logging.getLogger(__name__)
TR_CONTEXT = "settings"
tr = translator_for(TR_CONTEXT)


DELAY_MS = 1000  # a pause in the typing this long keeps the draft
MAX_WAIT_MS = 5000  # typing on without such a pause keeps it at least this often


class DraftKeeper(QObject):
    """Keeps ``dialog``'s (a ``SettingsDialog``) changes as the engineer types them (``typed``:
    ``DELAY_MS`` after the last change, at least every ``MAX_WAIT_MS``: a tray killed without a
    word, SIGKILL, the OOM killer, a crash, loses at most that; guide: nothing typed may be lost)
    and at once when the program closes it while open with changes (the tray stopping:
    ``ConnectionActions.close_all``); drops them when they end by the engineer's choice (a Save
    that succeeded, Cancel's Discard, the fields typed back to what they held), never otherwise
    (a Save refused or failing, a clash, the alias check asking, the restore question pending);
    offers back those kept for its settings file once it first shows. Holds the draft while shown
    (``_hold``): one another open dialog holds (another tray's) is neither offered, written nor
    removed (``_held``; code review 73 AJ4). Lives as the dialog's child."""

    def __init__(self, dialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._offered = False
        self._asking = False  # the restore question pending: the draft on disk is the one offered
        self._stopping = False  # closed by the program: the draft is kept, not dropped
        self._restored: dict | None = None  # what the restored fields held when kept, by key
        self._restored_draft: SettingsDraft | None = None  # its marks carried while its fields are as restored
        self._written = False  # a draft of this dialog's changes is on disk (written, or restored)
        self._failing = False  # the last write as typed failed (said once)
        self._left: UnreadableDraft | None = None  # a draft that could not be read nor set aside: not written over
        self._notice = ""  # what the dialog's file notice says of it
        self._hold: JournalHold | None = None  # this dialog's on the draft, while shown (AJ4)
        self._slot = 0  # which draft of its settings file is this dialog's (``config_draft_slots``; AU2)
        self._held = False  # another open dialog (another tray's) holds the draft: not this one's to touch
        self._leaving = False  # the hold taken late over a draft its holder left: for the next opening (AM2)
        self._timer = self._single_shot()
        self._longest = self._single_shot()
        self._longest.setInterval(MAX_WAIT_MS)
        self.editing = EditedAddress(dialog, self.typed)  # left: its addresses kept whole (code review 72 AH10)
        dialog.installEventFilter(self)
        dialog.accepted.connect(self._ended)
        dialog.rejected.connect(self._ended)

    def _single_shot(self) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(self.flush)
        return timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Show:
            if self._hold is None:
                self._take_hold()
            if not self._offered:
                self._offered = self._asking = True
                QTimer.singleShot(0, self, self.offer)  # over the dialog, once it shows
        elif kind == QEvent.Type.Close and not event.spontaneous():
            if watched.isVisible():
                self._stopping = True
                self.keep()  # closed by the program while open: Save, Cancel and Discard hide it first
            self._release()
        return False

    def draft_path(self) -> Path:
        """Where this dialog keeps its draft (``config_draft.draft_path`` of its slot)."""
        return draft_path(self._dialog.loaded.folders, self._dialog.loaded.path, self._slot)

    def _take_hold(self) -> None:
        """Hold a draft of the dialog's settings file (``take_slot``: a ``JournalHold``, dropped by
        the system when the tray ends): the first, or while another tray's open dialog holds it, one
        of its own beside it, said (code review AU2). All held, ``_held``: none offered, written nor
        removed from here until a hold is taken at a change typed (``typed``, ``_taken_late``).
        Unguarded, as before, when the lock cannot be made (logged by ``JournalHold.take``)."""
        settings, again = self._dialog.loaded.path, self._held
        try:
            self._slot, self._hold, shared = take_slot(self._dialog.loaded.folders, settings,
                                                       Holder(str(settings), (), os.getpid()), not again)
            self._held = False
        except JournalHeld as exc:
            if again:  # still held: said and logged once
                return
            self._held = True
            log.warning("the settings not saved of %s are kept by another oncall-tray running (pid %s): this "
                        "Settings dialog neither offers nor keeps them", settings, exc.holder.pid or "?")
            self._say(tr("Another oncall-tray running on these settings keeps its own changes not saved: what you "
                         "type here is not kept if this tray stops before you save it."))
            return
        if self._hold is not None:
            self._dialog.destroyed.connect(self._hold.release)  # deleted without a close
        if again:
            self._taken_late()
        elif shared:
            log.warning("the settings not saved of %s are kept by another oncall-tray running: this Settings dialog "
                        "keeps its own apart, in %s", settings, self.draft_path())
            self._say(tr("Another oncall-tray running on these settings keeps its own changes not saved: what you "
                         "type here is kept apart from them, and offered back the next time Settings opens if this "
                         "tray stops before you save it."))

    def _taken_late(self) -> None:
        """The hold taken after another dialog's (``_held``) was let go (code review 74 AL7: for as
        long as the dialog stayed open nothing typed was kept, and its notice stayed): the notice
        goes and the draft is kept as typed from now on, unless its holder left one (that tray
        stopped with changes not saved): that one is left alone (``_leaving``), neither offered
        now, over the typing (a keystroke took the hold; code review 75 AM2: Restore, the default,
        replaced what was typed here) nor written over, and offered at the next opening; the
        notice says so, and what is typed here is not kept until saved."""
        dialog = self._dialog
        self._say("")
        if self.draft_path().exists():
            self._leaving = True
            log.warning("another oncall-tray that stopped left settings not saved of %s: left for the next Settings "
                        "opening to offer; this dialog does not keep its own as typed", dialog.loaded.path)
            self._say(tr("Another oncall-tray stopped with changes not saved on these settings: they are offered the "
                         "next time Settings opens. What you type here is not kept if this tray stops before you "
                         "save it."))
            return
        log.info("the settings not saved of %s are no more kept by another oncall-tray: this Settings dialog keeps "
                 "them as typed", dialog.loaded.path)

    def _release(self) -> None:
        """Drop this dialog's hold on the draft (it ended, or was closed): its writer is gone, the
        next dialog offers it."""
        if self._hold is not None:
            self._hold.release()
        self._hold, self._held, self._leaving = None, False, False

    def typed(self) -> None:
        """A field changed (``SettingsDialog._changed``): the draft is kept, or dropped if
        nothing is changed any more, ``DELAY_MS`` after the last change (at least every
        ``MAX_WAIT_MS`` while the typing goes on). Held by another dialog (``_held``), the hold is
        tried again (a lock, cheap): taken once that one lets go (code review 74 AL7)."""
        if self._held and self._dialog.isVisible():
            self._take_hold()
        self._timer.start(DELAY_MS)
        if not self._longest.isActive():
            self._longest.start()

    def waiting(self) -> bool:
        """Whether a write (or drop) of the draft as typed is due (``typed`` since the last)."""
        return self._timer.isActive() or self._longest.isActive()

    def _stop_timers(self) -> None:
        self._timer.stop()
        self._longest.stop()

    def flush(self) -> None:
        """Keep the changes typed now as the draft, or drop it when there are none (the fields
        typed back to what they held); a debug line, not the warning of the program's close. Not
        while the restore question is pending (its draft is the one on disk), nor once the dialog
        ended. A draft that cannot be written is logged once (and tried again every
        ``RETRY_MS``): no dialog per keystroke; the program's close still logs what was typed."""
        self._stop_timers()
        if self._asking or self._stopping or self._held or self._leaving or not self._dialog.isVisible():
            return
        if not self._dialog.changed():
            self._drop()
            return
        try:
            where = self._write()
        except (OSError, TypeError, ValueError) as exc:
            if not self._failing:
                log.error("the Settings dialog's changes not saved cannot be kept as they are typed: %s; tried again "
                          "every %d s, and at the program's close", exc, RETRY_MS // 1000)
            self._failing = True
            self._timer.start(RETRY_MS)
            return
        if self._failing:
            log.info("the Settings dialog's changes not saved are kept as typed again, in %s", where)
        self._failing = False
        log.debug("the Settings dialog's changes not saved kept as typed in %s", where)

    def _write(self) -> Path:
        """Write the changes typed as the draft (``keep_draft``); returns where. Raises as it does."""
        dialog = self._dialog
        if self._left is not None:
            self._set_aside_left()
        typed, opened = dialog.unsaved()
        # a restored field is still changed from what it held when first kept (its merge base)
        opened.update({key: value for key, value in (self._restored or {}).items() if key in typed})
        at, not_kept = self._carried(typed)
        where = keep_draft(dialog.loaded.folders, dialog.loaded.path, typed, opened, at, not_kept, self.editing.now(),
                           self._slot)
        self._written = True
        return where

    def _set_aside_left(self) -> None:
        """Set aside the draft that could not be read nor moved when the dialog opened (``_left``),
        before a draft is written where it is; the file notice says where. Raises OSError when it
        still cannot be moved: it is never written over (code review 71 AG4)."""
        left = self._left
        try:
            aside = set_aside(left.path, "unreadable", dt.datetime.now(dt.timezone.utc))
        except FileNotFoundError:  # removed meanwhile: nothing to write over
            aside = None
        except OSError as exc:
            raise OSError(f"the draft kept before in {left.path} could not be read nor set aside, and is not "
                          f"written over: {exc}") from exc
        self._left = None
        if aside is not None:
            log.warning("the settings not saved kept in %s that could not be read are set aside as %s", left.path,
                        aside)
            self._say_unreadable(UnreadableDraft(left.path, aside, left.reason, left.damaged))

    def _say_unreadable(self, problem: UnreadableDraft) -> None:
        """Say in the dialog's file notice that the draft kept before could not be read: where it
        was set aside, or that it could not be and is not written over."""
        if problem.aside is not None:
            text = tr("The changes not saved kept in %1 could not be read (%2): set aside as %3, for you to read. "
                      "The changes you type now are kept apart from them.").replace("%3", str(problem.aside))
        else:
            text = tr("The changes not saved kept in %1 could not be read (%2) nor set aside: the changes you type "
                      "now are not kept until it can be, so as not to write over it.")
        self._say(text.replace("%1", str(problem.path)).replace("%2", reason_text(problem, QCoreApplication.translate)))

    def _say(self, text: str) -> None:
        """Say ``text`` in the dialog's file notice, in place of what this keeper said there before
        ("" takes that away; the notice hidden when nothing is left in it)."""
        notice = self._dialog.file_problem
        shown = notice.text()
        shown = shown.replace(self._notice, text) if self._notice and self._notice in shown else \
            "\n".join(filter(None, (shown, text)))
        if not text:  # unsaid: its line goes, the file's own notice stays
            shown = "\n".join(line for line in notice.text().split("\n") if line != self._notice)
        self._notice = text
        notice.setText(shown)
        notice.setVisible(bool(shown))

    def _carried(self, typed: dict) -> tuple[dt.datetime, list[str]]:
        """When the changes ``typed`` were typed (UTC) and the fields whose passwords were not kept
        beyond those ``keep_draft`` finds: a restored draft's ``kept_at`` while every field holds
        what it restored (now otherwise), and its ``not_kept`` for each field still holding it
        (code review 71 AG3: rewritten a second after the restore, it lost both, and a crash then
        restored a URL without its password without a word)."""
        draft, now = self._restored_draft, dt.datetime.now(dt.timezone.utc)
        if draft is None:
            return now, []
        same = [key for key, value in typed.items() if draft.typed.get(key, value) == value and key in draft.typed]
        return (draft.kept_at if len(same) == len(typed) else now), [key for key in draft.not_kept if key in same]

    def _drop(self) -> None:
        """Forget the draft of this dialog's changes, if one was kept or restored (a restored
        field's merge base stays while the dialog is open: ``_base`` holds it too)."""
        if self._written and not (self._held or self._leaving):
            drop_draft(self._dialog.loaded.folders, self._dialog.loaded.path, self._slot)
        self._written = False

    def _ended(self) -> None:
        """The dialog saved, or cancelled by the engineer: its changes are no draft any more
        (closed by the program, ``keep`` kept them)."""
        self._stop_timers()
        if not self._stopping:
            self._drop()
            self._restored = self._restored_draft = None
        self._release()

    def rebased(self, keys: set[str]) -> None:
        """The fields ``keys`` are changed from the file as it is now (a clash at Save showed it:
        ``settings_merge.show_file_again``), no more from what they held when the draft was kept.
        The draft as kept before the clash stays (the fields now show the file's values: what
        was typed is only said) until the engineer's next change."""
        self._stop_timers()
        if self._restored is not None:
            self._restored = {key: value for key, value in self._restored.items() if key not in keys}

    def keep(self) -> None:
        """Keep the changes typed, if any, as the draft of the dialog's settings file, at once, and
        log where (the program's close); one that cannot be written is logged with what was typed
        (URLs' passwords taken out), the only copy left. None left (typed back): a draft kept as
        they were typed is dropped; the restore question's is left for the next opening."""
        self._stop_timers()
        dialog = self._dialog
        typed, _opened = dialog.unsaved()
        if not typed:
            if not self._asking:
                self._drop()
            return
        names = ", ".join(typed)
        if self._held or self._leaving:  # another tray's draft: not written over; what was typed is logged (guide)
            log.error("the Settings dialog closed with changes not saved (%s), not kept: another oncall-tray's are "
                      "kept there; what was typed: %s", names, without_secrets(typed, self.editing.now()))
            return
        try:
            where = self._write()
        except (OSError, TypeError, ValueError) as exc:
            log.error("the Settings dialog closed with changes not saved (%s), which cannot be kept: %s; what was "
                      "typed: %s", names, exc, without_secrets(typed, self.editing.now()))
            return
        log.warning("the Settings dialog closed with changes not saved (%s) as oncall-tray stopped: kept in %s, "
                    "offered back the next time Settings opens", names, where)

    def offer(self) -> None:
        """Ask whether to restore the changes kept for the dialog's settings file, if any:
        Restore types them in again (``Field.retype``; a setting no longer known is left out,
        and logged), Discard forgets them; a question ended otherwise (the tray stopping) keeps
        them for the next opening. The changes typed are kept as typed (``flush``) only once it is
        answered."""
        try:
            self._offer()
        finally:
            self._asking = False

    def _offer(self) -> None:
        dialog = self._dialog
        if self._held:  # another running tray's, being typed: not "not saved when oncall-tray stopped" (AJ4)
            return
        try:
            draft = open_draft(dialog.loaded.folders, dialog.loaded.path, dt.datetime.now(dt.timezone.utc), self._slot)
        except UnreadableDraft as exc:  # set aside, or never written over (AG4)
            self._left = exc if exc.aside is None else None
            self._say_unreadable(exc)
            return
        if draft is None or not dialog.isVisible():
            return
        labels = [dialog.labels.get(key, key) for key in draft.typed]
        # a field the file changed since the draft was kept: named, to check (restored, it is merged
        # with that edit at Save, or clashes) (the fields all show the file's now: nothing typed yet);
        # not one the file now holds as the draft does (review 67 AC3: nothing to check)
        since = [dialog.labels.get(key, key) for key in draft.typed
                 if key in dialog.fields and key in draft.opened
                 and dialog.fields[key].typed() not in (draft.opened[key], draft.typed[key])]
        not_kept = [dialog.labels.get(key, key) for key in draft.not_kept]
        answer = ask_restore(dialog, draft, labels, since, not_kept, dialog.loaded.config.zone())
        if not shiboken6.isValid(dialog) or not dialog.isVisible():  # closed under the question: kept
            return
        if answer == QMessageBox.ButtonRole.AcceptRole:
            unknown = [key for key in draft.typed if key not in dialog.fields]
            self.restore(draft)
            log.info("restored the settings not saved when oncall-tray stopped (%s)%s", ", ".join(draft.typed),
                     f"; not settings any more, left out: {', '.join(unknown)}" if unknown else "")
        elif answer == QMessageBox.ButtonRole.DestructiveRole:
            drop_draft(dialog.loaded.folders, dialog.loaded.path, self._slot)
            log.info("discarded the settings not saved when oncall-tray stopped (%s)", ", ".join(draft.typed))

    def restore(self, draft: SettingsDraft) -> None:
        """Type ``draft``'s changes in again, each field's merge base at Save (the dialog's
        ``_base``, ``settings_merge.merged_changes``) what it held when the draft was kept: the
        file's edits made since are kept, or reported as clashes, not taken for the engineer's
        deletions (code review 68 AB7). The draft stays until Save or a Cancel (``_ended``), or the
        fields typed back; written again as they are edited, with those merge bases."""
        dialog = self._dialog
        keys = [key for key in draft.typed if key in dialog.fields]
        for key in keys:
            if key in draft.opened:
                dialog.fields[key].retype(draft.opened[key])
        base = dialog._converted([key for key in keys if key in draft.opened])  # a value with a problem: the file's
        for key in keys:
            dialog.fields[key].retype(draft.typed[key])
        config, twice = dialog._base
        dialog._base = (config.with_overrides(**base), {k: v for k, v in twice.items() if k not in base})
        self._restored = {key: draft.opened[key] for key in keys if key in draft.opened}
        self._restored_draft = draft
        self._written = True  # on disk until saved, cancelled or typed back (AB8)


__all__ = ["DraftKeeper", "ask_restore"]
