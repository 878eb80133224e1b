"""What an evaluation record is about: a programme, a project or a field trial (exactly one)."""

from django.db import models
from django.db.models import Q


def exactly_one(*fields):
    """A condition that holds when exactly one of `fields` is set."""
    options = []
    for chosen in fields:
        condition = Q(**{f"{chosen}__isnull": False})
        for other in fields:
            if other != chosen:
                condition &= Q(**{f"{other}__isnull": True})
        options.append(condition)
    result = options[0]
    for option in options[1:]:
        result |= option
    return result


class Subject(models.Model):
    """A record about a programme, a project or a field trial: exactly one is set."""

    SUBJECT_FIELDS = ("programme", "project", "field_trial")

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    project = models.ForeignKey(
        "programmes.Project", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    field_trial = models.ForeignKey(
        "fieldtrials.FieldTrial",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=exactly_one("programme", "project", "field_trial"),
                name="%(app_label)s_%(class)s_one_subject",
            )
        ]

    @property
    def subject(self):
        """The programme, project or field trial this is about."""
        return self.programme or self.project or self.field_trial

    @property
    def level(self):
        """'programme', 'project' or 'field_trial'."""
        for name in self.SUBJECT_FIELDS:
            if getattr(self, f"{name}_id"):
                return name
        return None

    def set_subject(self, subject):
        """Point this record at `subject` (a Programme, Project or FieldTrial)."""
        setattr(self, level_of(subject), subject)
        return self


class ProgrammeOrProject(models.Model):
    """A record about a programme or a project (not a single trial): exactly one is set."""

    SUBJECT_FIELDS = ("programme", "project")

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    project = models.ForeignKey(
        "programmes.Project", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=exactly_one("programme", "project"),
                name="%(app_label)s_%(class)s_one_subject",
            )
        ]

    @property
    def subject(self):
        return self.programme or self.project

    level = Subject.level
    set_subject = Subject.set_subject


def level_of(subject):
    """'programme', 'project' or 'field_trial' for a subject object."""
    from fieldtrials.models import FieldTrial
    from programmes.models import Programme, Project

    if isinstance(subject, Programme):
        return "programme"
    if isinstance(subject, Project):
        return "project"
    if isinstance(subject, FieldTrial):
        return "field_trial"
    raise TypeError(f"Not a programme, project or field trial: {subject!r}")


def project_of(subject):
    """The project a subject belongs to: None for a programme."""
    level = level_of(subject)
    if level == "programme":
        return None
    return subject if level == "project" else subject.project


def programme_of(subject):
    """The programme a subject belongs to."""
    level = level_of(subject)
    if level == "programme":
        return subject
    if level == "project":
        return subject.programme
    return subject.project.programme
