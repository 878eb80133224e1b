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


# Django's technical error pages (its URL list, a traceback) all carry this line.
TECHNICAL_PAGE_MARK = b'<meta name="robots" content="NONE,NOARCHIVE">'


class ProductErrorPagesMiddleware:
    """With debug on (as `make run` has it), a wrong address or a failure still shows the
    product's own pages, which a head teacher trying the demo can read, rather than Django's
    pages for developers; DJANGO_DEBUG_PAGES=1 asks for those. The traceback still goes to
    the console's log either way."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            settings.DEBUG
            and not settings.DEBUG_PAGES
            and response.status_code in (403, 404, 500)
            and TECHNICAL_PAGE_MARK in getattr(response, "content", b"")[:4096]
        ):
            from accounts import views

            if response.status_code == 404:
                return views.page_not_found(request)
            if response.status_code == 403:
                return views.permission_denied(request)
            return views.server_error(request)
        return response


class ProjectWithdrawnMiddleware:
    """A change to a withdrawn project, or to something of it, that reaches no page of its
    own to refuse it (a field trial's pages: fieldtrials.rules.open_trial) is answered as
    the project's pages answer it: the page saying the project has been withdrawn and that
    nothing was changed, with Restore for who may (409). The exception rolls back whatever
    the request began, so nothing is half-saved."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from programmes.services.lifecycle import ProjectWithdrawn

        if not isinstance(exception, ProjectWithdrawn):
            return None
        from programmes.views.project_pages import project_withdrawn

        return project_withdrawn(request, exception.project, "changed")
