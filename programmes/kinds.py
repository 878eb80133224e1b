"""The Phase 1 records a project keeps, declared for the record kit (nextpractice/records):
each gets an edit page refusing a stale save, withdrawal, deletion by its author within
minutes, events, and its list's CSV and XLSX exports. Changed by the project's officers
(`programmes.change_record`); read by whoever reads the project."""

from django.urls import reverse
from django.utils.translation import ngettext

from nextpractice.records.kinds import Column, RecordKind

from .forms.corrections import (
    DataSourceEditForm,
    ObjectiveWordingForm,
    OptionEditForm,
    ProjectDetailsForm,
    WorkshopEditForm,
)
from .forms.lifecycle import ProgrammeForm
from .forms.need import InnovatorForm, ProblemForm
from .models import (
    CreativeOption,
    DataSource,
    Objective,
    PotentialInnovator,
    ProblemStatement,
    Programme,
    Project,
    Workshop,
)
from .models.options import OPTION_TITLE_TAKEN
from .rules import get_option_for, get_programme_for, get_project_for, get_record_for
from .services.lifecycle import lock_open_project, lock_programme, open_project

CHANGE = "programmes.change_record"


def _open_project(record, lock=False):
    """A project's records, and its details, take no change while it is withdrawn
    (ProjectWithdrawn): the kit's `open_parent`, under the project's lock when `lock`."""
    project = record if isinstance(record, Project) else record.project
    (lock_open_project if lock else open_project)(project)


def _open_project_details(project, lock=False):
    """As _open_project, with its programme's row locked first when `lock`: the plan saved
    ends by the programme's end as saved now (Project.clean)."""
    if lock:
        lock_programme(project.programme_id)
    _open_project(project, lock)


def _withdrawn_page(request, refused):
    """The kit's `closed_page`: the page the project's own pages refuse a change with."""
    from .views.project_pages import project_withdrawn

    return project_withdrawn(request, refused.project, "changed")


# What every kind of a project's records (and its details) declares: refused while the
# project is withdrawn, as its own pages refuse (views.project_pages.changes_project).
OF_A_PROJECT = {"open_parent": _open_project, "closed_page": _withdrawn_page}


def _may_change(user, record):
    return user.has_perm(CHANGE, record)


def _on_project_page(record):
    return reverse("programmes:project_phase1", args=[record.project_id]) + "#analyse-need"


def _project(record):
    return record.project


def _fetch_project(user, pk):
    return get_project_for(user, pk)


def _need_kind(slug, model, form, noun, columns, **more):
    """A record of the need analysis, listed on the project page under Analyse need."""
    return RecordKind(
        app="programmes",
        slug=slug,
        model=model,
        form=form,
        noun=noun,
        fetch=lambda user, pk: get_record_for(user, model, pk),
        parent=_project,
        may_change=_may_change,
        back_url=_on_project_page,
        fetch_parent=_fetch_project,
        rows=lambda project, user: model.objects.filter(project=project),
        columns=columns,
        in_reports=True,  # counted in the report's stage by stage table
        **OF_A_PROJECT,
        **more,
    )


def _added(record):
    return record.created_at


def _data_source_values(form):
    values = {name: form.cleaned_data[name] for name in form._meta.fields}
    if values["file"] is False:  # "remove the file" ticked: keep the link only
        values["file"] = values["original_name"] = ""
    values.update(form.file_values())  # a new file's type and name
    return values


def _objective_dependants(objective):
    """An agreed objective is the one evaluation records progress against (evaluation's
    Objective.need_objective): once progress is recorded, it is withdrawn, never erased."""
    evaluation = getattr(objective, "evaluation_objective", None)
    if evaluation is not None and evaluation.progress.exists():
        return "Progress has been recorded against this objective."
    return ""


def _option_dependants(option):
    if hasattr(option, "field_trial"):
        return "A field trial was selected from this option."
    if option.assessments.exists():
        return "Reviewers have assessed this option."
    return ""


def _option_restore_refused(option, error):
    """What an option's restore page says when its title is taken (the kit's
    `restore_refused`): the form's words ask for another title, which a withdrawn option
    cannot be given; the other option, current, can be renamed or withdrawn."""
    said = []
    for problem in error.messages:
        if problem != OPTION_TITLE_TAKEN:
            said.append(problem)
            continue
        other = option.current_others(project_id=option.project_id, title__iexact=option.title)
        name = f"“{other.first() or option.title}”"
        said.append(
            f"Another option of this project is now called {name}, and a withdrawn option "
            "cannot be renamed: rename that one, or withdraw it, first"
        )
    return said


def _phase1(project_id, section):
    """The project's Phase 1 page at one of its sections (views.project_pages.phase1_url)."""
    return reverse("programmes:project_phase1", args=[project_id]) + f"#{section}"


def _workshop_dependants(workshop):
    if workshop.options.exists():
        return "Creative options came from this workshop."
    return ""


def _workshop_options(workshop):
    """The titles of the creative options a workshop produced that still count, A to Z."""
    return list(workshop.options.current().order_by("title", "pk").values_list("title", flat=True))


def _workshop_withdraw_note(workshop):
    """What withdrawing a workshop means for the options it produced (listed under it)."""
    n = len(_workshop_options(workshop))
    if not n:
        return ""
    options = ngettext("creative option", "creative options", n)
    they = ngettext("it stays", "they stay", n)
    return (
        f"It produced {n} {options}: {they}, and will say {'it' if n == 1 else 'they'} came "
        "from a withdrawn workshop."
    )


RECORD_KINDS = [
    _need_kind(
        "problem-statement",
        ProblemStatement,
        ProblemForm,
        "problem statement",
        (
            Column("Kind", lambda r: r.get_kind_display()),
            Column("Statement", lambda r: r.text),
            Column("Added on", _added),
        ),
    ),
    _need_kind(
        "objective",
        Objective,
        ObjectiveWordingForm,
        "objective",
        (
            Column("Objective", lambda r: r.text),
            Column("Status", lambda r: r.get_status_display()),
            Column("Added on", _added),
        ),
        dependants=_objective_dependants,
    ),
    _need_kind(
        "data-source",
        DataSource,
        DataSourceEditForm,
        "data source",
        (
            Column("Title", lambda r: r.title),
            Column("Link", lambda r: r.url),
            Column("File", lambda r: r.file_name),
            Column("What it shows", lambda r: r.what_it_shows),
            Column("Added on", _added),
        ),
        values=_data_source_values,
    ),
    _need_kind(
        "potential-innovator",
        PotentialInnovator,
        InnovatorForm,
        "potential innovator",
        (
            Column("Person", lambda r: r.person_name),
            Column("Organisation", lambda r: r.organisation.name if r.organisation else ""),
            Column("Why they are poised to innovate", lambda r: r.why),
            Column("Added on", _added),
        ),
    ),
    RecordKind(
        app="programmes",
        slug="option",
        model=CreativeOption,
        form=OptionEditForm,
        noun="creative option",
        fetch=lambda user, pk: get_option_for(user, pk),
        parent=_project,
        may_change=_may_change,
        back_url=lambda option: option.get_absolute_url(),
        gone_url=lambda option: _phase1(option.project_id, "generate-options"),
        fetch_parent=_fetch_project,
        rows=lambda project, user: CreativeOption.objects.filter(project=project),
        columns=(
            Column("Title", lambda r: r.title),
            Column("Description", lambda r: r.description),
            Column("Proposed by", lambda r: r.proposed_by),
            Column("Status", lambda r: r.get_status_display()),
            Column("Burning platform", lambda r: r.burning_platform),
            Column("Added on", _added),
        ),
        dependants=_option_dependants,
        restore_refused=_option_restore_refused,
        in_reports=True,
        **OF_A_PROJECT,
    ),
    RecordKind(
        app="programmes",
        slug="workshop",
        model=Workshop,
        form=WorkshopEditForm,
        noun="workshop",
        fetch=lambda user, pk: get_record_for(user, Workshop, pk),
        parent=_project,
        may_change=_may_change,
        back_url=lambda workshop: reverse("programmes:workshop_detail", args=[workshop.pk]),
        gone_url=lambda workshop: _phase1(workshop.project_id, "workshops"),
        fetch_parent=_fetch_project,
        rows=lambda project, user: Workshop.objects.filter(project=project),
        columns=(
            Column("Title", lambda r: r.title),
            Column("Kind", lambda r: r.get_kind_display()),
            Column("Held on", lambda r: r.held_on),
            Column("Notes", lambda r: r.notes),
            Column("Added on", _added),
        ),
        dependants=_workshop_dependants,
        withdraw_note=_workshop_withdraw_note,
        withdraw_list=_workshop_options,
        in_reports=True,
        **OF_A_PROJECT,
    ),
    # Programme and project details: corrected only (Versioned), on their own pages.
    RecordKind(
        app="programmes",
        slug="programme",
        model=Programme,
        form=ProgrammeForm,
        noun="programme's details",
        fetch=lambda user, pk: get_programme_for(user, pk),
        parent=lambda programme: programme,
        may_change=lambda user, programme: user.has_perm("programmes.change_programme", programme),
        back_url=lambda programme: programme.get_absolute_url(),
        fetch_parent=lambda user, pk: get_programme_for(user, pk),
        rows=lambda programme, user: Programme.objects.filter(pk=programme.pk),
        columns=(
            Column("Name", lambda p: p.name),
            Column("Kind", lambda p: p.get_kind_display()),
            Column("Summary", lambda p: p.summary),
            Column("Led by", lambda p: p.lead_organisation.name),
            Column("Start", lambda p: p.start_date),
            Column("End", lambda p: p.end_date),
        ),
    ),
    RecordKind(
        app="programmes",
        slug="project",
        model=Project,
        form=ProjectDetailsForm,
        noun="project's details",
        fetch=lambda user, pk: get_project_for(user, pk),
        parent=lambda project: project,
        may_change=lambda user, project: user.has_perm("programmes.change_project", project),
        back_url=lambda project: project.get_absolute_url(),
        fetch_parent=lambda user, pk: get_project_for(user, pk),
        rows=lambda project, user: Project.objects.filter(pk=project.pk),
        columns=(
            Column("Title", lambda p: p.title),
            Column("Policy area", lambda p: p.policy_area),
            Column("Partner agency", lambda p: p.partner_agency.name if p.partner_agency else ""),
            Column("Start", lambda p: p.start_date),
            Column("Planned duration in months", lambda p: p.planned_duration_months),
            Column("Lead officer", lambda p: p.lead_officer.full_name if p.lead_officer else ""),
            Column("Stage", lambda p: p.get_stage_display()),
        ),
        **{**OF_A_PROJECT, "open_parent": _open_project_details},
    ),
]
