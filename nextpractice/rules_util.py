"""Small helpers shared by every app's rules.py."""


def signed_in(user):
    """True for an active, signed-in user; every rule starts here (deny by default)."""
    return bool(user is not None and user.is_authenticated and user.is_active)


def sees_everything(user):
    """Administrators see every object, as the admin pages would show them anyway."""
    return signed_in(user) and user.is_superuser


def id_filter(lookup, ids):
    """Q(<lookup>__in=ids), or None when `ids` is empty (a filter that matches nothing)."""
    from django.db.models import Q

    return Q(**{f"{lookup}__in": ids}) if ids else None


def any_of(*filters):
    """The OR of the filters that can match (None stands for one that matches nothing);
    None if no filter can match."""
    from django.db.models import Q

    combined = Q()
    for condition in filters:
        if condition is not None:
            combined |= condition
    return combined or None


def rows_where(queryset, condition):
    """`queryset` filtered by `condition`, or none of it when the condition is None."""
    return queryset.filter(condition) if condition is not None else queryset.none()


def among(lookup, queryset):
    """Q: the `lookup` field among the single column `queryset` reads. On PostgreSQL written
    `= ANY(ARRAY(subquery))`, which the planner reads once and can join with another indexed
    condition in an OR ("the project's, or one of its trials'": two index scans), where an
    `IN (subquery)` beside an OR makes it read every row; elsewhere `__in`."""
    from django.db import connection
    from django.db.models import BooleanField, F, Func, Q, Subquery

    if connection.vendor != "postgresql":
        return Q(**{f"{lookup}__in": queryset})
    # <field> = ANY(ARRAY(SELECT ...)): the subquery brings its own parentheses.
    return Q(
        Func(
            F(lookup),
            Subquery(queryset),
            arg_joiner=" = ANY(ARRAY",
            template="%(expressions)s)",
            output_field=BooleanField(),
        )
    )
