"""Someone leaves: an administrator switches their account off in the app, after a page
saying what that does and listing what they lead, so that it can be handed over; and back
on, if they come back or it was a mistake.

Switched off, an account signs nobody in (Django's ModelBackend refuses an inactive account,
at sign-in and on each request of a session), is sent no e-mail and told nothing
(User.wants_email, accounts.services.notify), brings nobody in (the invitations its person
sent that nobody answered are withdrawn) and is found by nobody's search. What they wrote
stays under their name, and their places in teams stay, marked "Account switched off",
until someone who manages the team takes them off.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse

from .models import Event, Role, User
from .rules import ERASED_STAYS_OFF, check_switch_account, check_switch_on
from .services import end_sessions, record_event

SWITCHED_OFF = "accounts.account_switched_off"
SWITCHED_ON = "accounts.account_switched_on"


@dataclass(frozen=True)
class SwitchedOff:
    """What switching an account off did besides: how many invitations it withdrew and in
    how many browsers it signed its person out."""

    invitations_withdrawn: int
    sessions_ended: int


def switch_off_account(*, person, actor):
    """An administrator (`actor`) switches off the account of `person`, who has left. Once:
    decided on their locked row, so a second click, or two administrators at once, change
    nothing more (None). Returns SwitchedOff."""
    from .people.services import withdraw_invitations_of_switched_off

    allowed, reason = check_switch_account(actor, person)
    if not allowed:
        raise PermissionDenied(reason)
    with transaction.atomic():
        # FOR NO KEY UPDATE, as an UPDATE takes: an acceptance of one of their invitations,
        # which locks the invitation first and may write a row naming them, need not wait.
        locked = User.objects.select_for_update(no_key=True, of=("self",)).get(pk=person.pk)
        if not locked.is_active:
            return None
        locked.is_active = False
        locked.save(update_fields=["is_active"])
        withdrawn = withdraw_invitations_of_switched_off(user=locked, actor=actor)
        ended = end_sessions(locked)
        record_event(
            actor=actor,
            verb=SWITCHED_OFF,
            target=locked,
            data={"invitations_withdrawn": withdrawn},
        )
    person.is_active = False
    return SwitchedOff(invitations_withdrawn=withdrawn, sessions_ended=ended)


def switch_on_account(*, person, actor):
    """An administrator (`actor`) switches `person`'s account back on. Once, as switching it
    off (None when it is on already); never an account whose details were erased. Returns
    True when it was switched on."""
    allowed, reason = check_switch_on(actor, person)
    if not allowed:
        raise PermissionDenied(reason)
    with transaction.atomic():
        locked = User.objects.select_for_update(no_key=True, of=("self",)).get(pk=person.pk)
        if locked.is_active:
            return None
        if locked.erased_at is not None:  # erased meanwhile
            raise PermissionDenied(ERASED_STAYS_OFF)
        locked.is_active = True
        locked.save(update_fields=["is_active"])
        record_event(actor=actor, verb=SWITCHED_ON, target=locked)
    person.is_active = True
    return True


def last_switched(person):
    """The latest time `person`'s account was switched off or on in the app (an Event, its
    actor read with it), or None."""
    return (
        Event.objects.filter(
            verb__in=(SWITCHED_OFF, SWITCHED_ON),
            target_type__app_label="accounts",
            target_type__model="user",
            target_id=person.pk,
        )
        .select_related("actor")
        .order_by("-created_at", "-pk")
        .first()
    )


@dataclass(frozen=True)
class Led:
    """Something `person` leads that nobody else does: its kind, title and page, what they
    are there, and where it is handed over."""

    kind: str
    title: str
    url: str
    role: str
    hand_over: str
    hand_over_url: str


def what_they_lead(person):
    """What would be left without a lead were `person` gone, in four queries: the
    programmes they are the only programme officer of (another's account switched on), the
    projects they are lead officer of (not withdrawn or closed), the field trials still
    running that they are the only lead of (a school leader or practitioner on it who
    works at its lead organisation, as fieldtrials.rules.leads_trial), and the communities
    of practice they convene. Each kind A to Z."""
    from fieldtrials.models import CommunityOfPractice, FieldTrial, FieldTrialMembership
    from programmes.models import ProgrammeMembership, Project

    def people(kind, pk):
        return reverse("people:people", args=[kind, pk])

    officers = ProgrammeMembership.objects.filter(
        programme=OuterRef("programme"), role=Role.OFFICER, user__is_active=True
    ).exclude(user=person)
    programmes = (
        ProgrammeMembership.objects.filter(user=person, role=Role.OFFICER)
        .exclude(Exists(officers))
        .select_related("programme")
        .order_by("programme__name", "programme_id")
    )
    led = [
        Led(
            "Programme",
            m.programme.name,
            m.programme.get_absolute_url(),
            "The only programme officer",
            "Make someone else a programme officer",
            people("programme", m.programme_id),
        )
        for m in programmes
    ]
    projects = (
        Project.objects.current()
        .filter(lead_officer=person, closed_on=None)
        .order_by("title", "pk")
    )
    led += [
        Led(
            "Project",
            p.title,
            p.get_absolute_url(),
            "Lead officer",
            "Name another programme officer as its lead officer",
            people("project", p.pk),
        )
        for p in projects
    ]
    trials = FieldTrial.objects.none()
    if person.organisation_id is not None:
        other_leads = FieldTrialMembership.objects.filter(
            field_trial=OuterRef("pk"),
            role=Role.PRACTITIONER,
            user__is_active=True,
            user__organisation=OuterRef("lead_organisation"),
        ).exclude(user=person)
        trials = (
            FieldTrial.objects.filter(
                memberships__user=person,
                memberships__role=Role.PRACTITIONER,
                lead_organisation_id=person.organisation_id,
                project__withdrawn_at=None,
            )
            .exclude(status__in=(FieldTrial.Status.COMPLETED, FieldTrial.Status.WITHDRAWN))
            .exclude(Exists(other_leads))
            .select_related("lead_organisation")
            .order_by("title", "pk")
        )
    led += [
        Led(
            "Field trial",
            t.title,
            t.get_absolute_url(),
            f"The only lead from {t.lead_organisation.name}",
            f"Invite another school leader or practitioner from {t.lead_organisation.name}",
            people("field-trial", t.pk),
        )
        for t in trials
    ]
    communities = CommunityOfPractice.objects.filter(convenor=person).order_by("name", "pk")
    led += [
        Led(
            "Community of practice",
            c.name,
            reverse("fieldtrials:community_detail", args=[c.pk]),
            "Convenor",
            "Choose a new convenor",
            reverse("fieldtrials:convenor_change", args=[c.pk]),
        )
        for c in communities
    ]
    return led
