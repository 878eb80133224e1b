"""What search finds in discussions: the posts of the threads a person may read
(`visible_threads`, this app's rule, asked of each post's thread); withdrawn posts are not
found (their documents are removed)."""

from search.registry import Document, Searchable, register

from .models import Post
from .rules import visible_threads
from .text import plain


def _post(post):
    thread = post.thread
    trial = thread.field_trial
    option = getattr(thread, "option", None)
    project = trial.project if trial else option.project if option else thread.project
    return Document(
        title=thread.title,
        body=plain(post.body),
        url=post.get_absolute_url(),
        date=post.created_at,
        programme_id=project.programme_id if project else None,
        project_id=project.pk if project else None,
        trial_id=trial.pk if trial else None,
        policy_area=project.policy_area if project else "",
        parent_id=thread.pk,
    )


register(
    Searchable(
        kind="posts",
        label="Discussion posts",
        noun="post",
        model=Post,
        order=90,
        document=_post,
        # A post is read by whoever reads its thread; withdrawn posts have no document.
        visible=visible_threads,
        by_parent=True,
        rows=lambda: Post.objects.current().select_related(
            "thread__field_trial__project", "thread__project", "thread__option__project"
        ),
        fields=("body",),
    )
)
