"""Response headers the whole site shares, decided by what a response is and who asked.

Static files never reach these: WhiteNoise answers them first (settings.py gives them their
own headers).
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import FileResponse
from django.utils.cache import patch_cache_control


def is_download(response):
    """A file handed to the browser to save (a data source, a PDF, a CSV export)."""
    return isinstance(response, FileResponse) or response.has_header("Content-Disposition")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy for pages; downloads get the sandbox policy instead.

    A sandboxed download cannot run script or reach our origin's cookies even if a browser
    is tricked into rendering it as a page.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and is_download(response):
            parts.config = settings.DOWNLOAD_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


class PrivateResponseMiddleware:
    """Pages for a signed-in person and every download are kept out of every cache (a shared
    school computer's browser, a proxy); every response keeps to its own origin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if is_download(response) or (user is not None and user.is_authenticated):
            patch_cache_control(response, private=True, no_store=True)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
