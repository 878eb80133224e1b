"""Background jobs for following: the digests, on beat's schedule (migrations/0002)."""

from celery import shared_task


@shared_task(acks_late=True)
def send_digests(frequency):
    """Send each person who chose `frequency` ("daily" or "weekly") their digest, one job
    each, so one failure holds up nobody else. Safe to run twice: a digest tells nobody an
    event twice, and nothing new sends nothing."""
    from .services import people_choosing

    user_ids = people_choosing(frequency)
    for user_id in user_ids:
        send_digest_to.delay(user_id)
    return len(user_ids)


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=60, max_retries=3)
def send_digest_to(user_id):
    """One person's digest: a no-op if they have gone, chose "off" or have nothing new."""
    from accounts.models import User

    from .services import send_digest

    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return 0
    return send_digest(user=user)
