"""Changes to teams: inviting people, accepting, resending and withdrawing invitations,
changing a member's role and removing them. Each checks its rule, locks the rows it changes,
writes one event, and tells whoever should know after commit."""

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date

from nextpractice.bidi import without_bidi
from nextpractice.jobs import WAITING_SHOWN_AFTER, send_job
from nextpractice.words import shortened

from ..events import role_with_article
from ..models import Invitation, NotificationKind, ReplacedInvitationLink, Role, User
from ..rules import check_give_organisation
from ..services import event_key, notify, record_event
from .above import covered_message, covering_role
from .kinds import kind_of, project_of, target_name, trial_withdrawn_message, withdrawn_trial
from .words import NOUNS, fitted, invitation_subject, roles_for

logger = logging.getLogger(__name__)

INVITATION_LIFETIME = timedelta(days=14)


class TeamChangeRefused(Exception):
    """The change cannot happen as asked; the message says why, for the page to show."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class OrganisationRefused(TeamChangeRefused):
    """The organisation named is not the manager's to name (accounts.rules.check_give_
    organisation): said beside the organisation."""


def _check_organisation(actor, organisation, target):
    allowed, reason = check_give_organisation(actor, organisation, target)
    if not allowed:
        raise OrganisationRefused(reason)


class InvitationBeingSent(TeamChangeRefused):
    """An invitation sent again while its e-mail still waits to go: nothing changes, as the
    e-mail on its way carries the newest link. Said as news, not as an error."""

    def __init__(self, invitation):
        super().__init__(
            f"We are already e-mailing the invitation to {invitation.email}: the list below "
            "says when it has gone, or if it could not be."
        )


def being_sent(invitation, now=None):
    """Whether `invitation`'s e-mail still waits to go: neither e-mailed nor failed, and
    queued (when its link was made, INVITATION_LIFETIME before it expires) less than
    WAITING_SHOWN_AFTER ago. One that has waited longer may have lost its job with the
    broker's queue, or had it refused: "Send again" sends it then (the first job, should it
    come, finds its link replaced and sends nothing)."""
    now = now or timezone.now()
    return (
        invitation.emailed_at is None
        and invitation.email_failed_at is None
        and invitation.expires_at - INVITATION_LIFETIME > now - WAITING_SHOWN_AFTER
    )


class TrialWithdrawn(TeamChangeRefused):
    """Nobody is invited to a withdrawn field trial (`trial`), nor an invitation to it sent
    again; the message says so, and how it may be taken back."""

    def __init__(self, trial):
        super().__init__(trial_withdrawn_message(trial))
        self.trial = trial


class InvitationClosed(Exception):
    """The invitation was accepted, withdrawn or has expired, or cannot be used now (whoever
    sent it has left, or its team is withdrawn); the message says so, and the page's
    `heading` if not the usual one."""

    def __init__(self, message, heading=""):
        super().__init__(message)
        self.message = message
        self.heading = heading


def hash_token(token):
    """What is kept of an invitation's token: its SHA-256, in hex."""
    return hashlib.sha256(token.encode()).hexdigest()


def find_invitation(token):
    """The invitation whose link holds `token`, or None."""
    return (
        Invitation.objects.select_related(
            "programme", "project", "field_trial", "invited_by", "accepted_by"
        )
        .filter(token_hash=hash_token(token))
        .first()
    )


def replaced_link_message(token):
    """(heading, message) for the link holding `token` if "Send again" replaced it with a
    newer one: to use the newest e-mail, or, if the invitation has since closed, why it has.
    None if no invitation ever had it."""
    replaced = (
        ReplacedInvitationLink.objects.select_related(
            "invitation__invited_by",
            "invitation__programme",
            "invitation__project",
            "invitation__field_trial",
        )
        .filter(token_hash=hash_token(token))
        .first()
    )
    if replaced is None:
        return None
    invitation = replaced.invitation
    try:
        check_open(invitation)
    except InvitationClosed as closed:
        return closed.heading or "This invitation cannot be used", closed.message
    when = format_date(timezone.localtime(replaced.replaced_at), "j F Y")
    who = whom_to_ask(invitation)
    return "This link has been replaced", (
        f"This link was replaced when the invitation was sent again on {when}: use the link "
        f"in the newest e-mail headed “{invitation_subject(invitation)}”. Ask {who} "
        "if you cannot find it."
    )


@dataclass
class InviteResult:
    """What became of an invitation: sent by e-mail, or the person added at once."""

    invitation: Invitation | None = None
    membership: object = None


def _membership_of(kind, target, user_id):
    return kind.membership_model.objects.filter(**{kind.field: target, "user_id": user_id})


def _lock(target):
    """`target`'s row, locked: FOR NO KEY UPDATE, which waits for (and holds off) another
    lock of it, as withdrawing a project or a trial takes, but not a row written meanwhile
    that names it (an event of one of its trials, say), which would otherwise wait on this
    lock while holding one this waits for: a deadlock."""
    return type(target).objects.select_for_update(no_key=True).get(pk=target.pk)


def fitting_role(target, role):
    """`role` as a Role, if `target`'s kind of team offers it (as the People pages' forms do);
    else TeamChangeRefused saying which roles it has. No programme officer of a field trial (the
    project's officers run it), nor school leader of a programme."""
    offered = roles_for(target)
    try:
        role = Role(role)
    except ValueError:
        role = None
    if role in offered:
        return role
    noun = NOUNS[kind_of(target).slug]
    labels = [f"“{r.label}”" for r in offered]
    choose = f"{', '.join(labels[:-1])} or {labels[-1]}"
    if role is None:
        raise TeamChangeRefused(f"That is not a role: choose {choose}.")
    raise TeamChangeRefused(f"A {noun} has no “{role.label}” role: choose {choose}.")


def invite(*, target, email, role, actor, full_name="", organisation=None):
    """Invite someone by e-mail to a programme, project or field trial with a role.

    Someone who already has an account is added at once (and told); anyone else is sent an
    invitation holding a single-use link that expires in 14 days. A trial's lead may invite
    only practitioners who work at their school. `full_name`, if known, greets them and is
    where accepting starts; `organisation`, if named by someone who manages the team, is
    theirs on accepting unless their account already names one (a trial lead's invitations
    name the lead's own). Nobody is invited to a withdrawn project, nor to a field trial of
    one (ProjectWithdrawn, decided under the project's lock), nor to a withdrawn field trial
    (TrialWithdrawn, decided under the trial's lock, which withdrawing it takes)."""
    kind = kind_of(target)
    if not actor.has_perm(kind.invite_perm, target):
        raise PermissionDenied("You may not invite people to this.")
    role = fitting_role(target, role)
    manages = actor.has_perm(kind.manage_perm, target)
    if not manages and role != Role.PRACTITIONER:
        raise PermissionDenied("A trial's lead invites school leaders and practitioners only.")
    staff_of = None if manages else actor.organisation  # a trial lead's: their school's only
    organisation = organisation if manages else staff_of
    if manages:
        _check_organisation(actor, organisation, target)
    email = User.objects.normalize_email(email.strip()).lower()
    name = target_name(target)
    with transaction.atomic():
        _lock_open_project_of(target)  # the project first, as withdraw_project locks it
        target = _lock(target)  # two invitations to one team are made one after the other
        if withdrawn_trial(target):
            raise TrialWithdrawn(target)
        existing = User.objects.filter(email__iexact=email).first()
        if existing is not None and _membership_of(kind, target, existing.pk).exists():
            raise TeamChangeRefused(f"{existing} is already a member of {name}.")
        if existing is not None and not existing.is_active:
            raise TeamChangeRefused(
                "This person's account is switched off. Ask an administrator to switch it on."
            )
        if staff_of is not None and existing is not None:
            if existing.organisation_id != staff_of.pk:
                raise TeamChangeRefused(
                    f"You can invite only staff of {staff_of}. Ask the programme officer "
                    "to invite people from other organisations."
                )
        if existing is not None:
            # A role here that gives nothing theirs above does not: a misleading list.
            held = covering_role(target, existing, role)
            if held is not None:
                raise TeamChangeRefused(covered_message(target, existing, role, held))
            return InviteResult(membership=_add_member(kind, target, existing, role, actor))
        if Invitation.objects.filter(
            **{kind.field: target}, email=email, state=Invitation.State.PENDING
        ).exists():
            raise TeamChangeRefused(
                f"{email} has already been invited to {name}. You can send the invitation "
                "again from the list of people."
            )
        token = secrets.token_urlsafe(32)
        invitation = Invitation(
            email=email,
            full_name=" ".join(str(full_name or "").split())[:150],
            role=role,
            organisation=organisation,
            invited_by=actor,
            expires_at=timezone.now() + INVITATION_LIFETIME,
            token_hash=hash_token(token),
            **{kind.field: target},
        )
        invitation.full_clean(validate_constraints=False)
        try:
            with transaction.atomic():
                invitation.save()
        except IntegrityError:  # the same address invited at the same moment
            raise TeamChangeRefused(f"{email} has already been invited to {name}.") from None
        record_event(
            actor=actor,
            verb="accounts.invitation_sent",
            target=target,
            data={"invitation": invitation.pk, "email": email, "role": role},
        )
        _email_after_commit(invitation, token)
    return InviteResult(invitation=invitation)


def _add_member(kind, target, user, role, actor):
    membership = kind.membership_model.objects.create(
        **{kind.field: target, "user": user, "role": role}
    )
    event = record_event(
        actor=actor,
        verb=f"{kind.app}.member_added",
        target=target,
        data={"user": user.pk, "role": role},
    )
    if user != actor:
        notify(
            recipient=user,
            kind=NotificationKind.MEMBERSHIP,
            # The e-mail's subject says where and as what first; the message says who.
            message=f"{actor} added you as {role_with_article(role)} to {target_name(target)}.",
            subject=fitted(
                "You were added to ", target_name(target), f" as {role_with_article(role)}"
            ),
            url=target.get_absolute_url(),
            key=event_key(event),
        )
    return membership


def _email_after_commit(invitation, token):
    from ..tasks import send_invitation_email

    def _send():
        # The invitation stands if the broker is down: "Send again" e-mails it later.
        try:
            send_job(send_invitation_email, invitation.pk, token)
        except Exception:
            logger.warning("Invitation %s not e-mailed: the job was refused", invitation.pk)

    transaction.on_commit(_send)


def sender_may_invite(invitation):
    """Whether whoever sent `invitation` could send it now: their account is on and they may
    still invite people to its team (an officer of it, or a trial's lead). Someone switched
    off, taken off the team, or made something that invites nobody, brings nobody in."""
    sender = invitation.invited_by
    target = invitation.target
    return bool(
        sender is not None
        and sender.is_active
        and sender.has_perm(kind_of(target).invite_perm, target)
    )


# Named, at most, when a page says whom to ask: the rest are "another programme officer".
OFFICERS_NAMED = 3


def officers_to_ask(target):
    """Whom to ask about joining `target`, in words: its programme officers by name (a trial's:
    its project's and its programme's), "Olive Officer or Pat Price (programme officers of
    Alder Project)"; only those whose accounts are on. An administrator if there are none."""
    from programmes.rules import people_holding, project_officers_filter

    project = project_of(target)
    if project is None:
        officers = people_holding((Role.OFFICER,), programmes=[target.pk])
    else:
        officers = project_officers_filter(project)
    named = list(
        User.objects.filter(officers, is_active=True).order_by("full_name", "pk")[
            : OFFICERS_NAMED + 1
        ]
    )
    if not named:
        return "an administrator of Next Practice"
    place = target_name(project if project is not None else target)
    names = [str(person) for person in named[:OFFICERS_NAMED]]
    if len(named) > OFFICERS_NAMED:
        names.append("another programme officer")
    said = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    noun = "programme officer" if len(named) == 1 else "programme officers"
    return f"{said} ({noun} of {place})"


def whom_to_ask(invitation, sender_may=None):
    """Whom someone holding `invitation`'s link should ask about it, in words: whoever sent
    it, while they may still invite people to its team (`sender_may`, if already asked);
    else its programme officers by name (officers_to_ask), never someone who has left."""
    if sender_may is None:
        sender_may = sender_may_invite(invitation)
    if sender_may:
        return str(invitation.invited_by)
    return officers_to_ask(invitation.target)


NO_LONGER_VALID = "This invitation is no longer valid"


def _closed_team_message(target):
    """Why nobody joins `target` through an invitation now, or "": its project is withdrawn
    (until restored), or it is a withdrawn field trial (unless taken back), as nobody is
    invited to either (invite)."""
    project = project_of(target)
    if project is not None and project.is_withdrawn:
        if project == target:
            return (
                f"{target_name(project)} has been withdrawn, so nobody joins it until it is "
                "restored."
            )
        return (
            f"{target_name(project)}, the project of the field trial {target_name(target)}, has "
            "been withdrawn, so nobody joins the trial until the project is restored."
        )
    if withdrawn_trial(target):
        return (
            f"{target_name(target)} has been withdrawn, so nobody joins it unless its project's "
            "programme officers take it back."
        )
    return ""


def check_open(invitation):
    """Raise InvitationClosed, saying why and whom to ask, unless the invitation is pending,
    in date and may be used now: whoever sent it may still invite people to its team
    (sender_may_invite), and its team is not withdrawn (nor its project). Asked of a locked
    invitation, its team's rows locked, by whoever accepts it (lock_team)."""
    sender_may = sender_may_invite(invitation)

    def who():
        return whom_to_ask(invitation, sender_may)

    if invitation.state == Invitation.State.ACCEPTED:
        raise InvitationClosed(
            "This invitation has already been accepted. Sign in to use Next Practice, or "
            f"ask {who()} if you did not accept it."
        )
    if invitation.state == Invitation.State.WITHDRAWN:
        raise InvitationClosed(f"This invitation was withdrawn. Ask {who()} if you need to join.")
    if invitation.expires_at <= timezone.now():
        raise InvitationClosed(
            f"This invitation has expired. Ask {who()} to send it again: the new e-mail will "
            "hold a new link."
        )
    if not sender_may:
        raise InvitationClosed(
            f"{NO_LONGER_VALID}: the person who sent it is no longer on the team of "
            f"{target_name(invitation.target)}, so it cannot bring anyone in. Ask {who()} if "
            "you need to join.",
            heading=NO_LONGER_VALID,
        )
    closed = _closed_team_message(invitation.target)
    if closed:
        raise InvitationClosed(
            f"{closed} This invitation cannot be used until then. Ask {who()} if you need to "
            "know more."
        )


def lock_team(invitation):
    """In an acceptance's transaction, `invitation` locked: lock its team's project, then its
    field trial (as inviting, withdrawing a project and moving a trial lock them, in that
    order), and keep them on it, so that check_open reads them as they are and a withdrawal
    waits for the acceptance, or the acceptance for it."""
    project = project_of(invitation.target)
    if project is not None:
        project = _lock(project)
    if invitation.project_id is not None:
        invitation.project = project
    elif invitation.field_trial_id is not None:
        trial = _lock(invitation.field_trial)
        trial.project = project
        invitation.field_trial = trial


def accept_invitation(*, token, user=None, full_name="", password=None):
    """Accept an invitation: `user` (signed in as the invited address) gains the membership;
    without one, a new account is made with `full_name` and `password` (already checked by
    the password validators). Returns (invitation, user). Once only: a second accept of the
    same link, at the same time or later, is refused."""
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update().filter(token_hash=hash_token(token)).first()
        )
        if invitation is None:
            raise Invitation.DoesNotExist
        lock_team(invitation)
        check_open(invitation)  # nothing is made unless it may be used
        if user is None:
            if User.objects.filter(email__iexact=invitation.email).exists():
                raise InvitationClosed(
                    "There is already an account with this e-mail address: sign in to accept."
                )
            user = User(
                email=invitation.email,
                full_name=full_name.strip(),
                organisation=invitation.organisation,
            )
            user.set_password(password)
            user.full_clean(exclude=["password"])
            user.save()
        elif user.email.lower() != invitation.email:
            raise PermissionDenied("This invitation is for someone else.")
        _accept(invitation, user)
    return invitation, user


def _accept(invitation, user):
    """Give `user` the membership of a locked invitation, its team locked (lock_team) and
    found open (check_open), and mark it accepted."""
    kind = kind_of(invitation.target)
    target = invitation.target
    if user.organisation_id is None and invitation.organisation_id is not None:
        # The organisation whoever invited them named, for someone whose account names none:
        # decided by the database, so never over one they chose meanwhile.
        if User.objects.filter(pk=user.pk, organisation=None).update(
            organisation_id=invitation.organisation_id
        ):
            user.organisation_id = invitation.organisation_id
    kind.membership_model.objects.get_or_create(
        **{kind.field: target, "user": user}, defaults={"role": invitation.role}
    )
    invitation.state = Invitation.State.ACCEPTED
    invitation.accepted_by = user
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["state", "accepted_by", "accepted_at"])
    event = record_event(
        actor=user,
        verb="accounts.invitation_accepted",
        target=target,
        data={"invitation": invitation.pk, "user": user.pk, "role": invitation.role},
    )
    if sender_may_invite(invitation):  # not someone who has left since
        notify(
            recipient=invitation.invited_by,
            kind=NotificationKind.MEMBERSHIP,
            message=f"{user} accepted your invitation to {target_name(target)}.",
            subject=fitted(
                "Invitation accepted: ", target_name(target), f", by {shortened(str(user), 40)}"
            ),
            url=kind.people_url(target),
            key=event_key(event),
        )
    return invitation


def accept_invitations_for(*, user):
    """Accept every open invitation to `user`'s e-mail address (for someone whose address
    another service has just vouched for, such as single sign-on). Returns those accepted."""
    accepted = []
    for invitation in Invitation.objects.filter(
        email=user.email.lower(), state=Invitation.State.PENDING, expires_at__gt=timezone.now()
    ):
        with transaction.atomic():
            locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
            lock_team(locked)
            try:
                check_open(locked)
            except InvitationClosed:  # accepted or withdrawn meanwhile, or not to be used
                continue
            accepted.append(_accept(locked, user))
    return accepted


def account_for_invitations(*, email, full_name):
    """The account of someone whose address another service has just vouched for (single
    sign-on) and who has an open invitation but no account yet: made from the invitation,
    without a password (they sign in through that service), with every open invitation to
    the address accepted. None, creating nothing, when no invitation is open, or none may be
    used (check_open: whoever sent it has left, or its team is withdrawn). Their name
    is taken as a form takes one: without the characters that turn text round
    ("Sam<U+202E>evil" shows as "Samlive"), NULs or runs of spaces."""
    email = email.strip().lower()
    full_name = " ".join(without_bidi(str(full_name or "")).replace("\x00", " ").split())
    open_ = Invitation.objects.filter(
        email=email, state=Invitation.State.PENDING, expires_at__gt=timezone.now()
    ).select_related("programme", "project__programme", "field_trial__project", "invited_by")
    first = next((i for i in open_.order_by("created_at") if _usable(i)), None)
    if first is None or User.objects.filter(email__iexact=email).exists():
        return None  # nothing open, or their account exists but is closed: not ours to open
    user = User(
        email=email,
        full_name=full_name[:150].strip() or email.partition("@")[0],
        organisation=first.organisation,
    )
    user.set_unusable_password()
    user.full_clean(exclude=["password", "email"])  # the address: the constraint decides
    with transaction.atomic():
        try:
            with transaction.atomic():
                user.save()
            made = True
        except IntegrityError:  # a second sign-in at the same moment made it first
            user, made = User.objects.get(email__iexact=email), False
        if not accept_invitations_for(user=user) and made:
            # Each found unusable under its lock since (its sender switched off, say).
            transaction.set_rollback(True)
            return None
    return user


def _usable(invitation):
    try:
        check_open(invitation)
    except InvitationClosed:
        return False
    return True


def _locked_invitation(invitation, actor):
    if not actor.has_perm("accounts.manage_invitation", invitation):
        raise PermissionDenied("You may not change this invitation.")
    locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if locked.state != Invitation.State.PENDING:
        raise TeamChangeRefused(
            f"This invitation has been {locked.get_state_display().lower()}: it cannot change."
        )
    return locked


def resend_invitation(*, invitation, actor):
    """E-mail an invitation again with a new link and a new expiry; the old link stops
    working. Not one to a withdrawn project, nor to a field trial of one (decided under the
    project's lock), nor to a withdrawn field trial (TrialWithdrawn, under the trial's).
    One sent by someone who may no longer invite people to its team is sent by `actor`
    from then on. Once: one whose e-mail still waits to go (being_sent, decided under its
    lock, so two tabs or twenty posts at once send it again once) changes nothing
    (InvitationBeingSent)."""
    with transaction.atomic():
        locked = _locked_invitation(invitation, actor)
        project = project_of(locked.target)
        if project is not None and _lock(project).is_withdrawn:
            raise TeamChangeRefused(
                f"{target_name(project)} has been withdrawn: restore it before sending "
                "the invitation again."
            )
        if kind_of(locked.target).slug == "field-trial":
            trial = _lock(locked.target)  # after its project, as withdrawing it locks them
            if withdrawn_trial(trial):
                raise TrialWithdrawn(trial)
        if being_sent(locked):
            raise InvitationBeingSent(locked)
        # The old link says it was replaced, and admits nobody: only the newest e-mail's does
        # (an invitation is sent again when the first went astray).
        # It keeps what became of its e-mail, for the new one to say (cleared below).
        ReplacedInvitationLink.objects.create(
            invitation=locked,
            token_hash=locked.token_hash,
            emailed_at=locked.emailed_at,
            email_failed_at=locked.email_failed_at,
        )
        token = secrets.token_urlsafe(32)
        locked.token_hash = hash_token(token)
        locked.expires_at = timezone.now() + INVITATION_LIFETIME
        # Not e-mailed yet, nor failed: the new link's job sends it (a failure is forgotten).
        locked.emailed_at = locked.email_failed_at = None
        locked.email_failure = ""
        if not sender_may_invite(locked):
            # Sent again for someone who has left (check_open would refuse it): from now on
            # it is the one who sends it again who invites them.
            locked.invited_by = actor
        locked.save(
            update_fields=[
                "invited_by",
                "token_hash",
                "expires_at",
                "emailed_at",
                "email_failed_at",
                "email_failure",
            ]
        )
        record_event(
            actor=actor,
            verb="accounts.invitation_resent",
            target=locked.target,
            data={"invitation": locked.pk, "email": locked.email},
        )
        _email_after_commit(locked, token)
    return locked


def withdraw_invitation(*, invitation, actor):
    """Withdraw an invitation: its link then says so."""
    with transaction.atomic():
        locked = _locked_invitation(invitation, actor)
        locked.state = Invitation.State.WITHDRAWN
        locked.withdrawn_at = timezone.now()
        locked.save(update_fields=["state", "withdrawn_at"])
        record_event(
            actor=actor,
            verb="accounts.invitation_withdrawn",
            target=locked.target,
            data={"invitation": locked.pk, "email": locked.email},
        )
    return locked


def _lock_sent(user):
    """The invitations `user` sent that nobody has answered, locked, oldest first: taken
    before their teams' rows, as accepting one takes them, so that an acceptance waits for
    a change that stops them inviting, or the change for the acceptance."""
    return list(
        Invitation.objects.select_for_update()
        .filter(invited_by=user, state=Invitation.State.PENDING)
        .order_by("pk")
    )


# Why invitations were withdrawn with nobody choosing each (accounts/events.py says it).
SENDER_SWITCHED_OFF = "sender_switched_off"
SENDER_CANNOT_INVITE = "sender_cannot_invite"


def _withdraw_sent(invitations, *, sender, actor, because):
    """Withdraw each of `invitations` (from _lock_sent, still locked) that `sender` may no
    longer send (sender_may_invite, asked now that their change is made), each written in
    its team's history as any withdrawal is, saying `because`. Returns how many."""
    withdrawn = 0
    for invitation in invitations:
        invitation.invited_by = sender
        if sender_may_invite(invitation):
            continue
        invitation.state = Invitation.State.WITHDRAWN
        invitation.withdrawn_at = timezone.now()
        invitation.save(update_fields=["state", "withdrawn_at"])
        record_event(
            actor=actor,
            verb="accounts.invitation_withdrawn",
            target=invitation.target,
            data={"invitation": invitation.pk, "email": invitation.email, "because": because},
        )
        withdrawn += 1
    return withdrawn


def withdraw_invitations_of_switched_off(*, user, actor):
    """Once `user`'s account is switched off (by an administrator, `actor`, in the same
    transaction): the invitations they sent that nobody has answered are withdrawn, so that
    nobody joins through someone who has left and the People pages no longer list them as
    waiting. Their links say so, and name the team's programme officers to ask. Returns how
    many; none while the account is on."""
    with transaction.atomic():
        sent = _lock_sent(user)
        person = User.objects.get(pk=user.pk)  # as it is now, under the invitations' locks
        if person.is_active:
            return 0
        return _withdraw_sent(sent, sender=person, actor=actor, because=SENDER_SWITCHED_OFF)


def _led(target, user):
    from programmes.models import Programme, Project

    if isinstance(target, Programme):
        return Project.objects.filter(programme=target, lead_officer=user)
    if isinstance(target, Project):
        return Project.objects.filter(pk=target.pk, lead_officer=user)
    return Project.objects.none()


def projects_led(target, user):
    """The projects `user` is lead officer of, in a programme or project team (none in a
    trial's); not a withdrawn one, which is in no list (_hand_over_lead sees to it)."""
    return list(_led(target, user).current())


def _hand_over_lead(target, user, new_lead, doing):
    """Name `new_lead` lead officer of every project `user` leads in this team, or refuse
    when they lead one and nobody is named. A withdrawn project they lead is neither named
    nor waited for: it goes to the new lead with the others, or is left with none, so that,
    restored, it names nobody who has left."""
    from accounts.memberships import memberships_of

    def may_lead(project):
        return (
            new_lead is not None
            and new_lead != user
            and memberships_of(new_lead).holds(
                (Role.OFFICER,), project_id=project.pk, programme_id=project.programme_id
            )
        )

    led = projects_led(target, user)
    if led and new_lead is None:
        titles = ", ".join(p.title for p in led)
        raise TeamChangeRefused(
            f"{user} is the lead officer of {titles}. Name a new lead officer before you {doing}."
        )
    for project in led:
        if not may_lead(project):
            raise TeamChangeRefused(
                f"The new lead officer must be another programme officer of {project.title}."
            )
        project.lead_officer = new_lead
        project.save(update_fields=["lead_officer"])
    for project in _led(target, user).withdrawn():
        project.lead_officer = new_lead if may_lead(project) else None
        project.save(update_fields=["lead_officer"])
    return [p.pk for p in led]


def is_only_officer(target, user):
    """Whether `user` is the only programme officer of `target`, a programme: a programme
    needs one, to run it and bring its people in."""
    from programmes.models import Programme, ProgrammeMembership

    if not isinstance(target, Programme):
        return False
    officers = ProgrammeMembership.objects.filter(
        programme=target, role=Role.OFFICER, user__is_active=True
    )
    return officers.filter(user=user).exists() and not officers.exclude(user=user).exists()


def _keep_an_officer(target, user, doing):
    """Refuse to leave a programme with no programme officer, decided on its locked row (two
    officers removing each other at once cannot both go)."""
    from programmes.models import Programme

    if not isinstance(target, Programme):
        return
    Programme.objects.select_for_update().filter(pk=target.pk).first()
    if is_only_officer(target, user):
        raise TeamChangeRefused(
            f"{user} is the only programme officer of {target_name(target)}, and a programme "
            f"needs one. Invite or make someone else a programme officer first, then {doing}."
        )


def _lock_open_project_of(target):
    """Lock the project whose team `target` is, or whose trial it is, before its members
    change: refused (ProjectWithdrawn) once it is withdrawn, decided under the lock
    withdraw_project takes, so that nobody's role changes, nor anyone goes, as it is. A
    closed project's team still changes (someone leaves, or joins to write its learning)."""
    project = project_of(target)
    if project is not None:
        from programmes.services.lifecycle import open_project

        # As lock_open_project, without blocking an event.
        open_project(_lock(project), closed_ok=True)


def _locked_membership(kind, target, user):
    """In a change's transaction: the project locked and asked to be open (ProjectWithdrawn
    if not), then `user`'s membership of `target`, locked (TeamChangeRefused if gone)."""
    _lock_open_project_of(target)
    membership = _membership_of(kind, target, user.pk).select_for_update().first()
    if membership is None:
        raise TeamChangeRefused(f"{user} is no longer a member of {target_name(target)}.")
    return membership


def change_role(*, target, user, role, actor, new_lead=None):
    """Give a member another role. The lead officer of a project becomes something else only
    once a new lead officer is named; a trial's named consultant made something else is no
    longer named. The membership returned says whether it `changed` and whether its
    `consultant_unassigned`. Not in a withdrawn project, nor a trial of one
    (ProjectWithdrawn, decided under its lock)."""
    kind = kind_of(target)
    if not actor.has_perm(kind.manage_perm, target):
        raise PermissionDenied("You may not change the people of this.")
    with transaction.atomic():
        sent = _lock_sent(user)  # first, as accepting one locks it before its team
        membership = _locked_membership(kind, target, user)
        membership.invitations_withdrawn = 0
        # The role they hold stays theirs, offered here or not (as the form lists it); a
        # new one must be one this kind of team offers.
        if role != membership.role:
            role = fitting_role(target, role)
        role = Role(role)
        membership.changed = membership.role != role
        membership.consultant_unassigned = False
        if not membership.changed:
            return membership
        handed = []
        if role != Role.OFFICER:
            handed = _hand_over_lead(target, user, new_lead, "change their role")
            _keep_an_officer(target, user, "change their role")
        before = membership.role
        membership.role = role
        membership.save(update_fields=["role"])
        # The trial's named consultant is one of its consultants: made something else here,
        # no longer named, as when removed.
        unassigned = role != Role.CONSULTANT and _unassign_consultant(kind, target, user)
        data = {"user": user.pk, "from": before, "to": role, "lead_handed_over": handed}
        if unassigned:
            data["consultant_unassigned"] = True
        event = record_event(
            actor=actor, verb=f"{kind.app}.member_role_changed", target=target, data=data
        )
        # Made something that invites nobody: those they sent and nobody answered go too.
        membership.invitations_withdrawn = _withdraw_sent(
            sent, sender=user, actor=actor, because=SENDER_CANNOT_INVITE
        )
        if user != actor:
            nor = ", and you are no longer its consultant" if unassigned else ""
            notify(
                recipient=user,
                kind=NotificationKind.MEMBERSHIP,
                message=(
                    f"{actor} made you {role_with_article(role)} in {target_name(target)}{nor}."
                ),
                subject=fitted(f"You are now {role_with_article(role)} in ", target_name(target)),
                url=target.get_absolute_url(),
                key=event_key(event),
            )
    membership.consultant_unassigned = unassigned
    return membership


@dataclass
class OrganisationChange:
    """What setting a member's organisation did: `before` and `after` (an Organisation or
    None), and whether it `changed` anything."""

    user: User
    before: object
    after: object

    @property
    def changed(self):
        return self.before != self.after


def change_organisation(*, target, user, organisation, actor):
    """Set where `user`, a member of `target`, works: their organisation (None: none). It
    gives rights (a local authority's exercises, a trial's lead, a partner agency's
    contributions), so only those who manage the team set it, never their own
    (accounts.set_member_organisation). Once: decided on their locked row, so the same
    change sent twice at once is made, logged and told once. Not in a withdrawn project, nor
    a trial of one (ProjectWithdrawn, decided under its lock), as a role is not changed."""
    kind = kind_of(target)
    if not actor.has_perm(kind.manage_perm, target):
        raise PermissionDenied("You may not change the people of this.")
    with transaction.atomic():
        membership = _locked_membership(kind, target, user)
        setattr(membership, kind.field, target)
        if not actor.has_perm("accounts.set_member_organisation", membership):
            raise PermissionDenied("You may not change your own organisation.")
        # FOR NO KEY UPDATE: a row written meanwhile that names them (an event, a
        # notification) need not wait for it.
        person = (
            User.objects.select_for_update(no_key=True, of=("self",))
            .select_related("organisation")
            .get(pk=user.pk)
        )
        change = OrganisationChange(user=person, before=person.organisation, after=organisation)
        if not change.changed:
            return change
        _check_organisation(actor, organisation, target)
        person.organisation = organisation
        person.save(update_fields=["organisation"])
        user.organisation = organisation
        before, after = change.before, change.after
        event = record_event(
            actor=actor,
            verb=f"{kind.app}.member_organisation_changed",
            target=target,
            data={
                "user": person.pk,
                "from": before.name if before else "",
                "to": after.name if after else "",
                "from_id": before.pk if before else None,
                "to_id": after.pk if after else None,
            },
        )
        if person != actor:
            if after is not None:
                said = f"{actor} set your organisation to {after.name}"
                subject = fitted("Your organisation is now ", after.name)
            else:
                said = f"{actor} took {before.name} off your details"
                subject = "Your details no longer name an organisation"
            notify(
                recipient=person,
                kind=NotificationKind.MEMBERSHIP,
                message=f"{said}: it decides what you can do for an organisation here. If it "
                f"is wrong, ask {actor}.",
                subject=subject,
                url=reverse("accounts:profile"),
                key=event_key(event),
            )
    return change


def remove_member(*, target, user, actor, new_lead=None):
    """Take someone off a team: their membership goes, so they lose access at their next
    request; what they wrote stays, credited to them. The invitations they sent that nobody
    has answered, and that they could not send now, are withdrawn (its `invitations_withdrawn`
    says how many). A project's lead officer is removed only once a new lead officer is
    named. Not from a withdrawn project, nor a trial of one (ProjectWithdrawn, decided under
    its lock)."""
    kind = kind_of(target)
    if not actor.has_perm(kind.manage_perm, target):
        raise PermissionDenied("You may not change the people of this.")
    with transaction.atomic():
        sent = _lock_sent(user)  # first, as accepting one locks it before its team
        membership = _locked_membership(kind, target, user)
        handed = _hand_over_lead(target, user, new_lead, "remove them")
        _keep_an_officer(target, user, "remove them")
        role = membership.role
        membership.delete()
        # Named as the trial's consultant: no longer, or they would keep its support log.
        unassigned = _unassign_consultant(kind, target, user)
        data = {"user": user.pk, "role": role, "lead_handed_over": handed}
        if unassigned:
            data["consultant_unassigned"] = True
        event = record_event(
            actor=actor, verb=f"{kind.app}.member_removed", target=target, data=data
        )
        membership.invitations_withdrawn = _withdraw_sent(
            sent, sender=user, actor=actor, because=SENDER_CANNOT_INVITE
        )
        if user != actor:
            nor = ", and you are no longer its consultant" if unassigned else ""
            notify(
                recipient=user,
                kind=NotificationKind.MEMBERSHIP,
                message=f"{actor} removed you from {target_name(target)}{nor}. If you think "
                f"this is a mistake, ask {actor}.",
                subject=fitted("You were removed from ", target_name(target)),
                key=event_key(event),
            )
    membership.consultant_unassigned = unassigned
    return membership


def is_named_consultant(target, user):
    """Is `user` the consultant a field trial names (its details' "Consultant")?"""
    return kind_of(target).slug == "field-trial" and target.consultant_id == user.pk


def _unassign_consultant(kind, target, user):
    """Stop naming `user` as the trial's consultant, if it names them (decided on the locked
    trial row); its version moves on, so an edit begun before cannot name them again
    unseen. True if it named them."""
    if kind.slug != "field-trial":
        return False
    model = type(target)
    trial = model.objects.select_for_update().filter(pk=target.pk, consultant=user).first()
    if trial is None:
        return False
    model.objects.filter(pk=trial.pk).update(consultant=None, version=F("version") + 1)
    target.consultant = None
    return True
