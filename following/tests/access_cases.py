"""Access cases for following (nextpractice/tests/test_access.py).

Whoever sees a project, trial or community may follow it and stop following it (a redirect
back); anyone else gets 404, the same as for one that does not exist or a kind that cannot be
followed. Everyone signed in has their own followed page and digest choice.
"""

from nextpractice.testing.access import expect, seen_by, visible_to

SUBJECTS = (("projects", "amber"), ("field-trials", "coral"), ("communities", "rowan"))
HIDDEN = (("projects", "onyx_project"), ("field-trials", "onyx_trial"))


def cases(w):
    def button(kind, key):
        kwargs = {"kind": kind, "pk": w.objects[key].pk}
        return ("post", kwargs, seen_by(visible_to(w, key), ok=302), {})

    def buttons():
        return [
            *[button(kind, key) for kind, key in SUBJECTS + HIDDEN],
            ("post", {"kind": "field-trials", "pk": 999999}, seen_by(set()), {}),
            # Not a kind one follows (a programme): 404, whoever asks.
            ("post", {"kind": "programmes", "pk": w.quartz.pk}, seen_by(set()), {}),
            # Posting only: a link followed by mistake changes nothing.
            ("get", {"kind": "field-trials", "pk": w.coral.pk}, expect(405, 405), None),
        ]

    return {
        "following:follow": buttons(),
        "following:stop": buttons(),
        "following:followed": [
            ("get", {}, expect(), None),
            ("get", {}, expect(), {"kind": "withdrawn", "before": "not-a-cursor"}),
        ],
        "following:digest": [
            ("get", {}, expect(), None),
            ("post", {}, expect(default=302), {"frequency": "weekly"}),
            ("post", {}, expect(default=400), {"frequency": "hourly"}),
        ],
    }
