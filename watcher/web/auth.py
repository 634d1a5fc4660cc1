"""Who may look at the pages: anyone on loopback, and a token holder everywhere else.

A view bound to another address without a token would publish every alert to whoever can
reach the port, so that is refused at start (`exposure_problem`). With a token configured,
every page asks for it, as a bearer token or as the password of HTTP basic auth (a browser's
login prompt; any user name).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress

SETTING = "web_token (WATCHER_WEB_TOKEN)"


def is_loopback(host: str) -> bool:
    """`127.0.0.1`, `::1`, `localhost`; not `0.0.0.0` or `::`, which are every address."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: whatever it resolves to, not known to be loopback


def exposure_problem(host: str, token: str | None) -> str | None:
    """Why the pages may not be served on `host` as configured, or None."""
    if token or is_loopback(host):
        return None
    return (
        f"the web view would listen on {host}, which is not loopback, without a token: set "
        f"{SETTING}, or listen on 127.0.0.1"
    )


def _presented(authorization: str) -> str | None:
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() == "bearer":
        return value.strip()
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return None
        return decoded.partition(":")[2]
    return None


def authorized(authorization: str | None, token: str | None) -> bool:
    """No token configured lets everyone in (the server then listens on loopback only);
    otherwise the request must present it."""
    if not token:
        return True
    presented = _presented(authorization or "")
    return presented is not None and hmac.compare_digest(presented.encode(), token.encode())
