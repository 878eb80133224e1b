"""A field trial's discussions: its threads, a thread with its posts, and new ones."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect, render

from accounts.access import requires
from fieldtrials.rules import get_fieldtrial_for

from .forms import ReplyForm, ThreadForm
from .rules import get_thread_for
from .selectors import posts_of, threads_of
from .services import reply, start_thread

PAGE_SIZE = 25


def _posted(request):
    return request.POST if request.method == "POST" else None


@requires("fieldtrials.view_fieldtrial")
def thread_list(request, pk):
    trial = get_fieldtrial_for(request.user, pk)
    paginator = Paginator(threads_of(trial, request.user), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "trial": trial,
        "page": page,
        "page_links": paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1),
        "may_start": request.user.has_perm("discussions.start_thread", trial),
    }
    return render(request, "discussions/thread_list.html", context)


@requires("discussions.start_thread")
def thread_create(request, pk):
    trial = get_fieldtrial_for(request.user, pk, "discussions.start_thread")
    may_restrict = request.user.has_perm("discussions.start_officers_thread", trial)
    form = ThreadForm(_posted(request), may_restrict=may_restrict)
    if request.method == "POST" and form.is_valid():
        thread = start_thread(field_trial=trial, actor=request.user, **form.cleaned_data)
        messages.success(request, "Your discussion is started.")
        return redirect(thread)
    status = 400 if request.method == "POST" else 200
    context = {"trial": trial, "form": form}
    return render(request, "discussions/thread_form.html", context, status=status)


@requires("discussions.view_thread")
def thread_detail(request, pk):
    thread = get_thread_for(request.user, pk)
    may_post = request.user.has_perm("discussions.post", thread)
    if request.method == "POST" and not may_post:
        raise PermissionDenied("You may read this discussion but not post in it.")
    form = ReplyForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        post = reply(thread=thread, actor=request.user, body=form.cleaned_data["body"])
        messages.success(request, "Your reply is posted.")
        return redirect(post.get_absolute_url())
    context = {
        "thread": thread,
        "trial": thread.field_trial,
        "posts": posts_of(thread),
        "form": form if may_post else None,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "discussions/thread_detail.html", context, status=status)
