"""What the subcommands share: exit codes, messages on stderr, the translator, the client,
durations typed on the command line, and asking for confirmation."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator, Sequence
from typing import NoReturn

from ..alertmanager.client import AlertQuery
from ..alertmanager.cluster import ClusterClient, ClusterPoll, members_down
from ..alertmanager.errors import AlertmanagerError, CredentialsNeeded, NotFound, OutcomeUnknown, Refused
from ..alertmanager.models import Alert, PostableSilence, Silence
from ..alertmanager.slow_down import SlowDown
from ..config import Config, LoadedConfig
from ..connect import connect, describe_error, keyring_failed, watches_its_own_url
from ..core.durations import DurationTooLong, parse_duration
from ..core.lookup import MIN_PREFIX, AmbiguousFingerprint, PrefixTooShort
from ..core.silencing import length_problem
from ..i18n import Translate, resolve_language, translator
from ..secrets import SecretStore, SecretStoreError
from ..terminal_text import ascii_json, json_text, visible

#: Design notes, "Command line": 0 success, 1 usage or validation error, 2 Alertmanager
#: unreachable or refused.
EXIT_OK, EXIT_USAGE, EXIT_UNREACHABLE = 0, 1, 2

_YES = ("y", "yes", "s", "sim")


def out(text: object = "", end: str = "\n") -> None:
    """Human-readable output on stdout: every command's text goes through here, with control
    characters (from alert labels, annotations, silence comments...) shown escaped
    (``terminal_text.visible``; tab and newline kept)."""
    print(visible(str(text), multiline=True), end=end)


def out_json(document: str) -> None:
    """A ``--json`` document on stdout: the same values, no raw character a terminal acts on
    (``terminal_text.json_text``); all ASCII where stdout cannot encode the rest
    (``terminal_text.ascii_json``), so that it stays valid JSON."""
    text = json_text(document)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = ascii_json(text)
    print(text)


def error(message: str) -> None:
    """One line on stderr, prefixed with the program's name; control characters shown escaped
    (an Alertmanager's refusal message, an alert name quoted in it...)."""
    print(visible(f"oncall-tray: {message}", multiline=True), file=sys.stderr)


def warn_problems(loaded: LoadedConfig) -> None:
    """Tell about faults in the settings file (the defaults apply to those keys), in the
    configured language."""
    tr = tr_for(loaded)
    for problem in loaded.problems:
        # a file that cannot be read at all: every setting is the default, the Alertmanager URL too (review 32)
        line = tr("cli", "%1: %2 (every setting has its default)") if problem.kind == "file" else \
            tr("cli", "%1: %2 (using the default)") if problem.uses_default else "%1: %2"
        error(line.replace("%1", str(loaded.path)).replace("%2", problem.text(tr)))


def tr_for(loaded: LoadedConfig) -> Translate:
    """The translator for the configured (or system) language."""
    return translator(resolve_language(loaded.config.language))


class FirstAnswering:
    """The client calls the commands make. Reads of alerts and silences go to every member
    that answers, merged: a cluster gossips silences, not alerts, so an alert Prometheus sent to
    one member alone is found through that member (``ack``, ``trend`` found none through the
    first). The others, each a write or a silence by ID, are sent to the members in order until
    one answers (a member down or failing with 5xx is skipped, and one that gave no answer to the
    reads goes last, as the tray's acknowledgement sends it; a refusal is final): with an HA
    cluster, a dead first member does not stop the engineer (design notes: create a silence on
    one member only)."""

    def __init__(self, cluster: ClusterClient) -> None:
        self._cluster = cluster

    @property
    def cluster(self) -> ClusterClient:
        """Every member's client (for ``alertmanager.holders``: a change sent where a silence lives)."""
        return self._cluster

    def _first(self, name: str, *args, **kwargs):
        _url, result = self._cluster.first_accepting(lambda client: getattr(client, name)(*args, **kwargs))
        return result

    def alerts(self, query: AlertQuery) -> list[Alert]:
        """The alerts of every member that answers, merged (``alerts_everywhere``)."""
        return self.alerts_everywhere(query)[0]

    def alerts_everywhere(self, query: AlertQuery) -> tuple[list[Alert], tuple[str, ...]]:
        """The alerts of every member that answers, merged (a cluster gossips silences, not
        alerts: the first member's may lack those Prometheus sent to another alone, review 56
        P8), and the URLs of the members that do not answer. Raises the poll's
        ``AlertmanagerError`` when none answers."""
        polled = self.polled(query, with_status=False)
        return polled.alerts, members_down(polled.members)

    def polled(self, query: AlertQuery, with_status: bool = True) -> ClusterPoll:
        """Every member that answers: its status (``with_status``: whether the members are one
        cluster, ``not_one_cluster``; asked only of several members: one member is its own
        cluster, and a proxy that serves no status, or garbage there, does not stop a command that
        did not need it), alerts and silences, merged (``ClusterClient.poll``). Raises the poll's
        ``AlertmanagerError`` when none answers."""
        polled = self._cluster.poll(query, want_status=with_status and len(self._cluster.clients) > 1)
        if polled.alerts is None:
            raise polled.error
        return polled

    def silences(self) -> list[Silence]:
        """The silences of every member that answers, one per ID (``ClusterClient.silences_everywhere``)."""
        return self._cluster.silences_everywhere()

    def get_silence(self, *args, **kwargs):
        """``AlertmanagerClient.get_silence`` on the first member that answers."""
        return self._first("get_silence", *args, **kwargs)

    def create_silence(self, *args, **kwargs):
        """``AlertmanagerClient.create_silence`` on the first member that accepts it."""
        return self._first("create_silence", *args, **kwargs)

    def create_silence_on(self, members: Sequence[str], draft: PostableSilence):
        """``AlertmanagerClient.create_silence`` on each of ``members`` (``ClusterClient.on_each``):
        ([(URL, silence ID)], [(URL, error)])."""
        return self._cluster.on_each(lambda client: client.create_silence(draft), members)

    def update_silence(self, *args, **kwargs):
        """``AlertmanagerClient.update_silence`` on the first member that accepts it."""
        return self._first("update_silence", *args, **kwargs)

    def expire_silence(self, *args, **kwargs):
        """``AlertmanagerClient.expire_silence`` on the first member that accepts it."""
        return self._first("expire_silence", *args, **kwargs)

    def silence_everywhere(self, silence_id: str):
        """``ClusterClient.silence_everywhere``: the silence as every member that answers holds it."""
        return self._cluster.silence_everywhere(silence_id)


#: How long a command waits for the answer to a locked keyring's unlock prompt, in seconds
#: (review 23: a prompt that could not be shown left ``status`` waiting for over 10 minutes).
UNLOCK_WAIT_S = 120


def waiting_store(config: Config) -> SecretStore:
    """The system keyring for a command: before the desktop's unlock prompt of a locked keyring,
    a line on stderr says what the command waits for (review 19: ``status`` waited 10 minutes
    on the prompt without a word), and so does one before the desktop's prompt that creates a
    keyring where there is none yet (fresh-user review 71 AP4: ``login --password-stdin`` said
    nothing for 76 s); it waits ``UNLOCK_WAIT_S`` at most: then the keyring is
    taken as locked (``connect`` goes on without credentials where Alertmanager asks none).
    Once found locked, it is not asked again (``SecretStore(once=True)``): one command, one
    prompt (review 46 F2). ``cli.main`` makes one per command (``LoadedConfig.store``, see
    ``keyring_of``)."""
    tr = translator(resolve_language(config.language))
    return SecretStore(on_locked=lambda: error(tr("cli", "The keyring is locked: waiting for it to be unlocked "
                                                         "(the desktop asks for its password; at most %1 s)…").replace(
        "%1", str(UNLOCK_WAIT_S))), unlock_wait_s=UNLOCK_WAIT_S, once=True,
        on_create=lambda: error(tr("cli", "The keyring is not set up yet: waiting for the desktop's prompt to create "
                                          "it (answer it on your desktop; at most %1 s)…").replace(
            "%1", str(UNLOCK_WAIT_S))))


def keyring_of(loaded: LoadedConfig) -> SecretStore:
    """The command's keyring: the one ``cli.main`` opened for it (``loaded.store``, which also
    read the login recorded for an ``--alertmanager`` address), else a new ``waiting_store``."""
    return loaded.store if isinstance(loaded.store, SecretStore) else waiting_store(loaded.config)


@contextlib.contextmanager
def open_client(config: Config, store: SecretStore | None = None) -> Iterator[FirstAnswering]:
    """The configured Alertmanager (every member of a cluster), with the settings' TLS, proxy
    and credentials from the keyring (``store``, default a new ``waiting_store``: pass the
    command's, ``keyring_of``); each call goes to the first member that answers; closed on
    leaving.

    Raises:
        AlertmanagerError: credentials cannot be read (locked keyring) or the TLS settings are
            unusable; ``cli.main`` reports it like any failed request (exit 2).
    """
    cluster = connect(config, store or waiting_store(config))
    try:
        yield FirstAnswering(cluster)
    finally:
        cluster.close()


def alertmanager_failed(exc: AlertmanagerError, loaded: LoadedConfig, tr: Translate) -> int:
    """Report a failed request to ``loaded``'s Alertmanager on stderr and return the exit code:
    1 for a silence ID that Alertmanager does not know (a usage error, like an unknown
    fingerprint), else 2. A refusal shows Alertmanager's own message as it sent it; anything
    else the reason and the URL."""
    url = loaded.config.alertmanager_url
    if isinstance(exc, OutcomeUnknown):  # a silence (ack) that may exist: never "failed"
        if exc.check is None:  # taken (2xx), its answer unreadable, not found afterwards (review 65 T3)
            error(tr("cli", "Alertmanager took the silence, but its answer could not be read (%1), and the silence "
                            "is not among its silences: it may have been made. Look with 'oncall-tray silence "
                            "list' before trying again.").replace("%1", describe_error(exc.first, tr)))
            return EXIT_UNREACHABLE
        error(tr("cli", "Unknown whether the silence was created: %1. Alertmanager could not be asked afterwards "
                        "either (%2). Look with 'oncall-tray silence list' before trying again.")
              .replace("%1", describe_error(exc.first, tr)).replace("%2", describe_error(exc.check, tr)))
        return EXIT_UNREACHABLE
    if isinstance(exc, NotFound):
        detail = f": {exc.body}" if exc.body else ""
        error(tr("cli", "Alertmanager has no such silence (HTTP 404)") + detail)
        return EXIT_USAGE
    elif isinstance(exc, Refused):
        error(tr("cli", "Alertmanager refused (HTTP %1): %2").replace("%1", str(exc.status))
              .replace("%2", exc.body or exc.reason))
    else:
        error(failure_line(exc, url, tr) + credentials_hint(exc, loaded, tr))
    return EXIT_UNREACHABLE


def failure_line(exc: AlertmanagerError, url: str, tr: Translate) -> str:
    """The one line that says why ``url``'s Alertmanager could not be used: "Alertmanager
    unreachable or refused: URL: reason" (with every member of a cluster down, "URL: reason"
    for each, ``AlertmanagerError.members``), or, when the keyring could not give the credentials,
    "Cannot read the saved credentials: URL: reason" (review 17: the keyring's failure is not
    Alertmanager's); "Alertmanager cannot be read now: ..." when it asked to slow down (code
    review 81 AX2: neither unreachable nor refused)."""
    lead = tr("cli", "Cannot read the saved credentials") if keyring_failed(exc) \
        else tr("cli", "Alertmanager cannot be read now") if isinstance(exc, SlowDown) \
        else tr("cli", "Alertmanager unreachable or refused")
    if len(exc.members) > 1:  # every member of a cluster: each one's reason (review 38 F15: the first's only)
        return f"{lead}: " + "; ".join(f"{member}: {describe_error(error, tr)}" for member, error in exc.members)
    # the member that answered so, not the first one (review 39: a 401 of the second was the first's)
    member = exc.url.split("/api/v2/", 1)[0] if "/api/v2/" in (exc.url or "") else url
    return f"{lead}: {member}: {describe_error(exc, tr)}"


def credentials_hint(exc: AlertmanagerError, loaded: LoadedConfig, tr: Translate) -> str:
    """What to do about ``exc`` when Alertmanager wants credentials, as " (...)" to append: store
    them with ``oncall-tray login`` (``--alertmanager URL login`` for an Alertmanager other than
    the settings'), or, where no keyring can keep them, say so; "" for other errors and for a
    keyring that is locked or failed (its reason already says what to do). When this command
    found the keyring locked (``SecretStore.locked_reason``) and Alertmanager refused what was
    sent without the login (a proxy that asks it only of writes), a sentence to append instead:
    the saved login is in the locked keyring (code review 67 AC6: "store them with: oncall-tray
    login", where ``login`` meets the same locked keyring)."""
    if not isinstance(exc, CredentialsNeeded) or isinstance(exc.__cause__, SecretStoreError):
        return ""
    store = keyring_of(loaded)
    if store.locked_reason is not None:
        return ". " + tr("cli", "The saved credentials are in a locked keyring: unlock it and run the command again.")
    if not store.persistent:
        return f" ({tr('cli', 'oncall-tray login cannot store them here: %1').replace('%1', store.unavailable_text(tr))})"
    if watches_its_own_url(loaded):
        command = f"oncall-tray --alertmanager {loaded.config.alertmanager_url} login"
        return f" ({tr('cli', 'store them with: %1').replace('%1', command)})"
    return f" ({tr('cli', 'store them with: oncall-tray login')})"


def duration_arg(text: str, tr: Translate) -> dt.timedelta | None:
    """``text`` parsed as a duration (``15m``, ``1h30m``, ``24h``) that ``core.silencing.length_problem`` takes,
    or None after saying why (every ``--duration`` is how long a silence lasts, or how much
    longer)."""
    try:
        duration = parse_duration(text)
    except DurationTooLong:  # review 35: a traceback (8000y), where 25h is refused in words
        duration = None
    except ValueError:
        error(tr("cli", "Invalid duration %1: use a whole number and a unit (ms, s, m, h, d, w, y), "
                        "largest first, such as 15m, 1h30m or 24h.").replace("%1", repr(text)))
        return None
    problem = length_problem(text, duration)  # as typed (review 42 F10: "1y" was said "8760h")
    if problem is not None:
        error(f"--duration {problem.text(tr)} " + tr("cli", "Nothing was sent to Alertmanager."))
        return None
    return duration


class Cancelled(KeyboardInterrupt):
    """Ctrl-C after which the command has said on stderr what it means (``interrupted``):
    ``cli.main`` exits 130 without another line."""


def interrupted(said: str) -> NoReturn:
    """After Ctrl-C: ``said`` on its own line (after the terminal's "^C"), then ``Cancelled``.

    Raises:
        Cancelled: always.
    """
    print(file=sys.stderr)
    error(said)
    raise Cancelled from None


@contextlib.contextmanager
def sending(said: str) -> Iterator[None]:
    """Around a request that changes Alertmanager (a silence created, extended or expired):
    Ctrl-C while it is in flight says ``said``: that the outcome is unknown, as after no answer
    in time, and how to look (review 38 F6: an empty line said nothing).

    Raises:
        Cancelled: Ctrl-C during the request (said).
    """
    try:
        yield
    except Cancelled:
        raise
    except KeyboardInterrupt:
        interrupted(said)


def confirm(question: str, tr: Translate, assume_yes: bool) -> bool:
    """Ask ``question`` on a terminal; without one, only ``--yes`` (``assume_yes``) confirms.

    Returns True to go on; on False the reason has been printed.

    Raises:
        Cancelled: Ctrl-C at the question (said: nothing was sent).
    """
    if assume_yes:
        return True
    if not sys.stdin or not sys.stdin.isatty():
        error(question)
        error(tr("cli", "Confirmation needed: run again with --yes to go ahead."))
        return False
    print(visible(question, multiline=True), file=sys.stderr)
    print(tr("cli", "Go ahead? [y/N] "), end="", file=sys.stderr, flush=True)
    try:
        answer = sys.stdin.readline()  # "" at end of input: no
    except KeyboardInterrupt:  # review 38 F6: Ctrl-C said nothing, where "n" said this
        interrupted(tr("cli", "Cancelled; nothing was sent."))
    if answer.strip().lower() in _YES:
        return True
    error(tr("cli", "Cancelled; nothing was sent."))
    return False


def fingerprint_not_found(exc: LookupError, text: str, tr: Translate) -> int:
    """Say why ``find_alert`` found no one alert for ``text`` (``ack``, ``escalate``); returns
    ``EXIT_USAGE``."""
    if isinstance(exc, AmbiguousFingerprint):
        error(tr("cli", "%1 matches several alerts; give more characters:").replace("%1", repr(text)))
        for alert in exc.candidates:
            error(f"  {alert.fingerprint}  {visible(alert.alertname)}")
    elif isinstance(exc, PrefixTooShort):
        error(tr("cli", "%1 is too short: give the fingerprint or at least its first %2 characters.")
              .replace("%1", repr(text)).replace("%2", str(MIN_PREFIX)))
    else:
        error(tr("cli", "No current alert has the fingerprint %1 (see: oncall-tray status).").replace("%1", repr(text)))
    return EXIT_USAGE
