"""Access cases for an organisation's page and a person's. The directory is public to
everyone signed in (accounts/rules.py), so an organisation's page is too: 200 for every
signed-in persona, sign-in for anonymous, 404 for one that does not exist. A person's page
is for whoever may find them (directory/tests/test_person_page.py). Adding an organisation
is for programme officers and administrators (directory/rules.py)."""

from nextpractice.testing.access import expect, seen_by


def cases(w):
    school = w.objects["coral"].lead_organisation
    leader = w.users["leader"]
    finders = seen_by({"officer", "consultant", "leader", "partner", "admin"})
    return {
        "directory:organisation_detail": [
            ("get", {"pk": school.pk}, expect(), None),
            ("get", {"pk": school.pk}, expect(), {"trials_page": "2", "people_page": "x"}),
            ("get", {"pk": 999999}, expect(default=404), None),
        ],
        # Adding one: programme officers (of any programme) and staff; 400 for an empty form.
        "directory:organisation_create": [
            ("get", {}, expect(default=403, officer=200, admin=200), None),
            ("get", {}, expect(default=403, officer=200, admin=200), {"name": "x" * 500}),
            ("post", {}, expect(default=403, officer=400, admin=400), {}),
        ],
        # A person's page: whoever may find them by name (they work in a programme the
        # reader sees); the leader works on Coral, in Quartz.
        "directory:person_detail": [
            ("get", {"pk": leader.pk}, finders, None),
            ("get", {"pk": leader.pk}, finders, {"work_page": "x"}),
            ("get", {"pk": 999999}, expect(default=404), None),
        ],
    }
