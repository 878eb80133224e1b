"""What a thread can be about, as pages name it: its kind in URLs, its noun, its page."""

from django.urls import reverse

from programmes.models import shut_project_of

from .models import KIND_OF_FIELD, field_of

NOUNS = {
    "field_trial": "field trial",
    "project": "project",
    "option": "creative option",
    "community": "community of practice",
}


def kind_of(subject):
    """ "field-trials", "projects", "options" or "communities"."""
    return KIND_OF_FIELD[field_of(subject)]


def noun_of(subject):
    return NOUNS[field_of(subject)]


def name_of(subject):
    """The subject's title (a community's name)."""
    return getattr(subject, "title", None) or str(subject)


def url_of(subject):
    """The subject's own page."""
    if field_of(subject) == "community":
        return reverse("fieldtrials:community_detail", args=[subject.pk])
    return subject.get_absolute_url()


def threads_url(subject):
    """The list of the subject's threads (a trial's keeps its first address)."""
    if field_of(subject) == "field_trial":
        return reverse("discussions:thread_list", args=[subject.pk])
    return reverse("discussions:thread_list_for", args=[kind_of(subject), subject.pk])


def project_of(subject):
    """The project `subject` is, or whose field trial or creative option it is; None for a
    community of practice."""
    field = field_of(subject)
    if field == "project":
        return subject
    if field in ("field_trial", "option"):
        return subject.project
    return None


def may_start(user, subject):
    """Whether a page offers `user` "Start a discussion" on `subject`."""
    # No thread is started on a withdrawn project, nor its trials or options, until it is
    # restored, nor on a closed one until it is reopened (the page is refused, 409, as for
    # its other records).
    return shut_project_of(subject) is None and user.has_perm("discussions.start_thread", subject)


def new_thread_url(subject):
    if field_of(subject) == "field_trial":
        return reverse("discussions:thread_create", args=[subject.pk])
    return reverse("discussions:thread_create_for", args=[kind_of(subject), subject.pk])
