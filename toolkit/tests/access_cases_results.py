"""Access cases for an exercise's results, conclusion, sharing, individual answers and CSV.

Fern (Coral's exercise) is run by its facilitator (the consultant), the officer of Coral's
project and the admin. Everyone who sees Fern reaches its results page (the leader and the
partner get the "not shared yet" page, the leader with their own answers); the outsider gets
404. Only those who run Fern read individual answers, download them, record the conclusion
or share the results (403 for the leader and partner). Onyx's exercise is the admin's alone.
POST cases record a conclusion, share, or send an empty conclusion (400): harmless to repeat.
Adopting a baseline exercise's indicators is for the trial's team and its project's officers.
"""

from nextpractice.testing.access import acts, expect, seen_by, visible_to

RUNNERS = {"officer", "consultant", "admin"}
ADMIN = {"admin"}
TRIAL_KEEPERS = {"officer", "consultant", "leader", "admin"}


def cases(w):
    def pk(key):
        return {"pk": w.objects[key].pk}

    def run(method="get", data=None, ok=200):
        return [
            (method, pk("fern"), acts(w, "fern", RUNNERS, ok), data),
            (method, pk("onyx_exercise"), acts(w, "onyx_exercise", ADMIN, ok), data),
        ]

    return {
        "toolkit:exercise_results": [
            ("get", pk("fern"), seen_by(visible_to(w, "fern")), None),
            ("get", pk("onyx_exercise"), seen_by(visible_to(w, "onyx_exercise")), None),
            ("get", {"pk": 999999}, seen_by(set()), None),
        ],
        "toolkit:exercise_answers": run(),
        "toolkit:exercise_results_csv": run(),
        # Neither exercise has a conclusion yet: the page was loaded on none (0).
        "toolkit:exercise_conclusion": run(
            "post", {"conclusion": "We begin with Alpha.", "based_on": 0}, 302
        )
        + run("post", {"conclusion": "  ", "based_on": 0}, 400)
        + [("get", pk("fern"), expect(default=405), None)],  # a POST-only address
        "toolkit:exercise_share": run("post", {"shared": "1"}, 302)
        + run("post", {"shared": "maybe"}, 400),
        # Those who keep the trial's evaluation; Fern's tool proposes no indicators: 400.
        "toolkit:exercise_adopt_indicators": [
            ("post", pk("fern"), acts(w, "fern", TRIAL_KEEPERS, 400), None),
            ("post", pk("onyx_exercise"), acts(w, "onyx_exercise", ADMIN, 400), None),
            ("get", pk("fern"), expect(default=405), None),
        ],
    }
