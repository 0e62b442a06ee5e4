"""What is wrong with a password or token typed or pasted for Alertmanager (no Qt; review 61
W10): one that cannot be sent (a token that cannot be a header value; a password UTF-8 cannot
encode) is refused where it is given (``login``, the tray's login dialog) and, stored so by an
earlier version, said unusable (``connect.credentials_for``)."""

from __future__ import annotations

import unicodedata

from .i18n import Message

#: The characters that end a line (``str.splitlines``' set).
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def tidy_secret(method: str, secret: str) -> str:
    """``secret`` as typed or pasted for ``method`` ("basic": a password, "bearer": a token),
    less what cannot be part of it.

    A password loses only the line breaks at its ends (``_LINE_BREAKS``: a paste of
    ``pass show``'s output, a file's final line break); a space, a tab or any other blank at its
    ends may be part of it and is sent as typed (code review 64 K5: "s3cret\\t" was sent as
    "s3cret", and refused). A token loses every white space at its ends (``str.strip``): it
    cannot hold one (RFC 6750's token68). ``trimmed_note`` says what was left out."""
    return secret.strip() if method == "bearer" else secret.strip("".join(_LINE_BREAKS))


def trimmed_note(method: str, secret: str) -> Message | None:
    """What ``tidy_secret`` leaves out of ``secret`` as typed, said (context "secrets"): "the
    white space around the token was left out", "the line breaks at the ends of the password
    were left out"; None when it leaves it whole. Shown beside the check with Alertmanager, so
    that a refusal comes with what may explain it."""
    if tidy_secret(method, secret) == secret:
        return None
    if method == "bearer":
        return Message("secrets", "the white space around the token was left out")
    return Message("secrets", "the line breaks at the ends of the password were left out")


def blanks_note(method: str, secret: str) -> Message | None:
    """What may explain Alertmanager's refusal of ``secret``, the password sent (``tidy_secret``'s):
    the blanks it begins or ends with, counted and named ("the password sent begins with 2 spaces
    and ends with 1 space: …"), kept on purpose (code review 64 K5) and the likeliest cause of a
    refused paste (review 65 R6); None for a token (they are left out of it) or a password
    without them. Context "secrets"."""
    if method == "bearer":
        return None
    body = secret.strip()
    if body == secret:
        return None
    begins, ends = secret[:len(secret) - len(secret.lstrip())], secret[len(secret.rstrip()):]
    if not body:  # nothing but blanks: said as what it ends with
        begins = ""
    many = len(begins) + len(ends) > 1
    if begins and ends:
        return Message("secrets", "the password sent begins with %1 and ends with %2: type it again without them "
                                  "if they are not part of it", (_blanks(begins), _blanks(ends)))
    if many:
        return Message("secrets", "the password sent %1: type it again without them if they are not part of it",
                       (_where(begins, ends),))
    return Message("secrets", "the password sent %1: type it again without it if it is not part of it",
                   (_where(begins, ends),))


def _where(begins: str, ends: str) -> Message:
    if begins:
        return Message("secrets", "begins with %1", (_blanks(begins),))
    return Message("secrets", "ends with %1", (_blanks(ends),))


def _blanks(blanks: str) -> Message:
    """"2 spaces", "1 tab", "3 blank characters" (of another kind, or mixed)."""
    count, kinds = str(len(blanks)), set(blanks)
    one = len(blanks) == 1
    if kinds == {" "}:
        return Message("secrets", "1 space") if one else Message("secrets", "%1 spaces", (count,))
    if kinds == {"\t"}:
        return Message("secrets", "1 tab") if one else Message("secrets", "%1 tabs", (count,))
    return Message("secrets", "1 blank character") if one else Message("secrets", "%1 blank characters", (count,))


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
    header as typed, so any text is sent as it is (less the line breaks at its ends:
    ``tidy_secret``) — a blank at either end, a ZWJ of an emoji sequence, a soft hyphen, a
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
