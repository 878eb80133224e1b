"""A withdrawn project's field trials (all withdrawn first) are its officers' alone, as the
project is (programmes.rules.withdrawn_closed_to): for its consultants, its partners, the
trial's own team and a community of practice's other trials, their pages answer 404 and they
leave every list, export, picker and home panel. Its officers still read them, to restore
the project."""

import re

import pytest
from django.urls import reverse

from accounts.models import Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import CommunityOfPractice, FieldTrial, Milestone, MonthlyUpdate
from fieldtrials.rules import visible_fieldtrials, visible_updates
from fieldtrials.services.trial import move_trial_status
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from fieldtrials.tests.factories_records import MilestoneFactory, MonthlyUpdateFactory, RiskFactory
from programmes.services import restore_project, withdraw_project
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectMembershipFactory

pytestmark = pytest.mark.django_db

TITLE = "Heron Trial"


@pytest.fixture
def trial():
    return FieldTrialFactory(title=TITLE)


@pytest.fixture
def people(trial):
    """One person for each way into the trial, by name."""
    project = trial.project
    people = {name: UserFactory() for name in ("officer", "consultant", "partner", "leader")}
    people["neighbour"] = UserFactory()
    people["admin"] = UserFactory(is_staff=True, is_superuser=True)
    programme = project.programme
    ProgrammeMembershipFactory(programme=programme, user=people["officer"], role=Role.OFFICER)
    ProgrammeMembershipFactory(programme=programme, user=people["consultant"], role=Role.CONSULTANT)
    ProjectMembershipFactory(project=project, user=people["partner"], role=Role.PARTNER)
    FieldTrialMembershipFactory(field_trial=trial, user=people["leader"], role=Role.PRACTITIONER)
    # A member of another trial (another project) in the same community of practice.
    other = FieldTrialFactory(title="Kestrel Trial")
    FieldTrialMembershipFactory(field_trial=other, user=people["neighbour"])
    community = CommunityOfPractice.objects.create(name="Wader Community")
    community.field_trials.set([trial, other])
    return people


def _text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def _trial_pages(trial, update):
    pk = trial.pk
    names = [
        "fieldtrial_detail",
        "fieldtrial_status",
        "fieldtrial_details",
        "fieldtrial_milestones",
        "fieldtrial_risks",
        "fieldtrial_support",
        "fieldtrial_history",
        "update_list",
    ]
    urls = [reverse(f"fieldtrials:{name}", args=[pk]) for name in names]
    urls.append(reverse("fieldtrials:update_detail", args=[update.pk]))
    urls.append(reverse("evaluation:field_trial_evaluation", args=[pk]))
    return urls


def _withdraw(trial, officer):
    move_trial_status(
        trial=trial, to_status=FieldTrial.Status.WITHDRAWN, actor=officer, reason="Mistake"
    )
    withdraw_project(project=trial.project, actor=officer, reason="Added twice")


def test_only_its_officers_open_a_withdrawn_project_s_trials(client, trial, people):
    update = MonthlyUpdateFactory(field_trial=trial, status="submitted")
    milestone = MilestoneFactory(field_trial=trial)
    RiskFactory(field_trial=trial)
    pages = _trial_pages(trial, update)
    officer = people["officer"]
    move_trial_status(
        trial=trial, to_status=FieldTrial.Status.WITHDRAWN, actor=officer, reason="Mistake"
    )
    before = {}
    for name, user in people.items():  # a withdrawn trial of a project not withdrawn: read
        client.force_login(user)
        before[name] = [client.get(url).status_code for url in pages]
        assert 404 not in before[name], name  # (its status page moved by officers only: 403)

    withdraw_project(project=trial.project, actor=officer, reason="Added twice")
    # Read afresh, as a page reads them.
    trial = FieldTrial.objects.get(pk=trial.pk)
    milestone = Milestone.objects.get(pk=milestone.pk)
    update = MonthlyUpdate.objects.get(pk=update.pk)
    for name, user in people.items():
        client.force_login(user)
        opens = name in ("officer", "admin")
        expected = before[name] if opens else [404] * len(pages)
        assert [client.get(url).status_code for url in pages] == expected, name
        # The list filter and the rule are one: they agree for each.
        assert visible_fieldtrials(user).filter(pk=trial.pk).exists() is opens, name
        assert user.has_perm("fieldtrials.view_fieldtrial", trial) is opens, name
        assert user.has_perm("fieldtrials.view_record", milestone) is opens, name
        assert visible_updates(user).filter(pk=update.pk).exists() is opens, name
        assert user.has_perm("fieldtrials.view_update", update) is opens, name

    restore_project(project=trial.project, actor=officer, reason="It was right")
    for user in people.values():
        client.force_login(user)
        assert client.get(pages[0]).status_code == 200


def test_a_withdrawn_project_s_trials_leave_lists_exports_and_home_panels(client, trial, people):
    _withdraw(trial, people["officer"])
    listed = reverse("fieldtrials:fieldtrial_list")
    status = {"status": FieldTrial.Status.WITHDRAWN}
    export = reverse("fieldtrials:fieldtrial_export")
    for name in ("consultant", "partner", "leader", "neighbour"):
        client.force_login(people[name])
        assert TITLE not in _text(client.get(listed, status)), name
        assert TITLE not in client.get(export, status).content.decode(), name
        assert TITLE not in _text(client.get(reverse("home"))), name
    # Its officers still find it among the withdrawn trials, to go and restore the project.
    client.force_login(people["officer"])
    assert TITLE in _text(client.get(listed, status))
    assert TITLE in client.get(export, status).content.decode()


def test_the_rule_reads_a_live_trial_s_project_never(trial, people, django_assert_num_queries):
    """Only a withdrawn trial can be a withdrawn project's: a live one's project is not read."""
    from accounts.memberships import memberships_of

    leader = people["leader"]
    live = FieldTrial.objects.get(pk=trial.pk)  # without its project
    memberships_of(leader)
    with django_assert_num_queries(0):
        assert leader.has_perm("fieldtrials.view_fieldtrial", live)
