"""A project's overview and the pages beside it: the overview counts its trials instead of
listing them, the field trials page pages them 25 at a time and downloads what the person
sees, Phase 1 and history keep what the old long page had, each at a constant query cost."""

import csv
import io

import pytest
from django.urls import reverse

from accounts.models import Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.models import Objective, StageMove
from programmes.tests.factories import (
    ProgrammeMembershipFactory,
    ProjectFactory,
    ProjectMembershipFactory,
)

pytestmark = pytest.mark.django_db


def officer_of(programme):
    user = UserFactory()
    ProgrammeMembershipFactory(programme=programme, user=user, role=Role.OFFICER)
    return user


def url(name, project, **query):
    address = reverse(f"programmes:{name}", args=[project.pk])
    return address + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_the_overview_counts_the_trials_by_status_and_names_the_live_reds(client):
    project = ProjectFactory()
    FieldTrialFactory(project=project, title="Red Under Way", latest_rag="red")
    FieldTrialFactory(project=project, title="Amber Under Way", latest_rag="amber")
    FieldTrialFactory(project=project, title="No Update Yet")
    FieldTrialFactory(
        project=project, title="Red But Finished", latest_rag="red", status="completed"
    )
    FieldTrialFactory(title="Red Elsewhere", latest_rag="red")
    client.force_login(officer_of(project.programme))

    page = client.get(project.get_absolute_url()).content.decode()

    assert "4 in all: 3 incubating, 1 completed." in page  # an officer sees every trial
    assert "of the 3 under way:" in page
    assert ">Red</strong> 1;" in page and ">Amber</strong> 1;" in page
    assert "no update yet: 1." in page
    assert "Red Under Way" in page  # named, with its link
    for hidden in ("Red But Finished", "Amber Under Way", "Red Elsewhere"):
        assert hidden not in page  # counted, not listed
    assert "See the 4 field trials" in page
    assert "<table" not in page.split("Where the project stands")[0]


def test_the_overview_and_trials_page_say_you_can_see_only_to_who_sees_some(client):
    from fieldtrials.tests.factories import FieldTrialMembershipFactory

    project = ProjectFactory()
    theirs = FieldTrialFactory(project=project, title="Their Trial")
    FieldTrialFactory(project=project, title="Another School's Trial")
    leader = UserFactory()  # of the project's team, and of one of its trials
    ProjectMembershipFactory(project=project, user=leader, role=Role.PRACTITIONER)
    FieldTrialMembershipFactory(field_trial=theirs, user=leader, role=Role.PRACTITIONER)
    officer = officer_of(project.programme)
    said = {}
    for who, user in (("leader", leader), ("officer", officer)):
        client.force_login(user)
        overview = client.get(project.get_absolute_url()).content.decode()
        trials = client.get(url("project_trials", project)).content.decode()
        said[who] = (overview, trials)
    overview, trials = said["leader"]
    assert "1 you can see: 1 incubating." in overview
    assert "(all 1 you can see, for a spreadsheet)" in trials
    overview, trials = said["officer"]
    assert "2 in all: 2 incubating." in overview and "2 you can see" not in overview
    assert "(all 2, for a spreadsheet)" in trials
    assert 'aria-label="Field trials of this project"' in trials


def test_the_overview_names_five_reds_and_counts_the_rest(client):
    project = ProjectFactory()
    for n in range(7):
        FieldTrialFactory(project=project, title=f"Red {n}", latest_rag="red")
    client.force_login(officer_of(project.programme))
    page = client.get(project.get_absolute_url()).content.decode()
    assert [f"Red {n}" in page for n in range(7)] == [True] * 5 + [False] * 2
    assert "and 2 more" in page


def test_the_sub_navigation_marks_the_page_and_offers_people_only_to_those_who_manage_them(
    client, world
):
    client.force_login(world.users["officer"])
    page = client.get(url("project_trials", world.amber)).content.decode()
    trials_url = url("project_trials", world.amber)
    assert f'href="{trials_url}" aria-current="page">Field trials</a>' in page
    assert f'href="{world.amber.get_absolute_url()}">Overview</a>' in page
    people_url = reverse("people:people", args=["project", world.amber.pk])
    assert f'href="{people_url}"' in page

    client.force_login(world.users["partner"])
    page = client.get(world.amber.get_absolute_url()).content.decode()
    assert 'aria-current="page">Overview</a>' in page
    assert f'href="{people_url}"' not in page
    assert f'href="{url("project_phase1", world.amber)}">Phase 1</a>' in page


def test_the_field_trials_page_shows_25_a_page_and_the_rest_on_the_next(client):
    project = ProjectFactory()
    FieldTrialFactory.create_batch(26, project=project)
    client.force_login(officer_of(project.programme))

    first = client.get(url("project_trials", project)).content.decode()
    second = client.get(url("project_trials", project, page=2)).content.decode()

    titles = sorted(project.field_trials.values_list("title", flat=True))
    assert all(f">{t}</a>" in first for t in titles[:25]) and f">{titles[25]}</a>" not in first
    assert f">{titles[25]}</a>" in second and f">{titles[0]}</a>" not in second
    assert "26 field trials: 1 to 25" in first and "26 field trials: 26 to 26" in second
    assert 'aria-label="Pages of field trials"' in first


def test_the_field_trials_page_offers_a_download_only_when_it_holds_a_trial(client):
    """A project with no field trials yet says where trials come from and offers no download
    (it held only its headings); with one, the link is there and its download holds it."""
    project = ProjectFactory()
    client.force_login(officer_of(project.programme))
    export = url("project_trials_export", project)
    page = client.get(url("project_trials", project)).content.decode()
    assert "No field trials yet" in page and export not in page
    FieldTrialFactory(project=project, title="Learning in Whole Days")
    page = client.get(url("project_trials", project)).content.decode()
    assert f'href="{export}"' in page and f'href="{export}?format=xlsx"' in page
    rows = list(csv.reader(io.StringIO(client.get(export).content.decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["Learning in Whole Days"]


def test_the_field_trials_download_holds_every_trial_the_person_sees_and_no_other(client):
    project = ProjectFactory()
    FieldTrialFactory.create_batch(27, project=project, latest_rag="green")
    FieldTrialFactory(title="Another Project's Trial")
    client.force_login(officer_of(project.programme))

    response = client.get(url("project_trials_export", project))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))

    assert response["Content-Disposition"].endswith(f'field-trials-project-{project.pk}.csv"')
    assert rows[0][:2] == ["Field trial", "Status"]
    assert sorted(r[0] for r in rows[1:]) == sorted(
        project.field_trials.values_list("title", flat=True)
    )
    assert {r[5] for r in rows[1:]} == {"Green"}
    xlsx = client.get(url("project_trials_export", project, format="xlsx"))
    assert xlsx.status_code == 200 and xlsx["Content-Disposition"].endswith('.xlsx"')


def test_phase_1_keeps_the_records_and_their_controls_for_officers_only(client, world):
    Objective.objects.create(project=world.amber, text="Agreed aim", status="agreed")
    client.force_login(world.users["officer"])
    page = client.get(url("project_phase1", world.amber)).content.decode()
    for text in ("Kelp Problem", "Agreed aim", "Moss Data", "Nettle Innovator", "Ivy Stimulus"):
        assert text in page
    for control in ("Edit the narrative", "Add an objective", "Record a workshop"):
        assert control in page

    client.force_login(world.users["partner"])
    page = client.get(url("project_phase1", world.amber)).content.decode()
    assert "Kelp Problem" in page
    for control in ("Edit the narrative", "Add an objective", "Record a workshop"):
        assert control not in page


def test_adding_a_need_record_returns_to_the_phase_1_page_at_its_banner(client, world):
    """At the top of the page, where the banner saying it was added takes focus: at
    #analyse-need, the jump took the banner out of view and focus from it (nextpractice.told)."""
    client.force_login(world.users["officer"])
    response = client.post(
        reverse("programmes:problem_create", args=[world.amber.pk]),
        {"text": "Too few leaders", "kind": "problem"},
    )
    assert response["Location"] == url("project_phase1", world.amber)


def test_the_history_page_tells_each_stage_move_with_its_override_and_reason(client, world):
    client.force_login(world.users["officer"])
    client.post(
        reverse("programmes:project_move", args=[world.beryl.pk]),
        {"to_stage": "generate_options", "reason": "Board agreed", "override": "on"},
    )
    assert StageMove.objects.filter(project=world.beryl, overridden=True).exists()
    page = client.get(url("project_history", world.beryl)).content.decode()
    assert "moved the project from Scan the horizon to Generate creative options" in page
    assert "Gate overridden" in page and "Why: Board agreed" in page


@pytest.mark.parametrize("size", [3, 30])
def test_each_page_of_a_project_costs_the_same_queries_for_3_and_30_trials(
    client, django_assert_num_queries, size
):
    project = ProjectFactory()
    officer = officer_of(project.programme)
    FieldTrialFactory.create_batch(size, project=project, latest_rag="red")
    FieldTrialFactory.create_batch(size, project=project, status=FieldTrial.Status.COMPLETED)
    for i in range(size):
        Objective.objects.create(project=project, text=f"Objective {i}", status="agreed")
    client.force_login(officer)
    # session, user, memberships, unread, project, gate, one query per Phase 1 record kind,
    # the trials counted and the reds named, the reports panel (two), recent activity, whether
    # the person follows it
    with django_assert_num_queries(20):
        client.get(project.get_absolute_url())
    # session, user, memberships, unread, project, count, page of trials, offer and support
    with django_assert_num_queries(9):
        client.get(url("project_trials", project))
    # session, user, memberships, project, the trials (one query, however many)
    with django_assert_num_queries(5):
        client.get(url("project_trials_export", project))
    # session, user, memberships, unread, project, a count for each of Phase 1's seven lists
    # and a page of the one with rows (objectives), withdrawn records (one query a kind),
    # options by status (programmes/tests/test_phase1_paging.py pages every list)
    with django_assert_num_queries(18):
        client.get(url("project_phase1", project))
    # session, user, memberships, unread, project, stage moves, history
    with django_assert_num_queries(7):
        client.get(url("project_history", project))


def test_a_project_member_outside_its_trials_is_told_it_has_some_and_not_which(client):
    from fieldtrials.tests.factories import FieldTrialMembershipFactory

    project = ProjectFactory()
    FieldTrialFactory(project=project, title="Family Reading Cafe")
    head = UserFactory()  # of the project's team, of none of its trials
    ProjectMembershipFactory(project=project, user=head, role=Role.PRACTITIONER)
    client.force_login(head)

    for page in (
        client.get(project.get_absolute_url()).content.decode(),
        client.get(url("project_trials", project)).content.decode(),
    ):
        assert "No field trials yet" not in page
        assert "The project has 1 field trial. You can open the trials you work on" in page
        assert "not a member of any of them yet" in page
        assert "Family Reading Cafe" not in page

    # Once on one of two, they see theirs and are told of the other, unnamed.
    theirs = FieldTrialFactory(project=project, title="Their Trial")
    FieldTrialMembershipFactory(field_trial=theirs, user=head, role=Role.PRACTITIONER)
    overview = client.get(project.get_absolute_url()).content.decode()
    trials = client.get(url("project_trials", project)).content.decode()
    for page in (overview, trials):
        assert "The project has 2 field trials. You can open the trials you work on:" in page
        assert "Family Reading Cafe" not in page
    assert "1 you can see: 1 incubating." in overview and "Their Trial" in trials


def test_who_sees_every_trial_is_not_told_of_hidden_ones(client):
    project = ProjectFactory()
    client.force_login(officer_of(project.programme))
    assert "No field trials yet" in client.get(project.get_absolute_url()).content.decode()
    FieldTrialFactory(project=project)
    for address in (project.get_absolute_url(), url("project_trials", project)):
        page = client.get(address).content.decode()
        assert "The project has" not in page and "No field trials yet" not in page


def test_a_member_who_sees_some_trials_is_told_of_their_offer_and_support_only(client):
    """The trials page's offer and support counted every trial of the project, to a member
    who sees only theirs (the support log it links to counts theirs): now theirs, said so."""
    from fieldtrials.tests.factories import FieldTrialMembershipFactory
    from fieldtrials.tests.factories_records import OfferUseFactory, SupportSessionFactory

    project = ProjectFactory()
    theirs = FieldTrialFactory(project=project, title="Their Trial")
    other = FieldTrialFactory(project=project, title="Family Reading Cafe")
    SupportSessionFactory(field_trial=theirs, hours=2)
    SupportSessionFactory.create_batch(3, field_trial=other, hours=5)
    OfferUseFactory(field_trial=theirs, element="change_support")
    OfferUseFactory.create_batch(4, field_trial=other, element="ideas_pool")
    head = UserFactory()
    ProjectMembershipFactory(project=project, user=head, role=Role.PRACTITIONER)
    FieldTrialMembershipFactory(field_trial=theirs, user=head, role=Role.PRACTITIONER)

    client.force_login(head)
    page = client.get(url("project_trials", project)).content.decode()
    assert "Support given to the trials you can see: 2 hours in 1 session" in page
    assert "The incubation offer the trials you can see drew on" in page
    assert "17 hours" not in page and "4 sessions" not in page
    assert "Family Reading Cafe" not in page
    support_log = client.get(reverse("fieldtrials:project_support", args=[project.pk]))
    assert "2 hours" in support_log.content.decode()

    client.force_login(officer_of(project.programme))
    page = client.get(url("project_trials", project)).content.decode()
    assert "Support given to its trials: 17 hours in 4 sessions" in page
    assert "The incubation offer its trials drew on" in page


def test_phase1_offers_a_download_only_for_need_analysis_lists_with_rows(
    client, django_assert_num_queries
):
    """A new project's Phase 1 ended with eight CSV and XLSX links for lists that each said
    "None recorded": an empty list offers nothing to download, read from the counts the page
    already makes (18 queries, as with no change)."""
    project = ProjectFactory()
    client.force_login(officer_of(project.programme))
    page = client.get(url("project_phase1", project)).content.decode()
    assert "No objectives yet." in page
    assert "Download the need analysis" not in page and "export/" not in page

    Objective.objects.create(project=project, text="Every school in a partnership")
    with django_assert_num_queries(18):
        page = client.get(url("project_phase1", project)).content.decode()
    downloads = page.split("Download the need analysis for a spreadsheet:")[1].split("</p>")[0]
    assert "objectives (" in downloads and "CSV<span" in downloads
    assert downloads.count("download>") == 2  # the objectives' CSV and XLSX, no others
    for empty in ("problem statements", "data sources", "potential innovators"):
        assert empty not in downloads
