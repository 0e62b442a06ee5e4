"""Which members hold what, for ``cluster_watch.ClusterWatcher`` (no Qt): each alert's and each
silence's members, the alerts and silences only members not answering hold, and each member's
own alerts (those it listed when no other member answering did: see ``cluster_watch``'s module
doc). A mixin: it reads and writes the watcher's ``holders``, ``unknown``, ``silence_holders``,
``held_silences``, ``_own`` and ``_restarted``."""

from __future__ import annotations

from collections.abc import Mapping

from .alertmanager.alert_decoding import with_inhibited
from .alertmanager.cluster import ClusterPoll
from .alertmanager.models import Alert, Silence


class HolderNotes:
    """The members holding each alert and silence, noted at each poll (``ClusterWatcher``'s
    mixin; the attributes are set by its ``__init__``)."""

    holders: dict[str, tuple[str, ...]]
    unknown: dict[str, tuple[str, ...]]
    silence_holders: dict[str, tuple[str, ...]]
    held_silences: frozenset[str]
    _own: dict[str, set[str]]
    _restarted: dict[str, tuple]

    def _note_holders(self, polled: ClusterPoll, held_by: Mapping[str, list[Alert]]) -> None:
        """``holders``: each alert's members, those that list it (``ClusterPoll.listed_by``), then
        those that hold it not answering (``held_by``) or restarting (``restarted``);
        ``unknown``: the alerts only members not answering hold, with those members."""
        listed = polled.listed_by
        found, unknown = dict(listed), {}
        restarting = [(url, missing) for url, (_until, missing) in self._restarted.items()]
        for url, alerts in [*held_by.items(), *restarting]:
            for alert in alerts:
                fp = alert.fingerprint
                if url not in found.get(fp, ()):
                    found[fp] = (*found.get(fp, ()), url)
                if fp not in listed and url in held_by and url not in unknown.get(fp, ()):
                    unknown[fp] = (*unknown.get(fp, ()), url)
        self.holders, self.unknown = found, unknown

    def _note_silence_holders(self, polled: ClusterPoll, kept: Mapping[str, list[Silence]]) -> None:
        """``silence_holders``: each silence's members, those that list it (``ClusterPoll.
        silence_holders``), then those not answering that held it (``kept``: their silences as
        last seen); ``held_silences``: the IDs that only members not answering hold."""
        found = dict(polled.silence_holders)
        listed = set(found)
        for url, silences in kept.items():
            for silence in silences:
                if url not in found.get(silence.id, ()):
                    found[silence.id] = (*found.get(silence.id, ()), url)
        self.silence_holders = found
        self.held_silences = frozenset(i for silences in kept.values() for i in (s.id for s in silences)) - listed

    @staticmethod
    def _listed(polled: ClusterPoll, but: str) -> set[str]:
        """The fingerprints listed by the members other than ``but`` that answered ``polled``
        (those behind an inhibition too)."""
        return {a.fingerprint for m in polled.members if m.ok and m.url != but
                for a in with_inhibited(polled.by_member.get(m.url, ((), ()))[0])}

    def _note_own(self, polled: ClusterPoll) -> None:
        """Each member's own alerts (``_own``; see ``cluster_watch``'s module doc): for a member that answered
        ``polled``, what it listed that no other member answering listed, and, while it restarted
        lately, its own from before that it has not got again yet (review 58 T5: an alert sent to
        it alone in its restart grace was not its own, and said "Resolved" as it stopped); for the
        others, what they had as their own less what a member answering lists now (those are not
        theirs alone: their later resolution there is a real one). Only for several members."""
        if len(polled.members) < 2:
            return
        for member in polled.members:
            others = self._listed(polled, but=member.url)
            if member.ok:
                missing = {a.fingerprint for a in self._restarted.get(member.url, (None, []))[1]}
                self._own[member.url] = ({a.fingerprint for a in with_inhibited(polled.by_member[member.url][0])} | missing) - others
            elif member.url in self._own:
                self._own[member.url] -= others
