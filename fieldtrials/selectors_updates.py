"""Reading monthly updates and communities of practice, as a given user may see them.

Who may see what is decided in rules.py; these only shape what it allows for pages.
"""

from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, Max, Prefetch, Q
from django.urls import reverse

from accounts.models import Event
from communities.rules import communities_seen_in_full
from communities.selectors import joined_from_outside
from discussions.models import Thread
from discussions.rules import visible_threads
from nextpractice.history import entries, kind_filter, team_only_verbs

from .models import CommunityMeeting, CommunityOfPractice, FieldTrial, MonthlyUpdate
from .rules import may_change_trial, visible_communities, visible_fieldtrials, visible_updates
from .services.updates import (
    add_months,
    current_month,
    has_month_to_write,
    month_label,
    reportable_months,
    written_months_filter,
)

LATEST = 6
REPORTING = (FieldTrial.Status.INCUBATING, FieldTrial.Status.REPORTING)


def updates_for(trial, user):
    """The trial's updates `user` may read (rules.visible_updates: drafts only for those who
    may change them), newest month first."""
    return (
        visible_updates(user).filter(field_trial=trial).select_related("author").order_by("-month")
    )


def expects_update(trial, month):
    """Whether the trial should have reported on `month`: it was running then."""
    if trial.status not in REPORTING:
        return False
    if trial.start_date and trial.start_date >= add_months(month, 1):
        return False
    return not (trial.end_date and trial.end_date < month)


def month_to_write(trial):
    """Whether some month `trial` may report on has no update yet, so that "Write an update"
    leads to a form: not before it starts, nor once every month has its update, nor while
    its project takes no changes (closed or withdrawn: the form is refused, 409), when it
    owes none (one query, none before it starts or once its project is closed)."""
    if not trial.project.takes_changes or not reportable_months(trial):
        return False
    written = MonthlyUpdate.objects.filter(written_months_filter(trial), field_trial=trial)
    return has_month_to_write(trial, written.count())


def written_again(trial, updates):
    """{month: the trial's current update for it} for the months of the withdrawn ones of
    `updates`: each was written again after it was withdrawn, so it is not restored until
    that one is withdrawn (the model's one_update_a_month). One query, none when none of
    them is withdrawn."""
    months = {update.month for update in updates if update.is_withdrawn}
    if not months:
        return {}
    current = MonthlyUpdate.objects.current().filter(field_trial=trial, month__in=months)
    return {update.month: update for update in current}


def trial_updates(trial, user):
    """What the trial page shows of its monthly updates for `user`.

    A dict: `latest` (the newest six submitted updates), `drafts` (the trial's drafts,
    newest first, only for those who may change them), `current_draft` (this month's draft
    or None), `total` (how many updates the user may read), `last_complete_month` and
    `missing_last_month` (the trial was running then and has not submitted it),
    `month_to_write` (a month it may report on has no update yet and its project takes
    changes: "Write an update" leads somewhere) and `can_change`.
    """
    can_change = user.has_perm("fieldtrials.change_record", trial)
    may_write = may_change_trial(user, trial, "fieldtrials.change_record")
    readable = updates_for(trial, user)
    current = readable.current()
    latest = list(current.filter(status=MonthlyUpdate.Status.SUBMITTED)[:LATEST])
    # Nobody else may read a draft: skip asking when the user may not change the trial.
    drafts = list(current.filter(status=MonthlyUpdate.Status.DRAFT)) if can_change else []
    this_month = current_month()
    last_month = add_months(this_month, -1)
    # The newest submitted months come first, so last month, if submitted, is among them.
    submitted_last_month = any(u.month == last_month for u in latest)
    counted = readable.aggregate(
        total=Count("pk"), written=Count("pk", filter=written_months_filter(trial))
    )
    return {
        "latest": latest,
        "drafts": drafts,
        "current_draft": next((d for d in drafts if d.month == this_month), None),
        "total": counted["total"],
        "month_to_write": may_write and has_month_to_write(trial, counted["written"]),
        "last_complete_month": last_month,
        "missing_last_month": expects_update(trial, last_month) and not submitted_last_month,
        "can_change": can_change,
    }


CURRENT_MEETINGS = Q(meetings__withdrawn_at__isnull=True)


def _with_counts(communities):
    return communities.select_related("convenor").annotate(
        trial_count=Count("field_trials", distinct=True),
        # Withdrawn meetings are not counted (nor when it last met).
        meeting_count=Count("meetings", filter=CURRENT_MEETINGS, distinct=True),
        last_met=Max("meetings__held_on", filter=CURRENT_MEETINGS),
    )


def communities_for_listing(user):
    """The communities of practice `user` reads in full (a trial of theirs, or theirs to
    change: communities.rules.communities_seen_in_full), with how many trials and meetings
    each has and when it last met. Not those they joined only from outside, whose trials and
    meetings are not theirs to read (communities_joined_only_from_outside)."""
    in_full = communities_seen_in_full(user).values("pk")
    return _with_counts(visible_communities(user).filter(pk__in=in_full)).order_by("name")


def communities_joined_only_from_outside(user):
    """The communities `user` joined from outside and reads no more of (no trial of theirs
    is in it), by name (one query)."""
    return joined_from_outside(user).exclude(pk__in=communities_seen_in_full(user).values("pk"))


def trial_communities(trial, user):
    """The communities of practice `trial` belongs to that `user` may see, with counts."""
    communities = visible_communities(user).filter(pk__in=trial.communities.values("pk"))
    return list(_with_counts(communities).order_by("name"))


def community_trials(community, user):
    """(the community's trials `user` may see, how many others it has)."""
    trials = list(
        visible_fieldtrials(user)
        .filter(pk__in=community.field_trials.values("pk"))
        .select_related("lead_organisation", "local_authority")
        .order_by("title")
    )
    total = community.field_trials.count()
    return trials, total - len(trials)


def community_meetings(community):
    """The community's meetings, newest first, with the trials that came (to page, then
    `with_attendance` for the page)."""
    return (
        CommunityMeeting.objects.current()
        .filter(community=community)
        .select_related("created_by")
        .prefetch_related(
            Prefetch(
                "attended_by",
                queryset=FieldTrial.objects.only("pk", "title").order_by("title"),
            )
        )
        .order_by("-held_on", "-id")
    )


def with_attendance(meetings, visible_trial_ids):
    """Each of `meetings` (a page of community_meetings) with `trials_seen` (the attending
    trials among `visible_trial_ids`, by title) and `trials_unseen` (how many others)."""
    for meeting in meetings:
        attended = list(meeting.attended_by.all())
        meeting.trials_seen = [t for t in attended if t.pk in visible_trial_ids]
        meeting.trials_unseen = len(attended) - len(meeting.trials_seen)
    return meetings


COMMUNITY_HISTORY = 30  # the newest sentences of a community's history on its page
# Discussions' verbs: written on the community itself, an event is of a thread for officers
# (discussions.services._event_target).
DISCUSSION_VERBS = "discussions."


def community_history(community, *, user, limit=COMMUNITY_HISTORY):
    """What happened in the community as `user` may read it, newest first, in one query: the
    community and its meetings (started, its trials changed, each meeting recorded,
    corrected, withdrawn or deleted) and its discussions (each post written, changed or
    removed).

    Its events are outside any programme, so accounts.rules.visible_events reads none of
    them: the page shows them to whoever reads its meetings (communities.view_members). Not
    who asked to join or was let in (the convenor's business), nor team-only verbs. Of its
    discussions, the events of the threads `user` may read (discussions.rules.
    visible_threads); a thread for officers only writes its events on the community itself,
    naming no thread, and they are read by whoever may read the community's officers'
    threads, as the same rule decides."""
    types = ContentType.objects.get_for_models(CommunityOfPractice, CommunityMeeting, Thread)
    meetings = CommunityMeeting._base_manager.filter(community=community).values("pk")
    threads = visible_threads(user).filter(community=community)
    on_community = Q(target_type=types[CommunityOfPractice], target_id=community.pk)
    officers_talk = Q(verb__startswith=DISCUSSION_VERBS)
    about = (
        (on_community & ~officers_talk)
        | (on_community & officers_talk & Exists(threads.filter(officers_only=True)))
        | Q(target_type=types[CommunityMeeting], target_id__in=meetings)
        | Q(target_type=types[Thread], target_id__in=threads.values("pk"))
    )
    events = Event.objects.filter(about, programme=None).exclude(kind_filter("people"))
    team_only = team_only_verbs()
    if team_only:
        events = events.exclude(verb__in=team_only)
    return entries(events.order_by("-created_at", "-id")[:limit])


def discuss_update_url(update, user):
    """Where to start a discussion of a submitted update with the trial's people (its
    title filled in), for those who may start one on the trial while its project takes
    changes (discussions.subjects.may_start); else ""."""
    trial = update.field_trial
    if update.is_withdrawn or update.status != MonthlyUpdate.Status.SUBMITTED:
        return ""
    if not trial.project.takes_changes:  # withdrawn or closed: its page refuses (409)
        return ""
    if not user.has_perm("discussions.start_thread", trial):
        return ""
    title = f"The update for {month_label(update.month)}"
    named = urlencode({"title": title, "update": update.pk})
    return f"{reverse('discussions:thread_create', args=[trial.pk])}?{named}"
