"""Whether a silence breaks the guide's 24-hour limit, and the words that say so where silences
are listed (no Qt, no I/O).

guide, "Boas Práticas de Silenciamento": "❌ Nunca silencie por mais de 24h". The app refuses to
make or extend such a silence (``silencing.validate``, ``validate_extension``), but amtool or the
Alertmanager UI can make one; the start and end checklists, ``silence list`` (``--json``:
``pastGuideLimit``), the Silences tab and the alert's detail pane (review 64 V9) flag it, as the incoming engineer checking "silenciamentos ativos e motivos" must be told (review
63 Z2: only *Extend* said it). Texts are English, marked for translation in context
``"silencing"``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from ..alertmanager.models import Silence
from .durations import format_duration
from .silencing import MAX_DURATION

#: ``tr(context, source_text) -> str``.
Translate = Callable[[str, str], str]
_MINUTE = dt.timedelta(minutes=1)


def past_the_guide(silence: Silence) -> dt.timedelta | None:
    """The length of ``silence`` (``endsAt - startsAt``) when it is longer than the guide's 24 h
    (``silencing.MAX_DURATION``; exactly 24 h is allowed); None when it is not, or either end is
    not known."""
    if silence.starts_at is None or silence.ends_at is None:
        return None
    length = silence.ends_at - silence.starts_at
    return length if length > MAX_DURATION else None


def past_the_guide_text(silence: Silence) -> str | None:
    """The length of a silence longer than the guide allows (``past_the_guide``) as the engineer
    reads it, rounded up to the minute so that it reads past the limit ("24h1m" for 24h0m30s,
    review 64 V1: rounded to "24h" it read "lasts 24h: more than the guide's 24h"); None for any
    other silence. ``silence list --json``'s ``pastGuideLimit``."""
    length = past_the_guide(silence)
    if length is None:
        return None
    return format_duration(math.ceil(length / _MINUTE) * _MINUTE)


def too_long_words(silence: Silence, tr: Translate) -> str:
    """"lasts 48h: more than the guide's 24h" in ``tr``'s language for a silence longer than the
    guide allows (``past_the_guide``), its length rounded up to the minute
    (``past_the_guide_text``); "" for any other."""
    length = past_the_guide_text(silence)
    if length is None:
        return ""
    return tr("silencing", "lasts %1: more than the guide's %2").replace(
        "%1", length).replace("%2", format_duration(MAX_DURATION))
