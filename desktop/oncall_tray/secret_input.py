"""What is wrong with a password or token typed or pasted for Alertmanager (no Qt; review 61
W10): one that cannot be sent (a token that cannot be a header value; a password UTF-8 cannot
encode) is refused where it is given (``login``, the tray's login dialog) and, stored so by an
earlier version, said unusable (``connect.credentials_for``)."""

from __future__ import annotations

import unicodedata

from .i18n import Message

#: The characters that end a line (``str.splitlines``' set).
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def tidy_secret(secret: str) -> str:
    """``secret`` without the white space around it (a paste's trailing line break or blanks)."""
    return secret.strip()


def secret_problem(method: str, secret: str) -> Message | None:
    """What makes ``secret`` (after ``tidy_secret``) unusable for ``method`` ("basic": a
    password, "bearer": a token), or None. The message names no character of the secret, only
    the kind (U+0007), in context "secrets".

    A token goes into the Authorization header as it is (review 61 W10): refused are a line
    break inside (a token pasted over two lines: h11 refuses it and its error quoted the whole
    token), another control or format character (Unicode Cc, Cf: a paste that is not the token),
    and a character that is not ASCII (HTTP sends a header value as ASCII; RFC 6750's tokens
    are ASCII).

    A password goes base64-encoded, as UTF-8 (``httpx.BasicAuth``): nothing of it reaches the
    header as typed, so any text is sent as it is — a ZWJ of an emoji sequence, a soft hyphen, a
    tab, a line break (code review 63A CA6: refused, and one stored called unusable, though
    Alertmanager's proxy took it). Only a character UTF-8 cannot encode (a lone surrogate: bytes
    standard input could not decode) cannot be sent."""
    if method != "bearer":
        try:
            secret.encode("utf-8")
        except UnicodeEncodeError as exc:
            return Message("secrets", "the password holds a character that cannot be sent (%1): type it again",
                           (f"U+{ord(secret[exc.start]):04X}",))
        return None
    if any(char in _LINE_BREAKS for char in secret):
        return Message("secrets", "the token holds a line break: paste it on one line")
    for char in secret:
        if unicodedata.category(char) in ("Cc", "Cf"):
            return Message("secrets", "the token holds a control character (%1): paste it again, as one line of "
                                      "text", (f"U+{ord(char):04X}",))
    if not secret.isascii():
        return Message("secrets", "the token holds a character that is not ASCII: a bearer token cannot carry "
                                  "it; paste it again")
    return None


def stored_secret_problem(method: str, secret: str) -> Message | None:
    """``secret_problem`` of a secret read from the keyring, said as such ("the token stored
    for this Alertmanager cannot be used: …; log in again"), or None."""
    problem = secret_problem(method, secret)
    if problem is None:
        return None
    if method == "bearer":
        return Message("secrets", "the token stored for this Alertmanager cannot be used: %1; log in again "
                                  "(oncall-tray login, or Log in to Alertmanager… in the tray's menu)", (problem,))
    return Message("secrets", "the password stored for this Alertmanager cannot be used: %1; log in again "
                              "(oncall-tray login, or Log in to Alertmanager… in the tray's menu)", (problem,))
