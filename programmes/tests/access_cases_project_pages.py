"""Access cases for a project's pages beside its overview: Phase 1, field trials (and their
download), history. Whoever sees the project sees them; anyone else gets a 404."""

from nextpractice.testing.access import seen_by, visible_to

PROJECTS = ("amber", "beryl", "onyx_project")


def cases(w):
    def each_project(params=None):
        return [
            ("get", {"pk": w.objects[key].pk}, seen_by(visible_to(w, key)), params)
            for key in PROJECTS
        ]

    return {
        "programmes:project_phase1": each_project(),
        "programmes:project_trials": each_project(),
        "programmes:project_trials_export": each_project() + each_project({"format": "xlsx"}),
        "programmes:project_history": each_project(),
    }
