"""The silences tab's times (issue 3): HH:MM today, and the date before it otherwise in the
language's layout (review 15: "04/12 20:46" in the English interface read as April 12); its
selection and buttons: one click acts on the silence selected then, never on another, and not on
what a lost contact left stale."""

from __future__ import annotations

import datetime as dt

import pytest

from oncall_tray.alertmanager.models import Silence, SilenceStatus
from oncall_tray.ui.silences_view import _local

UTC = dt.timezone.utc


NOON = dt.datetime(2026, 12, 4, 12, 5).astimezone()  # local time
TODAY, TOMORROW = NOON.astimezone(UTC), (NOON + dt.timedelta(days=1)).astimezone(UTC)
NOW = NOON + dt.timedelta(hours=1)


def test_english_shows_month_then_day(english):
    assert _local(TODAY, None, NOW) == "12:05"
    assert _local(TOMORROW, None, NOW) == "12-05 12:05"
    assert _local(None, None, NOW) == "?"


def test_portuguese_shows_day_then_month(portuguese):
    assert _local(TODAY, None, NOW) == "12:05"
    assert _local(TOMORROW, None, NOW) == "05/12 12:05"


# -- the selection: one click acts on the silence selected then, never on another --------------

AT = dt.datetime(2026, 12, 5, 16, tzinfo=dt.timezone.utc)


def silence(digit: int, minutes: int) -> Silence:
    return Silence(id=str(digit) * 8 + "-1111-2222-3333-444455556666", matchers=(), starts_at=AT,
                   ends_at=AT + dt.timedelta(minutes=minutes), created_by="ana", comment="ACK! x",
                   status=SilenceStatus("active"))


@pytest.mark.parametrize("row", [0, 1])
def test_an_expired_silence_leaving_the_table_selects_no_other(qtbot, row):
    """Review 40 F18: the last row's silence expired and left the table; the row above, where
    the current cell moved, was selected with Expire on: a double click expired it too."""
    from oncall_tray.ui.silences_view import SilencesView

    view = SilencesView()
    qtbot.addWidget(view)
    view.show()
    first, second = silence(1, 10), silence(2, 20)  # shown soonest end first
    view.show_silences({first.id: first, second.id: second}, {})
    view.table.setFocus()
    view.table.selectRow(row)
    target = view.selected()
    assert target == (first, second)[row].id and view.expire_button.isEnabled()
    view.expire_button.click()
    view.expired(target)
    assert not view.expire_button.isEnabled()
    other = second if row == 0 else first
    view.show_silences({other.id: other}, {})  # the next poll: the expired silence is gone
    assert view.selected() == "" and not view.expire_button.isEnabled() and not view.extend_button.isEnabled()
    view.show_silences({first.id: first, second.id: second}, {})  # a selected silence still shown stays selected
    view.table.selectRow(1)
    view.show_silences({first.id: first, second.id: second}, {})
    assert view.selected() == second.id


def test_while_contact_is_lost_the_silences_say_stale_and_cannot_be_changed(qtbot):
    """Review 40 F11: the Alerts tab said "(stale)" and disabled its buttons; the Silences tab
    still said "active" and Extend asked its question, then failed."""
    from oncall_tray.ui.silences_view import SilencesView

    view = SilencesView()
    qtbot.addWidget(view)
    first = silence(1, 10)
    view.show_silences({first.id: first}, {})
    view.table.selectRow(0)
    assert view.expire_button.isEnabled()
    view.set_stale(True)
    assert view.table.item(0, 0).text() == "active (stale)"
    assert not view.expire_button.isEnabled() and not view.extend_button.isEnabled()
    view.show_silences({first.id: first}, {})  # the last known ones, shown again: still stale
    assert view.table.item(0, 0).text() == "active (stale)" and not view.extend_button.isEnabled()
    view.set_stale(False)
    assert view.table.item(0, 0).text() == "active" and view.extend_button.isEnabled()
