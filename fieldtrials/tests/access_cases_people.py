"""Access cases for a field trial's People page: its team (Coral's leader and consultant)
see it; its project's officers manage it; a partner who reads the trial gets 403; the rest
404. Coral's leader works at no lead organisation here, so does not lead it: inviting is for
the officers."""

from nextpractice.testing.access import acts

OFFICERS = {"officer", "admin"}


def cases(w):
    def trial(key, **more):
        return {"kind": "field-trial", "pk": w.objects[key].pk, **more}

    leader = w.users["leader"].pk
    team = {"officer", "consultant", "leader", "admin"}
    return {
        "people:people": [
            ("get", trial("coral"), acts(w, "coral", team), None),
            ("get", trial("onyx_trial"), acts(w, "onyx_trial", {"admin"}), None),
        ],
        "people:invite": [
            ("get", trial("coral"), acts(w, "coral", OFFICERS), None),
            ("post", trial("coral"), acts(w, "coral", OFFICERS, ok=400), {"email": ""}),
            ("get", trial("onyx_trial"), acts(w, "onyx_trial", {"admin"}), None),
        ],
        "people:change_role": [
            ("get", trial("coral", user_pk=leader), acts(w, "coral", OFFICERS), None),
        ],
        # The project's officers set a member's organisation; not the member, nor the team.
        "people:change_organisation": [
            ("get", trial("coral", user_pk=leader), acts(w, "coral", OFFICERS), None),
            (
                "post",
                trial("coral", user_pk=leader),
                acts(w, "coral", OFFICERS, ok=400),
                {"organisation": "No such organisation anywhere"},
            ),
        ],  # fmt: skip
        "people:remove": [
            ("get", trial("coral", user_pk=leader), acts(w, "coral", OFFICERS), None),
            (
                "get",
                trial("onyx_trial", user_pk=leader),
                acts(w, "onyx_trial", {"admin"}, ok=404),
                None,
            ),
        ],  # fmt: skip
    }
