"""The Silence dialog of an alert, for ``AlertActions``: one per alert (the one open comes to
the front), prefilled with its labels, its comment kept as a draft while typed and cleared once
the silence exists; while the silence is on its way the alert's row says "silencing…"
(``in_flight``)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from ..alertmanager.models import Alert, Matcher, PostableSilence
from ..core.acknowledged import state_words, would_acknowledge
from ..core.journal import JournalError
from ..core.made_for import record_made_for
from ..core.shifts import alert_scope
from ..silence_holders import Left, nothing_sent, where_held
from ..core.silencing import preview
from .in_flight import SILENCING
from .translations import translator_for

if TYPE_CHECKING:
    from .silence_dialog import SilenceDialog

TR_CONTEXT = "app"  # (AlertActions' context)
tr = translator_for(TR_CONTEXT)
log = logging.getLogger(__name__)
#: Draft key (alert scope) of the comment typed in the alert's Silence dialog.
SILENCE_COMMENT = "silence_comment"
#: Draft key (alert scope) of the duration chosen in it (``SilenceDialog.duration_choice``).
SILENCE_DURATION = "silence_duration"


class SilenceDialogs:
    """Mixin of ``AlertActions``: uses its ``controller``, ``actions``, ``_alert``, ``_send``,
    ``severity_of``, ``_dialogs`` (tag -> open dialog), ``_comment_of`` (tag -> its alert's
    fingerprint, until the silence exists or the dialog is cancelled), ``_typed``
    (fingerprint -> the comment as last typed, this run), ``_holders`` (fingerprint -> its
    members, of members not one cluster) and ``_left_out`` (tag -> the alerts a new silence
    does not reach)."""

    _dialogs: dict[str, SilenceDialog]

    def open_silence_dialog(self, fingerprint: str) -> None:
        """The silence dialog, prefilled with the alert's labels (volatile ones left out); the one
        already open for the alert comes to the front instead (review 23: seven stacked up, each
        with its copy of the comment's draft)."""
        alert, config = self._alert(fingerprint), self.controller.config
        if alert is None:
            return
        for tag, open_one in self._dialogs.items():
            if tag.startswith("silence:") and open_one.property("fingerprint") == fingerprint:
                open_one.raise_()
                open_one.activateWindow()
                return
        from .silence_dialog import SilenceDialog

        skip = set(config.volatile_labels)
        matchers = [Matcher(name=k, value=v) for k, v in sorted(alert.labels.items()) if k not in skip]
        dialog = SilenceDialog(matchers, self.controller.shift.engineer, list(self.controller.snapshot.alerts.values()),
                               self.severity_of, parent=self.controller.built_window)
        dialog.acknowledging = lambda found, author, comment: ack_note(
            found, author, comment, alert, self.controller.shift.engineer, dialog.duration(),
            list(self.controller.snapshot.alerts.values()))
        dialog.refresh()
        if alert.silenced:  # review 40 F15: a second, overlapping silence was made without a word
            words = state_words(alert, self.controller.silences.values(), dt.datetime.now(dt.timezone.utc),
                                config.zone(), QCoreApplication.translate, on_call=self.controller.shift.engineer)
            dialog.set_already(tr("This alert is %1 already: a new silence would overlap that one. To give it more "
                                  "time, extend that silence in the Silences tab.").replace("%1", words))
        tag = f"silence:{id(dialog)}"
        dialog.setProperty("fingerprint", fingerprint)
        self._dialogs[tag] = dialog
        self._keep_comment(dialog, fingerprint, tag)
        dialog.submitted.connect(lambda draft: self._submit(tag, fingerprint, draft))
        dialog.finished.connect(lambda _r: self._dialogs.pop(tag, None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _keep_comment(self, dialog, fingerprint: str, tag: str) -> None:
        """The comment is saved as it is typed, in the alert's draft (journal state
        ``alert_scope(fp)``, ``SILENCE_COMMENT``), comes back in the next Silence dialog of the
        alert (after a crash too: review 19, it was lost while a note's draft survived), and
        is cleared once the silence is created. This run keeps it too (``_typed``): a dialog
        reopened before the journal wrote it, or with no journal to write to, shows it all the
        same (review 51 G2: nothing typed may be lost)."""
        from .autosave import Autosave

        shift, scope = self.controller.shift, alert_scope(fingerprint)
        saved = self._typed.get(fingerprint)
        if saved is None and shift.available:
            try:
                saved = shift.state(scope, SILENCE_COMMENT, "")
            except JournalError:
                saved = ""
        autosave = Autosave(dialog.comment, lambda text, _base: shift.save_state(scope, SILENCE_COMMENT, text)) \
            if shift.available else None
        if saved:
            (autosave.set_text_quietly if autosave is not None else dialog.comment.setPlainText)(saved)
            dialog.show_restored()
            dialog.refresh()  # quietly: the dialog's own check did not run (review 22: "A comment is required")
        if shift.available:  # the duration chosen with it (review 57 S2: back on 15m after a crash)
            try:
                dialog.choose_duration(shift.state(scope, SILENCE_DURATION, "") or "")
            except JournalError:
                pass
            dialog.duration_chosen.connect(lambda choice: shift.save_state(scope, SILENCE_DURATION, choice))
        dialog.comment.textChanged.connect(lambda: self._typed.__setitem__(fingerprint, dialog.comment.toPlainText()))
        if autosave is not None:
            dialog.finished.connect(lambda _r: autosave.flush())  # closed within the pause: kept too
        self._comment_of[tag] = fingerprint
        # cancelled with nothing on its way: nothing will clear the draft (it stays for the next dialog)
        dialog.rejected.connect(lambda: None if self.actions.busy(tag) else self._comment_of.pop(tag, None))

    def _submit(self, tag: str, fingerprint: str, draft: PostableSilence) -> None:
        """Send the dialog's silence; the alert it was opened for reads "silencing…" meanwhile
        if the silence mutes it (its matchers may have been edited to leave it out). With
        Alertmanagers that are not one cluster, it goes to each member that holds an alert it
        matches (``_holding``), as an acknowledgement (review 60 V10: made on the first that
        answered, it muted nothing where the alert was); when only members not answering hold
        every alert it matches, nothing is sent and the dialog says why, keeping everything
        typed (review 61 X8; Acknowledge refuses alike, in these words); the alerts it does
        not reach are named once it is made (``_said_where``)."""
        alert = self._alert(fingerprint)
        snapshot = self.controller.snapshot
        matched = preview(draft.matchers, snapshot.alerts.values()) if snapshot is not None else []
        members, left = self._holding([a.fingerprint for a in matched], matched)
        dialog = self._dialogs.get(tag)
        if matched and len([line for line in left if line[2]]) == len(matched) and dialog is not None:
            dialog.refused(nothing_sent(left, QCoreApplication.translate))
            return
        self._left_out[tag] = left
        self._send(tag, fingerprint if alert is not None and preview(draft.matchers, [alert]) else "", SILENCING, draft,
                   members)

    def _holding(self, fingerprints: list[str], among) -> tuple[tuple[str, ...], list[Left]]:
        """Where a new silence of the alerts ``fingerprints`` goes (``silence_holders.
        where_held``): the members that answer and hold any of them (the last poll's
        ``holders``), in order, when the members are not one cluster, () otherwise (the first
        member that accepts it); and each of those alerts that members not answering hold, named
        as told apart among ``among`` (the alerts, ``questions.alert_names``), with them."""
        from .questions import alert_names

        members, left = where_held(fingerprints, self._holders, self.actions.down)
        alerts = {a.fingerprint: a for a in among}
        return members, [(alert_names([alerts[fp]], among) if fp in alerts else fp[:8], urls, only)
                         for fp, urls, only in left]

    def _silence_created(self, tag: str, ids: tuple[str, ...] = ()) -> None:
        """The silence of ``tag`` exists: its comment is no longer a draft. Made by an alert's
        dialog (``ids``: its IDs), it is recorded in the journal as made for that alert
        (``core.made_for``: it acknowledges that alert however widened, no other it mutes; note
        44), before the poll that shows it is recorded, and a poll follows the record, so that
        the window shows it acknowledged at once."""
        fingerprint = self._comment_of.pop(tag, None)
        if fingerprint is not None and ids and tag.startswith("silence:"):
            self.controller.shift.submit(record_made_for, self.controller.shift.journal, fingerprint, ids,
                                         done=lambda _result, error: self._made_for_written(error))
        if fingerprint is not None:
            self._typed.pop(fingerprint, None)
            self.controller.shift.save_state(alert_scope(fingerprint), SILENCE_COMMENT, "")
            self.controller.shift.save_state(alert_scope(fingerprint), SILENCE_DURATION, "")

    def _made_for_written(self, error: BaseException | None) -> None:
        """The record of ``_silence_created`` is written (or ``error`` says why not: logged; the
        silence then counts as any other, by its matchers): poll, to show it."""
        if error is not None:
            log.warning("cannot record in the journal which alert a silence was made for: %s", error)
        self.controller.refresh()


def ack_note(matchers: list[Matcher], author: str, comment: str, alert: Alert, on_call: str,
             length: dt.timedelta | None, among: tuple[Alert, ...] | list[Alert] = ()) -> str:
    """What the *Silence…* dialog of ``alert`` says of the silence it would make (``matchers``,
    ``author``, ``comment``, ``length``; None: not valid yet, taken as 15 min) before it is made:
    every alert among ``alert`` and ``among`` (the current alerts) it will count as acknowledging
    (``would_acknowledge``, made for ``alert``: ``core.made_for``; the engineer ``on_call``), named
    as told apart ("DiskFull (h1), DiskFull (db-prod-7)": code review 86 BG1); when it silences
    others it does not count for (a matcher widened to a regular expression, a label left out),
    that it counts for this dialog's alert and none of them, naming them (note 44); or that it
    will not count for ``alert``; "" when it does not silence ``alert`` (review 75 BD3)."""
    from .questions import alert_names

    if not preview(matchers, [alert]):
        return ""
    now, length = dt.datetime.now(dt.timezone.utc), length or dt.timedelta(minutes=15)
    alerts = [alert, *(a for a in among if a.fingerprint != alert.fingerprint)]
    silenced = preview(matchers, alerts)
    counted = [a for a in silenced if would_acknowledge(matchers, author, comment, a, on_call, now, length,
                                                          made_for=alert.fingerprint)]
    if not any(a.fingerprint == alert.fingerprint for a in counted):
        return tr("It will not count as acknowledging %1: only a silence made by the engineer on call while it "
                  "fires, or one whose comment starts with ACK, acknowledges it. Acknowledge it for that."
                  ).replace("%1", alert.display_name)
    others = [a for a in silenced if a not in counted]
    if others:
        return tr("It will count as acknowledging %1, this dialog's alert, and no other alert it silences: %2 will "
                  "not count as acknowledged.").replace("%1", alert_names(counted, alerts)).replace(
            "%2", alert_names(others, alerts))
    if all(m.is_equal and not m.is_regex for m in matchers):
        return tr("It will count as acknowledging %1.").replace("%1", alert_names(counted, alerts))
    return tr("It will count as acknowledging %1, this dialog's alert, and no other alert it silences."
              ).replace("%1", alert_names(counted, alerts))
