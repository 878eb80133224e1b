"""What a thread can be about, as pages name it: its kind in URLs, its noun, its page."""

from django.urls import reverse
from django.utils.html import format_html

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


def who_reads(subject, user, *, officers_only=False, may_keep=False):
    """Who reads a discussion of `subject`, and so downloads its files, in a few words, as
    discussions/rules.py decides it: a sentence (safe HTML) for the file's hint. With
    `may_keep`, a new thread's starter may keep it for programme officers: who reads it
    then too. A field trial's names the teams of the other trials of its communities of
    practice (one query) and links its People page for whoever may open it."""
    field = field_of(subject)
    if field == "community":
        officers = "its convenor and the officers of its field trials' projects and programmes"
    else:
        officers = "the officers of its project and its programme"
    if officers_only:
        return format_html("Only {} can read this discussion and download its files.", officers)
    people_link = ""
    if field == "field_trial":
        from fieldtrials.readers import readers_in_words, reading_communities

        everyone = readers_in_words(reading_communities(subject), members=True)
        if user.has_perm("fieldtrials.view_people", subject):
            people_link = format_html(
                ' <a class="govuk-link" href="{}">See who reads the trial</a>.',
                reverse("people:people", args=["field-trial", subject.pk]),
            )
    elif field == "community":
        everyone = (
            "the people of its field trials, the officers, consultants and partners of their "
            "projects and programmes, and those who joined it from outside while it is open "
            "to others"
        )
    else:
        everyone = (
            "the project's members and the officers, consultants and partners of its programme"
        )
    kept = format_html(" If you keep it for programme officers, only {} can.", officers)
    return format_html(
        "Everyone who can read this discussion can download it: {}.{}{}",
        everyone,
        kept if may_keep else "",
        people_link,
    )
