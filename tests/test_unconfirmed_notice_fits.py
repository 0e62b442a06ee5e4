"""The notice of an expire never confirmed (``shift_expires.unconfirmed_text``) keeps the
silence's ID and the command that expires it whole within the notification's body limit in every
shipped language (fresh-user review 74 BB1: in pt_BR the body ended "…ou com: oncall-tray silence
expire…", the ID cut, as the matchers' room was sized for the English sentence)."""

from __future__ import annotations

import datetime as dt

import pytest

from oncall_tray.alertmanager.models import Matcher, Silence, SilenceStatus
from oncall_tray.core.names import utf16_units
from oncall_tray.i18n import translator
from oncall_tray.notify.messages import BODY_LIMIT, notice
from oncall_tray.ui.shift_expires import unconfirmed_text

T = dt.datetime(2026, 12, 7, 15, 24, tzinfo=dt.timezone.utc)
ID = "6f1c2a9e-3b7d-4e2a-9c1f-8d5e4b3a2f10"


def long_silence() -> Silence:
    """A silence of four matchers, long names and values, as an ack of a pod's alert makes."""
    matchers = tuple(Matcher(name, value, False, True) for name, value in (
        ("alertname", "DatabaseConnectionPoolExhausted"), ("namespace", "conectcrm-production"),
        ("pod", "conectcrm-api-7d9f8b6c5d-x2k4p"), ("instance", "10.42.17.203:9187")))
    return Silence(id=ID, matchers=matchers, starts_at=T, ends_at=T + dt.timedelta(hours=1), updated_at=T,
                   created_by="ana", comment="ACK! investigando", status=SilenceStatus(state="active"))


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_the_id_and_its_command_fit_whole(language):
    tr = translator(language)
    body = unconfirmed_text(long_silence(), "07/12/2026 15:24", lambda text: tr("shift", text))
    assert f"oncall-tray silence expire {ID}" in body
    assert utf16_units(body) <= BODY_LIMIT
    assert "alertname" in body  # the matchers still named, cut to the room left
    shown = notice("Silence not expired", body, None).body  # as the notification is made
    assert shown.endswith(ID), shown
