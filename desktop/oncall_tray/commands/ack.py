"""``oncall-tray ack FINGERPRINT [--comment T] [--duration D]``: acknowledge one alert, i.e.
silence exactly its labels for the guide's investigation window (15 minutes). No Qt."""

from __future__ import annotations

import argparse
import datetime as dt

from ..alertmanager.cluster import members_down, not_one_cluster
from ..alertmanager.errors import AlertmanagerError
from ..alertmanager.models import Alert, Silence
from ..config import Config, LoadedConfig
from ..core.acknowledged import acknowledgement, muting, silenced_by
from ..core.local_times import local_time
from ..core.alert_order import named, telling_all
from ..core.durations import format_duration
from ..core.lookup import MIN_PREFIX, find_alert
from ..core.names import name_list
from ..core.silencing import ACK_WINDOW, ack_problems, ack_silence, also_covered, extension_room
from ..i18n import Translate
from ..terminal_text import visible
from .common import (EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE, alertmanager_failed, duration_arg, error, fingerprint_not_found, keyring_of,
                     open_client, out, tr_for, warn_problems)
from .journal_common import journal_created, on_call
from .restart_kept import kept_text, kept_through_restart
from .silence_steps import held_of, refuse, send_new_silence, where_alerts


def register(sub, tr: Translate) -> None:
    """Add the ``ack`` subcommand, with help in ``tr``'s language."""
    parser = sub.add_parser("ack", help=tr("cli_help", "acknowledge an alert: silence its labels for 15 minutes; "
                                                       "prints the silence ID"))
    parser.add_argument("fingerprint", help=tr("cli_help", "the alert's fingerprint (oncall-tray status), or its first "
                                                       "%1+ characters").replace("%1", str(MIN_PREFIX)))
    parser.add_argument("--comment", help=tr("cli_help", "why (default: ACK! investigando — <engineer>)"))
    parser.add_argument("--duration", default=format_duration(ACK_WINDOW),
                        help=tr("cli_help", "how long, e.g. 15m, 1h (default: 15m, the guide's investigation window; "
                                            "at most 24h)"))
    parser.add_argument("--author", help=tr("cli_help", "who acknowledges (default: the engineer of the open shift, else the engineer setting)"))
    parser.add_argument("--yes", action="store_true",
                        help=tr("cli_help", "confirm silencing a critical alert for longer than 15 minutes without "
                                            "asking"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """Find the alert among the current ones (with those an Alertmanager that restarted lately
    does not list again yet, as the shift journal last saw them, within its grace:
    ``restart_kept``; said on stderr), build the ack, check it against the guide, send
    it and print the silence ID. An alert already acknowledged (silenced) gets no second silence:
    the ID of the silence that mutes it is printed, with who made it, until when, and how to
    extend it (exit 0). Of Alertmanagers that are not one cluster, the silence goes where the
    alert is held (its own holders, as the tray's Acknowledge: not the alerts the silence's
    matchers reach, code review 64 K3), in ``silence add``'s words (``silence_steps.where_alerts``:
    one only members not answering hold is refused, exit 2). Exit 1 when the alert is not found or
    the rules refuse (nothing is sent), 2 when Alertmanager cannot be reached or refuses."""
    warn_problems(loaded)
    tr, config = tr_for(loaded), loaded.config
    duration = duration_arg(args.duration, tr)
    if duration is None:
        return EXIT_USAGE
    engineer = on_call(loaded)  # whose silences acknowledge without ACK (review 59 U1)
    author = engineer if args.author is None else args.author
    with open_client(config, keyring_of(loaded)) as client:
        try:
            polled = client.polled(config.alert_query())
            alerts, unanswered = polled.alerts, members_down(polled.members)
            held = held_of(loaded, alerts, unanswered)  # listed by status, as last seen (the tray has them too)
            # those a restarted Alertmanager lacks within its grace, current as the tray keeps them (review 61 W8)
            kept = kept_through_restart(loaded, client, polled, [*held.alerts.values(), *(polled.inhibited or ())])
            alerts = [*alerts, *kept.alerts.values()]
            # inhibited ones too: status --json lists them, and acknowledged they stay quiet after (review 58 T2)
            every = [*alerts, *held.alerts.values(), *(polled.inhibited or ())]
            try:
                alert = find_alert(every, args.fingerprint)
            except LookupError as exc:
                return fingerprint_not_found(exc, args.fingerprint, tr)
            draft = ack_silence(alert, author, dt.datetime.now(dt.timezone.utc), config.volatile_labels,
                                comment=args.comment, duration=duration)
            # Alertmanagers that are not one cluster: to those that hold it (a silence stays where it is
            # made); refused, in silence add's words, when only members not answering do (review 62 Y8)
            holding, left, refused = where_alerts(
                [alert], {**polled.listed_by, **kept.members, **held.members}, unanswered, tr) \
                if not_one_cluster(polled.members) else ((), "", False)
            if refused:
                error(left)
                return EXIT_UNREACHABLE
            if alert.fingerprint in kept.alerts:
                error(kept_text(alert, kept.members, tr))
            problems = ack_problems(draft, alert, every)  # what was typed is judged first, acknowledged or not
            if problems:
                return refuse(problems, tr)
            silences = client.silences()
            if _already_acknowledged(alert, silences, config, tr, duration, engineer):
                return EXIT_OK
            _say_muted(alert, silences, config, tr)
            _say_copies(alert, draft, every, tr)
            done = send_new_silence(client, draft, alerts, config, tr, args.yes,
                                    created=journal_created(loaded, client, draft.created_by, tr),
                                    held=list(held.alerts.values()), unanswered=unanswered, members=holding)
            if done == EXIT_OK and left:
                error(left)
            return done
        except AlertmanagerError as exc:
            return alertmanager_failed(exc, loaded, tr)


def _say_copies(alert: Alert, draft, alerts: list[Alert], tr: Translate) -> None:
    """Say on stderr which other alerts of ``alert``'s name the acknowledgement covers too, those
    differing only by a ``volatile_labels`` label (pods): they are that alert (``ack_problems``),
    but nothing said so (review 35)."""
    copies = also_covered(draft, alert, alerts)
    if copies:
        told = telling_all(alerts)  # among every alert of the name and place (review 36)
        names = [named(a.display_name, told.get(a.fingerprint, "")) for a in copies]
        error(tr("cli", "It also covers %1 (the volatile_labels setting makes them one alert).").replace(
            "%1", name_list(names, 5)))


def _say_muted(alert: Alert, silences: list[Silence], config: Config, tr: Translate) -> None:
    """Say on stderr which silence mutes ``alert`` when it is no acknowledgement of it (a
    maintenance silence, one of a whole service): the alert gets its own (review 38: ``ack``
    refused, "already acknowledged" by a ``severity="critical" service="backend"`` silence; review
    59 U1: by Carla Dias's "Manutenção programada do host", she not on call: the command is the
    engineer's request to acknowledge it, so it is, the colleague's silence named with its comment)."""
    muted = muting(alert, silences)
    if muted is None:
        return
    end = local_time(muted.ends_at, config.zone(), dt.datetime.now(dt.timezone.utc), tr) if muted.ends_at else "?"
    error(tr("cli", "%1 is %2 (silence %3), which is not its acknowledgement: it silences more than this alert, "
                    "began before it fired, or is a colleague's without ACK. Acknowledging it as yours.").replace(
        "%1", visible(alert.alertname)).replace("%3", muted.silence_id).replace(
        "%2", visible(silenced_by(muted, silences, end, tr))))


def _already_acknowledged(alert: Alert, silences: list[Silence], config: Config, tr: Translate,
                          duration: dt.timedelta, engineer: str = "") -> bool:
    """If a silence already mutes ``alert``, print its ID, say whose it is and how to extend it
    by ``duration``, the ``--duration`` the engineer gave (stderr), and return True: nothing is
    to be sent. ``engineer``: the one on call (``acknowledged.acknowledges``)."""
    found = acknowledgement(alert, silences, engineer)
    if found is None:
        return False
    out(found.silence_id)
    now = dt.datetime.now(dt.timezone.utc)
    said = found.text(visible(alert.alertname), tr, config.zone(), now) + " "
    silence = next((s for s in silences if s.id == found.silence_id), None)
    room = extension_room(silence, now) if silence is not None else duration
    if room <= dt.timedelta(0):  # review 18: the hint gave an extension the 24-hour rule then refused
        error(said + tr("cli", "Nothing was sent. It cannot be given more time: it already lasts the 24 h the guide "
                               "allows at most; escalate if the alert needs more."))
        return True
    error(said + tr("cli", "Nothing was sent. To give it more time: oncall-tray silence extend %1 --duration %2")
          .replace("%1", found.silence_id).replace("%2", format_duration(min(duration, room))))
    return True
