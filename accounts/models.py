"""People, the organisations they belong to, the shared event log and notifications."""

import unicodedata

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Case, Value, When
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone


class Role(models.TextChoices):
    """The part a person plays in a programme, project or field trial."""

    OFFICER = "officer", "Programme officer"
    CONSULTANT = "consultant", "Consultant"
    PRACTITIONER = "practitioner", "School leader or practitioner"
    PARTNER = "partner", "Partner"


# A school's URN: six or seven digits 0-9 ("\\d" also takes "１２３４５６", full-width, and
# Arabic-Indic digits, so one URN could be kept twice).
URN_PATTERN = r"^[0-9]{6,7}$"


def plain_digits(text):
    """`text` with every decimal digit of any script written 0-9 ("１２３４５６" is
    "123456"), so a URN copied from anywhere is read as the number it is."""
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


class Organisation(models.Model):
    """A school, local authority, national agency or other body taking part in the work."""

    class Kind(models.TextChoices):
        NATIONAL_AGENCY = "national_agency", "National agency"
        LOCAL_AUTHORITY = "local_authority", "Local authority"
        SCHOOL = "school", "School"
        COLLEGE = "college", "College"
        PRU = "pru", "Pupil referral unit"
        SPECIAL_SCHOOL = "special_school", "Special school"
        CHILDRENS_CENTRE = "childrens_centre", "Children's centre"
        TRUST = "trust", "Trust"
        BUSINESS = "business", "Business"
        RESEARCH_BODY = "research_body", "Research body"
        VOLUNTARY = "voluntary", "Voluntary organisation"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=30, choices=Kind.choices)
    local_authority = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organisations_in_area",
        limit_choices_to={"kind": Kind.LOCAL_AUTHORITY},
        help_text="The local authority this organisation sits in, where it has one.",
    )
    urn = models.CharField(
        "school URN",
        max_length=7,
        blank=True,
        validators=[RegexValidator(URN_PATTERN, "A URN is six or seven digits.")],
        help_text="The school's unique reference number, where it has one.",
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "kind"], name="organisation_unique_name_kind"),
            models.UniqueConstraint(
                fields=["urn"],
                condition=~models.Q(urn=""),
                name="organisation_unique_urn",
                violation_error_message="An organisation with this URN is already in the directory",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("directory:organisation_detail", args=[self.pk])


def email_key(address):
    """An e-mail address as accounts keep and match it: without surrounding spaces, in lower
    case. `Head@School.example ` and `head@school.example` are one person's address."""
    return (address or "").strip().lower()


# What a form says of an address that another account has, in any case.
# What is said when an erased account would be switched on (accounts.rules, and the
# database's constraint on User).
ERASED_STAYS_OFF = (
    "This person’s details were erased, so their account stays switched off for good."
)
EMAIL_TAKEN = (
    "There is already an account with this e-mail address (capital letters make no difference)"
)


class UserManager(BaseUserManager):
    """Users log in by e-mail address."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=email_key(email), **extra)
        user.set_password(password)
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create_user(email, password, **extra)

    def get_by_natural_key(self, username):
        """The account at `username` in any case. Addresses are unique ignoring case (a
        constraint); should two rows still differ only in case, the one stored exactly as
        typed, else the one in lower case, else the oldest is taken, not a 500."""
        typed = (username or "").strip()
        exact = Case(
            When(email=typed, then=Value(0)),
            When(email=typed.lower(), then=Value(1)),
            default=Value(2),
        )
        person = self.filter(email__iexact=typed).order_by(exact, "pk").first()
        if person is None:
            raise self.model.DoesNotExist(f"No account at {typed!r}")
        return person


class NotificationKind(models.TextChoices):
    """What a notification is about; each person chooses which kinds reach them by e-mail."""

    MILESTONE_DUE = "milestone_due", "A milestone of your trial is due within seven days"
    MILESTONE_OVERDUE = "milestone_overdue", "A milestone of your trial is overdue"
    UPDATE_MISSING = "update_missing", "Your trial's monthly update is missing"
    EXERCISE_INVITATION = "toolkit.exercise_invitation", "An exercise for you to complete"
    RESULTS_SHARED = "toolkit.results_shared", "An exercise's results are shared with you"
    REPORT_READY = "report_ready", "A progress report you asked for is ready"
    REPORT_FAILED = "report_failed", "A progress report you asked for could not be made"
    # Made by the schedule on the 1st, for a project's officers and partners: nobody asked.
    MONTHLY_REPORT_READY = "monthly_report_ready", "A project's monthly progress report is ready"
    MONTHLY_REPORT_FAILED = (
        "monthly_report_failed",
        "A project's monthly progress report could not be made",
    )
    STAGE_CHANGE = "stage_change", "A project you belong to moves to another stage"
    TRIAL_STATUS = "trial_status", "A field trial you belong to changes status"
    PTI_DECISION = "pti_decision", "A Power to Innovate request is granted or refused"
    UPDATE_SUBMITTED = "update_submitted", "A trial of your project submits its monthly update"
    UPDATE_READ = "update_read", "A monthly update you wrote is read by a project officer"
    UPDATE_WITHDRAWN = "update_withdrawn", "A monthly update you wrote is withdrawn or restored"
    OPTION_DECIDED = "option_decided", "A creative option of your project is decided"
    # Told to the trial's consultants and its project's officers: those who give support.
    SUPPORT_ASKED = "support_asked", "A field trial you support asks for support"
    MEMBERSHIP = "membership", "You join, change role in or leave a programme, project or trial"
    MENTION = "discussions.mention", "Someone mentions you in a discussion"
    JOIN_REQUESTED = "communities.join_requested", "Someone asks to join a community you look after"
    JOIN_DECIDED = (
        "communities.join_decided",
        "Your request to join a community is approved or declined",
    )
    # Ended by someone else, not an answer to them: the convenor takes them out of a community
    # they joined from outside, or closes it to people beyond the programme (which ends the
    # requests waiting too).
    JOIN_ENDED = (
        "communities.join_ended",
        "You are removed from a community, or one you joined or asked to join closes to others",
    )
    # An import of the register's organisations, or of a programme's people, started by
    # uploading its file and applied once confirmed: told to whoever did either.
    IMPORT_DONE = "directory.import_done", "An import you started has finished"
    IMPORT_FAILED = "directory.import_failed", "An import you started could not be finished"


# A kind said more fully than its label, where the label leaves out e-mails of that kind:
# a project "closed" or "reopened" is told as a stage change, its final report as a monthly one.
# The settings page, the notifications page's headings and the unsubscribe page say it so.
# (The labels are in the migrations, so are left alone.)
KIND_IN_FULL = {
    NotificationKind.STAGE_CHANGE: (
        "A project you belong to moves to another stage, is closed or is reopened"
    ),
    # A project's final report, made as it closes, is told under the monthly kinds: nobody
    # asked for it either, and it reaches the same people (reports.services.tell_readers).
    NotificationKind.MONTHLY_REPORT_READY: (
        "A project's monthly progress report, or its final report as it closes, is ready"
    ),
    NotificationKind.MONTHLY_REPORT_FAILED: (
        "A project's monthly progress report, or its final report as it closes, could not be made"
    ),
}


def kind_in_full(kind):
    """What e-mails of `kind` (a NotificationKind) are about, as the person is asked."""
    return KIND_IN_FULL.get(kind, NotificationKind(kind).label)


# What reaches anyone signed in, whatever they belong to: being added somewhere, a mention,
# and asking to join a community (or being removed from it) or looking after one. The other
# kinds are about the work of a programme, project or field trial, so only its members are
# asked about them.
ANYONE_KINDS = (
    NotificationKind.MEMBERSHIP,
    NotificationKind.MENTION,
    NotificationKind.JOIN_REQUESTED,
    NotificationKind.JOIN_DECIDED,
    NotificationKind.JOIN_ENDED,
)
# What reaches only those who may import (directory.rules: administrators, and programme
# officers into their programme): nobody else is asked about them.
IMPORT_KINDS = (NotificationKind.IMPORT_DONE, NotificationKind.IMPORT_FAILED)

# What a notification's e-mail says just before its link, so that the reader knows what the
# link is for and what to do there ("To read the report:"). One line a kind; where a kind
# leads to pages of more than one sort, (kind, the page's URL name) says which, and the
# kind's own line is for the others. accounts.tasks.link_lead reads it; a test checks that
# every kind has its line.
EMAIL_LINK_LEADS = {
    NotificationKind.MILESTONE_DUE: "To see the trial's milestones:",
    NotificationKind.MILESTONE_OVERDUE: "To see the trial's milestones:",
    NotificationKind.UPDATE_MISSING: "To write the monthly update:",
    NotificationKind.EXERCISE_INVITATION: "To take part in the exercise:",
    NotificationKind.RESULTS_SHARED: "To read the results:",
    NotificationKind.REPORT_READY: "To read the report:",
    NotificationKind.REPORT_FAILED: "To ask for a new one:",
    NotificationKind.MONTHLY_REPORT_READY: "To read the report:",
    NotificationKind.MONTHLY_REPORT_FAILED: "To see the project's reports:",
    NotificationKind.STAGE_CHANGE: "To open the project:",
    NotificationKind.TRIAL_STATUS: "To open the trial:",
    NotificationKind.PTI_DECISION: "To read the decision:",
    NotificationKind.UPDATE_SUBMITTED: "To read the update:",
    NotificationKind.UPDATE_READ: "To open your update:",
    NotificationKind.UPDATE_WITHDRAWN: "To open your update:",
    NotificationKind.OPTION_DECIDED: "To read the decision:",
    NotificationKind.SUPPORT_ASKED: "To see the ask, and record what was given:",
    NotificationKind.MEMBERSHIP: "To open it:",
    (NotificationKind.MEMBERSHIP, "programmes:programme_detail"): "To open the programme:",
    (NotificationKind.MEMBERSHIP, "programmes:project_detail"): "To open the project:",
    (NotificationKind.MEMBERSHIP, "fieldtrials:fieldtrial_detail"): "To open the trial:",
    (NotificationKind.MEMBERSHIP, "people:people"): "To see who is in the team:",
    (NotificationKind.MEMBERSHIP, "accounts:profile"): "To check your details:",
    NotificationKind.MENTION: "To read the post and reply:",
    NotificationKind.JOIN_REQUESTED: "To approve or decline the request:",
    NotificationKind.JOIN_DECIDED: "To open the community:",
    (NotificationKind.JOIN_DECIDED, "communities:open_list"): "To see communities you can join:",
    NotificationKind.JOIN_ENDED: "To see communities you can join:",
    NotificationKind.IMPORT_DONE: "To see what was imported:",
    NotificationKind.IMPORT_FAILED: "To see the import:",
}


class User(AbstractBaseUser, PermissionsMixin):
    """A person who uses Next Practice; what they see follows their memberships."""

    email = models.EmailField("e-mail address", unique=True)
    full_name = models.CharField(max_length=150)
    job_title = models.CharField(max_length=150, blank=True)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="people"
    )
    is_staff = models.BooleanField(
        "administrator", default=False, help_text="Can use the administration pages."
    )
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)
    # Kinds of notification this person does not want by e-mail (they still see them in
    # the app). Stored as what is turned off, so a kind added later is e-mailed by default.
    email_muted_kinds = models.JSONField(default=list, blank=True)
    # When an administrator erased their personal details (accounts/erasure.py): the row
    # stays, switched off and named "A former member", so what they wrote stays the team's.
    erased_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["full_name"]
        constraints = [
            # Sign-in and password resets match an address in any case: two accounts whose
            # addresses differ only in case would be one person's two accounts.
            models.UniqueConstraint(
                Lower("email"),
                name="accounts_user_email_unique_ignoring_case",
                violation_error_message=EMAIL_TAKEN,
            ),
            # Erasure promised the account is switched off for good: the database refuses it
            # switched on, whatever writes it (the admin's tick box, a script, a raw UPDATE).
            models.CheckConstraint(
                condition=models.Q(erased_at__isnull=True) | models.Q(is_active=False),
                name="accounts_user_erased_stays_off",
                violation_error_message=ERASED_STAYS_OFF,
            ),
        ]

    def __str__(self):
        return self.full_name or self.email

    def clean(self):
        super().clean()
        self.email = email_key(self.email)

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email

    def get_absolute_url(self):
        """Their page: who they are and what of their work the reader may see."""
        return reverse("directory:person_detail", args=[self.pk])

    def wants_email(self, kind):
        """Whether notifications of `kind` (a NotificationKind value) go to them by e-mail:
        never to a switched-off account (someone who left, or whose access was taken away;
        the address may be someone else's now). A password reset's e-mails are not
        notifications: they do not ask this."""
        return self.is_active and bool(self.email) and kind not in self.email_muted_kinds


class Event(models.Model):
    """One entry in the shared event log: who did what, when, to which object."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    verb = models.CharField(max_length=100, help_text="e.g. programmes.stage_moved")
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    # What the target was called when the event was written, so a history reads its rows in
    # one query, without fetching each target (which may since have been renamed or deleted).
    target_name = models.CharField(max_length=200, blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Where the event happened, set by record_event from its target: "what happened to this
    # trial (project, programme)" is one indexed query. Empty for events outside them.
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
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["target_type", "target_id", "-created_at"]),
            models.Index(fields=["programme", "-created_at"], name="event_programme_recent"),
            models.Index(fields=["project", "-created_at"], name="event_project_recent"),
            models.Index(fields=["field_trial", "-created_at"], name="event_trial_recent"),
        ]

    def __str__(self):
        return f"{self.verb} by {self.actor} at {self.created_at:%Y-%m-%d %H:%M}"


class Notification(models.Model):
    """Something a person should know about, shown in the app and optionally e-mailed."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=50, choices=NotificationKind.choices)
    message = models.CharField(max_length=500)
    url = models.CharField(max_length=300, blank=True)
    # What the notification is about, for those sent by scheduled checks (e.g.
    # "milestone:42"): a person is told once per kind and key, however often a check runs.
    key = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    # Claimed by the e-mail job before it sends, so a job delivered twice sends once.
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at", "-created_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "key"],
                condition=~models.Q(key=""),
                name="notification_once_per_key",
            )
        ]

    def __str__(self):
        return self.message

    def get_absolute_url(self):
        return self.url or reverse("accounts:notifications")


class ThrottleBucket(models.Model):
    """Recent uses of one rate-limited action by one key (an address, a client), so a limit
    holds across every app process; read and written only by `nextpractice.throttle`."""

    scope = models.CharField(max_length=50, help_text="e.g. password_reset.address")
    # A keyed hash of what is limited: the table never holds an e-mail or IP address.
    key_hash = models.CharField(max_length=64)
    # When each use still counted happened (ISO 8601), oldest first: at most the limit.
    times = models.JSONField(default=list)
    # When the newest use stops counting: past that the row is deleted.
    expires_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["scope", "key_hash"], name="throttle_bucket_once")
        ]
        indexes = [models.Index(fields=["scope", "expires_at"])]

    def __str__(self):
        return f"{self.scope} {self.key_hash[:8]}: {len(self.times)} until {self.expires_at}"


class FormSubmission(models.Model):
    """A form's one-off token, claimed when the form is sent, so a form sent twice (a double
    click, the back button) is acted on once; read and written only by `nextpractice.once`."""

    token = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    path = models.CharField(max_length=300)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Set when the first sending was acted on: where it sent the person, to send the second.
    done = models.BooleanField(default=False)
    went_to = models.CharField(max_length=300, blank=True)

    def __str__(self):
        return f"{self.path} by {self.user_id} at {self.created_at:%Y-%m-%d %H:%M}"


def _one_target():
    """Exactly one of an invitation's three targets is set."""
    return (
        models.Q(programme__isnull=False, project__isnull=True, field_trial__isnull=True)
        | models.Q(programme__isnull=True, project__isnull=False, field_trial__isnull=True)
        | models.Q(programme__isnull=True, project__isnull=True, field_trial__isnull=False)
    )


class Invitation(models.Model):
    """An invitation by e-mail to join a programme, project or field trial with a role.

    The link in the e-mail holds a single-use token; only its SHA-256 is kept here, so the
    table never holds a working link. Written only by `accounts.people.services`."""

    class State(models.TextChoices):
        PENDING = "pending", "Waiting for an answer"
        ACCEPTED = "accepted", "Accepted"
        WITHDRAWN = "withdrawn", "Withdrawn"

    class EmailFailure(models.TextChoices):
        """Why its e-mail could not go, in words that follow "Could not be e-mailed: "."""

        ADDRESS = "address", "the mail server refused the address"
        EMAIL = "email", "the mail server refused the e-mail"
        UNREACHABLE = "unreachable", "the mail server could not be reached, after several tries"

    email = models.EmailField("e-mail address")
    # The person's name where whoever invited them gave it (a people import's name column):
    # the e-mail greets them by it, and accepting starts with it filled in.
    full_name = models.CharField("name", max_length=150, blank=True)
    role = models.CharField(max_length=20, choices=Role.choices)
    programme = models.ForeignKey(
        "programmes.Programme",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="invitations",
    )
    project = models.ForeignKey(
        "programmes.Project",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="invitations",
    )
    field_trial = models.ForeignKey(
        "fieldtrials.FieldTrial",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="invitations",
    )
    # Given to a new person's account when they accept (a trial lead invites their own staff).
    organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    token_hash = models.CharField(max_length=64, unique=True)
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    accepted_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    # Claimed by the e-mail job before it sends, so a job delivered twice sends once.
    emailed_at = models.DateTimeField(null=True, blank=True)
    # When, and why, its e-mail could not go for good (the mail server refused the address,
    # or its job gave up after its retries): no job sends it until "Send again" clears them.
    email_failed_at = models.DateTimeField(null=True, blank=True)
    email_failure = models.CharField(max_length=20, choices=EmailFailure.choices, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=_one_target(), name="invitation_has_one_target"),
            # One pending invitation per address and target; NULLs never clash, so one
            # constraint per target column holds on SQLite and PostgreSQL alike.
            *[
                models.UniqueConstraint(
                    fields=["email", column],
                    condition=models.Q(state="pending"),
                    name=f"invitation_pending_once_{column}",
                )
                for column in ("programme", "project", "field_trial")
            ],
        ]

    def __str__(self):
        return f"{self.email} ({self.get_role_display()}) to {self.target}"

    @property
    def target(self):
        """The programme, project or field trial this invitation is to."""
        return self.programme or self.project or self.field_trial

    @property
    def expired(self):
        return self.state == self.State.PENDING and self.expires_at <= timezone.now()


class ReplacedInvitationLink(models.Model):
    """A link to an invitation that "Send again" replaced with a new one: only its hash,
    kept so that following it says so (use the newest e-mail) rather than "Page not found".
    It admits nobody: only the invitation's newest link can be accepted."""

    invitation = models.ForeignKey(
        Invitation, on_delete=models.CASCADE, related_name="replaced_links"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    replaced_at = models.DateTimeField(default=timezone.now)
    # What became of the e-mail that held this link, as the invitation said when it was
    # replaced, so that the next e-mail says it truthfully: when it went, or when it could
    # not go for good. Neither: it never went (its job was lost or refused), or it was
    # replaced before these were kept.
    emailed_at = models.DateTimeField(null=True, blank=True)
    email_failed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"A replaced link to {self.invitation}"
