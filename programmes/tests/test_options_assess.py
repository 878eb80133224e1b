import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import Event, Role
from accounts.tests.factories import UserFactory
from nextpractice.records.kinds import record_kinds
from nextpractice.records.services import RecordWithdrawn, withdraw_record
from programmes.models import Assessment
from programmes.services.options import assess_option
from programmes.tests.factories import ProjectMembershipFactory
from programmes.tests.factories_options import (
    AssessmentFactory,
    OptionFactory,
    answers,
    broken_error_links,
    officer_of,
    partner_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def option():
    return OptionFactory(title="Learning Exchange")


def assess_url(option):
    return reverse("programmes:assessment_edit", args=[option.pk])


def test_a_reviewer_assesses_an_option_once_and_can_change_it(client, option):
    officer = officer_of(option.project)
    client.force_login(officer)
    data = answers(score=1, change=1, distance=0, user_focused_note="Built with students")
    response = client.post(assess_url(option), data)
    assert response.status_code == 302 and response["Location"] == option.get_absolute_url()
    mine = Assessment.objects.get(option=option, reviewer=officer)
    assert mine.user_focused == 1 and mine.user_focused_note == "Built with students"
    assert mine.change == 1 and mine.distance == 0 and mine.re_different is None

    page = client.get(assess_url(option)).content.decode()
    assert "Change your assessment" in page and "Built with students" in page

    client.post(assess_url(option), answers(score=2, change=1, distance=1))
    mine.refresh_from_db()
    assert Assessment.objects.filter(option=option).count() == 1
    assert mine.user_focused == 2 and mine.user_focused_note == "" and mine.distance == 1
    events = Event.objects.filter(verb="programmes.option_assessed").order_by("id")
    assert [e.data["created"] for e in events] == [True, False]


def test_an_assessment_saved_again_unchanged_writes_nothing(client, option):
    # Sent again as it was (a second tab, a retried post): no "changed their assessment".
    officer = officer_of(option.project)
    client.force_login(officer)
    data = answers(score=1, change=1, distance=0, user_focused_note="Built with students")
    client.post(assess_url(option), data)
    saved = Assessment.objects.get(option=option, reviewer=officer).updated_at
    assert client.post(assess_url(option), data).status_code == 302
    assert Assessment.objects.get(option=option, reviewer=officer).updated_at == saved
    assert Event.objects.filter(verb="programmes.option_assessed").count() == 1


def test_missing_judgements_are_reported_next_to_each_question(client, option):
    client.force_login(officer_of(option.project))
    data = answers()
    del data["user_focused"], data["promise_value"], data["change"]
    response = client.post(assess_url(option), data)
    page = response.content.decode()
    assert response.status_code == 400
    assert "Say yes, partly or no: is it user focused?" in page
    assert "Say yes, partly or no: will the activity represent improved value for money?" in page
    assert "Say whether it is a minor or a major change" in page
    assert "govuk-error-summary" in page and "govuk-form-group--error" in page
    assert 'href="#id_user_focused_1"' in page and not broken_error_links(page)
    assert not Assessment.objects.exists()


def test_the_form_groups_the_criteria_under_plain_headings(client, option):
    client.force_login(officer_of(option.project))
    page = client.get(assess_url(option)).content.decode()
    for heading in (
        "The seven characteristics of Next Practice",
        "Tests of promise",
        "Nature of the innovation",
        "In advance of hard evidence of effectiveness",
        "Improvements in relevant outcomes",
    ):
        assert heading in page
    assert "Radical efficiency" not in page  # no burning platform


def test_radical_efficiency_is_asked_and_required_only_with_a_burning_platform(client):
    option = OptionFactory(crisis=True)
    client.force_login(officer_of(option.project))
    page = client.get(assess_url(option)).content.decode()
    assert "Radical efficiency" in page and "Deep cuts to the early years budget" in page

    response = client.post(assess_url(option), answers())
    assert response.status_code == 400
    assert "Say yes or no: radically different?" in response.content.decode()
    assert not Assessment.objects.exists()

    data = answers(re_different="yes", re_lower_cost="yes", re_better="no")
    assert client.post(assess_url(option), data).status_code == 302
    saved = Assessment.objects.get()
    assert (saved.re_different, saved.re_lower_cost, saved.re_better) == (True, True, False)
    assert saved.radically_efficient is False


def test_radical_efficiency_answers_are_ignored_without_a_burning_platform(option):
    officer = officer_of(option.project)
    data = {k: int(v) if v.isdigit() else v for k, v in answers().items()}
    saved = assess_option(option=option, reviewer=officer, re_different=True, **data)
    assert saved.re_different is None


def test_the_service_requires_radical_efficiency_for_a_crisis_option():
    option = OptionFactory(crisis=True)
    officer = officer_of(option.project)
    data = {k: int(v) if v.isdigit() else v for k, v in answers().items()}
    with pytest.raises(ValidationError) as refused:
        assess_option(option=option, reviewer=officer, **data)
    assert set(refused.value.message_dict) == {"re_different", "re_lower_cost", "re_better"}


def test_a_consultant_of_the_project_may_assess(client, option):
    consultant = UserFactory()
    ProjectMembershipFactory(project=option.project, user=consultant, role=Role.CONSULTANT)
    client.force_login(consultant)
    assert client.post(assess_url(option), answers()).status_code == 302
    assert Assessment.objects.get().reviewer == consultant


def test_a_partner_may_read_but_not_assess(client, option):
    client.force_login(partner_of(option.project))
    assert client.get(option.get_absolute_url()).status_code == 200
    assert client.get(assess_url(option)).status_code == 403
    assert client.post(assess_url(option), answers()).status_code == 403
    assert not Assessment.objects.exists()


def test_an_outsider_gets_not_found(client, option):
    client.force_login(UserFactory())
    assert client.get(assess_url(option)).status_code == 404
    assert client.get(option.get_absolute_url()).status_code == 404


def test_the_option_page_offers_to_change_an_existing_assessment(client, option):
    officer = officer_of(option.project)
    AssessmentFactory(option=option, reviewer=officer)
    client.force_login(officer)
    page = client.get(option.get_absolute_url()).content.decode()
    assert "Change your assessment" in page and "Record a decision" in page


def test_a_withdrawn_option_is_no_longer_assessed(client, option):
    """Withdrawn while the form was open: refused as the kit refuses an edit (409), nothing
    saved; decided on the locked row, so an option read before it was withdrawn is refused."""
    officer = officer_of(option.project)
    seen = type(option).objects.get(pk=option.pk)  # as the form read it
    kind = record_kinds()[("programmes", "option")]
    withdraw_record(kind=kind, record=option, actor=officer, reason="Captured twice")
    with pytest.raises(RecordWithdrawn):
        data = {k: int(v) if v.isdigit() else v for k, v in answers().items()}
        assess_option(option=seen, reviewer=officer, **data)
    client.force_login(officer)
    for response in (client.get(assess_url(option)), client.post(assess_url(option), answers())):
        page = response.content.decode()
        assert response.status_code == 409
        assert "This creative option has been withdrawn" in page and "Captured twice" in page
    assert not Assessment.objects.filter(option=option).exists()
    assert not Event.objects.filter(verb="programmes.option_assessed").exists()


def test_notes_and_comment_refuse_over_50000_characters_like_every_long_text(client, option):
    client.force_login(officer_of(option.project))
    data = answers(user_focused_note="x" * 50_001, comment="y" * 100_000)
    response = client.post(assess_url(option), data)
    page = response.content.decode()
    assert response.status_code == 400
    assert "The note on “User focused” must be 50,000 characters or fewer (it has 50,001)" in page
    assert "The answer to “Anything else?” must be 50,000 characters or fewer" in page
    assert "&lt;span" not in page
    assert not Assessment.objects.exists()
