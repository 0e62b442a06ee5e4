"""An alert whose severity label changed, in the shift journal (no Qt).

Alertmanager's fingerprint hashes the ``severity`` label too: raised from warning to critical, an
alert is a new fingerprint while the old one resolves (``relabelled``: review 74 BB6). The journal
keys an alert's incident, notes and escalation by fingerprint, so taken as a resolution and a new
firing the incident closed with its acknowledgement, escalation and notes, and the critical alert
started a bare one. ``relabelled_rows`` finds such alerts in a poll; ``carry_over`` moves the
episode (the open incident and the events since the alert's firing) to the new fingerprint.
``resolved_lately`` and ``follow_resolved`` do it for an alert whose resolution the journal
recorded at most ``RELABEL_GRACE`` before (two polls): its incident goes on under the new
fingerprint as a flapping alert's does (resolved, fired again: the same incident).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping

from ..alertmanager.models import Alert
from .journal_schema import dumps, loads, parse_ts, ts
from .journal_tx import Tx
from .relabelled import RELABEL_GRACE, severity_free
from .severity import Severity


def relabelled_rows(tx: Tx, stored: Mapping[str, tuple], alerts: Mapping[str, Alert],
                    severities: Mapping[str, Severity], kept: Collection[str] = ()) -> dict[str, tuple]:
    """The poll's alerts that are a stored firing alert with another severity: new fingerprint ->
    the ``firing`` row (as ``journal_feed`` reads it: fingerprint, alertname, severity, starts_at,
    ...) of the alert the poll lacks whose labels are the same but for ``severity``, and whose
    severity differs. Empty when nothing the journal holds is gone (the usual poll: one pass
    over the fingerprints). ``kept``: fingerprints not taken as gone."""
    gone = [fp for fp in stored if fp not in alerts and fp not in kept]
    if not gone:
        return {}
    fresh: dict[frozenset, list[str]] = {}
    for fp, alert in alerts.items():
        if fp not in stored:
            fresh.setdefault(severity_free(alert.labels), []).append(fp)
    if not fresh:
        return {}
    found: dict[str, tuple] = {}
    marks = ",".join("?" * len(gone))
    for fp, labels in tx.conn.execute(f"SELECT fingerprint, labels FROM firing WHERE fingerprint IN ({marks})", gone):
        for new in fresh.get(severity_free(loads(labels) or {}), ()):
            if new not in found and severities[new].value != stored[fp][2]:
                found[new] = stored[fp]
                break
    return found


def carry_over(tx: Tx, alert: Alert, severity: str, old: tuple, handled: bool) -> dict:
    """Move the episode of the alert of ``old`` (its ``firing`` row) to ``alert``, the same alert
    under the fingerprint of its new severity: its open incident (``handled``: it has one) takes
    the new fingerprint, severity and labels, keeping its acknowledgement, escalation and opening;
    the events of the old fingerprint since that episode began (its firing, acknowledgement,
    notes, escalation) are the new fingerprint's, so that every reader by fingerprint (notes,
    handled incidents, the escalation's "Already Tried") finds them. Returns the data of the
    SEVERITY_CHANGED event: ``previous`` severity, ``replaces`` (the old fingerprint) and the
    ``incident`` (id) carried over, if any."""
    old_fp, new_fp = old[0], alert.fingerprint
    data: dict = {"previous": old[2], "replaces": old_fp}
    starts = [at for at in (parse_ts(old[3]) if old[3] else None,) if at is not None]
    if handled:
        incident = tx.open_incident(old_fp)
        if incident is not None:
            tx.conn.execute("UPDATE incidents SET fingerprint = ?, severity = ?, labels = ? WHERE id = ?",
                            (new_fp, severity, dumps(dict(alert.labels)), incident.id))
            data["incident"] = incident.id
            starts += [at for at in (incident.fired_at, incident.opened_at) if at is not None]
    since: dt.datetime = min(starts, default=tx.now)
    tx.conn.execute("UPDATE events SET fingerprint = ? WHERE fingerprint = ? AND at >= ?", (new_fp, old_fp, ts(since)))
    return data



def resolved_lately(tx: Tx) -> dict[frozenset, tuple[int, str, str]]:
    """The incidents that resolved at most ``RELABEL_GRACE`` before the transaction's time, by
    their alert's labels without ``severity``: -> (incident id, fingerprint, severity). One query
    per poll, on the index of ``resolved_at``."""
    rows = tx.conn.execute("SELECT id, fingerprint, severity, labels FROM incidents WHERE resolved_at >= ? "
                           "ORDER BY resolved_at", (ts(tx.now - RELABEL_GRACE),))
    return {severity_free(loads(labels) or {}): (incident, fp, severity) for incident, fp, severity, labels in rows}


def follow_resolved(tx: Tx, alert: Alert, severity: str, lately: dict[frozenset, tuple[int, str, str]]) -> tuple | None:
    """When ``alert`` (firing, not known to the journal) is the alert of an incident of ``lately``
    (``resolved_lately``) under another severity: that incident and the events of its alert since
    it began take ``alert``'s fingerprint (as ``carry_over``), and it is returned as
    (incident id, old fingerprint, old severity), to be opened again as a flapping alert's is
    (``journal_feed``: fired again soon). None otherwise."""
    found = lately.get(severity_free(alert.labels))
    if found is None or found[1] == alert.fingerprint or found[2] == severity:
        return None
    incident_id, old_fp, _old = found
    del lately[severity_free(alert.labels)]
    row = tx.conn.execute("SELECT coalesce(min(fired_at, opened_at), opened_at) FROM incidents WHERE id = ?",
                          (incident_id,)).fetchone()
    tx.conn.execute("UPDATE incidents SET fingerprint = ?, severity = ?, labels = ? WHERE id = ?",
                    (alert.fingerprint, severity, dumps(dict(alert.labels)), incident_id))
    tx.conn.execute("UPDATE events SET fingerprint = ? WHERE fingerprint = ? AND at >= ?",
                    (alert.fingerprint, old_fp, row[0]))
    return found
