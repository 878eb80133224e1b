"""Access cases for the activity pages (accounts/views_activity.py).

A programme's, project's or field trial's activity is read by whoever sees its page: 404 for
anyone else, the same as for one that does not exist. Everyone signed in has their own
activity page (what they may see of it is accounts.rules.visible_events).
"""

from nextpractice.testing.access import expect, seen_by, visible_to


def cases(w):
    def pk(key):
        return {"pk": w.objects[key].pk}

    def page(key):
        return ("get", pk(key), seen_by(visible_to(w, key)), None)

    missing = ("get", {"pk": 999999}, seen_by(set()), None)
    return {
        "accounts:activity": [
            ("get", {}, expect(), None),
            ("get", {}, expect(), {"kind": "withdrawn", "before": "not-a-cursor"}),
        ],
        "accounts:programme_activity": [page("quartz"), page("onyx_programme"), missing],
        "accounts:project_activity": [page("amber"), page("beryl"), page("onyx_project"), missing],
        "accounts:field_trial_activity": [
            page("coral"),
            page("dune"),
            page("onyx_trial"),
            ("get", pk("coral"), seen_by(visible_to(w, "coral")), {"kind": "changed"}),
            missing,
        ],
        # A download of the same events: whoever sees the page, 404 for anyone else.
        "accounts:activity_export": [
            ("get", {}, expect(), None),
            ("get", {}, expect(), {"kind": "withdrawn", "format": "xlsx"}),
        ],
        "accounts:programme_activity_export": [page("quartz"), page("onyx_programme"), missing],
        "accounts:project_activity_export": [page("amber"), page("onyx_project"), missing],
        "accounts:field_trial_activity_export": [
            page("coral"),
            page("onyx_trial"),
            ("get", pk("dune"), seen_by(visible_to(w, "dune")), {"format": "xlsx"}),
            missing,
        ],
    }
