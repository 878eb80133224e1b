"""Access cases for workshops, creative options, assessments and decisions.

The world: `w.jade` an option in `w.amber` with one assessment by the officer, `w.oak` a
workshop in amber, `w.onyx_option` an option in a project nobody but the admin sees. The
officer and the partner read amber; leader, consultant and outsider get 404. Changes are
for the officer (and the admin); the partner gets 403. POST cases send an empty form, so
allowed personas get 400 and nothing changes.
"""

from nextpractice.testing.access import acts, seen_by, visible_to

CHANGERS = {"officer", "admin"}


def change_case(w, key, method, data=None):
    """Readers who may not change get 403; those who may, 200 (GET) or 400 (empty POST)."""
    ok = 200 if method == "get" else 400
    allowed = CHANGERS & visible_to(w, key)
    return (method, {"pk": w.objects[key].pk}, acts(w, key, allowed, ok=ok), data)


def cases(w):
    def pk(key):
        return {"pk": w.objects[key].pk}

    def read(key):
        return ("get", pk(key), seen_by(visible_to(w, key)), None)

    return {
        "programmes:workshop_create": [
            change_case(w, "amber", "get"),
            change_case(w, "amber", "post", {}),
            change_case(w, "onyx_project", "get"),
        ],
        "programmes:workshop_detail": [read("oak")],
        "programmes:option_list": [
            read("amber"),
            read("onyx_project"),
            ("get", pk("amber"), seen_by(visible_to(w, "amber")), {"sort": "title"}),
        ],
        "programmes:option_export": [read("amber"), read("onyx_project")],
        "programmes:option_create": [
            change_case(w, "amber", "get"),
            change_case(w, "amber", "post", {}),
            change_case(w, "onyx_project", "post", {}),
        ],
        "programmes:option_detail": [read("jade"), read("onyx_option")],
        "programmes:assessment_edit": [
            change_case(w, "jade", "get"),
            change_case(w, "jade", "post", {}),
            change_case(w, "onyx_option", "get"),
        ],
        "programmes:option_decide": [
            change_case(w, "jade", "get"),
            change_case(w, "jade", "post", {}),
            change_case(w, "onyx_option", "post", {}),
        ],
    }
