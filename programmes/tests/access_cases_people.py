"""Access cases for the People pages of programmes and projects: their officers (and the
administrator) only; others who see the programme or project get 403, the rest 404."""

from nextpractice.testing.access import acts

OFFICERS = {"officer", "admin"}


def cases(w):
    def team(kind, key, **more):
        return {"kind": kind, "pk": w.objects[key].pk, **more}

    def each(method="get", data=None, ok=200, **more):
        return [
            (method, team("programme", "quartz", **more), acts(w, "quartz", OFFICERS, ok), data),
            (method, team("programme", "onyx_programme", **more),
             acts(w, "onyx_programme", {"admin"}, ok), data),
            (method, team("project", "amber", **more), acts(w, "amber", OFFICERS, ok), data),
            (method, team("project", "onyx_project", **more),
             acts(w, "onyx_project", {"admin"}, ok), data),
        ]  # fmt: skip

    officer = w.users["officer"].pk
    partner = w.users["partner"].pk
    return {
        "people:people": each(),
        "people:people_export": each() + each(data={"format": "xlsx"}),
        "people:invite": each() + each("post", {"email": "not an address"}, ok=400),
        # Quartz's officer is a member of Quartz; Amber's partner of Amber.
        "people:change_role": [
            (
                "get",
                team("programme", "quartz", user_pk=officer),
                acts(w, "quartz", OFFICERS),
                None,
            ),
            ("get", team("project", "amber", user_pk=partner), acts(w, "amber", OFFICERS), None),
            (
                "post",
                team("project", "amber", user_pk=partner),
                acts(w, "amber", OFFICERS, ok=400),
                {"role": "nonsense"},
            ),
            # Someone who is not a member: no such page, for those who may manage.
            (
                "get",
                team("project", "amber", user_pk=officer),
                acts(w, "amber", OFFICERS, ok=404),
                None,
            ),
        ],  # fmt: skip
        # A member's organisation gives rights: set by those who manage the team, never by
        # anyone for themselves (Quartz's officer is its one member) but an administrator.
        "people:change_organisation": [
            (
                "get",
                team("programme", "quartz", user_pk=officer),
                acts(w, "quartz", {"admin"}),
                None,
            ),
            ("get", team("project", "amber", user_pk=partner), acts(w, "amber", OFFICERS), None),
            (
                "post",
                team("project", "amber", user_pk=partner),
                acts(w, "amber", OFFICERS, ok=400),
                {"organisation": "No such organisation anywhere"},
            ),
            (
                "get",
                team("project", "amber", user_pk=officer),
                acts(w, "amber", OFFICERS, ok=404),
                None,
            ),
        ],  # fmt: skip
        "people:remove": [
            (
                "get",
                team("programme", "quartz", user_pk=officer),
                acts(w, "quartz", OFFICERS),
                None,
            ),
            ("get", team("project", "amber", user_pk=partner), acts(w, "amber", OFFICERS), None),
        ],  # fmt: skip
    }
