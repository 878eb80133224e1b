"""Background jobs for the toolkit: invitation e-mails."""

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=3)
def send_invitation(participation_id, base_url=""):
    """E-mail one participant their invitation to an exercise, once: a no-op if the
    participation has gone or its invitation was e-mailed already (a job delivered twice)."""
    from .models import Participation

    claimed = Participation.objects.filter(
        pk=participation_id, invitation_emailed_at__isnull=True
    ).update(invitation_emailed_at=timezone.now())
    if not claimed:
        return 0
    participation = (
        Participation.objects.select_related(
            "user", "exercise__tool", "exercise__facilitator", "exercise__field_trial"
        )
        .filter(pk=participation_id)
        .first()
    )
    if participation is None or not participation.user.email:
        return 0
    exercise = participation.exercise
    context = {
        "participation": participation,
        "exercise": exercise,
        "link": base_url.rstrip("/") + exercise.get_absolute_url(),
    }
    try:
        return EmailMultiAlternatives(
            subject=f"Next Practice: you are invited to “{exercise.title}”",
            body=render_to_string("toolkit/exercises/email/invitation.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[participation.user.email],
        ).send()
    except OSError:
        # Not sent: give the claim back so that the retry sends it.
        Participation.objects.filter(pk=participation_id).update(invitation_emailed_at=None)
        raise
