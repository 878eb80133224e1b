"""Access cases for the field trials list and its CSV.

Anyone whose work has field trials in it (a trial's members; a project's or programme's
officers, consultants and partners) may list them, each seeing only their own; the outsider,
who belongs to nothing, is refused with 403. The access test also checks that no persona's list or
CSV shows the title of anything that persona may not see: the partner lists Coral and Dune
but never Quill or Elm; Coral's leader lists Quill (their community's) but never Dune.
"""

from nextpractice.testing.access import expect

# Filters that each persona may send; a value outside their choices is a 400, never a leak.
FILTERED = {
    "status": ["incubating", "reporting"],
    "rag": ["red", "none"],
    "overdue": "yes",
    "update_missing": "yes",
    "sort": "rag",
}


def cases(w):
    listers = expect(outsider=403)
    # Onyx's project is in nobody's choices but the admin's: dropped, as is a value not
    # offered, and the other filters' rows shown (nextpractice/filtering.py).
    someone_elses_project = {"project": w.onyx_project.pk}
    return {
        "fieldtrials:fieldtrial_list": [
            ("get", {}, listers, None),
            ("get", {}, listers, FILTERED),
            ("get", {}, listers, {"q": "trial", "sort": "project", "page": "2"}),
            ("get", {}, listers, {"status": "bogus", "sort": "sideways"}),
            ("get", {}, listers, {"local_authority": "999999"}),
            ("get", {}, listers, someone_elses_project),
        ],
        "fieldtrials:fieldtrial_export": [
            ("get", {}, listers, None),
            ("get", {}, listers, FILTERED),
            ("get", {}, listers, {"rag": "purple"}),
            ("get", {}, listers, {"local_authority": "999999"}),
            ("get", {}, listers, someone_elses_project),
        ],
    }
