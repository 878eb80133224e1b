"""The address a request came from, when the app sits behind proxies that say so.

Behind a load balancer every request arrives from the balancer's address; django-axes'
lockouts and our password-reset limits would then treat everyone as one person. With
DJANGO_PROXY_COUNT=n (the number of proxies in front of the app, each appending to
X-Forwarded-For), the client is the address the outermost of them saw: the n-th entry from
the right. Entries further left were written by the client and are not trusted.

The header is believed only when the request comes from a trusted proxy's address
(DJANGO_TRUSTED_PROXIES). A client that reaches an app server directly, past the balancer,
writes X-Forwarded-For itself: its own address (REMOTE_ADDR) is what counts, so it cannot
name a new address for each guess at a password.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The client's address (django-axes' AXES_CLIENT_IP_CALLABLE)."""
    count = settings.PROXY_COUNT
    remote = request.META.get("REMOTE_ADDR")
    if not count or not from_trusted_proxy(remote):
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) >= count:
        return forwarded[-count]
    return remote


def from_trusted_proxy(address):
    """Whether `address` (REMOTE_ADDR) is one of DJANGO_TRUSTED_PROXIES."""
    try:
        ip = ipaddress.ip_address((address or "").strip())
    except ValueError:
        return False
    if ip.version == 6 and ip.ipv4_mapped:  # ::ffff:10.0.0.2 from a server listening on [::]
        ip = ip.ipv4_mapped
    return any(ip in network for network in settings.TRUSTED_PROXIES)
