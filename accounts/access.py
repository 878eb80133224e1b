"""The one way views declare and enforce access.

Every view is wrapped in `requires(perm)` or `public`; a test fails for any URL whose view
carries neither. Object access is decided in each app's rules.py: views fetch objects
through its `get_<noun>_for` helpers, which call `fetch_for` here.
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404

from .unsaved import htmx_signed_out, signed_out


def public(view):
    """Mark a view as open to anyone, signed in or not (login, password reset, health)."""
    view.np_access = "public"
    return view


def requires(perm):
    """Mark a view as needing a signed-in user; `perm` names the permission it checks.

    The object-level check itself happens in the view's `get_<noun>_for` call, so that
    the object is fetched once; `perm=None` means signed-in users may use it for their own
    things only (their profile, their notifications).

    Someone not signed in is sent to sign in, except a form they sent (their session had
    ended while they typed): that is answered with a page saying nothing was saved, showing
    what they typed, rather than with the sign-in page and then an empty form. Sent by htmx
    (an autosave), it is answered 401 with a line saying so and nothing to swap in
    (htmx_signed_out): htmx would follow a redirect and put the sign-in page in its place,
    and static/js/autosave.js says, beside the form, that it was not saved.
    """

    def decorate(view):
        signing_in = login_required(view)

        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST" and not request.user.is_authenticated:
                if request.headers.get("HX-Request"):
                    return htmx_signed_out(request)
                return signed_out(request)
            return signing_in(request, *args, **kwargs)

        wrapped.np_access = perm or "signed-in"
        return wrapped

    return decorate


def fetch_for(user, queryset, pk, perm, *, view_perm, reason=None):
    """The object with `pk` from `queryset` (already filtered to what `user` may see).

    404 when it is outside what they may see, whether it exists or not; 403 when they may
    see it but not do `perm` to it, saying `reason` (a sentence for the 403 page) or, without
    one, that they may see it but not do that. `view_perm` is the permission the queryset's
    filter already decides (the same rule), so it is not asked again.
    """
    try:
        obj = queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError):
        raise Http404("No such page, or you do not have access to it.") from None
    if perm and perm != view_perm and not user.has_perm(perm, obj):
        raise PermissionDenied(reason or "You can see this, but you may not do that.")
    return obj
