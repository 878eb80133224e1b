"""A password is safe from someone else: a reset link sent before the account was switched
off changes nothing, the current password may be tried only a few times at the change
password page, and the person is e-mailed whenever their password is changed or reset."""

import re
from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import ThrottleBucket
from accounts.tasks import send_password_changed_email
from accounts.tests.factories import UserFactory
from nextpractice.testing.races import at_once

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery"
NEW = "a new long phrase 42"
CHANGE = reverse("accounts:password_change")


def reset_form_url(client, email):
    client.post(reverse("accounts:password_reset"), {"email": email})
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", mail.outbox[-1].body).group(1)
    return client.get(link, follow=True).redirect_chain[-1][0]


def change(client, old, new=NEW):
    return client.post(CHANGE, {"old_password": old, "new_password1": new, "new_password2": new})


def test_a_reset_link_sent_before_the_account_was_switched_off_changes_nothing(client):
    person = UserFactory(email="consultant@example.org")
    form_url = reset_form_url(client, "Consultant@Example.org")
    person.is_active = False
    person.save()
    mail.outbox.clear()
    page = client.get(form_url)
    assert page.status_code == 200
    body = page.content.decode()
    assert "This account is switched off" in body
    assert "its password cannot be changed. Nothing has been changed." in body
    assert "new_password1" not in body and "Choose a new password" not in body
    posted = client.post(form_url, {"new_password1": NEW, "new_password2": NEW})
    assert posted.status_code == 403
    assert "This account is switched off" in posted.content.decode()
    assert "Sign in with your new password" not in posted.content.decode()
    person.refresh_from_db()
    assert person.check_password(PASSWORD) and not person.check_password(NEW)
    assert mail.outbox == []


def test_the_current_password_may_be_tried_five_times_then_the_page_says_when_again(client):
    person = UserFactory(email="lorna@example.org")
    client.force_login(person)
    for _ in range(5):
        assert change(client, "a guess").status_code == 400
    paused = change(client, PASSWORD)
    assert paused.status_code == 429
    body = paused.content.decode()
    assert "There is a problem" in body
    again = re.search(r"For your security, try again after (\d{1,2}:\d\d[ap]m)", body)
    assert again and "Your current password has been tried 5 times in 15 minutes" in body
    # Fifteen minutes after the first try (this minute's, or the last one's if a minute
    # turned meanwhile).
    soon = timezone.localtime(timezone.now() + timedelta(minutes=15))
    shown = [soon, soon - timedelta(minutes=1)]
    assert again.group(1) in [f"{t:%-I:%M}{'am' if t.hour < 12 else 'pm'}" for t in shown]
    person.refresh_from_db()
    assert person.check_password(PASSWORD)  # nothing changed
    # Fifteen minutes on, the right password works.
    for bucket in ThrottleBucket.objects.filter(scope="password_change.current_password"):
        bucket.times = [
            (datetime.fromisoformat(t) - timedelta(minutes=15)).isoformat() for t in bucket.times
        ]
        bucket.save()
    assert change(client, PASSWORD).status_code == 302
    person.refresh_from_db()
    assert person.check_password(NEW)


def test_one_persons_tries_do_not_pause_another():
    first, second = UserFactory(), UserFactory()
    one, other = Client(), Client()
    one.force_login(first)
    other.force_login(second)
    for _ in range(5):
        change(one, "a guess")
    assert change(one, PASSWORD).status_code == 429
    assert change(other, PASSWORD).status_code == 302


@pytest.mark.django_db(transaction=True)
def test_ten_guesses_at_once_check_the_password_five_times():
    """Run on PostgreSQL: the throttle's row lock decides, so guesses sent together cannot
    all pass the limit."""
    person = UserFactory()
    clients = []
    for _ in range(10):
        c = Client()
        c.force_login(person)
        clients.append(c)
    statuses, errors = at_once([lambda c=c: change(c, "a guess").status_code for c in clients])
    assert not errors
    assert sorted(statuses) == [400] * 5 + [429] * 5


def test_a_changed_password_is_told_by_email(client, django_capture_on_commit_callbacks):
    person = UserFactory(email="ruth.ellis@example.org", full_name="Ruth Ellis")
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        assert change(client, PASSWORD).status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ruth.ellis@example.org"]
    # Said once: "Next Practice: Your password was changed" (or without the prefix where the
    # sender's name already says Next Practice), never "Next Practice: Your Next Practice ...".
    assert message.subject.endswith("Your password was changed")
    assert message.subject.count("Next Practice") <= 1
    assert message.body.startswith("Hello Ruth,")
    today = timezone.localdate()
    assert (
        "The password of your Next Practice account (ruth.ellis@example.org) was changed on "
        f"{today.day} {today:%B %Y} at " in message.body
    )
    assert "using a link" not in message.body
    assert "If this was not you, someone else may know your password" in message.body
    assert reverse("accounts:password_reset") in message.body


def test_a_password_reset_by_link_is_told_by_email(client, django_capture_on_commit_callbacks):
    UserFactory(email="head@school.example", full_name="Hannah Head")
    form_url = reset_form_url(client, "head@school.example")
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(form_url, {"new_password1": NEW, "new_password2": NEW})
    assert done.status_code == 302
    told = mail.outbox[-1]
    assert told.to == ["head@school.example"]
    assert told.subject.endswith("Your password was changed")
    assert "using a link e-mailed to this address." in told.body


def test_a_wrong_current_password_sends_no_email(client, django_capture_on_commit_callbacks):
    client.force_login(UserFactory())
    with django_capture_on_commit_callbacks(execute=True):
        change(client, "a guess")
    assert mail.outbox == []


def test_the_email_job_delivered_twice_sends_one_email():
    person = UserFactory()
    changed_at = timezone.now().isoformat()
    assert send_password_changed_email(person.pk, changed_at) == 1
    assert send_password_changed_email(person.pk, changed_at) == 0
    assert len(mail.outbox) == 1
    # Another change is another e-mail.
    assert send_password_changed_email(person.pk, timezone.now().isoformat()) == 1
