"""Who may see and change field trials and their records. Access is decided here only.

A trial's own members see it; the officers, consultants and partners of its project or
programme read all its trials; members of a trial in a community of practice read the other
trials of that community. The trial's team (school leaders, practitioners, its consultant)
and the project's officers change the trial and its records; partners only read. Status
moves, the trial's consultant, dates and lead organisation, and Power to Innovate decisions
are for the project's officers; so is withdrawing a Power to Innovate request once it is
submitted (the team withdraws its own draft). A monthly update is read with its trial once
submitted; while a draft, only by those who may change it.
"""

import rules
from django.db.models import Q
from django.http import Http404

from accounts.access import fetch_for
from accounts.memberships import memberships_of
from accounts.models import Role
from nextpractice.rules_util import any_of, id_filter, rows_where, sees_everything, signed_in
from programmes.rules import (
    READ_ALL_ROLES,
    is_officer_anywhere,
    is_project_consultant,
    is_project_officer,
    people_holding,
    project_officers_filter,
    projects_filter,
    withdrawn_closed_to,
)
from programmes.services.lifecycle import open_project

from .models import (
    CommunityMeeting,
    CommunityOfPractice,
    FieldTrial,
    MonthlyUpdate,
    PowerToInnovateRequest,
)

TEAM_ROLES = (Role.PRACTITIONER, Role.CONSULTANT, Role.OFFICER)


def visible_fieldtrials(user):
    """Trials the user belongs to, every trial of a project they read in full, and the
    trials of the communities of practice their own trials belong to; not those of a
    withdrawn project they may not open (closed_by_withdrawal)."""
    if sees_everything(user):
        return FieldTrial.objects.all()
    m = memberships_of(user)
    own = m.trials() | m.community_trials
    seen = rows_where(
        FieldTrial.objects, any_of(id_filter("pk", own), projects_filter(user, READ_ALL_ROLES))
    )
    return seen.exclude(
        status=FieldTrial.Status.WITHDRAWN, project__in=withdrawn_closed_to(user).values("pk")
    )


def closed_by_withdrawal(user, trial):
    """Is `trial` one of a withdrawn project `user` may not open (programmes.rules.
    withdrawn_closed_to: all but its officers)? Its pages are then theirs no more (404), as
    the project's are. A withdrawn project's trials are all withdrawn (withdraw_project), so
    the project is read only for a withdrawn trial."""
    if trial.status != FieldTrial.Status.WITHDRAWN or sees_everything(user):
        return False
    project = trial.project
    return project.is_withdrawn and not is_project_officer(user, project)


def _officer_trials(user):
    """Trials of a project the user is an officer of, or of whose programme they are: the
    same rule as programmes.rules.is_project_officer, as a filter (no query of its own);
    None if they are an officer nowhere."""
    return projects_filter(user, (Role.OFFICER,))


def changeable_filter(user):
    """The condition on a trial whose records the user may change (`fieldtrials.
    change_record`): its team's (its consultant too) and the project's officers'. No query
    of its own (asked of the memberships); None if there is no such trial."""
    if sees_everything(user):
        return Q()
    team = memberships_of(user).trials(TEAM_ROLES)
    return any_of(id_filter("pk", team), _officer_trials(user))


def member_trials_filter(user):
    """The condition on a trial the user is a member of, in any role (its team, its
    consultant, a reader): the trials they work on, not those they read through a community
    of practice or a project. No query of its own; None if they belong to no trial."""
    return id_filter("pk", memberships_of(user).trials())


def reads_trials_only_as_member(user):
    """Are the user's only ways to trials their trial memberships (and the communities of
    those trials)? Not for whoever reads some project's trials in full (its officers,
    consultants and partners) nor an administrator. No query: asked of the memberships."""
    return not sees_everything(user) and projects_filter(user, READ_ALL_ROLES) is None


def changeable_fieldtrials(user):
    """Trials whose records the user may change (`fieldtrials.change_record` as a filter):
    its team's and the project's officers'."""
    return rows_where(FieldTrial.objects, changeable_filter(user))


def update_readable(user):
    """The condition on a monthly update (or a historical version of one) of a trial the user
    sees that lets them read it: submitted, or of a trial whose records they change."""
    return Q(status=MonthlyUpdate.Status.SUBMITTED) | Q(
        field_trial__in=changeable_fieldtrials(user)
    )


def visible_updates(user):
    """Monthly updates the user may read (`fieldtrials.view_update` as a filter): the
    submitted updates of trials they see, and the drafts of trials whose records they change.
    A draft is the team's working copy: nobody else learns it exists."""
    return MonthlyUpdate.objects.filter(field_trial__in=visible_fieldtrials(user)).filter(
        update_readable(user)
    )


def outside_member_filter(user, prefix=""):
    """A filter on communities `user` joined from outside (communities of interest): their
    join request approved, and the community still open to others. Outside members read the
    community (its page, shared page and threads) and nothing else: their trials do not
    become theirs (memberships' community_trials are their own trials' only)."""
    if not signed_in(user):
        return None
    return Q(
        **{
            f"{prefix}join_requests__user": user,
            f"{prefix}join_requests__status": "approved",
            f"{prefix}space__open_to_others": True,
        }
    )


def visible_communities(user):
    """Communities with a trial the user may see, and those they joined from outside."""
    if sees_everything(user):
        return CommunityOfPractice.objects.all()
    through_trials = CommunityOfPractice.objects.filter(field_trials__in=visible_fieldtrials(user))
    seen = Q(pk__in=through_trials.values("pk"))
    joined = outside_member_filter(user)
    if joined is not None:
        seen |= Q(pk__in=CommunityOfPractice.objects.filter(joined).values("pk"))
    return CommunityOfPractice.objects.filter(seen)


def fieldtrial_readers_filter(trials):
    """A filter on people who see one of `trials` (a queryset of field trials): can_see_
    fieldtrial and visible_fieldtrials, asked of people. Their members, the members of the
    trials sharing a community of practice with them, and whoever reads their projects in
    full; a withdrawn trial of a withdrawn project, its project's officers only (closed_by_
    withdrawal). Administrators are the caller's to add. No query of its own."""
    from programmes.models import Project

    from .models import FieldTrialMembership

    shut = Q(status=FieldTrial.Status.WITHDRAWN, project__in=Project.objects.withdrawn())
    open_ = trials.exclude(shut)
    closed = trials.filter(shut)
    sharing = FieldTrial.objects.filter(communities__field_trials__in=open_.values("pk"))
    members = FieldTrialMembership.objects.filter(
        Q(field_trial__in=open_.values("pk")) | Q(field_trial__in=sharing.values("pk"))
    )
    return (
        Q(pk__in=members.values("user_id"))
        | people_holding(
            READ_ALL_ROLES,
            projects=open_.values("project_id"),
            programmes=open_.values("project__programme_id"),
        )
        | people_holding(
            (Role.OFFICER,),
            projects=closed.values("project_id"),
            programmes=closed.values("project__programme_id"),
        )
    )


def ask_answerers_filter(trial):
    """A filter on people told of `trial`'s asks for support: its consultants (the one its
    details name, and its members in the consultant role) and its project's officers (those
    of the project and of its programme). Who of them still sees the trial is the caller's
    to ask (fieldtrial_readers_filter). No query of its own."""
    from .models import FieldTrialMembership

    consultants = FieldTrialMembership.objects.filter(field_trial=trial, role=Role.CONSULTANT)
    return (
        Q(pk=trial.consultant_id or 0)
        | Q(pk__in=consultants.values("user_id"))
        | project_officers_filter(trial.project)
    )


def answers_asks_filter(user):
    """The condition on a trial whose asks for support `user` is told of (ask_answerers_
    filter, asked of trials): the trials they consult on and those of the projects they are
    an officer of. No query of its own; None if there is no such trial."""
    if not signed_in(user):
        return None
    consulted = memberships_of(user).trials((Role.CONSULTANT,))
    return any_of(Q(consultant=user), id_filter("pk", consulted), _officer_trials(user))


def community_readers_filter(community):
    """A filter on people who see `community` (visible_communities, asked of people):
    whoever sees one of its trials, and those who joined it from outside while it is open to
    others. Administrators are the caller's to add. No query of its own."""
    joined = CommunityOfPractice.objects.filter(
        pk=community.pk, space__open_to_others=True, join_requests__status="approved"
    ).values("join_requests__user_id")
    return fieldtrial_readers_filter(community.field_trials.all()) | Q(pk__in=joined)


def community_officers_filter(community):
    """A filter on people: its convenor and the officers of its trials' projects and their
    programmes (may_change_community, asked of people). No query of its own."""
    trials = community.field_trials.all()
    return Q(pk=community.convenor_id or 0) | people_holding(
        (Role.OFFICER,),
        projects=trials.values("project_id"),
        programmes=trials.values("project__programme_id"),
    )


def convenor_candidates(community, chooser):
    """The people `chooser` may name convenor of `community`: the officers and consultants
    of the projects (and their programmes) of its trials that `chooser` sees, and those
    trials' own consultants, whose accounts are on and who see the community themselves.
    Never anyone beyond its trials' projects, so a picker never offers a national list.
    No query of its own."""
    from accounts.models import User

    from .models import FieldTrialMembership

    trials = community.field_trials.filter(pk__in=visible_fieldtrials(chooser).values("pk"))
    consultants = FieldTrialMembership.objects.filter(
        field_trial__in=trials.values("pk"), role=Role.CONSULTANT
    )
    may_convene = (
        people_holding(
            (Role.OFFICER, Role.CONSULTANT),
            projects=trials.values("project_id"),
            programmes=trials.values("project__programme_id"),
        )
        | Q(pk__in=trials.filter(consultant__isnull=False).values("consultant_id"))
        | Q(pk__in=consultants.values("user_id"))
    )
    return User.objects.filter(may_convene, is_active=True).filter(
        community_readers_filter(community)
    )


def sees_community_through_trials(user, community):
    """Does `user` see `community` through a trial of theirs (or reading its project), not
    only as an outside member? Such people see its trials, and its members are they."""
    if sees_everything(user):
        return True
    return community.field_trials.filter(pk__in=visible_fieldtrials(user).values("pk")).exists()


def reads_trial_in_full(user, trial):
    """Does `user` read every trial of `trial`'s project (programmes.rules.
    reads_project_in_full asked of a trial)? Its programme is looked up only for someone who
    reads some programme in full."""
    if sees_everything(user):
        return True
    m = memberships_of(user)
    return m.holds(READ_ALL_ROLES, project_id=trial.project_id) or (
        bool(m.programmes(READ_ALL_ROLES))
        and m.holds(READ_ALL_ROLES, programme_id=trial.project.programme_id)
    )


@rules.predicate
def can_see_fieldtrial(user, trial):
    if sees_everything(user):
        return True
    m = memberships_of(user)
    return (
        trial.pk in m.trial_roles
        or reads_trial_in_full(user, trial)
        or trial.pk in m.community_trials
    ) and not closed_by_withdrawal(user, trial)


@rules.predicate
def is_trial_team(user, trial):
    return memberships_of(user).holds(TEAM_ROLES, trial_id=trial.pk)


@rules.predicate
def is_trial_project_officer(user, trial):
    return is_project_officer(user, trial.project)


@rules.predicate
def is_trial_consultant(user, trial):
    """The trial's consultant, or a consultant of its project or programme."""
    if not signed_in(user):
        return False
    return (
        trial.consultant_id == user.pk
        or memberships_of(user).holds((Role.CONSULTANT,), trial_id=trial.pk)
        or is_project_consultant(user, trial.project)
    )


def _trial_of(obj):
    return obj if isinstance(obj, FieldTrial) else obj.field_trial


@rules.predicate
def can_see_trial_record(user, record):
    return can_see_fieldtrial(user, _trial_of(record))


@rules.predicate
def may_change_trial_record(user, record):
    trial = _trial_of(record)
    return is_trial_team(user, trial) or is_trial_project_officer(user, trial)


@rules.predicate
def may_decide_for_trial(user, record):
    return is_trial_project_officer(user, _trial_of(record))


@rules.predicate
def is_draft_request(user, request):
    """A Power to Innovate request still a draft: its team's working copy (withdrawn as a
    draft, still theirs to restore). Once submitted it is on the officers' register, for the
    Innovation Unit to advise on and the Secretary of State to decide."""
    return request.state_on_its_course == PowerToInnovateRequest.State.DRAFT


@rules.predicate
def may_log_support(user, trial):
    return is_trial_consultant(user, trial) or is_trial_project_officer(user, trial)


@rules.predicate
def can_see_community(user, community):
    return visible_communities(user).filter(pk=community.pk).exists()


@rules.predicate
def can_see_update(user, update):
    """A monthly update: read with its trial once submitted; a draft only by those who may
    change it (the trial's team and the project's officers)."""
    return can_see_trial_record(user, update) and (
        update.status == MonthlyUpdate.Status.SUBMITTED or may_change_trial_record(user, update)
    )


@rules.predicate
def is_update_author(user, update):
    """The monthly update's author, while they still change its trial's records."""
    return (
        signed_in(user)
        and update.author_id == user.pk
        and bool(may_change_trial_record(user, update))
    )


@rules.predicate
def may_change_community(user, community):
    """The convenor, or an officer (as is_project_officer decides) of a project one of its
    trials belongs to. One query, however many trials the community has."""
    if not signed_in(user):
        return False
    if sees_everything(user) or community.convenor_id == user.pk:
        return True
    officer_of = _officer_trials(user)
    return officer_of is not None and community.field_trials.filter(officer_of).exists()


def changeable_communities(user):
    """Communities `user` may change (`fieldtrials.change_community` as a filter): those
    they convene, and those with a trial of a project they are an officer of."""
    if sees_everything(user):
        return CommunityOfPractice.objects.all()
    if not signed_in(user):
        return CommunityOfPractice.objects.none()
    officer_of = _officer_trials(user)
    convened = Q(convenor=user)
    if officer_of is None:
        return CommunityOfPractice.objects.filter(convened)
    officers = CommunityOfPractice.objects.filter(
        field_trials__in=FieldTrial.objects.filter(officer_of)
    )
    return CommunityOfPractice.objects.filter(convened | Q(pk__in=officers.values("pk")))


@rules.predicate
def may_list_trials(user):
    """Those whose work has field trials in it: a trial's members, and whoever reads some
    project's trials in full (its officers, consultants and partners). The list shows each
    what they see, which may be nothing yet ("No field trials yet"). No query: asked of the
    memberships, so the menu can ask it on every page."""
    if sees_everything(user):
        return True
    m = memberships_of(user)
    return bool(m.trial_roles or m.projects(READ_ALL_ROLES) or m.programmes(READ_ALL_ROLES))


def joined_any_from_outside(user):
    """Does `user` read a community they joined from outside (outside_member_filter)? One
    query."""
    joined = outside_member_filter(user)
    return joined is not None and CommunityOfPractice.objects.filter(joined).exists()


@rules.predicate
def may_list_communities(user):
    """The list of communities: for those whose work has field trials in it (may_list_trials,
    no query), and for someone who joined a community of interest from outside (one query,
    asked only of the others), who finds in it the communities they joined and nothing
    else (fieldtrials.selectors_updates). Anyone else is denied."""
    return bool(may_list_trials(user)) or joined_any_from_outside(user)


rules.add_perm("fieldtrials.view_fieldtrial", can_see_fieldtrial)
rules.add_perm("fieldtrials.change_fieldtrial", is_trial_team | is_trial_project_officer)
rules.add_perm("fieldtrials.move_status", is_trial_project_officer)
# Who is the trial's consultant and when it runs are the project's to decide: its officers
# set them (the team keeps the rest of the details and the plan).
rules.add_perm("fieldtrials.set_terms", is_trial_project_officer)
# The trial's lead organisation is the project's officers' to set too: its staff on the trial
# lead it (leads_trial: they invite people), so the team may not choose it themselves.
rules.add_perm("fieldtrials.set_lead_organisation", is_trial_project_officer)
rules.add_perm("fieldtrials.list_fieldtrials", may_list_trials)
# Records kept around a trial (milestones, offer uses, support sessions, Power to Innovate
# requests, brokered relationships, risks, monthly updates): read with the trial, changed by
# its team and its project's officers. Asked with the record, or with the trial to add one.
rules.add_perm("fieldtrials.view_record", can_see_trial_record)
rules.add_perm("fieldtrials.change_record", may_change_trial_record)
rules.add_perm("fieldtrials.decide_record", may_decide_for_trial)
rules.add_perm("fieldtrials.log_support", may_log_support)
# Withdrawing a Power to Innovate request (and correcting or deleting it through the record
# kit): its team and the project's officers while it is a draft; once submitted, and so once
# decided, the project's officers only, whose register it is on. Asked with the request.
rules.add_perm(
    "fieldtrials.withdraw_pti",
    may_decide_for_trial | (is_draft_request & may_change_trial_record),
)
# Monthly updates are trial records, but a draft is only for those who may change it.
rules.add_perm("fieldtrials.view_update", can_see_update)
# Its author takes a submitted update back to edit (until it is read: the service says so);
# the project's officers mark it read.
rules.add_perm("fieldtrials.take_back_update", is_update_author)
rules.add_perm("fieldtrials.mark_update_read", may_decide_for_trial)
rules.add_perm("fieldtrials.list_communities", may_list_communities)
rules.add_perm("fieldtrials.view_community", can_see_community)
# Its convenor and its trials' officers change it, and name its convenor too (convenor_
# candidates: whom they may name).
rules.add_perm("fieldtrials.change_community", may_change_community)
# Starting a community of practice (no object): officers of any programme or project.
rules.add_perm("fieldtrials.add_community", rules.predicate(is_officer_anywhere))


# What changes a trial or its records (its own perms, asked by its pages): none of it while
# its project is withdrawn, nor once it is closed (open_trial). Moving its status says its
# own refusal (workflow); its people are accounts/people's, which refuse for a withdrawn
# project themselves (a closed project's team still changes).
CHANGES_TRIAL = frozenset(
    {
        "fieldtrials.change_fieldtrial",
        "fieldtrials.set_terms",
        "fieldtrials.set_lead_organisation",
        "fieldtrials.change_record",
        "fieldtrials.decide_record",
        "fieldtrials.log_support",
        "fieldtrials.withdraw_pti",
        "fieldtrials.take_back_update",
        "fieldtrials.mark_update_read",
    }
)


def open_trial(trial, perm):
    """`trial`, unless `perm` changes it or its records and its project is withdrawn
    (ProjectWithdrawn) or closed (ProjectClosed), each answered by the project's refusal page,
    409 (nextpractice.middleware.ProjectWithdrawnMiddleware): as the project's own pages
    refuse (programmes.views.project_pages.changes_project)."""
    if perm in CHANGES_TRIAL:
        open_project(trial.project)
    return trial


def may_change_trial(user, trial, perm="fieldtrials.change_fieldtrial"):
    """Whether a trial's page offers `user` what `perm` allows (its Change and Add links):
    who has it, while the trial's project is neither withdrawn nor closed (open_trial
    refuses it then: programmes.rules.may_change_project)."""
    return trial.project.takes_changes and user.has_perm(perm, trial)


TRIAL_RELATED = ("project__programme", "lead_organisation", "local_authority", "consultant")


def get_fieldtrial_for(
    user, pk, perm="fieldtrials.view_fieldtrial", *, related=(*TRIAL_RELATED, "option")
):
    """A trial the user sees (404 otherwise) with its project, programme, organisations,
    consultant and the option it came from; a page that shows less names what it reads with
    the trial in `related` (the trial edit page: its project only, a lighter query).
    ProjectWithdrawn for a changing `perm` while its project is withdrawn (open_trial)."""
    trial = fetch_for(
        user,
        visible_fieldtrials(user).select_related(*related),
        pk,
        perm,
        view_perm="fieldtrials.view_fieldtrial",
    )
    return open_trial(trial, perm)


def get_trial_record_for(user, model, pk, perm="fieldtrials.view_record"):
    """A record kept around a trial (a milestone, risk, update...) of a trial the user sees;
    ProjectWithdrawn for a changing `perm` while its project is withdrawn (open_trial)."""
    record = fetch_for(
        user,
        model.objects.filter(field_trial__in=visible_fieldtrials(user)).select_related(
            "field_trial__project"
        ),
        pk,
        perm,
        view_perm="fieldtrials.view_record",
    )
    open_trial(record.field_trial, perm)
    return record


def get_update_for(user, pk, perm="fieldtrials.view_update"):
    """A monthly update the user may read: 404 for a draft to anyone who may not change it,
    as for any update of a trial they do not see; 403 for a `perm` they lack on one they
    read (a partner asking to change a submitted update); ProjectWithdrawn for a changing
    `perm` while its project is withdrawn (open_trial)."""
    update = fetch_for(
        user,
        visible_updates(user).select_related("field_trial__project", "author", "read_by"),
        pk,
        perm,
        view_perm="fieldtrials.view_update",
    )
    open_trial(update.field_trial, perm)
    return update


def get_community_for(user, pk, perm="fieldtrials.view_community"):
    """A community the user sees (404 otherwise), with its convenor and its space (the
    communities app's shared page and openness; a community may have none yet)."""
    return fetch_for(
        user,
        visible_communities(user).select_related("convenor", "space__changed_by"),
        pk,
        perm,
        view_perm="fieldtrials.view_community",
    )


# Who reads a community's members and meetings (communities/rules.py): not its outside
# members, who read its purpose, shared page and discussions only.
VIEW_MEETINGS = "communities.view_members"


def get_meeting_for(user, pk):
    """A meeting of a community the user sees and whose meetings they read (404 otherwise,
    as for a meeting of a community they do not see), with its community."""
    meeting = fetch_for(
        user,
        CommunityMeeting.objects.filter(community__in=visible_communities(user)).select_related(
            "community", "withdrawn_by"
        ),
        pk,
        None,
        view_perm="fieldtrials.view_community",
    )
    if not user.has_perm(VIEW_MEETINGS, meeting.community):
        raise Http404("No such page, or you do not have access to it.")
    return meeting


# --- People: members and invitations (accounts/people) ---------------------------------


@rules.predicate
def leads_trial(user, trial):
    """The trial's lead: a school leader or practitioner on it who works at its lead
    organisation. A trial whose lead organisation is not yet known has no lead."""
    return bool(
        signed_in(user)
        and trial.lead_organisation_id is not None
        and user.organisation_id == trial.lead_organisation_id
        and memberships_of(user).holds((Role.PRACTITIONER,), trial_id=trial.pk)
    )


# The project's officers manage a trial's people; its team sees them (the trial page shows
# the team already); its lead invites their own school's staff as practitioners.
rules.add_perm("fieldtrials.manage_people", is_trial_project_officer)
rules.add_perm("fieldtrials.view_people", is_trial_team | is_trial_project_officer)
rules.add_perm("fieldtrials.invite_people", is_trial_project_officer | leads_trial)


def led_trials_filter(user, prefix=""):
    """A filter on rows of trials `user` leads (see leads_trial); None if they lead none."""
    if not signed_in(user) or user.organisation_id is None:
        return None
    ids = memberships_of(user).trials((Role.PRACTITIONER,))
    if not ids:
        return None
    return Q(**{f"{prefix}pk__in": ids, f"{prefix}lead_organisation_id": user.organisation_id})
