"""How long the poller waits before polling again while Alertmanager fails (no Qt)."""

from __future__ import annotations

from .config import Config


def retry_delay(failures: int, cap_s: float) -> float:
    """Seconds before the next poll after ``failures`` (>= 1) failed polls in a row: 1, 2, 4, 8...
    capped at ``cap_s`` (design notes: exponential backoff with a cap while Alertmanager fails).
    tenacity's ``wait_exponential``, given the count as its attempt number (``backoff``, used
    before, imports asyncio: a few MB in a tray that runs for days; issue 2). tenacity itself,
    about 1.9 MB, is imported at the first failure: a tray whose Alertmanager answers never
    needs it."""
    import tenacity

    state = tenacity.RetryCallState(None, None, (), {})
    state.attempt_number = failures
    return float(tenacity.wait_exponential(multiplier=1, exp_base=2, max=cap_s)(state))


#: The longest wait (seconds) a server's ``Retry-After`` is honoured for: the tray sees nothing meanwhile.
RETRY_AFTER_CAP_S = 600.0


def slowed_delay(asked: float | None, config: Config) -> float:
    """Seconds before the next poll after Alertmanager (or its proxy) asked to slow down
    (``alertmanager.slow_down``; code review 81 AX2): what it asked for (``asked``, seconds; None:
    it did not say), never less than the poll interval (the backoff of ``retry_delay``, 1, 2, 4 s,
    polls faster exactly when asked to slow down), never more than ``RETRY_AFTER_CAP_S`` (or
    the poll interval when longer)."""
    interval = config.poll_interval
    return min(max(RETRY_AFTER_CAP_S, interval), max(asked or 0.0, interval))


def retry_cap(config: Config) -> float:
    """The longest wait in seconds between retries while Alertmanager fails: the smaller of
    ``max_retry_interval`` and ``poll_interval``, never longer than a poll, so that an
    Alertmanager back is seen as soon as a poll would see it (review 15)."""
    return min(config.max_retry_interval, config.poll_interval)
