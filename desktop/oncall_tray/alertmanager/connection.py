"""How to reach an Alertmanager behind real infrastructure (no Qt): TLS trust, credentials and
proxies, turned into the options of an ``AlertmanagerClient`` (issue 6).

- TLS is verified by default against the operating system's trust store (``truststore``:
  Windows certificate store, macOS Keychain, OpenSSL's paths on Linux), so that a corporate CA
  installed on the machine works; ``ca_bundle`` adds CAs from a PEM file; only an explicit
  ``insecure_skip_verify`` turns verification off.
- Proxies come from the environment (``HTTPS_PROXY``, ``NO_PROXY``...) and the system
  (Windows registry, macOS network settings), through ``urllib.request``, bypass lists included.
- Credentials are handed in from the keyring by the caller; nothing here stores or logs them,
  and their ``repr`` hides the secret.
"""

from __future__ import annotations

import ssl
import urllib.request
from collections.abc import Generator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from .deadline import UnreadableAnswer, send_within  # noqa: F401 (also this module's API)
from .secret_text import library_words

#: The authentication methods of the settings (``auth_method``).
AUTH_METHODS = ("none", "basic", "bearer")


class TlsSettingsError(ValueError):
    """The TLS settings cannot be used (an unreadable or invalid CA bundle); the message says
    why, in English."""


@dataclass(frozen=True)
class TlsSettings:
    """TLS trust for one Alertmanager (cluster).

    Attributes:
        ca_bundle: path of a PEM file with CA certificates trusted in addition to the system's
            ("" for none).
        insecure_skip_verify: do not verify certificates at all (the tray warns while it is on).
    """

    ca_bundle: str = ""
    insecure_skip_verify: bool = False

    def verify(self) -> ssl.SSLContext | bool:
        """The ``verify`` argument of ``httpx.Client``: False when verification is off, else an
        SSL context on the system's trust store plus ``ca_bundle``.

        Raises:
            TlsSettingsError: ``ca_bundle`` cannot be read or holds no certificate.
        """
        if self.insecure_skip_verify:
            return False
        context = system_trust_context()
        if self.ca_bundle:
            try:
                context.load_verify_locations(cafile=self.ca_bundle)
            except FileNotFoundError as exc:
                raise TlsSettingsError(f"CA bundle not found: {self.ca_bundle}") from exc
            except (OSError, ssl.SSLError) as exc:
                raise TlsSettingsError(f"CA bundle is not a readable PEM file of certificates: "
                                       f"{self.ca_bundle} ({exc})") from exc
        return context


def system_trust_context() -> ssl.SSLContext:
    """A client SSL context that trusts what the operating system trusts (``truststore``), or
    Python's default context where ``truststore`` is missing."""
    try:
        import truststore
    except ImportError:  # pragma: no cover - a dependency; kept for odd frozen builds
        return ssl.create_default_context()
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


@dataclass(frozen=True)
class Credentials:
    """What to send: ``method`` "basic" (``username`` and ``secret`` the password) or "bearer"
    (``secret`` the token). The secret never appears in ``repr`` or ``str``."""

    method: str
    username: str = ""
    secret: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        if self.method not in ("basic", "bearer"):
            raise ValueError(f"unknown authentication method {self.method!r}")

    def auth(self) -> httpx.Auth:
        """The ``httpx.Auth`` that sends these credentials."""
        if self.method == "basic":
            return httpx.BasicAuth(self.username, self.secret)
        return BearerAuth(self.secret)


class BearerAuth(httpx.Auth):
    """``Authorization: Bearer <token>`` on every request."""

    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "BearerAuth(<hidden>)"


def system_proxy(url: str) -> str | None:
    """The proxy for ``url`` from the environment and the system settings, or None when there is
    none or the host is on the bypass list (``NO_PROXY``, Windows' and macOS' exceptions)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:  # not a URL (the settings' checks name it): no proxy to pick
        return None
    proxies = urllib.request.getproxies()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy:
        return None
    try:
        if host and urllib.request.proxy_bypass(host):
            return None
    except OSError:  # a broken registry or SystemConfiguration: use the proxy
        pass
    return proxy if "://" in proxy else f"http://{proxy}"


def transport_options(url: str, tls: TlsSettings = TlsSettings(),
                      credentials: Credentials | None = None) -> dict:
    """Keyword arguments of ``AlertmanagerClient`` for ``url``: those of ``httpx.Client``, and
    ``ca_bundle`` when one is set (its TLS errors name it: ``tls_reason``).

    Raises:
        TlsSettingsError: see ``TlsSettings.verify``.
    """
    options: dict = {"verify": tls.verify(), "trust_env": False, "proxy": system_proxy(url)}
    if tls.ca_bundle and not tls.insecure_skip_verify:  # not httpx's: for ``tls_reason``'s hint (the client takes it)
        options["ca_bundle"] = tls.ca_bundle
    if credentials is not None:
        options["auth"] = credentials.auth()
    return options


#: Failures after the connection was made and (part of) the request sent: a connection reset or
#: closed while waiting for the answer. A refused connection or an unknown host sent nothing.
LOST_AFTER_SENDING = (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)


#: The reason of a request httpx or h11 refuse to send as made (``httpx.LocalProtocolError``: a
#: header value holding a line break, such as a token an earlier version stored; review 61 W10).
UNSENDABLE = "the request cannot be sent"

#: Before the proxy's address and why, when the proxy a client goes through cannot be reached.
PROXY_DOWN = "the proxy does not answer (HTTP_PROXY, HTTPS_PROXY or the system's proxy settings)"


#: The reason of a proxy's ``407 Proxy Authentication Required`` (the error says "HTTP 407"), before the proxy's address when
#: known (code review 81 AX14: it read as "not Alertmanager's API", the proxy unnamed).
PROXY_LOGIN = ("the proxy asks for credentials (HTTP_PROXY, HTTPS_PROXY or the system's proxy settings; NO_PROXY "
               "bypasses it)")


def proxy_shown(proxy: str) -> str:
    """``proxy`` (a proxy's URL) as the reasons name it: scheme, host and port, never its user
    info; "?" for a text that is not a URL."""
    try:
        parts = urlsplit(proxy)
        return f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    except ValueError:
        return "?"


def proxy_login_reason(proxy: str = "") -> str:
    """The reason of a 407 answer: ``PROXY_LOGIN``, then the proxy the client goes through
    (``proxy``: the settings' or the environment's, ``system_proxy``) when known."""
    return f"{PROXY_LOGIN}: {proxy_shown(proxy)}" if proxy else PROXY_LOGIN


def transport_reason(exc: httpx.TransportError, proxy: str = "") -> str:
    """A short, plain reason for a failed connection (refused, DNS, TLS, lost...), one that
    ``reasons.translate_reason`` knows, with the detail. ``proxy``: the proxy the client goes
    through, named when it is the one that cannot be reached (review 54 M15: a dead proxy left
    in the environment read as Alertmanager refusing the connection). The library's words never
    quote the secrets the request sends (``secret_text.library_words``; review 61 W10: h11's
    "Illegal header value b'Bearer <the token>'")."""
    if proxy and isinstance(exc, httpx.ConnectError):  # with a proxy, the connection made is to it
        return f"{PROXY_DOWN}: {proxy_shown(proxy)}: {transport_reason(exc)}"
    detail = library_words(exc)
    lowered = detail.lower()
    if isinstance(exc, httpx.LocalProtocolError):  # nothing was sent: ours to mend, not an outage
        return f"{UNSENDABLE} ({type(exc).__name__}: {detail})"
    if isinstance(exc, httpx.ConnectError):
        # refused and unknown host: the system's words ("[Errno 111] Connection refused") say
        # the same again, in English, so they are left out
        if "refused" in lowered:
            return "connection refused"
        if "name or service not known" in lowered or "nodename nor servname" in lowered or \
                "getaddrinfo" in lowered or "no address associated" in lowered:
            return "host name not found"
        if "certificate" in lowered or "ssl" in lowered or "tls" in lowered:
            return f"TLS error ({detail})"
        return f"cannot connect ({detail})"
    if isinstance(exc, LOST_AFTER_SENDING):
        return f"connection lost ({type(exc).__name__}: {detail})"
    return f"cannot connect ({type(exc).__name__}: {detail})"


def tls_reason(exc: BaseException, ca_bundle: str = "") -> str | None:
    """"TLS error: ..." with the cause in plain words and OpenSSL's own, when ``exc`` (or what
    caused it) is a TLS failure; None otherwise. ``ca_bundle``: the settings' bundle, when one is
    set: a certificate no CA signed says that file lacks its CA, not to set it (review 54 M14)."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, ssl.SSLCertVerificationError):
            message = cause.verify_message or str(cause)
            code = cause.verify_code
            if code == 62 or "hostname mismatch" in message.lower() or "ip address mismatch" in message.lower():
                what = "the certificate is not for this host name"
            elif code == 10:
                what = "the certificate has expired"
            elif code == 9:
                what = "the certificate is not valid yet"
            elif code in (18, 19, 20, 21, 2) and ca_bundle:
                what = "the certificate is not signed by a CA of the system or of the ca_bundle file (is its CA in that file?)"
            elif code in (18, 19, 20, 21, 2):
                what = "the certificate is not signed by a trusted CA (trust its CA with the ca_bundle setting)"
            else:
                what = "the certificate was rejected"
            return f"TLS error: {what} ({message})"
        if isinstance(cause, ssl.SSLError):
            detail = cause.reason or str(cause)
            if detail == "WRONG_VERSION_NUMBER":
                return f"TLS error: the server does not speak TLS on this port (an http:// address?) ({detail})"
            return f"TLS error: handshake failed ({detail})"
        cause = cause.__cause__ or cause.__context__
    return None
