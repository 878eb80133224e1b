"""Access cases for invitations: resend and withdraw are for the officers of what the
invitation is to (404 for everyone else, as if it did not exist); the link in the e-mail is
public, and a token that matches no invitation is a 404 for everyone."""

from nextpractice.testing.access import expect, seen_by, visible_to

KEYS = ("quartz_invitation", "amber_invitation", "coral_invitation", "onyx_invitation")


def cases(w):
    def pk(key):
        return {"pk": w.objects[key].pk}

    return {
        "people:invitation_resend": [
            ("post", pk(key), seen_by(visible_to(w, key), ok=302), {}) for key in KEYS
        ]
        + [("get", pk("coral_invitation"), expect(anonymous=405, default=405), None)],
        "people:invitation_withdraw": [
            ("get", pk(key), seen_by(visible_to(w, key)), None) for key in KEYS
        ],
        "people:invitation_accept": [
            # Signed in as someone else, the page says the invitation is for another person.
            ("get", {"token": "welcome_invitation"}, expect(anonymous=200), None),
            ("get", {"token": "no-such-token"}, expect(anonymous=404, default=404), None),
        ],
    }
