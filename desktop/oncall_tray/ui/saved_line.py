"""The windows' status lines (``StatusLine``: the notes panel's; ``SavedLine``: the shift
windows', with the journal writer's news) and the shift windows' reads of the journal
(``LatestRead``).

One rule for the lines (code review 66 U4, 67 AA7): a message is replaced only by a newer message about
the same thing; a success is never shown as a failure; a failure stays until what failed
succeeds or is superseded."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Hashable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ..core.journal import JournalError
from .autosave import Autosave
from .plain import shown
from .translations import failure_text, translator_for

TR_CONTEXT = "shift_windows"  # the windows' context, as ``handoff_common``'s
tr = translator_for(TR_CONTEXT)

GREY, RED = "#666", "#b00020"
#: What a message on the line is about (``SavedLine.say``'s ``about``), besides a field's
#: ``Autosave`` and ("expire", a silence's id): the window's reads of the journal, the tray's own
#: writes (no field of the window's), the Markdown copied or saved to a file, the writer's idle.
READ, WRITER, EXPORT, IDLE = "read", "writer", "export", "idle"


class StatusLine(QLabel):
    """A window's status line: the outcome of the engineer's last action, and every failure not
    mended yet (one rule for the shift windows' ``SavedLine`` and the notes panel: code review
    66 U4, 67 AA7). Each message is about something (``say``'s ``about``, any hashable): a
    failure stays, in red, until a newer message about the same thing; a success is shown in
    grey, above the failures that still stand, never in red. Texts are shown literally, their
    controls as escapes (``plain.shown``: a note's words, an error's answer). The journal
    writer's "All changes saved at …" (about ``IDLE``) is said under the last action's outcome,
    which gives way at the second such line after it: an outcome said just before the writer
    idled was replaced at once, unread (fresh-clone CI at 266c746e, a 504's "may have been
    expired all the same: the next poll will tell"); it stays until the next poll is recorded."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {GREY}")
        self._failures: dict[Hashable, str] = {}  # what failed -> its message, oldest first
        self._news = ""  # the latest success (an action's outcome), grey
        self._news_about: Hashable = None  # what it is about
        self._routine = ""  # "All changes saved at …" (``IDLE``), grey, under the news
        self._idles = 0  # routine lines said since the news

    def say(self, about: Hashable, text: str, failed: bool = False) -> None:
        """Say ``text`` about ``about`` (``READ``, ``EXPORT``, a field's ``Autosave``, ("expire",
        silence id)...): a failure (``failed``) in red until the next message about the same
        thing; a success in grey, and what failed about ``about`` mended."""
        self._failures.pop(about, None)
        if failed:  # the news before it is older: not shown beside it
            self._failures[about], self._news, self._routine = text, "", ""
        elif about == IDLE:
            self._routine, self._idles = text, self._idles + 1
            if self._idles > 1:  # the news was read with the line before: it gives way
                self._news = ""
        else:
            self._news, self._news_about, self._idles = text, about, 0
        self._show()

    def mend(self, *abouts: Hashable) -> None:
        """What was said about each of ``abouts`` is over (it succeeded, saying nothing new): its
        failure, and its news, are no longer shown; the rest stays."""
        mended = [self._failures.pop(about, None) is not None for about in abouts]
        if self._news and self._news_about in abouts:
            self._news, mended = "", [True]
        if self._routine and IDLE in abouts:
            self._routine, mended = "", [True]
        if any(mended):
            self._show()

    def clear(self) -> None:
        """Forget every message (the line is about something else now: another alert shown)."""
        self._failures.clear()
        self._news = self._routine = ""
        self._show()

    def _show(self) -> None:
        failures = [shown(text) for text in self._failures.values()]
        news = [shown(text) for text in (self._news, self._routine) if text]
        if failures and news:  # both, each in its colour
            self.setTextFormat(Qt.TextFormat.RichText)
            self.setStyleSheet("")
            self.setText("<br>".join(f'<span style="color: {colour}">{html.escape(text).replace(chr(10), "<br>")}</span>'
                                     for colour, text in (*((GREY, n) for n in news), *((RED, f) for f in failures))))
            return
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {RED if failures else GREY}")
        self.setText("\n".join(failures or news))


class SavedLine(StatusLine):
    """"All changes saved at 14:05:09", the outcome of the engineer's last action, and every
    failure not mended yet, from the journal writer's signals and the window's own calls: a
    ``StatusLine``.

    Each message is about something (``say``'s ``about``): a failure stays, in red, until a newer
    message about the same thing (what failed succeeded: review 20, the writer's next idle said
    "All changes saved" 1 s after the disk was found full; code review 65 T5; code review 66 U4:
    a read that failed once was said for good, and a later success was shown in red). A success
    after a failure is shown in grey above the failures that still stand; "All changes saved"
    only when none of the journal's does (``_unsaved``)."""

    def __init__(self, controller) -> None:
        super().__init__()
        self._controller = controller  # its zone: the settings' of now, as every time in these windows (review 66 S3)
        self._saved_at: dt.datetime | None = None  # when the writer was last idle (UTC)
        self._said_saved = ""  # what that said
        writer = controller.writer
        if writer is not None:
            writer.idle.connect(self._idle)
            writer.failed.connect(self.failed)

    def _unsaved(self) -> bool:
        """A failure of the journal's stands (the tray's writes, a field's, a read): not all
        saved. A Save as… or an expiry refused is not the journal's (code review 67 AA5: it kept
        "All changes saved" away for the window's life)."""
        return any(about in (WRITER, READ) or isinstance(about, Autosave) for about in self._failures)

    def _idle(self) -> None:
        if self._unsaved():  # not all saved: the failures stand
            return
        self._saved_at = self._controller.now()
        self._say_saved()

    def _say_saved(self) -> None:
        self._said_saved = self._saved_words()
        self.say(IDLE, self._said_saved)

    def _saved_words(self) -> str:
        local = self._saved_at.astimezone(self._controller.zone)
        return tr("All changes saved at %1").replace("%1", local.strftime("%H:%M:%S"))

    def follow_zone(self) -> None:
        """"All changes saved at …" again in the settings' zone of now, if it is still shown
        (review 66 S3: it kept the zone the window was built with after a ``timezone`` change)."""
        if self._saved_at is not None and not self._unsaved() and self._routine == self._said_saved:
            self._said_saved = self._routine = self._saved_words()  # not a new idle: the news above stays
            self._show()

    def failed(self, message: str, about: Hashable = WRITER) -> None:
        """Show a write's failure (by default the tray's own, ``WRITER``), "Not saved: " and
        ``message``, until the next message about it."""
        self.say(about, tr("Not saved: %1").replace("%1", message), True)

    def read(self, error: BaseException | None) -> None:
        """A read of the journal for the window ended: refused (``error``), said until a read
        succeeds (``None``), which says nothing new."""
        if error is not None:
            self.failed(failure_text(error), READ)
        else:
            self.mend(READ)

    def written(self, autosave: Autosave, text: str,
                showing: Callable[[], Hashable] | None = None) -> Callable[[object, BaseException | None], None]:
        """``done`` for a save of ``autosave``'s ``text``: tells it (``Autosave.written``: kept on
        screen and tried again on failure) and shows the failure here until it is written; the
        first field written again ends a failure of the tray's own writes (``WRITER``) too.
        ``showing``: whose draft the field shows (the end window: the shift's id); a failure told once
        it shows another's (not None) puts the words back in the field (``Autosave.put_back``:
        written to the draft shown; code review 83 BA5: they were on no screen and in no file), when
        no newer write of that draft was queued since (``Autosave.queued``; code review 84 BC1)."""
        was = showing() if showing is not None else None
        newest = autosave.queued(was)

        def done(_result, error: BaseException | None) -> None:
            autosave.written(text, error)
            if error is not None and showing is not None and showing() not in (was, None) and newest():
                autosave.put_back(text)
            if error is not None:
                self.failed(failure_text(error) + " " + tr("(what you typed stays here and is saved once it can be)"),
                            autosave)
            elif not autosave.unsaved:
                self.mend(autosave, WRITER)
        return done


class LatestRead:
    """A window's reads of the journal, in the journal's thread, one at a time: a poll must not
    make the GUI thread wait for SQLite. A request during a read asks for one more when it ends
    (through ``again``, so that it reads the newest state) and the older answer is not shown.

    Args:
        submit: ``ShiftController.submit`` (runs ``job`` in the journal's thread, then ``done``
            in the GUI thread).
        again: the window's request to call when a read ended while news had come meanwhile.
        ended: told how each read shown ended: its ``JournalError``, or None once read
            (``SavedLine.read``: the window's "saved" line says a failure until a read succeeds).
    """

    def __init__(self, submit: Callable, again: Callable[[], None],
                 ended: Callable[[BaseException | None], None]) -> None:
        self._submit, self._again_request, self._ended = submit, again, ended
        self._reading = self._again = False

    def read(self, job: Callable[[], object], show: Callable[[object], None]) -> None:
        """Run ``job`` in the journal's thread and ``show`` its result in the GUI thread; while
        another read runs, only note that one more is wanted."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        self._submit(job, done=lambda result, error: self._done(result, error, show))

    def _done(self, result: object, error: BaseException | None, show: Callable[[object], None]) -> None:
        self._reading = False
        if self._again:  # newer news came meanwhile: read again rather than show this
            self._again = False
            self._again_request()
        elif isinstance(error, JournalError):
            self._ended(error)
        elif error is None:
            self._ended(None)
            show(result)
