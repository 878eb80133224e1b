"""Access cases for erasing a person's details: administrators only (accounts.rules), and
not their own; everyone else is told there is no such page."""

from nextpractice.testing.access import expect


def cases(w):
    leaver = {"pk": w.leaver.pk}
    return {
        "accounts:person_erase": [
            ("get", leaver, expect(default=404, admin=200), None),
            ("get", {"pk": w.users["admin"].pk}, expect(default=404, admin=403), None),
            ("post", leaver, expect(default=404, admin=302), {}),
            ("get", {"pk": 999999}, expect(default=404), None),
        ],
    }
