"""What an attention monitor remembers having said, and how that memory goes on (no Qt, no
I/O): to the monitor of new settings (``carry_over``), to a new shift (``forget``), and through
the shift journal to a tray restarted during the shift (``said``, ``recall``; the poller writes
and reads it). ``attention.AttentionMonitor``'s, split out for size."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from .flags import CONTACT_FLAGS, RedFlag
from .sla import ANSWER_WITHIN, L1, LEVELS


class AttentionMemory:
    """Mixin of ``attention.AttentionMonitor``: its memory of what was said, in the attributes
    its ``__init__`` sets (``_levels``: fingerprint -> level announced; ``_reminded``:
    fingerprint -> when last reminded of (UTC); ``_expiry_said``: silence IDs whose end was said
    near; ``_muted``: fingerprints muted at the last evaluation; ``_overdue_said``,
    ``_unresolved_said``: fingerprints; ``_answers_said``, ``_resolves_said``: fingerprint ->
    level; ``_flags``: red flag in force -> detail; ``_flags_said``: the red flags raised in
    the shift but the contact's -> the fingerprints of the alerts each was said for, None: not
    known, an older journal's; not said again for them in the shift, code review 85 BE5)."""

    def carry_over(self, previous: AttentionMemory, another: bool = False) -> None:
        """Remember what ``previous`` already said (levels announced, reminders, expiring
        acknowledgements, missed responses, red flags), so that new settings do not announce
        it all again; the policy and intervals stay this monitor's. ``another``: the new settings
        watch another Alertmanager (by its URL): of the flags, only the contact's go on (as the
        contact does), and the alerts muted are its own to see; what was said of each alert goes
        on: an alert is its fingerprint (its labels), said once per shift whatever the URL it is
        read through (review 75 BD2: a proxy in front of the same Alertmanager said "Escalate to
        L2: APIDown" again). What ``previous`` said is also the caller's to set aside
        (``core.set_aside``: taken back with the Alertmanager watched again)."""
        self._flags = {flag: d for flag, d in previous._flags.items() if not another or flag in CONTACT_FLAGS}
        self._levels, self._reminded = dict(previous._levels), dict(previous._reminded)
        self._expiry_said = set(previous._expiry_said)
        self._overdue_said, self._unresolved_said = set(previous._overdue_said), set(previous._unresolved_said)
        self._answers_said, self._resolves_said = dict(previous._answers_said), dict(previous._resolves_said)
        # the red flags said, by the alerts each was said for: said once per shift, whatever the URL
        # (code review 86 BF1: "Several critical alerts at once" said again through a proxy)
        self._flags_said = dict(previous._flags_said)
        if not another:
            self._muted = set(previous._muted)

    def forget(self) -> None:
        """Forget what was said (levels announced, reminders, expiring acknowledgements, missed
        responses, red flags): a new shift began while the tray runs, and its engineer is told
        as a tray started in that shift would tell them."""
        for memory in (self._levels, self._reminded, self._expiry_said, self._overdue_said, self._unresolved_said,
                       self._answers_said, self._resolves_said, self._flags, self._flags_said):
            memory.clear()

    def said(self) -> dict:
        """What this monitor has said, as JSON data for the shift journal (``recall`` takes it
        back in another run of the tray): the escalation levels announced per alert, the
        alerts whose missed response or resolution was said, the acknowledgements whose end was
        said, the red flags raised and the alerts each was said for (code review 85 BE5), and
        when each unacknowledged critical alert was last reminded of (review 43 F7: a restarted
        tray began the cadence again). Not contact lost (a new run's contact is its own)."""
        return {"levels": {fp: level for fp, level in sorted(self._levels.items()) if level > L1},
                "overdue": sorted(self._overdue_said),
                "unresolved": sorted(self._unresolved_said),
                "answers": dict(sorted(self._answers_said.items())),
                "level_unresolved": dict(sorted(self._resolves_said.items())),
                "expiry": sorted(self._expiry_said),
                "flags": {flag.value: detail for flag, detail in self._flags.items()
                          if flag not in CONTACT_FLAGS},
                "flags_said": {flag.value: sorted(alerts) if alerts is not None else None
                               for flag, alerts in sorted(self._flags_said.items(), key=lambda i: i[0].value)},
                "reminded": {fp: at.isoformat() for fp, at in sorted(self._reminded.items())}}

    def recall(self, memory: Mapping) -> None:
        """Remember what ``said`` gave (the tray restarted during the shift), so that it is not
        said again; what is malformed in ``memory`` (a journal edited by hand) is left out."""
        levels, overdue, expiry, flags = (memory.get(k) for k in ("levels", "overdue", "expiry", "flags"))
        if isinstance(levels, Mapping):
            self._levels.update({str(fp): level for fp, level in levels.items() if level in LEVELS})
        if isinstance(overdue, list):
            self._overdue_said.update(str(fp) for fp in overdue)
        unresolved = memory.get("unresolved")
        if isinstance(unresolved, list):
            self._unresolved_said.update(str(fp) for fp in unresolved)
        if isinstance(expiry, list):
            self._expiry_said.update(str(sid) for sid in expiry)
        for key, store in (("answers", self._answers_said), ("level_unresolved", self._resolves_said)):
            levels = memory.get(key)
            if isinstance(levels, Mapping):
                store.update({str(fp): level for fp, level in levels.items() if level in ANSWER_WITHIN})
        known = {flag.value: flag for flag in RedFlag if flag not in CONTACT_FLAGS}
        if isinstance(flags, Mapping):
            self._flags.update({known[name]: str(detail) for name, detail in flags.items() if name in known})
        self._recall_flags(memory, known)
        reminded = memory.get("reminded")
        if isinstance(reminded, Mapping):
            for fp, text in reminded.items():
                try:
                    at = dt.datetime.fromisoformat(str(text))
                except ValueError:
                    continue
                if at.tzinfo is not None:
                    self._reminded[str(fp)] = at

    def _recall_flags(self, memory: Mapping, known: Mapping[str, RedFlag]) -> None:
        """The red flags ``said`` gave as said (``known``: value -> flag, the contact's left
        out): ``flags_said``, flag -> the fingerprints it was said for (code review 85 BE5);
        an older journal's, a list of flags, or only ``flags``, those in force then, for alerts
        not known (None)."""
        said = memory.get("flags_said")
        for names in (memory.get("flags"), said):  # in force then, said before (older journals: the first)
            if isinstance(names, (Mapping, list)):
                for name in names:
                    if isinstance(name, str) and name in known:
                        self._flags_said.setdefault(known[name], None)
        if isinstance(said, Mapping):
            for name, alerts in said.items():
                if name in known and isinstance(alerts, list):
                    before = self._flags_said.get(known[name]) or frozenset()
                    self._flags_said[known[name]] = before | frozenset(str(fp) for fp in alerts)
