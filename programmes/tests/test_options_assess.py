import html
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import Event, Role
from accounts.tests.factories import UserFactory
from nextpractice.records.kinds import record_kinds
from nextpractice.records.services import RecordWithdrawn, withdraw_record
from programmes.models import Assessment
from programmes.services.options import assess_option, assessment_token
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


# The version a page sends when the reviewer has not assessed the option yet.
NOT_YET = {"version": "0"}


def on_page(option, reviewer, data):
    """`data` as the assessing page posts it, loaded now: with the version of the reviewer's
    assessment it was loaded on (0 for none yet)."""
    mine = Assessment.objects.filter(option=option, reviewer=reviewer).first()
    return {**data, "version": str(assessment_token(mine))}


def test_a_reviewer_assesses_an_option_once_and_can_change_it(client, option):
    officer = officer_of(option.project)
    client.force_login(officer)
    data = answers(score=1, change=1, distance=0, user_focused_note="Built with students")
    response = client.post(assess_url(option), on_page(option, officer, data))
    assert response.status_code == 302 and response["Location"] == option.get_absolute_url()
    mine = Assessment.objects.get(option=option, reviewer=officer)
    assert mine.user_focused == 1 and mine.user_focused_note == "Built with students"
    assert mine.change == 1 and mine.distance == 0 and mine.re_different is None

    page = client.get(assess_url(option)).content.decode()
    assert "Change your assessment" in page and "Built with students" in page

    client.post(
        assess_url(option), on_page(option, officer, answers(score=2, change=1, distance=1))
    )
    mine.refresh_from_db()
    assert Assessment.objects.filter(option=option).count() == 1
    assert mine.user_focused == 2 and mine.user_focused_note == "" and mine.distance == 1
    events = Event.objects.filter(verb="programmes.option_assessed").order_by("id")
    assert [e.data["created"] for e in events] == [True, False]


def test_an_assessment_saved_again_unchanged_writes_nothing(client, option):
    # Sent again as it was (a second tab, a retried post): no "changed their assessment".
    officer = officer_of(option.project)
    client.force_login(officer)
    data = on_page(
        option,
        officer,
        answers(score=1, change=1, distance=0, user_focused_note="Built with students"),
    )
    client.post(assess_url(option), data)
    saved = Assessment.objects.get(option=option, reviewer=officer).updated_at
    assert client.post(assess_url(option), data).status_code == 302
    assert Assessment.objects.get(option=option, reviewer=officer).updated_at == saved
    assert Event.objects.filter(verb="programmes.option_assessed").count() == 1


def test_missing_judgements_are_reported_next_to_each_question(client, option):
    client.force_login(officer_of(option.project))
    data = answers()
    del data["user_focused"], data["promise_value"], data["change"]
    response = client.post(assess_url(option), {**data, **NOT_YET})
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

    response = client.post(assess_url(option), {**answers(), **NOT_YET})
    assert response.status_code == 400
    assert "Say yes or no: radically different?" in response.content.decode()
    assert not Assessment.objects.exists()

    data = answers(re_different="yes", re_lower_cost="yes", re_better="no")
    assert client.post(assess_url(option), {**data, **NOT_YET}).status_code == 302
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
    assert client.post(assess_url(option), {**answers(), **NOT_YET}).status_code == 302
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
    response = client.post(assess_url(option), {**data, **NOT_YET})
    page = response.content.decode()
    assert response.status_code == 400
    assert "The note on “User focused” must be 50,000 characters or fewer (it has 50,001)" in page
    assert "The answer to “Anything else?” must be 50,000 characters or fewer" in page
    assert "&lt;span" not in page
    assert not Assessment.objects.exists()


# --- Two tabs, a page tampered with, a double post -------------------------------------------

OUT_OF_DATE = "This page is out of date: reload it and make your changes again"
IN_ADVANCE = "In advance of hard evidence of effectiveness"


def _assessed(option, officer, client):
    """The officer's assessment, saved from the page: every judgement Partly."""
    client.force_login(officer)
    data = answers(score=1, comment="First thoughts")
    assert client.post(assess_url(option), on_page(option, officer, data)).status_code == 302
    return Assessment.objects.get(option=option, reviewer=officer)


def test_an_assessment_changed_in_another_tab_is_shown_not_overwritten(client, option):
    """Tab A says No to "In advance of hard evidence"; tab B, loaded before, changes only the
    comment. B is told (409), shown what is saved now before its own version and its Save
    button, and nothing of it is saved; saved again from there, it keeps A's No."""
    from nextpractice.tests.test_records_merge import changed, edit_form

    officer = officer_of(option.project)
    _assessed(option, officer, client)
    tab_a = edit_form(client.get(assess_url(option)).content.decode(), "version")
    tab_b = edit_form(client.get(assess_url(option)).content.decode(), "version")

    sent = changed(tab_a, in_advance_of_evidence="0")
    assert client.post(assess_url(option), sent).status_code == 302
    response = client.post(assess_url(option), changed(tab_b, comment="Tab B's comment"))
    page = html.unescape(response.content.decode())
    assert response.status_code == 409
    mine = Assessment.objects.get(option=option, reviewer=officer)
    assert mine.in_advance_of_evidence == 0 and mine.comment == "First thoughts"
    assert Event.objects.filter(verb="programmes.option_assessed").count() == 2
    # Only its reviewer saves an assessment: what it met was their own save in tab A.
    assert "You changed this in another tab or window since you opened it" in page
    # What is saved now comes first, then their version and its Save button.
    saved_now = page.index("What is saved now")
    assert saved_now < page.index("Your version (not saved)") < page.index("Save your assessment")
    saved = page[saved_now:].split("</dl>")[0]
    assert re.search(rf"{IN_ADVANCE}</dt>\s*<dd[^>]*>No</dd>", saved)
    assert "First thoughts" in saved and "You both changed this" not in saved
    assert "Tab B's comment</textarea>" in page  # theirs, kept
    assert "You changed this in another tab or window since you opened it: you saved it at" in (
        saved
    )
    assert "what you saved in the other tab or window is kept too" in page
    for said in ("This was changed", "someone else", "their other changes", "after you opened"):
        assert said not in page, said

    # Saved again from that page: their comment, and A's No kept.
    again = edit_form(response.content.decode(), "version")
    assert client.post(assess_url(option), again).status_code == 302
    mine.refresh_from_db()
    assert mine.in_advance_of_evidence == 0 and mine.comment == "Tab B's comment"


def test_an_answer_changed_in_both_tabs_is_said_as_changed_by_you_in_both(client, option):
    from nextpractice.tests.test_records_merge import changed, edit_form

    officer = officer_of(option.project)
    _assessed(option, officer, client)
    tab_a = edit_form(client.get(assess_url(option)).content.decode(), "version")
    tab_b = edit_form(client.get(assess_url(option)).content.decode(), "version")
    assert client.post(assess_url(option), changed(tab_a, comment="Tab A's")).status_code == 302
    response = client.post(assess_url(option), changed(tab_b, comment="Tab B's"))
    assert response.status_code == 409
    page = html.unescape(response.content.decode())
    saved = page[page.index("What is saved now") :].split("</dl>")[0]
    assert "You changed this in both" in saved
    assert "You changed this in another tab or window too. You saved: “Tab A's”" in page
    for said in ("You both", "They saved", "by them"):
        assert said not in page, said


def test_a_first_assessment_made_in_another_tab_is_shown_not_replaced(client, option):
    from nextpractice.tests.test_records_merge import edit_form

    officer = officer_of(option.project)
    client.force_login(officer)
    tab_b = edit_form(client.get(assess_url(option)).content.decode(), "version")
    assert tab_b["version"] == ["0"]
    _assessed(option, officer, client)
    response = client.post(assess_url(option), {**tab_b, **answers(score=2)})
    assert response.status_code == 409
    assert "What is saved now" in response.content.decode()
    assert Assessment.objects.get(option=option, reviewer=officer).comment == "First thoughts"


@pytest.mark.parametrize(
    "version", ["letters", "", "-1", "12345678901234567890", "one not yet saved", None]
)
def test_a_tampered_version_says_the_page_is_out_of_date(client, option, version):
    officer = officer_of(option.project)
    mine = _assessed(option, officer, client)
    data = answers(score=0, comment="Changed my mind")
    if version == "one not yet saved":
        version = str(assessment_token(mine) + 1)
    if version is not None:
        data["version"] = version
    response = client.post(assess_url(option), data)
    page = html.unescape(response.content.decode())
    assert response.status_code == 400
    assert page.count(OUT_OF_DATE) == 1  # in the summary, once
    assert "changed while you were editing" not in page and "What is saved now" not in page
    mine.refresh_from_db()
    assert mine.in_advance_of_evidence == 1 and mine.comment == "First thoughts"
    assert Event.objects.filter(verb="programmes.option_assessed").count() == 1


def test_a_double_post_saves_once(client, option):
    """The same page sent twice (a double click, a post sent again): the second finds it
    saved as it says, and writes nothing."""
    officer = officer_of(option.project)
    mine = _assessed(option, officer, client)
    data = on_page(option, officer, answers(score=2, comment="Sure now"))
    assert client.post(assess_url(option), data).status_code == 302
    assert client.post(assess_url(option), data).status_code == 302
    mine.refresh_from_db()
    assert mine.in_advance_of_evidence == 2 and mine.comment == "Sure now"
    assert Event.objects.filter(verb="programmes.option_assessed").count() == 2


@pytest.mark.django_db(transaction=True)
def test_two_tabs_saving_at_the_same_moment_cannot_both_win():
    """Run on PostgreSQL: both wait on the option's row lock. The same answers twice save
    once; different answers from the same page save one, and the other is told (409)."""
    from django.test import Client

    from nextpractice.testing.races import at_once

    option = OptionFactory()
    officer = officer_of(option.project)
    clients = [Client(), Client()]
    for each in clients:
        each.force_login(officer)

    def post(each, data):
        return lambda: each.post(assess_url(option), data).status_code

    same = on_page(option, officer, answers(score=1, comment="Once"))
    statuses, errors = at_once([post(each, same) for each in clients])
    assert not errors and statuses == [302, 302]
    assert Assessment.objects.get().comment == "Once"
    assert Event.objects.filter(verb="programmes.option_assessed").count() == 1

    loaded = on_page(option, officer, {})
    tab_a = {**answers(score=0, comment="Tab A"), **loaded}
    tab_b = {**answers(score=2, comment="Tab B"), **loaded}
    statuses, errors = at_once([post(clients[0], tab_a), post(clients[1], tab_b)])
    assert not errors and sorted(statuses) == [302, 409]
    saved = Assessment.objects.get()
    assert (saved.in_advance_of_evidence, saved.comment) in [(0, "Tab A"), (2, "Tab B")]
    assert Event.objects.filter(verb="programmes.option_assessed").count() == 2
