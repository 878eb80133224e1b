"""Access cases for discussions (nextpractice/tests/test_access.py).

Whoever sees Coral reads its open thread and posts in it, except the partner, who reads
(403 on posting); its officers' thread is the programme officer's and the admin's (404 for
the rest); Onyx's trial and thread are the admin's. POSTs send an empty post: 400 for those
allowed, so nothing is written.
"""

from nextpractice.testing.access import acts, seen_by, visible_to

SPEAKERS = {"officer", "consultant", "leader", "admin"}
ADMIN = {"admin"}
EMPTY = {"title": "", "body": ""}


def cases(w):
    def pk(key):
        return {"pk": w.objects[key].pk}

    def on_trials(method="get", data=None, ok=200):
        return [
            (method, pk("coral"), acts(w, "coral", SPEAKERS, ok), data),
            (method, pk("onyx_trial"), acts(w, "onyx_trial", ADMIN, ok), data),
        ]

    def on_threads(method="get", data=None, ok=200):
        return [
            (method, pk(key), acts(w, key, allowed, ok), data)
            for key, allowed in (
                ("kestrel_thread", SPEAKERS),
                ("lapwing_thread", {"officer", "admin"}),
                ("merlin_thread", ADMIN),
            )
        ]

    return {
        "discussions:thread_list": [
            ("get", pk(key), seen_by(visible_to(w, key)), None) for key in ("coral", "onyx_trial")
        ],
        "discussions:thread_create": on_trials() + on_trials("post", EMPTY, ok=400),
        "discussions:thread_detail": [
            ("get", pk(key), seen_by(visible_to(w, key)), None)
            for key in ("kestrel_thread", "lapwing_thread", "merlin_thread")
        ]
        + on_threads("post", EMPTY, ok=400),
    }
