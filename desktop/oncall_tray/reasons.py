"""The reasons the HTTP clients give for a failure, in English (``alertmanager.client``,
``prometheus.client``, ``handoff_checks``), put in the engineer's language where they are
shown (no Qt)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP, Message, Translate, english, text_of
from .promql_reasons import parser_reason

#: The reasons the clients give, in English (``alertmanager.client``, ``prometheus.client``),
#: longest first; ``translate_reason`` puts them in the engineer's language where shown. A
#: reason given anywhere else is shown in English: tests/test_error_reasons.py checks the clients.
KNOWN_REASONS = tuple(sorted((
    QT_TRANSLATE_NOOP("errors", "connection refused"),
    QT_TRANSLATE_NOOP("errors", "host name not found"),
    QT_TRANSLATE_NOOP("errors", "cannot connect"),
    QT_TRANSLATE_NOOP("errors", "the request cannot be sent"),
    QT_TRANSLATE_NOOP("errors", "connection lost"),
    QT_TRANSLATE_NOOP("errors", "the proxy does not answer (HTTP_PROXY, HTTPS_PROXY or the system's proxy settings)"),
    QT_TRANSLATE_NOOP("errors", "TLS error"),
    QT_TRANSLATE_NOOP("errors", "no answer in time"),
    QT_TRANSLATE_NOOP("errors", "credentials needed"),
    QT_TRANSLATE_NOOP("errors", "credentials refused"),
    QT_TRANSLATE_NOOP("errors", "server error"),
    QT_TRANSLATE_NOOP("errors", "not found (no Alertmanager API at this address?)"),
    QT_TRANSLATE_NOOP("errors", "not found (no Prometheus API at this address?)"),
    QT_TRANSLATE_NOOP("errors", "not found"),
    QT_TRANSLATE_NOOP("errors", "refused by Alertmanager"),
    QT_TRANSLATE_NOOP("errors", "Alertmanager asked to slow down (rate limited)"),  # alertmanager.slow_down
    QT_TRANSLATE_NOOP("errors", "an HTML page instead of the API's JSON (not Alertmanager's API?)"),
    QT_TRANSLATE_NOOP("errors", "an HTML page instead of the API's JSON (a proxy or a login page?)"),
    QT_TRANSLATE_NOOP("errors", "not valid JSON"),
    QT_TRANSLATE_NOOP("errors", "JSON of the wrong shape"),
    QT_TRANSLATE_NOOP("errors", "the same fingerprint as another alert of the answer"),
    QT_TRANSLATE_NOOP("errors", "unexpected answer"),
    QT_TRANSLATE_NOOP("errors", "redirected; put the address it points to in the settings"),
    QT_TRANSLATE_NOOP("errors", "redirected away from the API (a proxy's sign-in page?)"),
    QT_TRANSLATE_NOOP("errors", "redirected to itself"),
    QT_TRANSLATE_NOOP("errors", "redirected to another path of the API at the same address (a proxy's or server's "
                                "rule?)"),
    QT_TRANSLATE_NOOP("errors", "the proxy asks for credentials (HTTP_PROXY, HTTPS_PROXY or the system's proxy "
                                "settings; NO_PROXY bypasses it)"),
    # after "TLS error: " (alertmanager.connection.tls_reason)
    QT_TRANSLATE_NOOP("errors", "the certificate is not for this host name"),
    QT_TRANSLATE_NOOP("errors", "the certificate has expired"),
    QT_TRANSLATE_NOOP("errors", "the certificate is not valid yet"),
    QT_TRANSLATE_NOOP("errors", "the certificate is not signed by a trusted CA (trust its CA with the ca_bundle "
                                "setting)"),
    QT_TRANSLATE_NOOP("errors", "the certificate is not signed by a CA of the system or of the ca_bundle file (is "
                                "its CA in that file?)"),
    QT_TRANSLATE_NOOP("errors", "the certificate was rejected"),
    QT_TRANSLATE_NOOP("errors", "the server does not speak TLS on this port (an http:// address?)"),
    QT_TRANSLATE_NOOP("errors", "the server speaks TLS on this port (an https:// address?)"),
    QT_TRANSLATE_NOOP("errors", "handshake failed"),
    # after "TLS error: " (connect.open_cluster, from alertmanager.connection.TlsSettings), before the path
    QT_TRANSLATE_NOOP("errors", "CA bundle not found"),
    QT_TRANSLATE_NOOP("errors", "CA bundle is not a readable PEM file of certificates"),
    # prometheus.expression: before the PromQL parser's own words
    QT_TRANSLATE_NOOP("errors", "not valid PromQL"),
    QT_TRANSLATE_NOOP("errors", "the expression is a constant, not a series"),
    QT_TRANSLATE_NOOP("errors", "the expression is too long or nested too deep to plot"),
    # RE2's reasons (Alertmanager's regular expressions: alertmanager.matchers.compile_regex),
    # before the part of the pattern at fault (review 35: English inside Portuguese messages)
    QT_TRANSLATE_NOOP("errors", "missing )"),
    QT_TRANSLATE_NOOP("errors", "missing ]"),
    QT_TRANSLATE_NOOP("errors", "unexpected )"),
    QT_TRANSLATE_NOOP("errors", "trailing \\"),
    QT_TRANSLATE_NOOP("errors", "invalid escape sequence"),
    QT_TRANSLATE_NOOP("errors", "invalid character class"),
    QT_TRANSLATE_NOOP("errors", "invalid character class range"),
    QT_TRANSLATE_NOOP("errors", "invalid repetition size"),
    QT_TRANSLATE_NOOP("errors", "no argument for repetition operator"),
    QT_TRANSLATE_NOOP("errors", "bad repetition operator"),
    QT_TRANSLATE_NOOP("errors", "invalid named capture group"),
    QT_TRANSLATE_NOOP("errors", "invalid perl operator"),
    QT_TRANSLATE_NOOP("errors", "invalid UTF-8"),
), key=len, reverse=True))
_REASON_AT = re.compile("(^|: )(" + "|".join(re.escape(r) for r in KNOWN_REASONS) + ")")

#: msgspec's words after "not valid JSON: " and "JSON of the wrong shape: " (the JSON decoder's
#: messages, msgspec 0.18 to 0.23, those the answers' types can give): its pattern, and the same
#: in the engineer's language with the names and positions it quotes as %1, %2.
_EXPECTED_TYPE = re.compile(r"Expected `([^`]*)`, got `([^`]*)`")
_DECODER_DETAILS = (
    (re.compile(r"Input data was truncated"), QT_TRANSLATE_NOOP("errors", "the answer ends in the middle")),
    (re.compile(r"JSON is malformed: invalid character \(byte (\d+)\)"),
     QT_TRANSLATE_NOOP("errors", "an invalid character at byte %1")),
    (re.compile(r"Invalid RFC3339 encoded datetime"),
     QT_TRANSLATE_NOOP("errors", "an invalid date and time (RFC 3339)")),
    (re.compile(r"Number out of range"), QT_TRANSLATE_NOOP("errors", "a number out of range")),
    (re.compile(r"nested too deep"), QT_TRANSLATE_NOOP("errors", "nested too deep")),  # errors.NESTED_TOO_DEEP
    (re.compile(r"Expected `array` of length (\d+), got (\d+)"),
     QT_TRANSLATE_NOOP("errors", "expected a list of %1 items, got %2")),
    (re.compile(r"Expected `array` of length (\d+)"), QT_TRANSLATE_NOOP("errors", "expected a list of %1 items")),
    (_EXPECTED_TYPE, QT_TRANSLATE_NOOP("errors", "expected %1, got %2")),
    (re.compile(r"Object missing required field `([^`]*)`"),
     QT_TRANSLATE_NOOP("errors", "an object lacks the field %1")),
    (re.compile(r" - at `([^`]*)`"), QT_TRANSLATE_NOOP("errors", " (at %1)")),
)
#: The JSON types msgspec names in "Expected `object`, got `array`" (and "`datetime | null`"), put
#: in the engineer's language; other names stay as msgspec writes them.
_DECODER_TYPES = frozenset((
    QT_TRANSLATE_NOOP("errors", "object"),
    QT_TRANSLATE_NOOP("errors", "array"),
    QT_TRANSLATE_NOOP("errors", "str"),
    QT_TRANSLATE_NOOP("errors", "int"),
    QT_TRANSLATE_NOOP("errors", "float"),
    QT_TRANSLATE_NOOP("errors", "bool"),
    QT_TRANSLATE_NOOP("errors", "null"),
    QT_TRANSLATE_NOOP("errors", "datetime"),
))


def _type_names(names: str, tr: Translate) -> str:
    """msgspec's ``datetime | null`` in ``tr``'s language: each known name translated, joined
    with "or"."""
    parts = [tr("errors", n) if n in _DECODER_TYPES else n for n in names.split(" | ")]
    return tr("errors", " or ").join(parts)


def _decoder_details(text: str, tr: Translate) -> str:
    """``text`` with the JSON decoder's known messages in ``tr``'s language."""
    for pattern, words in _DECODER_DETAILS:
        def say(match: re.Match, words: str = words, types: bool = pattern is _EXPECTED_TYPE) -> str:
            out = tr("errors", words)
            for number, value in enumerate(match.groups(), 1):
                out = out.replace(f"%{number}", _type_names(value, tr) if types else value)
            return out
        text = pattern.sub(say, text)
    return text


@dataclass(frozen=True)
class Reason:
    """A library's reason in English (RE2's "missing ): api-("), put in a ``Message`` and shown
    in the engineer's language where it is a known one (``translate_reason``; review 37: the
    command line said "missing )" in Portuguese, the silence dialog "falta )")."""

    value: str

    def text(self, tr: Translate = english) -> str:
        """The reason in ``tr``'s language."""
        return translate_reason(self.value, tr)


def translate_reason(text: Message | str, tr: Translate = english) -> str:
    """``text`` (a reason or ``describe()`` line, possibly after "URL: ") with the client's
    English reason in ``tr``'s language, and the JSON decoder's known messages after "not valid
    JSON" or "JSON of the wrong shape", and the PromQL parser's after "not valid PromQL"
    (``promql_reasons``); other details (the system's or the server's own words)
    stay as they are. A ``Message`` (a keyring's reason) is translated whole first."""
    text = text_of(text, tr)
    translated = _REASON_AT.sub(lambda m: m[1] + tr("errors", m[2]), text)
    if "JSON" in text:
        translated = _decoder_details(translated, tr)
    prefix = "not valid PromQL: "
    if prefix in text:  # the parser's own words after it (review 75 BD4), the last part of the line
        head, _sep, words = text.partition(prefix)
        translated = translate_reason(head + prefix.rstrip(": "), tr) + ": " + parser_reason(words, tr)
    return translated


def unreadable_text(lines: Sequence[str], tr: Translate = english, silences: bool = False) -> str:
    """One line about the elements of Alertmanager's answer left out because they are not alerts
    of the API's shape (``alert_decoding.AlertList.unreadable``), or, with ``silences``, not
    silences (``silence_decoding.SilenceList.unreadable``), "" for none: how many, then the
    first one's name and reason in ``tr``'s language ("Alerts left out, unreadable: 2 — CPUHot:
    JSON of the wrong shape: expected str, got int (at $[3].labels["severity"])")."""
    if not lines:
        return ""
    text = tr("errors", "Silences left out, unreadable: %1 — %2") if silences else \
        tr("errors", "Alerts left out, unreadable: %1 — %2")
    return text.replace("%1", str(len(lines))).replace("%2", translate_reason(lines[0], tr))
