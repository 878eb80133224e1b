"""What accounts' events say in a history (nextpractice/history.py)."""

from nextpractice.history import Phrase

from .models import Role


def role(value):
    """A role as people read it ("School leader or practitioner"), in lower case."""
    try:
        return Role(value).label.lower()
    except ValueError:
        return str(value or "a member")


def role_with_article(value):
    """A role as a sentence says it after "as" or "is": "a school leader or practitioner"."""
    said = role(value)
    if said == "a member":
        return said
    return f"{'an' if said[0] in 'aeiou' else 'a'} {said}"


def _accepted(event):
    return f"accepted the invitation to {event.target_name} as " + role_with_article(
        event.data.get("role")
    )


# Why an invitation was withdrawn with nobody choosing it (accounts/people/services.py).
_WITHDRAWN_BECAUSE = {
    "sender_switched_off": "the account of the person who sent it was switched off",
    "sender_cannot_invite": "the person who sent it can no longer invite people to it",
}


def _withdrawn(event):
    said = f"withdrew an invitation to {event.target_name}"
    because = _WITHDRAWN_BECAUSE.get(event.data.get("because"))
    return f"{said}: {because}" if because else said


def _invited(event):
    return f"invited someone to {event.target_name} as {role_with_article(event.data.get('role'))}"


def _data_gathered(event):
    if event.actor_id is not None and event.actor_id == event.data.get("user"):
        return "downloaded the data Next Practice holds about them"
    who = event.data.get("user_name") or "someone"
    return f"downloaded the data Next Practice holds about {who}"


def _erased(event):
    # Without the person's name, which is no longer kept anywhere (accounts/erasure.py).
    who = event.actor.full_name if event.actor is not None else "an administrator"
    return f"A person’s details were erased by {who}"


PHRASES = [
    Phrase("accounts.person_erased", _erased, kind="people", whole=True, stream=False),
    Phrase("accounts.profile_updated", "updated their profile", kind="people"),
    Phrase("accounts.notification_emails_chosen", "chose which e-mails they get", kind="people"),
    # A subject access request answered (accounts.services.gather_personal_data).
    Phrase("accounts.personal_data_gathered", _data_gathered, kind="people"),
    # Never the invitee's e-mail address: whoever reads the history may not know it.
    Phrase("accounts.invitation_sent", _invited, kind="people"),
    Phrase("accounts.invitation_resent", "sent an invitation to {target} again", kind="people"),
    Phrase("accounts.invitation_withdrawn", _withdrawn, kind="people"),
    Phrase(
        "accounts.invitation_accepted",
        _accepted,
        kind="people",
    ),
]


def membership_phrases(app):
    """The sentences of people joining, changing role in and leaving what `app` keeps
    (programmes and projects, or field trials), and of a member's organisation set by those
    who manage it; accounts/people writes these verbs."""

    def added(e):
        return f"added {e.data.get('user_name') or 'someone'} to {e.target_name} as " + role(
            e.data.get("role")
        )

    def changed(e):
        who = e.data.get("user_name") or "someone"
        before = role(e.data.get("from")) if e.data.get("from") else "their role"
        after = role(e.data.get("to") or e.data.get("role"))
        return f"changed {who}'s role in {e.target_name} from {before} to {after}" + unassigned(e)

    def removed(e):
        who = e.data.get("user_name") or "someone"
        return f"removed {who} from {e.target_name}" + unassigned(e)

    def organisation_changed(e):
        # Their organisation gives rights, so those who manage a team set it (not they).
        who = e.data.get("user_name") or "someone"
        before, after = e.data.get("from"), e.data.get("to")
        if not before:
            return f"set {who}'s organisation to {after}"
        if not after:
            return f"took {before} off {who}'s details as their organisation"
        return f"changed {who}'s organisation from {before} to {after}"

    def unassigned(e):
        # A field trial's named consultant, no longer named (accounts/people/services.py).
        return (
            " and unassigned them as its consultant" if e.data.get("consultant_unassigned") else ""
        )

    return [
        Phrase(f"{app}.member_added", added, kind="people"),
        Phrase(f"{app}.member_role_changed", changed, kind="people"),
        Phrase(f"{app}.member_organisation_changed", organisation_changed, kind="people"),
        Phrase(f"{app}.member_removed", removed, kind="people"),
    ]
