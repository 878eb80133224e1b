"""Access cases for a field trial's sub-pages and their lists' downloads: whoever sees the
trial sees them all; anyone else gets a 404, whatever the list. A kept record's list is sent
to the record kit's download of its kind (whose own cases are nextpractice's)."""

from nextpractice.testing.access import expect, seen_by, visible_to

PAGES = [
    "fieldtrials:fieldtrial_details",
    "fieldtrials:fieldtrial_milestones",
    "fieldtrials:fieldtrial_risks",
    "fieldtrials:fieldtrial_support",
    "fieldtrials:fieldtrial_exercises",
    "fieldtrials:fieldtrial_history",
]
LISTS = ["milestones", "risks", "relationships", "support", "power-to-innovate", "updates",
         "exercises", "history"]  # fmt: skip
KEPT = {"milestones", "risks", "relationships", "support", "power-to-innovate", "updates"}


def cases(w):
    def pk(key):
        return {"pk": w.objects[key].pk}

    found = {
        name: [
            ("get", pk(key), seen_by(visible_to(w, key)), None)
            for key in ("coral", "dune", "onyx_trial", "quill")
        ]
        for name in PAGES
    }
    found["fieldtrials:fieldtrial_list_export"] = [
        *(
            (
                "get",
                {**pk("coral"), "name": name},
                seen_by(visible_to(w, "coral"), 302 if name in KEPT else 200),
                None,
            )
            for name in LISTS
        ),  # fmt: skip
        (
            "get",
            {**pk("dune"), "name": "history"},
            seen_by(visible_to(w, "dune")),
            {"format": "xlsx"},
        ),  # fmt: skip
        (
            "get",
            {**pk("onyx_trial"), "name": "risks"},
            seen_by(visible_to(w, "onyx_trial"), 302),
            None,
        ),
        # An unknown list is not found, even for those who see the trial.
        ("get", {**pk("coral"), "name": "secrets"}, expect(default=404), None),
    ]
    return found
