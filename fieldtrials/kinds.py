"""Records kept around a field trial, declared for the record kit (nextpractice/records).

Support sessions are changed, withdrawn and exported by those who may log support for the
trial (`fieldtrials.log_support`: its consultants and its project's officers)."""

from nextpractice.records.kinds import Column, RecordKind

from .forms.records import SupportSessionForm
from .models import SupportSession
from .rules import get_fieldtrial_for, get_trial_record_for
from .services.records import LOG_SUPPORT


def _support_form_kwargs(session, user):
    # The add form names the person logging as the giver; an edit keeps who gave it.
    return {
        "trial": session.field_trial,
        "actor": user,
        "initial": {"given_by": session.given_by_id},
    }


def _logged_by(session):
    """Who logged the session: its first history row's user (sessions have no created_by)."""
    first = session.history.order_by("history_id").values_list("history_user_id", flat=True)
    return first.first()


RECORD_KINDS = [
    RecordKind(
        app="fieldtrials",
        slug="support-session",
        model=SupportSession,
        form=SupportSessionForm,
        noun="support session",
        fetch=lambda user, pk: get_trial_record_for(user, SupportSession, pk),
        parent=lambda session: session.field_trial,
        may_change=lambda user, session: user.has_perm(LOG_SUPPORT, session.field_trial),
        back_url=lambda session: f"{session.field_trial.get_absolute_url()}#support",
        fetch_parent=lambda user, pk: get_fieldtrial_for(user, pk),
        rows=lambda trial, user: SupportSession.objects.filter(field_trial=trial).select_related(
            "given_by"
        ),
        columns=(
            Column("Date", lambda s: s.held_on),
            Column("Given by", lambda s: s.given_by.full_name or s.given_by.email),
            Column("Kind", lambda s: s.get_kind_display()),
            Column("Hours", lambda s: s.hours),
            Column("Notes", lambda s: s.notes),
        ),
        form_kwargs=_support_form_kwargs,
        author=_logged_by,
    ),
]
