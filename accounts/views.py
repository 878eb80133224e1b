"""Home pages, signing in and out, profile and notifications."""

from datetime import timedelta

from axes.helpers import get_client_ip_address
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import redirect, render
from django.template import loader
from django.urls import reverse, reverse_lazy
from django.utils.http import urlencode
from django.views.decorators.csrf import csrf_exempt, requires_csrf_token
from django.views.decorators.http import require_http_methods, require_POST
from django.views.generic import RedirectView

from nextpractice import once, throttle
from nextpractice.jobs import JobRefused
from nextpractice.words import in_a_list

from . import selectors, services
from .access import public, requires
from .forms import (
    LoginForm,
    NotificationEmailsForm,
    PasswordChangeForm,
    PasswordResetForm,
    ProfileForm,
    SetPasswordForm,
)
from .models import NotificationKind, Organisation, User, kind_in_full
from .notification_links import mark_closed_links
from .rules import get_notification_for, own_notifications, visible_organisations
from .search import organisation_suggestions, page_number
from .unsaved import form_page, htmx_signed_out, unsaved_page
from .unsubscribe import read_token


@requires(None)
def home(request):
    """Each person's starting point: what they run, what they belong to, what awaits them."""
    return render(request, "accounts/home.html", selectors.home_for(request.user))


class BadInputIs400:
    """Form views answer invalid input with 400, the form and its messages."""

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class LoginView(BadInputIs400, auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        # settings.SSO is None unless an operator has set up single sign-on.
        return super().get_context_data(**kwargs, sso=settings.SSO)


login = public(LoginView.as_view())
# /accounts/login/ (Django's and most sites' address) to the sign-in page, with its ?next=.
login_elsewhere = public(
    RedirectView.as_view(pattern_name="accounts:login", query_string=True, permanent=True)
)
logout = public(auth_views.LogoutView.as_view())


# Reset e-mails: at most this many an hour to one address, and from one client (an IP
# address, which a whole school's staff may share: a staff meeting's worth).
PASSWORD_RESETS_PER_HOUR = 5
PASSWORD_RESETS_PER_HOUR_FROM_ONE_CLIENT = 40


def may_send_password_reset(request, email):
    """Whether a reset link may go: within the hourly limit for the client (its IP address,
    found as django-axes finds it for sign-in lockouts) and then for the address."""
    client = get_client_ip_address(request) or "unknown"
    hour = timedelta(hours=1)
    # Client first: a client past its limit uses up nobody's address allowance.
    return throttle.allow(
        scope="password_reset.client",
        key=client,
        limit=PASSWORD_RESETS_PER_HOUR_FROM_ONE_CLIENT,
        per=hour,
    ) and throttle.allow(
        scope="password_reset.address",
        key=email.strip().lower(),
        limit=PASSWORD_RESETS_PER_HOUR,
        per=hour,
    )


def first_send_of_this_form(request):
    """Whether this is the first post of this rendering of the reset form: a double click or
    a retried post sends one e-mail. The form's one-off token (nextpractice/once.py, which
    claims tokens of signed-in people only) is claimed here, decided in the database; a post
    without one (an old page, a script) is left to the hourly limits."""
    token = request.POST.get(once.FIELD, "")
    if not once.TOKEN.match(token):
        return True
    return throttle.allow(scope="password_reset.form", key=token, limit=1, per=once.KEPT_FOR)


class PasswordResetView(BadInputIs400, auth_views.PasswordResetView):
    template_name = "accounts/password_reset_form.html"
    form_class = PasswordResetForm
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        if not first_send_of_this_form(self.request) or not may_send_password_reset(
            self.request, form.cleaned_data["email"]
        ):
            # The page that says a link was sent if the address has an account: nobody
            # learns whether it has one, nor whether they were held back.
            return HttpResponseRedirect(self.get_success_url())
        try:
            return super().form_valid(form)
        except JobRefused as refused:
            # Keep what they typed and say why, rather than a 500.
            form.add_error(None, refused.message)
            return self.render_to_response(self.get_context_data(form=form), status=503)


password_reset = public(PasswordResetView.as_view())

password_reset_done = public(
    auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html")
)


class PasswordResetConfirmView(BadInputIs400, auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    form_class = SetPasswordForm
    success_url = reverse_lazy("accounts:password_reset_complete")

    def get_user(self, uidb64):
        """Django's, but an erased account has no link that works (accounts/erasure.py): its
        page says the link is no longer valid, and no password is set."""
        user = super().get_user(uidb64)
        return None if user is not None and user.erased_at is not None else user

    def get_context_data(self, **kwargs):
        # A link sent before the account was switched off: Django's token does not change
        # with it, so the page says why no password can be chosen (as a new request's
        # e-mail does) rather than show the form.
        switched_off = self.validlink and not self.user.is_active
        return super().get_context_data(**kwargs, switched_off=switched_off)

    def post(self, request, *args, **kwargs):
        if not self.user.is_active:  # the link is good (Django's dispatch checked it)
            return self.render_to_response(self.get_context_data(), status=403)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        services.tell_of_new_password(user=form.user, reset=True)
        # The pause after wrong passwords ends with a new one, as the paused page promises
        # ("or reset your password"): the link came to the account's own address. Typed
        # in any case at the sign-in page, the address is matched so.
        AccessAttempt.objects.filter(username__iexact=form.user.email).delete()
        return response


password_reset_confirm = public(PasswordResetConfirmView.as_view())
password_reset_complete = public(
    auth_views.PasswordResetCompleteView.as_view(
        template_name="accounts/password_reset_complete.html"
    )
)


class PasswordChangeView(BadInputIs400, auth_views.PasswordChangeView):
    """A signed-in person changes their password; they stay signed in on this device."""

    template_name = "accounts/password_change.html"
    form_class = PasswordChangeForm
    success_url = reverse_lazy("accounts:profile")

    def form_invalid(self, form):
        # Paused after too many tries at the current password: 429, saying until when.
        paused = form.has_error("old_password", code="paused")
        status = 429 if paused else 400
        return self.render_to_response(self.get_context_data(form=form), status=status)

    def form_valid(self, form):
        response = super().form_valid(form)
        services.tell_of_new_password(user=form.user)
        messages.success(self.request, "Your password has been changed.")
        return response


password_change = requires(None)(PasswordChangeView.as_view())


@requires(None)
def profile(request):
    """A person's own details; they may change their name and job title. Their organisation
    is shown, not offered: it gives rights, so whoever manages their team sets it."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST":
        if form.is_valid():
            changed = services.update_profile(
                user=request.user,
                full_name=form.cleaned_data["full_name"],
                job_title=form.cleaned_data["job_title"],
            )
            if changed:
                messages.success(request, "Your details have been saved.")
            else:
                messages.info(request, "Nothing was changed, so nothing was saved.")
            return redirect("accounts:profile")
        request.user.refresh_from_db()
        return render(request, "accounts/profile.html", {"form": form}, status=400)
    return render(request, "accounts/profile.html", {"form": form})


@requires("accounts.search_organisations")
def organisation_search(request):
    """Suggestions for an organisation search box: a page of those whose name starts with
    `q`, whose URN is `q` or whose local authority's name starts with `q` (JSON); when none
    does, for those who may add an organisation, where to (`add_url`)."""
    kinds = [k for k in request.GET.getlist("kind") if k in Organisation.Kind.values]
    results, more = organisation_suggestions(
        visible_organisations(request.user),
        text=request.GET.get("q", ""),
        page=(page := page_number(request.GET.get("page"))),
        kinds=kinds,
    )
    answer = {"results": results, "page": page, "has_next": more}
    if not results and page == 1 and request.user.has_perm("directory.add_organisation"):
        # Nothing matches: where to add it, for those who may (static/js/autocomplete.js
        # offers the link). Asked only then, as the box asks at each pause in typing.
        # The box's kinds go with it: the form there offers only those.
        add = reverse("directory:organisation_create")
        answer["add_url"] = f"{add}?{urlencode([('kind', k) for k in kinds])}" if kinds else add
    return JsonResponse(answer)


# How many of a person's latest notifications their notifications page lists.
NOTIFICATIONS_SHOWN = 100

# What waits on the person is listed first, whatever its age: someone's question to them in
# a discussion, then someone asking to join a community they look after (a tester heard a
# mention only after fifteen routine milestone and stage items).
WAITING_KINDS = (NotificationKind.MENTION, NotificationKind.JOIN_REQUESTED)


def notification_group(kind, count, new):
    """One group's heading: its kind's words and id, how many it lists and how many are new."""
    label = kind_in_full(kind) if kind in NotificationKind.values else "Other"
    # An id without the dots of "discussions.mention": htmx finds it as a CSS selector.
    return {
        "kind": kind,
        "id": "notifications-" + kind.replace(".", "-").replace("_", "-"),
        "label": label,
        "count": count,
        "new": new,
    }


def notification_groups(items):
    """The notifications grouped by kind: those waiting on the person first, then the others,
    the group with the newest first; each a heading (notification_group) and its items."""
    by_kind = {}
    for item in items:
        by_kind.setdefault(item.kind, []).append(item)
    kinds = [k for k in WAITING_KINDS if k in by_kind]
    kinds += [k for k in by_kind if k not in kinds]
    return [
        {
            **notification_group(
                kind, len(by_kind[kind]), sum(1 for i in by_kind[kind] if i.read_at is None)
            ),
            "items": by_kind[kind],
        }
        for kind in kinds
    ]


@requires("accounts.view_notification")
def notifications(request):
    """A person's latest notifications, grouped by what they are about: what waits on them
    first, then the newest group first."""
    # Each knows whether its link still opens for them (a community closed since, a trial
    # they left): a dead link is shown as plain text.
    items = mark_closed_links(
        request.user, list(own_notifications(request.user)[:NOTIFICATIONS_SHOWN])
    )
    context = {
        "notifications": items,
        "groups": notification_groups(items),
        "unread": sum(1 for item in items if item.read_at is None),
    }
    return render(request, "accounts/notifications.html", context)


@require_POST
@requires(None)
def notifications_read_all(request):
    """Every one of the person's unread notifications marked read, at once."""
    count = services.mark_all_notifications_read(user=request.user)
    if count:
        messages.success(
            request, f"{count} notification{'s' if count != 1 else ''} marked as read."
        )
    return redirect("accounts:notifications")


@requires(None)
def notification_emails(request):
    """A person chooses which kinds of notification they also get by e-mail."""
    muted = set(request.user.email_muted_kinds)
    asked = services.notification_kinds_for(request.user)
    initial = {"kinds": [k.value for k in asked if k not in muted]}
    form = NotificationEmailsForm(request.POST or None, initial=initial, kinds=asked)
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "accounts/notification_emails.html", {"form": form}, status=400)
        services.choose_notification_emails(
            user=request.user, kinds=form.cleaned_data["kinds"], asked=asked
        )
        messages.success(request, "Your e-mail choices have been saved.")
        return redirect("accounts:notifications")
    return render(request, "accounts/notification_emails.html", {"form": form})


# Mail apps post here from their "Unsubscribe" button (RFC 8058) with no session and no CSRF
# token, so this one view is exempt from the CSRF check: what allows the change is the signed
# token in its address, which a page elsewhere cannot know or make, and all it can do is
# switch e-mails off for the person the token names.
@public
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """Stop the e-mails of the kinds an e-mail's link names, for the person it was sent to,
    with no sign-in (accounts/unsubscribe.py). A GET only asks (a link opened in a browser,
    or fetched by a mail filter, changes nothing); a POST, from its button or a mail app,
    switches them off, once: sent again, it changes nothing and says the same."""
    named = read_token(token)
    person = User.objects.filter(pk=named[0]).first() if named else None
    if person is None:  # changed or cut short (400), or the account is gone (404)
        status = 400 if named is None else 404
        return render(request, "accounts/unsubscribe_bad_link.html", status=status)
    kinds = named[1]
    # Stopped before this link was opened (by it, or on the settings page): said, not asked.
    already = set(kinds) <= set(person.email_muted_kinds or [])
    if request.method == "POST":
        services.stop_notification_emails(user=person, kinds=kinds)
    context = {
        # As the notification e-mails page names them, quoted: "Stop e-mails about “Someone
        # mentions you in a discussion”?"
        "about": in_a_list(f"“{kind_in_full(kind)}”" for kind in kinds),
        "address": person.email,
        "stopped": request.method == "POST",
        "already": already and request.method != "POST",
    }
    return render(request, "accounts/unsubscribe.html", context)


@require_POST
@requires("accounts.change_notification")
def notification_read(request, pk):
    notification = get_notification_for(request.user, pk, "accounts.change_notification")
    services.mark_notification_read(notification=notification, actor=request.user)
    if request.htmx:
        mark_closed_links(request.user, [notification])
        # Its group's heading, counted again as the page counts it: one fewer new.
        latest = own_notifications(request.user).values_list("kind", "read_at")
        group = [
            read_at for kind, read_at in latest[:NOTIFICATIONS_SHOWN] if kind == notification.kind
        ]
        heading = notification_group(
            notification.kind, len(group), sum(1 for read_at in group if read_at is None)
        )
        return render(
            request,
            "accounts/partials/notification_read.html",
            {"notification": notification, "group": heading},
        )
    messages.success(request, "The notification is marked as read.")
    return redirect("accounts:notifications")


# What Django's multipart parser says when a file's part of a form has a header longer than
# it reads (1,024 bytes): a file named with some 950 characters or more.
HEADER_TOO_LONG = "Request max total header size exceeded."
NAME_TOO_LONG = "The file's name is too long: rename it to something shorter and try again."


@requires_csrf_token
def bad_request(request, exception=None):
    """A request that could not be read. A file whose name is too long is refused before
    any page sees the form (Django reads at most 1,024 bytes of a file's header): say so,
    not "something was wrong"."""
    long_name = isinstance(exception, MultiPartParserError) and str(exception) == HEADER_TOO_LONG
    context = {"reason": NAME_TOO_LONG if long_name else "", "back": ""}
    if long_name:
        context["back"] = form_page(request)
    return render(request, "400.html", context, status=400)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def permission_denied(request, exception=None):
    """Why they were refused, in the words the refusing code gave ("Communities of practice
    are for people working on field trials."): ours are written as sentences for people;
    anything else (a library's "Forbidden user agent", an empty reason) gets the page's own."""
    reason = str(exception or "").strip()
    said = reason[:1].isupper() and reason.endswith(".") and len(reason) <= 200
    return render(request, "403.html", {"reason": reason if said else ""}, status=403)


# Django's reasons for refusing a form because it came from another site's page, not from an
# expired page of ours: what such a form sent is not shown back (another site could make
# this site's page say anything it liked).
FROM_ELSEWHERE = ("Origin checking failed", "Referer checking failed")


def csrf_failure(request, reason=""):
    """A form whose security token no longer matches (settings.CSRF_FAILURE_VIEW): its page
    had been open too long, or the person signed out and in again in another tab (which
    changes the token). Nothing was saved: say so, link back to the form, and show what they
    typed so that they can copy it. Not "You do not have access to this": they have.

    An autosave (htmx) from someone no longer signed in (both their cookies gone) is answered
    as signed out (401), which is what happened and what autosave.js then says."""
    if request.headers.get("HX-Request") and not request.user.is_authenticated:
        return htmx_signed_out(request)
    return unsaved_page(request, "403_csrf.html", 403, echo=not reason.startswith(FROM_ELSEWHERE))


def server_error(request):
    # No context processors: the database may be what failed. The request only gives its id.
    return HttpResponse(loader.get_template("500.html").render({"request": request}), status=500)
