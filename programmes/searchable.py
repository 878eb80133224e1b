"""What search finds in programmes: programmes, projects, creative options, the stimulus
library, and people (those the programme pickers offer). Who sees what is this app's rules."""

from accounts.models import User
from search.registry import Document, Searchable, register

from .models import CreativeOption, Programme, Project, Stimulus
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
        body=p.summary,
        url=p.get_absolute_url(),
        date=p.created_at,
        programme_id=p.pk,
    )


def _project(p):
    return Document(
        title=p.title,
        body=f"{p.policy_area}\n{p.narrative}",
        url=p.get_absolute_url(),
        date=p.created_at,
        programme_id=p.programme_id,
        project_id=p.pk,
        policy_area=p.policy_area,
    )


def _option(o):
    return Document(
        title=o.title,
        body=f"{o.description}\n{o.proposed_by}",
        url=o.get_absolute_url(),
        date=o.created_at,
        programme_id=o.project.programme_id,
        project_id=o.project_id,
        policy_area=o.project.policy_area,
    )


def _stimulus(s):
    return Document(
        title=s.title,
        body=f"{s.summary}\n{s.provocation}\n{s.country}",
        url=s.get_absolute_url(),
        date=s.created_at,
    )


def _person(u):
    if not u.is_active:
        return None
    org = u.organisation.name if u.organisation_id else ""
    return Document(title=u.full_name or u.email, body=f"{u.job_title}\n{org}", date=u.date_joined)


register(
    Searchable(
        kind="programmes",
        label="Programmes",
        noun="programme",
        model=Programme,
        order=10,
        document=_programme,
        visible=visible_programmes,
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
        rows=lambda: CreativeOption.objects.current().select_related("project"),
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
        document=_person,
        visible=visible_people,
        rows=lambda: User.objects.filter(is_active=True).select_related("organisation"),
        # Signing in saves `last_login`: nothing search keeps.
        fields=("full_name", "email", "job_title", "organisation", "is_active"),
    )
)
