"""Questions before a risky step (silencing a critical alert longer than the guide allows,
sending a silence that may exist already, quitting): "No" is the default answer, so that Enter or
Escape never takes the step (a fresh-user review: Enter extended the silence). GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_risky(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask ``text`` with Yes and No, No the default button (Enter) and, as Qt makes the only
    "no" button of a box, Escape's answer. True only when Yes was clicked or chosen."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Show ``text`` (plain, zero-width characters as escapes: ``plain.shown``) in a warning box
    with OK, modal to ``parent``'s window without blocking (``open``): what must stay on screen
    until read, where a status line would give way to the next news. Returns the box."""
    from PySide6.QtCore import Qt

    from .plain import shown

    box = QMessageBox(QMessageBox.Icon.Warning, title, shown(text), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def confirm_quit(parent: QWidget | None, watched_on: bool = False) -> bool:
    """Ask before quitting, from the alerts window's Quit as from the tray menu's (review 25: the
    menu's quit at once): True to quit. Quitting stops every notification, so "No" is the
    default. A quit from the system (session logout, SIGTERM) does not come here. ``watched_on``:
    quitting leaves no alert unwatched (``TrayIcon.watched_on``: the demo, whose alerts are made
    up; another tray holding the shift journal watches the same Alertmanager): True at once,
    nothing asked (review 70 AK4: the demo's Quit said no alert would be watched)."""
    if watched_on:
        return True
    translate = QCoreApplication.translate
    return confirm_risky(parent, translate("questions", "Quit oncall-tray?"), translate(
        "questions", "No alert will be watched or notified until oncall-tray is started again. Quit anyway?"))


def confirm_expiry(parent: QWidget | None, author: str, comment: str, own: bool = False, muted: str = "",
                   kept: str = "") -> bool:
    """Ask before expiring a silence: someone else's (``author``'s, with its ``comment``; review
    22: Expire went at once, whoever had made it), or the engineer's own (``own``) while it
    still mutes alerts that fire that its expiry would unmute (``muted``: their names,
    ``core.names.name_list``; review 28: an acknowledgement of an escalated critical alert went
    with one click on the wrong row). ``kept``: the names of those it mutes that other silences
    still mute (``core.expiry_effects.unmuted_by_expiry``), said to stay muted, not to come back
    (review 76 BH4). True to go on; one's own silence whose expiry unmutes nothing goes at once."""
    translate = QCoreApplication.translate
    still = translate("questions", "It still mutes alerts that fire: %1. They come back unacknowledged, with their "
                                   "notifications and reminders.").replace("%1", muted) if muted else ""
    if kept:
        stay = translate("questions", "Other silences still mute %1: they stay muted.") if muted else translate(
            "questions", "The alerts it mutes stay muted: other silences still mute %1. None comes back.")
        still = " ".join(part for part in (still, stay.replace("%1", kept)) if part)
    if own:
        return not muted or confirm_risky(parent, translate("questions", "Expire your silence?"), still + " " + translate(
            "questions", "Expire it anyway?"))
    text = translate("questions", "This silence is %1's: %2. Expire it anyway?").replace("%1", author).replace(
        "%2", comment)
    return confirm_risky(parent, translate("questions", "Expire someone else's silence?"),
                         (still + "\n\n" if still else "") + text)


def expiry_names(silence_id: str, alerts, among=(), active=None, leave_out: str = "",
                 ending=()) -> tuple[str, str]:
    """``confirm_expiry``'s ``muted`` and ``kept`` for the silence ``silence_id`` over ``alerts``
    (``Alert``s firing): the names of those its expiry would unmute, and of those other
    silences still mute (``core.expiry_effects.unmuted_by_expiry``, ``active``: the IDs of the
    silences known active), each named as ``alert_names`` names them among ``among``;
    ``leave_out``: a fingerprint not to name (the alert resolved); ``ending``: the IDs of the
    silences on their way out, which mute nothing (``unmuted_by_expiry``)."""
    from ..core.expiry_effects import unmuted_by_expiry

    back, kept = unmuted_by_expiry(silence_id, (a for a in alerts if a.fingerprint != leave_out), active, ending)
    return (alert_names(back, among) if back else ""), (alert_names(kept, among) if kept else "")


def critical_named(matchers, alerts, severity_of) -> str:
    """The line that names, in the "silence a critical alert?" questions, the critical alerts
    the silence covers ("Critical alerts it covers: APIDown (backend / 10.0.0.7:3001)"; review 24:
    the questions did not say which). ``matchers``: the silence's; ``alerts``: those firing now;
    ``severity_of``: ``Alert -> Severity``."""
    from ..core.silencing import critical_alerts

    named = alert_names(critical_alerts(matchers, alerts, severity_of), alerts)
    return QCoreApplication.translate("questions", "Critical alerts it covers: %1").replace("%1", named)


def alert_names(alerts, among=()) -> str:
    """``alerts`` (an iterable of ``Alert``) named for a question, each with where it fires
    ("APIDown (backend / 10.0.0.7:3001), DiskFull (+3)": ``core.names.name_list``) and what tells
    it from another of its name and place among them and ``among`` ("· pod=api-2", review 36)."""
    from ..core.alert_order import named, telling_all, told_place, where
    from ..core.names import name_list

    alerts = list(alerts)
    told = telling_all([*alerts, *among])

    return name_list(named(a.display_name, told_place(where(a), told.get(a.fingerprint, ""))) for a in alerts)
