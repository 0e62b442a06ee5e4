"""An Alertmanager HA cluster: several members polled in parallel and merged (no Qt).

Every member of a cluster holds the same alerts (same fingerprints) and, through gossip, the
same silences; one may be down or lag behind. So (issue 6):

- alerts are merged by fingerprint: the state is the most urgent one any member reports
  (active over suppressed over unprocessed: an alert that one member still shows unsilenced is
  not hidden) and ``startsAt`` the earliest;
- silences are de-duplicated by ID (the most recently updated version wins);
- a poll succeeds while at least one member answers; each member's outcome is reported, so that
  a member that is down shows as "degraded" instead of being hidden;
- a write (a new silence) goes to one member only, the first that accepts it: gossip carries it
  to the others, and sending it to each would create one silence per member.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TypeVar

from .aliases import find_aliases
from .client import AlertmanagerClient, AlertQuery
from .cluster_poll import ClusterPoll, MemberResult  # noqa: F401 (also this module's API)
from .errors import AlertmanagerError, CredentialsNeeded, NotFound, TlsError, Unreachable
from .merge import merge_alerts, merge_inhibited, merge_silences  # noqa: F401 (also this module's API)
from .models import Alert, Silence
from .parallel import run_parallel  # noqa: F401 (also this module's API)
from .slow_down import server_side

log = logging.getLogger(__name__)
T = TypeVar("T")


def members_down(members: Iterable[MemberResult]) -> tuple[str, ...]:
    """The base URLs of the members that gave no answer (``first_accepting``'s ``last``)."""
    return tuple(m.url for m in members if not m.ok)


def not_one_cluster(members: Sequence[MemberResult]) -> bool:
    """Whether several configured members are not one Alertmanager cluster: one of them says
    that its clustering is disabled (``/api/v2/status`` ``cluster.status``), so each holds only
    the alerts sent to it, and their silences are not shared."""
    return len(members) > 1 and any(m.status is not None and m.status.cluster.status == "disabled" for m in members)


def main_error(failures: Sequence[tuple[str, AlertmanagerError]]) -> AlertmanagerError:
    """The error to report when every member failed (``failures``: each one's base URL and
    error, in order): credentials first (the engineer can fix them), then TLS, else the first
    member's; with more than one member, it carries them all in ``members``, so that each
    one's reason can be named (review 38 F15)."""
    errors = [error for _url, error in failures]
    chosen = next((error for kind in (CredentialsNeeded, TlsError) for error in errors if isinstance(error, kind)),
                  errors[0])
    if len(failures) > 1:
        chosen.members = tuple(failures)
    return chosen


#: Seconds a member that gave no answer while another did is given at the next polls (until it
#: answers again): a hung member delayed every poll of the cluster by its whole request timeout
#: (review 29: 13 s between polls of 3 s; review 31: still 5 s with a 2-second probe). Every
#: ``FULL_EVERY``-th poll it has its whole timeout, so that a member slower than this, but alive,
#: is found again.
PROBE_S = 1.0
FULL_EVERY = 10


def _passed_over(error: BaseException) -> bool:
    """Whether a member failing with ``error`` is passed over for the next one: it did not answer,
    or answered with a server error (5xx) or asked to slow down (``slow_down.server_side``). A refusal, or an unreadable answer to an accepted
    request, is final (every member would do alike, or it may have been done)."""
    return isinstance(error, Unreachable) or server_side(error)


class ClusterClient:
    """Talks to every member of one Alertmanager cluster (one ``AlertmanagerClient`` each,
    owned by this object).

    Args:
        clients: one client per member, the preferred member first (silences go there first).
    """

    def __init__(self, clients: Sequence[AlertmanagerClient]) -> None:
        if not clients:
            raise ValueError("a cluster needs at least one member")
        self.clients = tuple(clients)
        self._hung: dict[str, int] = {}  # base URL -> polls since it gave no answer while another did
        # the members that are the same Alertmanager as one before them (``ClusterPoll.aliases``), as
        # the last poll found: asked their status only, and left out of the writes and reads
        self.aliases: dict[str, str] = {}
        #: why the members carry no credentials though the settings name a login: the keyring's
        #: failure (an exception, without traceback), set by whoever opened them (``connect``); None
        #: when they carry them or none are named. A write refused 401/403 is then that.
        self.login_unread: Exception | None = None

    @property
    def urls(self) -> tuple[str, ...]:
        """The members' base URLs, in order."""
        return tuple(c.base_url for c in self.clients)

    @property
    def base_url(self) -> str:
        """The first member's URL (the one links open)."""
        return self.clients[0].base_url

    def close(self) -> None:
        """Close every member's connection pool. Safe to call twice."""
        for client in self.clients:
            client.close()

    def cut(self) -> None:
        """Cut every member's connections now, from any thread (``AlertmanagerClient.cut``)."""
        for client in self.clients:
            client.cut()

    def __enter__(self) -> ClusterClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def poll(self, query: AlertQuery = AlertQuery(),
             want_status: bool | Callable[[str], bool] = False) -> ClusterPoll:
        """Ask every member, in parallel, for its alerts and silences (and its status where
        ``want_status`` says so, given the member's URL); merge. A member that is the same
        Alertmanager as one before it (``aliases``) is left out. Never raises
        ``AlertmanagerError``."""
        wanted = want_status if callable(want_status) else (lambda _url: want_status)
        known = self.aliases  # both asked their status, to see that they still are one
        outcomes = run_parallel([lambda c=c: self._ask(
            c, query, wanted(c.base_url) or c.base_url in known or c.base_url in known.values(), self._deadline(c),
            only_status=c.base_url in known) for c in self.clients])
        self._note_hung(outcomes)
        self._find_aliases(query, outcomes, known)
        members, alert_lists, silence_lists, failures, inhibited_lists = [], [], [], [], []
        by_member: dict[str, tuple[list[Alert], list[Silence]]] = {}
        status = None
        for client, outcome in zip(self.clients, outcomes):
            if client.base_url in self.aliases:
                continue
            if isinstance(outcome, AlertmanagerError):
                members.append(MemberResult(client.base_url, outcome))
                failures.append((client.base_url, outcome))
                continue
            if isinstance(outcome, BaseException):
                raise outcome  # a bug, not a network failure: let it show
            member_status, alerts, silences = outcome
            inhibited_lists.append(getattr(alerts, "inhibited", ()))
            members.append(MemberResult(client.base_url, None, member_status, len(alerts)))
            alert_lists.append(alerts)
            by_member[client.base_url] = (alerts, silences)
            silence_lists.append(silences)
            status = status or member_status
        if not alert_lists:
            return ClusterPoll(None, [], tuple(members), None, main_error(failures), aliases=dict(self.aliases))
        alerts = alert_lists[0] if len(alert_lists) == 1 else merge_alerts(alert_lists)
        silences = silence_lists[0] if len(silence_lists) == 1 else merge_silences(silence_lists)
        unreadable = tuple(dict.fromkeys(line for one in alert_lists for line in getattr(one, "unreadable", ())))
        odd = tuple(dict.fromkeys(line for one in silence_lists for line in getattr(one, "unreadable", ())))
        return ClusterPoll(alerts, silences, tuple(members), status, by_member=by_member, unreadable=unreadable,
                           unreadable_silences=odd,
                           inhibited=merge_inhibited(inhibited_lists, alerts) if inhibited_lists else None,
                           aliases=dict(self.aliases))

    def _find_aliases(self, query: AlertQuery, outcomes: list, known: Mapping[str, str]) -> None:
        """``aliases`` from the statuses of ``outcomes`` (each member's ``_ask``, in order; a
        member that gave none, or whose first did not, is no alias); a member ``known`` as one
        before, asked its status only, that is none now (its first did not answer, or is
        another Alertmanager now) is asked the rest at once, its answer put in ``outcomes``."""
        answers = {c.base_url: o for c, o in zip(self.clients, outcomes) if isinstance(o, tuple) and o[0] is not None}
        found = find_aliases(self.urls, {url: o[0] for url, o in answers.items()}, known,
                             {url: (o[1], o[2]) for url, o in answers.items() if url not in known})
        for new in found.keys() - self.aliases.keys():
            log.warning("%s is the same Alertmanager as %s: it is polled and written to once", new, found[new])
        self.aliases = found
        for index, client in enumerate(self.clients):
            if client.base_url in known and client.base_url not in found and isinstance(outcomes[index], tuple):
                try:
                    outcomes[index] = self._ask(client, query, True)
                except AlertmanagerError as exc:
                    outcomes[index] = exc

    @staticmethod
    def _ask(client: AlertmanagerClient, query: AlertQuery, with_status: bool, deadline: float | None = None,
             only_status: bool = False):
        """One member's status (if ``with_status``), alerts and silences (none asked when
        ``only_status``); each request within ``deadline`` seconds when given (a hung member's
        probe), else the client's timeout."""
        saved = client.timeout
        if deadline is not None:
            client.timeout = min(saved, deadline)
        try:
            status = client.status() if with_status else None
            if only_status:
                return status, [], []
            alerts = client.alerts(query)
            silences = client.silences()  # after the alerts: every silencedBy ID is among them
        finally:
            client.timeout = saved
        return status, alerts, silences

    def _deadline(self, client: AlertmanagerClient) -> float | None:
        """``PROBE_S`` for a member that hung at the last polls, but every ``FULL_EVERY``-th of
        them; None (its whole timeout) otherwise."""
        polls = self._hung.get(client.base_url)
        return PROBE_S if polls is not None and polls % FULL_EVERY else None

    def _note_hung(self, outcomes: Sequence[object]) -> None:
        """Count the polls of each member that did not answer while another did; forget those
        that answered (or when none did: then nothing waits on a member for the others)."""
        answered = any(not isinstance(o, BaseException) for o in outcomes)
        for client, outcome in zip(self.clients, outcomes):
            if answered and isinstance(outcome, Unreachable):
                self._hung[client.base_url] = self._hung.get(client.base_url, 0) + 1
            else:
                self._hung.pop(client.base_url, None)

    def silences_everywhere(self) -> list[Silence]:
        """The silences of every member that answers, read in parallel and de-duplicated by ID
        (``merge_silences``): a silence made on a member a moment ago, or on one of Alertmanagers
        that are not one cluster, is not on the first member (a command's ``ack`` would otherwise
        make a second acknowledgement). As in ``poll``, a member that fails is left out while
        another answers; members that gave no answer before are not waited for while another is
        there to ask (as ``first_accepting``).

        Raises:
            AlertmanagerError: no member answered (``main_error``: each one's reason).
        """
        asked = [c for c in self.clients if c.base_url not in self._hung and c.base_url not in self.aliases] \
            or list(self.clients)
        answers = run_parallel([lambda c=client: c.silences() for client in asked])
        found, failures = [], []
        for client, answer in zip(asked, answers):
            if isinstance(answer, AlertmanagerError):
                failures.append((client.base_url, answer))
            elif isinstance(answer, BaseException):
                raise answer  # a bug, not a network failure: let it show
            else:
                found.append(answer)
        if not found:
            raise main_error(failures)
        return merge_silences(found)

    def silence_everywhere(self, silence_id: str, last: Collection[str] = ()) -> list[tuple[str, Silence]]:
        """The silence as every member that answers holds it, (base URL, silence) in the members'
        order, read in parallel: a change made on one member a moment ago has not reached the
        others by gossip yet (review 41 F1: an extension worked out from the first member's
        version overwrote a colleague's change made on the other). The members known not to
        answer (``last``, and those that gave no answer before: as ``first_accepting``) are not
        waited for while another member is there to ask.

        Raises:
            ValueError: ``silence_id`` is not a UUID. NotFound: no member holds it (a member
                that does not is left out: gossip has not brought it there yet).
                AlertmanagerError: no member answered (``main_error``), or one refused.
        """
        down = set(last).union(self._hung, self.aliases)  # an alias: its first is asked
        asked = [c for c in self.clients if c.base_url not in down] or list(self.clients)
        answers = run_parallel([lambda c=client: c.get_silence(silence_id) for client in asked])
        found, failures, unknown = [], [], []
        for client, answer in zip(asked, answers):
            if isinstance(answer, Silence):
                found.append((client.base_url, answer))
            elif isinstance(answer, NotFound):  # not there yet (a silence made a moment ago elsewhere)
                unknown.append(answer)
            elif _passed_over(answer):
                failures.append((client.base_url, answer))
            elif isinstance(answer, BaseException):
                raise answer
        if not found:
            raise unknown[0] if unknown else main_error(failures)
        return found

    def first_accepting(self, action: Callable[[AlertmanagerClient], T],
                        last: Collection[str] = ()) -> tuple[str, T]:
        """Run ``action`` (a write, such as creating a silence) on the members in order until
        one accepts it; returns (that member's URL, the action's result).

        The members known not to answer go last: those in ``last`` (base URLs: the tray's last
        poll found them down) and those that gave no answer before to this object (a poll, an
        earlier call: a command's read before its write); so do ``aliases`` (their first is tried). Review 32: with the first member hung,
        ``oncall-tray ack`` waited for it three times, 40 s, and failed on the silence it might
        have made there.

        A member that cannot be reached or answers with a server error (5xx) is skipped; a
        refusal (``Refused``, ``CredentialsNeeded``) is final, since every member would refuse
        alike, and so is an unreadable answer to an accepted request (it may have been done).
        So is ``OutcomeUnknown`` (a new silence sent to a member that then did not answer: it
        may exist there, and sending it to the next member could make a second one);
        ``create_silence`` raises a plain ``Unreachable`` only once that member's silences
        showed it was not created, and an ``OutcomeUnknown`` after a proxy's 504 it did not
        find (code review 82A AY8: Alertmanager may make it yet).

        Raises:
            AlertmanagerError: the refusal, or ``main_error``'s when none answered. Either carries
                every member's failure in ``members`` (base URL, error) when more than one was
                tried, so that one judgement (``errors.surely_not_done``) sees them all: a member
                passed over after a 504 may have done the write (code review 82A AY1: a 404 of
                the next member withdrew the ask of an expire made on the first).
        """
        failures: list[tuple[str, AlertmanagerError]] = []
        down = set(last).union(self._hung, self.aliases)
        for client in sorted(self.clients, key=lambda c: c.base_url in down):  # stable: the order kept
            try:
                return client.base_url, action(client)
            except AlertmanagerError as exc:
                if not _passed_over(exc):
                    if failures:  # the members passed over count too (a 504: it may have been done there)
                        exc.members = (*failures, (client.base_url, exc))
                    raise
                if isinstance(exc, Unreachable):
                    self._hung.setdefault(client.base_url, 0)  # not first again (a poll forgets it once it answers)
                failures.append((client.base_url, exc))
        raise main_error(failures)

    def on_each(self, action: Callable[[AlertmanagerClient], T],
                members: Collection[str]) -> tuple[list[tuple[str, T]], list[tuple[str, AlertmanagerError]]]:
        """Run ``action`` (a write: a new silence) on each member of ``members`` (base URLs; the
        others are left out), in the configured order, each one tried: for Alertmanagers that are
        not one cluster (``not_one_cluster``), where a silence stays on the member it is made on,
        an acknowledgement goes to each that holds the alert, not the first that answers (which
        may not hold it: the alert kept firing there). Returns (each member's URL and the action's
        result where it was done, each member's URL and error where it failed).

        Raises:
            AlertmanagerError: it was done on none of them (``main_error``; its ``members``: each
                one's URL and error, one member's too).
        """
        made: list[tuple[str, T]] = []
        failures: list[tuple[str, AlertmanagerError]] = []
        # an alias of a member among them: the same Alertmanager, written to once (review 61 W9)
        for client in (c for c in self.clients if c.base_url in members and self.aliases.get(c.base_url) not in members):
            try:
                made.append((client.base_url, action(client)))
            except AlertmanagerError as exc:
                failures.append((client.base_url, exc))
        if not made:
            if not failures:
                raise NotFound("", "none of the members " + ", ".join(members))
            chosen = main_error(failures)
            chosen.members = tuple(failures)  # which member failed, named even when one (a silence's holder)
            raise chosen
        return made, failures
