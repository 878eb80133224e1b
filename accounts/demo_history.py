"""The demo's history written by the real services, then dated when the seeds place it.

A demo loader calls a service (a status move, a gate decision, a lesson recorded) inside
`happened_at(when)`: the service checks its rule and writes its rows, its event and its
notifications as it always does; afterwards every event and notification the block wrote,
and the rows of any other table named, are dated `when` (a date moved by
nextpractice.demo_calendar). The notifications count as read and e-mailed by then: the demo
sends no e-mail about its past.
"""

from contextlib import contextmanager

from django.db.models import Max

from .models import Event, Notification


def _last_pk(model):
    return model.objects.aggregate(last=Max("pk"))["last"] or 0


@contextmanager
def happened_at(when, *tables, actor=None):
    """Date at `when` what the block writes: events, notifications, and each (model, date
    field) of `tables` (a status change's `created_at`, a history row's `history_date`,
    whose `history_user` becomes `actor`: services leave it to the request)."""
    marks = [(model, field, _last_pk(model)) for model, field in tables]
    last_event, last_notification = _last_pk(Event), _last_pk(Notification)
    yield
    Event.objects.filter(pk__gt=last_event).update(created_at=when)
    Notification.objects.filter(pk__gt=last_notification).update(
        created_at=when, read_at=when, emailed_at=when
    )
    for model, field, mark in marks:
        values = {field: when}
        if actor is not None and any(f.name == "history_user" for f in model._meta.fields):
            values["history_user"] = actor
        model.objects.filter(pk__gt=mark).update(**values)
