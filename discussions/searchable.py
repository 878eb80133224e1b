"""What search finds in discussions: the posts of the threads a person may read
(`visible_threads`, this app's rule, asked of each post's thread); withdrawn posts are not
found (their documents are removed)."""

from django.db.models import Prefetch

from fieldtrials.models import CommunityOfPractice, FieldTrial
from programmes.models import Project
from search.access import (
    community_keys,
    community_officer_keys,
    project_keys,
    project_officer_keys,
    trial_keys,
)
from search.registry import Copied, Document, Rekey, Searchable, register, sentences

from .models import Post, Thread
from .rules import visible_threads
from .text import plain


def _post(post):
    thread = post.thread
    trial = thread.field_trial
    option = getattr(thread, "option", None)
    project = trial.project if trial else option.project if option else thread.project
    return Document(
        title=thread.title,
        body=sentences(plain(post.body)),
        url=post.get_absolute_url(),
        date=post.created_at,
        programme_id=project.programme_id if project else None,
        project_id=project.pk if project else None,
        trial_id=trial.pk if trial else None,
        policy_area=project.policy_area if project else "",
        parent_id=thread.pk,
    )


def _post_keys(post):
    """Whoever reads its thread (discussions.rules.visible_threads): whoever sees what it is
    about, or for a thread "for officers only", that subject's officers (who see it)."""
    thread = post.thread
    field, subject = thread.subject_field, thread.subject
    if field == "community":
        return (community_officer_keys if thread.officers_only else community_keys)(subject)
    project = subject if field == "project" else subject.project
    if thread.officers_only:
        return project_officer_keys(project)
    return trial_keys(subject) if field == "field_trial" else project_keys(project)


register(
    Searchable(
        kind="posts",
        label="Discussion posts",
        noun="post",
        date_label="Posted",
        model=Post,
        order=90,
        document=_post,
        # A post is read by whoever reads its thread; withdrawn posts have no document.
        visible=visible_threads,
        by_parent=True,
        keys=_post_keys,
        rows=lambda: (
            Post.objects.current()
            .select_related(
                "thread__field_trial__project",
                "thread__project",
                "thread__option__project",
                "thread__community",
            )
            .prefetch_related(
                Prefetch(
                    "thread__community__field_trials",
                    queryset=FieldTrial.objects.select_related("project"),
                )
            )
        ),
        # Who reads a thread follows its subject: a thread made "for officers only", a
        # community's new convenor or its trials changing re-key the posts (search/access.py
        # lists every change that re-keys documents).
        rekeyed_by=(
            Rekey(Thread, lambda t: t.posts.values_list("pk", flat=True), ("officers_only",)),
            Rekey(
                CommunityOfPractice,
                lambda c: Post.objects.filter(
                    thread__community=c, thread__officers_only=True
                ).values_list("pk", flat=True),
                ("convenor",),
            ),
            Rekey(
                CommunityOfPractice.field_trials.through,
                lambda c: Post.objects.filter(thread__community=c).values_list("pk", flat=True),
                owner="communityofpractice",
            ),
        ),
        fields=("body",),
        # A post's title is its thread's; its policy area and programme its project's.
        copies=(
            Copied(Thread, "thread", ("title",)),
            Copied(Project, "thread__project", ("policy_area", "programme")),
            Copied(Project, "thread__field_trial__project", ("policy_area", "programme")),
            Copied(Project, "thread__option__project", ("policy_area", "programme")),
            # A trial moved to another project: who reads its posts, and those of the
            # communities it is in.
            Copied(FieldTrial, "thread__field_trial", ("project",)),
            Copied(FieldTrial, "thread__community__field_trials", ("project",)),
        ),
    )
)
