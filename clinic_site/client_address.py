"""The address a request came from: for staff sign-in lockouts (django-axes) and the call-back form's rate limit.

Behind TRUSTED_PROXY_COUNT proxies (a load balancer is one), the connecting address is the
nearest proxy's. Each proxy appends the address it saw to X-Forwarded-For, so the client is the
entry that many places from the right; anything further left was written by the client itself
and is never trusted.
"""

import ipaddress

from django.conf import settings


def client_address(request):
    connecting = request.META.get("REMOTE_ADDR")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return connecting
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(forwarded) < count:
        return connecting  # not through every proxy: only the connecting address is known
    candidate = forwarded[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return connecting
