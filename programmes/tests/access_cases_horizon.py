"""Access cases for the stimulus library and the stimuli a project keeps.

The library is shared: anyone with a membership reads it; the outsider (no membership) is
refused the library pages with 403 and its stimuli with 404. Adding and changing stimuli is
for officers; keeping one is for the project's officers (the partner may read, gets 403).
"""

from nextpractice.testing.access import expect, seen_by, visible_to

OFFICERS = {"officer", "admin"}


def valid_stimulus(**overrides):
    return {
        "title": "Access Case Stimulus",
        "sector": "other",
        "sector_other": "Transport",
        "country": "Japan",
        "summary": "Trains that run on time.",
        "source_url": "",
        "provocation": "What would a school timetable that never slips look like?",
        "contacts": "",
        "tags": "punctuality",
        **overrides,
    }


def officers_only(ok, members=403, outsider=403):
    """`ok` for officers, `members` for other members, `outsider` for the outsider."""
    return expect(
        default=members,
        outsider=outsider,
        **{p: ok for p in OFFICERS},
    )


def spare_keep(w):
    """A second stimulus amber keeps, for the removal case to remove (w.kept stays for
    other areas' cases)."""
    from programmes.models import KeptStimulus, Stimulus

    spare, _ = Stimulus.objects.get_or_create(
        title="Spare Stimulus",
        defaults={"sector": "retail", "country": "Wales", "summary": "-", "provocation": "?"},
    )
    kept, _ = KeptStimulus.objects.get_or_create(
        project=w.amber, stimulus=spare, defaults={"why": "Spare reason"}
    )
    return kept


def cases(w):
    ivy = {"pk": w.ivy.pk}
    spare = {"pk": spare_keep(w).pk}
    amber = {"pk": w.amber.pk}
    beryl = {"pk": w.beryl.pk}
    amber_readers = visible_to(w, "amber")
    library = expect(outsider=403)

    def amber_officers(ok):
        # Officers change amber; the partner reads it (403); the rest do not see it (404).
        statuses = seen_by(amber_readers, ok=403)
        statuses.update({p: ok for p in OFFICERS})
        return statuses

    return {
        "programmes:stimulus_list": [
            ("get", {}, library, None),
            ("get", {}, library, {"q": "ivy", "sector": ["healthcare"], "sort": "newest"}),
            # Choosing for a project: the project must be one the user sees.
            (
                "get",
                {},
                {
                    **seen_by(amber_readers),
                    "outsider": 403,
                },
                {"project": w.amber.pk},
            ),
            (
                "get",
                {},
                {**seen_by(visible_to(w, "onyx_project")), "outsider": 403},
                {"project": w.onyx_project.pk},
            ),
        ],
        "programmes:stimulus_export": [
            ("get", {}, library, None),
            ("get", {}, library, {"tag": "none-such", "country": "England"}),
        ],
        "programmes:stimulus_detail": [
            ("get", ivy, seen_by(visible_to(w, "ivy")), None),
            ("get", {"pk": 999999}, seen_by(set()), None),
        ],
        "programmes:stimulus_create": [
            ("get", {}, officers_only(200), None),
            ("post", {}, officers_only(400), {"title": ""}),
            ("post", {}, officers_only(302), valid_stimulus()),
        ],
        "programmes:stimulus_edit": [
            ("get", ivy, officers_only(200, outsider=404), None),
            ("post", ivy, officers_only(400, outsider=404), {"title": ""}),
        ],
        "programmes:stimulus_keep": [
            ("get", amber, amber_officers(200), None),
            # Amber already keeps ivy: a field error, never a 500.
            ("post", amber, amber_officers(400), {"stimulus": w.ivy.pk, "why": "Again"}),
            (
                "post",
                beryl,
                {**seen_by(visible_to(w, "beryl"), ok=302), "admin": 302},
                {"stimulus": w.ivy.pk, "why": "It provokes us"},
            ),
        ],
        "programmes:kept_stimulus_remove": [
            ("get", {"pk": w.kept.pk}, amber_officers(200), None),
            ("post", spare, amber_officers(302), {}),
        ],
    }
