"""Following: a person follows a project, field trial or community of practice, chooses a
digest, and is sent it (claimed first, so nobody is told the same event twice)."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.defaultfilters import pluralize
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.services import record_event
from nextpractice.history import entries
from nextpractice.mail import email, subject_line

from .models import Digest, DigestChoice, DigestItem, Follow
from .rules import kind_of
from .selectors import followed_events

# The most events one digest tells (the newest); the rest are on the followed page.
DIGEST_SIZE = 50
# A digest looks this far back before the last one was claimed, for events written in a
# transaction that committed after it; DigestItem keeps any of them from being told twice.
OVERLAP = timedelta(hours=1)


def follow(*, user, subject):
    """`user` follows `subject` (a project, field trial or community of practice they may
    see). Following twice follows once; returns True if this call followed it."""
    kind = kind_of(subject)
    if not user.has_perm("following.follow", subject):
        raise PermissionDenied(f"You cannot follow this {kind.noun}.")
    try:
        with transaction.atomic():
            Follow.objects.create(user=user, **{kind.field: subject})
            # On the person (outside any programme): following is nobody else's business.
            record_event(
                actor=user,
                verb="following.followed",
                target=user,
                data={"noun": kind.noun, "name": str(subject), "id": subject.pk},
            )
    except IntegrityError:  # followed already: the constraint decided a double click
        return False
    return True


def stop_following(*, user, subject):
    """`user` stops following `subject`; returns True if they were following it."""
    kind = kind_of(subject)
    with transaction.atomic():
        deleted, _ = Follow.objects.filter(user=user, **{kind.field: subject}).delete()
        if deleted:
            record_event(
                actor=user,
                verb="following.stopped",
                target=user,
                data={"noun": kind.noun, "name": str(subject), "id": subject.pk},
            )
    return bool(deleted)


def choose_digest(*, user, frequency):
    """`user` chooses how often they are e-mailed what happened in what they follow. Their
    first digest after turning it on tells what happened since then."""
    if frequency not in DigestChoice.Frequency.values:
        raise ValidationError({"frequency": "Choose off, daily or weekly"})
    with transaction.atomic():
        choice, _ = DigestChoice.objects.select_for_update().get_or_create(user=user)
        if choice.frequency == frequency:
            return choice
        was = choice.frequency
        if was == DigestChoice.Frequency.OFF:
            choice.chosen_at = timezone.now()
        choice.frequency = frequency
        choice.full_clean()
        choice.save()
        record_event(
            actor=user,
            verb="following.digest_chosen",
            target=user,
            data={"frequency": frequency, "was": was},
        )
    return choice


def send_digest(*, user):
    """E-mail `user` the events of what they follow that no digest has told them yet, as
    far back as their last digest (or their choice): one e-mail, or none if there is nothing
    new or they chose "off". The events are claimed before the e-mail goes; if it cannot
    be sent, the claim is given back for the retry. Returns how many e-mails were sent."""
    claimed = _claim(user=user)
    if claimed is None:
        return 0
    digest, rows = claimed
    context = {
        "user": user,
        "entries": rows,
        "full": len(rows) >= DIGEST_SIZE,
        "site_url": settings.SITE_URL,
        "followed_url": settings.SITE_URL + reverse("following:followed"),
        "choice_url": settings.SITE_URL + reverse("following:digest"),
    }
    count = len(rows)
    try:
        sent = email(
            subject=subject_line(f"{count} update{pluralize(count)} in what you follow"),
            body=render_to_string("following/email/digest.txt", context),
            to=[user.email],
            settings_url=context["choice_url"],
        ).send()
    except OSError:
        # Not sent: give the claim back (its items with it) so that the retry sends it.
        Digest.objects.filter(pk=digest.pk).delete()
        raise
    Digest.objects.filter(pk=digest.pk).update(sent_at=timezone.now())
    return sent


def _claim(*, user):
    """(the digest, its entries) claimed for `user`, or None if there is nothing to send."""
    try:
        with transaction.atomic():
            # One claim at a time per person (PostgreSQL); on SQLite the unique DigestItem
            # decides between two runs at once.
            choice = DigestChoice.objects.select_for_update().filter(user=user).first()
            if choice is None or choice.frequency == DigestChoice.Frequency.OFF:
                return None
            if not (user.is_active and user.email):
                return None
            last = (
                Digest.objects.filter(user=user)
                .order_by("-claimed_at")
                .values_list("claimed_at", flat=True)
                .first()
            )
            since = max(choice.chosen_at, last - OVERLAP) if last else choice.chosen_at
            told = DigestItem.objects.filter(user=user, event=OuterRef("pk"))
            events = (
                followed_events(user)
                .filter(created_at__gte=since)
                .exclude(Exists(told))
                .order_by("-created_at", "-id")
            )
            rows = entries(events[:DIGEST_SIZE], where="anywhere", user=user)
            if not rows:
                return None
            digest = Digest.objects.create(user=user)
            DigestItem.objects.bulk_create(
                [DigestItem(digest=digest, user=user, event_id=row.pk) for row in rows]
            )
    except IntegrityError:  # another run claimed these events first
        return None
    return digest, rows


def people_choosing(frequency):
    """Ids of the active people who chose `frequency` for their digest."""
    return list(
        DigestChoice.objects.filter(frequency=frequency, user__is_active=True)
        .order_by("user_id")
        .values_list("user_id", flat=True)
    )
