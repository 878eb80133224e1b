"""Access cases for the field trial page, its details and its status."""

from nextpractice.testing.access import acts, seen_by, visible_to

TEAM = {"officer", "consultant", "leader", "admin"}


def cases(w):
    def pk(key):
        return {"pk": w.objects[key].pk}

    return {
        "fieldtrials:fieldtrial_detail": [
            ("get", pk(key), seen_by(visible_to(w, key)), None)
            for key in ("coral", "dune", "elm", "onyx_trial", "quill")
        ],
        "fieldtrials:fieldtrial_edit": [
            ("get", pk("coral"), acts(w, "coral", TEAM), None),
            ("post", pk("coral"), acts(w, "coral", TEAM, ok=400), {"title": ""}),
            ("get", pk("quill"), acts(w, "quill", {"officer", "admin"}), None),
            ("get", pk("onyx_trial"), acts(w, "onyx_trial", {"admin"}), None),
        ],
        "fieldtrials:fieldtrial_status": [
            ("get", pk("coral"), acts(w, "coral", {"officer", "admin"}), None),
            ("post", pk("coral"), acts(w, "coral", {"officer", "admin"}, ok=400), {}),
            ("get", pk("onyx_trial"), acts(w, "onyx_trial", {"admin"}), None),
        ],
    }
