"""An answer asking the client to slow down (no Qt): HTTP 429 Too Many Requests, or 503 Service
Unavailable with ``Retry-After`` (RFC 9110 §15.5.20 / RFC 6585 §4, ``Retry-After``: RFC 9110
§10.2.3), and how long it asks to wait (code review 81 AX2: a rate-limiting proxy's 429 with
``Retry-After: 120`` was "refused by Alertmanager", retried after 1, 2, 4 s and said "contact
lost"). Alertmanager (or the proxy before it) answers: it is neither refusing nor down.
"""

from __future__ import annotations

import datetime as dt
import email.utils

from .errors import AlertmanagerError, BadResponse

#: The reason of an answer asking to slow down (``reasons.KNOWN_REASONS``).
SLOWED = "Alertmanager asked to slow down (rate limited)"


class SlowDown(AlertmanagerError):
    """Alertmanager, or a proxy before it, asked to slow down (429, or 503 with ``Retry-After``).

    Attributes:
        retry_after: the seconds it asked to wait (``Retry-After``), None when it did not say.
    """

    def __init__(self, url: str, status: int, body: str = "", retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(url, SLOWED, status, body)


def server_side(error: BaseException | None) -> bool:
    """Whether ``error`` is an answer of a server failing for now, to be waited out or passed over
    for another member: a server error (a ``BadResponse`` with HTTP 5xx) or an answer asking to
    slow down (``SlowDown``: 429, 503 with ``Retry-After``). The one rule of the cluster's writes
    and reads (``cluster._passed_over``) and of a login checked then (``connect.outage``): code
    review 84 BC2, a member answering 503 with ``Retry-After`` was final and the login thrown away."""
    if isinstance(error, SlowDown):
        return True
    return isinstance(error, BadResponse) and error.status is not None and error.status >= 500


def retry_after(value: str | None, now: dt.datetime) -> float | None:
    """The seconds a ``Retry-After`` header's ``value`` asks to wait from ``now`` (UTC): its
    delay-seconds, or until its HTTP-date (read by ``email.utils.parsedate_to_datetime``; a date
    past is 0). None when there is no value or it is neither."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000": UTC (RFC 5322 §3.3), as HTTP-dates are
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())


def slow_down(url: str, status: int, header: str | None, body: str = "",
              now: dt.datetime | None = None) -> SlowDown | None:
    """The error for an answer with HTTP ``status`` and ``Retry-After`` ``header`` (None: none)
    that asks to slow down (429; 503 with ``Retry-After``), None for any other. ``body``: the
    start of its body, shown; ``now``: UTC, for an HTTP-date (default: now)."""
    if status != 429 and not (status == 503 and header):
        return None
    return SlowDown(url, status, body, retry_after(header, now or dt.datetime.now(dt.timezone.utc)))
