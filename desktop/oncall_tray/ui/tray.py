"""The tray icon: colour and badge, tooltip, and menu (issue 2). GUI thread only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from ..config import Config
from ..reasons import translate_reason
from ..core.handoff import local_time as deadline_time  # with its date when not today (review 29)
from ..core.inhibited import count_text
from ..core.overview import Light, Overview
from ..notify.flag_texts import view_flag_lines
from ..notify.messages import clip, count_line
from .demo_marks import add_menu_line, tooltip_line
from .icons import tray_icon
from .in_flight import ACKNOWLEDGING
from .links import open_link
from .translations import translator_for
from .tray_tip import tip_form, tooltip_text
from .tray_lines import (REASON_LIMIT, connection_lines, line_action, poll_time_lines, shift_off_details, shift_off_line,
                         show_details, show_line)


TR_CONTEXT = "tray"
tr = translator_for(TR_CONTEXT)


def headline(view: Overview) -> str:
    """The first line of the tooltip and of the status window."""
    if view.keyring_failed:
        return tr("Cannot read the saved credentials")
    if view.credentials_needed:
        return tr("Alertmanager needs credentials")
    if view.slowed:  # it answers, asking to wait (code review 81 AX2): neither lost nor unreachable
        return tr("Alertmanager asked to slow down")
    if view.light is Light.UNREACHABLE:
        if view.bad_answer:  # it answers, but not with its API (review 41 F10: "Cannot reach" for an HTTP 200)
            return tr("No usable answer from Alertmanager")
        if not view.connected_once:
            return tr("Cannot reach Alertmanager")
        return tr("Contact with Alertmanager lost")
    if view.badge == 0:
        return tr("No unacknowledged alert")
    return tr("Unacknowledged alerts: %1").replace("%1", str(view.badge))


def tooltip_lines(view: Overview, urls: str, zone: dt.tzinfo | None = None, flags: bool = True) -> list[str]:
    """Tooltip: headline, counts per severity, silenced and inhibited counts, last good poll, and the
    reason when Alertmanager cannot be seen, with ``urls`` (the Alertmanager, or every member of a
    cluster, ", "-joined) it is of, the guide's red flag and the app's own warnings
    (``flag_texts.view_flag_lines``; not with ``flags`` False: the alerts window shows them
    apart), the next deadline, then, while no reason named them, ``address_line(urls)``; times
    in ``zone`` (``Config.zone()``). Plain text. Never a bare line of addresses (review 62 Y12:
    "http://…:19341, http://…:19342" last, after the red flags, cut off from "no answer in time")."""
    translate = QCoreApplication.translate
    lines = [f"oncall-tray — {headline(view)}"]
    if view.unacknowledged:
        lines.append(count_line(dict(view.unacknowledged), translate))
    muted = []
    if view.acknowledged:
        # every silenced alert: acknowledged, or muted by another silence (review 46 F10: the state
        # column says "acknowledged by ana" or "muted", the header called both "acknowledged")
        muted.append(tr("%1 silenced").replace("%1", str(view.acknowledged)))
    if view.inhibited:  # left out of the list, never unacknowledged: said, on the same row (Q6)
        muted.append(count_text(len(view.inhibited), view.inhibitors, translate))
    if muted:
        lines.append(" · ".join(muted))
    lines += poll_time_lines(view, zone)
    if view.error:
        lines.append(tr("%1 from %2").replace("%2", urls).replace(
            "%1", clip(translate_reason(view.error, translate), REASON_LIMIT)))
    if flags:
        lines += view_flag_lines(view, translate, zone)
    if view.nearest is not None and not view.stale:
        nearest, now = view.nearest, dt.datetime.now(dt.timezone.utc)
        name = nearest.alertname
        if nearest.others:  # alerts that fired together fall due together (for the same thing: review 61 W1)
            name = tr("%1 and %2 more").replace("%1", name).replace("%2", str(nearest.others))
        due = [deadline_sentence(nearest.kind, nearest.level, name, deadline_time(nearest.at, zone, now, translate))]
        for kind, level, at, count in nearest.besides:  # due for something else that minute: said apart
            others = tr("1 other alert") if count == 1 else tr("%1 other alerts").replace("%1", str(count))
            due.append(deadline_sentence(kind, level, others, deadline_time(at, zone, now, translate)))
        lines.append(tr("Next deadline: %1").replace("%1", "; ".join(due)))
    lines += connection_lines(view)
    if not view.error:
        lines.append(address_line(urls))
    return lines


def address_line(urls: str) -> str:
    """The line naming the Alertmanager (``urls``: one address, or a cluster's members
    ", "-joined) with what it is: "Alertmanager: http://am:9093", "Alertmanagers: …"."""
    return (tr("Alertmanagers: %1") if ", " in urls else tr("Alertmanager: %1")).replace("%1", urls)


def deadline_sentence(kind: str, level: str, what: str, by: str) -> str:
    """What is due by when, in the guide's words (``deadlines.Deadline``'s ``kind`` and ``level``):
    "respond to APIDown by 14:04", "review BackupOlderThan24h by 18:00" (an info alert's,
    ``sla.first_target``), "escalate APIDown to L2 by 14:04" (the escalation, the answer
    of the level escalated to: review 41 F11; L2's resolution: review M10)."""
    sentence = {"respond": tr("respond to %1 by %2"), "review": tr("review %1 by %2"),  # info (review 63 Z7)
                "resolve": tr("resolve %1 by %2"),
                "investigate": tr("investigate %1 by %2"),  # a warning's second target (review 55 M4)
                "escalate": tr("escalate %1 to %3 by %2"),
                "level-resolve": tr("%3 to resolve %1 by %2")}.get(kind) or tr("%3 to answer on %1 by %2")
    return sentence.replace("%3", level).replace("%1", what).replace("%2", by)


class TrayIcon(QObject):
    """The system-tray icon with its menu.

    ``demo``: the tray of ``oncall-tray demo``, its icon, tooltip and menu marked (``demo_marks``).

    Signals:
        refresh_requested, test_notification_requested, quit_requested (Quit chosen and confirmed),
        open_requested (a click on the icon: show the window), autostart_toggled(bool) ("Start with
        the session" ticked or cleared), settings_requested, login_requested,
        shift_window_requested(kind): "start", "end", "incidents" or "history" (the shift windows).
    """

    refresh_requested = Signal()
    acknowledge_requested = Signal()
    test_notification_requested = Signal()
    quit_requested = Signal()
    open_requested = Signal()
    autostart_toggled = Signal(bool)
    settings_requested = Signal()
    login_requested = Signal()
    shift_window_requested = Signal(str)

    def __init__(self, config: Config, parent: QObject | None = None, demo: bool = False) -> None:
        super().__init__(parent)
        self._config, self._demo = config, demo
        self._view: Overview | None = None
        self._painted: tuple | None = None  # what the icon shows: state, slot and ratio (``show_overview``)
        #: What the menu shows beyond its labels, applied again when it is rebuilt (new settings):
        #: the shift open (None: not known yet), the alert to acknowledge, "Start with the session".
        self._shift_open: bool | None = None
        self._shift_off = ""  # the Alertmanager the shift journal follows, when not this tray's ("" else)
        # ``Holder``s: another tray holding the shift journal at the start; at the menu's last opening; this one
        self._shift_held = self._shift_holder = self._shift_own = None
        self.holder_now: Callable[[], object] = lambda: None
        #: whether another live tray holding the shift journal watches this one's Alertmanager now
        #: (the shift controller's, ``attach_tray``; asked at each Quit: ``watched_on``)
        self.watched_elsewhere: Callable[[], bool] = lambda: False
        self._ack_target: str | None = None
        self._ack_in_flight = ""  # the target's silence on its way: ``in_flight.ACKNOWLEDGING`` or ``SILENCING``
        self._autostart = False
        self._journal_notice = ""  # a damaged journal set aside, until read (``set_journal_notice``)
        self._link_box: QWidget | None = None  # "Cannot open a browser", while open
        self._notice_box: QWidget | None = None  # the journal notice read, while open
        self.icon = QSystemTrayIcon(self)
        # Grey "cannot see yet" until the first poll answers: never green before we know.
        self.icon.setIcon(tray_icon(Light.UNREACHABLE, 0, demo=demo))
        self._set_tooltip(["oncall-tray — " + tr("Connecting to Alertmanager…")])
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self._probe_holder)
        self._build_menu()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self.open_requested.emit)  # where the platform reports it

    def _open(self, url: str) -> None:
        """A menu's link, in the browser (or a box that says it cannot be opened)."""
        self._link_box = open_link(url)

    def _build_menu(self) -> None:
        menu = self.menu
        menu.clear()
        if self._demo:
            add_menu_line(menu)
        if self._config.insecure_skip_verify:
            from PySide6.QtWidgets import QStyle  # only with TLS checks off: its enums cost 0.2 MB (memory, issue 2)

            warning = menu.addAction(self.menu.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                                     tr("TLS certificate checks are off"), self.settings_requested.emit)
            warning.setToolTip(tr("insecure_skip_verify is on: anyone between you and Alertmanager can "
                                  "read and change what it says"))
            menu.addSeparator()
        self.journal_notice_action = menu.addAction(tr("Shift journal damaged: what was kept…"),
                                                    self._show_journal_notice)
        self.show_action = menu.addAction(tr("Show alerts"), self.open_requested.emit)
        self.ack_action = menu.addAction(tr("Acknowledge the worst alert"), self.acknowledge_requested.emit)
        self.refresh_action = menu.addAction(tr("Refresh now"), self.refresh_requested.emit)
        menu.addSeparator()
        # a letter each (review Q12: the alerts window's Shift menu shows them too, ``window_actions``)
        shift_windows = (("start", tr("&Take over the shift…")), ("end", tr("&Hand over the shift…")),
                         ("incidents", tr("&Incidents…")), ("history", tr("&Past handoffs…")))
        emit = self.shift_window_requested.emit
        self.shift_off_action = line_action(menu)
        self.shift_details_menu = QMenu(tr("Shift journal: details"), menu)  # (code review 82B AZ4)
        self.shift_details_menu.menuAction().setVisible(False)
        self.shift_actions = {}
        for kind, label in shift_windows:
            self.shift_actions[kind] = QAction(label, menu)
            self.shift_actions[kind].triggered.connect(lambda _checked=False, k=kind: emit(k))
        #: the shift's entries, in order: this menu's, and the alerts window's Shift menu's (``window_actions``)
        self.shift_entries = [self.shift_off_action, self.shift_details_menu.menuAction(), *self.shift_actions.values()]
        menu.addActions(self.shift_entries)
        menu.addSeparator()
        links = (
            (tr("Open Alertmanager"), self._config.alertmanager_url),
            (tr("Open Grafana"), self._config.grafana_url),
            (tr("Open Prometheus"), self._config.prometheus_url),
            (tr("Open Jaeger"), self._config.jaeger_url),  # the guide's fourth dashboard (review 18)
        )
        for label, url in links:
            action = QAction(label, menu)
            action.triggered.connect(lambda _checked=False, u=url: self._open(u))
            menu.addAction(action)
        menu.addSeparator()
        self.settings_action = menu.addAction(tr("&Settings…"), self.settings_requested.emit)
        menu.addAction(tr("Log in to Alertmanager…"), self.login_requested.emit)
        menu.addAction(tr("Send test notification"), self.test_notification_requested.emit)
        self.autostart_action = menu.addAction(tr("Start with the session"))
        self.autostart_action.setCheckable(True)
        self.autostart_action.toggled.connect(self._autostart_ticked)
        self.autostart_action.setVisible(not self._demo)  # the demo writes none of the engineer's files
        menu.addSeparator()
        menu.addAction(tr("Quit"), self._confirm_quit)
        self._show_state()

    def window_actions(self) -> list[QAction | None]:
        """The entries the alerts window's *Shift* menu shows (None: a separator): this menu's shift
        entries (``shift_entries``: the line saying why they are off and its details, as they are now:
        ``_probe_holder``; the shift windows), and the settings. The same ones, not copies: the two
        menus cannot differ (the Shift menu lacked the details: code review 82B AZ4, review 73 AW2)."""
        self._probe_holder()
        return [*self.shift_entries, None, self.settings_action]

    def _probe_holder(self) -> None:
        """A menu opens: the shift journal's holder now, if another held it at the start (AH10: ``holder_now``)."""
        if self._shift_held is not None:
            self._shift_holder = self.holder_now()
            self._show_state()

    def _show_state(self) -> None:
        """Set the menu's entries from the state kept here: the one place that does it, after a
        rebuild as after a change."""
        # offer "take over" when no shift is open, "hand over" when one is; both when that is unknown
        # (the journal cannot be used: each one tries it again, review 24)
        # none of them on a tray whose shift features are off, and the menu says why (review 45 F7)
        self.journal_notice_action.setVisible(bool(self._journal_notice))
        if self._journal_notice and self.journal_notice_action.icon().isNull():
            from PySide6.QtWidgets import QStyle  # only then: its enums cost 0.2 MB (memory, issue 2)

            warning = self.menu.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.journal_notice_action.setIcon(warning)
        off = self._shift_off
        offered = {"start": self._shift_open is not True, "end": self._shift_open is not False}
        for kind, action in self.shift_actions.items():
            action.setEnabled(offered.get(kind, True) and not off)
        self.shift_off_action.setVisible(bool(off))
        show_line(self.shift_off_action, *shift_off_line(off, self._shift_held, self._shift_holder, self._shift_own))
        show_details(self.shift_details_menu,
                     shift_off_details(self._shift_held, self._shift_holder, self._shift_own) if off else [])
        name, sent = self._ack_target, self._ack_in_flight
        self.ack_action.setEnabled(name is not None and not sent)
        if name and sent:  # as its row says it (review 56 M16), greyed out: a repeat does nothing
            self.ack_action.setText((tr("Acknowledging %1…") if sent == ACKNOWLEDGING else tr("Silencing %1…"))
                                    .replace("%1", name))
        else:
            self.ack_action.setText(tr("Acknowledge %1").replace("%1", name) if name
                                    else tr("Acknowledge the worst alert"))
        blocked = self.autostart_action.blockSignals(True)
        self.autostart_action.setChecked(self._autostart)
        self.autostart_action.blockSignals(blocked)

    def _confirm_quit(self) -> None:
        """The menu's Quit: asks first, as the alerts window's does (review 25)."""
        from .questions import confirm_quit

        if confirm_quit(None, self.watched_on()):
            self.quit_requested.emit()

    def watched_on(self) -> bool:
        """Whether quitting this tray leaves every alert it watches watched (``confirm_quit``): the
        demo's (made-up alerts), or another tray, holding the shift journal now, watches the
        Alertmanager(s) this one watches now (review 70 AK4; ``watched_elsewhere``, the shift
        controller's ``ShiftController.watched_elsewhere``, asked at each Quit: code review 75 AM3)."""
        return self._demo or self.watched_elsewhere()

    def _autostart_ticked(self, checked: bool) -> None:
        self._autostart = checked
        self.autostart_toggled.emit(checked)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def set_shift_open(self, is_open: bool | None, off: str = "", held=None, own=None) -> None:
        """Offer "take over" when no shift is open, "hand over" when one is, both when None
        (unknown: the shift journal cannot be used, and each entry tries it again). ``off``, the
        Alertmanager(s) the shift journal follows, when this tray does not use it (another one
        given with ``--alertmanager``): no shift entry is offered, and the menu says why.
        ``held`` (``journal_hold.Holder``): another tray holds the journal, and the menu says
        which (its Alertmanager, its settings file unless ``own``'s, this tray as it writes itself
        in a hold: review 61 W4, 70 AK5); ``off`` is then not empty."""
        self._shift_open, self._shift_off, self._shift_own = is_open, off, own
        self._shift_held = self._shift_holder = held
        self._show_state()

    def show_overview(self, view: Overview) -> None:
        """Repaint the icon (only when colour, badge or the tray host's slot change) and set the
        tooltip."""
        # painted again for the slot the tray host gave once it is known (it is known once the icon
        # is in the tray; review 51 G7: a 30 px image placed 1.5 px into trayer's 33x30 at 1.5)
        slot = self.icon.geometry().size()
        screen = QGuiApplication.primaryScreen()
        ratio = screen.devicePixelRatio() if screen else 1.0
        painted = (view.light, view.badge, view.overdue, slot, ratio)
        if painted != self._painted:
            self._painted = painted
            self.icon.setIcon(tray_icon(view.light, view.badge, ratio, view.overdue, None if slot.isEmpty() else slot,
                                        self._demo))
        lines = tooltip_lines(view, ", ".join(self._config.alertmanager_urls()), self._config.zone())
        if self._journal_notice:
            lines.append(tr("The shift journal was damaged: see the menu."))
        self._set_tooltip(lines)
        self._view = view

    def _set_tooltip(self, lines: list[str]) -> None:
        """The icon's tooltip: ``lines`` (the demo's mark first) in the platform's form
        (``tray_tip.tip_form``: rich text on X11 only, plain text within 127 units on Windows)."""
        marked = [tooltip_line(), *lines] if self._demo else lines
        self.icon.setToolTip(tooltip_text(marked, tip_form(QGuiApplication.platformName())))

    def set_ack_target(self, alertname: str | None, in_flight: str = "") -> None:
        """Name the worst unacknowledged alert in the menu's Acknowledge item (None: disabled);
        an "&" in it is shown, not taken for a shortcut key. ``in_flight``: its silence is on its
        way to Alertmanager (``in_flight.ACKNOWLEDGING`` or ``SILENCING``; "" when not): the item
        reads "Acknowledging APIDown…" or "Silencing APIDown…", disabled."""
        self._ack_target = alertname.replace("&", "&&") if alertname else None
        self._ack_in_flight = in_flight
        self._show_state()

    def set_journal_notice(self, text: str) -> None:
        """Keep ``text`` (the shift journal found damaged and set aside: what was kept and lost,
        where the damaged file is) in the menu, first, and a line in the tooltip until the
        engineer opens it (it stays past the notification, which may have been missed); "" removes it."""
        self._journal_notice = text
        self._show_state()
        if self._view is not None:
            self.show_overview(self._view)

    def _show_journal_notice(self) -> None:
        """The menu's journal notice: its text in a box; read, it leaves the menu and the tooltip."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, tr("Shift journal"), self._journal_notice)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self._notice_box = box
        self.set_journal_notice("")

    def set_autostart(self, enabled: bool) -> None:
        """Tick or clear "Start with the session" without emitting ``autostart_toggled``."""
        self._autostart = enabled
        self._show_state()

    def set_config(self, config: Config) -> None:
        """New settings: rebuild the menu (links, the TLS warning; the shift state, the alert to
        acknowledge and the autostart tick kept) and the tooltip. The alert to acknowledge is
        forgotten when the Alertmanager changed: the next poll names it."""
        if config.alertmanager_urls() != self._config.alertmanager_urls():
            self._ack_target = None
        self._config = config
        self._build_menu()
        if self._view is not None:
            self.show_overview(self._view)

    def set_visible(self, visible: bool) -> None:
        """Show or hide the icon in the tray."""
        self.icon.setVisible(visible)

    def show_message(self, title: str, body: str, critical: bool) -> None:
        """The Qt fallback notification (a balloon or the platform's own)."""
        kind = QSystemTrayIcon.MessageIcon.Critical if critical else QSystemTrayIcon.MessageIcon.Information
        self.icon.showMessage(title, body, kind, 10_000)
