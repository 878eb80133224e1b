"""Access cases for programme and project pages, stage moves and need analysis."""

from nextpractice.testing.access import acts, expect, seen_by, visible_to

OFFICERS = {"officer", "admin"}


def cases(w):
    def pk(key):
        return {"pk": w.objects[key].pk}

    def project_action(name, method="get", data=None, ok=200):
        return [
            (method, pk(key), acts(w, key, OFFICERS if key != "onyx_project" else {"admin"}, ok),
             data)
            for key in ("amber", "onyx_project")
        ]  # fmt: skip

    return {
        "programmes:programme_create": [
            ("get", {}, expect(consultant=403, leader=403, partner=403, outsider=403), None),
            (
                "post",
                {},
                expect(
                    consultant=403, leader=403, partner=403, outsider=403, officer=400, admin=400
                ),
                {"name": ""},
            ),
        ],  # fmt: skip
        "programmes:programme_detail": [
            ("get", pk(key), seen_by(visible_to(w, key)), None)
            for key in ("quartz", "onyx_programme")
        ]
        + [("get", {"pk": 999999}, seen_by(set()), None)],
        "programmes:project_create": [
            ("get", pk("quartz"), acts(w, "quartz", OFFICERS), None),
            ("get", pk("onyx_programme"), acts(w, "onyx_programme", {"admin"}), None),
        ],
        "programmes:project_detail": [
            ("get", pk(key), seen_by(visible_to(w, key)), None)
            for key in ("amber", "beryl", "onyx_project")
        ],
        "programmes:project_move": project_action("project_move")
        + project_action("project_move", "post", {"to_stage": "nowhere"}, ok=400),
        "programmes:project_members": project_action("project_members", ok=302),
        # Closing is asked of a project in System learning: amber is not, so the page says
        # so and a post is refused beside its field. Reopening an open project goes back.
        "programmes:project_close": project_action("project_close")
        + project_action("project_close", "post", {"closed_on": "", "note": ""}, ok=400),
        "programmes:project_reopen": project_action("project_reopen", ok=302)
        + project_action("project_reopen", "post", {"reason": ""}, ok=302),
        # Withdrawing is asked of a project with live field trials (amber has them, and
        # onyx_project may): the page names them, and a post without a reason is refused
        # beside its field. Restoring a project not withdrawn says so, changing nothing.
        "programmes:project_withdraw": project_action("project_withdraw")
        + project_action("project_withdraw", "post", {"reason": ""}, ok=400),
        "programmes:project_restore": project_action("project_restore", ok=409)
        + project_action("project_restore", "post", {"reason": ""}, ok=409),
        "programmes:narrative_edit": project_action("narrative_edit"),
        "programmes:problem_create": project_action("problem_create")
        + project_action("problem_create", "post", {"text": ""}, ok=400),
        "programmes:objective_create": project_action("objective_create"),
        "programmes:datasource_create": project_action("datasource_create"),
        "programmes:innovator_create": project_action("innovator_create"),
        "programmes:objective_status": [
            ("post", pk("objective"), acts(w, "objective", OFFICERS, ok=302), {"status": "draft"})
        ],
        "programmes:datasource_download": [
            ("get", pk(key), seen_by(visible_to(w, key)), None) for key in ("moss", "onyx_data")
        ],
    }
