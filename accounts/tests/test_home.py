import datetime
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from accounts.models import Invitation, Role, User
from accounts.selectors import NEW_HERE_FOR
from accounts.tests.factories import OrganisationFactory, UserFactory
from communities.tests.factories import JoinRequestFactory
from fieldtrials.models import CommunityOfPractice, FieldTrial, Milestone, Risk
from fieldtrials.selectors_list import TEAM_LINES_SHOWN
from fieldtrials.services.updates import add_months, current_month
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from fieldtrials.tests.factories_records import (
    MilestoneFactory,
    MonthlyUpdateFactory,
    OfferUseFactory,
    PowerToInnovateRequestFactory,
    RiskFactory,
)
from nextpractice.testing.demo import load_demo
from programmes.models import Stage
from programmes.services import close_project
from programmes.tests.factories import (
    ProgrammeFactory,
    ProgrammeMembershipFactory,
    ProjectFactory,
    ProjectMembershipFactory,
)
from reports.models import Report
from toolkit.models import Answer, Participation
from toolkit.questions import questions_of
from toolkit.tests.factories import ExerciseFactory, ParticipationFactory, ToolVersionFactory

START = reverse("toolkit:exercise_start")
PARTNER_QUERIES = 18


def home(client, user):
    client.force_login(user)
    return client.get(reverse("home")).content.decode()


def test_above_welcome_is_their_organisation_and_nothing_when_they_have_none(client, db):
    """Someone with no organisation read "Next Practice" above their name, as if the
    product were where they worked."""
    person = UserFactory(full_name="Ada Lovelace", organisation=None)
    page = home(client, person)
    assert "Welcome, Ada" in page
    assert "govuk-caption-l" not in page.split("Welcome, Ada", 1)[0].split("<main", 1)[1]
    person.organisation = OrganisationFactory(name="Hillside Primary School")
    person.save()
    assert '<span class="govuk-caption-l">Hillside Primary School</span>' in home(client, person)


def test_an_officer_sees_their_programmes_and_every_project_with_its_stage(client, world):
    page = home(client, world.users["officer"])
    assert "Programmes and projects" in page
    for title in ("Quartz Programme", "Amber Project", "Beryl Project"):
        assert title in page
    assert "Incubate" in page and "Scan the horizon" in page
    assert "Onyx" not in page


def test_a_programme_without_projects_says_so_without_you_can_see_to_its_officer(client, world):
    ProgrammeMembershipFactory(
        programme=ProgrammeFactory(name="Empty Programme"),
        user=world.users["officer"],
        role=Role.OFFICER,
    )
    page = home(client, world.users["officer"])
    assert "No projects in this programme yet." in page
    assert "No projects you can see" not in page


def test_an_innovation_zone_without_projects_says_it_works_through_its_partnership(client, world):
    """A zone has no projects by design: the home page says so, as its page does, and links
    to where its progress is, rather than "No projects ... yet"."""
    zone = ProgrammeFactory(name="Garnet Zone", kind="zone")
    ProgrammeMembershipFactory(programme=zone, user=world.users["officer"], role=Role.OFFICER)
    page = home(client, world.users["officer"])
    section = page.split("Garnet Zone", 1)[1].split("<h3", 1)[0]
    assert "This innovation zone has no projects: it works through its partnership" in section
    assert reverse("evaluation:programme_evaluation", args=[zone.pk]) in section
    assert "No projects" not in section


def test_a_school_leader_sees_their_trial_and_the_exercise_waiting_for_them(client, world):
    page = home(client, world.users["leader"])
    assert "Your field trials" in page and "Coral Trial" in page
    assert "Your toolkit exercises" in page and "Fern Exercise" in page and "To do" in page
    assert "Dune Trial" not in page
    assert "Programmes and projects" not in page


def test_a_head_who_joined_a_project_finds_it_on_home_as_their_trials(client, db):
    head = UserFactory()
    project = ProjectFactory(title="Reading For Pleasure")
    ProjectMembershipFactory(project=project, user=head, role=Role.PRACTITIONER)
    ProjectFactory(title="Someone Else's Project", programme=project.programme)
    page = home(client, head)
    assert "Your projects" in page and "Reading For Pleasure" in page
    assert project.get_absolute_url() in page and project.programme.name in page
    assert "Someone Else" not in page
    assert "Your field trials" not in page  # none yet


def test_a_facilitator_finds_the_exercises_they_run_with_state_and_submissions(client, world):
    world.birch.closed_at = timezone.make_aware(datetime.datetime(2007, 5, 4, 12))
    world.birch.save()
    page = home(client, world.users["consultant"])
    assert "Exercises you run" in page
    assert page.index("Birch Exercise") < page.index("Fern Exercise")  # newest first
    assert world.fern.get_absolute_url() in page and world.birch.get_absolute_url() in page
    assert "Coral Trial (field trial)" in page and world.fern.tool.title in page
    assert "Closed" in page and "on 4 May 2007" in page
    assert "1 of 1" in page and "0 of 1" in page
    assert "Onyx Exercise" not in page
    assert f'href="{START}"' in page and "Start a toolkit exercise" in page


def exercise_row(page, title):
    return next(r for r in page.split('<tr class="govuk-table__row">') if title in r)


def test_a_school_leader_sees_how_far_they_are_through_an_exercise(client, world):
    leader = world.users["leader"]
    participation = Participation.objects.get(exercise=world.fern, user=leader)
    questions = len(questions_of(world.fern.definition))
    # One answered; a second saved but emptied again does not count.
    Answer.objects.create(participation=participation, question="first.rate", value=3)
    Answer.objects.create(participation=participation, question="second.short", value="")
    row = exercise_row(home(client, leader), "Fern Exercise")
    assert "Started" in row and f"1 of {questions} answered" in row
    assert "To do" not in row
    # With none answered, it is still to do.
    Answer.objects.filter(participation=participation).delete()
    row = exercise_row(home(client, leader), "Fern Exercise")
    assert "To do" in row and "Started" not in row and "answered" not in row


def test_exercises_run_by_someone_else_are_not_listed_as_yours(client, world):
    page = home(client, world.users["officer"])
    assert "Exercises you run" in page and "You are not running any toolkit exercises" in page
    assert f'href="{START}"' in page
    assert "Fern Exercise" not in page and "Onyx Exercise" not in page


def test_a_school_leader_may_start_an_exercise_from_home(client, world):
    page = home(client, world.users["leader"])
    assert "Exercises you run" in page and f'href="{START}"' in page


def test_a_facilitator_sees_their_ten_newest_exercises(client, world):
    consultant = world.users["consultant"]
    version = ToolVersionFactory()
    start = timezone.now()
    for i in range(12):
        ExerciseFactory(
            title=f"Ash {i:02}", facilitator=consultant, tool_version=version,
            created_at=start + datetime.timedelta(minutes=i),
        )  # fmt: skip
    page = home(client, consultant)
    assert "Showing the 10 you started most recently" in page
    assert "Ash 11" in page and "Ash 02" in page
    assert "Ash 01" not in page and "Birch Exercise" not in page


def test_a_partner_sees_the_projects_they_partner(client, world):
    page = home(client, world.users["partner"])
    assert "Your programmes, projects and field trials" in page and "Amber Project" in page
    assert "Beryl Project" not in page
    assert "Exercises you run" not in page and START not in page


def test_a_partner_downloads_the_latest_report_of_what_they_partner_from_home(client, world):
    report = world.amber_report
    today = timezone.localdate()
    newer = Report.objects.create(
        project=world.amber,
        state=Report.State.READY,
        requested_by=world.users["partner"],
        finished_at=timezone.now(),
        size=2048,
        pages=1,
        covers_from=today - datetime.timedelta(days=30),
        covers_to=today,
    )
    page = home(client, world.users["partner"])
    assert reverse("reports:report_download", args=[newer.pk]) in page
    assert reverse("reports:report_download", args=[report.pk]) not in page  # only the latest
    assert f"asked for by {world.users['partner'].full_name}, 2.0\xa0KB" in page
    assert reverse("reports:subject_reports", args=["project", world.amber.pk]) in page
    assert reverse("reports:report_create", args=["project", world.amber.pk]) in page
    assert reverse("reports:report_list") in page
    assert "once they have been prepared" not in page
    assert reverse("reports:report_download", args=[world.onyx_report.pk]) not in page


def test_the_latest_report_on_home_is_the_one_covering_the_latest_time(client, world):
    """A report of a past period asked for today is not the latest picture: the home page
    offered it in place of last month's, saying only the day it was made."""
    Report.objects.all().delete()
    partner = world.users["partner"]

    def made(start, end, finished):
        return Report.objects.create(
            project=world.amber, state=Report.State.READY, requested_by=partner, size=2048,
            pages=1, covers_from=start, covers_to=end, finished_at=finished,
        )  # fmt: skip

    now = timezone.now()
    november = made(
        datetime.date(2026, 11, 1), datetime.date(2026, 11, 30), now - datetime.timedelta(days=1)
    )
    september = made(datetime.date(2026, 9, 1), datetime.date(2026, 9, 30), now)
    page = home(client, partner)
    assert reverse("reports:report_download", args=[november.pk]) in page
    assert reverse("reports:report_download", args=[september.pk]) not in page
    assert "Covers 1 Nov 2026 to 30 Nov 2026; made" in page


def test_a_partner_is_told_when_no_report_has_been_prepared(client, world):
    Report.objects.all().delete()
    page = home(client, world.users["partner"])
    assert "once they have been prepared" in page
    assert reverse("reports:report_create", args=["project", world.amber.pk]) in page


def test_a_partner_of_a_programme_without_projects_sees_it_with_its_reports(client, db):
    # As the demo partner partners the Knowsley Innovation Zone, which has no projects.
    partner = UserFactory()
    zone = ProgrammeFactory(name="Knowsley Zone")
    ProgrammeMembershipFactory(programme=zone, user=partner, role=Role.PARTNER)
    report = Report.objects.create(
        programme=zone, state=Report.State.READY, requested_by=partner, size=10, pages=1
    )
    page = home(client, partner)
    assert "Knowsley Zone" in page
    assert reverse("reports:report_download", args=[report.pk]) in page
    assert reverse("reports:report_create", args=["programme", zone.pk]) in page


def test_a_trial_member_who_also_partners_sees_their_trial_with_its_report(client, world):
    partner = world.users["partner"]
    FieldTrialMembershipFactory(field_trial=world.elm, user=partner, role=Role.PRACTITIONER)
    report = Report.objects.create(
        field_trial=world.elm, state=Report.State.READY, requested_by=partner, size=10, pages=1
    )
    page = home(client, partner)
    assert "Elm" in page
    assert reverse("reports:report_download", args=[report.pk]) in page
    assert reverse("reports:report_create", args=["trial", world.elm.pk]) in page


def test_someone_with_no_memberships_is_told_how_to_get_access(client, world):
    page = home(client, UserFactory())
    assert "You are not a member of any programme, project or field trial at the moment." in page
    assert "ask to join a community of interest" in page
    # Said as well to someone removed from everything they were in: not "not yet".
    assert "not yet" not in page
    assert "Quartz" not in page
    assert "Exercises you run" not in page and START not in page


def test_an_outside_member_of_a_community_is_told_what_they_joined_not_that_they_are_in_none(
    client, world
):
    page = home(client, world.users["outsider"])
    assert "Juniper Community" in page
    assert "You joined this community from outside the programme" in page
    assert "not a member of any" not in page and "Quartz" not in page


def test_a_programme_member_sees_their_request_to_join_waiting_and_may_withdraw_it(client, world):
    """Only someone in no programme saw "You asked to join": Coral's school leader asked
    Juniper (Elm's) and heard nothing of it on their home page."""
    from communities.models import JoinRequest
    from communities.services import ask_to_join

    leader = world.users["leader"]
    asked = ask_to_join(community=world.juniper, actor=leader, message="Hello")
    JoinRequest.objects.filter(pk=asked.pk).update(
        created_at=datetime.datetime(2026, 11, 3, 12, tzinfo=datetime.UTC)
    )
    page = home(client, leader)
    assert (
        "You asked to join ‘Juniper Community’ on 3 November 2026: its convenor will decide"
    ) in page
    leave = reverse("communities:leave", args=[world.juniper.pk])
    assert (
        f'<a class="govuk-link" href="{leave}">Withdraw your request<span '
        'class="govuk-visually-hidden"> to join Juniper Community</span></a>'
    ) in page
    assert "Coral Trial" in page  # their own home page still, with their trial
    JoinRequest.objects.filter(pk=asked.pk).update(status=JoinRequest.Status.WITHDRAWN)
    assert "You asked to join" not in home(client, leader)


@pytest.mark.parametrize("size", [1, 25])
def test_home_costs_the_same_queries_however_much_there_is(
    client, django_assert_num_queries, db, size
):
    officer, leader, partner = UserFactory(), UserFactory(), UserFactory()
    for _ in range(size):
        # Moved on to System learning with its trial still under way, which the home pages
        # say beside its stage (one query for every project listed).
        project = ProjectFactory(stage=Stage.SYSTEM_LEARNING)
        ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
        ProgrammeMembershipFactory(programme=project.programme, user=partner, role=Role.PARTNER)
        trial = FieldTrialFactory(project=project)
        ProjectMembershipFactory(project=project, user=leader, role=Role.PRACTITIONER)
        FieldTrialMembershipFactory(field_trial=trial, user=leader, role=Role.PRACTITIONER)
        FieldTrialMembershipFactory(field_trial=trial, user=partner, role=Role.PRACTITIONER)
        for subject in (
            {"programme": project.programme},
            {"project": project},
            {"field_trial": trial},
        ):
            Report.objects.create(**subject, state=Report.State.READY, requested_by=officer)
        ParticipationFactory(
            user=leader, exercise__field_trial=trial, exercise__facilitator=officer
        )
        # And one programme that has ended, tagged so and listed last (no query more).
        ended = ProgrammeFactory(end_date=timezone.localdate() - timedelta(days=1))
        ProgrammeMembershipFactory(programme=ended, user=officer, role=Role.OFFICER)
        ProgrammeMembershipFactory(programme=ended, user=partner, role=Role.PARTNER)
        # Each asked to join a community of interest, and waits (no query more to say so).
        asked = CommunityOfPractice.objects.create(name=f"Asked {project.pk}")
        for person in (officer, leader, partner):
            JoinRequestFactory(user=person, community=asked)
    client.force_login(officer)
    # session, user, their memberships (read once: their roles and every permission are
    # answered from them), programmes, prefetched projects, attention counts, exercises they
    # run, recent activity, whether they follow anything (they do not), communities they
    # joined from outside and their own requests to join one, requests to join communities
    # they convene, unread count, the
    # field trials of their projects, the projects' trials still under way, whether the
    # toolkit has a tool to start an exercise with, the asks for support not yet given
    with django_assert_num_queries(16):
        response = client.get(reverse("home"))
    assert response.status_code == 200
    assert response.text.count('govuk-tag--grey">Ended</strong>') == size
    client.force_login(partner)
    # as the leader's (they are also in a trial's team), and their programmes, projects and trials
    # with the id of the newest report of each (3), and those reports (1), and the projects'
    # trials still under way (1)
    with django_assert_num_queries(PARTNER_QUERIES + 1 + (size == 1)):
        assert client.get(reverse("home")).status_code == 200
    client.force_login(leader)
    # session, user, their memberships (read once; every permission is answered from them),
    # unread count, their trials' communities, what needs attention in their trials and what
    # to do in each (2; their milestones only when some are due: none here), projects,
    # trials, exercises, exercises they run... and their answers to those not submitted, what
    # happened lately in their work and in what they follow, communities joined from outside
    # and their own requests to join one, requests to join communities they convene, their
    # projects' trials still under way, whether the toolkit has a tool to start;
    # and, with one trial, whether it has a month to write (its link to write this month's
    # update)
    with django_assert_num_queries(18 + (size == 1)):
        assert client.get(reverse("home")).status_code == 200


def test_a_new_school_leader_is_told_what_a_trials_team_does_here(client, db):
    """A head's first home page said nothing of what they would be asked to do."""
    trial = FieldTrialFactory()
    head = UserFactory()
    FieldTrialMembershipFactory(field_trial=trial, user=head, role=Role.PRACTITIONER)
    page = home(client, head)
    assert "What a field trial's team does in Next Practice" in page
    assert '<details class="govuk-details" id="what-you-do" open>' in page
    assert "Each month, a monthly update" in page
    assert reverse("fieldtrials:update_create", args=[trial.pk]) in page
    # A month on, it is there to open, no longer open by itself.
    head.date_joined = timezone.now() - datetime.timedelta(days=45)
    head.save()
    page = home(client, head)
    assert '<details class="govuk-details" id="what-you-do">' in page
    # Not for those who run the programme.
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    assert 'id="what-you-do"' not in home(client, officer)


def test_a_head_is_offered_this_months_update_only_while_their_trial_has_one_to_write(client, db):
    """A trial starting next month has no update to write: the home page's link led to "No
    update to write yet"; nor once every month it can report on has its update."""
    trial = FieldTrialFactory(start_date=add_months(current_month(), 1))
    head = UserFactory()
    FieldTrialMembershipFactory(field_trial=trial, user=head, role=Role.PRACTITIONER)
    write = reverse("fieldtrials:update_create", args=[trial.pk])
    page = home(client, head)
    assert "Each month, a monthly update" in page and write not in page
    trial.start_date = current_month()
    trial.save()
    assert write in home(client, head)
    MonthlyUpdateFactory(field_trial=trial, month=current_month(), status="submitted")
    assert write not in home(client, head)


def test_a_head_is_not_offered_an_update_for_a_trial_of_a_closed_project(client, db):
    """A closed project's trials owe no update: the link led to the 409 "This project is
    closed" page."""
    officer = UserFactory()
    project = ProjectFactory(stage=Stage.SYSTEM_LEARNING)
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    trial = FieldTrialFactory(
        project=project,
        status=FieldTrial.Status.COMPLETED,
        start_date=add_months(current_month(), -3),
        end_date=timezone.localdate(),
    )
    head = UserFactory()
    FieldTrialMembershipFactory(field_trial=trial, user=head, role=Role.PRACTITIONER)
    write = reverse("fieldtrials:update_create", args=[trial.pk])
    assert write in home(client, head)  # its months have no update yet
    close_project(project=project, actor=officer, closed_on=timezone.localdate(), note="Done")
    page = home(client, head)
    assert "Each month, a monthly update" in page and write not in page
    assert client.get(write).status_code == 409  # where the link led


def test_a_head_whose_trials_projects_are_all_closed_is_not_offered_to_start_an_exercise(
    client, django_assert_num_queries, db
):
    """ "Start a toolkit exercise" led a head whose only trials belong to closed projects to
    a start page offering no group: it is offered only while one of their trials' projects
    takes changes, and the start page says why not (403), with no query more on home."""
    ToolVersionFactory()  # the toolkit has a tool to start with
    officer = UserFactory()
    project = ProjectFactory(stage=Stage.SYSTEM_LEARNING)
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    trial = FieldTrialFactory(project=project, status=FieldTrial.Status.COMPLETED)
    head = UserFactory()
    FieldTrialMembershipFactory(field_trial=trial, user=head, role=Role.PRACTITIONER)
    assert f'href="{START}"' in home(client, head)
    close_project(project=project, actor=officer, closed_on=timezone.localdate(), note="Done")
    client.force_login(head)
    # as before the close, less the question of whether the toolkit has a tool to start
    with django_assert_num_queries(15):
        page = client.get(reverse("home")).content.decode()
    assert f'href="{START}"' not in page and "Start a toolkit exercise" not in page
    refused = client.get(START)
    assert refused.status_code == 403
    assert (
        "The projects of your field trials are closed or withdrawn: no new toolkit exercise "
        "is started with their teams unless one is reopened or restored."
    ) in refused.content.decode().replace("&#x27;", "'")
    # On the team of a trial of a project still open too: offered, and the start page offers
    # that trial's team.
    other = FieldTrialFactory(title="Open Trial")
    FieldTrialMembershipFactory(field_trial=other, user=head, role=Role.PRACTITIONER)
    assert f'href="{START}"' in home(client, head)
    assert "The team of Open Trial (field trial)" in client.get(START).content.decode()


def test_the_demos_people_are_not_new_here_and_one_who_joins_after_the_load_is(client, db):
    """The demo's head teacher saw "What a field trial's team does" open for a month after
    each load: their account joined the day the demo was loaded. The demo's people joined in
    its past, the leader on the day they accepted their invitation; someone who joins now
    is new."""
    load_demo()
    assert not User.objects.filter(date_joined__gt=timezone.now() - NEW_HERE_FOR).exists()
    leader = User.objects.get(email="leader@example.org")
    assert leader.date_joined == Invitation.objects.get(accepted_by=leader).accepted_at
    page = home(client, leader)
    assert '<details class="govuk-details" id="what-you-do">' in page

    head = UserFactory()
    trial = FieldTrial.objects.filter(memberships__user=leader).first()
    FieldTrialMembershipFactory(field_trial=trial, user=head, role=Role.PRACTITIONER)
    assert '<details class="govuk-details" id="what-you-do" open>' in home(client, head)


# --- The field trials of their projects, for someone on no trial's team --------------------


def project_trials_panel(page):
    return page.split('id="project-trials"', 1)[1].split("</section>", 1)[0]


def test_a_projects_consultant_finds_its_field_trials_on_home(client, db):
    """A consultant asked to a project, not to any of its trials, reads every trial of it,
    but their home page listed none: "Your field trials" lists only a trial's team's."""
    consultant = UserFactory()
    project = ProjectFactory(title="Resourcing Personalisation")
    ProjectMembershipFactory(project=project, user=consultant, role=Role.CONSULTANT)
    maple = FieldTrialFactory(project=project, title="Maple Trial", lead_organisation=None)
    FieldTrialFactory(project=project, title="Ash Trial")
    FieldTrialFactory(title="Someone Else's Trial")
    page = home(client, consultant)
    panel = project_trials_panel(page)
    assert "Field trials of your projects" in page and "Your field trials" not in page
    assert panel.index("Ash Trial") < panel.index("Maple Trial")  # by title, as the list
    assert f'href="{maple.get_absolute_url()}"' in panel and "Not yet chosen" in panel
    assert "Resourcing Personalisation" in panel and "Incubating" in panel
    assert "Someone Else" not in page
    assert "See all" not in panel  # every one is shown


def test_the_trials_of_ones_projects_show_the_first_twenty_and_link_to_them_all(client, db):
    partner = UserFactory()
    project = ProjectFactory()
    ProjectMembershipFactory(project=project, user=partner, role=Role.PARTNER)
    for n in range(23):
        FieldTrialFactory(project=project, title=f"Trial {n:02}")
    panel = project_trials_panel(home(client, partner))
    assert "The first 20, by title." in panel
    assert "Trial 19" in panel and "Trial 20" not in panel
    every = reverse("fieldtrials:fieldtrial_list") + f"?project={project.pk}"
    assert f'<a class="govuk-link" href="{every}">See all 23 field trials</a>' in panel


def test_an_officers_trials_link_to_their_programme_or_to_every_trial_they_see(client, db):
    officer = UserFactory()
    programme = ProgrammeFactory()
    ProgrammeMembershipFactory(programme=programme, user=officer, role=Role.OFFICER)
    for n in range(21):
        FieldTrialFactory(project__programme=programme, title=f"Trial {n:02}")
    listing = reverse("fieldtrials:fieldtrial_list")
    panel = project_trials_panel(home(client, officer))
    assert f'href="{listing}?programme={programme.pk}">See all 21 field trials' in panel
    # Officer of a second programme: the list has no filter for both; on no trial's team,
    # the trials they see there are their projects'.
    other = FieldTrialFactory(title="Aardvark Trial")
    ProgrammeMembershipFactory(programme=other.project.programme, user=officer, role=Role.OFFICER)
    panel = project_trials_panel(home(client, officer))
    assert f'href="{listing}">See all 22 field trials' in panel and "Aardvark" in panel


def test_a_trials_team_and_a_projects_practitioner_have_no_list_of_its_trials(client, world):
    # The consultant is on Coral's team: their own trials are listed, not their projects'.
    page = home(client, world.users["consultant"])
    assert "Your field trials" in page and 'id="project-trials"' not in page
    # A practitioner of a project does not read its trials.
    head = UserFactory()
    ProjectMembershipFactory(project=world.amber, user=head, role=Role.PRACTITIONER)
    assert 'id="project-trials"' not in home(client, head)


@pytest.mark.parametrize("size", [1, 25])
def test_the_trials_of_ones_projects_cost_one_query_however_many_there_are(
    client, django_assert_num_queries, db, size
):
    consultant = UserFactory()
    for _ in range(size):
        project = ProjectFactory()
        ProjectMembershipFactory(project=project, user=consultant, role=Role.CONSULTANT)
        FieldTrialFactory(project=project)
    client.force_login(consultant)
    # as on the officer's home page above (their projects' trials counted in the one query
    # that reads the first of them), and the exercises they are invited to (none); as they
    # are on no trial's team, no query of trials they are on the team of
    with django_assert_num_queries(16):
        page = client.get(reverse("home")).content.decode()
    assert project_trials_panel(page).count('<tr class="govuk-table__row">') == 1 + min(size, 20)
    assert ("See all 25 field trials" in page) == (size == 25)


# --- Serious risks under "Needs attention" -------------------------------------------------


def serious_risk(trial, description="Staff may leave mid-year", **fields):
    values = {"likelihood": Risk.Level.HIGH, "impact": Risk.Level.MEDIUM, **fields}
    return RiskFactory(field_trial=trial, description=description, **values)


def attention_panel(page):
    return page.split('id="np-attention-heading"', 1)[1].split("</section>", 1)[0]


def test_a_serious_open_risk_is_named_to_the_trials_officer_and_consultant(client, world):
    risk = serious_risk(world.coral)
    edit = reverse("fieldtrials:risk_edit", args=[risk.pk])
    for who in ("officer", "consultant"):
        panel = attention_panel(home(client, world.users[who]))
        assert "Serious risk open on Coral Trial: Staff may leave mid-year" in panel
        assert f'href="{edit}"' in panel
    # Those who cannot act on it are not asked to: a partner reads the trial, changes nothing.
    assert "Serious risk open" not in home(client, world.users["partner"])


def test_a_serious_open_risk_is_named_to_the_trials_team_under_needs_attention(client, world):
    """A school leader on a trial's team had no "Needs attention" at all: a serious risk
    on their own trial went unsaid on their home page."""
    risk = serious_risk(world.coral)
    serious_risk(world.dune, "Dune's own risk")
    page = home(client, world.users["leader"])
    panel = attention_panel(page)
    assert "Needs attention this week" in page
    assert "Serious risk open on Coral Trial: Staff may leave mid-year" in panel
    assert f'href="{reverse("fieldtrials:risk_edit", args=[risk.pk])}"' in panel
    assert "Dune" not in panel  # not their trial
    # What else to do in their trial is said too, not counted in trials.
    assert "selected, incubating" not in panel and "trial</span>" not in panel


def test_a_trial_teams_counts_are_of_their_own_trials_not_their_communitys(client, world):
    """The demo's head teacher was told of three trials with a milestone due this week, two
    of them other schools' trials of a community of practice they only read."""
    due = timezone.localdate() + datetime.timedelta(days=3)
    for trial in (world.coral, world.quill):
        Milestone.objects.create(field_trial=trial, title="Due soon", due_on=due)
    panel = attention_panel(home(client, world.users["leader"]))
    assert panel.count("‘Due soon’ is due") == 1
    assert reverse("fieldtrials:fieldtrial_milestones", args=[world.coral.pk]) in panel
    # The officer acts on both.
    panel = attention_panel(home(client, world.users["officer"]))
    assert "2 trials</span> with a milestone due in the next 7 days" in panel


def test_a_trial_team_with_nothing_open_is_told_so_and_a_project_member_has_no_panel(client, db):
    head, project_only = UserFactory(), UserFactory()
    trial = FieldTrialFactory(status=FieldTrial.Status.COMPLETED)
    FieldTrialMembershipFactory(field_trial=trial, user=head, role=Role.PRACTITIONER)
    serious_risk(trial, "On a trial that ended")
    panel = attention_panel(home(client, head))
    assert "None of your field trials is under way." in panel and "ended" not in panel
    ProjectMembershipFactory(project=trial.project, user=project_only, role=Role.PRACTITIONER)
    assert "np-attention-heading" not in home(client, project_only)


def test_only_serious_open_risks_of_trials_under_way_are_named(client, world):
    serious_risk(world.coral, "Medium both ways", likelihood=Risk.Level.MEDIUM)
    serious_risk(world.coral, "Closed already", is_open=False)
    serious_risk(world.coral, "Withdrawn already", withdrawn_at=timezone.now())
    ended = FieldTrialFactory(project=world.amber, status=FieldTrial.Status.COMPLETED)
    serious_risk(ended, "On a trial that ended")
    serious_risk(world.dune, "High both ways", impact=Risk.Level.HIGH)
    panel = attention_panel(home(client, world.users["officer"]))
    assert "Serious risk open on Dune Trial: High both ways" in panel
    for not_named in ("Medium both", "Closed already", "Withdrawn already", "that ended"):
        assert not_named not in panel
    # Coral's consultant acts on Coral's risks only.
    assert "Dune Trial" not in attention_panel(home(client, world.users["consultant"]))


@pytest.mark.parametrize("size", [1, 25])
def test_serious_risks_cost_one_query_however_many_there_are(
    client, django_assert_num_queries, db, size
):
    officer = UserFactory()
    for n in range(size):
        project = ProjectFactory()
        ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
        serious_risk(FieldTrialFactory(project=project), f"Risk {n}")
    client.force_login(officer)
    # as on the officer's home page above, and the serious risks named (read only when the
    # attention counts say there are some)
    with django_assert_num_queries(16):
        page = client.get(reverse("home")).content.decode()
    assert page.count("Serious risk open on") == min(size, 10)
    assert ("25 serious risks are open in all" in page) == (size == 25)
    rest = reverse("fieldtrials:fieldtrial_list") + "?serious_risk=yes"
    assert (f'href="{rest}"' in page) == (size == 25)


@pytest.mark.parametrize("size", [1, 25])
def test_a_trial_teams_serious_risks_cost_the_same_queries_however_many_there_are(
    client, django_assert_num_queries, db, size
):
    head = UserFactory()
    for n in range(size):
        trial = FieldTrialFactory()
        FieldTrialMembershipFactory(field_trial=trial, user=head, role=Role.PRACTITIONER)
        serious_risk(trial, f"Risk {n}")
    client.force_login(head)
    # as a school leader's home page above, with no project nor answers to read (15), and
    # the serious risks named (1); with one trial, whether it has a month to write (1)
    with django_assert_num_queries(16 + (size == 1)):
        page = client.get(reverse("home")).content.decode()
    assert page.count("Serious risk open on") == min(size, 10)


@pytest.mark.parametrize("size", [1, 25])
def test_open_asks_for_support_cost_one_query_however_many_there_are(
    client, django_assert_num_queries, db, size
):
    officer = UserFactory()
    for n in range(size):
        project = ProjectFactory()
        ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
        OfferUseFactory(field_trial=FieldTrialFactory(project=project), asked_for=f"Ask {n}")
    client.force_login(officer)
    # as on the officer's home page with serious risks above, with no risks to name, and
    # the asks named in the one query that counts them
    with django_assert_num_queries(15):
        page = client.get(reverse("home")).content.decode()
    assert page.count("asked for:") == min(size, 10)
    assert ("25 asks for support are not yet given in all" in page) == (size == 25)


# --- Requests to join a community under "Needs attention" -----------------------------------


def requests_url(community):
    return reverse("communities:join_requests", args=[community.pk])


def test_a_convenor_is_told_of_requests_to_join_waiting_for_them(client, world):
    """The convenor learnt of someone waiting to join only on the community's page or in
    their notifications: their home page says so, linked to the requests."""
    consultant = world.users["consultant"]
    network = CommunityOfPractice.objects.create(name="Leadership Network", convenor=consultant)
    asked = timezone.make_aware(datetime.datetime(2026, 11, 24, 10))
    JoinRequestFactory(community=network, created_at=asked)
    JoinRequestFactory(community=network, approved=True)
    JoinRequestFactory(community=network, status="declined")
    panel = attention_panel(home(client, consultant))
    link = f'<a class="govuk-link" href="{requests_url(network)}">'
    assert f"{link}1 request to join Leadership Network waiting</a>" in panel
    assert "(since 24 November 2026)" in panel
    assert "Juniper" not in panel  # the officer's: they convene it
    JoinRequestFactory(community=network)
    assert "2 requests to join Leadership Network waiting" in home(client, consultant)
    officer_panel = attention_panel(home(client, world.users["officer"]))
    assert "1 request to join Juniper Community waiting" in officer_panel
    for persona in ("leader", "partner", "outsider"):
        assert "request to join" not in home(client, world.users[persona])


def test_a_convenor_with_no_trials_to_count_is_told_of_requests_too(client, db):
    convenor = UserFactory()
    ProgrammeMembershipFactory(user=convenor, role=Role.PARTNER)
    network = CommunityOfPractice.objects.create(name="Lone Network", convenor=convenor)
    JoinRequestFactory(community=network)
    panel = attention_panel(home(client, convenor))
    assert "1 request to join Lone Network waiting" in panel
    assert "field trials is under way" not in panel and "All the field trials" not in panel


@pytest.mark.parametrize("size", [1, 25])
def test_requests_to_join_cost_one_query_however_many_there_are(
    client, django_assert_num_queries, db, size
):
    officer = UserFactory()
    ProgrammeMembershipFactory(user=officer, role=Role.OFFICER)
    for n in range(size):
        community = CommunityOfPractice.objects.create(name=f"Network {n}", convenor=officer)
        for _ in range(size):
            JoinRequestFactory(community=community)
    client.force_login(officer)
    # as on the officer's home page above, the requests waiting among them
    with django_assert_num_queries(15):
        page = client.get(reverse("home")).content.decode()
    waiting = f"{size} request{'s' if size > 1 else ''} to join Network"
    assert page.count(waiting) == min(size, 10)


def words(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_a_project_in_system_learning_says_its_trials_still_incubate_beside_its_stage(client, db):
    """System Leadership read "System learning" on the partner's and consultant's home pages
    while 16 of its 17 trials were still incubating, as its stage tables say."""
    project = ProjectFactory(stage=Stage.SYSTEM_LEARNING)
    elm, _ = FieldTrialFactory.create_batch(2, project=project, status=FieldTrial.Status.INCUBATING)
    FieldTrialFactory(project=project, status=FieldTrial.Status.COMPLETED)
    consultant, partner, member = UserFactory(), UserFactory(), UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=consultant, role=Role.CONSULTANT)
    ProjectMembershipFactory(project=project, user=partner, role=Role.PARTNER)
    for user in (consultant, partner):
        assert "System learning (2 field trials still incubating)" in words(home(client, user))
    # A school's member of the project counts the trials they can see, as its stage table.
    ProjectMembershipFactory(project=project, user=member, role=Role.PRACTITIONER)
    assert "System learning (" not in words(home(client, member))
    FieldTrialMembershipFactory(field_trial=elm, user=member, role=Role.PRACTITIONER)
    said = "System learning (1 field trial you can see still incubating)"
    assert said in words(home(client, member))
    # A project still incubating says its stage alone.
    project.stage = Stage.INCUBATE
    project.save()
    assert "still incubating" not in words(home(client, consultant))


# --- The first administrator of a new install --------------------------------------------


def test_the_first_administrator_is_told_where_to_start_in_order(client, db):
    """A new install's administrator read "None of your field trials is under way" and
    "Start a toolkit exercise" (with no tools) first; "Create a programme" came third."""
    admin = UserFactory(is_staff=True, is_superuser=True)
    page = home(client, admin)
    started = page.split('id="getting-started"', 1)[1].split("</section>", 1)[0]
    # First on the page, under the welcome.
    assert page.index('id="getting-started"') < page.index('id="programmes"')
    steps = re.findall(r"<li>(.*?)</li>", started, re.S)
    assert [re.sub(r"<[^>]+>", "", s).split(":")[0] for s in steps] == [
        "Create the programme",
        "Add the organisations it needs",
        "Invite the programme officers",
        "Add the tools that come with Next Practice to the toolkit, so that groups can run "
        "toolkit exercises.",
    ]
    for url in (
        reverse("programmes:programme_create"),
        reverse("directory:import_create"),
        reverse("directory:organisation_create"),
        reverse("toolkit:tool_list"),
    ):
        assert f'href="{url}"' in started
    # Nothing below it about trials or exercises that do not exist yet.
    assert "np-attention-heading" not in page and "None of your field trials" not in page
    assert 'id="exercises-run"' not in page and f'href="{START}"' not in page
    # With the tools added, that step is done; with a programme, the list has gone.
    ToolVersionFactory()
    started = home(client, admin).split('id="getting-started"', 1)[1].split("</section>", 1)[0]
    assert "Add the tools" not in started
    ProgrammeFactory()
    page = home(client, admin)
    assert 'id="getting-started"' not in page and "np-attention-heading" in page


def test_an_officer_of_a_new_programme_is_not_given_the_administrators_list(client, db):
    officer = UserFactory()
    ProgrammeMembershipFactory(user=officer, role=Role.OFFICER)
    assert 'id="getting-started"' not in home(client, officer)
    assert 'id="getting-started"' not in home(client, UserFactory())


# --- What a trial's team reads under "Needs attention" --------------------------------------


def said(day, year=False):
    return date_format(day, "l j F Y" if year else "l j F")


def test_a_head_teacher_is_told_what_to_do_in_their_trial_not_counts_of_trials(client, db):
    """A head teacher with one trial read "1 trial with a milestone due in the next 7 days",
    "1 trial with an open Power to Innovate request" (which only the officer acts on) and
    "Counts the trials ... that are selected, incubating or reporting": nothing named the
    milestone due, nor said which update to write."""
    head = UserFactory()
    trial = FieldTrialFactory(title="Stevenage: A Learning Town")
    FieldTrialMembershipFactory(field_trial=trial, user=head, role=Role.PRACTITIONER)
    today = timezone.localdate()
    due = today + datetime.timedelta(days=3)
    Milestone.objects.create(field_trial=trial, title="Costs of transport agreed", due_on=due)
    late = today - datetime.timedelta(days=2)
    Milestone.objects.create(field_trial=trial, title="Governance Group met", due_on=late)
    Milestone.objects.create(field_trial=trial, title="Far off", due_on=today + timedelta(30))
    pti = PowerToInnovateRequestFactory(field_trial=trial, submitted=True)
    this_month, last_month = current_month(), add_months(current_month(), -1)
    panel = attention_panel(home(client, head))
    milestones = reverse("fieldtrials:fieldtrial_milestones", args=[trial.pk])
    write = reverse("fieldtrials:update_create", args=[trial.pk])
    assert (
        f'<a class="govuk-link" href="{milestones}">‘Costs of transport agreed’ is due '
        f"{said(due)}</a>"
    ) in panel
    assert (
        f"‘Governance Group met’ was due {said(late, late.year != today.year)}: mark it done, "
        "or change its date</a>"
    ) in panel
    assert "Far off" not in panel
    assert (
        f'href="{write}?month={last_month:%Y-%m}">{date_format(last_month, "F")}’s update was '
        "not written: write it now</a>"
    ) in panel
    assert (
        f'href="{write}?month={this_month:%Y-%m}">Your {date_format(this_month, "F")} update '
        "can be written now</a>"
    ) in panel
    pti_url = reverse("fieldtrials:pti_detail", args=[pti.pk])
    assert (
        f'href="{pti_url}">Your Power to Innovate request is waiting for the programme '
        "officer</a>: nothing for you to do"
    ) in panel
    for officers_words in ("1 trial", "selected, incubating", "Power to Innovate requests<"):
        assert officers_words not in panel
    assert trial.title not in panel  # their one trial needs no naming


def test_a_head_teacher_is_told_of_a_draft_a_red_update_and_a_draft_request(client, db):
    head = UserFactory()
    trial = FieldTrialFactory(start_date=timezone.localdate().replace(day=1))
    FieldTrialMembershipFactory(field_trial=trial, user=head, role=Role.PRACTITIONER)
    MonthlyUpdateFactory(field_trial=trial, month=current_month(), author=head, draft=True)
    FieldTrial.objects.filter(pk=trial.pk).update(
        latest_rag="red", latest_update_month=datetime.date(2026, 10, 1)
    )
    pti = PowerToInnovateRequestFactory(field_trial=trial)
    panel = attention_panel(home(client, head))
    month = date_format(current_month(), "F")
    assert f"Your {month} update is started: finish it and submit it</a>" in panel
    assert "was not written" not in panel  # it started this month: nothing owed before
    risks = reverse("fieldtrials:fieldtrial_risks", args=[trial.pk])
    assert (
        f'href="{risks}">Your latest update, for October 2026, says the trial has serious '
        "problems (red): check its risks</a>"
    ) in panel
    pti_url = reverse("fieldtrials:pti_detail", args=[pti.pk])
    assert f'href="{pti_url}">Your Power to Innovate request is a draft: submit it' in panel


def test_a_head_teacher_with_nothing_due_is_told_so(client, db):
    head = UserFactory()
    trial = FieldTrialFactory(status=FieldTrial.Status.SELECTED)
    FieldTrialMembershipFactory(field_trial=trial, user=head, role=Role.PRACTITIONER)
    panel = attention_panel(home(client, head))
    assert "Nothing is due this week in your field trial." in panel


def test_a_member_of_several_trials_reads_each_trial_named_and_a_short_list(client, db):
    head = UserFactory()
    due = timezone.localdate() + datetime.timedelta(days=1)
    for n in range(4):
        trial = FieldTrialFactory(title=f"Trial {n}")
        FieldTrialMembershipFactory(field_trial=trial, user=head, role=Role.PRACTITIONER)
        Milestone.objects.create(field_trial=trial, title=f"Step {n}", due_on=due)
    panel = attention_panel(home(client, head))
    assert "Trial 0</span><a" in panel and "‘Step 0’ is due" in panel
    # Four milestones, then the first trial's two updates to write: the rest left for the
    # list of their trials.
    assert panel.count("’ is due") == 4
    assert panel.count("was not written") + panel.count("can be written") == TEAM_LINES_SHOWN - 4
    assert f'href="{reverse("fieldtrials:fieldtrial_list")}?mine=yes">see each' in panel


def test_the_officers_panel_keeps_its_counts_in_plain_words(client, world):
    MilestoneFactory(field_trial=world.coral, overdue=True)
    panel = attention_panel(home(client, world.users["officer"]))
    assert "1 trial</span> with overdue milestones" in panel
    assert "Counts the trials still under way: not those completed or withdrawn." in panel
    assert "selected, incubating or reporting" not in panel
    assert reverse("fieldtrials:pti_list") in panel


@pytest.mark.parametrize("size", [1, 4])
def test_a_trial_teams_lines_cost_the_same_queries_however_many_trials(
    client, django_assert_num_queries, db, size
):
    head = UserFactory()
    for _ in range(size):
        trial = FieldTrialFactory()
        FieldTrialMembershipFactory(field_trial=trial, user=head, role=Role.PRACTITIONER)
        MilestoneFactory(field_trial=trial, overdue=True)
        PowerToInnovateRequestFactory(field_trial=trial, submitted=True)
    client.force_login(head)
    # as a school leader's home page with no project nor answers to read (15), and their
    # milestones due (1); with one trial, whether it has a month to write (1)
    with django_assert_num_queries(16 + (size == 1)):
        page = client.get(reverse("home")).content.decode()
    assert page.count("was due") == min(size, TEAM_LINES_SHOWN)
