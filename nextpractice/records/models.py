"""What every kept record carries: its version, who changed it last, and its withdrawal."""

from django.conf import settings
from django.db import models


class RecordQuerySet(models.QuerySet):
    def current(self):
        """The records not withdrawn: what lists, counts and exports show."""
        return self.filter(withdrawn_at__isnull=True)

    def withdrawn(self):
        return self.filter(withdrawn_at__isnull=False)


class Versioned(models.Model):
    """A record people may correct: a save based on an older version is refused. Programmes
    and projects are this only: they are never withdrawn through the kit."""

    version = models.PositiveIntegerField(default=1, editable=False)
    changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    class Meta:
        abstract = True

    is_withdrawn = False


class WithdrawalFields(models.Model):
    """Who withdrew a row, when and why, and nothing else: the kit's records have them
    (Withdrawable), and so has a progress report (reports.Report), which is not one."""

    withdrawn_at = models.DateTimeField(null=True, blank=True, editable=False)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    withdrawn_reason = models.TextField(blank=True, editable=False)

    class Meta:
        abstract = True

    @property
    def is_withdrawn(self):
        return self.withdrawn_at is not None


class Withdrawable(WithdrawalFields, Versioned):
    """A record that may be withdrawn: who, when and why (it stays, marked, but stops
    counting). Kept records are; so is a project, added by mistake (programmes.services.
    withdraw_project), though not through the kit's pages."""

    objects = RecordQuerySet.as_manager()

    class Meta:
        abstract = True


class KeptRecord(Withdrawable):
    """A record people may correct and withdraw (it stays, marked, but stops counting)."""

    class Meta:
        abstract = True

    def current_others(self, **match):
        """The other records of its kind, not withdrawn, matching `match`: what a rule that
        there is one such record at a time (a withdrawn one's place may be taken) asks."""
        return type(self).objects.current().filter(**match).exclude(pk=self.pk)
