"""A community's space beyond its trials: its details, its shared page and its history,
and communities of interest: the list of those open to others, asking to join, deciding
who joins, and leaving."""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from accounts.access import requires
from discussions.text import render_page
from fieldtrials.rules import get_community_for
from nextpractice.paging import paged
from nextpractice.records.forms import apply_errors, based_on, editing, posted, sent_version
from nextpractice.records.merge import changed_since, merge_clash, saved_by_you
from nextpractice.records.services import RecordConflict

from .forms import CommunityDetailsForm, JoinForm, LeaveForm, RemoveMemberForm, SharedPageForm
from .models import JoinRequest
from .rules import (
    ask_again_after,
    ask_again_from,
    check_join,
    get_community_to_leave_for,
    get_join_request_for,
    get_open_community_for,
    live_request,
    no_longer_waiting,
    open_communities,
)
from .selectors import (
    join_requests_of,
    joined_from_outside,
    lines_changed,
    open_listing,
    outside_members,
    page_changes,
    page_revisions,
    page_text_at,
    pending_count,
    space_of,
)
from .services import (
    ClosedToOthers,
    JoinRequestDecided,
    MembershipEnded,
    ask_to_join,
    change_community,
    decide_join_request,
    edit_shared_page,
    leave_community,
    remove_outside_member,
    restore_page_version,
)

PAGE_SIZE = 25
VIEW = "fieldtrials.view_community"
CHANGE = "fieldtrials.change_community"
EDIT_PAGE = "communities.edit_page"


def _detail(community):
    return reverse("fieldtrials:community_detail", args=[community.pk])


# --- The community's details -----------------------------------------------------------


@requires(CHANGE)
def community_edit(request, pk):
    """Its name, purpose, and whether people beyond the programme may ask to join."""
    community = get_community_for(request.user, pk, CHANGE)
    space = space_of(community)
    initial = {
        "name": community.name,
        "purpose": community.purpose,
        "open_to_others": space.open_to_others,
    }
    form = CommunityDetailsForm(posted(request), initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                changed = change_community(
                    community=community, actor=request.user, **form.cleaned_data
                )
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, _saved(changed))
                return redirect(_detail(community))
    context = {"form": form, "community": community}
    if space.open_to_others:  # what closing it would end, said before saving
        context["outside_count"] = outside_members(community).count()
        context["waiting_count"] = pending_count(community)
    return render(request, "communities/community_edit.html", context, status=status)


def _saved(community):
    """What saving the details says: with whom closing it shut out, if anyone."""
    members, waiting = community.closed_out
    if not (members or waiting):
        return "The community's details are saved."
    ended = []
    if members:
        ended.append(f"{members} {'person' if members == 1 else 'people'} who had joined")
    if waiting:
        ended.append(f"{waiting} who had asked to join")
    return (
        "The community's details are saved. It is closed to people beyond the programme: "
        f"{' and '.join(ended)} from outside it no longer read it, and have been told."
    )


# --- The shared page ---------------------------------------------------------------------


@dataclass(frozen=True)
class _PageKind:
    """What the record kit's edit page (templates/records/record_edit.html) needs to know
    of the shared page: what to call it; it is corrected, never withdrawn."""

    noun: str = "shared page"
    withdrawable: bool = False


PAGE_KIND = _PageKind()
THEIRS_LABEL = "What we are learning"


def _page_form(data, space):
    form = SharedPageForm(data, initial={"text": space.text})
    return editing(form, space.version, first=0)


def _render_page_form(request, community, space, form, *, status=200, **clash):
    """The shared page's edit page: the record kit's (templates/records/record_edit.html),
    which on a clash (`clash`: theirs, and the lines they changed) also lists the lines."""
    context = {
        "kind": PAGE_KIND,
        "record": space,
        "parent": community,
        "back_url": _detail(community),
        "form": form,
        **clash,
    }
    return render(request, "communities/page_edit.html", context, status=status)


@requires(EDIT_PAGE)
def page_edit(request, pk):
    """Change the shared page; a save based on an older version is refused with both
    shown (409), as every kept record's edit page does."""
    community = get_community_for(request.user, pk, EDIT_PAGE)
    space = space_of(community)
    form = _page_form(posted(request), space)
    if request.method != "POST":
        return _render_page_form(request, community, space, form)
    if form.is_valid() and (version := based_on(form)) is not None:
        try:
            edit_shared_page(
                community=community,
                text=form.cleaned_data["text"],
                note=form.cleaned_data["note"],
                based_on=version,
                actor=request.user,
            )
        except RecordConflict as conflict:
            return _conflict(request, community, conflict.current, version)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "The shared page is saved.")
            return redirect(_detail(community))
    return _render_page_form(request, community, space, form, status=400)


def _clash_said(by_you):
    """What the shared page's clash says first: whose save it met (theirs in another tab or
    window, `by_you`, or someone else's), and where what was saved is shown."""
    if by_you:
        shown = (
            "What you saved there, and the lines you changed there, are shown on this page "
            "under ‘What is saved now’, before this page's version. "
        )
    else:
        shown = (
            "What they saved, and the lines they changed, are shown on this page under ‘What "
            "is saved now’, before your version. "
        )
    return changed_since(by_you, "this page") + shown


def _conflict(request, community, current, opened):
    """Show what is saved now, and the lines changed since the version they `opened`,
    before their version; save nothing: 409. Their version keeps what they changed and
    takes the rest as saved now (merge_clash); the page's text, when both changed it, says
    so on its box: saving again replaces theirs, knowingly."""
    by_you = saved_by_you(current.changed_by_id, request.user)
    clash = merge_clash(_page_form, current, request.POST, by_you=by_you)
    clash.data["version"] = current.version  # saving again is based on what is saved now
    kept = _page_form(clash.data, current)
    kept.is_valid()
    started = page_text_at(current, opened)
    changes = None if started is None else page_changes(started, current.text)
    added, removed = lines_changed(changes or [])
    listed = {}
    if added or removed:
        counted = f"{_lines(added)} added, {_lines(removed)} removed"
        listed["text"] = (
            f"The changes you saved there ({counted}) are listed under ‘What you changed "
            "there’. Saving again replaces that version with this page's: copy in anything "
            "from it you want to keep."
            if by_you
            else f"Their changes ({counted}) are listed under ‘What they changed’. Saving "
            "again replaces their version with yours: copy in anything of theirs you want "
            "to keep."
        )
    clash.show_on(kept, _clash_said(by_you), theirs_said=listed)
    context = {
        # What is saved now as the kit's edit page takes it (communities/page_edit.html
        # shows it its own way: the lines changed, then the whole page).
        "theirs": [(THEIRS_LABEL, current.text, "text" in clash.both)],
        "by_you": by_you,
        "changes": changes,
        "opened": opened,
        "added": added,
        "removed": removed,
    }
    return _render_page_form(request, community, current, kept, status=409, **context)


def _lines(count):
    return f"{count} line{'' if count == 1 else 's'}"


@requires(VIEW)
def page_history(request, pk):
    """The shared page's saved versions, newest first."""
    community = get_community_for(request.user, pk)
    space = space_of(community)
    page = paged(request, page_revisions(space), per_page=PAGE_SIZE)
    context = {"community": community, "space": space, "page": page}
    return render(request, "communities/page_history.html", context)


def _revision_of(space, version):
    revision = page_revisions(space).filter(version=version).first()
    if revision is None:
        raise Http404("No such version.")
    return revision


def _render_revision(request, community, space, revision, *, status=200, problem="", now=None):
    """One version's page; `space` is the page as saved now, `now` its text (as safe HTML)
    when a restore was refused because someone saved it after this page was shown (this
    person, in another tab or window, said as theirs)."""
    context = {
        "community": community,
        "space": space,
        "revision": revision,
        "text": render_page(revision.text),
        "is_current": revision.version == space.version,
        "may_restore": request.user.has_perm(EDIT_PAGE, community),
        "problem": problem,
        "now": now,
        "by_you": now is not None and saved_by_you(space.changed_by_id, request.user),
    }
    return render(request, "communities/page_revision.html", context, status=status)


@requires(VIEW)
def page_revision(request, pk, version):
    """One saved version of the shared page, as it read then and as it was written; for
    those who may write the page, a button to restore an earlier one."""
    community = get_community_for(request.user, pk)
    space = space_of(community)
    return _render_revision(request, community, space, _revision_of(space, version))


RESTORE_OUT_OF_DATE = "This page is out of date: go back to the version and restore it again"


@require_POST
@requires(EDIT_PAGE)
def page_restore(request, pk, version):
    """Save an earlier version of the shared page again, as a new version. Restoring from a
    page shown before someone saved is refused (409), with what is saved now shown."""
    community = get_community_for(request.user, pk, EDIT_PAGE)
    space = space_of(community)
    revision = _revision_of(space, version)
    # The version the page showed is what keeps a newer save safe: one that is not a version
    # saved (letters, none, one not yet saved) is a page tampered with, not someone's save.
    base = sent_version(request.POST.get("version"), space.version)
    if base is None:
        return _render_revision(
            request, community, space, revision, status=400, problem=RESTORE_OUT_OF_DATE
        )
    try:
        saved, restored = restore_page_version(
            community=community, revision=revision, based_on=base, actor=request.user
        )
    except RecordConflict as conflict:
        now = conflict.current
        who = (
            "You saved the page in another tab or window"
            if saved_by_you(now.changed_by_id, request.user)
            else "Someone saved the page"
        )
        problem = (
            f"{who} after you opened this version: it now reads as version "
            f"{now.version}, shown below. Version {revision.version} has not been restored. "
            f"Check what is saved now, then restore version {revision.version} again if it "
            "should still replace it."
        )
        shown = render_page(now.text)
        return _render_revision(
            request, community, now, revision, status=409, problem=problem, now=shown
        )
    except ValidationError as error:
        problem = " ".join(error.messages)
        return _render_revision(request, community, space, revision, status=400, problem=problem)
    if restored:
        messages.success(
            request,
            f"Version {revision.version} is restored: the page reads as it did then, saved "
            f"as version {saved.version}.",
        )
    else:
        messages.info(
            request, f"The page already reads as version {revision.version} did: nothing changed."
        )
    return redirect(_detail(community))


@requires(VIEW)
def page_compare(request, pk, version):
    """What changed between one saved version of the shared page and the page as it reads
    now, line by line, each line marked "Added" or "Removed" in words."""
    community = get_community_for(request.user, pk)
    space = space_of(community)
    revision = _revision_of(space, version)
    changes = page_changes(revision.text, space.text)
    added, removed = lines_changed(changes)
    context = {
        "community": community,
        "space": space,
        "revision": revision,
        "changes": changes,
        "added": added,
        "removed": removed,
    }
    return render(request, "communities/page_compare.html", context)


# --- Communities of interest -------------------------------------------------------------


@requires("communities.view_open_community")
def open_list(request):
    """Communities you can ask to join: those open to others, by name and purpose."""
    rows = open_communities(request.user).order_by("name")
    page = paged(request, rows, per_page=PAGE_SIZE)
    open_listing(page, request.user)
    context = {
        "page": page,
        "joined_count": joined_from_outside(request.user).count(),
    }
    return render(request, "communities/open_list.html", context)


@requires("communities.ask_to_join")
def join(request, pk):
    """Ask to join a community open to others, with a short message to its convenor."""
    community = get_open_community_for(request.user, pk)
    allowed, reason = check_join(request.user, community)
    form = JoinForm(posted(request))
    status = 200
    if request.method == "POST":
        status = 400
        if not allowed:
            status = 409
        elif form.is_valid():
            try:
                ask_to_join(
                    community=community,
                    actor=request.user,
                    message=form.cleaned_data["message"],
                )
            except PermissionDenied as refused:
                allowed, reason, status = False, str(refused), 409
            else:
                messages.success(
                    request,
                    f"You have asked to join ‘{community.name}’. Its convenor will decide; "
                    "you will be told in your notifications.",
                )
                return redirect("communities:open_list")
    context = {
        "community": community,
        "form": form,
        "allowed": allowed,
        "reason": reason,
        "live": live_request(request.user, community),
    }
    return render(request, "communities/join.html", context, status=status)


@requires(CHANGE)
def join_requests(request, pk):
    """Requests to join the community: those waiting, to approve or decline, then the rest."""
    community = get_community_for(request.user, pk, CHANGE)
    return _render_requests(request, community)


def _render_requests(request, community, *, problem="", status=200):
    page = paged(request, join_requests_of(community), per_page=PAGE_SIZE)
    context = {
        "community": community,
        "space": space_of(community),
        "page": page,
        "problem": problem,
    }
    return render(request, "communities/join_requests.html", context, status=status)


@require_safe
@requires("communities.decide_request")
def join_request_decline(request, pk):
    """Ask before declining: declining stops them asking again for a while. The page's
    button posts the decision to join_request_decide; this page writes nothing."""
    join_request = get_join_request_for(request.user, pk)
    context = {
        "community": join_request.community,
        "asked": join_request,
        "problem": "",
        "ask_again_from": ask_again_from(),
    }
    if join_request.status != JoinRequest.Status.PENDING:
        context["problem"] = no_longer_waiting(join_request, request.user)
    return render(request, "communities/join_request_decline.html", context)


@require_POST
@requires("communities.decide_request")
def join_request_decide(request, pk):
    """Approve or decline a request to join (Decline is asked first: join_request_decline);
    one already decided is refused (409), saying who decided it and when."""
    join_request = get_join_request_for(request.user, pk)
    decision = request.POST.get("decision")
    if decision not in ("approve", "decline"):
        return _render_requests(
            request, join_request.community, problem="Choose approve or decline.", status=400
        )
    try:
        decided = decide_join_request(
            join_request=join_request, approve=decision == "approve", actor=request.user
        )
    except (JoinRequestDecided, ClosedToOthers) as refused:
        return _render_requests(request, join_request.community, problem=str(refused), status=409)
    name = decided.user.full_name or decided.user.email
    if decided.status == JoinRequest.Status.APPROVED:
        messages.success(request, f"{name} has joined the community.")
    else:
        messages.success(request, f"{name}'s request is declined.")
    return redirect("communities:join_requests", pk=join_request.community_id)


@requires("communities.remove_member")
def member_remove(request, pk):
    """Confirm taking an outside member out of the community; removing someone no longer a
    member (a second click) says so (409)."""
    join_request = get_join_request_for(request.user, pk, "communities.remove_member")
    community = join_request.community
    form = RemoveMemberForm(posted(request))
    problem, status = "", 200
    if join_request.status != JoinRequest.Status.APPROVED:
        problem = str(MembershipEnded(join_request))
    if request.method == "POST" and form.is_valid():
        try:
            removed = remove_outside_member(join_request=join_request, actor=request.user)
        except MembershipEnded as refused:
            problem, status = str(refused), 409
        else:
            name = removed.user.full_name or removed.user.email
            messages.success(request, f"{name} is removed from the community, and has been told.")
            # The banner saying so focused at the top, not at #outside (nextpractice.told).
            return redirect(_detail(community))
    context = {
        "community": community,
        "join_request": join_request,
        "form": form,
        "problem": problem,
        "ask_again": ask_again_after(timezone.now()),
    }
    return render(request, "communities/member_remove.html", context, status=status)


@requires("communities.leave")
def leave(request, pk):
    """Confirm leaving a community joined from outside (or withdrawing the request)."""
    community = get_community_to_leave_for(request.user, pk)
    live = live_request(request.user, community)
    joined = live.status == JoinRequest.Status.APPROVED
    form = LeaveForm(posted(request), withdrawing=not joined)
    if request.method == "POST" and form.is_valid():
        try:
            leave_community(community=community, actor=request.user)
        except PermissionDenied:  # left in another tab meanwhile
            pass
        if joined:
            messages.success(request, f"You are no longer a member of ‘{community.name}’.")
        else:
            messages.success(request, f"Your request to join ‘{community.name}’ is withdrawn.")
        return redirect("communities:open_list")
    context = {"community": community, "form": form, "live": live}
    return render(request, "communities/leave.html", context)
