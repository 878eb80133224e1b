"""Discussions: a subject's threads, a thread with its posts, new threads, and a post's
edit, earlier versions, withdrawal and files. A subject is a field trial, a project, a
creative option or a community of practice (discussions/subjects.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.text import get_text_list

from accounts.access import requires
from accounts.search import page_number
from directory.rules import openable_people
from fieldtrials.models import MonthlyUpdate
from fieldtrials.rules import visible_updates
from fieldtrials.selectors_updates import discuss_update_url
from nextpractice.paging import paged
from nextpractice.records.forms import posted
from nextpractice.records.merge import changed_since, saved_by_you
from nextpractice.records.services import RecordConflict, RecordWithdrawn
from nextpractice.told import tell_beside, told_beside
from nextpractice.uploads import stored_file_download
from programmes.models import shut_project_of, withdrawn_project_of
from programmes.services.lifecycle import ProjectWithdrawn
from programmes.views.project_pages import project_withdrawn

from .forms import PostEditForm, ReplyForm, ThreadForm, WithdrawPostForm, mentions_known
from .lessons import lesson_url
from .models import Thread
from .rules import (
    get_attachment_for,
    get_post_for,
    get_subject_for,
    get_thread_for,
    mentionable_people,
)
from .selectors import posts_of, threads_of, with_told_names
from .services import PostingTooFast, edit_post, reply, start_thread, withdraw_post
from .subjects import (
    kind_of,
    may_start,
    name_of,
    new_thread_url,
    noun_of,
    threads_url,
    url_of,
    who_reads,
)

PAGE_SIZE = 25
TOO_MANY = 429


def _files(request):
    return request.FILES if request.method == "POST" else None


def _about(subject):
    """What every discussion page says of its subject."""
    return {
        "subject": subject,
        "kind": kind_of(subject),
        "subject_noun": noun_of(subject),
        "subject_name": name_of(subject),
        "subject_url": url_of(subject),
        "threads_url": threads_url(subject),
    }


def _posted(request, done, told, post=None):
    """Confirm a post: `done` ("Your reply has been posted."), then whom its mentions told
    and, for each name that reached nobody, that nobody of that name who can see the
    discussion was told (the same words whether or not such a person exists). Shown beside
    `post`, when given (_told_at)."""
    sentences = [done]
    if told:
        verb = "has" if len(told) == 1 else "have"
        sentences.append(f"{get_text_list([p.full_name for p in told], 'and')} {verb} been told.")
    if told is not None and told.nobody:
        names = get_text_list(told.nobody, "or")
        sentences.append(f"Nobody called {names} who can see this discussion was told.")
    _tell(request, " ".join(sentences), post)


def _tell(request, message, post=None):
    """A success banner, beside `post` on its discussion's page when given (_beside)."""
    if post is None:
        messages.success(request, message)
    else:
        tell_beside(request, message, post.anchor)


def _told_at(post):
    """Where a post's author is told what became of it: the post itself (#post-N), so that
    in a long discussion they keep their place, with the banner saying so at the top of the
    post (_tell). The banner holds the post's id there and can take focus: the jump focuses
    it and it is announced (a jump to the post itself took focus from the banner)."""
    return post.get_absolute_url()


def _beside(request, posts):
    """The page's messages for its top, after giving each post the banner meant to be shown
    beside it (post.banner): read once, as base.html would."""
    at_top, beside = told_beside(request, {post.anchor for post in posts})
    for post in posts:
        post.banner = beside.get(post.anchor)
    return at_top


def _too_fast(form, refused):
    """Refused for posting too fast: the words stay in the form, but a browser never puts a
    chosen file back, so the person is asked to choose it again."""
    message = str(refused)
    chosen = form.cleaned_data.get("file") if hasattr(form, "uploads") else None
    if chosen:
        message += f" Choose the file “{chosen.name}” again: a file is not kept in the form."
    form.add_error(None, message)
    return TOO_MANY


@requires("discussions.view_threads")
def thread_list_for(request, kind, pk):
    subject = get_subject_for(request.user, kind, pk)
    threads = threads_of(subject, request.user)
    # A monthly update's page leads here for all of its discussions (?update=N).
    update = _update_listed(request, subject)
    if update is not None:
        threads = threads.filter(monthly_update=update)
    context = {
        **_about(subject),
        "update": update,
        "page": paged(request, threads, per_page=PAGE_SIZE),
        "may_start": may_start(request.user, subject),
        "withdrawn": withdrawn_project_of(subject) is not None,
        "closed_project": shut_project_of(subject),
        "new_thread_url": new_thread_url(subject),
    }
    if update is not None:  # its discussions: one started here is about it too
        context["new_thread_url"] = discuss_update_url(update, request.user)
        context["may_start"] = bool(context["new_thread_url"])
    return render(request, "discussions/thread_list.html", context)


def _update_listed(request, subject):
    """The monthly update of the trial `subject` whose discussions are asked for (?update=N),
    if the reader may read it (the update's own rule, one query); else None: all of them."""
    pk = request.GET.get("update", "")
    if kind_of(subject) != "field-trials" or not pk.isdigit():
        return None
    return visible_updates(request.user).filter(pk=pk, field_trial=subject).first()


def _update_of(thread, user):
    """The monthly update the thread was started from, read with it, if `user` may read the
    update (its own rule); else None. Its trial is the thread's, read with it too."""
    update = thread.monthly_update
    if update is None:
        return None
    update.field_trial = thread.field_trial  # the same trial (Thread.clean): no query
    return update if user.has_perm("fieldtrials.view_update", update) else None


@requires("discussions.view_threads")
def thread_list(request, pk):
    """A field trial's threads, at their first address."""
    return thread_list_for(request, "field-trials", pk)


@requires("discussions.start_thread")
def thread_create_for(request, kind, pk):
    subject = get_subject_for(request.user, kind, pk, "discussions.start_thread")
    shut = shut_project_of(subject)  # the project's, or a trial's or option's project
    if shut is not None:  # withdrawn or closed: nothing is added to it, 409, as to its Phase 1
        return project_withdrawn(request, shut)
    may_restrict = request.user.has_perm("discussions.start_officers_thread", subject)
    # A page that leads here to discuss something of its own names it (a monthly update's
    # "Start a discussion about this update"): the title begins filled in.
    named = {"title": request.GET.get("title", "")[:200]} if request.method != "POST" else {}
    monthly_update = _update_discussed(request, subject)
    form = ThreadForm(
        posted(request),
        _files(request),
        may_restrict=may_restrict,
        readers=who_reads(subject, request.user, may_keep=may_restrict),
        initial=named,
        mentions_url=reverse("discussions:mentionable_for", args=[kind_of(subject), subject.pk]),
    )
    status = 200
    if request.method == "POST":
        status = 400
        # Its mentions are asked of the thread as it would be: who may read it once started.
        officers_only = form.is_valid() and form.cleaned_data.get("officers_only", False)
        to_be = Thread(officers_only=officers_only).set_subject(subject)
        if form.is_valid() and mentions_known(form, thread=to_be, author=request.user):
            values = {k: v for k, v in form.cleaned_data.items() if k != "file"}
            try:
                thread = start_thread(
                    subject=subject,
                    actor=request.user,
                    files=form.uploads(),
                    monthly_update=monthly_update,
                    **values,
                )
            except PostingTooFast as refused:
                status = _too_fast(form, refused)
            except ProjectWithdrawn as refused:  # withdrawn or closed since the page was shown
                return project_withdrawn(request, refused.project)
            else:
                _posted(request, "Your discussion has been started.", thread.told)
                return redirect(thread)
    context = {**_about(subject), "form": form, "multipart": True}
    return render(request, "discussions/thread_form.html", context, status=status)


def _update_discussed(request, subject):
    """The submitted monthly update of the trial `subject` that "Start a discussion about
    this update" names (?update=N), for the thread to be listed on its page; else None."""
    pk = request.GET.get("update", "")
    if kind_of(subject) != "field-trials" or not pk.isdigit():
        return None
    submitted = MonthlyUpdate.objects.current().filter(status=MonthlyUpdate.Status.SUBMITTED)
    return submitted.filter(pk=pk, field_trial=subject).first()


@requires("discussions.start_thread")
def thread_create(request, pk):
    """Starting a field trial's thread, at its first address."""
    return thread_create_for(request, "field-trials", pk)


@requires("discussions.view_thread")
def thread_detail(request, pk):
    thread = get_thread_for(request.user, pk)
    user = request.user
    may_post = user.has_perm("discussions.post", thread)
    if request.method == "POST" and not may_post:
        raise PermissionDenied("You may read this discussion but not post in it.")
    # Nothing is posted in a withdrawn or closed project's threads (nor its trials' and
    # options'), as none is started there: a reply sent is refused, 409, saying why.
    shut = shut_project_of(thread.subject)
    if request.method == "POST" and shut is not None:
        return project_withdrawn(request, shut)
    form = ReplyForm(
        posted(request),
        _files(request),
        readers=who_reads(thread.subject, user, officers_only=thread.officers_only)
        if may_post
        else "",
        mentions_url=reverse("discussions:mentionable", args=[thread.pk]) if may_post else None,
    )
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid() and mentions_known(form, thread=thread, author=user):
            body = form.cleaned_data["body"]
            try:
                post = reply(thread=thread, actor=user, body=body, files=form.uploads())
            except PostingTooFast as refused:
                status = _too_fast(form, refused)
            except ProjectWithdrawn as refused:  # withdrawn or closed since the page was shown
                return project_withdrawn(request, refused.project)
            else:
                _posted(request, "Your reply has been posted.", post.told, post)
                return redirect(_told_at(post))
    posts = with_told_names(posts_of(thread))
    # Authors whose pages the reader may open link to them (one query): an outside member
    # of a community reads posts by people they may not look up.
    openable = openable_people(user, [p.author_id for p in posts if p.author_id])
    for post in posts:
        post.author_findable = post.author_id in openable
        post.thread = thread  # the rules below ask the post's thread: the one read above
        post.may_edit = shut is None and user.has_perm("discussions.edit_post", post)
        post.may_withdraw = user.has_perm("discussions.withdraw_post", post)
        post.lesson_url = lesson_url(post, request)
    context = {
        **_about(thread.subject),
        "messages": _beside(request, posts),  # instead of the context processor's
        "thread": thread,
        "update": _update_of(thread, user),
        "posts": posts,
        "form": form if may_post and shut is None else None,
        "may_post": may_post,
        "withdrawn": withdrawn_project_of(thread.subject) is not None,
        "closed_project": shut,
        "multipart": True,
    }
    return render(request, "discussions/thread_detail.html", context, status=status)


@requires("discussions.edit_post")
def post_edit(request, pk):
    """Its author changes a post; a save based on an older version is refused (409) with
    what is saved now shown, as the record kit does."""
    post = get_post_for(request.user, pk, "discussions.edit_post")
    shut = shut_project_of(post.thread.subject)
    if shut is not None:  # a withdrawn or closed project's posts stay as they are: 409
        return project_withdrawn(request, shut, "changed")
    with_told_names([post])
    initial = {"body": post.body, "version": post.version}
    mentions_url = reverse("discussions:mentionable", args=[post.thread_id])
    form = PostEditForm(posted(request), post=post, initial=initial, mentions_url=mentions_url)
    status, theirs, by_you = 200, None, None
    if request.method == "POST":
        status = 400
        if form.is_valid() and mentions_known(form, thread=post.thread, author=request.user):
            try:
                changed = edit_post(
                    post=post,
                    actor=request.user,
                    body=form.cleaned_data["body"],
                    based_on=form.cleaned_data["version"],
                )
            except RecordConflict as conflict:
                # Only its author edits a post: they saved it elsewhere meanwhile.
                status, theirs = 409, conflict.current
                theirs.told_names = post.told_names
                body = form.cleaned_data["body"]
                form = PostEditForm(
                    {"body": body, "version": theirs.version},
                    post=theirs,
                    mentions_url=mentions_url,
                )
                form.is_valid()
                by_you = saved_by_you(theirs.changed_by_id, request.user)
                form.add_error(
                    None,
                    changed_since(by_you, "this post")
                    + "What is saved now is shown on this page, before your version: save "
                    "again to replace it.",
                )
            except RecordWithdrawn:
                form.add_error(None, "This post has been removed, so it cannot be changed.")
                status = 409
            except ProjectWithdrawn as refused:  # withdrawn or closed since the page was shown
                return project_withdrawn(request, refused.project, "changed")
            except PostingTooFast as refused:
                status = _too_fast(form, refused)
            else:
                told = getattr(changed, "told", None)
                _posted(request, "Your post has been changed.", told, post)
                return redirect(_told_at(post))
    context = {
        **_about(post.thread.subject),
        "post": post,
        "form": form,
        "theirs": theirs,
        "by_you": by_you,
    }
    return render(request, "discussions/post_edit.html", context, status=status)


MENTIONABLE_PER_PAGE = 10


def _mentionable(request, thread, context):
    """The people a post in `thread` may mention (rules.mentionable_people), a page at a time,
    those whose name holds the words of ?q=: as JSON for the finder beside a post's box
    (static/js/autocomplete.js asks for it), otherwise as a page listing them, each with
    what to write to mention them."""
    text = " ".join(request.GET.get("q", "").split())[:150]
    page = page_number(request.GET.get("page"))
    people, more = mentionable_people(
        thread, text, page=page, per_page=MENTIONABLE_PER_PAGE, asker=request.user
    )
    if "application/json" in request.headers.get("Accept", ""):
        results = [
            {
                "id": person.pk,
                "label": person.full_name,
                "hint": person.organisation.name if person.organisation else "",
            }
            for person in people
        ]
        response = JsonResponse({"results": results, "page": page, "has_next": more})
    else:
        query = request.GET.copy()

        def page_url(number):
            query["page"] = number
            return f"?{query.urlencode()}"

        context = {
            **context,
            "people": people,
            "text": text,
            "page_number": page,
            "previous_url": page_url(page - 1) if page > 1 else None,
            "next_url": page_url(page + 1) if more else None,
        }
        response = render(request, "discussions/mentionable.html", context)
    patch_vary_headers(response, ["Accept"])
    return response


@requires("discussions.find_mentionable")
def mentionable(request, pk):
    """Who a post in the thread may mention: for those who post in it."""
    thread = get_thread_for(request.user, pk, "discussions.find_mentionable")
    return _mentionable(request, thread, {**_about(thread.subject), "thread": thread})


@requires("discussions.find_mentionable_on")
def mentionable_for(request, kind, pk):
    """Who the first post of a new thread on a trial, project, option or community may
    mention: whoever may read its open threads, or its officers' threads when the new one
    is for officers only."""
    subject = get_subject_for(request.user, kind, pk, "discussions.find_mentionable_on")
    # The new thread's "For programme officers only" box, ticked (the finder sends its state,
    # ?officers_only=on): its first post may mention only those who may read such a thread.
    # Asked only of those who may tick it, as the form does.
    officers_only = bool(request.GET.get("officers_only")) and request.user.has_perm(
        "discussions.start_officers_thread", subject
    )
    to_be = Thread(officers_only=officers_only).set_subject(subject)
    return _mentionable(request, to_be, _about(subject))


@requires("discussions.view_thread")
def post_history(request, pk):
    """A post's earlier versions, newest first (none shown for a removed post)."""
    post = get_post_for(request.user, pk)
    with_told_names([post])
    revisions = [] if post.is_withdrawn else post.revisions.select_related("replaced_by")
    context = {**_about(post.thread.subject), "post": post, "revisions": revisions}
    return render(request, "discussions/post_history.html", context)


@requires("discussions.withdraw_post")
def post_withdraw(request, pk):
    """Confirm removing a post, with a reason; it stays in place as "removed by"."""
    post = get_post_for(request.user, pk, "discussions.withdraw_post")
    with_told_names([post])
    form = WithdrawPostForm(posted(request))
    status = 200
    if post.is_withdrawn:
        status = 409
    elif request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                withdraw_post(post=post, actor=request.user, reason=form.cleaned_data["reason"])
            except RecordWithdrawn:
                status = 409
            else:
                _tell(request, "The post has been removed.", post)
                return redirect(_told_at(post))
    context = {**_about(post.thread.subject), "post": post, "form": form}
    return render(request, "discussions/post_withdraw.html", context, status=status)


@requires("discussions.view_thread")
def attachment_download(request, pk):
    """A post's file, only to those who may read its thread (404 for anyone else)."""
    attachment = get_attachment_for(request.user, pk)
    return stored_file_download(
        request,
        attachment.file,
        name=attachment.name,
        content_type=attachment.file_type or "application/octet-stream",
        missing="This attached file is missing: ask whoever posted it to attach it again.",
    )
