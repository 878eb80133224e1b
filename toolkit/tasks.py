"""Background jobs for the toolkit: invitation e-mails."""

from celery import shared_task
from django.template.loader import render_to_string

from nextpractice.mail import email, send_once, subject_line
from nextpractice.words import fitted


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=3)
def send_invitation(participation_id, base_url=""):
    """E-mail one participant their invitation to an exercise, once: a no-op if the
    participation has gone or its invitation was e-mailed already (a job delivered twice)."""
    from .models import Participation

    return send_once(
        Participation,
        participation_id,
        "invitation_emailed_at",
        lambda: _invitation_email(participation_id, base_url),
    )


def _invitation_email(participation_id, base_url):
    from .models import Participation

    participation = (
        Participation.objects.select_related(
            "user", "exercise__tool", "exercise__facilitator", "exercise__field_trial"
        )
        .filter(pk=participation_id)
        .first()
    )
    if participation is None or not participation.user.email:
        return None
    exercise = participation.exercise
    context = {
        "participation": participation,
        "exercise": exercise,
        "link": base_url.rstrip("/") + exercise.get_absolute_url(),
    }
    return email(
        subject=subject_line(fitted("You are invited to “", exercise.title, "”")),
        body=render_to_string("toolkit/exercises/email/invitation.txt", context),
        to=[participation.user.email],
    )
