"""A form sent that could not be saved: its page had been open too long (or the person signed
in again elsewhere, which changes the form's security token), or they had been signed out.

Either way the person is told plainly that nothing was saved, and is shown what they typed
so that they can copy it into the form again. Never shown: passwords and the form's own
workings (its tokens, the version it was based on, the values its page started from).
"""

import re

from django import forms
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import patch_cache_control
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.module_loading import import_string

# The form's own workings, not anything a person typed.
WORKINGS = {"csrfmiddlewaretoken", "once", "version", "based_on", "started_from", "next"}
WORKINGS_PREFIXES = ("initial-",)  # what an edit form's page started from (records/merge.py)
WORKINGS_SUFFIXES = ("-TOTAL_FORMS", "-INITIAL_FORMS", "-MIN_NUM_FORMS", "-MAX_NUM_FORMS")
SECRET = re.compile(r"passw|pwd|secret|token", re.IGNORECASE)
IN_A_LIST = re.compile(r"^(?:.+-)?(\d+)-(.+)$")  # a formset's row: "form-0-title"
ONLY_AN_ID = re.compile(r"^[0-9]+$")
# The forms of the pages where most is typed, by the name of the address they are sent to:
# their own labels ("Trial plan", not "Plan") and choices' words ("Green", not "green").
FORMS = {
    "fieldtrials:fieldtrial_edit": "fieldtrials.forms.trial.TrialDetailsForm",
    "fieldtrials:update_create": "fieldtrials.forms.updates.MonthlyUpdateForm",
    "fieldtrials:update_edit": "fieldtrials.forms.updates.MonthlyUpdateForm",
    "fieldtrials:update_autosave": "fieldtrials.forms.updates.MonthlyUpdateForm",
    "fieldtrials:update_autosave_new": "fieldtrials.forms.updates.MonthlyUpdateForm",
    "fieldtrials:milestone_create": "fieldtrials.forms.records.MilestoneForm",
    "fieldtrials:milestone_edit": "fieldtrials.forms.records.MilestoneForm",
    "fieldtrials:risk_create": "fieldtrials.forms.records.RiskForm",
    "fieldtrials:risk_edit": "fieldtrials.forms.records.RiskForm",
    "fieldtrials:offer_ask": "fieldtrials.forms.records.OfferAskForm",
    "fieldtrials:offer_create": "fieldtrials.forms.records.OfferUseForm",
    "fieldtrials:offer_edit": "fieldtrials.forms.records.OfferUseForm",
    "fieldtrials:support_create": "fieldtrials.forms.records.SupportSessionForm",
    "fieldtrials:pti_create": "fieldtrials.forms.records.PowerToInnovateForm",
    "fieldtrials:pti_edit": "fieldtrials.forms.records.PowerToInnovateForm",
    "fieldtrials:brokered_create": "fieldtrials.forms.records.BrokeredRelationshipForm",
    "fieldtrials:brokered_edit": "fieldtrials.forms.records.BrokeredRelationshipForm",
}
# Elsewhere, the words of field names used by several forms, where the name alone misleads.
WORDS = {
    "rag": "Red, amber or green rating",
    "plan": "Trial plan",
    "trigger": "What triggered it",
    "what_next": "What is next",
    "in_the_way": "What is in the way",
}
# Longer than this, or on more than one line: a box to copy from rather than a line.
SHORT = 80
# However many values a form sent, the page shows at most this many.
AT_MOST = 200


def form_page(request):
    """The page the request came from (its Referer) when that is a page of this site, else
    "": "Go back to the form" links there, never to another site's address."""
    referer = request.META.get("HTTP_REFERER", "")
    try:
        host = request.get_host()
    except DisallowedHost:  # the request's own host is not ours: no address to trust
        return ""
    ours = url_has_allowed_host_and_scheme(
        referer, allowed_hosts={host}, require_https=request.is_secure()
    )
    # Kept whole: a path cut from it could read as another site's ("//elsewhere/...").
    return referer if ours else ""


def label_for(name):
    """A field's name as words: "what_happened" is "What happened", a list's third
    "form-2-title" is "Title (3)"."""
    row = IN_A_LIST.match(name)
    number = ""
    if row:
        number, name = f" ({int(row.group(1)) + 1})", row.group(2)
    words = re.sub(r"[_-]+", " ", name).strip()
    return (words[:1].upper() + words[1:] or "Unnamed box") + number


def is_shown(name):
    return not (
        name in WORKINGS
        or name.startswith(WORKINGS_PREFIXES)
        or name.endswith(WORKINGS_SUFFIXES)
        or name.endswith("_choice")  # the id of a suggestion picked (widgets.SearchInput)
        or SECRET.search(name)
    )


def form_fields(request):
    """The fields of the form sent, by name, when its address is one of FORMS; else {}."""
    try:
        dotted = FORMS.get(resolve(request.path_info).view_name)
    except Resolver404:
        return {}
    return import_string(dotted).base_fields if dotted else {}


def only_ids(field, sent):
    """Whether what a box sent is only rows' ids (ticked boxes, a list chosen from), which
    nobody can copy into the form again: the boxes are ticked on the form itself."""
    ids = [v for v in sent if v.strip()]
    by_id = isinstance(field, forms.ModelChoiceField | forms.ModelMultipleChoiceField)
    return all(ONLY_AN_ID.match(v.strip()) for v in ids) and (by_id or len(ids) > 1)


def as_words(field, value):
    """A fixed choice's words ("Green" for "green"); a value of any other box as it came."""
    if isinstance(field, forms.ChoiceField) and not isinstance(field, forms.ModelChoiceField):
        choices = {
            str(key): words for key, words in field.choices if not isinstance(words, list | tuple)
        }
        return str(choices.get(value, value))
    return value


def typed(request):
    """What the form sent that a person typed or chose, as dicts of label, value and whether
    it is long (a box to copy from), in the form's order; then the names of files it sent.
    Left out: ids, which are not words anyone typed (ticked boxes, a suggestion picked)."""
    fields = form_fields(request)
    values = []
    for name, sent in request.POST.lists():
        field = fields.get(name)
        if not is_shown(name) or only_ids(field, sent):
            continue
        value = "\n".join(v for v in sent if v.strip()) if len(sent) > 1 else sent[0]
        if not value.strip():
            continue
        if field is not None:
            value = as_words(field, value)
        long = len(value) > SHORT or "\n" in value or "\r" in value
        label = (field and field.label) or WORDS.get(name) or label_for(name)
        values.append({"label": label, "value": value, "long": long})
    files = [f.name for name in request.FILES for f in request.FILES.getlist(name)]
    return values[:AT_MOST], files[:AT_MOST]


def unsaved_page(request, template, status, *, echo=True, **context):
    """The page saying nothing was saved, with what was typed when `echo`. Kept by no cache:
    a shared staff-room computer's next user must not find it with the back button."""
    values, files = typed(request) if echo and request.method == "POST" else ([], [])
    context.update(typed=values, files=files, back=form_page(request))
    response = render(request, template, context, status=status)
    patch_cache_control(response, private=True, no_store=True)
    return response


def signed_out(request):
    """A form sent by someone whose session had ended (accounts.access.requires): not the
    sign-in page, which would bring them back to an empty form, but this page (401)."""
    again = form_page(request) or request.get_full_path()
    sign_in = f"{reverse('accounts:login')}?{urlencode({'next': again})}"
    return unsaved_page(request, "accounts/signed_out.html", 401, sign_in=sign_in)


# The line an htmx request from someone signed out is answered with: not swapped in, since
# autosave.js knows the 401 and says it beside the form, in the form's own words.
HTMX_SIGNED_OUT = "You have been signed out, so this was not saved."
SIGNED_OUT_LINE = '<p class="govuk-error-message" data-state="signed-out">{}</p>'


def htmx_signed_out(request):
    """An htmx request (an autosave) from someone whose session had ended: 401 and a short
    line, never swapped in (HX-Reswap: none), rather than the sign-in page, which htmx would
    follow and put where the "Saved" line goes. Not cached: nothing of a session is in it."""
    line = format_html(SIGNED_OUT_LINE, HTMX_SIGNED_OUT)
    response = HttpResponse(line, status=401)
    response["HX-Reswap"] = "none"
    patch_cache_control(response, private=True, no_store=True)
    return response
