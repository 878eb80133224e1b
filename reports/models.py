"""PDF progress reports for a programme, a project or a field trial, made by background jobs.

A report is asked for (or made by the monthly schedule), prepared by the Celery task
`reports.tasks.make_report`, and stored through Django's storage API, so S3-compatible
storage can replace the local disk by setting STORAGES["default"]. Files are served only by
`reports.views.report_download`, after the access check in reports/rules.py.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

from nextpractice.jobs import JobProgress
from nextpractice.records.models import WithdrawalFields

# A report still preparing this long after a job started it is shown as failed: the job has
# died (a worker killed) or is so late that asking again is the better course. It is longer
# than one try's worst case (five minutes; each retry starts the report again).
STALE_AFTER = timedelta(minutes=20)
STALE_MESSAGE = (
    "The job making this report did not finish: the background service may have stopped "
    "while making it. Ask for a new report."
)
# A report no job has started waits in the queue: behind the first-of-the-month reports, or
# for workers that stopped. It is failed only after a day (nextpractice.jobs).
UNSTARTED_MESSAGE = "It waited a day without the background service starting it: ask for it again."


def report_path(report, filename):
    return f"reports/{timezone.now():%Y/%m}/{filename}"


class Report(JobProgress, WithdrawalFields):
    """One PDF progress report of one programme, project or field trial. Withdrawn by an
    officer of its subject (reports.services.withdraw_report), a report that should no longer
    be read (it shows a record withdrawn since, entered by mistake) stays, marked with who,
    when and why (WithdrawalFields), for those officers only (reports.rules)."""

    class Kind(models.TextChoices):
        ON_REQUEST = "on_request", "On request"
        MONTHLY = "monthly", "Monthly"

    class State(models.TextChoices):
        PREPARING = "preparing", "Being prepared"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"
        # Of a project withdrawn (or a trial of one) by the time its job ran: not made, by
        # rule, not by a fault; nobody is told (reports.services.not_made_if_withdrawn).
        NOT_MADE = "not_made", "Not made"
        # Made, then someone it names had their details erased: its files are deleted and
        # it is made again without their name (reports.services.remake_reports_naming).
        REMAKING = "remaking", "Being made again"

    STALE_AFTER = STALE_AFTER
    STALE_MESSAGE = STALE_MESSAGE
    UNSTARTED_MESSAGE = UNSTARTED_MESSAGE
    # A report is made in one step, asked for when requested and started by its job; made
    # again when someone it names had their details erased, from then.
    JOB_STEPS = (
        ({State.PREPARING}, "requested_at", "started_at"),
        ({State.REMAKING}, "names_erased_at", "started_at"),
    )

    programme = models.ForeignKey(
        "programmes.Programme",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reports",
    )
    project = models.ForeignKey(
        "programmes.Project",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reports",
    )
    field_trial = models.ForeignKey(
        "fieldtrials.FieldTrial",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reports",
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ON_REQUEST)
    # A project's final report, asked for as it closed (services.schedule_final_report), is
    # one not asked for by a person with the day the project closed here (`is_final`).
    period = models.DateField(
        null=True, blank=True, help_text="For a monthly report: the first day of its month."
    )
    covers_from = models.DateField(
        "covers from",
        null=True,
        blank=True,
        help_text="The first day the report covers: chosen by the person who asked, or the "
        "month up to the day it was made. Empty until then for a report made by the schedule.",
    )
    covers_to = models.DateField("covers to", null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports_requested",
        help_text="Empty for a report made by the monthly schedule.",
    )
    requested_at = models.DateTimeField(default=timezone.now)
    state = models.CharField(max_length=20, choices=State.choices, default=State.PREPARING)
    failure_message = models.CharField(max_length=500, blank=True)
    file = models.FileField(upload_to=report_path, blank=True, max_length=300)
    page = models.FileField(
        upload_to=report_path,
        blank=True,
        max_length=300,
        help_text="The report as a web page (its HTML, made with the PDF), so that it keeps "
        "saying what it said; empty for reports made before pages were kept.",
    )
    started_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When a job claimed the report to make it; empty while nobody is making it.",
    )
    finished_at = models.DateTimeField(null=True, blank=True)
    pages = models.PositiveIntegerField(null=True, blank=True)
    names_erased_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When someone it names last had their details erased: its files were "
        "deleted then, and a ready report made again without their name (a withdrawn or "
        "failed one is not). Empty if that never happened.",
    )
    size = models.PositiveIntegerField("size in bytes", null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(
                        programme__isnull=False, project__isnull=True, field_trial__isnull=True
                    )
                    | models.Q(
                        programme__isnull=True, project__isnull=False, field_trial__isnull=True
                    )
                    | models.Q(
                        programme__isnull=True, project__isnull=True, field_trial__isnull=False
                    )
                ),
                name="report_has_one_subject",
            ),
            models.CheckConstraint(
                condition=models.Q(kind="on_request") | models.Q(period__isnull=False),
                name="monthly_report_has_period",
            ),
            models.CheckConstraint(
                condition=models.Q(covers_from__isnull=True)
                | models.Q(covers_to__isnull=True)
                | models.Q(covers_from__lt=models.F("covers_to")),
                name="report_covers_from_before_to",
            ),
            models.UniqueConstraint(
                fields=["project", "period"],
                condition=models.Q(kind="monthly"),
                name="one_monthly_report_a_month",
            ),
            # One report being prepared per person, subject and period, whatever double
            # clicks or parallel requests do (another period is another report). One
            # constraint per subject column: each row fills exactly one, and NULLs never
            # clash, so this holds on SQLite and PostgreSQL alike.
            *[
                models.UniqueConstraint(
                    fields=[column, "requested_by", "covers_from", "covers_to"],
                    condition=models.Q(kind="on_request", state="preparing"),
                    name=f"one_pending_report_per_person_period_and_{column}",
                )
                for column in ("programme", "project", "field_trial")
            ],
        ]
        indexes = [
            models.Index(fields=["state", "requested_at"]),
        ]

    def __str__(self):
        when = timezone.localtime(self.requested_at)
        return f"Progress report on {self.subject}, {when:%-d %B %Y %H:%M}"

    @property
    def subject(self):
        return self.programme or self.project or self.field_trial

    @property
    def is_final(self):
        """Is it its project's final report, asked for as the project closed
        (services.schedule_final_report), covering the whole project up to that day, kept in
        `period`? It stays final if the project is reopened (it said so when it was made).
        No query."""
        return self.kind == self.Kind.ON_REQUEST and self.period is not None

    @property
    def kind_label(self):
        """What kind of report it is, in a word: "On request", "Monthly" or "Final"."""
        return "Final" if self.is_final else self.get_kind_display()

    @property
    def subject_kind(self):
        return subject_kind(self.subject)

    @property
    def list_url(self):
        """Its subject's list of reports, where this report's row is; no query."""
        from django.urls import reverse

        kind, pk = next(
            (kind, getattr(self, f"{field}_id"))
            for kind, field in SUBJECT_KINDS.items()
            if getattr(self, f"{field}_id")
        )
        return f"{reverse('reports:subject_reports', args=[kind, pk])}#report-{self.pk}"

    @property
    def covers(self):
        """The `Period` the report covers: the dates kept on it, or (a report of the
        monthly schedule not made yet) its calendar month, however late it is made; None
        while it is not known."""
        from .parts import Period

        if self.covers_from and self.covers_to:
            return Period(start=self.covers_from, end=self.covers_to)
        if self.kind == self.Kind.MONTHLY and self.period:
            return Period.of_month(self.period)
        return None

    @property
    def filename(self):
        return f"{self.file_stem}.pdf"

    @property
    def file_stem(self):
        """The report's file name without its extension."""
        from django.utils.text import slugify

        day = timezone.localtime(self.requested_at)
        return f"progress-report-{slugify(str(self.subject))[:60]}-{day:%Y-%m-%d}-{self.pk}"


SUBJECT_KINDS = {"programme": "programme", "project": "project", "trial": "field_trial"}

# The reports that are final (Report.is_final), as a filter.
FINAL = models.Q(kind=Report.Kind.ON_REQUEST, period__isnull=False)


# Which reports to fail (a Q): see JobProgress.stale_jobs.
stale = Report.stale_jobs


def subject_kind(subject):
    """ "programme", "project" or "trial", as the URLs name them."""
    name = type(subject).__name__
    return {"Programme": "programme", "Project": "project", "FieldTrial": "trial"}[name]


def project_of(subject):
    """The project `subject` is, or whose field trial it is; None for a programme."""
    kind = subject_kind(subject)
    if kind == "project":
        return subject
    return subject.project if kind == "trial" else None


def subject_filter(subject):
    """{field: subject} selecting the reports of `subject`."""
    return {SUBJECT_KINDS[subject_kind(subject)]: subject}


class MonthlyReportOptOut(models.Model):
    """Someone told of a project's monthly reports who turned that off for themselves."""

    project = models.ForeignKey(
        "programmes.Project", on_delete=models.CASCADE, related_name="monthly_report_opt_outs"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="monthly_report_opt_outs"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["project", "person"], name="one_monthly_report_opt_out_per_person"
            )
        ]

    def __str__(self):
        return f"{self.person} is not told of the monthly reports of {self.project}"
