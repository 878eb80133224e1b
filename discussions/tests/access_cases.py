"""Access cases for discussions (nextpractice/tests/test_access.py).

Whoever sees a trial, project, option or community reads its open threads and posts in
them, except partners, who read (403 on posting); officers' threads are their officers'
and the admin's (404 for the rest); Onyx's are the admin's. A post is changed by its author
(and, as everything, by an administrator) and removed by its author or the officers; its
file is downloaded by whoever reads the thread. POSTs send an empty form: 400 for those
allowed, so nothing is written.
"""

from nextpractice.testing.access import acts, seen_by, visible_to

SPEAKERS = {"officer", "consultant", "leader", "admin"}
ADMIN = {"admin"}
EMPTY = {"title": "", "body": ""}

# (kind in URLs, world key, who may start a thread there)
SUBJECTS = [
    ("field-trials", "coral", SPEAKERS),
    ("field-trials", "onyx_trial", ADMIN),
    ("projects", "amber", {"officer", "admin"}),
    ("projects", "onyx_project", ADMIN),
    ("options", "jade", {"officer", "admin"}),
    ("options", "onyx_option", ADMIN),
    ("communities", "rowan", SPEAKERS),
]
# (world key, who may post in the thread)
THREADS = [
    ("kestrel_thread", SPEAKERS),
    ("lapwing_thread", {"officer", "admin"}),
    ("merlin_thread", ADMIN),
    ("plover_thread", {"officer", "admin"}),
    ("osprey_thread", {"officer", "admin"}),
    ("heron_thread", {"officer", "admin"}),
    ("gannet_thread", ADMIN),
    ("curlew_thread", SPEAKERS),
    ("dunlin_thread", {"officer", "admin"}),
]


def cases(w):
    def pk(key):
        return {"pk": w.objects[key].pk}

    def on_trials(method="get", data=None, ok=200):
        return [
            (method, pk("coral"), acts(w, "coral", SPEAKERS, ok), data),
            (method, pk("onyx_trial"), acts(w, "onyx_trial", ADMIN, ok), data),
        ]

    def on_subjects(method="get", data=None, ok=200):
        return [
            (method, {"kind": kind, **pk(key)}, acts(w, key, allowed, ok), data)
            for kind, key, allowed in SUBJECTS
        ]

    def on_threads(method="get", data=None, ok=200):
        return [(method, pk(key), acts(w, key, allowed, ok), data) for key, allowed in THREADS]

    def seen(*keys):
        return [("get", pk(key), seen_by(visible_to(w, key)), None) for key in keys]

    posts = {
        # the leader's post on Coral; the officer's in Coral's officers' thread; the leader's
        # in Rowan's
        "kestrel_post": ({"leader", "admin"}, {"leader", "officer", "admin"}),
        "lapwing_post": ({"officer", "admin"}, {"officer", "admin"}),
        "curlew_post": ({"leader", "admin"}, {"leader", "officer", "admin"}),
    }
    return {
        "discussions:thread_list": seen("coral", "onyx_trial"),
        "discussions:thread_create": on_trials() + on_trials("post", EMPTY, ok=400),
        "discussions:thread_list_for": [
            ("get", {"kind": kind, **pk(key)}, seen_by(visible_to(w, key)), None)
            for kind, key, _ in SUBJECTS
        ],
        "discussions:thread_create_for": on_subjects() + on_subjects("post", EMPTY, ok=400),
        "discussions:thread_detail": seen(*(key for key, _ in THREADS))
        + on_threads("post", EMPTY, ok=400),
        # Who a post may mention: for those who may post there (a partner who only reads
        # is refused, 403; anyone who may not see the thread or subject finds nothing, 404).
        "discussions:mentionable": on_threads(),
        "discussions:mentionable_for": on_subjects(),
        "discussions:post_edit": [
            (method, pk(key), acts(w, key, editors, ok), data)
            for key, (editors, _) in posts.items()
            for method, data, ok in (("get", None, 200), ("post", {"body": ""}, 400))
        ],
        "discussions:post_withdraw": [
            (method, pk(key), acts(w, key, removers, ok), data)
            for key, (_, removers) in posts.items()
            for method, data, ok in (("get", None, 200), ("post", {"reason": ""}, 400))
        ],
        "discussions:post_history": seen(*posts),
        "discussions:attachment_download": seen("kestrel_file", "merlin_file"),
    }
