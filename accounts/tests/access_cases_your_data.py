"""Access cases for a person's data: each signed-in person downloads their own on "Your
data"; someone else's only an administrator (deny by default: 404 to everyone else)."""

from nextpractice.testing.access import expect


def cases(w):
    someone = {"pk": w.users["leader"].pk}
    only_admin = expect(anonymous=302, default=404, admin=200)
    return {
        "accounts:your_data": [
            ("get", {}, expect(), None),
            ("post", {}, expect(), {}),
        ],
        "accounts:person_data": [
            ("get", someone, only_admin, None),
            ("post", someone, only_admin, {}),
        ],
    }
