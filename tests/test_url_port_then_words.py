"""Code review 82A AY2 and AY3: a real address written ``name:port`` and followed on its line by
any word (``http://alertmanager:9093 /api``, ``http://am-0:9093 am-1:9093``, a message's "http://am2:9093
timed out") was read as a user name and a password holding a space: the settings check said "must
not hold a password", messages showed ``http://alertmanager:***`` and the draft of a field no longer
edited lost the rest of its line; and the log filter had a rule of its own (a password with a space
and no "@" logged in clear, a query's token in a sentence not masked, a sentence holding an e-mail
cut). Rule: a valid port (digits, 1 to 65535) after a host reads as a port in a text no longer
being typed (messages, log lines, a draft's field the engineer left); the words after it are a
password's only while its field is being edited (an "@host" may still come), or after a
``name:rest`` that is no address (``https://alice:correct horse``), or before an "@host"
(``https://alice:2024 Summer@am:9093``). Log lines mask each argument holding "://" by that one rule
(``url_passwords.shown_url``)."""

from __future__ import annotations

import io
import logging

import pytest

from oncall_tray.config_urls import check_url
from oncall_tray.config_values import _check_urls
from oncall_tray.i18n import translator
from oncall_tray.logs import MaskedUrls
from oncall_tray.url_passwords import shown_url, without_password

#: Addresses followed by words, as typed in a settings field (code review 82A AY2).
ADDRESSES_AND_WORDS = ["http://alertmanager:9093 /api", "http://alertmanager:19372 x", "http://am-0:9093 am-1:9093",
                       "http://am1:9093 (old) http://am2:9093", "http://alertmanager:9093 alertmanager-2:9093",
                       "http://am1:9093 http//am2:9093"]
#: Messages holding an address and words after it: shown with only the password masked.
MESSAGES = [
    ("http://bob:pw@am1:9093 answered 401, http://am2:9093 timed out",
     "http://bob:***@am1:9093 answered 401, http://am2:9093 timed out"),
    ("members http://bob:pw@am1:9093 and am2:9093 down", "members http://bob:***@am1:9093 and am2:9093 down"),
    ("http://bob:pw@alertmanager:9093: connection refused", "http://bob:***@alertmanager:9093: connection refused"),
    ("http://bob:pw@alertmanager:9093/api/v2/silence/x: 500 silence 1234:5678 not found",
     "http://bob:***@alertmanager:9093/api/v2/silence/x: 500 silence 1234:5678 not found"),
    ("silence 1234:5678 not found", "silence 1234:5678 not found"),
    ("silence by bob@example.com on http://alertmanager:9093 ended",
     "silence by bob@example.com on http://alertmanager:9093 ended"),
    ("https://alice:correct horse", "https://alice:***"),
    ("https://alice:correct horse@am:9093", "https://alice:***@am:9093"),
    ("https://alice:2024 Summer@am:9093 is down", "https://alice:***@am:9093 is down"),
    ("GET http://am:9093/api?token=abc failed", "GET http://am:9093/api?token=*** failed"),
    ("db0:5432 db1:5432 see http://grafana:3000/d/x ping bob@example.com",
     "db0:5432 db1:5432 see http://grafana:3000/d/x ping bob@example.com"),
]


@pytest.mark.parametrize("typed", ADDRESSES_AND_WORDS)
def test_an_address_followed_by_words_is_said_and_kept_as_typed(typed):
    said = check_url(typed)
    assert said is not None and "password" not in said.text(translator("en")), said.text(translator("en"))
    for language in ("en", "pt_BR"):
        text = _check_urls((typed,)).text(translator(language))
        assert typed in text and "***" not in text, text
    assert shown_url(typed) == typed
    assert without_password(typed, True) == typed  # a draft's field not being edited: kept whole
    assert without_password(typed, True, typed) == typed  # in the field as it was when its editing began


def test_while_its_field_is_edited_the_words_after_a_single_name_and_digits_are_cut():
    """The draft rule (an "@host" may still come: ``https://alice:2024 Summer`` being typed)."""
    assert without_password("http://alertmanager:9093 /api", True, "") == "http://alertmanager:"
    assert without_password("https://alice:2024 Summer", True, "") == "https://alice:"
    assert without_password("https://alice:2024 Summer", True, None) == "https://alice:2024 Summer"  # left


@pytest.mark.parametrize(("message", "shown"), MESSAGES)
def test_messages_and_log_lines_mask_by_one_rule(message, shown):
    assert shown_url(message) == shown
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(MaskedUrls())
    logger = logging.getLogger("test_url_port_then_words")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("failed: %s", message)
        logger.warning("failed: %(reason)s", {"reason": message})
    finally:
        logger.removeHandler(handler)
    assert stream.getvalue() == f"failed: {shown}\n" * 2
