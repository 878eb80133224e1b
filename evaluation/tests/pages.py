"""The evaluation record pages tests post to, and what they say beside a field."""

import re

from django.urls import reverse

from evaluation.kinds import RECORD_KINDS


def add_url(parent, pk, kind):
    return reverse("evaluation:record_create", kwargs={"parent": parent, "pk": pk, "kind": kind})


def edit_url(kind, pk):
    """A record's edit page: the record kit's (nextpractice/records)."""
    return reverse("records:edit", kwargs={"app": "evaluation", "kind": kind, "pk": pk})


def beside(html, field):
    """The error message shown next to `field`, or None."""
    found = re.search(
        rf'id="id_{field}_1_error" class="govuk-error-message">\s*<span[^>]*>Error:</span>'
        r"([^<]*)",
        html,
    )
    return " ".join(found.group(1).split()) if found else None


def kind(slug):
    return next(k for k in RECORD_KINDS if k.slug == slug)
