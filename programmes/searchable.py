"""What search finds in programmes: programmes, projects, creative options, the stimulus
library, and people (those the programme pickers offer). Who sees what is this app's rules."""

from django.db.models import Prefetch

from accounts.models import Organisation, User
from fieldtrials.models import FieldTrialMembership
from search.access import MEMBER, programme_keys, project_keys
from search.registry import Copied, Document, Rekey, Searchable, register, sentences

from .models import (
    CreativeOption,
    Programme,
    ProgrammeMembership,
    Project,
    ProjectMembership,
    Stimulus,
)
from .rules import (
    visible_options,
    visible_people,
    visible_programmes,
    visible_projects,
    visible_stimuli,
)


def _programme(p):
    return Document(
        title=p.name,
        body=sentences(p.summary),
        url=p.get_absolute_url(),
        date=p.created_at,
        programme_id=p.pk,
    )


def _project(p):
    return Document(
        title=p.title,
        body=sentences(p.narrative, ("Policy area", p.policy_area)),
        url=p.get_absolute_url(),
        date=p.created_at,
        programme_id=p.programme_id,
        project_id=p.pk,
        policy_area=p.policy_area,
    )


def _option(o):
    return Document(
        title=o.title,
        body=sentences(o.description, ("Proposed by", o.proposed_by)),
        url=o.get_absolute_url(),
        date=o.created_at,
        programme_id=o.project.programme_id,
        project_id=o.project_id,
        policy_area=o.project.policy_area,
    )


def _stimulus(s):
    return Document(
        title=s.title,
        body=sentences(s.summary, s.provocation, ("Country", s.country)),
        url=s.get_absolute_url(),
        date=s.created_at,
    )


def _person_keys(u):
    """Whoever sees a programme the person has a part in (programmes.rules.visible_people)."""
    programmes = {m.programme_id for m in u.programme_memberships.all()}
    programmes |= {m.project.programme_id for m in u.project_memberships.all()}
    programmes |= {m.field_trial.project.programme_id for m in u.fieldtrial_memberships.all()}
    return [key for p in sorted(programmes) for key in programme_keys(p)]


def _person(u):
    if not u.is_active:
        return None
    org = u.organisation.name if u.organisation_id else ""
    job = u.job_title.strip()
    # "Head teacher, Oak Primary School"; a title naming its organisation already ("Chair
    # of governors, Stevenage 14-19 Partnership") is not followed by it again.
    if org and job.casefold().endswith(org.casefold()):
        org = ""
    body = ", ".join(part for part in (job, org) if part)
    return Document(
        title=u.full_name or u.email, body=body, url=u.get_absolute_url(), date=u.date_joined
    )


register(
    Searchable(
        kind="programmes",
        label="Programmes",
        noun="programme",
        model=Programme,
        order=10,
        document=_programme,
        visible=visible_programmes,
        keys=lambda p: programme_keys(p.pk),
    )
)
register(
    Searchable(
        kind="projects",
        label="Projects",
        noun="project",
        model=Project,
        order=20,
        document=_project,
        visible=visible_projects,
        keys=project_keys,
    )
)
register(
    Searchable(
        kind="options",
        label="Creative options",
        noun="creative option",
        model=CreativeOption,
        order=40,
        document=_option,
        visible=lambda user: visible_options(user).current(),
        keys=lambda o: project_keys(o.project),
        rows=lambda: CreativeOption.objects.current().select_related("project"),
        copies=(Copied(Project, "project", ("policy_area", "programme")),),
    )
)
register(
    Searchable(
        kind="stimuli",
        label="Stimuli",
        noun="stimulus",
        model=Stimulus,
        order=50,
        document=_stimulus,
        visible=visible_stimuli,
        keys=lambda s: [MEMBER],
        knowledge=True,
    )
)


register(
    Searchable(
        kind="people",
        label="People",
        noun="person",
        model=User,
        order=100,
        dated=False,
        document=_person,
        visible=visible_people,
        keys=_person_keys,
        rows=lambda: (
            User.objects.filter(is_active=True)
            .select_related("organisation")
            .prefetch_related(
                "programme_memberships",
                Prefetch(
                    "project_memberships", ProjectMembership.objects.select_related("project")
                ),
                Prefetch(
                    "fieldtrial_memberships",
                    FieldTrialMembership.objects.select_related("field_trial__project"),
                ),
            )
        ),
        # Who may find a person follows their memberships.
        rekeyed_by=tuple(
            Rekey(model, lambda m: [m.user_id], created_too=True)
            for model in (ProgrammeMembership, ProjectMembership, FieldTrialMembership)
        ),
        # Signing in saves `last_login`: nothing search keeps.
        fields=("full_name", "email", "job_title", "organisation", "is_active"),
        copies=(Copied(Organisation, "organisation", ("name",)),),  # a person's words name it
    )
)
