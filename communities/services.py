"""Changes to a community's space: its details, its shared page, and who joins it.

Each checks its own permission, locks the row it changes, writes one event and tells people
after the commit (accounts.services.notify, keyed by the event so nobody is told twice).
"""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, NotificationKind, Role, User
from accounts.services import event_key, notify, record_event, settle_notifications
from fieldtrials.models import CommunityOfPractice
from nextpractice import throttle
from nextpractice.records.services import RecordConflict

from .models import CommunitySpace, JoinRequest, PageRevision
from .rules import check_join, no_longer_waiting


class JoinRequestDecided(Exception):
    """The request was decided (or withdrawn) since the page was shown."""

    def __init__(self, join_request, actor=None):
        super().__init__(no_longer_waiting(join_request, actor))
        self.join_request = join_request


def _space_locked(community):
    """The community's space, locked; made (empty, closed) the first time it is needed."""
    space, _ = CommunitySpace.objects.select_for_update().get_or_create(community=community)
    return space


OPEN_LABEL = "Open to people beyond the programme"


def _said(value):
    """A value as an event's change line says it: "Yes"/"No" for a switch."""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return value


def change_community(*, community, name, purpose, open_to_others, actor):
    """The convenor (or an officer who may change it) renames a community, says what it is
    for, and opens it to people beyond the programme or closes it. While it is closed its
    outside members do not read it and nobody may ask to join."""
    if not actor.has_perm("fieldtrials.change_community", community):
        raise PermissionDenied("Only the convenor and the trials' officers change a community.")
    with transaction.atomic():
        locked = CommunityOfPractice.objects.select_for_update().get(pk=community.pk)
        space = _space_locked(locked)
        before = {"name": locked.name, "purpose": locked.purpose, "open": space.open_to_others}
        locked.name = (name or "").strip()
        locked.purpose = (purpose or "").strip()
        locked.full_clean(validate_unique=False)
        if (
            CommunityOfPractice.objects.filter(name__iexact=locked.name)
            .exclude(pk=locked.pk)
            .exists()
        ):
            raise ValidationError(
                {"name": "There is already a community of practice with this name"}
            )
        space.open_to_others = bool(open_to_others)
        try:
            with transaction.atomic():
                locked.save(update_fields=["name", "purpose"])
        except IntegrityError:
            raise ValidationError(
                {"name": "There is already a community of practice with this name"}
            ) from None
        space.save(update_fields=["open_to_others"])
        after = {"name": locked.name, "purpose": locked.purpose, "open": space.open_to_others}
        labels = {"name": "Name", "purpose": "Purpose", "open": OPEN_LABEL}
        changes = [
            {"field": labels[key], "from": _said(before[key]), "to": _said(after[key])}
            for key in labels
            if before[key] != after[key]
        ]
        if changes:
            record_event(
                actor=actor,
                verb="communities.community_changed",
                target=locked,
                data={"changes": changes, "noun": "community"},
            )
    return locked


# Saving only spaces blanked the page every member reads. One empty already may stay so.
EMPTY_PAGE = "The page cannot be empty: to start again, write what it should say"


def edit_shared_page(*, community, text, note, based_on, actor):
    """A member saves the community's shared page, "What we are learning". A save based on
    an older version than the one now saved is refused (the record kit's RecordConflict,
    nothing saved), so nobody overwrites a colleague's words unknowingly. Each save is a
    revision in its history."""
    if not actor.has_perm("communities.edit_page", community):
        raise PermissionDenied("Only the community's members write its shared page.")
    text = (text or "").replace("\r\n", "\n").strip()
    with transaction.atomic():
        space = _space_locked(community)
        if space.version != based_on:
            raise RecordConflict(space)
        if text == space.text:
            return space
        if not text:  # decided on the page as saved, under its lock
            raise ValidationError({"text": EMPTY_PAGE})
        space.text = text
        space.version += 1
        space.changed_at = timezone.now()
        space.changed_by = actor
        space.full_clean()
        space.save(update_fields=["text", "version", "changed_at", "changed_by"])
        PageRevision.objects.create(
            space=space,
            version=space.version,
            text=text,
            edited_by=actor,
            edited_at=space.changed_at,
            note=(note or "").strip()[:200],
        )
        record_event(
            actor=actor,
            verb="communities.page_edited",
            target=community,
            data={"version": space.version, "note": (note or "").strip()[:200]},
        )
    return space


def restore_page_version(*, community, revision, based_on, actor):
    """A member puts the shared page back as an earlier version of it said: saved by
    edit_shared_page as a new version noted "Restored version N", so the stale-edit guard,
    the history, the event and search follow as for any save. Returns (the space as saved,
    whether this made a new version). A page that reads as that version already (restored
    by a second click or another tab, or never changed since) is left as it is; one changed
    since to anything else is refused (RecordConflict)."""
    if revision.space.community_id != community.pk:
        raise ValueError("That version is of another community's page.")
    try:
        space = edit_shared_page(
            community=community,
            text=revision.text,
            note=f"Restored version {revision.version}",
            based_on=based_on,
            actor=actor,
        )
    except RecordConflict as conflict:
        if conflict.current.text != revision.text:
            raise
        return conflict.current, False
    return space, space.version != based_on


def _deciders(community):
    """Who decides requests to join: the convenor and the programme officers of the
    projects (or programmes) of its trials."""
    trials = community.field_trials.all()
    officers = User.objects.filter(
        Q(
            project_memberships__role=Role.OFFICER,
            project_memberships__project__field_trials__in=trials,
        )
        | Q(
            programme_memberships__role=Role.OFFICER,
            programme_memberships__programme__projects__field_trials__in=trials,
        )
        | Q(pk=community.convenor_id or 0),
        is_active=True,
    )
    return list(officers.distinct())


ASKS = 3  # asks to join one community a person may make in a DAY
DAY = timedelta(days=1)


def ask_to_join(*, community, actor, message):
    """Someone beyond the community asks to join it (it must be open to others). Asking
    twice (a double click, two tabs) makes one request: the database keeps one live request
    a person a community. The convenor and the officers who decide are told once."""
    allowed, reason = check_join(actor, community)
    if not allowed:
        existing = _live(community, actor)
        if existing is not None and existing.status == JoinRequest.Status.PENDING:
            return existing
        raise PermissionDenied(reason)
    # Asking, taking it back and asking again tells those who decide each time: a few times
    # a day, no more (decided in the database: nextpractice.throttle).
    if not throttle.allow(
        scope="communities.ask_to_join", key=f"{actor.pk}:{community.pk}", limit=ASKS, per=DAY
    ):
        raise PermissionDenied(
            f"You have asked to join ‘{community.name}’ {ASKS} times today. You can ask "
            "again tomorrow."
        )
    message = (message or "").strip()
    try:
        with transaction.atomic():
            join_request = JoinRequest(community=community, user=actor, message=message)
            join_request.full_clean(validate_constraints=False)
            join_request.save()
            event = record_event(
                actor=actor,
                verb="communities.join_requested",
                target=community,
                data={"request": join_request.pk},
            )
    except IntegrityError:  # asked at the same moment in another request: that one stands
        return _live(community, actor)
    url = reverse("communities:join_requests", args=[community.pk])
    name = actor.full_name or actor.email
    where = f" of {actor.organisation}" if actor.organisation_id else ""
    for person in _deciders(community):
        notify(
            recipient=person,
            kind=NotificationKind.JOIN_REQUESTED,
            message=f"{name}{where} asks to join the community ‘{community.name}’.",
            key=event_key(event),
            url=url,
        )
    return join_request


def _live(community, user):
    return JoinRequest.objects.filter(
        community=community, user=user, status__in=JoinRequest.LIVE
    ).first()


def decide_join_request(*, join_request, approve, actor):
    """The convenor (or an officer who may change the community) approves or declines a
    request; deciding one already decided is refused (JoinRequestDecided). The asker is
    told."""
    if not actor.has_perm("communities.decide_request", join_request):
        raise PermissionDenied("Only the convenor and the trials' officers decide who joins.")
    with transaction.atomic():
        locked = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
        if locked.status != JoinRequest.Status.PENDING:
            raise JoinRequestDecided(locked, actor)
        locked.status = JoinRequest.Status.APPROVED if approve else JoinRequest.Status.DECLINED
        locked.decided_by = actor
        locked.decided_at = timezone.now()
        locked.save(update_fields=["status", "decided_by", "decided_at"])
        event = record_event(
            actor=actor,
            verb="communities.join_approved" if approve else "communities.join_declined",
            target=join_request.community,
            data={"request": locked.pk, "user": locked.user_id},
        )
        # Decided: the others who decide have nothing left to do about it.
        _settle(locked, "communities.join_requested", NotificationKind.JOIN_REQUESTED)
    community = join_request.community
    if approve:
        message = f"You have joined the community ‘{community.name}’: you can read its page."
        url = reverse("fieldtrials:community_detail", args=[community.pk])
    else:
        message = f"Your request to join the community ‘{community.name}’ was declined."
        url = reverse("communities:open_list")
    notify(
        recipient=locked.user,
        kind=NotificationKind.JOIN_DECIDED,
        message=message,
        key=event_key(event),
        url=url,
    )
    return locked


def _settle(join_request, verb, kind, url=None):
    """Mark read the notifications of `kind` that the event `verb` about `join_request` sent
    (keyed by that event, as notify keys them), leading to `url` from now on if given."""
    event_id = (
        Event.objects.filter(
            verb=verb,
            target_type=ContentType.objects.get_for_model(CommunityOfPractice),
            target_id=join_request.community_id,
            data__request=join_request.pk,
        )
        .order_by("-pk")
        .values_list("pk", flat=True)
        .first()
    )
    if event_id is not None:
        settle_notifications(kind=kind, key=f"event:{event_id}", url=url)


def leave_community(*, community, actor):
    """An outside member leaves a community (LEFT), or someone withdraws their request to
    join before it is decided (WITHDRAWN); either way when is kept. Those who decide are no
    longer asked to (their notification of the request is marked read); one who leaves no
    longer reads the community, so "You have joined" is marked read and leads to the
    communities they can ask to join."""
    with transaction.atomic():
        locked = (
            JoinRequest.objects.select_for_update()
            .filter(community=community, user=actor, status__in=JoinRequest.LIVE)
            .first()
        )
        if locked is None:
            raise PermissionDenied("You are not an outside member of this community.")
        joined = locked.status == JoinRequest.Status.APPROVED
        locked.status = JoinRequest.Status.LEFT if joined else JoinRequest.Status.WITHDRAWN
        locked.left_at = timezone.now()
        locked.save(update_fields=["status", "left_at"])
        record_event(
            actor=actor,
            verb="communities.left" if joined else "communities.join_withdrawn",
            target=community,
            data={"request": locked.pk},
        )
        if joined:
            url = reverse("communities:open_list")
            _settle(locked, "communities.join_approved", NotificationKind.JOIN_DECIDED, url)
        else:
            _settle(locked, "communities.join_requested", NotificationKind.JOIN_REQUESTED)
    return locked
