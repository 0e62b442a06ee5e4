"""What the engineer does to alerts from the tray (issues 3 and 4): acknowledge, silence,
expire and extend silences, escalate; plus the notices that follow a poll (an acknowledged
alert resolved with its silence still on, SLA attention). The controller owns one.

Writes go through ``Actions`` (its own thread); answers come back to ``on_action``. While a new
silence for an alert is on its way, the alerts window says so on its row (``in_flight``).
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from ..alertmanager.cluster import members_down
from ..alertmanager.errors import ChangedMeanwhile, OutcomeUnknown
from ..alertmanager.models import Alert, PostableSilence
from ..core.acknowledged import acknowledged, acknowledgement, muting
from ..core.alert_order import named, told_place, where
from ..core.severity import Severity, SeverityMap
from ..core.durations import format_duration_rounded
from ..core.local_times import local_time
from ..core.silencing import ACK_WINDOW, ack_problems, ack_silence, also_covered, extension, \
    extension_needs_confirmation, validate_extension
from ..silence_holders import nothing_sent
from ..core.tracker import EventKind
from ..i18n import Translate
from ..notify.left_behind import with_left_behind
from ..notify.messages import Notice, notice
from ..watch import PollResult
from .action_answers import ActionAnswers, refusal_text
from .actions import ActionResult, Actions
from .escalation_actions import EscalationActions
from .in_flight import ACKNOWLEDGING, InFlight
from .plain import shown
from .questions import alert_names, confirm_expiry, confirm_risky, critical_named, expiry_names
from .silence_dialogs import SilenceDialogs
from .translations import translator_for

if TYPE_CHECKING:  # the window and the dialogs are imported when first opened (memory: issue 2)
    from .alerts_window import AlertsWindow
    from .app import TrayController
    from .silence_dialog import SilenceDialog

TR_CONTEXT = "app"
tr = translator_for(TR_CONTEXT)
#: Alerts resolved lately whose name and time are kept for ``not_firing`` (the newest).
ENDED_KEPT = 500


class AlertActions(ActionAnswers, EscalationActions, SilenceDialogs, QObject):
    """Acknowledge, silence, expire, extend and escalate for ``controller`` (its snapshot,
    silences, settings, window and poller)."""

    def __init__(self, controller: TrayController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.actions = Actions(controller.config, controller.store, self)
        self.actions.finished.connect(self.on_action)
        self.in_flight = InFlight(self._show_in_flight)  # the alerts whose new silence is on its way
        self._dialogs: dict[str, SilenceDialog] = {}
        self._comment_of: dict[str, str] = {}  # a Silence dialog's tag -> its alert's fingerprint
        self._typed: dict[str, str] = {}  # fingerprint -> its Silence dialog's comment as last typed (this run)
        self._escalations: dict[str, dict] = {}  # fingerprint -> edited escalation message
        self._unsaved: set[str] = set()  # fingerprints whose message above is not in the journal
        self._covered: dict[str, str] = {}  # "ack:FP" -> the other alerts its acknowledgement covers
        self._open: set[QDialog] = set()  # dialogs without a parent, until closed (``_hold``)
        self._ended: OrderedDict[str, tuple[str, dt.datetime]] = OrderedDict()  # fp -> (name, resolved at)
        self._holders: dict[str, tuple[str, ...]] = {}  # fp -> its members, when they are not one cluster
        self._silence_holders: dict[str, tuple[str, ...]] = {}  # silence ID -> its members, likewise
        self._left_out: dict[str, list] = {}  # a new silence's tag -> the alerts it does not reach (``_holding``)

    def connect_window(self, window: AlertsWindow) -> None:
        """Wire a (new) alerts window's buttons."""
        window.escalate_requested.connect(self.escalate)
        window.incidents_message_requested.connect(self.copy_incidents_message)
        window.acknowledge_requested.connect(self.acknowledge)
        window.silence_requested.connect(self.open_silence_dialog)
        window.silences.expire_requested.connect(self.expire_silence)
        window.silences.extend_requested.connect(self.extend_silence)
        window.show_in_flight(self.in_flight.marks())  # what was sent before it was built

    def renew(self) -> None:
        """New settings: a new action thread with the new connection (the old one finishes
        what it has)."""
        old, self.actions = self.actions, Actions(self.controller.config, self.controller.store, self)
        self.actions.finished.connect(self.on_action)
        old.shutdown(0)

    def end_dialogs(self) -> None:
        """End the dialogs without a parent (``_hold``: from a notification or the tray menu, or
        carried off an alerts window replaced while none was built: ``carry_dialogs``), hidden as
        the windows are at the tray's end (a box being written in flushes to the shift journal:
        called while it is open, code review 73 AJ2), and deleted: they outlived the tray that
        showed them."""
        for dialog in list(self._open):
            dialog.hide()
            dialog.deleteLater()
        self._open.clear()

    def shutdown(self, timeout_ms: int) -> bool:
        """End the dialogs without a parent if still open (``end_dialogs``), and stop the action
        thread. False if a request is still hanging."""
        self.end_dialogs()
        return self.actions.shutdown(timeout_ms)

    # -- after a poll ----------------------------------------------------------------------------

    def after_poll(self, result: PollResult, translate: Translate, notices: list[Notice]) -> list[Notice]:
        """``notices`` (the alerts' own) with what follows them: a resolved alert whose silence
        is left behind gets that notice instead of its plain "Resolved" (guide: remove the
        silence once resolved), then what the SLA clocks ask for."""
        snapshot = self.controller.snapshot
        self.actions.down = members_down(result.members)  # writes try them last (review 32)
        if result.update is not None:  # Alertmanagers not one cluster: an acknowledgement goes where its alert is
            self._holders = dict(result.holders) if result.apart else {}
            self._silence_holders = dict(result.silence_holders) if result.apart else {}  # its changes go there
        self.in_flight.after_poll(result)  # an acknowledgement made reads as one now
        if result.update is not None and snapshot is not None:
            for dialog in self._dialogs.values():  # review 20: an open dialog kept its resolved alert
                dialog.set_alerts(list(snapshot.alerts.values()))
            ended = [e for e in result.update.events if e.kind is EventKind.RESOLVED]
            self._remember_ended(ended, snapshot.fetched_at)
            notices = with_left_behind(notices, [e.alert for e in ended], self.controller.silences,
                                       snapshot.alerts.values(), translate,
                                       self.controller.config.notification_summary_threshold,
                                       self.controller.config.zone(), {e.alert.fingerprint: e.severity for e in ended})
        return notices + list(result.attention_notices)  # written in the poller's thread

    def _remember_ended(self, ended, at: dt.datetime) -> None:
        """Keep the name and time (``at``, UTC: the poll that saw it) of each alert resolved, the
        newest ``ENDED_KEPT``, for an Acknowledge that comes after (``not_firing``)."""
        for event in ended:
            self._ended[event.alert.fingerprint] = (event.alert.display_name, at)
            self._ended.move_to_end(event.alert.fingerprint)
        while len(self._ended) > ENDED_KEPT:
            self._ended.popitem(last=False)

    def not_firing(self, fingerprint: str, name: str, acknowledging: bool = True) -> None:
        """Say in a message box that the alert (``name`` unless its resolution is known) no longer
        fires, with the time it resolved when this run saw it: after *Acknowledge* on its
        notification, that nothing was silenced (review 52 H5); after a click on it
        (``acknowledging`` False), that it resolved (review 53 K6: the selection was dropped)."""
        name, at = self._ended.get(fingerprint, (name or fingerprint[:8], None))
        when = "" if at is None else local_time(at, self.controller.config.zone(), dt.datetime.now(dt.timezone.utc),
                                                QCoreApplication.translate)
        if acknowledging:
            title = tr("Not acknowledged: %1")
            text = tr("%1 resolved at %2: nothing was silenced.") if when else \
                tr("%1 no longer fires: nothing was silenced.")
        else:
            title = tr("No longer firing")  # the name in the text: a window manager cut it mid-name (review 55 P9)
            text = tr("%1 resolved at %2.") if when else tr("%1 no longer fires.")
        self._warn(title.replace("%1", name), text.replace("%1", name).replace("%2", when),
                   QMessageBox.Icon.Information)

    # -- acknowledge and silence -------------------------------------------------------------------

    def worst_unacknowledged(self) -> str:
        """Fingerprint of the worst, oldest alert that no silence mutes (those the badge and the
        header count: review 46 F3, the menu offered a muted one while the header said none was
        unacknowledged, and added a second silence to it); when every alert is muted, of the
        worst one that a silence mutes without acknowledging it (review 39: a maintenance or
        service-wide silence, which the engineer may still acknowledge alert by alert); "" when
        none."""
        snapshot = self.controller.snapshot
        if snapshot is None:
            return ""
        alerts, silences = snapshot.alerts, list(self.controller.silences.values())
        order = [fp for _key, fp in snapshot.order]
        return next((fp for fp in order if not alerts[fp].silenced and muting(alerts[fp], silences) is None),
                    next((fp for fp in order if not acknowledged(alerts[fp], silences, self.controller.shift.engineer)),
                         ""))

    def show_tray_target(self) -> None:
        """Name the worst unacknowledged alert (``worst_unacknowledged``) in the tray menu's
        *Acknowledge* entry, none while Alertmanager takes no writes (``Overview.writable``: not while
        it only asks to slow down, code review 84 BC10); "Acknowledging APIDown…",
        greyed out, while its silence is on its way (``in_flight``, as its row says it: a repeat
        did nothing while the entry looked as before)."""
        controller, worst = self.controller, self.worst_unacknowledged()
        if not worst or not controller.view.writable:
            controller.tray.set_ack_target(None)
            return
        controller.tray.set_ack_target(self._ack_label(worst), self.in_flight.marks().get(worst, ""))

    def _ack_label(self, fingerprint: str) -> str:
        """The tray menu's name for the alert that Acknowledge would acknowledge: its name and,
        where it has them, its service and instance ("APIDown (backend / 10.0.0.7:3001)"), since
        one name can fire on a hundred instances (review 22), and what tells it from another of
        its name and place ("· pod=api-2", review 36)."""
        snapshot = self.controller.snapshot
        alert = snapshot.alerts[fingerprint]
        name = named(alert.display_name, told_place(where(alert), snapshot.telling.get(fingerprint, "")))
        if alert.silenced or muting(alert, self.controller.silences.values()) is not None:  # review 46 F3: said
            return tr("%1, muted by a silence").replace("%1", name)
        return name

    def firing(self, fingerprint: str) -> bool:
        """True while the last poll lists the alert (firing, silenced or not)."""
        return self._alert(fingerprint) is not None

    def _alert(self, fingerprint: str) -> Alert | None:
        snapshot = self.controller.snapshot
        return snapshot.alerts.get(fingerprint) if snapshot is not None and fingerprint else None

    def acknowledge(self, fingerprint: str) -> None:
        """Silence one alert for the ack window (guide: "Acknowledge ... Silence por 15min"),
        off the GUI thread; the answer arrives in ``on_action``, its row says "acknowledging…"
        meanwhile (``in_flight``). An alert that a silence already mutes gets no second one: a
        message names that silence and how to extend it; nor one whose silence is on its way, or
        made but not yet shown by a poll (a second one from the tray menu, review 56 M16). One
        that only a cluster member not answering holds is acknowledged on a member that answers
        (gossip takes the silence to it), but not when the members are not one cluster: a
        message says why, in the Silence dialog's and ``oncall-tray ack``'s words
        (``silence_holders.nothing_sent``). With members that are
        not one cluster, all answering, it goes to each member that holds the alert (the last
        poll's ``holders``), not the first that answers, and a notice says where (``_said_where``)."""
        alert, config = self._alert(fingerprint), self.controller.config
        if alert is None or fingerprint in self.in_flight.marks():
            return
        found = acknowledgement(alert, self.controller.silences.values(), self.controller.shift.engineer)
        if found is not None:  # a colleague's silence without ACK is none: acknowledged here (review 59 U1)
            text = found.text(alert.display_name, QCoreApplication.translate, config.zone(),
                              dt.datetime.now(dt.timezone.utc))
            self._warn(tr("Already acknowledged"), text + "\n" + tr(
                "Nothing was sent. To give it more time, select this silence in the Silences tab and "
                "click Extend 15 min."), QMessageBox.Icon.Information)
            return
        view = self.controller.view
        if view.apart and fingerprint in view.unknown:  # no silence made elsewhere would reach its member
            left = [(alert_names([alert], self.controller.snapshot.alerts.values()), view.unknown[fingerprint], True)]
            self._warn(tr("Cannot acknowledge %1").replace("%1", alert.display_name),  # the Silence dialog's words
                       tr("Not created: %1").replace("%1", nothing_sent(left, QCoreApplication.translate)))
            return
        draft = ack_silence(alert, self.controller.shift.engineer, dt.datetime.now(dt.timezone.utc), config.volatile_labels)
        alerts = self.controller.snapshot.alerts.values()
        problems = ack_problems(draft, alert, alerts, self.severity_of)
        if problems:
            self._warn(tr("Cannot acknowledge %1").replace("%1", alert.display_name),
                       "\n".join(p.text(QCoreApplication.translate) for p in problems))
            self._refresh_buttons()
            return
        copies = also_covered(draft, alert, alerts)  # said once done (review 37: other pods went silently)
        self._covered[f"ack:{fingerprint}"] = alert_names(copies, alerts) if copies else ""
        members, self._left_out[f"ack:{fingerprint}"] = self._holding([fingerprint], [alert])  # a holder down: said
        self._send(f"ack:{fingerprint}", fingerprint, ACKNOWLEDGING, draft, members)

    def _send(self, tag: str, fingerprint: str, kind: str, draft: PostableSilence,
              members: tuple[str, ...] = ()) -> None:
        """Send a new silence (``Actions.create``, to ``members`` when given; nothing when ``tag`` is
        on its way already); the alert ``fingerprint`` ("": none) is marked meanwhile as ``kind``
        (``InFlight.sent``)."""
        if self.actions.create(tag, draft, members) and fingerprint:
            self.in_flight.sent(tag, fingerprint, kind)

    def _show_in_flight(self, marks) -> None:
        """The alerts window (if built) and the tray menu show the alerts whose silence is on its way."""
        if self.controller.built_window is not None:
            self.controller.built_window.show_in_flight(marks)
        self.show_tray_target()

    def expire_silence(self, silence_id: str) -> None:
        """Expire a silence (guide: remove the silence once the alert is resolved); someone else's, or
        one's own that still mutes firing alerts, only once asked (``confirm_expiry``). Members not one
        cluster: on each that holds it (the last poll's ``silence_holders``), as ``extend_silence``."""
        silence, snapshot = self.controller.silences.get(silence_id), self.controller.snapshot
        author = silence.created_by if silence is not None else ""
        ordered = snapshot.ordered() if snapshot is not None else []
        active = {sid for sid, s in self.controller.silences.items() if s.status.state == "active"}
        ending = self.controller.shift.expires_asked.asked()  # on their way out: they mute nothing (BJ11)
        muted, kept = expiry_names(silence_id, ordered, ordered, active, ending=ending)  # only what it unmutes (BH4)
        own = not author or author == self.controller.shift.engineer
        if not confirm_expiry(self.controller.built_window, author, silence.comment if silence else "", own, muted,
                              kept):
            return
        self._set_busy(silence_id, True)  # at the click: no second DELETE while it is noted (code review 79 AT8)
        self.controller.shift.ask_expire(silence_id, lambda once: self.actions.expire(  # noted first (code review 78 AR2)
            f"expire:{silence_id}", silence_id, self._silence_holders.get(silence_id, ()), once))

    def extend_silence(self, silence_id: str) -> None:
        """Extend a silence by the ack window, keeping its ID; refused past 24 h in all
        (``validate_extension``), and asked first when it keeps a critical alert silenced past
        the 15-minute investigation window (``extension_needs_confirmation``; guide: never
        silence a critical alert without investigating)."""
        silence = self.controller.silences.get(silence_id)
        if silence is None:
            return
        now = dt.datetime.now(dt.timezone.utc)
        problems = validate_extension(silence, now)
        if problems:
            self._warn(tr("Cannot extend the silence"), "\n".join(p.text(QCoreApplication.translate) for p in problems))
            return
        extended = extension(silence, now)
        snapshot = self.controller.snapshot
        alerts = snapshot.alerts.values() if snapshot is not None else ()
        if extension_needs_confirmation(silence, now, ACK_WINDOW, alerts, self.severity_of):
            if not confirm_risky(
                    self.controller.built_window, tr("Keep a critical alert silenced?"),
                    tr("With this extension the silence keeps a critical alert silenced for %1 in all, longer than "
                       "the 15-minute investigation window. The guide says: never silence a critical alert without "
                       "investigating. Extend anyway?").replace("%1", format_duration_rounded(extended.duration))
                    + "\n\n" + critical_named(extended.matchers, alerts, self.severity_of)):
                return
        # from Alertmanager's version, if still this one; where it lives, with members not one cluster
        if self.actions.extend(f"extend:{silence_id}", silence, self._silence_holders.get(silence_id, ())):
            self._set_busy(silence_id, True)

    def severity_of(self, alert: Alert) -> Severity:
        """The alert's severity (as the last poll mapped it)."""
        snapshot = self.controller.snapshot
        if snapshot is not None and alert.fingerprint in snapshot.severities:
            return snapshot.severities[alert.fingerprint]
        return SeverityMap(self.controller.config.severity_synonyms).of(alert)

    def on_action(self, result: ActionResult) -> None:
        """An action came back: refresh at once on success (the alert turns acknowledged within
        one poll); show Alertmanager's answer on failure, losing nothing typed."""
        dialog, covered = self._dialogs.get(result.tag), self._covered.pop(result.tag, "")
        left = self._left_out.pop(result.tag, [])  # said with where it was made (``_said_where``)
        self.in_flight.answered(result.tag, result.silence_id, result.ok)  # on error: as it was, said below
        if result.ok and covered:  # other pods of it, through volatile_labels (review 37: said nowhere)
            self.controller.notifier.show([notice(tr("Also acknowledged: %1").replace("%1", covered), tr(
                "The volatile_labels setting makes them one alert."), None, quiet=True)])
        if result.tag.startswith(("expire:", "extend:")):
            self._set_busy(result.tag.split(":", 1)[1], False)
        self.controller.shift.expire_answered(result.silence_id, result.error, result.kind == "expire")  # review 79 AT7
        if result.ok:
            if result.kind == "expire" and self.controller.built_window is not None:
                self.controller.built_window.silences.expired(result.silence_id)
            if dialog is not None:
                dialog.accept()  # (its comment's last save queued first)
            self._silence_created(result.tag, result.ids if result.kind == "create" else ())
            self._said_where(result, left)
            expired = self.controller.silences.get(result.silence_id) if result.kind == "expire" else None
            self.controller.shift.record_expired(expired, once=result.once) if expired else \
                self.controller.refresh()  # review 71 AP5
            return
        if isinstance(result.error, OutcomeUnknown) and result.kind == "create":  # a change: below (_failure_words)
            self._unknown_outcome(result, dialog)
            return
        if isinstance(result.error, ChangedMeanwhile):
            self._changed_meanwhile(result.error.current)
            return
        message = refusal_text(result.error)
        if result.missed and result.kind != "create":  # a silence's holders: each named, as below (``_not_taken``)
            self._not_taken(result)
            self._refresh_buttons()
            return
        self._offer_login(result)  # a proxy may ask them for writes only (review 57 S8)
        if dialog is not None:
            dialog.refused(message)
            return
        title, message = self._failure_words(result, message)
        self._warn(title, message)
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        """The window's buttons follow the selection again (if the window was built)."""
        if self.controller.built_window is not None:
            self.controller.built_window.refresh_buttons()

    def _set_busy(self, silence_id: str, busy: bool) -> None:
        """Mark a silence as waiting for Alertmanager in the window's Silences tab (if built)."""
        if self.controller.built_window is not None:
            self.controller.built_window.silences.set_busy(silence_id, busy)

    def _warn(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        box = QMessageBox(icon, title, shown(text), QMessageBox.StandardButton.Ok, self.controller.built_window)  # review 59 U3
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._hold(box)
        box.show()

    def _hold(self, dialog: QDialog) -> None:
        """Keep a dialog without a parent alive until it is closed (a message from the tray menu
        before the alerts window was built): nothing else holds its Python object."""
        if dialog.parent() is None:
            self._open.add(dialog)
            dialog.finished.connect(lambda _result, kept=dialog: self._open.discard(kept))
