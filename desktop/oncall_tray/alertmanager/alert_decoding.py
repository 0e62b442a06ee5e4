"""Decoding ``GET /api/v2/alerts`` for a poller that asks again and again (no Qt).

A poll of 10,000 alerts is a 10 MB body that decodes to about 20 MiB of objects. Between two
polls most alerts do not change at all, so ``RepeatDecoder`` decodes only the elements whose JSON
text it has not seen in the previous body and gives back the previous poll's ``Alert`` for the
others: less work for the poller, no 20 MiB of fresh copies per poll for the allocator to
scatter, and successive snapshots that share their alerts. It also decodes in chunks with a
pause between them, so that a GUI thread waiting for the GIL is never held up for long.

Within one body, the alerts it decodes also share equal values (``job="node"`` in 10,000 label
sets is one string, not 10,000; likewise the status of every unsilenced alert, the receivers,
the ``generatorURL`` of a rule, equal timestamps): about 45 % of their memory.

An element that is not an alert of the API's shape (a proxy or a fork that changed one field)
is left out with its reason in ``AlertList.unreadable``, so that one odd alert does not hide
every other: only an answer none of whose elements can be read fails whole.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Iterable, Sequence

import msgspec
from msgspec.structs import force_setattr

from .models import Alert

_ALERTS = msgspec.json.Decoder(list[Alert])
_ALERT = msgspec.json.Decoder(Alert)
ELEMENTS = msgspec.json.Decoder(list[msgspec.Raw])  # (also ``silence_decoding``'s)
#: Alerts decoded between two pauses (about 5 ms of work each).
CHUNK = 400


def _digest(element: msgspec.Raw) -> bytes:
    """128-bit BLAKE2b of an element's JSON text: a key that stands for the text (no collision
    in practice) without keeping the text itself alive."""
    return hashlib.blake2b(element, digest_size=16).digest()


def share_values(alerts: Iterable[Alert], shared: dict) -> None:
    """Replace, in freshly decoded ``alerts`` (that nothing else holds yet), every label and
    annotation value, status, receiver list, ``generatorURL`` and timestamp by the first equal
    one in ``shared`` (value -> itself; filled as it goes). The alerts compare equal as before."""
    for alert in alerts:
        for mapping in (alert.labels, alert.annotations):
            for key, value in mapping.items():
                mapping[key] = shared.setdefault(value, value)
        for name in ("status", "receivers", "generator_url", "starts_at", "ends_at", "updated_at"):
            value = getattr(alert, name)
            if value is not None:
                force_setattr(alert, name, shared.setdefault(value, value))


class AlertList(list):
    """The ``Alert`` objects decoded from one answer, in its order (a ``list``), with

    Attributes:
        inhibited: the alerts of the answer another alert inhibits and no silence mutes, left
            out of the list (``inhibited_apart``).
        unreadable: one line per element that is not an alert of the API's shape, in the
            answer's order: its name (``alertname``, else ``fingerprint``, else "#N", N counted
            from 1), then the decoder's reason with the element's place in the answer, as
            ``BadResponse`` words it ("CPUHot: JSON of the wrong shape: Expected `str`, got
            `int` - at `$[3].labels["team"]`"; ``reasons.translate_reason`` puts it in the
            engineer's language). Such an element is left out, unless an earlier answer to the
            same decoder gave its fingerprint readable: that alert is then in the list as last
            read, and its line ends with " (kept as last read)". Then one line per alert left
            out because an earlier one of the answer has its fingerprint ("DupFP: the same
            fingerprint as another alert of the answer: deadbeefdeadbeef").
    """

    unreadable: tuple[str, ...] = ()
    inhibited: tuple = ()  # of ``Alert``: set apart by ``inhibited_apart``


def inhibited_apart(alerts: AlertList) -> AlertList:
    """``alerts`` less those another alert inhibits and no silence mutes (an ``inhibitedBy``, no
    ``silencedBy``), which are its ``inhibited`` (Q6: shown apart, by what inhibits them). One
    both inhibited and silenced stays in the list, shown as silenced (acknowledged) like the
    others: someone muted it, and it must not vanish as if it had resolved. ``alerts`` itself
    when none is inhibited."""
    behind = [alert for alert in alerts if alert.status.inhibited_by and not alert.status.silenced_by]
    if not behind:
        return alerts
    shown = AlertList(alert for alert in alerts if not alert.status.inhibited_by or alert.status.silenced_by)
    shown.unreadable, shown.inhibited = alerts.unreadable, tuple(behind)
    return shown


def with_inhibited(alerts: Sequence[Alert]) -> list[Alert]:
    """Every alert of ``alerts`` (an ``AlertList``, or a plain list as held), those set apart as
    inhibited (``AlertList.inhibited``) last: what a member holds, for what is kept of it while
    it is down or restarting, and for who lists what (code review 83 BA1: the inhibited were
    left out, and said "Resolved" after a restart)."""
    behind = getattr(alerts, "inhibited", ())
    return [*alerts, *behind] if behind else list(alerts)


def placed(detail: str, index: int) -> str:
    """msgspec's message about one element, with the element's place in the whole answer."""
    if " - at `$" in detail:
        return detail.replace(" - at `$", f" - at `$[{index}]", 1)
    return f"{detail} - at `$[{index}]`"


def _named_key(detail: str, element: msgspec.Raw) -> str:
    """msgspec's message with the key it leaves unnamed ("`$.labels[...]`") named as in the
    element ("`$.labels[\"team\"]`"): the first key of that object whose value is not a string
    (every object of an alert maps strings to strings). The message as it was when its path
    has no such key or the element has none (review 23)."""
    match = re.search(r" - at `\$((?:\.\w+)+)\[\.\.\.\]`", detail)
    if match is None:
        return detail
    value: object = fields_of(element)
    for field in match[1].split(".")[1:]:
        value = value.get(field) if isinstance(value, dict) else None
    if not isinstance(value, dict):
        return detail
    key = next((k for k, v in value.items() if not isinstance(v, str)), None)
    if key is None:
        return detail
    return detail.replace("[...]`", f"[{json.dumps(key, ensure_ascii=False)[:80]}]`", 1)


def fields_of(element: msgspec.Raw) -> dict:
    """An element that is not an alert (or a silence) as plain JSON (its fields; {} when not an
    object)."""
    try:
        data = msgspec.json.decode(element)
    except (msgspec.DecodeError, RecursionError):  # the elements were parsed as JSON already, but one
        # may be nested deeper than a decoder started deeper in the stack goes (review 65 T2)
        data = None
    return data if isinstance(data, dict) else {}


def unreadable_line(name: str, reason: str) -> str:
    """The line that names an element not of the API's shape: "name: JSON of the wrong shape:
    reason" (``reason``: the decoder's, ``placed``), as ``BadResponse`` words it."""
    return f"{name}: JSON of the wrong shape: {reason}"


def _name(element: msgspec.Raw, index: int) -> str:
    """What to call an element that is not an alert: its ``alertname`` label, else its
    ``fingerprint``, else "#N" (its position, from 1)."""
    data = fields_of(element)
    if data:
        labels = data.get("labels")
        alertname = labels.get("alertname") if isinstance(labels, dict) else None
        for name in (alertname, data.get("fingerprint")):
            if isinstance(name, str) and name.strip():
                return name.strip()[:80]
    return f"#{index + 1}"


def _decode_each(elements: list[msgspec.Raw], part: list[int], unreadable: dict[int, str]) -> list[Alert | None]:
    """The alerts at ``part`` (indexes in ``elements``) one by one: None for each that is not
    an alert, whose reason goes into ``unreadable`` (index -> the decoder's message, placed)."""
    decoded: list[Alert | None] = []
    for i in part:
        try:
            decoded.append(_ALERT.decode(elements[i]))
        except msgspec.ValidationError as exc:
            unreadable[i] = placed(_named_key(str(exc), elements[i]), i)
            decoded.append(None)
    return decoded


def _first_of_each(alerts: Iterable[Alert | None], lines: list[str]) -> list[Alert]:
    """The alerts, each fingerprint once, in the answer's order: of alerts that share one, an
    active one is kept rather than a silenced one (as an HA cluster's merge does), else the
    first; each other is left out with a line in ``lines``, those named otherwise than the one
    kept first (Alertmanager never sends two; a proxy or a fork that merges answers might:
    review 24 saw "-1 acknowledged", and counts of 12 and 11 at once; review 26, the line
    named the alert still shown rather than the one gone)."""
    kept: dict[str, Alert] = {}
    dropped: list[Alert] = []
    for alert in alerts:
        if alert is None:
            continue
        first = kept.get(alert.fingerprint)
        if first is None:
            kept[alert.fingerprint] = alert
        elif first.silenced and not alert.silenced:
            kept[alert.fingerprint] = alert
            dropped.append(first)
        else:
            dropped.append(alert)
    dropped.sort(key=lambda alert: alert.display_name == kept[alert.fingerprint].display_name)
    lines.extend(f"{alert.display_name[:80]}: the same fingerprint as another alert of the answer: "
                 f"{alert.fingerprint}" for alert in dropped)
    return list(kept.values())


class RepeatDecoder:
    """Decodes successive alert lists, reusing unchanged elements of the previous one.

    Args:
        chunk: alerts decoded between two pauses.
        pause: called between chunks (``time.sleep(0)``: hands the GIL to another thread).

    ``decode(body) -> AlertList`` has the interface of ``msgspec.json.Decoder.decode`` and
    raises the same ``msgspec.DecodeError`` (not JSON) and ``msgspec.ValidationError`` (not an
    array, or not one of its elements an alert), and ``RecursionError`` for JSON nested too deep; elements that are not alerts among others that
    are are left out, each named in ``AlertList.unreadable``. After an error the previous list
    stays the reference. Not thread-safe: one per client, in the client's thread.
    """

    def __init__(self, chunk: int = CHUNK, pause: Callable[[], None] = lambda: time.sleep(0)) -> None:
        self._chunk = chunk
        self._pause = pause
        self._known: dict[bytes, Alert] = {}
        # fingerprint -> the alert as last read, for elements unreadable since (kept, not resolved)
        self._kept: dict[str, Alert] = {}

    def decode(self, body: bytes) -> AlertList:
        """The alerts of ``body`` (a JSON array of GettableAlerts), in its order."""
        elements = ELEMENTS.decode(body)  # finds the elements, builds no alert
        known = self._known
        keys = [_digest(element) for element in elements]
        alerts: list[Alert | None] = [known.get(key) for key in keys]
        missing = [i for i, alert in enumerate(alerts) if alert is None]
        shared: dict = {}
        unreadable: dict[int, str] = {}
        for start in range(0, len(missing), self._chunk):
            if start:
                self._pause()
            part = missing[start:start + self._chunk]
            try:
                decoded = _ALERTS.decode(b"[" + b",".join(elements[i] for i in part) + b"]")
            except msgspec.ValidationError:  # at least one is not an alert: find which
                decoded = _decode_each(elements, part, unreadable)
            share_values([a for a in decoded if a is not None], shared)
            for i, alert in zip(part, decoded):
                alerts[i] = alert
        if unreadable and len(unreadable) == len(elements):  # nothing here is an alert
            raise msgspec.ValidationError(unreadable[0])
        self._known = {key: alert for key, alert in zip(keys, alerts) if alert is not None}
        kept = self._keep(elements, unreadable, alerts, known.values())
        lines = [unreadable_line(_name(elements[i], i), unreadable[i]) + (" (kept as last read)" if i in kept else "")
                 for i in sorted(unreadable)]
        result = AlertList(_first_of_each(alerts, lines))
        result.unreadable = tuple(lines)
        return result

    def _keep(self, elements: list[msgspec.Raw], unreadable: dict[int, str], alerts: list[Alert | None],
              previous: Iterable[Alert]) -> dict[int, Alert]:
        """Put back, in ``alerts``, the alert as last read for each unreadable element whose
        fingerprint an earlier answer gave readable (review 23: it was announced "Resolved" while it
        fired, then fired "again" once readable). Returns them by index; not in ``_known``, so that
        they are read (and said unreadable) again at every answer. ``previous``: the alerts read
        from the answer before."""
        if not unreadable:
            self._kept = {}
            return {}
        last = {alert.fingerprint: alert for alert in previous}
        last.update(self._kept)
        kept: dict[int, Alert] = {}
        for i in unreadable:
            fingerprint = fields_of(elements[i]).get("fingerprint")
            if isinstance(fingerprint, str) and fingerprint in last:
                alerts[i] = kept[i] = last[fingerprint]
        self._kept = {alert.fingerprint: alert for alert in kept.values()}
        return kept
