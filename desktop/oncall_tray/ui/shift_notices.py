"""The shift's own notices, told once each: "After the incident", the post-mortem and review
reminders, and several of a kind as one (``ShiftController``'s, split out for size). GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging

from ..core import aftercare
from ..core.acknowledged import acknowledges_alert, vanished_acknowledgements
from ..core.alert_order import telling_all
from ..core.handoff import incident_name
from ..core.handoff_folded import IncidentFold, act_of
from ..core.handoff_reminders import claim_due_folds
from ..core.journal_schema import Incident
from ..core.names import name_list
from ..core.overview import Light
from ..core.shifts import open_incidents, resolved_incidents
from .translations import translator_for

log = logging.getLogger(__name__)
TR_CONTEXT = "shift"  # the shift controller's words
tr = translator_for(TR_CONTEXT)


#: How far back the other incidents of a name are looked at to tell an incident apart from them.
SIBLINGS_WINDOW = dt.timedelta(hours=24)


class ShiftNotices:
    """Mixin of ``ShiftController``: uses its ``journal``, ``live``, ``config``, ``translate``,
    ``now()``, ``submit`` and ``notify``."""

    def check_reminders(self) -> None:
        """Announce, once each, "After the incident" for incidents that stayed resolved
        ``aftercare.AFTER_NOTICE_DELAY``, and the post-mortem (2 h) and review (24 h) reminders
        that fell due, each decided and marked in the journal's thread; more than
        ``notification_summary_threshold`` of one kind make one notice."""
        if self.journal is None:
            return
        now, journal = self.now(), self.journal
        silences = self.live.silences if self.live.alerts is not None else None  # None: unknown

        def claim() -> tuple[list[tuple[Incident, list[str]]], list[Incident]]:  # in the journal's thread
            claimed = [(incident, aftercare.pending_steps(journal, incident, silences))
                       for incident in aftercare.claim_after_notices(journal, now)]
            # the other incidents of their names, told apart from: two pods resolving minutes apart
            # (review 39 F7: the first said "(pod=api-1)", the second nothing, as no other fired then)
            names = {incident.alertname for incident, _steps in claimed}
            siblings = [i for i in [*resolved_incidents(journal, now - SIBLINGS_WINDOW), *open_incidents(journal)]
                        if i.alertname in names] if names else []
            return claimed, siblings

        if self.live.polled:  # review 35: before the first poll, a silence expired already read as left behind
            self.submit(claim, done=self._after_claimed)
        self.submit(claim_due_folds, self.journal, now, done=self._reminders_claimed)

    def _reminders_claimed(self, fresh, error: BaseException | None) -> None:
        """One notice per folded incident whose reminder fell due (``handoff_reminders.claim_due_folds``:
        "Post-mortem due: PodCrashLooping ×60 (omnichannel / pod-001:8080, … (+57))", as the end
        report's pending item names it), more than the summary threshold of one kind as one."""
        if error is not None:
            log.error("%s", error)
            return
        for key, title, summary in ((aftercare.POSTMORTEM, tr("Post-mortem due: %1"),
                                     tr("Post-mortems due: %1 incidents")),
                                    (aftercare.REVIEW, tr("Post-mortem review due: %1"),
                                     tr("Post-mortem reviews due: %1 incidents"))):
            folds = [group for reminder, group in fresh if reminder.key == key]
            names = [group.name(name) for group, name in zip(folds, self._names([g.first for g in folds]))]
            body = aftercare.reminder_text(key, self.translate) + " " + tr("(Incidents, in the tray menu)")
            if len(folds) > self.config.notification_summary_threshold:
                self._announce(names, title, summary, body, Light.INFO, quiet=False)
                continue
            for group, name in zip(folds, names):  # a fold's places in the body: a title is cut short
                folded = len(group.incidents) > 1
                self.notify(title.replace("%1", group.head() if folded else name),
                            (name + "\n" if folded else "") + body, Light.INFO, quiet=False)

    def _after_claimed(self, found, error: BaseException | None) -> None:
        """"After the incident" for each incident claimed with the steps it still lacks (none
        lacking: nothing to say), those of one act and one list of steps folded as the handoff
        folds them (``handoff_folded.act_of``: "After the incident: PodCrashLooping ×60", the
        pods in the body; it said "After 60 incidents" for one silence's pods); more folds than
        the summary threshold make one notice."""
        if error is not None:
            log.error("%s", error)
            return
        claimed, siblings = found
        groups: dict = {}
        for incident, steps in claimed:
            if steps:
                act = act_of(incident, " ".join(steps))
                groups.setdefault(("alone", incident.id) if act is None else act, []).append((incident, steps))
        folds = [(IncidentFold(tuple(i for i, _steps in group)), group[0][1]) for group in groups.values()]
        names = [fold.name(name) for (fold, _steps), name in
                 zip(folds, self._names([fold.first for fold, _steps in folds], siblings))]
        if len(folds) > self.config.notification_summary_threshold:
            self._announce(names, tr("After the incident: %1"),
                           tr("After %1 incidents"),
                           tr("Resolved. Remove the silences, confirm the metrics, update #incidents and document "
                              "the actions: Incidents in the tray menu."))
            return
        for (fold, steps), name in zip(folds, names):
            todo = "; ".join(aftercare.step_text(step, self.translate) for step in steps)
            body = tr("Resolved. Still to do: %1 (Incidents, in the tray menu).").replace("%1", todo)
            folded = len(fold.incidents) > 1  # a fold's places in the body: a title is cut short
            self.notify(tr("After the incident: %1").replace("%1", fold.head() if folded else name),
                        (name + "\n" if folded else "") + body)

    def _names(self, incidents: list[Incident], siblings: list[Incident] = ()) -> list[str]:
        """How the notices name ``incidents``: ``incident_name``, told apart among themselves, the
        alerts firing and ``siblings`` (other incidents of their names) (review 37: two pods'
        "After the incident: PodCrashLooping" read the same, word for word)."""
        names = {incident.alertname for incident in incidents}  # (not all 10,000 alerts on the GUI thread)
        others = {i.fingerprint: i for i in siblings if i.alertname in names}
        telling = telling_all([*incidents, *others.values(),
                               *(a for a in (self.live.alerts or {}).values() if a.alertname in names)])
        return [incident_name(incident, telling.get(incident.fingerprint, "")) for incident in incidents]

    def _announce(self, names: list[str], title: str, summary: str, body: str, light: Light = Light.OK,
                  quiet: bool = True) -> None:
        """One notice per name (``title`` with %1 the name), or, for more than
        ``notification_summary_threshold`` names, one (``summary`` with %1 the count; the names,
        then ``body``)."""
        if len(names) > self.config.notification_summary_threshold:
            self.notify(summary.replace("%1", str(len(names))), name_list(names) + "\n" + body, light, quiet)
            return
        for name in names:
            self.notify(title.replace("%1", name), body, light, quiet)

    def say_vanished(self, snapshot, silences) -> None:
        """Say when silences muting alerts vanished since the last poll of this Alertmanager
        (``core.acknowledged.vanished_acknowledgements``: review 29, it restarted without its
        data and nothing said the silences were gone). Acknowledgements are said as such, their
        responses staying made (the journal's); when some were other silences (maintenance, one
        of many alerts: no response recorded, their clocks run again), as silences (review 56 Q5).
        Uses ``config``, ``engineer`` (on call: review 59 U1), ``_polled_urls``, ``_seen`` and ``notify``."""
        urls, (alerts, known) = self.config.watched(), self._seen
        lost = vanished_acknowledgements(alerts, known, silences, snapshot.alerts, snapshot.fetched_at) \
            if urls == self._polled_urls else []  # the polls failing in between too (a restart)
        self._polled_urls, self._seen = urls, (snapshot.alerts, silences)
        if not lost:
            return
        rank = {fp: i for i, (_key, fp) in enumerate(snapshot.order)}  # worst and oldest first
        names = name_list(alert.display_name for alert, _silence in sorted(lost, key=lambda f: rank.get(
            f[0].fingerprint, len(rank))))
        one, acks = len(lost) == 1, sum(acknowledges_alert(silence, a, self.engineer) for a, silence in lost)
        if acks == len(lost):
            title = tr("Acknowledgement lost: %1").replace("%1", names) if one else tr(
                "Acknowledgements lost: %1 alerts").replace("%1", str(len(lost)))
            body = tr("Its silence is no longer in Alertmanager (did it restart without its data?). The response "
                      "stays recorded; acknowledge it again to silence it.") if one else names + "\n" + tr(
                "Their silences are no longer in Alertmanager (did it restart without its data?). The responses "
                "stay recorded; acknowledge them again to silence them.")
        else:
            title = tr("Silence lost: %1").replace("%1", names) if one else tr(
                "Silences lost: %1 alerts").replace("%1", str(len(lost)))
            body = tr("Its silence is no longer in Alertmanager (did it restart without its data?). Silence it "
                      "again if it still needs it.") if one else names + "\n" + (tr(
                "Their silences are no longer in Alertmanager (did it restart without its data?). Silence them "
                "again if they still need it.") if not acks else tr(
                "Their silences are no longer in Alertmanager (did it restart without its data?). Silence them "
                "again if they still need it; the acknowledgements among them stay recorded."))
        self.notify(title, body, Light.WARNING, quiet=False)
