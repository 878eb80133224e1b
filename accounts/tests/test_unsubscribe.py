"""The link in an e-mail's List-Unsubscribe header (accounts/unsubscribe.py): a mail app's
"Unsubscribe" button posts to it, with no sign-in and no CSRF token, and that kind of e-mail
stops for that person, once; opened in a browser it asks first, and changes nothing until
its button is pressed. A link changed, cut short or made for someone else is refused."""

import pytest
from django.core import mail, signing
from django.test import Client
from django.urls import reverse

from accounts.models import Event, NotificationKind
from accounts.services import notify
from accounts.tests.factories import UserFactory
from accounts.unsubscribe import SALT, unsubscribe_url
from programmes.tests.factories import ProjectMembershipFactory

pytestmark = pytest.mark.django_db

CHOSEN = "accounts.notification_emails_chosen"
MENTIONS = "“Someone mentions you in a discussion”"


def path_of(url):
    return url.removeprefix("http://127.0.0.1:8000")


def told(person, kind, key, capture):
    """Whether telling `person` of something of `kind` e-mails them."""
    before = len(mail.outbox)
    with capture(execute=True):
        notify(recipient=person, kind=kind, message="Something happened", key=key)
    return len(mail.outbox) > before


def mail_app():
    """A mail app pressing "Unsubscribe": no session, no cookie, no CSRF token."""
    return Client(enforce_csrf_checks=True)


def test_the_mail_app_s_one_click_stops_that_kind_of_e_mail_and_no_other(
    django_capture_on_commit_callbacks,
):
    person = UserFactory(email="head@school.example")
    link = unsubscribe_url(person, [NotificationKind.MENTION])
    response = mail_app().post(path_of(link), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    page = response.content.decode()
    assert f"You will no longer get e-mails about {MENTIONS}" in page
    assert reverse("accounts:notification_emails") in page
    person.refresh_from_db()
    assert person.email_muted_kinds == [NotificationKind.MENTION]
    assert not told(person, NotificationKind.MENTION, "post:1", django_capture_on_commit_callbacks)
    assert told(person, NotificationKind.MEMBERSHIP, "event:1", django_capture_on_commit_callbacks)
    # Recorded as a choice on the notification e-mails page is, as made by them.
    [event] = Event.objects.filter(verb=CHOSEN)
    assert event.actor == person
    assert event.data == {"muted": [NotificationKind.MENTION], "was_muted": []}


def test_sent_twice_it_changes_nothing_more_and_says_the_same():
    person = UserFactory(email_muted_kinds=[NotificationKind.STAGE_CHANGE])
    link = path_of(unsubscribe_url(person, [NotificationKind.MENTION]))
    first, second = mail_app().post(link), mail_app().post(link)
    assert first.status_code == second.status_code == 200
    assert MENTIONS in second.content.decode()
    person.refresh_from_db()
    assert person.email_muted_kinds == [NotificationKind.STAGE_CHANGE, NotificationKind.MENTION]
    assert Event.objects.filter(verb=CHOSEN).count() == 1


def test_opened_in_a_browser_it_asks_first_and_changes_nothing(client):
    person = UserFactory(email="head@school.example")
    link = path_of(unsubscribe_url(person, [NotificationKind.MENTION]))
    response = client.get(link)
    assert response.status_code == 200
    page = response.content.decode()
    assert f"Stop e-mails about {MENTIONS}?" in page
    assert "head@school.example" in page
    assert 'method="post"' in page and "csrfmiddlewaretoken" in page
    person.refresh_from_db()
    assert person.email_muted_kinds == []
    assert not Event.objects.filter(verb=CHOSEN).exists()
    # Its button posts the form back to the same address.
    token = response.context["csrf_token"]
    stopped = client.post(link, {"csrfmiddlewaretoken": str(token)})
    assert "You will no longer get e-mails about" in stopped.content.decode()
    person.refresh_from_db()
    assert person.email_muted_kinds == [NotificationKind.MENTION]


def test_opened_again_once_stopped_it_says_so_and_how_to_turn_them_back_on(client):
    person = UserFactory()
    link = path_of(unsubscribe_url(person, [NotificationKind.MENTION]))
    mail_app().post(link)
    page = client.get(link).content.decode()
    assert f"E-mails about {MENTIONS} are already stopped" in page
    assert "turn them back on in your" in page
    assert reverse("accounts:notification_emails") in page
    assert "Stop these e-mails" not in page
    assert Event.objects.filter(verb=CHOSEN).count() == 1  # opening it again changed nothing


def test_a_project_closed_e_mail_s_link_names_closing_as_the_settings_page_does(client):
    person = ProjectMembershipFactory().user  # asked about stage changes on the settings page
    page = client.get(path_of(unsubscribe_url(person, [NotificationKind.STAGE_CHANGE])))
    said = "“A project you belong to moves to another stage, is closed or is reopened”"
    assert f"Stop e-mails about {said}?" in page.content.decode()
    client.force_login(person)
    settings_page = client.get(reverse("accounts:notification_emails")).content.decode()
    assert said.strip("“”") in settings_page


def test_an_e_mail_about_two_kinds_stops_both_and_says_which():
    person = UserFactory()
    both = [NotificationKind.MILESTONE_OVERDUE, NotificationKind.MILESTONE_DUE]
    response = mail_app().post(path_of(unsubscribe_url(person, both)))
    assert (
        "You will no longer get e-mails about “A milestone of your trial is due within seven "
        "days” and “A milestone of your trial is overdue”"
    ) in response.content.decode()
    person.refresh_from_db()
    assert person.email_muted_kinds == [
        NotificationKind.MILESTONE_DUE,
        NotificationKind.MILESTONE_OVERDUE,
    ]


def bad_links(person, other):
    """Links that are not one we made for `person`: changed, cut short, signed for another
    purpose, or naming a kind we do not have."""
    token = path_of(unsubscribe_url(person, [NotificationKind.MENTION])).split("/")[-2]
    payload, signature = token.rsplit(":", 1)
    made = {"u": other.pk, "k": [NotificationKind.MENTION.value]}
    return [
        token[:-3],
        f"{payload}:{signature[::-1]}",
        # Another person's number in the place of theirs, with their signature.
        signing.dumps(made, salt=SALT).rsplit(":", 1)[0] + f":{signature}",
        signing.dumps(made),  # signed, but not as an unsubscribe link
        signing.dumps({"u": person.pk, "k": ["no_such_kind"]}, salt=SALT),
        signing.dumps({"u": person.pk, "k": []}, salt=SALT),
        "nonsense",
    ]


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_changed_link_is_refused_and_nothing_changes(method):
    person, other = UserFactory(), UserFactory()
    for token in bad_links(person, other):
        url = reverse("accounts:unsubscribe", args=[token])
        response = getattr(mail_app(), method)(url)
        assert response.status_code == 400, token
        assert "This link to stop e-mails does not work" in response.content.decode()
        assert "Nothing has been changed." in response.content.decode()
    person.refresh_from_db(), other.refresh_from_db()
    assert person.email_muted_kinds == other.email_muted_kinds == []
    assert not Event.objects.filter(verb=CHOSEN).exists()


def test_a_link_for_an_account_no_longer_there_is_not_found():
    person = UserFactory()
    link = path_of(unsubscribe_url(person, [NotificationKind.MENTION]))
    person.delete()
    response = mail_app().post(link)
    assert response.status_code == 404
    assert "This link to stop e-mails does not work" in response.content.decode()


def test_a_link_stops_e_mails_only_to_the_person_it_was_sent_to(client):
    sent_to, reader = UserFactory(), UserFactory()
    client.force_login(reader)  # signed in as someone else, who opens a forwarded e-mail
    link = path_of(unsubscribe_url(sent_to, [NotificationKind.MENTION]))
    assert client.post(link).status_code == 200
    sent_to.refresh_from_db(), reader.refresh_from_db()
    assert sent_to.email_muted_kinds == [NotificationKind.MENTION]
    assert reader.email_muted_kinds == []
