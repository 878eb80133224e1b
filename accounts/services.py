"""Changes to accounts, the event log and notifications."""

import logging
from datetime import date, datetime
from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist
from django.db import IntegrityError, transaction
from django.db.models import Manager
from django.urls import reverse
from django.utils import formats, timezone

from nextpractice.jobs import send_job
from nextpractice.mail import notification_settings_url
from nextpractice.words import plain_number, shortened

from .memberships import memberships_of
from .models import ANYONE_KINDS, IMPORT_KINDS, Event, Notification, NotificationKind, User
from .scopes import scope_of

logger = logging.getLogger(__name__)


def record_event(*, actor, verb, target, data=None):
    """Write one entry in the shared event log; call inside the change's transaction.

    The event is placed in the programme, project and field trial its target belongs to
    (accounts/scopes.py) and keeps the target's name as it is now, so histories and activity
    read events alone. `data` may hold "changes" (see changes_between), "reason" and "noun"
    (what the record is called, for nextpractice/history.py's sentences).
    """
    event = event_for(actor=actor, verb=verb, target=target, data=data)
    event.save(force_insert=True)
    return event


def event_for(*, actor, verb, target, data=None, scope=None):
    """The entry `record_event` writes, not yet saved: for writing many at once
    (`Event.objects.bulk_create`), as the demo does for its history. `scope`: the target's
    `scope_of`, when the caller already has it."""
    data = dict(data or {})
    if isinstance(data.get("user"), int) and "user_name" not in data:
        # Whom a membership event is about, by name, for the sentence that tells it.
        data["user_name"] = (
            User.objects.filter(pk=data["user"]).values_list("full_name", flat=True).first() or ""
        )
    name_field = Event._meta.get_field("target_name")
    return Event(
        actor=actor,
        verb=verb,
        target=target,
        target_name=str(target)[: name_field.max_length],
        data=data,
        **(scope_of(target) if scope is None else scope),
    )


def changes_between(old, new, fields):
    """What an edit changed, as record_event's data keeps it: [{"field": its label,
    "from": the old value, "to": the new one}] for each of `fields` (attribute names) whose
    value differs between `old` and `new` (model instances or dicts of values), in order.
    Values are written as people read them: choices by label, dates as "1 Oct 2006", a
    month as "Oct 2006".
    A list (a many-to-many field, or a list of names in a dict) is told by its items:
    {"field", "added": [names], "removed": [names]}."""
    changes = []
    model = next((o._meta.model for o in (new, old) if not isinstance(o, dict)), None)
    for name in fields:
        before, after = _value_of(old, name), _value_of(new, name)
        field = _field(model, name)
        label = str(field.verbose_name).capitalize() if field else name
        if isinstance(before, list) or isinstance(after, list):
            before, after = before or [], after or []
            added = [item for item in after if item not in before]
            removed = [item for item in before if item not in after]
            if added or removed:
                changes.append({"field": label, "added": added, "removed": removed})
            continue
        if before == after:
            continue
        changes.append({"field": label, "from": _shown(field, before), "to": _shown(field, after)})
    return changes


def _value_of(obj, name):
    if isinstance(obj, dict):
        return obj.get(name)
    value = getattr(obj, name)
    if isinstance(value, Manager):  # a many-to-many field: its rows by name
        return [str(row) for row in value.all()]
    return value


def _field(model, name):
    try:
        return model._meta.get_field(name)
    except (FieldDoesNotExist, AttributeError):  # not a field (or no model): its own name
        return None


def _shown(field, value):
    if value is None or value == "":
        return ""
    choices = dict(field.flatchoices) if field is not None and field.choices else {}
    if value in choices:
        return str(choices[value])
    if isinstance(value, datetime):
        return formats.date_format(timezone.localtime(value), "j M Y, H:i")
    if isinstance(value, date):
        # A field called month keeps a month as its first day (a monthly update's, a
        # highlight report's): "Mar 2009", not the day "1 Mar 2009".
        in_months = field is not None and field.name == "month"
        return formats.date_format(value, "M Y" if in_months else "j M Y")
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, Decimal):  # 95, not 95.000 as a field of three places keeps it
        return plain_number(value)
    text = str(value)
    # A long text (a plan, say) is named, not copied whole, in every event that changes it.
    return shortened(text, SHOWN_LENGTH)


SHOWN_LENGTH = 200


def end_sessions(person):
    """Delete `person`'s sessions still open, so that every browser they are signed in on is
    signed out for good (a switched-off account's are refused on their next request anyway,
    Django's ModelBackend.get_user, but would be good again were it switched back on). Each
    is read: a session keeps its user inside it. Returns how many."""
    from django.contrib.sessions.models import Session

    ended = [
        s.pk
        for s in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if str(s.get_decoded().get("_auth_user_id")) == str(person.pk)
    ]
    return Session.objects.filter(pk__in=ended).delete()[0]


def update_profile(*, user, full_name, job_title):
    """A person changes their own name or job title. Returns the names of the fields that
    changed; with none, nothing is written (no "updated their profile"). Never their
    organisation: it gives rights, so it is set by whoever manages their team
    (accounts.people.services.change_organisation) or an administrator."""
    fields = ["full_name", "job_title"]
    with transaction.atomic():
        before = User.objects.select_for_update().values(*fields).get(pk=user.pk)
        user.full_name = full_name
        user.job_title = job_title
        user.full_clean(exclude=["password"])
        changed = sorted(f for f in fields if before[f] != getattr(user, f))
        if not changed:
            return changed
        user.save(update_fields=fields)
        record_event(
            actor=user, verb="accounts.profile_updated", target=user, data={"changed": changed}
        )
    return changed


def gather_personal_data(*, person, actor):
    """The ZIP of everything Next Practice holds about `person` (accounts.personal_data),
    for themselves or for an administrator answering their subject access request; the
    gathering is written in the event log: who gathered whose data, and when."""
    from django.core.exceptions import PermissionDenied

    from .personal_data import personal_data_zip

    if actor.pk != person.pk and not actor.has_perm("accounts.gather_personal_data", person):
        raise PermissionDenied("Only an administrator may gather someone else's data.")
    with transaction.atomic():
        event = record_event(
            actor=actor,
            verb="accounts.personal_data_gathered",
            target=person,
            data={"user": person.pk},
        )
        return personal_data_zip(person, gathered_by=actor, when=event.created_at)


def tell_of_new_password(*, user, reset=False):
    """After commit, e-mail `user` that their password was changed (by the link e-mailed to
    them if `reset`), so that someone else's change does not go unnoticed. The change stands
    if the e-mail cannot be sent (the broker down)."""
    from .tasks import send_password_changed_email

    changed_at = timezone.now().isoformat()

    def _send():
        try:
            send_job(send_password_changed_email, user.pk, changed_at, reset=reset)
        except Exception:  # JobRefused and anything the broker raises
            logger.warning("The e-mail telling user %s of a new password was not sent", user.pk)

    transaction.on_commit(_send)


def notify(*, recipient, kind, message, key, url="", email=True, subject="", details=""):
    """Tell someone something in the app and, after commit, by e-mail if they want it.

    `key` names the happening the notification is about (e.g. "event:42", the event the
    change wrote in the same transaction, or "milestone:7"): a person is told once per kind
    and key, so an action repeated, a job run twice or two calls at the same time tell them
    once (a unique constraint decides, not a read before the write); the second call returns
    None and sends nothing. Every call must name one. A message longer than a notification
    holds is cut at a word with an ellipsis; the link to the whole story is kept.

    `subject` is the e-mail's, what matters first ("Report ready: Reading, 7 to 30 November
    2026"); without one the message is its subject, cut at a word if long. `details` are
    the e-mail's only, after the message (a join request's own words): what the reader
    needs to act on it, kept out of the one line the app's list of notifications shows.

    A switched-off account is told nothing, in the app or by e-mail (as the digest and the
    milestone reminders leave them out): None. Its e-mail job asks again when it runs
    (User.wants_email), for an account switched off in between.
    """
    from .tasks import send_notification_email

    if not key:
        raise ValueError("notify() needs a key naming what happened, so nobody is told twice")
    if len(key) > Notification._meta.get_field("key").max_length:
        raise ValueError(f"A notification key is at most 100 characters: {key!r}")
    if not recipient.is_active:
        return None
    message = short_message(message)
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                recipient=recipient, kind=kind, message=message, url=url, key=key
            )
    except IntegrityError:  # told already about this happening
        return None
    if email and recipient.wants_email(kind):
        # A notification is not worth failing the user's action for: if the broker is down
        # the in-app notification still stands.
        def _send():
            try:
                send_job(send_notification_email, notification.pk, subject=subject, details=details)
            except Exception:  # JobRefused and anything the broker raises
                pass

        transaction.on_commit(_send)
    return notification


def notification_email_footer():
    """How every notification e-mail ends (a toolkit invitation's too): the site's name,
    then where to choose which notifications come by e-mail."""
    return (
        "-- Next Practice\nChoose which notifications you get by e-mail: "
        f"{notification_settings_url()}"
    )


def short_message(message):
    """`message` as a notification holds it: cut at a word with an ellipsis when too long."""
    return shortened(message, Notification._meta.get_field("message").max_length)


def event_key(event):
    """The notification key of a happening recorded as `event` (see notify)."""
    return f"event:{event.pk}"


def notification_kinds_for(user):
    """The kinds of notification a person is asked about: every kind for anyone in a
    programme, project or field trial (or an administrator); the few that reach anyone
    (ANYONE_KINDS) for someone who only reads communities of interest. Those about imports
    (IMPORT_KINDS) only for someone who may start one, and for them whatever else holds."""
    from directory.rules import imports_anything

    if user.is_superuser or memberships_of(user).any:
        asked = set(NotificationKind)
    else:
        asked = set(ANYONE_KINDS)
    if imports_anything(user):
        asked |= set(IMPORT_KINDS)
    else:
        asked -= set(IMPORT_KINDS)
    return [kind for kind in NotificationKind if kind in asked]


def choose_notification_emails(*, user, kinds, asked=None):
    """A person chooses which kinds of notification also reach them by e-mail, among those
    they were `asked` about (every kind if None); their choice for the others stands."""
    wanted = set(kinds)
    asked = set(NotificationKind.values if asked is None else asked)
    unknown = (wanted | asked) - set(NotificationKind.values)
    if unknown:
        raise ValueError(f"Not kinds of notification: {sorted(unknown)}")
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=user.pk)
        before = set(locked.email_muted_kinds)
        locked.email_muted_kinds = [
            k
            for k in NotificationKind.values
            if (k in before if k not in asked else k not in wanted)
        ]
        if set(locked.email_muted_kinds) == before:  # chosen as they were: nothing to write
            user.email_muted_kinds = locked.email_muted_kinds
            return user
        locked.save(update_fields=["email_muted_kinds"])
        record_event(
            actor=user,
            verb="accounts.notification_emails_chosen",
            target=locked,
            data={"muted": locked.email_muted_kinds, "was_muted": sorted(before)},
        )
    user.email_muted_kinds = locked.email_muted_kinds
    return user


def stop_notification_emails(*, user, kinds):
    """A person stops e-mails of `kinds` (NotificationKind values) by the link in one of them
    (accounts/unsubscribe.py): recorded as choosing them on the notification e-mails page,
    their choice for the other kinds standing. Once: kinds already off change nothing and
    record nothing."""
    return choose_notification_emails(user=user, kinds=[], asked=kinds)


def mark_notification_read(*, notification, actor):
    """The recipient has seen a notification."""
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification


def settle_notifications(*, kind, key, recipients=None, url=None):
    """Notifications of `kind` and `key` that no longer call for anything (a request to join
    someone else decided, a mention taken out of a post) marked read, for `recipients` (a
    list of users or ids) or everyone told; `url`, if given, is where they lead from now on
    (the page they led to is no longer theirs to read). Each stays in the list, still
    keyed, so nobody is told of the same happening again. How many were unread."""
    told = Notification.objects.filter(kind=kind, key=key)
    if recipients is not None:
        told = told.filter(recipient__in=list(recipients))
    if url is not None:
        told.exclude(url=url).update(url=url)
    return told.filter(read_at__isnull=True).update(read_at=timezone.now())


def mark_all_notifications_read(*, user):
    """Every unread notification of `user` read now; how many were unread."""
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def notifications_url():
    return reverse("accounts:notifications")
