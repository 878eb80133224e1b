"""Background jobs for the toolkit: invitation e-mails."""

from celery import shared_task
from django.conf import settings
from django.template.loader import render_to_string

from nextpractice.mail import email, send_once, subject_line
from nextpractice.words import fitted


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=3)
def send_invitation(participation_id, base_url=""):
    """E-mail one participant their invitation to an exercise, once: a no-op if the
    participation has gone, its invitation was e-mailed already (a job delivered twice), or
    its person no longer wants it (switched off, or the kind turned off, since). The link is
    the site's (SITE_URL) as in every e-mail; `base_url` is not used (jobs queued before
    took one)."""
    from .models import Participation

    return send_once(
        Participation,
        participation_id,
        "invitation_emailed_at",
        lambda: _invitation_email(participation_id),
    )


def _invitation_email(participation_id):
    from accounts.models import NotificationKind
    from accounts.services import notification_email_footer
    from accounts.unsubscribe import unsubscribe_url

    from .models import Participation

    participation = (
        Participation.objects.select_related(
            "user", "exercise__tool", "exercise__facilitator", "exercise__field_trial"
        )
        .filter(pk=participation_id)
        .first()
    )
    if participation is None:
        return None
    person, exercise = participation.user, participation.exercise
    if person.pk == exercise.facilitator_id:
        return None  # they started it: not invited by their own name
    if not person.wants_email(NotificationKind.EXERCISE_INVITATION):
        return None
    context = {
        "participation": participation,
        "exercise": exercise,
        "link": settings.SITE_URL + exercise.get_absolute_url(),
        "footer": notification_email_footer(),
    }
    return email(
        subject=subject_line(fitted("You are invited to “", exercise.title, "”")),
        body=render_to_string("toolkit/exercises/email/invitation.txt", context),
        to=[person.email],
        unsubscribe_url=unsubscribe_url(person, [NotificationKind.EXERCISE_INVITATION]),
    )
