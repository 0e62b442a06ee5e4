"""Acknowledging, silencing, extending and expiring through the client, against a real
Alertmanager; what it stores is read back with plain HTTP, not through the code under test."""

from __future__ import annotations

import datetime as dt

import httpx
import msgspec
import pytest
from conftest import make_alert, utcnow, wait_until

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.errors import NotFound, Refused
from oncall_tray.alertmanager.models import Matcher, PostableSilence
from oncall_tray.core.silencing import ACK_WINDOW, ack_silence, extension, new_silence, validate

#: Label values that break hand-made JSON or a naive matcher: quotes, backslashes, braces, dots,
#: regex characters, accents, a newline.
AWKWARD = {
    "path": 'C:\\logs\\"app".log',
    "query": '{job="api", le="0.5"}',
    "pattern": "a|b.c+*?(x)[y]^$",
    "summary_pt": "Latência alta — ação necessária. ç ã é ü",
    "multi": "line one\nline two\ttab",
}


def raw_silences(am) -> list[dict]:
    response = httpx.get(am.url + "/api/v2/silences", timeout=10)
    response.raise_for_status()
    return response.json()


def parse_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.fixture
def client(alertmanager):
    with AlertmanagerClient(alertmanager.url) as c:
        yield c


def test_ack_round_trips_exactly_and_silences_the_alert(alertmanager, client):
    alertmanager.post_alerts([make_alert("APIDown", "critical", pod="api-7f9c", **AWKWARD),
                              make_alert("Other", "warning")])
    alert = next(a for a in client.alerts() if a.alertname == "APIDown")
    draft = ack_silence(alert, "Maria Conceição", utcnow(), volatile_labels=("pod",))
    assert validate(draft, client.alerts()) == []
    silence_id = client.create_silence(draft)

    (stored,) = raw_silences(alertmanager)
    assert stored["id"] == silence_id
    expected = {name: value for name, value in alert.labels.items() if name != "pod"}
    assert sorted(stored["matchers"], key=lambda m: m["name"]) == [
        {"name": name, "value": value, "isRegex": False, "isEqual": True} for name, value in sorted(expected.items())]
    assert stored["createdBy"] == "Maria Conceição"
    assert stored["comment"] == "ACK! investigando — Maria Conceição"
    assert stored["status"]["state"] == "active"
    length = parse_time(stored["endsAt"]) - parse_time(stored["startsAt"])
    assert abs(length - ACK_WINDOW) < dt.timedelta(seconds=1)

    def acknowledged():
        return {a.alertname: a for a in client.alerts()}

    alerts = wait_until(lambda: (found := acknowledged()) and found["APIDown"].silenced and found,
                        10, "the alert to be silenced")
    assert alerts["APIDown"].status.state == "suppressed"
    assert alerts["APIDown"].status.silenced_by == (silence_id,)
    assert not alerts["Other"].silenced

    got = client.get_silence(silence_id)
    assert got.matchers == draft.matchers and got.created_by == draft.created_by and got.comment == draft.comment


def test_awkward_values_in_regex_and_negative_matchers_round_trip(client, alertmanager):
    matchers = (Matcher("alertname", "APIDown"), Matcher("path", AWKWARD["path"], is_equal=False),
                Matcher("query", r'\{job="api".*', is_regex=True), Matcher("summary_pt", "Latência.*", is_regex=True,
                                                                           is_equal=False))
    silence_id = client.create_silence(new_silence(matchers, "zé", "manutenção {planejada} \"aspas\"", utcnow(),
                                                   dt.timedelta(hours=1)))
    (stored,) = raw_silences(alertmanager)
    assert [(m["name"], m["value"], m["isRegex"], m["isEqual"]) for m in stored["matchers"]] == [
        (m.name, m.value, m.is_regex, m.is_equal) for m in matchers]
    assert stored["comment"] == "manutenção {planejada} \"aspas\"" and stored["id"] == silence_id


def test_extension_updates_in_place(client):
    now = utcnow()
    silence_id = client.create_silence(new_silence((Matcher("alertname", "A"),), "maria", "c", now, ACK_WINDOW))
    current = client.get_silence(silence_id)
    later = utcnow()
    update = extension(current, later, dt.timedelta(hours=1))
    assert client.update_silence(update) == silence_id
    after = client.get_silence(silence_id)
    assert after.starts_at == current.starts_at
    assert abs(after.ends_at - (current.ends_at + dt.timedelta(hours=1))) < dt.timedelta(milliseconds=2)
    assert [s.id for s in client.silences()] == [silence_id]


def test_a_moved_start_makes_alertmanager_replace_the_silence(client):
    """Why ``extension`` keeps ``startsAt``: Alertmanager compares it to the second; a changed
    start of an active silence expires it and creates another with a new ID."""
    silence_id = client.create_silence(new_silence((Matcher("alertname", "A"),), "maria", "c", utcnow(), ACK_WINDOW))
    current = client.get_silence(silence_id)
    moved = current.as_update(starts_at=current.starts_at + dt.timedelta(seconds=5))
    new_id = client.update_silence(moved)
    assert new_id != silence_id
    assert client.get_silence(silence_id).status.state == "expired"


def test_expire(client, alertmanager):
    alertmanager.post_alerts([make_alert("A")])
    silence_id = client.create_silence(new_silence((Matcher("alertname", "A"),), "maria", "c", utcnow(), ACK_WINDOW))
    wait_until(lambda: client.alerts()[0].silenced, 10, "the alert to be silenced")
    client.expire_silence(silence_id)
    assert client.get_silence(silence_id).status.state == "expired"
    wait_until(lambda: not client.alerts()[0].silenced, 10, "the alert to fire again")
    client.expire_silence(silence_id)  # expiring twice is not an error


def test_unknown_silence_is_not_found(client):
    unknown = "11111111-1111-1111-1111-111111111111"
    with pytest.raises(NotFound) as info:
        client.expire_silence(unknown)
    assert info.value.body == "silence not found"
    with pytest.raises(NotFound):
        client.get_silence(unknown)
    draft = new_silence((Matcher("alertname", "A"),), "maria", "c", utcnow(), ACK_WINDOW)
    with pytest.raises(NotFound) as info:
        client.update_silence(draft.replace(id=unknown))
    assert info.value.body == "silence not found"
    with pytest.raises(ValueError):
        client.get_silence("../alerts")


def test_alertmanagers_refusals_carry_its_message(client, alertmanager):
    now = utcnow()
    draft = new_silence((Matcher("alertname", "A"),), "maria", "c", now, ACK_WINDOW)
    with pytest.raises(Refused) as info:  # 400, a bare JSON string
        client.create_silence(draft.replace(ends_at=now - dt.timedelta(minutes=1)))
    assert info.value.status == 400
    assert info.value.body == "Failed to create silence: start time must be before end time"
    with pytest.raises(Refused) as info:  # 422, {code, message}
        client.create_silence(draft.replace(matchers=()))
    assert info.value.status == 422
    assert info.value.body == "matchers in body should have at least 1 items"
    with pytest.raises(Refused) as info:  # 400: RE2 has no look-ahead; Python's re has
        client.create_silence(draft.replace(matchers=(Matcher("a", "(?=x)x", is_regex=True),)))
    assert "invalid or unsupported Perl syntax" in info.value.body
    assert raw_silences(alertmanager) == []


def test_create_and_update_are_not_mixed_up(client):
    draft = new_silence((Matcher("alertname", "A"),), "maria", "c", utcnow(), ACK_WINDOW)
    with pytest.raises(ValueError):
        client.create_silence(draft.replace(id="11111111-1111-1111-1111-111111111111"))
    with pytest.raises(ValueError):
        client.update_silence(draft)


def test_body_is_json_with_every_matcher_field():
    body = PostableSilence(matchers=(Matcher("a", 'x"y'),), starts_at=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
                           ends_at=dt.datetime(2026, 1, 1, 0, 15, tzinfo=dt.timezone.utc), created_by="z", comment="c")
    assert msgspec.json.decode(msgspec.json.encode(body)) == {
        "matchers": [{"name": "a", "value": 'x"y', "isRegex": False, "isEqual": True}],
        "startsAt": "2026-01-01T00:00:00Z", "endsAt": "2026-01-01T00:15:00Z", "createdBy": "z", "comment": "c"}
