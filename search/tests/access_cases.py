"""Access cases for search and the knowledge base (nextpractice/tests/test_access.py).

Anyone signed in may search (200); anonymous is sent to sign in. What each persona finds
is checked by the access test itself: the titles of the world's objects a persona may not
see (Onyx's programme, project, trial, lessons...) must appear on no page, so these words
match hidden things on purpose.
"""

from nextpractice.testing.access import expect


def cases(w):
    searches = [
        {"q": "Onyx"},
        {"q": "Trial"},
        {"q": "Programme"},
        {"q": "Project Lesson"},
        {"q": "Person", "kind": "people"},
        {"q": "Lesson", "kind": "lessons", "page": "2"},
        {"programme": str(w.onyx_programme.pk)},
        {"since": "year", "q": "Case"},
    ]
    return {
        "search:search": [("get", {}, expect(), data) for data in searches],
        "search:knowledge_base": [
            ("get", {}, expect(), None),
            ("get", {}, expect(), {"q": "Onyx"}),
            ("get", {}, expect(), {"kind": "lessons"}),
        ],
    }
