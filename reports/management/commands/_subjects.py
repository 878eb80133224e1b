"""Finding a report's subject from the command line: a primary key or an exact title."""

from django.core.management.base import CommandError


def find_subject(options):
    from fieldtrials.models import FieldTrial
    from programmes.models import Programme, Project

    given = [
        (name, model, field)
        for name, model, field in (
            ("programme", Programme, "name"),
            ("project", Project, "title"),
            ("trial", FieldTrial, "title"),
        )
        if options.get(name)
    ]
    if len(given) != 1:
        raise CommandError("Name exactly one of --programme, --project or --trial.")
    name, model, field = given[0]
    value = str(options[name]).strip()
    found = model.objects.filter(pk=int(value)) if value.isdigit() else model.objects.none()
    if not found:
        found = model.objects.filter(**{f"{field}__iexact": value})
    found = list(found[:2])
    if not found:
        raise CommandError(f"No {name} with id or {field} {value!r}.")
    if len(found) > 1:
        raise CommandError(f"More than one {name} is called {value!r}: give its id.")
    return found[0]


def add_subject_arguments(parser):
    parser.add_argument("--programme", help="a programme's id or exact name")
    parser.add_argument("--project", help="a project's id or exact title")
    parser.add_argument("--trial", help="a field trial's id or exact title")
