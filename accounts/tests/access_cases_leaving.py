"""Access cases for switching off the account of someone who has left, and on again:
administrators only (accounts.rules.check_switch_account), and not their own; everyone
else is told there is no such page. In order: the administrator switches Morgan off, then
on again; each page sends to the other while the account is not in its state."""

from nextpractice.testing.access import expect


def cases(w):
    mover = {"pk": w.mover.pk}
    own = {"pk": w.users["admin"].pk}
    return {
        "accounts:person_switch_off": [
            ("get", mover, expect(default=404, admin=200), None),
            ("get", own, expect(default=404, admin=403), None),
            ("post", own, expect(default=404, admin=403), {}),
            ("post", mover, expect(default=404, admin=302), {}),
            ("get", mover, expect(default=404, admin=302), None),  # now off: the switch-on page
            ("get", {"pk": 999999}, expect(default=404), None),
        ],
        "accounts:person_switch_on": [
            ("get", mover, expect(default=404, admin=200), None),
            ("get", own, expect(default=404, admin=403), None),
            ("post", mover, expect(default=404, admin=302), {}),
            ("get", mover, expect(default=404, admin=302), None),  # on again: the switch-off page
            ("get", {"pk": 999999}, expect(default=404), None),
        ],
    }
