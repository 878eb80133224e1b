"""Who may read and write discussions. Access is decided here only.

A thread is read by whoever sees what it is about, and written in by them too, except
those who see it only as a partner (or, in a community, as an outside member): they read.
- a field trial's: whoever sees the trial (fieldtrials.rules);
- a project's, and a creative option's: whoever sees the project (programmes.rules);
- a community of practice's: whoever sees the community (fieldtrials.rules.
  can_see_community); written in by the members of its trials other than partners, its
  convenor and the officers of its trials' projects.
A thread "for officers only" is seen by the programme officers of what it is about (a
community's: its convenor and the officers of any of its trials' projects) and
administrators alone; to everyone else it does not exist (404).
"""

import rules
from django.db.models import Q
from django.http import Http404

from accounts.access import fetch_for
from accounts.memberships import memberships_of
from accounts.models import Role
from fieldtrials.models import CommunityOfPractice, FieldTrial
from fieldtrials.rules import (
    can_see_community,
    can_see_fieldtrial,
    community_officers_filter,
    community_readers_filter,
    fieldtrial_readers_filter,
    get_community_for,
    get_fieldtrial_for,
    is_trial_project_officer,
    may_change_community,
    visible_communities,
    visible_fieldtrials,
)
from nextpractice.rules_util import any_of, sees_everything, signed_in
from programmes.models import CreativeOption
from programmes.rules import (
    can_see_project,
    get_option_for,
    get_project_for,
    is_project_officer,
    openable_projects,
    project_officers_filter,
    project_readers_filter,
    projects_filter,
)

from .models import Attachment, Post, Thread, field_of

# Roles that take part in a trial's discussions; a partner only reads them.
SPEAKING_ROLES = (Role.OFFICER, Role.CONSULTANT, Role.PRACTITIONER)
PROJECT_SPEAKING_ROLES = (Role.OFFICER, Role.CONSULTANT)


def _officers_threads(user):
    """The condition on threads whose officers `user` is (see is_subject_officer), as a
    filter with no query of its own; None if they are an officer nowhere."""
    officer_trials = projects_filter(user, (Role.OFFICER,))
    convened = Q(community__convenor_id=user.pk)
    if officer_trials is None:
        return convened
    return any_of(
        Q(field_trial__in=FieldTrial.objects.filter(officer_trials)),
        projects_filter(user, (Role.OFFICER,), prefix="project__"),
        projects_filter(user, (Role.OFFICER,), prefix="option__project__"),
        Q(
            community__in=CommunityOfPractice.objects.filter(
                field_trials__in=FieldTrial.objects.filter(officer_trials)
            ).values("pk")
        ),
        convened,
    )


def visible_threads(user):
    """Threads the user may read (`discussions.view_thread` as a filter): those about the
    trials, projects, options and communities they see, less the officers' threads of
    subjects they are no officer of. One query, whatever the kinds."""
    if sees_everything(user):
        return Thread.objects.all()
    if not signed_in(user):
        return Thread.objects.none()
    # A withdrawn project's threads stay its officers', who may open it (and restore it).
    projects = openable_projects(user)
    threads = Thread.objects.filter(
        Q(field_trial__in=visible_fieldtrials(user))
        | Q(project__in=projects)
        | Q(option__project__in=projects)
        | Q(community__in=visible_communities(user))
    )
    return threads.filter(Q(officers_only=False) | _officers_threads(user))


# --- Asked of a subject (a trial, project, option or community) ----------------------------


def _project_of(subject):
    return subject.project if isinstance(subject, CreativeOption) else subject


@rules.predicate
def can_see_subject(user, subject):
    """Sees the trial, project, option or community (each app's own rule)."""
    field = field_of(subject)
    if field == "field_trial":
        return bool(can_see_fieldtrial(user, subject))
    if field == "community":
        return bool(can_see_community(user, subject))
    return bool(can_see_project(user, _project_of(subject)))


@rules.predicate
def is_subject_officer(user, subject):
    """A programme officer of what the thread is about (a community: its convenor, or an
    officer of one of its trials' projects), or an administrator."""
    if not signed_in(user):
        return False
    if sees_everything(user):
        return True
    field = field_of(subject)
    if field == "field_trial":
        return bool(is_trial_project_officer(user, subject))
    if field == "community":
        return bool(may_change_community(user, subject))
    return bool(is_project_officer(user, _project_of(subject)))


def _speaks_on_trial(user, trial):
    m = memberships_of(user)
    return bool(
        m.holds(SPEAKING_ROLES, trial_id=trial.pk)
        or m.holds(PROJECT_SPEAKING_ROLES, project_id=trial.project_id)
        or m.holds(PROJECT_SPEAKING_ROLES, programme_id=trial.project.programme_id)
        # A member of a trial in the same community of practice, other than as a partner.
        or (trial.pk in m.community_trials and m.trials(SPEAKING_ROLES))
    )


def _speaks_on_project(user, project):
    return memberships_of(user).holds(
        SPEAKING_ROLES, project_id=project.pk, programme_id=project.programme_id
    )


def _speaks_in_community(user, community):
    """A member of one of its trials other than as a partner, its convenor, or an officer of
    one of its trials' projects. Outside members (helper C's communities of interest) hold
    none of these: they read."""
    own = memberships_of(user).trials(SPEAKING_ROLES)
    if own and community.field_trials.filter(pk__in=own).exists():
        return True
    return bool(may_change_community(user, community))


@rules.predicate
def speaks_on(user, subject):
    """May start threads about `subject` and write in its threads: sees it other than only
    as a partner (or an outside member)."""
    if not signed_in(user):
        return False
    if sees_everything(user):
        return True
    if not can_see_subject(user, subject):
        return False
    field = field_of(subject)
    if field == "field_trial":
        return _speaks_on_trial(user, subject)
    if field == "community":
        return _speaks_in_community(user, subject)
    return _speaks_on_project(user, _project_of(subject))


# --- Asked of a thread or a post -----------------------------------------------------------


@rules.predicate
def can_see_thread(user, thread):
    subject = thread.subject
    if not can_see_subject(user, subject):
        return False
    return not thread.officers_only or bool(is_subject_officer(user, subject))


@rules.predicate
def may_post_in_thread(user, thread):
    return bool(can_see_thread(user, thread)) and bool(speaks_on(user, thread.subject))


@rules.predicate
def may_edit_post(user, post):
    """The post's author, while they may still write in its thread, and while it stands."""
    return bool(
        signed_in(user)
        and post.author_id == user.pk
        and not post.is_withdrawn
        and may_post_in_thread(user, post.thread)
    )


@rules.predicate
def may_withdraw_post(user, post):
    """The post's author, while they may still write in its thread, or the officers of what
    the thread is about (moderation)."""
    thread = post.thread
    if not can_see_thread(user, thread):
        return False
    return bool(
        (post.author_id == user.pk and may_post_in_thread(user, thread))
        or is_subject_officer(user, thread.subject)
    )


@rules.predicate
def may_record_lesson(user, post):
    """Officers turn a post into a lesson on what its thread is about (a trial or a project;
    an option's lesson is its project's). Communities span projects: no lesson from there.
    Nor from a thread for officers only: a lesson is read by everyone who sees the trial or
    project, and the thread is nobody else's (an officer still writes a lesson by hand)."""
    thread = post.thread
    return bool(
        thread.subject_field != "community"
        and not thread.officers_only
        and can_see_thread(user, thread)
        and is_subject_officer(user, thread.subject)
    )


rules.add_perm("discussions.view_thread", can_see_thread)
rules.add_perm("discussions.post", may_post_in_thread)
# Asked with the thread: the list of people its posts may mention (for those who post in it).
rules.add_perm("discussions.find_mentionable", may_post_in_thread)
# Asked with the subject (trial, project, option, community): its threads' list, and starting
# a thread on it.
rules.add_perm("discussions.view_threads", can_see_subject)
rules.add_perm("discussions.start_thread", speaks_on)
# Asked with the subject: the people a new thread's first post may mention.
rules.add_perm("discussions.find_mentionable_on", speaks_on)
# Asked with the subject: marking a new thread "for officers only".
rules.add_perm("discussions.start_officers_thread", is_subject_officer)
rules.add_perm("discussions.edit_post", may_edit_post)
rules.add_perm("discussions.withdraw_post", may_withdraw_post)
rules.add_perm("discussions.record_lesson", may_record_lesson)


THREAD_RELATED = (
    "field_trial__project__programme",
    "project__programme",
    "option__project__programme",
    "community__convenor",
    "created_by",
    "monthly_update",  # named on the thread's page, linked if the reader may read it
)

# A subject's kind as URLs name it -> how to fetch one for a user (each app's rules).
SUBJECT_FETCH = {
    "field-trials": (get_fieldtrial_for, "fieldtrials.view_fieldtrial"),
    "projects": (get_project_for, "programmes.view_project"),
    "options": (get_option_for, "programmes.view_record"),
    "communities": (get_community_for, "fieldtrials.view_community"),
}


def get_subject_for(user, kind, pk, perm=None):
    """The trial, project, option or community `pk` of `kind` ("field-trials", "projects",
    "options", "communities"): 404 for an unknown kind or one the user may not see, 403 for
    `perm` they lack on one they see."""
    try:
        fetch, view_perm = SUBJECT_FETCH[kind]
    except KeyError:
        raise Http404("No such page.") from None
    return fetch(user, pk, perm or view_perm)


def get_thread_for(user, pk, perm="discussions.view_thread"):
    """A thread the user may read: 404 for one they may not (or for none), 403 for `perm`
    they lack on one they read (a partner replying)."""
    return fetch_for(
        user,
        visible_threads(user).select_related(*THREAD_RELATED),
        pk,
        perm,
        view_perm="discussions.view_thread",
    )


def get_post_for(user, pk, perm=None):
    """A post of a thread the user may read (404 otherwise); 403 for `perm` they lack."""
    posts = Post.objects.filter(thread__in=visible_threads(user)).select_related(
        *(f"thread__{r}" for r in THREAD_RELATED), "author", "withdrawn_by"
    )
    return fetch_for(user, posts, pk, perm, view_perm=None)


def get_attachment_for(user, pk):
    """A file attached to a standing post in a thread the user may read; 404 for anyone
    else (a withdrawn post's files go with its words)."""
    attachments = Attachment.objects.filter(
        post__thread__in=visible_threads(user), post__withdrawn_at__isnull=True
    )
    return fetch_for(user, attachments, pk, None, view_perm=None)


# --- Who may read a thread, and whom a post may mention ------------------------------------


def thread_readers(thread):
    """The active people who may read `thread` (`discussions.view_thread`, asked of people:
    whoever sees what it is about; for a thread for officers only, its officers among them;
    and administrators), as one query however many they are. `thread` may be one not yet
    saved (a new thread's subject and officers_only set)."""
    from accounts.models import User

    subject, field = thread.subject, thread.subject_field
    if field == "field_trial":
        sees = fieldtrial_readers_filter(FieldTrial.objects.filter(pk=subject.pk))
        officers = project_officers_filter(subject.project)
    elif field == "community":
        sees, officers = community_readers_filter(subject), community_officers_filter(subject)
    else:
        project = _project_of(subject)
        sees, officers = project_readers_filter(project), project_officers_filter(project)
    readers = User.objects.filter(sees)
    if thread.officers_only:
        readers = readers.filter(officers)
    return User.objects.filter(
        Q(is_superuser=True) | Q(pk__in=readers.values("pk")), is_active=True
    )


def _mention_pool(subject):
    """Active people who might read threads about `subject`, as a filter: the people of the
    programmes of its trials (a trial's, or a community's), of the trials that share a
    community of practice with them, or of its project's programme; for a community, its
    convenor and those who joined it from outside. Administrators beyond them are not
    offered (nobody's colleague here), nor may they be mentioned."""
    from communities.models import JoinRequest
    from programmes.rules import _people_memberships

    field = field_of(subject)
    extra = Q(pk__in=[])
    if field in ("field_trial", "community"):
        trials = (
            FieldTrial.objects.filter(pk=subject.pk)
            if field == "field_trial"
            else subject.field_trials.all()
        )
        shared = CommunityOfPractice.objects.filter(field_trials__in=trials.values("pk"))
        programmes = FieldTrial.objects.filter(
            Q(pk__in=trials.values("pk")) | Q(communities__in=shared.values("pk"))
        ).values("project__programme_id")
        if field == "community":
            joined = JoinRequest.objects.filter(
                community=subject, status=JoinRequest.Status.APPROVED
            ).values("user_id")
            extra = Q(pk=subject.convenor_id) | Q(pk__in=joined)
    else:
        programmes = [_project_of(subject).programme_id]
    rows = [m.values("user_id") for m in _people_memberships(programme_id__in=programmes)]
    return Q(pk__in=rows[0]) | Q(pk__in=rows[1]) | Q(pk__in=rows[2]) | extra


def mentionable(thread):
    """The people a post in `thread` may mention, and whom its mentions tell: those who may
    read it (thread_readers) among its programme's people (_mention_pool). One query."""
    return thread_readers(thread).filter(_mention_pool(thread.subject))


def mentionable_people(thread, text="", *, page=1, per_page=10, asker=None):
    """One page of the people a post in `thread` may mention (mentionable), whose name holds
    each word of `text`, by name; never `asker`. One query, however many they are. `thread`
    may be one not yet saved (a new thread's subject and officers_only set). Returns
    (people, whether more follow)."""
    people = mentionable(thread).select_related("organisation")
    for word in str(text or "").split()[:5]:
        people = people.filter(full_name__icontains=word)
    if asker is not None:
        people = people.exclude(pk=asker.pk)
    skip = (max(page, 1) - 1) * per_page
    found = list(people.order_by("full_name", "pk")[skip : skip + per_page + 1])
    return found[:per_page], len(found) > per_page
