"""The convenor's requests to join: one card a request (no table to scroll sideways at
320 px), Approve in one press, and Decline asked first on a page of its own saying what
declining does; the decision is taken once."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags

from accounts.models import Event, Notification
from accounts.tests.factories import OrganisationFactory, UserFactory
from communities.models import JoinRequest
from communities.services import ask_to_join, change_community, decide_join_request
from nextpractice.once import ALREADY_SENT


@pytest.fixture
def opened(world):
    """Rowan, opened to others by its convenor, the officer."""
    change_community(community=world.rowan, name=world.rowan.name, purpose="Rowan purpose",
                     open_to_others=True, actor=world.users["officer"])  # fmt: skip
    return world.rowan


@pytest.fixture
def asked(opened):
    rachel = UserFactory(
        full_name="Rachel Stranger", organisation=OrganisationFactory(name="Larch Academy")
    )
    return ask_to_join(community=opened, actor=rachel, message="I lead Larch Academy.")


def words(html):
    """What a reader reads of `html`: its words, a space where each tag was."""
    return " ".join(unescape(strip_tags(re.sub(r"<[^>]+>", r" \g<0> ", html))).split())


def text_of(response):
    return words(response.content.decode())


def requests_page(opened):
    return reverse("communities:join_requests", args=[opened.pk])


def decline_page(asked):
    return reverse("communities:join_request_decline", args=[asked.pk])


def decide(asked):
    return reverse("communities:join_request_decide", args=[asked.pk])


def once_token(response, asked):
    """The one-off token of the form deciding `asked` on the page."""
    page = response.content.decode()
    form = page[page.index(f'action="{decide(asked)}"') :]
    return re.search(r'name="once" value="([^"]+)"', form).group(1)


def test_each_request_is_a_card_naming_the_person_beside_its_buttons(world, client, opened, asked):
    client.force_login(world.users["officer"])
    response = client.get(requests_page(opened))
    page = response.content.decode()
    assert "<table" not in page and "np-table-scroll" not in page
    card = page[page.index('<div class="govuk-summary-card">') :]
    card = card[: card.index("</form>")]
    text = words(card)
    assert text.startswith("Rachel Stranger Organisation Larch Academy")
    assert "Their message I lead Larch Academy." in text
    assert f"Asked {date_format(timezone.localdate(), 'j F Y')}" in text
    # Each button's words for a screen reader name the person.
    assert "Approve the request from Rachel Stranger" in text
    assert "Decline the request from Rachel Stranger" in text
    # Decline is no longer a button that declines: it leads to the page that asks first.
    assert 'value="decline"' not in card
    assert f'href="{decline_page(asked)}"' in card


def test_a_person_with_no_name_is_named_by_their_email(world, client, opened):
    nameless = UserFactory(full_name="", email="no.name@example.org")
    ask_to_join(community=opened, actor=nameless, message="Hello")
    client.force_login(world.users["officer"])
    text = text_of(client.get(requests_page(opened)))
    assert "Approve the request from no.name@example.org" in text


def test_decline_asks_first_saying_what_declining_does_and_writes_nothing(
    world, client, opened, asked
):
    client.force_login(world.users["officer"])
    events = Event.objects.count()
    response = client.get(decline_page(asked))
    assert response.status_code == 200
    text = text_of(response)
    again_from = date_format(timezone.localdate() + timedelta(days=30), "j F Y")
    assert "Decline the request from Rachel Stranger?" in text
    assert "Organisation Larch Academy" in text and "I lead Larch Academy." in text
    assert (
        "Rachel Stranger will be told, in their notifications, that their request was "
        f"declined. They will not be able to ask to join again until {again_from}."
    ) in text
    page = response.content.decode()
    form = page[page.index(f'<form method="post" action="{decide(asked)}"') :]
    form = form[: form.index("</form>")]
    assert 'name="decision" value="decline"' in form
    assert "Decline the request</button>" in form
    assert f'href="{requests_page(opened)}">Go back' in form
    # Asking wrote nothing.
    assert JoinRequest.objects.get(pk=asked.pk).status == "pending"
    assert Event.objects.count() == events


def test_declining_from_the_page_that_asks_declines_and_tells_them(world, client, opened, asked):
    officer = world.users["officer"]
    client.force_login(officer)
    token = once_token(client.get(decline_page(asked)), asked)
    response = client.post(decide(asked), {"decision": "decline", "once": token}, follow=True)
    assert "Rachel Stranger's request is declined." in text_of(response)
    declined = JoinRequest.objects.get(pk=asked.pk)
    assert (declined.status, declined.decided_by) == ("declined", officer)
    assert Notification.objects.filter(
        recipient=asked.user, message__contains="was declined"
    ).exists()


def test_a_double_click_on_decline_declines_once(world, client, opened, asked):
    client.force_login(world.users["officer"])
    token = once_token(client.get(decline_page(asked)), asked)
    first = client.post(decide(asked), {"decision": "decline", "once": token})
    again = client.post(decide(asked), {"decision": "decline", "once": token})
    assert first.status_code == again.status_code == 302
    assert first["Location"] == again["Location"] == requests_page(opened)
    assert ALREADY_SENT in text_of(client.get(again["Location"]))
    assert Event.objects.filter(verb="communities.join_declined").count() == 1
    assert Notification.objects.filter(recipient=asked.user).count() == 1


def test_declining_a_request_someone_else_decided_says_who_and_changes_nothing(
    world, client, opened, asked
):
    admin = world.users["admin"]
    decide_join_request(join_request=asked, approve=True, actor=admin)
    today = date_format(timezone.localdate(), "j F Y")
    said = f"This request is no longer waiting: {admin.full_name} approved it on {today}."
    client.force_login(world.users["officer"])
    # The page that asks says so and offers no button.
    shown = client.get(decline_page(asked))
    assert shown.status_code == 200
    assert said in text_of(shown) and "Decline the request</button>" not in shown.content.decode()
    assert "The request from Rachel Stranger" in text_of(shown)
    assert "Decline the request from Rachel Stranger?" not in text_of(shown)
    # Sent from a page shown before: refused, saying who decided.
    response = client.post(decide(asked), {"decision": "decline"})
    assert response.status_code == 409
    assert said in text_of(response)
    assert JoinRequest.objects.get(pk=asked.pk).status == "approved"
    assert Event.objects.filter(verb="communities.join_declined").count() == 0


def test_declining_twice_in_two_tabs_says_you_declined_it(world, client, opened, asked):
    officer = world.users["officer"]
    decide_join_request(join_request=asked, approve=False, actor=officer)
    client.force_login(officer)
    response = client.post(decide(asked), {"decision": "decline"})
    today = date_format(timezone.localdate(), "j F Y")
    assert response.status_code == 409
    assert f"This request is no longer waiting: you declined it on {today}." in text_of(response)


def test_only_those_who_decide_see_the_page_that_asks(world, client, opened, asked):
    client.force_login(world.users["leader"])
    assert client.get(decline_page(asked)).status_code == 404
    client.force_login(asked.user)
    assert client.get(decline_page(asked)).status_code == 404


def test_the_page_that_asks_says_a_member_was_removed_or_ended_by_the_closing(
    world, client, opened, asked
):
    """A request approved and then its member removed, or ended by closing the community,
    is not told as "declined"."""
    from communities.services import remove_outside_member

    officer = world.users["officer"]
    decide_join_request(join_request=asked, approve=True, actor=officer)
    remove_outside_member(join_request=asked, actor=officer)
    client.force_login(officer)
    assert (
        "This request is no longer waiting: it was approved, and they have since been removed "
        "from the community." in text_of(client.get(decline_page(asked)))
    )
    other = ask_to_join(community=opened, actor=UserFactory(full_name="Owen Other"), message="Hi")
    change_community(community=opened, name=opened.name, purpose="Rowan purpose",
                     open_to_others=False, actor=officer)  # fmt: skip
    assert (
        "This request is no longer waiting: it ended when the community was closed to people "
        "beyond the programme." in text_of(client.get(decline_page(other)))
    )
