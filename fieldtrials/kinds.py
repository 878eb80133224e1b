"""Records kept around a field trial, declared for the record kit (nextpractice/records).

Support sessions are changed, withdrawn and exported by those who may log support for the
trial (`fieldtrials.log_support`: its consultants and its project's officers). Power to
Innovate requests and monthly updates follow a course on their own pages (drafted,
submitted, decided or read); the kit corrects them only while drafts, withdraws them with a
reason (a monthly update: the project's officers only; a Power to Innovate request once
submitted: the project's officers only, whose register it is on) and exports them. A community of
practice's meetings are corrected and withdrawn by those who may change the community (its
convenor and its trials' officers) and exported by those who read its meetings."""

from django.db.models import Prefetch
from django.urls import reverse

from nextpractice.records.kinds import Column, RecordKind
from programmes.services.lifecycle import lock_open_project, open_project

from .forms.kept import KeptMeetingForm, KeptRequestForm, KeptUpdateForm
from .forms.records import (
    BrokeredRelationshipForm,
    MilestoneForm,
    OfferUseForm,
    RiskForm,
    SupportSessionForm,
)
from .models import (
    BrokeredRelationship,
    CommunityMeeting,
    Milestone,
    MonthlyUpdate,
    OfferUse,
    PowerToInnovateRequest,
    Risk,
    SupportSession,
)
from .rules import (
    VIEW_MEETINGS,
    get_community_for,
    get_fieldtrial_for,
    get_meeting_for,
    get_trial_record_for,
    get_update_for,
    visible_fieldtrials,
)
from .selectors_updates import updates_for
from .services.records import (
    CHANGE,
    DECIDE,
    LOG_SUPPORT,
    PTI_KIND,
    WITHDRAW_PTI,
    pti_restore_note,
    pti_withdraw_note,
    restore_withdrawn_pti,
    settle_withdrawn_pti,
)
from .services.updates import (
    lock_trial_of,
    month_label,
    settle_withdrawn_update,
    tell_update_restored,
    tell_update_withdrawn,
)

CHANGE_COMMUNITY = "fieldtrials.change_community"


def _support_form_kwargs(session, user):
    # The add form names the person logging as the giver; an edit keeps who gave it.
    return {
        "trial": session.field_trial,
        "actor": user,
        "initial": {"given_by": session.given_by_id},
    }


def _logged_by(session):
    """Who logged the session: its first history row's user (sessions have no created_by)."""
    first = session.history.order_by("history_id").values_list("history_user_id", flat=True)
    return first.first()


def _open_trial_project(record, lock=False):
    """A trial's records take no change while its project is withdrawn (ProjectWithdrawn),
    as the trial's own pages refuse (rules.open_trial): the kit's `open_parent`, under the
    project's lock when `lock`."""
    (lock_open_project if lock else open_project)(record.field_trial.project)


def _withdrawn_page(request, refused):
    """The kit's `closed_page`: the project's refusal page (409)."""
    from programmes.views.project_pages import project_withdrawn

    return project_withdrawn(request, refused.project, "changed")


# What every kind of a trial's records declares: refused while its project is withdrawn.
OF_A_TRIAL = {"open_parent": _open_trial_project, "closed_page": _withdrawn_page}


def _trial_kind(slug, model, form, noun, page, columns, **more):
    """A record its trial's team and project officers keep (`fieldtrials.change_record`),
    listed on one of the trial's pages; changed there through its own edit page (which
    also records completions and closures), withdrawn, deleted and exported here."""
    more.setdefault("back_url", lambda record: reverse(page, args=[record.field_trial_id]))
    more.setdefault("may_change", lambda user, record: user.has_perm(CHANGE, record))
    return RecordKind(
        app="fieldtrials",
        slug=slug,
        model=model,
        form=form,
        noun=noun,
        fetch=lambda user, pk: get_trial_record_for(user, model, pk),
        parent=lambda record: record.field_trial,
        fetch_parent=lambda user, pk: get_fieldtrial_for(user, pk),
        rows=lambda trial, user: model.objects.filter(field_trial=trial),
        columns=columns,
        **OF_A_TRIAL,
        **more,
    )


def _with_history(record):
    """A record changed since it was added is withdrawn, not erased: its history stays."""
    if record.history.count() > 1:
        return "It has been changed since it was added, and its history is kept."
    return ""


def _added_on(record):
    return record.created_at


def _name(person):
    return (person.full_name or person.email) if person else ""


def _meeting_trials(meeting, user):
    """The community's trials `user` sees: those they may say came to `meeting`."""
    community_trials = meeting.community.field_trials.values("pk")
    return {"trials": visible_fieldtrials(user).filter(pk__in=community_trials)}


def _meeting_values(form):
    """What a meeting's edit saves: the trials that came keep those the editor does not
    see (they are not among the form's choices, so could not be unticked)."""
    data = dict(form.cleaned_data)
    data.pop("version", None)
    choices = form.fields["attended_by"].queryset
    unseen = form.instance.attended_by.exclude(pk__in=choices.values("pk"))
    data["attended_by"] = [*data["attended_by"], *unseen]
    return data


def _came(meeting):
    """The trials that came, of those the reader sees (`trials_seen`, read with the list);
    on the kit's own pages, for those who change the meeting, how many."""
    seen = getattr(meeting, "trials_seen", None)
    if seen is None:
        count = meeting.attended_by.count()
        return f"{count} trial{'s' if count != 1 else ''}"
    return "; ".join(t.title for t in seen)


def _meetings_of(community, user):
    """A community's meetings, newest first, each with `trials_seen`: the trials that came
    among those `user` sees (one query more, however many meetings)."""
    seen = Prefetch(
        "attended_by",
        queryset=visible_fieldtrials(user).only("pk", "title").order_by("title"),
        to_attr="trials_seen",
    )
    return (
        CommunityMeeting.objects.filter(community=community)
        .select_related("created_by")
        .prefetch_related(seen)
        .order_by("-held_on", "-id")
    )


def _sent_update(update):
    """A submitted update was read, or could have been: it is withdrawn, not erased."""
    if update.status == MonthlyUpdate.Status.SUBMITTED:
        return "It has been submitted to the project's officers."
    return ""


RECORD_KINDS = [
    RecordKind(
        app="fieldtrials",
        slug="support-session",
        model=SupportSession,
        form=SupportSessionForm,
        noun="support session",
        fetch=lambda user, pk: get_trial_record_for(user, SupportSession, pk),
        parent=lambda session: session.field_trial,
        may_change=lambda user, session: user.has_perm(LOG_SUPPORT, session.field_trial),
        back_url=lambda session: (
            reverse("fieldtrials:fieldtrial_support", args=[session.field_trial_id]) + "#support"
        ),
        fetch_parent=lambda user, pk: get_fieldtrial_for(user, pk),
        rows=lambda trial, user: SupportSession.objects.filter(field_trial=trial).select_related(
            "given_by"
        ),
        columns=(
            Column("Date", lambda s: s.held_on),
            Column("Given by", lambda s: s.given_by.full_name or s.given_by.email),
            Column("Kind", lambda s: s.get_kind_display()),
            Column("Hours", lambda s: s.hours),
            Column("Notes", lambda s: s.notes),
        ),
        form_kwargs=_support_form_kwargs,
        author=_logged_by,
        in_reports=True,
        **OF_A_TRIAL,
    ),
    _trial_kind(
        "milestone",
        Milestone,
        MilestoneForm,
        "milestone",
        "fieldtrials:fieldtrial_milestones",
        (
            Column("Milestone", lambda m: m.title),
            Column("Due", lambda m: m.due_on),
            Column("Completed", lambda m: m.completed_on),
            Column("Notes", lambda m: m.notes),
            Column("Added on", _added_on),
        ),
        form_kwargs=lambda milestone, user: {"trial": milestone.field_trial},
        dependants=_with_history,
        in_reports=True,
    ),
    _trial_kind(
        "risk",
        Risk,
        RiskForm,
        "risk",
        "fieldtrials:fieldtrial_risks",
        (
            Column("Risk", lambda r: r.description),
            Column("Likelihood", lambda r: r.get_likelihood_display()),
            Column("Impact", lambda r: r.get_impact_display()),
            Column("Score", lambda r: r.score),
            Column("Owner", lambda r: r.owner),
            Column("What is being done", lambda r: r.mitigation),
            Column("Status", lambda r: r.get_is_open_display()),
            Column("Added on", _added_on),
        ),
        dependants=_with_history,
        in_reports=True,
    ),
    _trial_kind(
        "offer-use",
        OfferUse,
        OfferUseForm,
        "use of the incubation offer",
        "fieldtrials:fieldtrial_support",
        (
            Column("Element of the offer", lambda o: o.get_element_display()),
            Column("Asked for", lambda o: o.asked_for),
            Column("Given", lambda o: o.given),
            Column("Given on", lambda o: o.given_on),
            Column("Given by", lambda o: o.given_by),
        ),
        dependants=_with_history,
        in_reports=True,
    ),
    _trial_kind(
        "relationship",
        BrokeredRelationship,
        BrokeredRelationshipForm,
        "brokered relationship",
        "fieldtrials:fieldtrial_risks",
        (
            Column("With", lambda b: b.with_whom),
            Column("Kind", lambda b: b.get_kind_display()),
            Column("Where it stands", lambda b: b.get_state_display()),
            Column("Notes", lambda b: b.notes),
            Column("Added on", _added_on),
        ),
        dependants=_with_history,
    ),
    _trial_kind(
        PTI_KIND,
        PowerToInnovateRequest,
        KeptRequestForm,
        "Power to Innovate request",
        "fieldtrials:fieldtrial_support",
        (
            Column("Regulation", lambda p: p.regulation),
            Column("Variation sought", lambda p: p.variation_sought),
            Column("Case", lambda p: p.case),
            Column("State", lambda p: p.get_state_display()),
            Column("The Innovation Unit's advice", lambda p: p.advice),
            Column("Submitted", lambda p: p.submitted_on),
            Column("Decided", lambda p: p.decided_on),
            Column("Added on", _added_on),
        ),
        # Its own page, where its course and history are, rather than the trial's list.
        back_url=lambda pti: reverse("fieldtrials:pti_detail", args=[pti.pk]),
        gone_url=lambda pti: pti.field_trial.get_absolute_url(),
        # Its team's while a draft; once submitted it is on the officers' register, and only
        # they withdraw (or correct, or delete) it (fieldtrials.withdraw_pti).
        may_change=lambda user, pti: user.has_perm(WITHDRAW_PTI, pti),
        dependants=_with_history,
        # The one way a request is withdrawn: one still on its course goes no further.
        settle=settle_withdrawn_pti,
        withdraw_note=pti_withdraw_note,
        # Restored, it returns to the state it was withdrawn from.
        restore=restore_withdrawn_pti,
        restore_note=pti_restore_note,
        in_reports=True,
    ),
    RecordKind(
        app="fieldtrials",
        slug="update",
        model=MonthlyUpdate,
        form=KeptUpdateForm,
        noun="monthly update",
        fetch=lambda user, pk: get_update_for(user, pk),
        parent=lambda update: update.field_trial,
        # Withdrawing the month's update is for the project's officers, who read them.
        may_change=lambda user, update: user.has_perm(DECIDE, update),
        back_url=lambda update: reverse("fieldtrials:update_detail", args=[update.pk]),
        gone_url=lambda update: reverse("fieldtrials:update_list", args=[update.field_trial_id]),
        fetch_parent=lambda user, pk: get_fieldtrial_for(user, pk),
        rows=lambda trial, user: updates_for(trial, user),
        columns=(
            # The export's month as a spreadsheet sorts it; its pages say it in words.
            Column("Month", lambda u: f"{u.month:%Y-%m}", shown=lambda u: month_label(u.month)),
            Column("Status", lambda u: u.get_status_display()),
            Column("Red, amber or green", lambda u: u.get_rag_display() if u.rag else ""),
            Column("What happened", lambda u: u.what_happened),
            Column("What is next", lambda u: u.what_next),
            Column("What is in the way", lambda u: u.in_the_way),
            Column("Written by", lambda u: _name(u.author)),
            Column("Submitted", lambda u: u.submitted_at),
        ),
        author=lambda update: update.author_id,
        dependants=_sent_update,
        # Its events are about the update itself, as its own services' are.
        target=lambda update: update,
        settle=settle_withdrawn_update,
        lock_first=lock_trial_of,
        tell_withdrawn=tell_update_withdrawn,
        tell_restored=tell_update_restored,
        in_reports=True,
        **OF_A_TRIAL,
    ),
    RecordKind(
        app="fieldtrials",
        slug="meeting",
        model=CommunityMeeting,
        form=KeptMeetingForm,
        noun="meeting",
        fetch=get_meeting_for,
        parent=lambda meeting: meeting.community,
        may_change=lambda user, meeting: user.has_perm(CHANGE_COMMUNITY, meeting.community),
        back_url=lambda meeting: (
            reverse("fieldtrials:community_detail", args=[meeting.community_id]) + "#meetings"
        ),
        fetch_parent=lambda user, pk: get_community_for(user, pk, VIEW_MEETINGS),
        rows=_meetings_of,
        columns=(
            Column("Date", lambda m: m.held_on),
            Column("Trials that came", _came),
            Column("What was shared", lambda m: m.shared),
            Column("Recorded by", lambda m: _name(m.created_by)),
        ),
        form_kwargs=_meeting_trials,
        values=_meeting_values,
        # Its events are written on the community (its parent), with the meeting's id: the
        # community's history lists them, and its followers read them (following/selectors).
        counted_only=("attended_by",),
    ),
]
