"""One desktop notification (``Notice``) and its texts cut to the Windows limits, counted as
Windows counts them (no Qt): the notices of a poll are ``messages``'s, the others the tray's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..core.names import cut_at_word, utf16_units
from ..core.overview import Light
from ..core.severity import Severity
from ..i18n import Translate
from ..terminal_text import visible

#: Windows' limits of a notification's title and body (``NOTIFYICONDATAW.szInfoTitle``,
#: ``WCHAR[64]``; ``szInfo``, ``WCHAR[256]``: their NUL left out), in UTF-16 code units
#: (``core.names.utf16_units``; code review 81 AX3).
TITLE_LIMIT = 63
BODY_LIMIT = 255
CONTEXT = "notifications"


@dataclass(frozen=True)
class Notice:
    """One desktop notification.

    Attributes:
        title: at most 63 UTF-16 units; body: at most 255 (plain text, never markup).
        severity: the alert's severity (None when not about alerts): the urgency, and the icon
            colour unless ``light`` is given.
        quiet: low urgency, no sound (resolved alerts, contact restored).
        fingerprint: the alert it is about, when it is about one alert.
        light: the icon's state when not the severity's (grey: lost contact; ``Light.OK``: resolved).
        alarm: critical urgency whatever the icon: a red flag (review 29: "Alertmanager
            unreachable for 1 min" came at normal urgency).
        acknowledgeable: about ``fingerprint``'s alert firing with no silence muting it when the
            notice was made: the notification offers *Acknowledge (15 min)* (review 48 R2).
        refreshes: what the notice says again with newer numbers ("" for a new fact): where the
            server gives ids (``freedesktop.ActionsBackend``), its notification replaces the one
            of the same key still on screen that it says again in full (``freedesktop.says_again``).
            Only a notice that repeats on a cadence refreshes one (review 71 AP7: 30 persistent
            "Still unacknowledged" an hour): the reminders of an unacknowledged critical alert,
            per alert (``reminder_key``), and their summary. Every other notice is a fact of its
            own and stays beside the others (an alert fired or resolved, a response then a
            resolution target missed, an escalation due to L2 then to L3, an answer or resolution
            overdue, an acknowledgement ending then ended, a red flag), but for the escalation due
            at one level, one fact said again (review 72 AS3: "Escalate to L2: 5 alerts", said
            again for a new shift, joined "… 4 alerts" and "Escalate to L2: APIDown"): "Escalate
            to L2: X" refreshes X's previous one at that level, and a summary of the escalations
            due at one level ("Escalate to L2: 5 alerts"; of several levels, "*") the previous one
            (``escalation_key``) only when it covers every alert that one covered (``covers``) that
            still fires (``firing``); otherwise both stay (code review 79 AT1: one about Down5..9
            replaced one about Down0..4, whose single notices it had closed). A summary of "N more
            alerts" (others than the last) refreshes none.
        closes: the ``refreshes`` keys of notices this one says again in full (closed once it
            is shown): an escalation summary's, the single escalations of the alerts its body
            names ("Escalate to L2: APIDown" goes when "Escalate to L2: 5 alerts" names APIDown;
            review 72 AS3), not of those it only counts ("… (+4)", code review 79 AT2).
        covers: an escalation summary's: the single-alert ``refreshes`` keys of all its alerts.
        firing: an escalation summary's: the fingerprints of the alerts firing when it was made
            (code review 80 AV2: once one resolved, no later summary replaced it).
    """

    title: str
    body: str
    severity: Severity | None
    quiet: bool = False
    fingerprint: str = ""
    light: Light | None = None
    alarm: bool = False
    acknowledgeable: bool = False
    refreshes: str = ""
    closes: tuple[str, ...] = ()
    covers: frozenset[str] = frozenset()
    firing: frozenset[str] = frozenset()

    @property
    def urgent(self) -> bool:
        """Critical urgency (and the sound): about a critical alert, a red flag (``alarm``), or
        anything with the critical icon ("investigate at once"); never when ``quiet``."""
        if self.quiet:
            return False
        return self.alarm or self.light is Light.CRITICAL or (
            self.severity is not None and self.severity.value == "critical")

    @property
    def icon_light(self) -> Light:
        """The state whose icon goes with the notice."""
        if self.light is not None:
            return self.light
        return Light(self.severity.value) if self.severity else Light.OK


#: A run of white space a one-line text is joined over: any but the no-break spaces (U+00A0, as
#: ``core.names.MORE_SPACE`` binds "(+N)" to the last name; U+2007, U+202F), which ``str.split``
#: would turn into plain spaces (code review 80 AU2: dunst got "… (+4)" free to wrap alone).
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u2007\u202f]+")


def clip(text: str, limit: int) -> str:
    """``text`` on at most ``limit`` UTF-16 code units (as Windows counts them: ``TITLE_LIMIT``),
    cut at a word boundary where one is near, with an ellipsis when cut; a one-line text's runs
    of white space joined as one space, its no-break spaces kept (``_BREAKING_SPACE``)."""
    one_line = "\n" not in text
    return cut_at_word(_BREAKING_SPACE.sub(" ", text).strip(" ") if one_line else text.strip(), limit, utf16_units)


def reminder_key(fingerprint: str = "") -> str:
    """``Notice.refreshes`` of the reminders of ``fingerprint``'s alert; of their summary with none."""
    return f"remind:{fingerprint}" if fingerprint else "remind:*"


def escalation_key(level: str, fingerprint: str = "") -> str:
    """``Notice.refreshes`` of the escalation of ``fingerprint``'s alert due at ``level`` ("L2");
    of the summary of escalations due at ``level`` with none ("*" for several levels)."""
    return f"escalate:{level}:{fingerprint}" if fingerprint else f"escalate:{level}"


def notice(title: str, body: str, severity: Severity | None, quiet: bool = False, fingerprint: str = "",
           light: Light | None = None, alarm: bool = False, acknowledgeable: bool = False,
           refreshes: str = "") -> Notice:
    """A ``Notice`` with title and body cut to the Windows limits, control characters shown
    as escapes (``terminal_text.visible``: alert text is anyone's, and a notification daemon
    passes an ESC or a bidi override on as it is); the body keeps its line breaks. A title too
    long to show whole opens the body whole (review 18: "Acknowledgement ends at 23:06:
    DatabaseConnectionPoolExhaust…" lost the alert's name, which the body did not repeat).
    ``acknowledgeable`` holds only for a notice about one alert (``fingerprint``) that is not quiet."""
    shown, body = visible(title), visible(body, multiline=True)
    room = BODY_LIMIT - utf16_units(body) - 1  # the body's own text first (an alert's instance is at its end)
    if utf16_units(shown) > TITLE_LIMIT and room >= TITLE_LIMIT:
        body = clip(shown, room) + ("\n" + body if body else "")
    return Notice(clip(shown, TITLE_LIMIT), clip(body, BODY_LIMIT), severity, quiet, fingerprint, light, alarm,
                  acknowledgeable and bool(fingerprint) and not quiet, refreshes)


def combined(notices: Sequence[Notice], tr: Translate) -> Notice:
    """One notice standing for several, where only one can be on screen at a time (the tray's
    balloon: each message replaces the last, and a critical alert was replaced within 107 ms by
    "Resolved: ...", review 19): "3 notifications", the urgent ones' titles first, one per line.

    Args:
        notices: at least one; a single notice is returned as it is.
    """
    if len(notices) == 1:
        return notices[0]
    ordered = sorted(notices, key=lambda n: (not n.urgent, n.quiet))  # stable: their order within each
    worst = ordered[0]
    title = tr(CONTEXT, "%1 notifications").replace("%1", str(len(notices)))
    return Notice(title, clip("\n".join(n.title for n in ordered), BODY_LIMIT), worst.severity,
                  all(n.quiet for n in notices), "", worst.light)
