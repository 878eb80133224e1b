"""Access cases for an organisation's page. The directory is public to everyone signed in
(accounts/rules.py), so its page is too: 200 for every signed-in persona, sign-in for
anonymous, 404 for an organisation that does not exist. What it lists of the organisation's
work follows each list's own rule (directory/tests/test_organisation_page.py)."""

from nextpractice.testing.access import expect


def cases(w):
    school = w.objects["coral"].lead_organisation
    return {
        "directory:organisation_detail": [
            ("get", {"pk": school.pk}, expect(), None),
            ("get", {"pk": school.pk}, expect(), {"trials_page": "2", "people_page": "x"}),
            ("get", {"pk": 999999}, expect(default=404), None),
        ],
    }
