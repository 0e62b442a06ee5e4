"""One-line lists of alert names (core.names), as red flags, notices and refusals give them."""

from __future__ import annotations

from oncall_tray.core.names import name_list


def test_the_count_after_the_names_is_of_alerts_not_names():
    """Review 22: 100 alerts of one name gave "Big00, …, Big07 … (+54)": 54 more names, read as
    54 more alerts. Each name now says how many alerts bear it, and "(+N)" counts alerts."""
    names = [f"Big{i:02}" for i in range(62) for _ in range(100)]
    text = name_list(names)
    assert text.startswith("Big00 ×100, Big01 ×100") and "Big07 ×100" in text and "Big08" not in text
    assert text.endswith("\u00a0…\u00a0(+5400)")


def test_single_alerts_are_named_plainly_in_the_order_given():
    assert name_list(["APIDown", "DiskFull", "APIDown"]) == "APIDown ×2, DiskFull"
    assert name_list([f"A{i}" for i in range(10)], 3) == "A0, A1, A2\u00a0…\u00a0(+7)"
    assert name_list([]) == ""


def test_an_alert_name_with_a_line_break_is_named_on_one_line():
    """Review 24: alertname "Newlines\\nInName" split the red-flag banner and the notifications
    in two ("… HugeLabel, Newlines" / "InName … (+3)")."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus, one_line

    def named(name: str) -> str:
        return Alert(fingerprint="f1", labels={"alertname": name}, status=AlertStatus("active")).display_name

    assert named("Newlines\nInName") == "Newlines InName"
    assert named("Tab\there\u202eRLO") == "Tab here\\u202eRLO"  # the override shown, as everywhere (review 59 U3)
    assert named("Esc\x1b[2J\u200bzero-width") == "Esc\\u001b[2J\\u200bzero-width"  # shown, not a space (review 60 V3)
    assert named("\n\t") == "f1"  # nothing left to show: the fingerprint, never blank
    assert named("Emoji🔥Alert 👩‍💻") == "Emoji🔥Alert 👩‍💻"  # the joiner inside the emoji stays
    assert name_list([named("A\nB"), named("C")]) == "A B, C"
    assert one_line("  two\r\nlines  ") == "two lines"


def test_where_an_alert_fires_is_on_one_line():
    """Review 27: an instance label with a line break split a notification's body; on one line, the
    break is its escape, as ``status`` and the matchers print it (review 76 BH3: a space read "a b")."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.core.alert_order import where

    alert = Alert(fingerprint="f1", labels={"alertname": "A", "service": "api\ngw", "instance": "h:1"},
                  status=AlertStatus("active"))
    assert where(alert) == "api\\ngw / h:1"
