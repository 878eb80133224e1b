"""Communities of practice: the list, starting one, its trials and meetings, and its page,
which is its space (communities app): purpose, trials, members, meetings, discussions and
the shared page "What we are learning"."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from accounts.access import requires
from accounts.search import page_number, people_suggestions
from communities.rules import is_outside_member, may_edit_page
from communities.selectors import (
    community_members,
    outside_members,
    pending_count,
    space_of,
    with_roles,
)
from discussions.text import render_page
from nextpractice.paging import paged
from nextpractice.records.forms import apply_errors, posted

from ..forms.updates import CommunityForm, CommunityTrialsForm, ConvenorForm, MeetingForm
from ..rules import convenor_candidates, get_community_for, may_list_trials, visible_fieldtrials
from ..selectors_updates import (
    communities_for_listing,
    communities_joined_only_from_outside,
    community_history,
    community_meetings,
    community_trials,
    with_attendance,
)
from ..services.updates import (
    ConvenorChanged,
    change_community_trials,
    change_convenor,
    create_community,
    record_meeting,
)

PAGE_SIZE = 25
ADD_COMMUNITY = "fieldtrials.add_community"
CHANGE_COMMUNITY = "fieldtrials.change_community"
VIEW_MEMBERS = "communities.view_members"


@requires("fieldtrials.list_communities")
def community_list(request):
    """The communities of practice of the person's work, paged, and those they joined from
    outside (by name, paged on their own). Someone with no field trials in their work who
    joined some from outside finds those, and nothing else."""
    user = request.user
    if not user.has_perm("fieldtrials.list_communities"):
        raise PermissionDenied("Communities of practice are for people working on field trials.")
    # fieldtrials.list_fieldtrials, asked of the rule itself: when false, has_perm would
    # also ask Django's model backend (two queries) for nothing.
    works_on_trials = bool(may_list_trials(user))
    context = {
        "works_on_trials": works_on_trials,
        "page": (
            paged(request, communities_for_listing(user), per_page=PAGE_SIZE)
            if works_on_trials
            else None
        ),
        # By name only: their trials and meetings are for its members (a count and a page).
        "joined_from_outside": paged(
            request,
            communities_joined_only_from_outside(user),
            "joined-page",
            per_page=PAGE_SIZE,
            fragment="joined",
        ),
        "can_create": works_on_trials and user.has_perm(ADD_COMMUNITY),
    }
    return render(request, "fieldtrials/updates/community_list.html", context)


@requires("fieldtrials.view_community")
def community_detail(request, pk):
    """The community's space. Its members read everything of it, each list paged; an outside
    member (a community of interest's) reads its purpose, shared page and discussions, and
    not its trials, members or meetings (communities.view_members)."""
    user = request.user
    community = get_community_for(user, pk)
    trials, unseen = community_trials(community, user)
    # Whoever sees one of its trials sees the community through them; an outside member
    # sees none of them.
    through_trials = bool(trials)
    if not through_trials:
        unseen = 0
    sees_members = user.has_perm(VIEW_MEMBERS, community)
    members = outside = meetings = None
    if sees_members:
        members = with_roles(
            paged(request, community_members(community), "members-page", fragment="members"),
            community,
        )
        outside = paged(request, outside_members(community), "outside-page", fragment="outside")
        meetings = with_attendance(
            paged(request, community_meetings(community), "meetings-page", fragment="meetings"),
            {t.pk for t in trials},
        )
    space = space_of(community)
    can_change = user.has_perm(CHANGE_COMMUNITY, community)
    context = {
        "community": community,
        "space": space,
        "shared_page": render_page(space.text),
        "through_trials": through_trials,
        "trials": paged(request, trials, "trials-page", fragment="trials"),
        "unseen": unseen,
        "sees_members": sees_members,
        "meetings": meetings,
        # Its history (the event log) tells of its meetings and discussions: for those who
        # read its meetings, with the threads `user` reads.
        "history": community_history(community, user=user) if sees_members else [],
        "people": members,
        "outside_members": outside,
        "can_change": can_change,
        "can_edit_page": through_trials and (can_change or bool(may_edit_page(user, community))),
        "is_outside_member": not through_trials and bool(is_outside_member(user, community)),
        "pending_requests": pending_count(community) if can_change else 0,
        # Its convenor's account is switched off: those who may name another are asked to.
        "convenor_gone": can_change
        and community.convenor is not None
        and not community.convenor.is_active,
    }
    return render(request, "fieldtrials/updates/community_detail.html", context)


@requires(ADD_COMMUNITY)
def community_create(request):
    if not request.user.has_perm(ADD_COMMUNITY):
        raise PermissionDenied("Only programme officers start communities of practice.")
    form = CommunityForm(posted(request), trials=visible_fieldtrials(request.user))
    if request.method != "POST":
        return _render_community_form(request, form)
    if form.is_valid():
        try:
            community = create_community(actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"The community ‘{community.name}’ has started.")
            return redirect("fieldtrials:community_detail", pk=community.pk)
    return _render_community_form(request, form, status=400)


@requires(CHANGE_COMMUNITY)
def community_edit_trials(request, pk):
    community = get_community_for(request.user, pk, CHANGE_COMMUNITY)
    form = CommunityTrialsForm(
        posted(request),
        trials=visible_fieldtrials(request.user),
        current_ids=community.field_trials.values_list("pk", flat=True),
    )
    if request.method != "POST":
        return _render_community_form(request, form, community)
    if form.is_valid():
        add, remove = form.changes()
        try:
            change_community_trials(community=community, add=add, remove=remove, actor=request.user)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"The trials of ‘{community.name}’ are saved.")
            return redirect("fieldtrials:community_detail", pk=community.pk)
    return _render_community_form(request, form, community, status=400)


@requires(CHANGE_COMMUNITY)
def meeting_create(request, pk):
    community = get_community_for(request.user, pk, CHANGE_COMMUNITY)
    trials = visible_fieldtrials(request.user).filter(pk__in=community.field_trials.values("pk"))
    form = MeetingForm(posted(request), trials=trials)
    if request.method != "POST":
        return _render_community_form(request, form, community, meeting=True)
    if form.is_valid():
        try:
            record_meeting(community=community, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"The meeting of ‘{community.name}’ is recorded.")
            return redirect("fieldtrials:community_detail", pk=community.pk)
    return _render_community_form(request, form, community, meeting=True, status=400)


@requires(CHANGE_COMMUNITY)
def convenor_change(request, pk):
    """Hand the community to a new convenor, typed among those the person may name. A
    change someone else made since the form opened is refused (409) and the form shown
    again against the convenor the community has now."""
    user = request.user
    community = get_community_for(user, pk, CHANGE_COMMUNITY)
    form = _convenor_form(request, community)
    if request.method != "POST":
        return _render_convenor_form(request, form, community)
    status = 400
    if form.is_valid():
        try:
            change_convenor(
                community=community,
                new_convenor=form.cleaned_data["convenor"],
                convenor_was=form.cleaned_data["convenor_was"],
                actor=user,
            )
        except ConvenorChanged as stale:
            community = stale.community
            form.add_error("convenor", str(stale))
            # The form is now about the convenor it has: sent again, it may change them.
            form.data = form.data.copy()
            form.data["convenor_was"] = community.convenor_id or ""
            status = 409
        except ValidationError as error:
            apply_errors(form, error)
        else:
            convenor = form.cleaned_data["convenor"]
            name = convenor.full_name or convenor.email
            messages.success(request, f"{name} now convenes ‘{community.name}’, and has been told.")
            return redirect("fieldtrials:community_detail", pk=community.pk)
    return _render_convenor_form(request, form, community, status=status)


@requires(CHANGE_COMMUNITY)
def convenor_search(request, pk):
    """A page of the people the person may name the community's convenor whose name holds
    `q` (JSON): none beyond its trials' projects. 404 for a community they do not see, 403
    for one they see but may not change, as its form."""
    community = get_community_for(request.user, pk, CHANGE_COMMUNITY)
    results, more = people_suggestions(
        convenor_candidates(community, request.user),
        text=request.GET.get("q", ""),
        page=(page := page_number(request.GET.get("page"))),
    )
    return JsonResponse({"results": results, "page": page, "has_next": more})


def _convenor_form(request, community):
    return ConvenorForm(
        posted(request),
        initial={"convenor_was": community.convenor_id or ""},
        candidates=convenor_candidates(community, request.user),
        source=reverse("fieldtrials:convenor_search", args=[community.pk]),
    )


def _render_convenor_form(request, form, community, status=200):
    context = {"form": form, "community": community}
    return render(request, "fieldtrials/updates/convenor_form.html", context, status=status)


def _render_community_form(request, form, community=None, meeting=False, status=200):
    context = {"form": form, "community": community, "meeting": meeting}
    return render(request, "fieldtrials/updates/community_form.html", context, status=status)
