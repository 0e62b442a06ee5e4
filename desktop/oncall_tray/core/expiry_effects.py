"""What expiring a silence would unmute (no Qt): the questions before an expiry name those alerts
alone (``ui.questions.confirm_expiry``).

Alertmanager lists, for each alert, every active silence that mutes it (``silenced_by``). An
alert muted by the silence expired and by another active one (the engineer's own
acknowledgement over a colleague's maintenance silence) stays muted: it does not "come back
unacknowledged" (review 76 BH4: the question said it did, and pushed the engineer to keep a
colleague's silence for no reason).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from ..alertmanager.models import Alert


def unmuted_by_expiry(silence_id: str, alerts: Iterable[Alert], active: Collection[str] | None = None,
                      ending: Collection[str] = ()) -> tuple[list[Alert], list[Alert]]:
    """The alerts of ``alerts`` (in their order) that the silence ``silence_id`` mutes, split in
    two lists: those its expiry would unmute (no other silence mutes them), and those another
    silence still mutes. ``active``: the IDs of the silences known active (the last poll's);
    another silence an alert lists but not among them (expired since) mutes nothing; None: every
    silence an alert lists counts, as Alertmanager listed them. ``ending``: the IDs of silences
    on their way out (expired with this one, or whose expire was asked and no poll has shown
    since): they mute nothing either (code review 87 BJ11: two silences expired one after the
    other each counted the other, neither asked, and the alert fired unacknowledged)."""
    back, kept = [], []
    for alert in alerts:
        ids = alert.status.silenced_by
        if silence_id not in ids:
            continue
        others = [i for i in ids if i != silence_id and i not in ending and (active is None or i in active)]
        (kept if others else back).append(alert)
    return back, kept
