"""Code review 86B BG5: (a) a password holding a word ending in "!", "." or "?" before its
"@host" (``https://alice:2024 Hi! Go@am.example.com``) was shown and kept whole, in messages, log
lines, the settings draft and ``status``'s stderr; (b) a sentence holding an address with a port
and an e-mail address after it (``Disk full on http://node:9100 contact ops@example.com``) was
logged ``http://node:***@example.com``, a host the text does not name. Rule: only "," ";" ":"
close a clause before an "@host" (a passphrase holds "!" and "." often; secrecy first); an address
inside a sentence (a word before it on its line) joined to an e-mail-like "@host" shows that
"@host" apart (``http://node:*** ***@example.com``): the password hidden, no host invented."""

from __future__ import annotations

import logging

import pytest

from oncall_tray.logs import MaskedUrls
from oncall_tray.url_passwords import shown_url, without_password

#: What is typed, as a message shows it, as the draft keeps it.
PASSWORDS = [
    ("https://alice:2024 Hi! Go@am.example.com", "https://alice:***@am.example.com", "https://alice@am.example.com"),
    ("https://alice:2024 Mr. Smith@am.example.com", "https://alice:***@am.example.com",
     "https://alice@am.example.com"),
    ("https://alice:2024 Why? Go@am.example.com", "https://alice:***@am.example.com", "https://alice@am.example.com"),
    ("login https://alice:2024 Hi! Go@am.example.com failed", "login https://alice:*** ***@am.example.com failed",
     "login https://alice@am.example.com failed"),
]
#: Sentences holding an address and an e-mail address: no host invented.
SENTENCES = [
    ("Disk full on http://node:9100 contact ops@example.com", "Disk full on http://node:*** ***@example.com"),
    ("runbook http://wiki:8080 owner bob@example.com.", "runbook http://wiki:*** ***@example.com."),
]
PIECES = ("2024", "Hi!", "Go", "Mr.", "Smith", "Why?")


@pytest.mark.parametrize(("typed", "shown", "kept"), PASSWORDS)
def test_a_password_with_sentence_marks_is_hidden(typed, shown, kept):
    assert shown_url(typed) == shown
    assert without_password(typed, True) == kept
    for text in (shown_url(typed), without_password(typed, True), without_password(typed, True, "")):
        assert not any(piece in text.split("://")[1] for piece in PIECES), text


@pytest.mark.parametrize(("text", "shown"), SENTENCES)
def test_a_sentence_names_no_host_it_does_not_hold(text, shown):
    assert shown_url(text) == shown
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "%s", (text,), None)
    MaskedUrls().filter(record)
    assert record.getMessage() == shown
