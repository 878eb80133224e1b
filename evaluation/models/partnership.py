"""A programme run by a partnership: its board, meetings and decisions, joint success
criteria, independent evaluation, evidence to policy makers and partner contributions."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from accounts.models import Organisation
from nextpractice.dates import done_date_problem
from nextpractice.records.models import KeptRecord, Versioned
from nextpractice.words import shortened

from .subjects import ProgrammeOrProject


class PartnershipBoard(Versioned):
    """The board of a programme run by a partnership (Knowsley's Strategic Action Team)."""

    programme = models.OneToOneField(
        "programmes.Programme", on_delete=models.CASCADE, related_name="partnership_board"
    )
    name = models.CharField(max_length=200)
    chair = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    purpose = models.TextField(blank=True)

    def __str__(self):
        return self.name

    @property
    def subject(self):
        return self.programme


# Said by clean() beside the organisation, and by the constraint in a race (see
# objectives.GROUP_NAME_TAKEN).
ALREADY_ON_THE_BOARD = "This organisation is already on the board"


class BoardMember(KeptRecord):
    """An organisation represented on a partnership board."""

    board = models.ForeignKey(PartnershipBoard, on_delete=models.CASCADE, related_name="members")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    representative = models.CharField(
        max_length=200, blank=True, help_text="Who represents it, if known"
    )
    role = models.CharField(
        "part on the board", max_length=200, blank=True, help_text="For example, national partner"
    )

    class Meta:
        ordering = ["organisation__name"]
        constraints = [
            # A withdrawn member's organisation may join the board again.
            models.UniqueConstraint(
                fields=["board", "organisation"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="board_member_once",
                violation_error_message=ALREADY_ON_THE_BOARD,
            )
        ]

    def __str__(self):
        return f"{self.organisation} on {self.board}"

    def clean(self):
        # Asked here, not only by the constraint, so that every form (the board's page and
        # the admin's, neither of which has withdrawn_at) says so beside the organisation.
        if self.board_id is None or self.organisation_id is None or self.withdrawn_at:
            return
        others = self.current_others(board_id=self.board_id, organisation_id=self.organisation_id)
        if others.exists():
            raise ValidationError({"organisation": ALREADY_ON_THE_BOARD})

    @property
    def subject(self):
        return self.board.programme


class BoardMeeting(KeptRecord):
    """A meeting of a partnership board."""

    board = models.ForeignKey(PartnershipBoard, on_delete=models.CASCADE, related_name="meetings")
    held_on = models.DateField("date")
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-held_on", "-id"]

    def __str__(self):
        return f"Meeting of {self.held_on:%-d %B %Y}"

    @property
    def subject(self):
        return self.board.programme


class BoardDecision(KeptRecord):
    """A decision taken at a board meeting."""

    meeting = models.ForeignKey(BoardMeeting, on_delete=models.CASCADE, related_name="decisions")
    text = models.TextField("decision")

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return shortened(self.text, 100)

    @property
    def subject(self):
        return self.meeting.board.programme


class SuccessCriterion(KeptRecord):
    """A joint success criterion by which a partnership measures the impact of activities."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="+"
    )
    text = models.TextField("success criterion")
    measure = models.TextField("how it will be judged", blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name_plural = "success criteria"

    def __str__(self):
        return shortened(self.text, 100)

    @property
    def subject(self):
        return self.programme


class IndependentEvaluation(KeptRecord):
    """An evaluation or review of a programme: who made it, when, what it found."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="+"
    )
    evaluator = models.CharField("who evaluated", max_length=300)
    reported_on = models.DateField("when", null=True, blank=True)
    findings = models.TextField()
    url = models.URLField("link", max_length=500, blank=True)

    class Meta:
        ordering = ["-reported_on", "-id"]

    def __str__(self):
        # Its heading on the page: who evaluated and when. "Evaluation by ..." read wrong
        # for an evaluator written as a description ("Evaluation by Review of ...").
        name = shortened(self.evaluator, 100)
        return f"{name}, {self.reported_on:%B %Y}" if self.reported_on else name

    @property
    def subject(self):
        return self.programme

    def clean(self):
        # Reported on 1 January 0001 or 31 December 9999 was kept. One kept from before may
        # still be withdrawn; a correction is checked.
        if self.reported_on and self.programme_id and not self.is_withdrawn:
            day, what = self.reported_on, "date it was reported"
            if problem := done_date_problem(day, self.programme, what):
                raise ValidationError({"reported_on": problem})


class PolicyEvidence(KeptRecord):
    """What reached policy makers: evidence given to a national review or enquiry."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="+"
    )
    review = models.CharField("to which review or enquiry", max_length=300)
    given_by = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    given_on = models.DateField("when", null=True, blank=True)
    what = models.TextField("what was given")

    class Meta:
        ordering = ["-given_on", "-id"]
        verbose_name_plural = "policy evidence"

    def __str__(self):
        return f"Evidence to {self.review}"

    @property
    def subject(self):
        return self.programme

    def clean(self):
        # Given on 1 January 0001 or 31 December 9999 was kept. One kept from before may
        # still be withdrawn; a correction is checked.
        if self.given_on and self.programme_id and not self.is_withdrawn:
            day, what = self.given_on, "date it was given"
            if problem := done_date_problem(day, self.programme, what):
                raise ValidationError({"given_on": problem})


class PartnerContribution(ProgrammeOrProject, KeptRecord):
    """What a partner organisation gives to a programme or project, entered by the partner."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    what = models.TextField("what they give")
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta(ProgrammeOrProject.Meta):
        ordering = ["organisation__name", "id"]

    def __str__(self):
        return f"{self.organisation}: {shortened(self.what, 80)}"
