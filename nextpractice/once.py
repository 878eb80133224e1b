"""A form sent twice is acted on once: a double click, a retried post, the back button.

Every form the app renders carries a one-off token (`{{ once_field }}`, beside
`{% csrf_token %}`; the context processor below makes a new one each time it is shown, so
a GET writes nothing). `OnceMiddleware` claims the token in the database before the view
runs: a unique constraint decides which of two posts of the same form goes ahead. The other
post is not acted on: it is sent where the first one went, with a message saying it was
saved once. A post refused (4xx) or failed (an exception) gives its token back, so the
person can correct what they typed and send it again.

htmx requests carry no claim: the answering page's autosave posts the same form many times
on purpose, and each of those saves is idempotent by itself.
"""

import re
import secrets
import time
from datetime import timedelta

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.html import format_html

FIELD = "once"
TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
# How long a second post waits for the first to finish before being sent back to the form.
WAIT_SECONDS = 10
KEPT_FOR = timedelta(days=1)
ALREADY_SENT = "You sent this twice: it was saved once."


class OnceField:
    """Renders as a hidden input holding a new token each time it is rendered."""

    def __str__(self):
        return format_html(
            '<input type="hidden" name="{}" value="{}">', FIELD, secrets.token_urlsafe(24)
        )

    __html__ = __str__


def once_field(request):
    """Context processor: `{{ once_field }}`, a form's one-off token."""
    return {"once_field": OnceField()}


class OnceMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = self._token(request)
        if token is None:
            return self.get_response(request)
        from accounts.models import FormSubmission

        try:
            with transaction.atomic():
                claim = FormSubmission.objects.create(
                    token=token, user=request.user, path=request.path[:300]
                )
        except IntegrityError:
            return self._already_sent(request, token)
        try:
            response = self.get_response(request)
        except Exception:
            FormSubmission.objects.filter(pk=claim.pk).delete()
            raise
        if response.status_code >= 400:
            FormSubmission.objects.filter(pk=claim.pk).delete()
        else:
            went_to = response.get("Location", "") if 300 <= response.status_code < 400 else ""
            FormSubmission.objects.filter(pk=claim.pk).update(
                done=True, went_to=(went_to or request.path)[:300]
            )
            forget_old_submissions(user=claim.user)  # request.user is anonymous after sign-out
        return response

    @staticmethod
    def _token(request):
        if request.method != "POST" or request.headers.get("HX-Request"):
            return None
        if not getattr(request, "user", None) or not request.user.is_authenticated:
            return None
        token = request.POST.get(FIELD, "")
        return token if TOKEN.match(token) else None

    @staticmethod
    def _already_sent(request, token):
        """The second post of a form: wait for the first to finish, then go where it went."""
        from accounts.models import FormSubmission

        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            first = FormSubmission.objects.filter(token=token, user=request.user).first()
            if first is None or first.done or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        if first is not None and first.done:
            _say_once(request, ALREADY_SENT)
            return HttpResponseRedirect(first.went_to or request.path)
        # Refused meanwhile (the person may send it again), or still running: back to the form.
        return HttpResponseRedirect(request.path)


def _say_once(request, text):
    """Add `text` to the messages the person has still to see, unless it is there already:
    a triple click, or the back button and another post, showed it two or three times."""
    waiting = messages.get_messages(request)
    already = any(str(message) == text for message in waiting)
    waiting.used = False  # looked at, not shown: all are kept for the next page
    if not already:
        messages.info(request, text)


def forget_old_submissions(*, user=None):
    """Delete claims older than KEPT_FOR: `user`'s, as they send forms, or everyone's (the
    daily housekeeping), so none pile up. Returns how many."""
    from accounts.models import FormSubmission

    old = FormSubmission.objects.filter(created_at__lt=timezone.now() - KEPT_FOR)
    if user is not None:
        old = old.filter(user=user)
    return old.delete()[0]
