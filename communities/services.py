"""Changes to a community's space: its details, its shared page, and who joins it.

Each checks its own permission, locks the row it changes, writes one event and tells people
after the commit (accounts.services.notify, keyed by the event so nobody is told twice).
"""

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
from nextpractice.mail import SUBJECT_WIDTH
from nextpractice.records.services import RecordConflict
from nextpractice.words import fitted, shortened

from .models import CommunitySpace, JoinRequest, PageRevision
from .rules import (
    ASKS,
    ASKS_SCOPE,
    DAY,
    ask_again_from,
    asked_too_often,
    asks_key,
    check_join,
    no_longer_waiting,
)


class JoinRequestDecided(Exception):
    """The request was decided (or withdrawn) since the page was shown."""

    def __init__(self, join_request, actor=None):
        super().__init__(no_longer_waiting(join_request, actor))
        self.join_request = join_request


class ClosedToOthers(Exception):
    """The community is closed to people beyond the programme: nobody is let in until it is
    opened again."""

    def __init__(self, community):
        super().__init__(
            f"‘{community.name}’ is closed to people beyond the programme. Open the community "
            "to others first, then decide."
        )


class MembershipEnded(Exception):
    """The outside member left, was removed, or the community was closed, since the page was
    shown: there is nobody to remove."""

    def __init__(self, join_request):
        name = join_request.user.full_name or join_request.user.email
        said = {
            JoinRequest.Status.REMOVED: f"{name} was already removed from the community.",
            JoinRequest.Status.LEFT: f"{name} has already left the community.",
            JoinRequest.Status.CLOSED: (
                f"{name} is no longer a member: the community was closed to others."
            ),
        }
        super().__init__(said.get(join_request.status, f"{name} is not a member of the community."))
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
    for, and opens it to people beyond the programme or closes it. Closing it ends its
    outside memberships and the requests waiting (CLOSED), and they are told: opened again,
    it lets nobody back in who has not asked again. While it is closed nobody may ask to
    join. The community returned says how many were shut out (`closed_out`: members,
    requests)."""
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
        ended = _end_outside(locked, actor) if before["open"] and not space.open_to_others else []
        after = {"name": locked.name, "purpose": locked.purpose, "open": space.open_to_others}
        labels = {"name": "Name", "purpose": "Purpose", "open": OPEN_LABEL}
        changes = [
            {"field": labels[key], "from": _said(before[key]), "to": _said(after[key])}
            for key in labels
            if before[key] != after[key]
        ]
        event = None
        if changes:
            event = record_event(
                actor=actor,
                verb="communities.community_changed",
                target=locked,
                data={"changes": changes, "noun": "community"},
            )
    if ended:  # closing is a change: the event names it
        _tell_closed(locked, ended, event)
    members = sum(1 for r in ended if r.status == JoinRequest.Status.APPROVED)
    locked.closed_out = (members, len(ended) - members)
    return locked


def _end_outside(community, actor):
    """End, as closing `community` does, the memberships of those who joined it from outside
    and the requests waiting (CLOSED, with who and when), their rows locked; those who decide
    are no longer asked, and "You have joined" leads to the communities open to others.
    Returns the requests as they were."""
    live = list(
        JoinRequest.objects.select_for_update(of=("self",))
        .filter(community=community, status__in=JoinRequest.LIVE)
        .select_related("user")
    )
    now = timezone.now()
    JoinRequest.objects.filter(pk__in=[r.pk for r in live]).update(
        status=JoinRequest.Status.CLOSED, decided_by=actor, decided_at=now, left_at=now
    )
    elsewhere = reverse("communities:open_list")
    for ended in live:
        if ended.status == JoinRequest.Status.APPROVED:
            _settle(ended, "communities.join_approved", NotificationKind.JOIN_DECIDED, elsewhere)
        else:
            _settle(ended, "communities.join_requested", NotificationKind.JOIN_REQUESTED)
    return live


def _tell_closed(community, ended, event):
    """Tell each of `ended` (as they were before the closing) that the community closed."""
    closed = f"‘{community.name}’ has been closed to people beyond the programme"
    for join_request in ended:
        if join_request.status == JoinRequest.Status.APPROVED:
            message = f"{closed}; you no longer read it."
        else:
            message = (
                f"{closed}, so your request to join it has ended. If it is opened to others "
                "again, you can ask again."
            )
        notify(
            recipient=join_request.user,
            kind=NotificationKind.JOIN_ENDED,
            message=message,
            subject=fitted("‘", community.name, "’ has been closed to people beyond the programme"),
            key=event_key(event),
            url=reverse("communities:open_list"),
        )


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
    if not throttle.allow(scope=ASKS_SCOPE, key=asks_key(actor, community), limit=ASKS, per=DAY):
        raise PermissionDenied(asked_too_often(community))
    message = (message or "").strip()
    try:
        with transaction.atomic():
            # Asked as it is closed: the closing ends the requests it finds, so a request
            # made meanwhile would wait while nobody may decide it.
            space = CommunitySpace.objects.select_for_update().filter(community=community).first()
            if space is None or not space.open_to_others:
                raise PermissionDenied("This community is not open to others.")
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
    details = _asked(join_request)
    # Who asks, with where they work if it fits whole with the community's name (the body
    # says it in any case).
    said = f"{name}{where}"
    if len(f"{said} asks to join the community ‘{community.name}’") > SUBJECT_WIDTH:
        said = name
    subject = fitted(f"{shortened(said, 40)} asks to join the community ‘", community.name, "’")
    for person in _deciders(community):
        notify(
            recipient=person,
            kind=NotificationKind.JOIN_REQUESTED,
            message=f"{name}{where} asks to join the community ‘{community.name}’.",
            subject=subject,
            details=details,
            key=event_key(event),
            url=url,
        )
    return join_request


def _asked(join_request):
    """A join request as its e-mail tells those who decide it, in the words of the page
    where they do: the asker's organisation and their message, for deciding from the inbox."""
    asker = join_request.user
    lines = [f"Organisation: {asker.organisation.name}"] if asker.organisation_id else []
    lines.append(f"Their message:\n{join_request.message or 'No message'}")
    return "\n\n".join(lines)


def _live(community, user):
    return JoinRequest.objects.filter(
        community=community, user=user, status__in=JoinRequest.LIVE
    ).first()


def decide_join_request(*, join_request, approve, actor):
    """The convenor (or an officer who may change the community) approves or declines a
    request; deciding one already decided is refused (JoinRequestDecided), and so is
    deciding while the community is closed to others (ClosedToOthers): nobody is let into a
    community they may not read. The asker is told (declined, from when they may ask
    again)."""
    if not actor.has_perm("communities.decide_request", join_request):
        raise PermissionDenied("Only the convenor and the trials' officers decide who joins.")
    with transaction.atomic():
        # The space first, as closing the community locks it before its requests.
        space = (
            CommunitySpace.objects.select_for_update()
            .filter(community_id=join_request.community_id)
            .first()
        )
        locked = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
        if locked.status != JoinRequest.Status.PENDING:
            raise JoinRequestDecided(locked, actor)
        if space is None or not space.open_to_others:
            raise ClosedToOthers(join_request.community)
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
        subject = fitted("You have joined the community ‘", community.name, "’")
        url = reverse("fieldtrials:community_detail", args=[community.pk])
    else:
        message = (
            f"Your request to join the community ‘{community.name}’ was declined. You can ask "
            f"again from {ask_again_from(locked)}."
        )
        # One sentence: when they may ask again is for the e-mail's body.
        subject = fitted("Your request to join ‘", community.name, "’ was declined")
        url = reverse("communities:open_list")
    notify(
        recipient=locked.user,
        kind=NotificationKind.JOIN_DECIDED,
        message=message,
        subject=subject,
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


def remove_outside_member(*, join_request, actor):
    """The convenor (or an officer who may change the community) takes an outside member out
    of it: from now on they read nothing of it (REMOVED, with who and when), are told, and
    may ask to join again once JoinRequest.ASK_AGAIN_AFTER_DAYS have passed, as after a
    decline. Removing someone who is no longer a member (a second click, or they left
    meanwhile) is refused (MembershipEnded)."""
    if not actor.has_perm("communities.remove_member", join_request):
        raise PermissionDenied("Only the convenor and the trials' officers decide who joins.")
    community = join_request.community
    with transaction.atomic():
        locked = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
        if locked.status != JoinRequest.Status.APPROVED:
            raise MembershipEnded(locked)
        now = timezone.now()
        locked.status = JoinRequest.Status.REMOVED
        locked.decided_by = actor
        locked.decided_at = locked.left_at = now
        locked.save(update_fields=["status", "decided_by", "decided_at", "left_at"])
        event = record_event(
            actor=actor,
            verb="communities.member_removed",
            target=community,
            data={"request": locked.pk, "user": locked.user_id},
        )
        elsewhere = reverse("communities:open_list")
        _settle(locked, "communities.join_approved", NotificationKind.JOIN_DECIDED, elsewhere)
    notify(
        recipient=locked.user,
        kind=NotificationKind.JOIN_ENDED,
        message=(
            f"You have been removed from the community ‘{community.name}’: you no longer read "
            f"it. You can ask to join again from {ask_again_from(locked)}."
        ),
        subject=fitted("You were removed from the community ‘", community.name, "’"),
        key=event_key(event),
        url=elsewhere,
    )
    return locked
