"""A person changes their own password and clears their notifications in one go; the
notifications page groups what they are told by kind."""

import pytest
from django.urls import reverse

from accounts.models import Notification
from accounts.tests.factories import NotificationFactory, UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery"


def test_a_person_changes_their_password_and_stays_signed_in(client):
    person = UserFactory(email="head@example.org", password=PASSWORD)
    client.force_login(person)
    assert reverse("accounts:password_change") in client.get(reverse("accounts:profile")).text
    url = reverse("accounts:password_change")
    wrong = client.post(
        url,
        {
            "old_password": "nope",
            "new_password1": "a new long phrase 42",
            "new_password2": "a new long phrase 42",
        },
    )
    assert wrong.status_code == 400
    assert "Your current password is not right" in wrong.text
    done = client.post(
        url,
        {
            "old_password": PASSWORD,
            "new_password1": "a new long phrase 42",
            "new_password2": "a new long phrase 42",
        },
        follow=True,
    )
    assert "Your password has been changed." in done.text
    assert done.wsgi_request.user.is_authenticated  # still signed in here
    person.refresh_from_db()
    assert person.check_password("a new long phrase 42")


def test_mark_all_as_read_reads_only_the_persons_own(client):
    person, other = UserFactory(), UserFactory()
    NotificationFactory.create_batch(3, recipient=person, kind="milestone_due")
    NotificationFactory(recipient=person, kind="report_ready")
    NotificationFactory(recipient=other, kind="report_ready")
    client.force_login(person)
    page = client.get(reverse("accounts:notifications")).text
    assert "Mark all 4 as read" in page
    # Grouped by what they are about, each group with its count and how many are new.
    assert (
        "A milestone of your trial is due within seven days "
        '<span class="govuk-body-s">(3, 3 new)</span>' in page
    )
    assert (
        'A progress report you asked for is ready <span class="govuk-body-s">(1, 1 new)</span>'
        in page
    )
    response = client.post(reverse("accounts:notifications_read_all"), follow=True)
    assert "4 notifications marked as read." in response.text
    assert "Mark all" not in response.text
    assert not Notification.objects.filter(recipient=person, read_at__isnull=True).exists()
    assert Notification.objects.filter(recipient=other, read_at__isnull=True).count() == 1
    # One unread: not "Mark all 1".
    client.force_login(other)
    page = client.get(reverse("accounts:notifications")).text
    assert "Mark the unread one as read" in page and "Mark all" not in page
