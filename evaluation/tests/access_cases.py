"""Access cases for every evaluation URL (run by nextpractice/tests/test_access.py).

Reading follows the subject (Quartz: every persona but the outsider; Amber: officer and
partner; Coral: officer, its consultant and leader, partner; Onyx: the administrator).
Adding and changing: the officer steers Quartz, Amber and Coral's project; Coral's team
(officer, consultant, leader) keeps Coral's objectives, indicators, measurements and plan;
the partner adds and changes their own organisation's contributions to Amber only.
POST cases send an empty form: 400 for those allowed (nothing saved), except where the
record is the parent's only one (the board, the plan), whose add page sends to its edit
page (302). Changing, withdrawing and deleting are the record kit's pages: their cases are
generated (nextpractice/tests/access_cases_records.py) with CHANGERS here.
"""

from evaluation.kinds import KINDS
from nextpractice.testing.access import acts, expect, seen_by, visible_to

OFFICERS = {"officer", "admin"}
TEAM = {"officer", "consultant", "leader", "admin"}
ADMIN = {"admin"}

# parent slug -> (world key of the visible parent, world key of Onyx's)
PARENTS = {
    "programme": ("quartz", "onyx_programme"),
    "project": ("amber", "onyx_project"),
    "field-trial": ("coral", "onyx_trial"),
    "objective": ("ev_objective", "ev_onyx_objective"),
    "board": ("ev_board", "ev_onyx_board"),
    "meeting": ("ev_meeting", "ev_onyx_meeting"),
    "indicator": ("ev_indicator", "ev_onyx_indicator"),
    "lesson": ("ev_trial_lesson", "ev_onyx_trial_lesson"),
    "case-study": ("ev_case_study", "ev_onyx_case_study"),
}

# (kind, parent) -> who may add; anything not listed: the officers
ADDERS = {
    ("objective", "field-trial"): TEAM,
    ("indicator", "field-trial"): TEAM,
    ("measurement", "indicator"): TEAM,
    ("plan", "field-trial"): TEAM,
    ("question", "field-trial"): TEAM,
    ("contribution", "project"): OFFICERS | {"partner"},
}

# kind -> [(world key of a record, who may change it)]
EDITS = {
    "objective": [("ev_objective", OFFICERS), ("ev_trial_objective", TEAM)],
    "progress": [("ev_progress", OFFICERS), ("ev_trial_progress", TEAM)],
    "group": [("ev_group", OFFICERS)],
    "board": [("ev_board", OFFICERS)],
    "member": [("ev_member", OFFICERS)],
    "meeting": [("ev_meeting", OFFICERS)],
    "decision": [("ev_decision", OFFICERS)],
    "criterion": [("ev_criterion", OFFICERS)],
    "independent-evaluation": [("ev_evaluation", OFFICERS)],
    "policy-evidence": [("ev_policy", OFFICERS)],
    "indicator": [("ev_indicator", TEAM)],
    "measurement": [("ev_measurement", TEAM)],
    "plan": [("ev_plan", TEAM)],
    "question": [("ev_question", TEAM)],
    "lesson": [("ev_lesson", OFFICERS), ("ev_trial_lesson", OFFICERS)],
    "case-study": [("ev_case_study", OFFICERS)],
    "take-up": [("ev_take_up", OFFICERS)],
    "contribution": [
        ("ev_contribution", OFFICERS | {"partner"}),
        ("ev_other_contribution", OFFICERS),
        ("ev_programme_contribution", OFFICERS),
    ],
    "highlight": [("ev_highlight", OFFICERS)],
}

# A parent has at most one: its add page goes to the edit page; a post to it (from a page
# opened before the one was added) is refused, the typed text kept (409).
SINGLE = {"board", "plan"}

# Who may change each evaluation record of the test world, for the record kit's generated
# cases (nextpractice/tests/access_cases_records.py): kind -> {world key: personas}. Onyx's
# records: the administrator only.
CHANGERS = {
    f"evaluation:{slug}": dict(records)
    | ({"ev_project_objective": OFFICERS} if slug == "objective" else {})
    for slug, records in EDITS.items()
}


def cases(w):
    def pk(key):
        return w.objects[key].pk

    def page(key):
        return ("get", {"pk": pk(key)}, seen_by(visible_to(w, key)), None)

    create = []
    for kind in KINDS.values():
        for parent in kind.parents:
            allowed = ADDERS.get((kind.slug, parent), OFFICERS)
            shown, onyx = PARENTS[parent]
            for key, who in ((shown, allowed), (onyx, ADMIN)):
                args = {"parent": parent, "pk": pk(key), "kind": kind.slug}
                get_ok, post_ok = (302, 409) if kind.slug in SINGLE else (200, 400)
                create.append(("get", args, acts(w, key, who, get_ok), None))
                create.append(("post", args, acts(w, key, who, post_ok), {}))
    # A kind that does not exist, and one that is not added to that parent: no such page.
    create.append(
        (
            "get",
            {"parent": "programme", "pk": pk("quartz"), "kind": "nothing"},
            expect(default=404),
            None,
        )
    )
    create.append(
        (
            "get",
            {"parent": "programme", "pk": pk("quartz"), "kind": "indicator"},
            expect(default=404),
            None,
        )
    )

    # The old edit pages send to the record kit's (nextpractice/records), whose cases are
    # generated from kinds.py with CHANGERS below.
    edit = [
        ("get", {"kind": slug, "pk": pk(records[0][0])}, expect(default=302), None)
        for slug, records in EDITS.items()
    ]
    edit.append(("get", {"kind": "nothing", "pk": 1}, expect(default=404), None))

    return {
        "evaluation:programme_evaluation": [
            page("quartz"),
            page("onyx_programme"),
            ("get", {"pk": 999999}, seen_by(set()), None),
        ],
        "evaluation:project_evaluation": [page(k) for k in ("amber", "beryl", "onyx_project")],
        "evaluation:field_trial_evaluation": [
            page(k) for k in ("coral", "dune", "quill", "onyx_trial")
        ],
        "evaluation:record_create": create,
        "evaluation:record_edit": edit,
    }
