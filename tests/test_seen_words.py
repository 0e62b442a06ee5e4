"""How the shift checklists date what they list as the journal last saw it (review 59 U7):
"as last seen at 15:55, 12 min ago" — and not "0 min ago" for a picture under a minute old (the
demo with its Alertmanager stopped said "há 0 min")."""

from __future__ import annotations

import datetime as dt

from oncall_tray.core.handoff_live import seen_words
from oncall_tray.i18n import english, translator

UTC = dt.timezone.utc
SEEN = dt.datetime(2026, 12, 6, 15, 55, tzinfo=UTC)


def test_a_picture_under_a_minute_old_is_said_so():
    words = seen_words(SEEN, UTC, SEEN + dt.timedelta(seconds=20), english)
    assert words == "as last seen at 15:55, under a minute ago", words


def test_an_older_picture_gives_its_age():
    assert seen_words(SEEN, UTC, SEEN + dt.timedelta(minutes=12), english) == "as last seen at 15:55, 12 min ago"


def test_in_portuguese():
    tr = translator("pt_BR")
    assert seen_words(SEEN, UTC, SEEN + dt.timedelta(seconds=5), tr) == \
        "como vistos por último às 15:55, há menos de um minuto"


def test_one_thing_last_seen_is_singular_in_portuguese():
    """Fresh-user review 70 AK2: one alert (or one silence) was "como vistos por último": the
    participle agrees with what it marks, one or several (English says it alike)."""
    tr = translator("pt_BR")
    for at, one, several in ((SEEN + dt.timedelta(seconds=5), "como visto por último às 15:55, há menos de um minuto",
                              "como vistos por último às 15:55, há menos de um minuto"),
                             (SEEN + dt.timedelta(minutes=12), "como visto por último às 15:55, há 12 min",
                              "como vistos por último às 15:55, há 12 min")):
        assert seen_words(SEEN, UTC, at, tr, one=True) == one
        assert seen_words(SEEN, UTC, at, tr) == several
    assert seen_words(None, UTC, SEEN, tr, one=True) == "como visto por último"
    assert seen_words(None, UTC, SEEN, tr) == "como vistos por último"
    assert seen_words(SEEN, UTC, SEEN + dt.timedelta(minutes=12), english, one=True) == \
        "as last seen at 15:55, 12 min ago"
