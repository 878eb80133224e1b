"""Erasing a person's details: the administrator's answer to a request to be forgotten.

What they wrote stays as the team's record (monthly updates, posts, assessments, support
sessions... many of them PROTECT their author), credited to "A former member": their row is
kept, with no name, job title, organisation, usable password or address anyone can use.
What is only theirs is deleted; so are the imports they started and did not finish (failed,
with their files and what their previews found), the files of people they uploaded to
import, and finished imports' files (directory.erasure). Where the app copied their name
or address into text that others read (an event's data, a notification told to someone
else, the admin's log), it is replaced. A field whose words name one person (NAMED_IN_A_FIELD:
an offer's "by whom", a risk's owner) and hold exactly their full name reads "A former
member", in its history too: beside records credited to "A former member", it told who
that was. Other text people typed (a post that mentions them) is theirs, and left as it is.
Progress reports already made (their PDF and web page files) are deleted, and those still
read are made again by their job, saying "A former member" (reports.services.
remake_reports_naming).
"""

import json
import re

from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F, Q, TextField
from django.db.models.functions import Cast, Trim
from django.utils import timezone

from .models import Event, Invitation, Notification, User, email_key
from .services import end_sessions, record_event

# What they are called from now on, wherever their name was shown or copied.
FORMER_MEMBER = "A former member"
IN_A_SENTENCE = "a former member"
# A reserved top-level domain (RFC 2606): nothing is ever delivered there.
ERASED_DOMAIN = "erased.invalid"

# What is only theirs, by model and the field naming them: deleted.
ONLY_THEIRS = [
    ("accounts.Notification", "recipient"),
    ("accounts.FormSubmission", "user"),
    ("following.Follow", "user"),
    ("following.DigestChoice", "user"),
    ("following.DigestItem", "user"),
    ("following.Digest", "user"),
    ("reports.MonthlyReportOptOut", "person"),
]

# Fields whose words name one person, by model: holding exactly their full name (in any
# case, spaces around it aside), they read "A former member", in the record's history too.
NAMED_IN_A_FIELD = [
    ("fieldtrials.OfferUse", "given_by"),
    ("fieldtrials.Risk", "owner"),
    ("programmes.CreativeOption", "proposed_by"),
    ("programmes.PotentialInnovator", "person_name"),
    ("programmes.WorkshopParticipant", "name"),
    ("evaluation.BoardMember", "representative"),
    ("evaluation.IndependentEvaluation", "evaluator"),
]


def erased_email(person):
    """The address an erased account keeps: unique (the table needs one), never delivered."""
    return f"former-member-{person.pk}@{ERASED_DOMAIN}"


def erase_person(*, person, actor):
    """An administrator erases `person`'s details (see the module's docstring). Once: the
    person's row is locked, and a person already erased is left as they are (None).
    Returns what was done: {"deleted": {what: how many}, "replaced": how many texts,
    "reports_remade": how many progress reports are made again}."""
    from .rules import check_erase_person

    allowed, reason = check_erase_person(actor, person)
    if not allowed:
        raise PermissionDenied(reason)
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=person.pk)
        if locked.erased_at is not None:
            return None
        names = [locked.full_name.strip()] if locked.full_name.strip() else []
        address = email_key(locked.email)
        # First: an import of theirs failed now tells them, and that is deleted with the rest.
        files = _delete_files(locked)
        deleted = _delete_only_theirs(locked, address) | files
        replaced = _replace_copies(locked, names, address)
        locked.full_name = FORMER_MEMBER
        locked.job_title = ""
        locked.email = erased_email(locked)
        locked.organisation = None
        locked.set_unusable_password()
        locked.is_active = False
        locked.is_staff = False
        locked.is_superuser = False
        locked.email_muted_kinds = []
        locked.erased_at = timezone.now()
        locked.full_clean(exclude=["password"])
        locked.save()
        locked.groups.clear()
        locked.user_permissions.clear()
        remade = _remake_reports(locked)
        # Without their name: the event's target is their row, named as it is now.
        record_event(actor=actor, verb="accounts.person_erased", target=locked)
    person.refresh_from_db()
    return {"deleted": deleted, "replaced": replaced, "reports_remade": remade}


def _delete_only_theirs(person, address):
    deleted = {}
    for label, field in ONLY_THEIRS:
        model = apps.get_model(label)
        deleted[label] = model.objects.filter(**{field: person}).delete()[0]
    # Invitations to them (whatever became of them), and theirs still waiting for an answer:
    # someone they invited is asked again by whoever now manages the team.
    invitations = Invitation.objects.filter(
        Q(email__iexact=address)
        | Q(accepted_by=person)
        | Q(invited_by=person, state=Invitation.State.PENDING)
    )
    deleted["accounts.Invitation"] = invitations.delete()[0]
    deleted["sessions"] = end_sessions(person)
    deleted["sign-in records"] = _forget_sign_ins(address)
    return deleted


def _forget_sign_ins(address):
    """django-axes' records of sign-ins with their address: when, from where, which browser."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    return sum(
        model.objects.filter(username__iexact=address).delete()[0]
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
    )


def _delete_files(person):
    """Their unfinished imports, stopped, with their files and what their previews found;
    files of people they uploaded; finished imports' files (directory.erasure).

    What they attached to their posts stays with the posts, as what they wrote; a project's
    data sources and the register of schools they uploaded and imported are the team's, and
    public."""
    from directory.erasure import stop_imports_for_erasure

    return stop_imports_for_erasure(person=person)


def _remake_reports(person):
    """Progress reports made before now that may show their name: their files deleted, and
    those still read made again with "A former member" (reports.services)."""
    from reports.services import remake_reports_naming

    return remake_reports_naming(person=person)


# --- Their name and address where the app copied them ----------------------------------


class _Replacer:
    """Replaces `names` and `address` in texts: a text that is one of them whole becomes
    "A former member" (an address, the erased one); inside a sentence, "a former member"
    ("A" at its start)."""

    def __init__(self, names, address, new_address):
        self.names = [n for n in names if n]
        self.address = address
        self.new_address = new_address
        words = [re.escape(n) for n in sorted(self.names, key=len, reverse=True)]
        if address:
            words.insert(0, re.escape(address))
        self.pattern = (
            re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE) if words else None
        )

    def needles(self):
        """What a text holding a copy contains, as stored: in JSON, non-ASCII escaped too."""
        found = set()
        for word in [*self.names, self.address]:
            if word:
                found |= {word, json.dumps(word)[1:-1]}
        return sorted(found)

    def text(self, value):
        if self.pattern is None or not value:
            return value
        if value.strip().casefold() == (self.address or "").casefold():
            return self.new_address
        if value.strip() in self.names:
            return FORMER_MEMBER

        def said(match):
            before = value[: match.start()].rstrip()
            return FORMER_MEMBER if not before or before[-1] in ".!?:" else IN_A_SENTENCE

        return self.pattern.sub(said, value)

    def data(self, value):
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.data(item) for item in value]
        if isinstance(value, dict):
            return {key: self.data(item) for key, item in value.items()}
        return value


def _holding(queryset, fields, needles):
    """Rows of `queryset` with a needle in one of `fields` (a JSON field read as its text)."""
    found = Q()
    for field in fields:
        model_field = queryset.model._meta.get_field(field)
        column = field
        if model_field.get_internal_type() == "JSONField":
            column = f"{field}_as_text"
            queryset = queryset.annotate(**{column: Cast(field, TextField())})
        for needle in needles:
            found |= Q(**{f"{column}__icontains": needle})
    return queryset.filter(found) if needles else queryset.none()


def _rewrite(rows, fields, replacer, json_fields=()):
    """Save each of `rows` with `fields` replaced; how many changed."""
    changed = 0
    for row in rows:
        before = {f: getattr(row, f) for f in fields}
        for field in fields:
            value = getattr(row, field)
            fix = replacer.data if field in json_fields else replacer.text
            setattr(row, field, fix(value))
        if any(getattr(row, f) != before[f] for f in fields):
            type(row).objects.filter(pk=row.pk).update(**{f: getattr(row, f) for f in fields})
            changed += 1
    return changed


def _replace_copies(person, names, address):
    replacer = _Replacer(names, address, erased_email(person))
    needles = replacer.needles()
    replaced = 0
    # The event log: whom a membership event is about (by id, whatever they were called
    # then), and anything naming them (a role change's "from", an invitation's address).
    about_them = Event.objects.filter(data__user=person.pk)
    for event in about_them.only("pk", "data"):
        # Said after the actor's name: "Olive Officer removed a former member from Coral".
        if event.data.get("user_name") not in ("", None, IN_A_SENTENCE):
            event.data["user_name"] = IN_A_SENTENCE
            Event.objects.filter(pk=event.pk).update(data=event.data)
            replaced += 1
    events = _holding(
        Event.objects.only("pk", "target_name", "data"), ["target_name", "data"], needles
    )
    replaced += _rewrite(events, ["target_name", "data"], replacer, json_fields=["data"])
    # Others' notifications (theirs are deleted): "Sam Lewis accepted your invitation".
    told = _holding(
        Notification.objects.exclude(recipient=person).only("pk", "message"), ["message"], needles
    )
    replaced += _rewrite(told, ["message"], replacer)
    # The admin's log: changes to their account, and to rows named after them.
    user_type = ContentType.objects.get_for_model(User)
    LogEntry.objects.filter(content_type=user_type, object_id=str(person.pk)).update(
        object_repr=FORMER_MEMBER
    )
    logged = _holding(LogEntry.objects.only("pk", "object_repr"), ["object_repr"], needles)
    replaced += _rewrite(logged, ["object_repr"], replacer)
    # A people import's problems name the rows it left out ("sam@school.example's account
    # is switched off"); an import's page is named after its file ("Wil's list.csv").
    people_imports = apps.get_model("directory.PeopleImport").objects.only(
        "pk", "problems", "original_name"
    )
    problems = _holding(people_imports, ["problems", "original_name"], needles)
    replaced += _rewrite(
        problems, ["problems", "original_name"], replacer, json_fields=["problems"]
    )
    register = apps.get_model("directory.OrganisationImport").objects.only("pk", "original_name")
    replaced += _rewrite(
        _holding(register, ["original_name"], needles), ["original_name"], replacer
    )
    return replaced + _replace_named_in_fields(names)


def _named(queryset, field, names):
    said = queryset.annotate(np_named=Trim(field))
    found = Q()
    for name in names:
        found |= Q(np_named__iexact=name)
    return said.filter(found)


def _replace_named_in_fields(names):
    """NAMED_IN_A_FIELD's fields holding exactly one of `names`: "A former member". A record
    changed is a new version (a page still showing the name cannot save it back), and its
    search document is made again; its history rows are changed as they are."""
    from search.indexing import index_many

    if not names:
        return 0
    replaced = 0
    for label, field in NAMED_IN_A_FIELD:
        model = apps.get_model(label)
        pks = list(_named(model._base_manager.all(), field, names).values_list("pk", flat=True))
        if pks:
            change = {field: FORMER_MEMBER}
            if any(f.name == "version" for f in model._meta.concrete_fields):
                change["version"] = F("version") + 1
            model._base_manager.filter(pk__in=pks).update(**change)
            index_many(model, pks)
            replaced += len(pks)
        history = getattr(model, "history", None)
        if history is not None and any(f.name == field for f in history.model._meta.fields):
            earlier = _named(history.model._base_manager.all(), field, names)
            replaced += history.model._base_manager.filter(pk__in=earlier.values("pk")).update(
                **{field: FORMER_MEMBER}
            )
    return replaced
