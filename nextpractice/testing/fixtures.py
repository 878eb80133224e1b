"""Fixtures shared by every app's tests (loaded with `-p` in pytest.ini).

`world` builds, for each test, a small set of programmes, projects, trials, exercises and
notifications with one user per persona, and states by hand what each persona must see.
The access tests compare pages and rules against these statements.
"""

from dataclasses import dataclass, field

import pytest

PERSONAS = [
    "anonymous",
    "officer",
    "consultant",
    "leader",
    "partner",
    "outsider",
    "admin",
]


@dataclass
class World:
    users: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)
    # persona -> set of object keys they may see (admin sees all; anonymous nothing)
    visible: dict = field(default_factory=dict)
    # persona -> keys of objects whose name they may read without opening them (the
    # project a trial member's trial belongs to)
    named: dict = field(default_factory=dict)

    def __getattr__(self, name):
        if name.startswith("__"):  # copy's and pickle's questions, before objects is set
            raise AttributeError(name)
        try:
            return self.objects[name]
        except KeyError:
            raise AttributeError(name) from None

    def hidden_titles(self, persona):
        """Titles of objects this persona must never see on any page."""
        if persona == "admin":
            return set()
        keys = set(self.objects) - self.visible.get(persona, set()) - self.named.get(persona, set())
        return {str(self.objects[k]) for k in keys}


def build_world():
    from accounts.models import Role
    from accounts.tests.factories import (
        NotificationFactory,
        OrganisationFactory,
        UserFactory,
    )
    from fieldtrials.tests.factories import (
        FieldTrialFactory,
        FieldTrialMembershipFactory,
    )
    from programmes.tests.factories import (
        ProgrammeFactory,
        ProgrammeMembershipFactory,
        ProjectFactory,
        ProjectMembershipFactory,
    )
    from toolkit.tests.factories import ExerciseFactory, ParticipationFactory

    w = World()
    agency = OrganisationFactory(name="Lead Agency", kind="national_agency")
    for persona in PERSONAS[1:]:
        w.users[persona] = UserFactory(
            email=f"{persona}@example.org",
            full_name=f"{persona.title()} Person",
            is_staff=persona == "admin",
            is_superuser=persona == "admin",
        )
    w.users["anonymous"] = None
    u = w.users

    quartz = ProgrammeFactory(name="Quartz Programme", lead_organisation=agency)
    amber = ProjectFactory(programme=quartz, title="Amber Project", stage="incubate")
    beryl = ProjectFactory(programme=quartz, title="Beryl Project", stage="scan_horizon")
    coral = FieldTrialFactory(project=amber, title="Coral Trial")
    dune = FieldTrialFactory(project=amber, title="Dune Trial")
    elm = FieldTrialFactory(project=beryl, title="Elm Trial")
    onyx_programme = ProgrammeFactory(name="Onyx Programme", lead_organisation=agency)
    onyx_project = ProjectFactory(programme=onyx_programme, title="Onyx Project")
    onyx_trial = FieldTrialFactory(project=onyx_project, title="Onyx Trial")
    fern = ExerciseFactory(title="Fern Exercise", field_trial=coral, facilitator=u["consultant"])
    onyx_exercise = ExerciseFactory(title="Onyx Exercise", field_trial=onyx_trial)
    gale = NotificationFactory(recipient=u["leader"], message="Gale notice for leader")
    haze = NotificationFactory(recipient=u["officer"], message="Haze notice for officer")

    ProgrammeMembershipFactory(programme=quartz, user=u["officer"], role=Role.OFFICER)
    ProjectMembershipFactory(project=amber, user=u["partner"], role=Role.PARTNER)
    FieldTrialMembershipFactory(field_trial=coral, user=u["leader"], role=Role.PRACTITIONER)
    FieldTrialMembershipFactory(field_trial=coral, user=u["consultant"], role=Role.CONSULTANT)
    ParticipationFactory(exercise=fern, user=u["leader"])

    w.objects = {
        "quartz": quartz,
        "amber": amber,
        "beryl": beryl,
        "coral": coral,
        "dune": dune,
        "elm": elm,
        "onyx_programme": onyx_programme,
        "onyx_project": onyx_project,
        "onyx_trial": onyx_trial,
        "fern": fern,
        "onyx_exercise": onyx_exercise,
        "gale": gale,
        "haze": haze,
    }
    # What each persona may see, stated by hand from the design's access rules.
    w.visible = {
        "anonymous": set(),
        "outsider": set(),
        "officer": {"quartz", "amber", "beryl", "coral", "dune", "elm", "fern", "haze"},
        "consultant": {"quartz", "coral", "fern"},
        "leader": {"quartz", "coral", "fern", "gale"},
        "partner": {"quartz", "amber", "coral", "dune", "fern"},
        "admin": set(w.objects),
    }
    w.named = {"consultant": {"amber"}, "leader": {"amber"}}
    # Each app may add its own objects and what each persona may see of them.
    import importlib

    for app in [
        "accounts",
        "programmes",
        "fieldtrials",
        "discussions",
        "toolkit",
        "evaluation",
        "reports",
        "communities",
    ]:
        try:
            module = importlib.import_module(f"{app}.tests.world")
        except ModuleNotFoundError:
            continue
        module.extend(w)
    return w


@pytest.fixture(scope="session", autouse=True)
def _test_database_from_the_kept_schema(request, django_db_modify_db_settings, django_db_blocker):
    """On PostgreSQL, each process's test database starts as the migrated schema kept with
    the code (scripts/cluster-schema.sql, what `make cluster` starts from), and Django's
    setup (told to keep it: --reuse-db in pytest.ini) applies only the migrations newer than
    it: seconds, where migrating from nothing is nearly two minutes of a core. When a
    migration it holds has changed or gone, the database starts empty and is migrated from
    nothing, as with --create-db."""
    from django.db import connection

    if connection.vendor != "postgresql" or not request.config.getvalue("reuse_db"):
        return
    if request.config.getvalue("create_db"):
        return
    from nextpractice import kept_schema as kept

    creation, quote = connection.creation, connection.ops.quote_name
    name = creation._get_test_db_name()
    with django_db_blocker.unblock(), creation._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(name)} WITH (FORCE)")
        cursor.execute(f"CREATE DATABASE {quote(name)} {creation.sql_table_creation_suffix()}")
    if kept.why_not_usable():
        return
    from psycopg.conninfo import make_conninfo

    db = connection.settings_dict
    found = {"host": db["HOST"], "port": db["PORT"], "user": db["USER"], "password": db["PASSWORD"]}
    conninfo = make_conninfo(dbname=name, **{key: value for key, value in found.items() if value})
    kept.load(conninfo, name)


@pytest.fixture
def world(db):
    """The world, built (about 700 statements) the first time from a starting point, and put
    back after: each test its own copy (nextpractice/testing/replay.py)."""
    from nextpractice.testing.replay import replay

    return replay("world", build_world)[0]


@pytest.fixture(autouse=True)
def _eager_celery():
    """Run jobs in-process in tests unless a test sends them to a real worker itself."""
    from celery._state import _set_task_join_will_block

    from nextpractice.celery import app

    saved = (app.conf.task_always_eager, app.conf.task_eager_propagates)
    app.conf.task_always_eager = True
    app.conf.task_eager_propagates = True
    yield
    app.conf.task_always_eager, app.conf.task_eager_propagates = saved
    # Celery marks "inside a task" in one process-wide flag while it runs a job eagerly, and
    # restores what it found: race tests run jobs in several threads at once, and one can
    # restore another's "inside", after which every result.get() in this process refuses.
    _set_task_join_will_block(False)


def client_for(client, user):
    """A test client signed in as `user` (None: anonymous)."""
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _media_in_a_temporary_folder(settings, tmp_path):
    # Made, as the image and `make run` make theirs: /readyz names a missing one.
    (tmp_path / "media").mkdir(exist_ok=True)
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_search_choices():
    """Each test's database is rolled back, not the cache: the search filters' choices kept
    by an earlier test are not offered in this one."""
    from search.choices import move_on

    move_on()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Hashing strength is not under test; six users per test make PBKDF2 the slowest part.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


from nextpractice.testing.browser import chromium, page  # noqa: E402, F401  (fixtures)
from nextpractice.testing.worker import (  # noqa: E402, F401  (fixtures)
    jobs_to_a_worker,
    redis_url,
    start_worker,
    worker,
)


def pytest_report_header(config):
    import os

    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    broker = os.environ.get("CELERY_BROKER_URL") or "none: jobs in-process"
    return [f"database: {engine}", f"celery broker: {broker}"]
