import pytest
from django.urls import reverse

from accounts.tests.factories import NotificationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_unread_notifications_are_counted_in_the_menu_and_can_be_marked_read_in_place(client):
    user = UserFactory()
    notification = NotificationFactory(recipient=user, message="Your report is ready")
    client.force_login(user)
    page = client.get(reverse("accounts:notifications")).content.decode()
    assert "Notifications (1 unread)" in page
    assert "Your report is ready" in page
    response = client.post(
        reverse("accounts:notification_read", args=[notification.pk]), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert "<html" not in response.content.decode()  # a fragment, not a page
    assert "Mark as read" not in response.content.decode()
    notification.refresh_from_db()
    assert notification.read_at is not None
    assert "unread" not in client.get(reverse("accounts:notifications")).content.decode()


def test_someone_elses_notification_is_not_found(client):
    notification = NotificationFactory(message="Private to someone else")
    client.force_login(UserFactory())
    response = client.post(reverse("accounts:notification_read", args=[notification.pk]))
    assert response.status_code == 404
    notification.refresh_from_db()
    assert notification.read_at is None
    assert (
        "Private to someone else"
        not in client.get(reverse("accounts:notifications")).content.decode()
    )


def test_the_notifications_page_costs_the_same_queries_for_few_and_many(
    client, django_assert_num_queries
):
    user = UserFactory()
    client.force_login(user)
    NotificationFactory(recipient=user)
    with django_assert_num_queries(4):
        client.get(reverse("accounts:notifications"))
    NotificationFactory.create_batch(40, recipient=user)
    with django_assert_num_queries(4):
        client.get(reverse("accounts:notifications"))
