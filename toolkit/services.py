"""Changes to toolkit exercises: starting one, answering it, submitting, closing and reopening.

Every change but saving an answer writes one event in its transaction. Saving an answer is
the hot path of the toolkit (it runs on every click and every pause in typing), so it is one
upsert and nothing else; submitting is the participant's recorded act.
"""

from dataclasses import dataclass, field
from functools import partial

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.utils import timezone

from accounts.models import NotificationKind, User
from accounts.services import notify, record_event
from nextpractice.jobs import JobRefused, send_job
from programmes.models import Workshop
from programmes.services.lifecycle import lock_open_project

from .models import Answer, Exercise, Participation
from .questions import clean_answer, is_answered, questions_of
from .rules import OWN_PARTICIPATION_SQL

VIEW_TRIAL = "fieldtrials.view_fieldtrial"


class Refused(Exception):
    """The change cannot happen in the exercise's present state; `message` says why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class Unanswered(Exception):
    """Required questions are not answered yet; `questions` lists them in order."""

    def __init__(self, questions):
        super().__init__(", ".join(q.key for q in questions))
        self.questions = questions


@dataclass
class Started:
    """An exercise just started: how many people were `invited` (its participants but the
    facilitator), whether the facilitator `takes_part` (a member of the group), and whether
    its invitation e-mails could be sent."""

    exercise: Exercise
    invited: int = 0
    takes_part: bool = False
    emails_refused: bool = False
    participations: list = field(default_factory=list)


def start_exercise(
    *,
    tool,
    title,
    facilitator,
    field_trial=None,
    workshop=None,
    people=(),
    local_authority=None,
    closes_at=None,
):
    """A facilitator starts an exercise of a tool's latest version for a group, for a local
    authority when `local_authority` is given (seed 002's tool is run by one).

    A field trial's exercise invites the trial's members; a workshop's or a named list's
    invites `people` (a workshop's participant list has no accounts); a switched-off account
    is not one of them. Each participant gets an in-app notification now and an invitation
    e-mail, sent as a background job after commit; the facilitator, a participant if one of
    the group, is not invited by their own name. If the job service refuses, the exercise
    still stands: `emails_refused` says so. ProjectWithdrawn (ProjectClosed) for a trial or
    workshop of a withdrawn or closed project.
    """
    if tool.latest_id is None:
        raise ValidationError("This tool has no published version to run yet.")
    if local_authority is not None and facilitator.organisation_id != local_authority.pk:
        raise ValidationError("You can run an exercise only for your own local authority.")
    with transaction.atomic():
        group = field_trial or workshop
        if group is not None:
            # Not for a withdrawn or closed project's trial or workshop: ProjectWithdrawn
            # (ProjectClosed), decided under its lock as its other records are.
            lock_open_project(group.project)
        if workshop is not None and Workshop.objects.withdrawn().filter(pk=workshop.pk).exists():
            raise ValidationError("This workshop is withdrawn: it takes no new exercise.")
        exercise = Exercise(
            tool=tool,
            tool_version_id=tool.latest_id,
            title=title,
            field_trial=field_trial,
            workshop=workshop,
            local_authority=local_authority,
            facilitator=facilitator,
            closes_at=closes_at,
        )
        exercise.full_clean()
        exercise.save()
        if field_trial is not None:
            invitees = list(
                User.objects.filter(fieldtrial_memberships__field_trial=field_trial, is_active=True)
                .distinct()
                .order_by("full_name")
            )
        else:
            invitees = list({p.pk: p for p in people if p.is_active}.values())
        if not invitees:
            raise ValidationError("There is no one to invite: the group has no members yet.")
        participations = Participation.objects.bulk_create(
            [Participation(exercise=exercise, user=person) for person in invitees]
        )
        record_event(
            actor=facilitator,
            verb="toolkit.exercise_started",
            target=exercise,
            data={
                "tool_version": exercise.tool_version_id,
                "group": exercise.group_label,
                "participants": [p.pk for p in invitees],
            },
        )
        url = exercise.get_absolute_url()
        for person in invitees:
            if person.pk == facilitator.pk:
                continue  # not invited by their own name: they started it
            notify(
                recipient=person,
                kind=NotificationKind.EXERCISE_INVITATION,
                message=f"{facilitator.full_name or facilitator.email} invites you to the "
                f"toolkit exercise “{title}” ({tool.title}).",
                url=url,
                key=f"exercise:{exercise.pk}",
                email=False,  # the invitation e-mail below says more
            )
        takes_part = any(person.pk == facilitator.pk for person in invitees)
        started = Started(
            exercise=exercise,
            invited=len(invitees) - takes_part,
            takes_part=takes_part,
            participations=participations,
        )
        transaction.on_commit(partial(_send_invitations, started))
    return started


def invite_to_exercise(*, exercise, people, actor):
    """Whoever runs an open exercise invites more people to it (one left out at the start,
    or new to the group): each gets the in-app notification and e-mail a start sends. Those
    already taking part are left as they are; Refused when the exercise has closed or all
    of `people` take part already. Started says how many were invited."""
    if not actor.has_perm("toolkit.change_exercise", exercise):
        raise PermissionDenied("Only those who run the exercise may invite people to it.")
    with transaction.atomic():
        locked = (
            Exercise.objects.select_for_update(of=("self",))
            .select_related("tool", "field_trial")
            .get(pk=exercise.pk)
        )
        if not locked.is_open:
            raise Refused("This exercise has closed: open it again to invite more people.")
        taking_part = set(locked.participations.values_list("user_id", flat=True))
        invitees = [p for p in {p.pk: p for p in people}.values() if p.pk not in taking_part]
        invitees = [p for p in invitees if p.is_active]
        if not invitees:
            raise Refused("Everyone you named takes part already: nobody new was invited.")
        # A field trial's exercise is its team's, as its start invites them: nobody who may
        # not see the trial is brought into it (a workshop's or a named list's invites anyone).
        trial = locked.field_trial
        outside = [p for p in invitees if trial and not p.has_perm(VIEW_TRIAL, trial)]
        if outside:
            raise Refused(
                ", ".join(p.email for p in outside)
                + (" is" if len(outside) == 1 else " are")
                + f" not in {trial.title} or its project: invite only the people of the field"
                " trial this exercise is for. Ask its programme officer to add them to the"
                " trial first"
            )
        participations = Participation.objects.bulk_create(
            [Participation(exercise=locked, user=person) for person in invitees]
        )
        record_event(
            actor=actor,
            verb="toolkit.participants_invited",
            target=locked,
            data={"participants": [p.pk for p in invitees]},
        )
        for person in invitees:
            notify(
                recipient=person,
                kind=NotificationKind.EXERCISE_INVITATION,
                message=f"{actor.full_name or actor.email} invites you to the toolkit "
                f"exercise “{locked.title}” ({locked.tool.title}).",
                url=locked.get_absolute_url(),
                key=f"exercise:{locked.pk}",
                email=False,  # the invitation e-mail says more
            )
        invited = Started(exercise=locked, invited=len(invitees), participations=participations)
        transaction.on_commit(partial(_send_invitations, invited))
    return invited


def _send_invitations(started):
    """One e-mail job per participant but the facilitator; stop at the first refusal and
    say so."""
    from .tasks import send_invitation

    facilitator_id = started.exercise.facilitator_id
    for participation in started.participations:
        if participation.user.pk == facilitator_id:
            continue
        if not participation.user.wants_email(NotificationKind.EXERCISE_INVITATION):
            continue
        try:
            send_job(send_invitation, participation.pk)
        except JobRefused:
            started.emails_refused = True
            return


def save_answer(*, participation, question, raw):
    """A participant gives (or changes) one answer; refused once they have submitted or the
    exercise has closed. One upsert: no event, this runs on every change they make."""
    exercise = participation.exercise
    refuse_unless_answerable(participation)
    value = clean_answer(exercise.definition, question, raw)
    _upsert_answer(participation_id=participation.pk, key=question.key, value=value)
    return value


class SectionInvalid(ValidationError):
    """A section's answers were refused: `question` is the first whose answer is wrong."""

    def __init__(self, question, error):
        super().__init__(error.messages)
        self.question = question


def save_section(*, participation, questions, raws):
    """A participant saves a section's answers at once (the page without JavaScript has one
    save button per section): every answer is checked first, so nothing is saved while one
    is wrong (SectionInvalid names it); then all are written in one transaction."""
    exercise = participation.exercise
    refuse_unless_answerable(participation)
    values = {}
    for question in questions:
        raw = raws[question.key]
        if isinstance(raw, dict) and not any(raw.values()):
            continue  # a ranking or grid given no answer at all: nothing to save or check
        try:
            values[question.key] = clean_answer(exercise.definition, question, raw)
        except ValidationError as error:
            raise SectionInvalid(question, error) from error
    with transaction.atomic():
        for key, value in values.items():
            _upsert_answer(participation_id=participation.pk, key=key, value=value)
    return values


# Both ways of storing an answer end in this: the answer_once constraint is the target.
ON_CONFLICT_REPLACE = (
    "ON CONFLICT (participation_id, question) "
    "DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at"
)
UPSERT_ANSWER = (
    "INSERT INTO toolkit_answer (participation_id, question, value, updated_at) "
    f"VALUES (%s, %s, %s, %s) {ON_CONFLICT_REPLACE}"
)
# Autosave's quick path: the same write, of the participation the rule finds, only if it
# may still be answered and runs the version the answer was checked against.
UPSERT_ANSWER_IF_ANSWERABLE = (
    "INSERT INTO toolkit_answer (participation_id, question, value, updated_at) "
    "SELECT p.id, %s, %s, %s FROM toolkit_participation p "
    "JOIN toolkit_exercise e ON e.id = p.exercise_id "
    "JOIN toolkit_toolversion v ON v.id = e.tool_version_id "
    f"WHERE {OWN_PARTICIPATION_SQL} AND p.submitted_at IS NULL "
    "AND e.closed_at IS NULL AND (e.closes_at IS NULL OR e.closes_at > %s) "
    f"AND v.id = %s AND v.checksum = %s {ON_CONFLICT_REPLACE}"
)


def _without_nul(value):
    """`value` with NUL characters taken out of its text: PostgreSQL stores no NUL in JSON
    or text, and they come in with text pasted from a PDF (they show as nothing anyway)."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    return value


def _stored(value, now):
    """`value` and `now` as the backend takes them for the answer's JSON and timestamp."""
    field = Answer._meta.get_field
    return (
        field("value").get_db_prep_save(_without_nul(value), connection),
        field("updated_at").get_db_prep_save(now, connection),
    )


def _upsert_answer(*, participation_id, key, value):
    """INSERT ... ON CONFLICT DO UPDATE as one statement (PostgreSQL and SQLite both have it).

    bulk_create(update_conflicts=True) sends the same statement, but wraps it in BEGIN and
    COMMIT: three round trips to the database instead of one, on every pause in typing. One
    statement is all or nothing without a transaction of its own."""
    with connection.cursor() as cursor:
        cursor.execute(UPSERT_ANSWER, [participation_id, key, *_stored(value, timezone.now())])


# On PostgreSQL the quick path also records the answer's section as where they left off, in
# the same statement (a data-modifying WITH): only when the answer was saved, and only if the
# section differs. SQLite has no such WITH: there it is a second, small statement.
UPSERT_ANSWER_AND_POSITION = (
    f"WITH saved AS ({UPSERT_ANSWER_IF_ANSWERABLE} RETURNING participation_id), "
    "moved AS (UPDATE toolkit_participation SET position = %s "
    "WHERE id IN (SELECT participation_id FROM saved) AND position <> %s) "
    "SELECT count(*) FROM saved"
)


def save_answer_at_once(*, user, exercise_id, version_key, key, value, section):
    """Autosave's quick path: store `value` (already checked against the version
    `version_key`, a (pk, checksum) pair) as `user`'s answer to question `key`, in one
    statement that also asks the answer rule (their own participation), that they have not
    submitted, that the exercise is open and that it runs that version; and record `section`
    (the question's) as where they left off. True if saved; False if any of those failed,
    and nothing changed: the caller then takes the full path, which says why. Checking in
    the same statement as the write also leaves no moment between the check and the write
    for the exercise to close."""
    stored, stamp = _stored(value, timezone.now())
    params = [key, stored, stamp, exercise_id, user.pk, stamp, *version_key]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(UPSERT_ANSWER_AND_POSITION, [*params, section, section])
            return cursor.fetchone()[0] == 1
        cursor.execute(UPSERT_ANSWER_IF_ANSWERABLE, params)
        saved = cursor.rowcount == 1
    if saved:
        remember_section(user=user, exercise_id=exercise_id, section_key=section)
    return saved


def remember_section(*, user, exercise_id, section_key):
    """Where they left off is the section of the answer they last saved: recorded as the
    answer is, since opening a page (a GET) never writes. A no-op while they stay in one
    section."""
    Participation.objects.filter(exercise_id=exercise_id, user=user).exclude(
        position=section_key
    ).update(position=section_key)


def refuse_unless_answerable(participation):
    exercise = participation.exercise
    if not exercise.is_open:
        raise Refused(
            "This exercise has closed, so answers can no longer be changed. "
            "Your answers saved before it closed are kept."
        )
    if participation.submitted_at is not None:
        raise Refused(
            "You have submitted your answers, so this one was not saved. "
            "Reopen your answers to change them."
        )


def unanswered_required(participation, answers):
    """Required questions without an answer, in order (for the check-your-answers page)."""
    return [
        q
        for q in questions_of(participation.exercise.definition)
        if q.spec.get("required", True) and not is_answered(q, answers.get(q.key))
    ]


def submit_answers(*, participation, actor):
    """A participant submits their answers; the first submission stands until they reopen."""
    with transaction.atomic():
        locked = (
            Participation.objects.select_for_update()
            .select_related("exercise__tool_version")
            .get(pk=participation.pk)
        )
        if locked.submitted_at is not None:
            raise Refused(
                f"You already submitted your answers on {locked.submitted_at:%-d %B %Y at %H:%M}. "
                "Your first answers are kept."
            )
        if not locked.exercise.is_open:
            raise Refused("This exercise has closed, so answers can no longer be submitted.")
        answers = dict(locked.answers.values_list("question", "value"))
        missing = unanswered_required(locked, answers)
        if missing:
            raise Unanswered(missing)
        locked.submitted_at = timezone.now()
        locked.save(update_fields=["submitted_at"])
        record_event(actor=actor, verb="toolkit.answers_submitted", target=locked.exercise)
    return locked


def reopen_answers(*, participation, actor):
    """A participant takes back their submission to change answers, while the exercise is open."""
    with transaction.atomic():
        locked = (
            Participation.objects.select_for_update()
            .select_related("exercise")
            .get(pk=participation.pk)
        )
        if not locked.exercise.is_open:
            raise Refused("This exercise has closed, so your answers can no longer be changed.")
        if locked.submitted_at is None:
            return locked
        locked.submitted_at = None
        locked.save(update_fields=["submitted_at"])
        record_event(actor=actor, verb="toolkit.answers_reopened", target=locked.exercise)
    return locked


def close_exercise(*, exercise, actor):
    """The facilitator (or an officer) closes the exercise: no more answers are taken.
    Closing a closed exercise (a double click) changes and logs nothing."""
    with transaction.atomic():
        locked = Exercise.objects.select_for_update().get(pk=exercise.pk)
        if locked.closed_at is not None:
            return locked
        locked.closed_at = timezone.now()
        locked.save(update_fields=["closed_at"])
        record_event(actor=actor, verb="toolkit.exercise_closed", target=locked)
    return locked


def open_exercise(*, exercise, actor):
    """The facilitator reopens a closed exercise; a closing date already past is cleared.
    Opening an open exercise (a double click) changes and logs nothing."""
    with transaction.atomic():
        locked = Exercise.objects.select_for_update().get(pk=exercise.pk)
        if locked.is_open:
            return locked
        cleared = locked.closes_at is not None and locked.closes_at <= timezone.now()
        locked.closed_at = None
        if cleared:
            locked.closes_at = None
        locked.save(update_fields=["closed_at", "closes_at"])
        record_event(
            actor=actor,
            verb="toolkit.exercise_reopened",
            target=locked,
            data={"closing_date_cleared": cleared},
        )
    return locked
