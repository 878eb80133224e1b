"""Where an event happened: the programme, project and field trial its target belongs to.

Every event in the log carries the three (each empty where the target belongs to none), so
"what happened to this trial" is one indexed query. They are found from the target's model
alone, following its links (a milestone's trial, a measurement's indicator's trial, a
workshop exercise's workshop's project) up to a few steps, so nobody lists them by hand and a
new kind of record is placed without a line written for it.

`scope_lookups` works on any model class, including a migration's historical ones (the
backfill in accounts/migrations/0009 uses it); `scope_of` turns it into values for one saved
object, reading the database only inside the INSERT that writes the event (as subqueries).
"""

from functools import cache

from django.db.models import BigIntegerField, F, Subquery
from django.db.models.functions import Coalesce

LEVELS = ("programme", "project", "field_trial")

# The three models an event can belong to, by label, with the lookups from each to its own
# programme, project and trial.
_PLACES = {
    "programmes.programme": {"programme": ["pk"], "project": [], "field_trial": []},
    "programmes.project": {"programme": ["programme"], "project": ["pk"], "field_trial": []},
    "fieldtrials.fieldtrial": {
        "programme": ["project__programme"],
        "project": ["project"],
        "field_trial": ["pk"],
    },
}
# How many links from a record to its programme, project or trial are followed at most
# (a board decision: meeting -> board -> programme).
MAX_STEPS = 3


@cache
def scope_lookups(model, steps=MAX_STEPS):
    """{level: [lookups from `model` to that level's id, first set wins]} for `model`."""
    place = _PLACES.get(model._meta.label_lower)
    if place is not None:
        return {level: list(lookups) for level, lookups in place.items()}
    found = {level: [] for level in LEVELS}
    if steps == 0:
        return found
    for field in model._meta.concrete_fields:
        if not (field.many_to_one or field.one_to_one) or field.related_model is None:
            continue
        for level, lookups in scope_lookups(field.related_model, steps - 1).items():
            for lookup in lookups:
                found[level].append(field.name if lookup == "pk" else f"{field.name}__{lookup}")
    return found


def scope_of(target, *, read_now=False):
    """{"programme_id", "project_id", "field_trial_id"} of a saved `target`, as values where
    the target holds them and as subqueries on its own row where they are a link away (read
    at once instead with `read_now`, in one query, for many events written on one target)."""
    model = target._meta.model  # not type(): request.user is a lazy object
    values, linked = {}, {}
    for level, lookups in scope_lookups(model).items():
        key = f"{level}_id"
        if not lookups:
            values[key] = None
        elif lookups == ["pk"]:
            values[key] = target.pk
        elif len(lookups) == 1 and "__" not in lookups[0]:
            values[key] = getattr(target, model._meta.get_field(lookups[0]).attname)
        else:
            linked[key] = (
                Coalesce(*lookups, output_field=BigIntegerField())
                if len(lookups) > 1
                else F(lookups[0])
            )
    row = model._base_manager.filter(pk=target.pk)
    if read_now and linked:
        read = row.values(**{f"scope_{key}": e for key, e in linked.items()}).get()
        values.update({key: read[f"scope_{key}"] for key in linked})
    else:
        for key, expression in linked.items():
            values[key] = Subquery(row.values_list(expression)[:1])
    return values
