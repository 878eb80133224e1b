"""The People page of a programme, project or trial, and following an invitation's link."""

from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Q, Value
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from nextpractice.paging import paged
from nextpractice.records.export import export_response, requested_format
from nextpractice.records.forms import posted
from nextpractice.words import long_date
from programmes.models import withdrawn_project_of
from programmes.services.lifecycle import ProjectWithdrawn

from ..access import public, requires
from ..events import role_with_article
from ..models import Invitation, Role, User
from ..rules import get_invitation_for, visible_organisations
from ..search import say_who_adds
from . import above, services
from .forms import (
    AcceptNewForm,
    ConfirmForm,
    InviteForm,
    MemberOrganisationForm,
    RemoveForm,
    RoleForm,
)
from .kinds import (
    KINDS,
    kind_of,
    target_name,
    trial_withdrawn_message,
    withdrawn_project,
    withdrawn_trial,
)


def _team(request, kind, pk, perm_name):
    kind = KINDS[kind]
    return kind, kind.get_for(request.user, pk, getattr(kind, perm_name))


MEMBERS_PER_PAGE = 50


def _members(kind, target):
    return (
        kind.membership_model.objects.filter(**{kind.field: target})
        .select_related("user__organisation")
        .order_by("role", "user__full_name", "pk")
    )


def _readers(kind, target):
    """Who else reads a trial or a project in full, beyond its own members: the officers,
    consultants and partners of its project (a trial's) and of its programme, as rows (full
    name, organisation, role, where, their id), A to Z, each person once: someone reading
    it through both its project and its programme is listed by their role in the
    programme, the wider. None for a programme. One query."""
    from programmes.models import ProgrammeMembership, ProjectMembership
    from programmes.rules import READ_ALL_ROLES

    members = kind.membership_model.objects.filter(**{kind.field: target}).values("user_id")

    def readers(memberships):
        return memberships.filter(role__in=READ_ALL_ROLES, user__is_active=True)

    def rows(memberships, where):
        return (
            readers(memberships)
            .exclude(user_id__in=members)  # listed above, as members
            .order_by()
            .annotate(np_where=Value(where, output_field=CharField()))
            .values_list(
                "user__full_name", "user__organisation__name", "role", "np_where", "user_id"
            )
        )

    if kind.slug == "field-trial":
        programme = ProgrammeMembership.objects.filter(programme_id=target.project.programme_id)
        through_programme = readers(programme).values("user_id")
        parts = [
            rows(
                ProjectMembership.objects.filter(project_id=target.project_id).exclude(
                    user_id__in=through_programme
                ),
                "project",
            ),
            rows(programme, "programme"),
        ]
    elif kind.slug == "project":
        parts = [
            rows(ProgrammeMembership.objects.filter(programme_id=target.programme_id), "programme")
        ]
    else:
        return None
    first, *others = parts
    # Ending with the person (each is here once): readers alike in name and where keep one
    # order from page to page.
    return (first.union(*others, all=True) if others else first).order_by(
        "user__full_name", "np_where", "user_id"
    )


@requires("team.view_people")
def people_export(request, kind, pk):
    """The members as the People page lists them, all of them, as CSV or XLSX."""
    kind, target = _team(request, kind, pk, "view_perm")
    rows = (
        [m.user.full_name, m.user.organisation.name if m.user.organisation else "",
         m.user.organisation.urn if m.user.organisation else "", m.get_role_display()]
        for m in _members(kind, target)
    )  # fmt: skip
    return export_response(
        headings=["Name", "Organisation", "School number (URN)", "Role"],
        rows=rows,
        filename=f"people-{kind.slug}-{target.pk}",
        fmt=requested_format(request),
        title="People",
    )


@requires("team.view_people")
def people(request, kind, pk):
    """Members with their roles, 50 a page; the invitations waiting for an answer, and
    apart from them those that expired unanswered (to send again), each 25 a page by a
    parameter of its own."""
    kind, target = _team(request, kind, pk, "view_perm")
    page = paged(request, _members(kind, target), per_page=MEMBERS_PER_PAGE)
    lists_invitations = request.user.has_perm(kind.invite_perm, target)
    invitations = expired = []
    if lists_invitations:
        pending = (
            Invitation.objects.filter(**{kind.field: target}, state=Invitation.State.PENDING)
            .select_related("invited_by")
            .order_by("email", "pk")
        )
        now = timezone.now()
        invitations = paged(
            request,
            pending.filter(expires_at__gt=now),
            "invitations-page",
            fragment="invitations",
        )
        expired = paged(
            request, pending.filter(expires_at__lte=now), "expired-page", fragment="expired"
        )
    members_fixed = withdrawn_project_of(target) is not None
    may_manage = request.user.has_perm(kind.manage_perm, target)
    # Whose organisation they may set: those they manage, not their own (the rule's).
    sets_organisation = set()
    if may_manage and not members_fixed:
        for membership in page:
            setattr(membership, kind.field, target)
            if request.user.has_perm("accounts.set_member_organisation", membership):
                sets_organisation.add(membership.user_id)
    readers = _readers(kind, target)
    if readers is not None:
        readers = paged(
            request, readers, "readers-page", per_page=MEMBERS_PER_PAGE, fragment="readers"
        )
        readers.rows = [
            {
                "name": name,
                "organisation": org or "",
                "role": Role(role).label,
                "where": where,
                "url": reverse("directory:person_detail", args=[pk]),
            }
            for name, org, role, where, pk in readers.object_list
        ]
    # The teams of the other trials of its communities of practice read a trial too.
    communities, reading_teams = [], ""
    if kind.slug == "field-trial":
        from fieldtrials.readers import reading_communities, teams_in_words

        communities = reading_communities(target)
        reading_teams = teams_in_words(communities)
    context = {
        "kind": kind,
        "target": target,
        "name": target_name(target),
        "readers": readers,
        "reading_teams": reading_teams,
        "reading_community_count": len(communities),
        "members": page,
        "page": page,
        "invitations": invitations,
        "expired": expired,
        "lists_invitations": lists_invitations,
        # Nobody is invited to a withdrawn project, nor to a trial of it: their waiting
        # invitations may be withdrawn, not sent again.
        "withdrawn": withdrawn_project(target),
        # Nor to a withdrawn trial, unless it is taken back.
        "trial_withdrawn": withdrawn_trial(target),
        "may_invite": lists_invitations and not members_fixed and not withdrawn_trial(target),
        "may_manage": may_manage,
        "sets_organisation": sets_organisation,
        # Nor is anyone's role there changed, nor anyone removed: a trial's of it neither.
        "members_fixed": members_fixed,
    }
    return render(request, "accounts/people/people.html", context)


def _project_withdrawn(request, project, done="added"):
    """Inviting someone to a withdrawn project, refused as adding to it is, or changing its
    members (or a trial's of it), as changing it is (409): nothing was `done`."""
    from programmes.views.project_pages import project_withdrawn

    return project_withdrawn(request, project, done)


def _trial_withdrawn(request, kind, trial):
    """Inviting someone to a withdrawn field trial, refused (409): nobody is invited."""
    context = {"kind": kind, "target": trial, "name": target_name(trial)}
    context["message"] = trial_withdrawn_message(trial)
    return render(request, "accounts/people/trial_withdrawn.html", context, status=409)


@requires("team.invite_people")
def invite(request, kind, pk):
    kind, target = _team(request, kind, pk, "invite_perm")
    withdrawn = withdrawn_project_of(target)  # the project's, or a trial's project
    if withdrawn is not None:
        return _project_withdrawn(request, withdrawn)
    if withdrawn_trial(target):
        return _trial_withdrawn(request, kind, target)
    lead_only = not request.user.has_perm(kind.manage_perm, target)
    form = InviteForm(posted(request), practitioners_only=lead_only)
    say_who_adds(form, request.user)
    form.offer_roles(target)
    if request.method == "POST":
        if form.is_valid():
            try:
                result = services.invite(
                    target=target,
                    email=form.cleaned_data["email"],
                    role=form.cleaned_data["role"],
                    actor=request.user,
                    full_name=form.cleaned_data["full_name"],
                    organisation=form.cleaned_data.get("organisation"),
                )
            except ProjectWithdrawn as refused:  # withdrawn since the page was shown
                return _project_withdrawn(request, refused.project)
            except services.TrialWithdrawn:  # withdrawn since the page was shown
                return _trial_withdrawn(request, kind, target)
            except services.OrganisationRefused as refused:
                form.add_error("organisation", refused.message)
            except services.TeamChangeRefused as refused:
                form.add_error("email", refused.message)
            else:
                messages.success(
                    request, _invited_message(result, form.cleaned_data.get("organisation"))
                )
                return redirect(kind.people_url(target))
    context = {"kind": kind, "target": target, "name": target_name(target), "form": form}
    status = 400 if form.errors else 200
    return render(request, "accounts/people/invite.html", context, status=status)


def _invited_message(result, organisation=None):
    if result.membership is not None:
        person = result.membership.user
        said = f"{person} already had an account: they are now a member, and we have told them."
        if organisation is not None and person.organisation_id != organisation.pk:
            # Named for a new account only: an account keeps the one it names, which those
            # who manage the team change from its list of members.
            theirs = person.organisation.name if person.organisation else "no organisation"
            said += (
                f" Their account is left naming {theirs}, not {organisation.name}: if that is "
                "wrong, change their organisation from the list of members."
            )
        return said
    # The address as kept (lower case, no spaces), as the list below shows it.
    return (
        f"We are e-mailing an invitation to {result.invitation.email}: the list below says "
        "when it has gone. It expires in 14 days."
    )


def _member(kind, target, user_pk):
    membership = (
        kind.membership_model.objects.filter(**{kind.field: target, "user_id": user_pk})
        .select_related("user")
        .first()
    )
    if membership is None:
        raise Http404("They are not a member.")
    return membership


def _lead_candidates(kind, target, user):
    """The officers who could take over the projects `user` leads here, or None if they
    lead none."""
    from programmes.models import Project

    if not services.projects_led(target, user):
        return None
    programme = target if kind.slug == "programme" else getattr(target, "programme", None)
    officers = Q(programme_memberships__programme=programme, programme_memberships__role="officer")
    if isinstance(target, Project):
        officers |= Q(project_memberships__project=target, project_memberships__role="officer")
    return User.objects.filter(officers, is_active=True).exclude(pk=user.pk).distinct()


def _lead_needed(request, kind, target, membership, heading, only_officer=False):
    """Instead of a choice of nobody: the person leads a project here and no other officer
    could take it over, or is the programme's only officer (`only_officer`), so the page
    says who to make an officer first."""
    led = [] if only_officer else services.projects_led(target, membership.user)
    context = {"kind": kind, "target": target, "name": target_name(target), "member": membership}
    context |= {"heading": heading, "led": ", ".join(p.title for p in led)}
    context["only_officer"] = only_officer
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/people/lead_needed.html", context, status=status)


@requires("team.manage_people")
def change_role(request, kind, pk, user_pk):
    kind, target = _team(request, kind, pk, "manage_perm")
    membership = _member(kind, target, user_pk)
    withdrawn = withdrawn_project_of(target)
    if withdrawn is not None:
        return _project_withdrawn(request, withdrawn, "changed")
    candidates = _lead_candidates(kind, target, membership.user)
    if candidates is not None and not candidates.exists():
        heading = f"Change the role of {membership.user.full_name}"
        return _lead_needed(request, kind, target, membership, heading)
    form = RoleForm(posted(request), initial={"role": membership.role}, lead_candidates=candidates)
    form.offer_roles(target, membership.role)
    held_above = above.roles_above(target, membership.user)
    if request.method == "POST" and form.is_valid():
        before = membership.role
        try:
            changed = services.change_role(
                target=target,
                user=membership.user,
                role=form.cleaned_data["role"],
                actor=request.user,
                new_lead=form.cleaned_data.get("new_lead"),
            )
        except services.TeamChangeRefused as refused:
            form.add_error("new_lead" if candidates is not None else "role", refused.message)
        except ProjectWithdrawn as refused:  # withdrawn since the page was shown
            return _project_withdrawn(request, refused.project, "changed")
        else:
            _say_role_changed(request, target, changed, before, held_above)
            if changed.invitations_withdrawn:
                messages.info(request, _sent_withdrawn(changed.invitations_withdrawn).strip())
            return redirect(kind.people_url(target))
    context = {"kind": kind, "target": target, "name": target_name(target), "form": form}
    context["member"] = membership
    context["role_with_article"] = role_with_article(membership.role)
    context["named_consultant"] = services.is_named_consultant(target, membership.user)
    context["held_above"] = [
        (held, request.user.has_perm(held.place_kind.view_perm, held.place)) for held in held_above
    ]
    status = 400 if form.errors else 200
    return render(request, "accounts/people/change_role.html", context, status=status)


def _say_role_changed(request, target, membership, before, held_above):
    """What changing a role did, truthfully: nothing when they had it already; what a role
    held above still lets them do; that the change changed nothing they can do, when so."""
    who, name = membership.user, target_name(target)
    role = Role(membership.role)
    if not membership.changed:
        messages.warning(request, f"{who} is already {role_with_article(role)} in {name}.")
        return
    said = f"{who} is now {role_with_article(role)} in {name}."
    if membership.consultant_unassigned:
        said += " They are no longer its consultant."
    if not held_above:
        messages.success(request, said)
        return
    now = above.powers_here(target, role)
    still = [h for h in held_above if not h.powers <= now]
    if still:
        said += f" As {still[0]}, they can still {still[0].words}."
    reach = set().union(*(h.powers for h in held_above))
    if not membership.consultant_unassigned and (
        above.powers_here(target, before) | reach == now | reach
    ):
        messages.warning(
            request,
            f"{who}'s role in {name} is now {role_with_article(role)}, but that changes nothing "
            f"they can do here: as {held_above[0]}, they can still {held_above[0].words}.",
        )
        return
    messages.success(request, said)


@requires("accounts.set_member_organisation")
def change_organisation(request, kind, pk, user_pk):
    """Set where a member works, among the organisations the manager may see: it gives
    rights here, so it is set by those who manage the team, not by the person."""
    kind, target = _team(request, kind, pk, "manage_perm")
    membership = _member(kind, target, user_pk)
    setattr(membership, kind.field, target)
    if not request.user.has_perm("accounts.set_member_organisation", membership):
        raise PermissionDenied(
            "Your organisation decides what you can do for it here, so you cannot change your "
            "own: ask another officer or an administrator."
        )
    withdrawn = withdrawn_project_of(target)
    if withdrawn is not None:
        return _project_withdrawn(request, withdrawn, "changed")
    person = membership.user
    form = MemberOrganisationForm(
        posted(request),
        organisations=visible_organisations(request.user),
        initial={"organisation": person.organisation},
    )
    say_who_adds(form, request.user)
    if request.method == "POST" and form.is_valid():
        try:
            change = services.change_organisation(
                target=target,
                user=person,
                organisation=form.cleaned_data["organisation"],
                actor=request.user,
            )
        except services.TeamChangeRefused as refused:
            form.add_error("organisation", refused.message)
        except ProjectWithdrawn as refused:  # withdrawn since the page was shown
            return _project_withdrawn(request, refused.project, "changed")
        else:
            _say_organisation_changed(request, change)
            return redirect(kind.people_url(target))
    context = {"kind": kind, "target": target, "name": target_name(target), "form": form}
    context["member"] = membership
    status = 400 if form.errors else 200
    return render(request, "accounts/people/change_organisation.html", context, status=status)


def _say_organisation_changed(request, change):
    who, after = change.user, change.after
    if not change.changed:
        now = f"is already {after.name}" if after else "already names none"
        messages.warning(request, f"{who}'s organisation {now}: nothing was changed.")
    elif after is None:
        messages.success(request, f"{who}'s details no longer name an organisation.")
    else:
        messages.success(request, f"{who}'s organisation is now {after.name}.")


@requires("team.manage_people")
def remove(request, kind, pk, user_pk):
    """Confirm, then take someone off the team."""
    kind, target = _team(request, kind, pk, "manage_perm")
    membership = _member(kind, target, user_pk)
    withdrawn = withdrawn_project_of(target)
    if withdrawn is not None:
        return _project_withdrawn(request, withdrawn, "changed")
    heading = f"Remove {membership.user.full_name} from {target_name(target)}"
    candidates = _lead_candidates(kind, target, membership.user)
    if candidates is not None and not candidates.exists():
        return _lead_needed(request, kind, target, membership, heading)
    if services.is_only_officer(target, membership.user):
        return _lead_needed(request, kind, target, membership, heading, only_officer=True)
    form = RemoveForm(posted(request), lead_candidates=candidates)
    if request.method == "POST" and form.is_valid():
        try:
            removed = services.remove_member(
                target=target,
                user=membership.user,
                actor=request.user,
                new_lead=form.cleaned_data.get("new_lead"),
            )
        except services.TeamChangeRefused as refused:
            if candidates is None:
                messages.error(request, refused.message)
                return redirect(kind.people_url(target))
            form.add_error("new_lead", refused.message)
        except ProjectWithdrawn as refused:  # withdrawn since the page was shown
            return _project_withdrawn(request, refused.project, "changed")
        else:
            unassigned = " and is no longer its consultant" if removed.consultant_unassigned else ""
            messages.success(
                request,
                f"{membership.user} has been removed from {target}{unassigned}."
                + _sent_withdrawn(removed.invitations_withdrawn),
            )
            return redirect(kind.people_url(target))
    context = {"kind": kind, "target": target, "name": target_name(target), "form": form}
    context["member"] = membership
    context["named_consultant"] = services.is_named_consultant(target, membership.user)
    context["other_ways_in"] = above.other_ways_in(target, membership.user)
    status = 400 if form.errors else 200
    return render(request, "accounts/people/remove.html", context, status=status)


def _sent_withdrawn(count):
    """What became of the invitations someone sent, once they may invite nobody here."""
    if not count:
        return ""
    if count == 1:
        return " The invitation they sent that was waiting for an answer is withdrawn."
    return f" The {count} invitations they sent that were waiting for an answer are withdrawn."


@require_POST
@requires("accounts.manage_invitation")
def invitation_resend(request, pk):
    invitation = get_invitation_for(request.user, pk)
    try:
        services.resend_invitation(invitation=invitation, actor=request.user)
    except services.InvitationBeingSent as already:
        messages.info(request, already.message)
    except services.TeamChangeRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request,
            f"We are e-mailing the invitation to {invitation.email} again: the list below says "
            "when it has gone, or if it could not be.",
        )
    return redirect(kind_of(invitation.target).people_url(invitation.target))


@requires("accounts.manage_invitation")
def invitation_withdraw(request, pk):
    """Confirm, then withdraw an invitation."""
    invitation = get_invitation_for(request.user, pk)
    back = kind_of(invitation.target).people_url(invitation.target)
    form = ConfirmForm(posted(request), submit_label="Yes, withdraw it")
    if request.method == "POST" and form.is_valid():
        try:
            services.withdraw_invitation(invitation=invitation, actor=request.user)
        except services.TeamChangeRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, f"The invitation to {invitation.email} is withdrawn.")
        return redirect(back)
    context = {"invitation": invitation, "form": form, "back": back}
    context["name"] = target_name(invitation.target)
    return render(request, "accounts/people/withdraw.html", context)


def _used_message(user, invitation):
    """An accepted invitation's link, to someone signed in: not "Sign in to use Next
    Practice", which they have done."""
    if invitation.accepted_by_id == user.pk and invitation.accepted_at:
        when = long_date(timezone.localtime(invitation.accepted_at))
        return f"You accepted this invitation on {when}: its link works once."
    who = services.whom_to_ask(invitation)
    return f"This invitation has already been accepted. Ask {who} if you need to join."


@public
def invitation_accept(request, token):
    """The link in an invitation e-mail. GET shows it; POST accepts it."""
    invitation = services.find_invitation(token)
    if invitation is None:
        replaced = services.replaced_link_message(token)
        if replaced is None:
            raise Http404("No such invitation.")
        # The token is the secret: whoever holds it was sent it, so it may be told this.
        context = {"heading": replaced[0], "closed": replaced[1]}
        return render(request, "accounts/people/accept_closed.html", context)
    target = invitation.target
    context = {"invitation": invitation, "name": target_name(target), "target": target}
    try:
        services.check_open(invitation)
    except services.InvitationClosed as closed:
        context["closed"], context["heading"] = closed.message, closed.heading
        if request.user.is_authenticated and invitation.state == Invitation.State.ACCEPTED:
            context["heading"] = "This invitation has been used"
            context["closed"] = _used_message(request.user, invitation)
        return render(request, "accounts/people/accept_closed.html", context)
    user = request.user if request.user.is_authenticated else None
    if user is not None and user.email.lower() != invitation.email:
        return render(request, "accounts/people/accept_other_person.html", context)
    if user is None and User.objects.filter(email__iexact=invitation.email).exists():
        context["sign_in"] = f"{reverse('accounts:login')}?next={request.path}"
        return render(request, "accounts/people/accept_sign_in.html", context)
    if user is None:
        form = AcceptNewForm(
            posted(request), email=invitation.email, initial={"full_name": invitation.full_name}
        )
    else:
        form = ConfirmForm(posted(request), submit_label="Accept the invitation")
    if request.method == "POST" and form.is_valid():
        try:
            invitation, user = services.accept_invitation(
                token=token,
                user=user,
                full_name=form.cleaned_data.get("full_name", ""),
                password=form.cleaned_data.get("password1"),
            )
        except services.InvitationClosed as closed:  # since the page was shown: nothing made
            context["closed"], context["heading"] = closed.message, closed.heading
            return render(request, "accounts/people/accept_closed.html", context)
        if not request.user.is_authenticated:
            login(request, user, backend="accounts.backends.PasswordBackend")
        messages.success(request, f"Welcome to {context['name']}.")
        return redirect(invitation.target)
    context["form"] = form
    context["role_with_article"] = role_with_article(invitation.role)
    status = 400 if form.errors else 200
    return render(request, "accounts/people/accept.html", context, status=status)
