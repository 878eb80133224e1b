"""A kept record's unique name holds among the current records only: once one is withdrawn,
its name (an option's title, an indicator's name, a locality group's, a board member's
organisation) may be used again, and a second current one is still refused by the database
and by `full_clean`."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from evaluation.tests.factories import BoardMemberFactory, IndicatorFactory, LocalityGroupFactory
from fieldtrials.tests.factories_records import MonthlyUpdateFactory
from programmes.tests.factories_options import OptionFactory

# factory -> the fields that make its name (copied from the first record)
NAMED = [
    (OptionFactory, ["project", "title"]),
    (IndicatorFactory, ["field_trial", "name"]),
    (LocalityGroupFactory, ["programme", "name"]),
    (BoardMemberFactory, ["board", "organisation"]),
    (MonthlyUpdateFactory, ["field_trial", "month"]),
]


def _like(factory, first, same):
    """An unsaved record named as `first`, its other links borrowed from `first`."""
    record = factory.build(**same)
    for field in record._meta.concrete_fields:
        if field.is_relation and getattr(record, field.attname) is None:
            setattr(record, field.attname, getattr(first, field.attname))
    return record


@pytest.mark.django_db
@pytest.mark.parametrize(("factory", "fields"), NAMED, ids=lambda v: getattr(v, "__name__", ""))
def test_a_withdrawn_records_name_may_be_used_again(factory, fields):
    first = factory()
    same = {name: getattr(first, name) for name in fields}
    model = type(first)
    with pytest.raises(IntegrityError), transaction.atomic():
        factory(**same)
    model.objects.filter(pk=first.pk).update(withdrawn_at=timezone.now())
    again = _like(factory, first, same)
    again.full_clean()  # the constraint's condition leaves the withdrawn one out
    again.save()
    assert model.objects.current().get(**same) == again
    third = _like(factory, first, same)
    with pytest.raises(ValidationError):
        third.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        third.save()
