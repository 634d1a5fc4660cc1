"""Which redirects may reach this machine's own network: a pure rule over address classes.

A source configured with a public URL must not be turned, by a redirect, into a request to
a loopback, private, link-local or otherwise non-global address (127.0.0.2, 10.0.0.0/8,
169.254.169.254, fd00::/8 ...): that is how a hostile or compromised server reaches a cloud
metadata endpoint or an admin page behind the firewall and has watcher read it. A source
configured directly with such a URL is the user's own choice and stays allowed, and so are
its redirects; `allow_private_addresses: true` on a source allows them for any origin.

The addresses come in already resolved (`Fetcher` resolves the target host with
getaddrinfo before following a redirect), so this module does no I/O and is tested over
address classes alone.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

__all__ = ["IPAddress", "is_internal", "parse_ip", "redirect_refusal"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def parse_ip(text: str) -> IPAddress | None:
    """An IP address written literally (brackets and an IPv6 zone allowed), else None."""
    try:
        return ipaddress.ip_address(text.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


def is_internal(address: IPAddress) -> bool:
    """Loopback, private, link-local, shared (CGNAT), reserved, unspecified or multicast:
    any address that is not globally reachable. An IPv4 address written as IPv6
    (`::ffff:127.0.0.1`) is judged as the IPv4 address it is."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast


def redirect_refusal(
    origin: Sequence[IPAddress],
    target: Sequence[IPAddress],
    *,
    allow_private: bool = False,
) -> IPAddress | None:
    """The internal target address that makes this redirect unsafe, or None when it may be
    followed.

    `origin` holds the addresses of the URL the source is configured with, `target` those of
    the redirect's host. Allowed: anything with `allow_private`; any target from an origin
    all of whose addresses are internal (the user pointed the source inside); a target all of
    whose addresses are global. A target with any internal address is refused from a public
    origin, since the connection may use any of them.
    """
    if allow_private:
        return None
    internal = next((a for a in target if is_internal(a)), None)
    if internal is None:
        return None
    if origin and all(is_internal(a) for a in origin):
        return None
    return internal
