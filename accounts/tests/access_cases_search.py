"""Access cases for the search boxes' suggestion endpoints.

Organisations are a public directory for everyone signed in (accounts/rules.py): 200 for
every signed-in persona, sign-in for anonymous. A programme's people are searched by those
who see the programme, as its page (programmes/rules.py `programme_people`): 404 for anyone
else, the same as for a programme that does not exist.
"""

from nextpractice.testing.access import expect, seen_by, visible_to


def cases(w):
    def programme(key):
        return {"pk": w.objects[key].pk}

    people = "programmes:programme_people_search"
    return {
        "accounts:organisation_search": [
            ("get", {}, expect(), {"q": "Lead"}),
            ("get", {}, expect(), {"q": "100001", "kind": "school", "page": "2"}),
        ],
        people: [
            ("get", programme("quartz"), seen_by(visible_to(w, "quartz")), {"q": "Person"}),
            ("get", programme("onyx_programme"), seen_by({"admin"}), {"q": "Person"}),
            ("get", {"pk": 999999}, seen_by(set()), {"q": "Person"}),
        ],
    }
