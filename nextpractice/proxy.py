"""The address a request came from, when the app sits behind proxies that say so.

Behind a load balancer every request arrives from the balancer's address; django-axes'
lockouts and our password-reset limits would then treat everyone as one person. With
DJANGO_PROXY_COUNT=n (the number of proxies in front of the app, each appending to
X-Forwarded-For), the client is the address the outermost of them saw: the n-th entry from
the right. Entries further left were written by the client and are not trusted.
"""

from django.conf import settings


def client_ip(request):
    """The client's address (django-axes' AXES_CLIENT_IP_CALLABLE)."""
    count = settings.PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if count and len(forwarded) >= count:
        return forwarded[-count]
    return request.META.get("REMOTE_ADDR")
