"""Who may see and do what with accounts and notifications. Access is decided here only."""

import rules
from django.core.exceptions import PermissionDenied

from nextpractice.rules_util import any_of, id_filter, rows_where, sees_everything, signed_in

from .access import fetch_for
from .models import ERASED_STAYS_OFF, Notification, Organisation


def visible_notifications(user):
    """A person sees their own notifications and nobody else's (administrators: all)."""
    if sees_everything(user):
        return Notification.objects.all()
    if not signed_in(user):
        return Notification.objects.none()
    return Notification.objects.filter(recipient=user)


def own_notifications(user):
    """What a person's notifications page lists: theirs only, even for an administrator."""
    return visible_notifications(user).filter(recipient=user)


@rules.predicate
def is_recipient(user, notification):
    return signed_in(user) and notification.recipient_id == user.pk


rules.add_perm("accounts.view_notification", is_recipient)
rules.add_perm("accounts.change_notification", is_recipient)


def get_notification_for(user, pk, perm="accounts.view_notification"):
    return fetch_for(
        user, visible_notifications(user), pk, perm, view_perm="accounts.view_notification"
    )


# --- Erasing a person's details (accounts/erasure.py): administrators only -------------


def people_to_erase(user):
    """Whose details `user` may find to erase (`accounts.find_person_to_erase` as a
    filter): an administrator, anyone's; everyone else, nobody's."""
    from .models import User

    return User.objects.all() if sees_everything(user) else User.objects.none()


@rules.predicate
def is_administrator(user, obj=None):
    return sees_everything(user)


ERASE_OWN = "You cannot erase your own details: ask another administrator to."


def check_erase_person(user, person):
    """(allowed, reason): may `user` erase `person`'s details? An administrator may erase
    anyone's but their own (another administrator does that, so one always remains). Asked
    here rather than through has_perm, which says yes to a superuser whatever the rule."""
    return _administrator_on_another(
        user, person, "Only an administrator may erase a person's details.", ERASE_OWN
    )


def _administrator_on_another(user, person, not_administrator, own):
    """(allowed, reason) for what an administrator may do to anyone's account but their own
    (another administrator does that, so one always remains): `not_administrator` or `own`,
    the reason refused."""
    if not sees_everything(user):
        return False, not_administrator
    if person is None or person.pk == user.pk:
        return False, own
    return True, ""


@rules.predicate
def may_erase_person(user, person):
    return check_erase_person(user, person)[0]


rules.add_perm("accounts.find_person_to_erase", is_administrator)
rules.add_perm("accounts.erase_person", may_erase_person)


def get_person_to_erase_for(user, pk):
    """Person `pk`, to erase: 404 for anyone but an administrator; 403 for their own."""
    person = fetch_for(
        user,
        people_to_erase(user),
        pk,
        None,
        view_perm="accounts.find_person_to_erase",
    )
    allowed, reason = check_erase_person(user, person)
    if not allowed:
        raise PermissionDenied(reason)
    return person


# --- Switching an account off when someone leaves (accounts/leaving.py): administrators --


SWITCH_OWN = "You cannot switch off your own account: ask another administrator to."


def people_to_switch(user):
    """Whose accounts `user` may find to switch off or on (`accounts.find_person_to_switch`
    as a filter): an administrator, anyone's; everyone else, nobody's."""
    return people_to_erase(user)


def check_switch_account(user, person):
    """(allowed, reason): may `user` switch `person`'s account off, or back on? An
    administrator may, for anyone but themselves (another administrator does that, so one
    always remains). Asked here rather than through has_perm, which says yes to a superuser
    whatever the rule."""
    return _administrator_on_another(
        user, person, "Only an administrator may switch an account off or on.", SWITCH_OWN
    )


def check_switch_on(user, person):
    """(allowed, reason): may `user` switch `person`'s account back on? As
    check_switch_account, but never an account whose details were erased."""
    allowed, reason = check_switch_account(user, person)
    if allowed and person.erased_at is not None:
        return False, ERASED_STAYS_OFF
    return allowed, reason


@rules.predicate
def may_switch_account(user, person):
    return check_switch_account(user, person)[0]


rules.add_perm("accounts.find_person_to_switch", is_administrator)
rules.add_perm("accounts.switch_account", may_switch_account)


def get_person_to_switch_for(user, pk):
    """Person `pk`, whose account to switch off or on: 404 for anyone but an administrator;
    403 for their own."""
    person = fetch_for(
        user,
        people_to_switch(user).select_related("organisation"),
        pk,
        None,
        view_perm="accounts.find_person_to_switch",
    )
    allowed, reason = check_switch_account(user, person)
    if not allowed:
        raise PermissionDenied(reason)
    return person


# --- Invitations (accounts/people) ------------------------------------------------------


def visible_invitations(user):
    """Invitations the user may see and act on (`accounts.manage_invitation` as a filter):
    those to a programme, project or trial whose people they manage (its officers), and a
    trial lead's invitations of practitioners to the trial they lead."""
    from django.db.models import Q

    from fieldtrials.rules import led_trials_filter
    from programmes.rules import projects_filter

    from .memberships import memberships_of
    from .models import Invitation, Role

    if sees_everything(user):
        return Invitation.objects.all()
    if not signed_in(user):
        return Invitation.objects.none()
    officer = (Role.OFFICER,)
    led = led_trials_filter(user, prefix="field_trial__")
    return rows_where(
        Invitation.objects,
        any_of(
            id_filter("programme_id", memberships_of(user).programmes(officer)),
            projects_filter(user, officer, prefix="project__"),
            projects_filter(user, officer, prefix="field_trial__project__"),
            led & Q(role=Role.PRACTITIONER) if led is not None else None,
        ),
    )


@rules.predicate
def may_manage_invitation(user, invitation):
    from .models import Role
    from .people.kinds import kind_of

    target = invitation.target
    kind = kind_of(target)
    if user.has_perm(kind.manage_perm, target):
        return True
    return invitation.role == Role.PRACTITIONER and user.has_perm(kind.invite_perm, target)


rules.add_perm("accounts.manage_invitation", may_manage_invitation)


@rules.predicate
def may_set_member_organisation(user, membership):
    """Who sets where a team's member works: those who manage the team (who change its
    members' roles). An organisation gives rights (a local authority's exercises, a trial's
    lead, a partner agency's contributions), so nobody sets their own, but an
    administrator; nor does a trial's lead, who invites only their own school's staff."""
    from .people.kinds import team_of

    if not signed_in(user):
        return False
    if membership.user_id == user.pk and not sees_everything(user):
        return False
    kind, team = team_of(membership)
    return user.has_perm(kind.manage_perm, team)


rules.add_perm("accounts.set_member_organisation", may_set_member_organisation)


def organisations_working_with(programme_ids=None):
    """Ids of the organisations that work with these programmes (None: with any), as a
    queryset to filter by: a programme's lead organisation, a project's partner agency, a
    field trial's lead, participating organisations and local authority, a partnership
    board's members (those not withdrawn), and the organisations of partner contributions.
    Each may hold rights there from its people's organisation (accounts.rules.check_give_
    organisation says why that matters)."""
    from django.db.models import Q

    from evaluation.models import BoardMember, PartnerContribution
    from fieldtrials.models import FieldTrial
    from programmes.models import Programme, Project

    def of(queryset, lookup, field):
        if programme_ids is not None:
            queryset = queryset.filter(**{f"{lookup}__in": programme_ids})
        return queryset.exclude(**{field: None}).values(field)

    trials = FieldTrial.objects.all()
    contributions = PartnerContribution.objects.all()
    if programme_ids is not None:
        contributions = contributions.filter(
            Q(programme_id__in=programme_ids) | Q(project__programme_id__in=programme_ids)
        )
    return (
        Q(pk__in=of(Programme.objects.all(), "pk", "lead_organisation_id"))
        | Q(pk__in=of(Project.objects.all(), "programme_id", "partner_agency_id"))
        | Q(pk__in=of(trials, "project__programme_id", "lead_organisation_id"))
        | Q(pk__in=of(trials, "project__programme_id", "local_authority_id"))
        | Q(pk__in=of(trials, "project__programme_id", "participating_organisations"))
        | Q(pk__in=of(BoardMember.objects.current(), "board__programme_id", "organisation_id"))
        | Q(pk__in=contributions.values("organisation_id"))
    )


def check_give_organisation(user, organisation, target):
    """(allowed, reason): may `user`, who manages the team `target` (a programme, project or
    field trial), name `organisation` as where one of its people works, when inviting them
    or on its People page? Someone's organisation gives them rights in every programme that
    works with it: a local authority's people see its toolkit exercises, a trial's team from
    its lead organisation lead it, a partner from an agency changes its contributions. So a
    manager names only an organisation that works with the team's own programme, or one
    that no programme works with yet and that is not a local authority (whose exercises
    its people see without being on any team); an administrator, any. Taking someone's
    organisation off (None) gives nothing."""
    from .people.kinds import project_of, target_name

    if organisation is None or sees_everything(user):
        return True, ""
    project = project_of(target)
    programme_id = project.programme_id if project is not None else target.pk
    here = Organisation.objects.filter(pk=organisation.pk)
    if here.filter(organisations_working_with([programme_id])).exists():
        return True, ""
    elsewhere = here.filter(organisations_working_with()).exists()
    if not elsewhere and organisation.kind != Organisation.Kind.LOCAL_AUTHORITY:
        return True, ""
    name = target_name(target)
    if elsewhere:
        said = f"{organisation.name} works with other programmes, not with {name}"
    else:
        said = f"{organisation.name} is a local authority that {name} does not work with yet"
    return False, (
        f"{said}. Where someone works gives them rights there, so only an administrator can "
        "name it: ask one, or an officer of a programme it works with."
    )


def get_invitation_for(user, pk, perm="accounts.manage_invitation"):
    return fetch_for(
        user,
        visible_invitations(user).select_related(
            "programme", "project__programme", "field_trial__project__programme", "invited_by"
        ),
        pk,
        perm,
        view_perm="accounts.manage_invitation",
    )


def visible_organisations(user):
    """Organisations are a public directory for everyone signed in: schools, authorities and
    agencies are named in the national register anyway, and anyone may need to pick one
    (a trial's schools, a team member's organisation). Signed out: none, as for every
    page."""
    if not signed_in(user):
        return Organisation.objects.none()
    return Organisation.objects.all()


rules.add_perm("accounts.search_organisations", rules.predicate(signed_in))


# --- A person's data (a subject access request) ----------------------------------------


def people_whose_data_they_gather(user):
    """Whose data `user` may gather and download for them (accounts.personal_data): an
    administrator, anyone's; everyone else, nobody's here (their own is on "Your data")."""
    from .models import User

    if sees_everything(user):
        return User.objects.all()
    return User.objects.none()


rules.add_perm("accounts.gather_personal_data", rules.predicate(sees_everything))


def get_person_data_for(user, pk):
    """The person whose data `user` gathers: 404 to anyone but an administrator."""
    return fetch_for(
        user,
        people_whose_data_they_gather(user),
        pk,
        "accounts.gather_personal_data",
        view_perm="accounts.gather_personal_data",
    )


# --- The event log: history and activity ------------------------------------------------


def _told_only_to(events, verbs, *places):
    """`events` without those of `verbs` outside `places` (id filters; None: no such
    place)."""
    from django.db.models import Q

    if not verbs:
        return events
    hidden = Q(verb__in=verbs)
    told = any_of(*places)
    if told is not None:
        hidden &= ~told
    return events.exclude(hidden)


def visible_events(user, *, anywhere=False):
    """Events of the programmes, projects and field trials the user sees, as each page's
    rule has it: an event of a trial is read by whoever sees the trial, of a project (none
    of its trials) by whoever sees the project, of a programme alone by whoever sees the
    programme. Events outside any programme (a person's own profile) are in no history.
    Verbs phrased team-only (a monthly update's drafts) are read by those who change the
    trial's records, as fieldtrials.rules.changeable_fieldtrials. Verbs phrased
    officers-only (a post in a discussion for officers only) are read by the officers of the
    event's project or programme, as discussions.rules.is_subject_officer: nobody else
    learns such a discussion exists. Verbs phrased readers-in-full-only (that someone asked
    for a progress report) are read by those who read the event's place in full, as its
    reports (reports.rules): of a programme its officers, consultants and partners, of a
    project those of it or its programme, of a trial whoever sees it. The programme's own
    events about its people (invitations, role changes, people imports) are read by those
    who manage its people (programmes.manage_programme_people: its officers), not by
    everyone who sees the programme through one trial or project. A withdrawn project's
    events (its records' and trials' too) are read by those who may still open it, its
    officers (programmes.rules.openable_projects), on its own history as anywhere.
    `anywhere`: for a stream across places (the home page's recent activity, their own
    activity page and its download), where a programme's own events (none of its projects')
    are left out of a programme they belong to only through its field trials: a teacher on
    one trial reads their trial's news there, and the programme's story on its own page."""
    from django.db.models import Q

    from fieldtrials.rules import TEAM_ROLES
    from nextpractice.history import (
        kind_filter,
        officers_only_verbs,
        readers_in_full_only_verbs,
        team_only_verbs,
    )
    from programmes.rules import READ_ALL_ROLES, visible_programme_ids, withdrawn_closed_to

    from .memberships import memberships_of
    from .models import Event, Role

    placed = Event.objects.filter(programme__isnull=False)
    if sees_everything(user):
        return placed
    if not signed_in(user):
        return Event.objects.none()
    m = memberships_of(user)
    read_all_programmes = id_filter("programme_id", m.programmes(READ_ALL_ROLES))
    trial_events = any_of(
        id_filter("field_trial_id", m.trials() | m.community_trials),
        id_filter("project_id", m.projects(READ_ALL_ROLES)),
        read_all_programmes,
    )
    project_events = any_of(id_filter("project_id", m.projects()), read_all_programmes)
    programme_events = id_filter("programme_id", visible_programme_ids(user))
    seen = any_of(
        trial_events and Q(field_trial__isnull=False) & trial_events,
        project_events and Q(field_trial=None, project__isnull=False) & project_events,
        programme_events and Q(project=None) & programme_events,
    )
    events = rows_where(placed, seen).exclude(project__in=withdrawn_closed_to(user).values("pk"))
    officer = (Role.OFFICER,)
    programme_people = Q(project=None) & kind_filter("people")
    manages_people = id_filter("programme_id", m.programmes(officer))
    if manages_people is not None:
        programme_people &= ~manages_people
    events = events.exclude(programme_people)
    # Events of team-only verbs to those who change the records; of officers-only verbs
    # (that officers talked among themselves) to the officers.
    events = _told_only_to(
        events,
        team_only_verbs(),
        id_filter("field_trial_id", m.trials(TEAM_ROLES)),
        id_filter("project_id", m.projects(officer)),
        id_filter("programme_id", m.programmes(officer)),
    )
    events = _told_only_to(
        events,
        officers_only_verbs(),
        id_filter("project_id", m.projects(officer)),
        id_filter("programme_id", m.programmes(officer)),
    )
    # Events of verbs told to those who read their place in full (a progress report asked
    # for, to who may read it): a trial's are read only by whoever sees the trial already.
    events = _told_only_to(
        events,
        readers_in_full_only_verbs(),
        Q(field_trial__isnull=False),
        id_filter("project_id", m.projects(READ_ALL_ROLES)),
        read_all_programmes,
    )
    if anywhere:
        # No query: the memberships are read once a request.
        through_trials_only = (
            frozenset(m.programme_of_trial.values())
            - m.programmes()
            - frozenset(m.programme_of_project.values())
        )
        if through_trials_only:
            events = events.exclude(project=None, programme_id__in=sorted(through_trials_only))
    return events
