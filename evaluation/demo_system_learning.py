"""System Leadership's third phase in the demo: what its completed trial taught, and how the
National College for School Leadership takes it to the system.

From seed 000: NCSL, "as partner in the System Leadership project, is drawing upon the work
of the field trials to inform its leadership development programmes, and its evidence to
national reports/enquiries on the future of school leadership", and the drivers the project
answers ("support a school or schools which are 'causing concern'", "spread high quality
leadership across several schools"). The lessons, the case study, the take-up's dates and
wording are the demonstration's (INVENTED). Each is recorded through the evaluation services,
so the project's history shows it, then dated where the seeds' calendar puts it.
"""

import datetime

from accounts.demo_history import happened_at
from nextpractice.demo_calendar import moved, moved_datetime, not_after_today
from programmes import demo_content as content
from search.indexing import index_many

from .demo import settle_history
from .models import CaseStudy, Lesson, PartnerContribution, TakeUp
from .services import mark_taken_up, record_contribution, save_record

NCSL = "National College for School Leadership (NCSL)"

TRIAL_LESSON = (
    "Two senior teams, one leadership",
    "The executive head's time was not the lever: the school causing concern improved once "
    "its senior team and the partner school's planned, observed and reviewed teaching as one "
    "team, with one improvement plan and one set of meetings.",
    ["leadership", "schools causing concern", "partnership"],
    datetime.datetime(2007, 6, 1, 10),
)
PROJECT_LESSON = (
    "Governance decides whether leadership beyond one school lasts",
    "Across the field trials, leadership shared between schools held where governing bodies "
    "agreed to it formally (a federation, a joint committee, an agreed executive headship) "
    "and stalled where it rested on goodwill between heads. The existing arrangements for "
    "school governance are the obstacle the programme expected from the start.",
    ["governance", "leadership"],
    datetime.datetime(2007, 4, 27, 12),
)
CASE_STUDY = (
    "Executive headship: leading a school out of concern",
    "How a successful secondary school's head and senior team led a neighbouring school "
    "causing concern for two terms, what they changed first, and what the governing bodies "
    "agreed so that the arrangement outlasts the trial.",
    datetime.date(2007, 6, 1),
    datetime.datetime(2007, 6, 1, 11),
)
TAKE_UP = (
    datetime.date(2007, 6, 1),
    "Drawn upon to inform its leadership development programmes for executive heads.",
)
NCSL_CONTRIBUTION = (
    "Drawing upon the work of the field trials to inform its leadership development "
    "programmes, and its evidence to national reports and enquiries on the future of school "
    "leadership.",
    datetime.datetime(2007, 4, 27, 9),
)

LESSONS = [TRIAL_LESSON[0], PROJECT_LESSON[0]]

INVENTED = [
    "The lessons recorded for System Leadership and its completed trial, the case study of "
    "that trial, and the date and wording of NCSL's take-up of it. The seed says NCSL draws "
    "on the field trials for its leadership development programmes, not which trial or when.",
]


def load(ctx):
    trial = ctx.get("completed_trial")
    if trial is None:
        return ctx
    users, orgs = ctx["users"], ctx["orgs"]
    officer, partner = users["officer"], users["partner"]
    project = ctx["projects"][content.SL]
    ncsl = orgs[NCSL]

    title, text, themes, at = TRIAL_LESSON
    if not Lesson.objects.filter(field_trial=trial, title=title).exists():
        with happened_at(not_after_today(moved_datetime(at)), (Lesson, "created_at")):
            lesson = Lesson(field_trial=trial, title=title, text=text, recorded_by=officer)
            save_record(record=lesson, actor=officer, themes=themes)
    title, text, themes, at = PROJECT_LESSON
    if not Lesson.objects.filter(project=project, title=title).exists():
        with happened_at(not_after_today(moved_datetime(at)), (Lesson, "created_at")):
            lesson = Lesson(project=project, title=title, text=text, recorded_by=officer)
            save_record(record=lesson, actor=officer, themes=themes)

    title, summary, published, at = CASE_STUDY
    study = CaseStudy.objects.filter(field_trial=trial, title=title).first()
    if study is None:
        with happened_at(not_after_today(moved_datetime(at)), (CaseStudy, "created_at")):
            study = CaseStudy(
                field_trial=trial, title=title, summary=summary, published_on=moved(published)
            )
            save_record(record=study, actor=officer)
    taken_up_on, how = TAKE_UP
    if not TakeUp.objects.filter(case_study=study, organisation=ncsl).exists():
        taken_at = moved_datetime(datetime.datetime.combine(taken_up_on, datetime.time(12)))
        with happened_at(not_after_today(taken_at)):
            mark_taken_up(
                item=study,
                organisation=ncsl,
                taken_up_on=moved(taken_up_on),
                how=how,
                actor=officer,
            )

    what, at = NCSL_CONTRIBUTION
    if not PartnerContribution.objects.filter(project=project, organisation=ncsl).exists():
        # NCSL's own programme lead records what NCSL gives.
        with happened_at(not_after_today(moved_datetime(at)), (PartnerContribution, "created_at")):
            record_contribution(subject=project, organisation=ncsl, what=what, actor=partner)
    # Dated by update(), which search does not hear of: their documents take the dates.
    index_many(Lesson, Lesson.objects.filter(title__in=LESSONS).values_list("pk", flat=True))
    index_many(CaseStudy, [study.pk])
    # The completed trial's story agreed objectives and recorded progress since evaluation's
    # own part: their history rows too are dated and signed as it tells them.
    settle_history(officer)
    return ctx
