"""What search finds in evaluation: lessons and case studies (the knowledge base's core),
as this app's rules let a person read them; withdrawn ones are not found."""

from django.urls import reverse

from fieldtrials.models import FieldTrial
from programmes.models import Project
from search.access import subject_keys
from search.registry import Copied, Document, Searchable, register, sentences

from .models import CaseStudy, Lesson
from .rules import visible_records

EVALUATION_PAGES = {
    "programme": "evaluation:programme_evaluation",
    "project": "evaluation:project_evaluation",
    "field_trial": "evaluation:field_trial_evaluation",
}


def _keys(record):
    """Programme, project and trial ids, and the policy area, of the record's subject."""
    trial = record.field_trial
    project = trial.project if trial else record.project
    programme_id = project.programme_id if project else record.programme_id
    return {
        "programme_id": programme_id,
        "project_id": project.pk if project else None,
        "trial_id": trial.pk if trial else None,
        "policy_area": project.policy_area if project else "",
    }


def _record_keys(record):
    """Whoever reads its subject (evaluation.rules.subject_q)."""
    return subject_keys(
        programme_id=record.programme_id, project=record.project, trial=record.field_trial
    )


# Where on its subject's evaluation page each kind is listed.
SECTIONS = {"lesson": "#lessons", "casestudy": "#case-studies"}


def record_url(record, subject_id=None):
    """The evaluation page a lesson or case study is listed on, at its list."""
    subject_id = subject_id or record.subject.pk
    section = SECTIONS.get(record._meta.model_name, "")
    return reverse(EVALUATION_PAGES[record.level], args=[subject_id]) + section


def _url(record):
    return record_url(record)


def _lesson(lesson):
    themes = list(lesson.themes.all())
    return Document(
        title=lesson.title,
        body=sentences(lesson.text, ("Themes", ", ".join(t.name for t in themes))),
        url=_url(lesson),
        date=lesson.created_at,
        theme_ids=tuple(t.pk for t in themes),
        **_keys(lesson),
    )


def _case_study(study):
    return Document(
        title=study.title,
        body=sentences(study.summary),
        url=_url(study),
        date=study.created_at,
        **_keys(study),
    )


SUBJECTS = ("programme", "project__programme", "field_trial__project")
# A record's policy area and programme are its project's, or its trial's project's.
PROJECT_COPIES = (
    Copied(Project, "project", ("policy_area", "programme")),
    Copied(Project, "field_trial__project", ("policy_area", "programme")),
    # A trial moved to another project: its records' keys, programme and policy area.
    Copied(FieldTrial, "field_trial", ("project",)),
)

register(
    Searchable(
        kind="lessons",
        label="Lessons",
        noun="lesson",
        model=Lesson,
        order=60,
        document=_lesson,
        visible=lambda user: visible_records(user, Lesson).current(),
        keys=_record_keys,
        rows=lambda: Lesson.objects.current().select_related(*SUBJECTS).prefetch_related("themes"),
        knowledge=True,
        also_on_m2m=(Lesson.themes.through,),
        copies=PROJECT_COPIES,
    )
)
register(
    Searchable(
        kind="case-studies",
        label="Case studies",
        noun="case study",
        model=CaseStudy,
        order=70,
        document=_case_study,
        visible=lambda user: visible_records(user, CaseStudy).current(),
        keys=_record_keys,
        rows=lambda: CaseStudy.objects.current().select_related(*SUBJECTS),
        knowledge=True,
        copies=PROJECT_COPIES,
    )
)
