"""The digest: one e-mail a person chose (daily or weekly) with what is new in what they
follow; never the same event twice, not even when a job runs twice or is retried after a
failure; nothing new, no e-mail; nothing they may no longer see."""

import socket

import pytest
from django.core import mail
from django.urls import reverse
from django_celery_beat.models import PeriodicTask

from fieldtrials.models import FieldTrialMembership
from following.models import Digest, DigestChoice, DigestItem
from following.services import choose_digest, follow
from following.tasks import send_digest_to, send_digests
from following.tests.factories import fill

pytestmark = pytest.mark.django_db


@pytest.fixture
def leader(world):
    """Coral's school leader follows Coral and chose a daily digest before its events."""
    person = world.users["leader"]
    follow(user=person, subject=world.coral)
    choose_digest(user=person, frequency="daily")
    return person


def test_running_the_job_twice_sends_one_email_of_what_is_new(world, leader):
    fill(world.coral, world.users["officer"], 3, minutes_ago=-1)  # after they chose
    assert send_digests("daily") == 1
    assert send_digests("daily") == 1  # the same person, with nothing new this time
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [leader.email]
    assert email.subject == "3 updates in what you follow"  # the From name says Next Practice
    assert "Officer Person added the milestone “Milestone 2”." in email.body
    assert "http://127.0.0.1:8000/following/" in email.body
    assert DigestItem.objects.filter(user=leader).count() == 3
    # Something new after that is in the next digest, and only that.
    fill(world.coral, world.users["officer"], 1, verb="fieldtrials.risk_added", minutes_ago=-2)
    send_digests("daily")
    assert len(mail.outbox) == 2
    assert "added the milestone" not in mail.outbox[1].body
    assert "added the risk" in mail.outbox[1].body


def test_a_digest_of_one_event_says_one_update(world, leader):
    """The subject said "5 new in what you follow": new what? It counts updates, one as one."""
    fill(world.coral, world.users["officer"], 1, minutes_ago=-1)
    assert send_digests("daily") == 1
    assert [m.subject for m in mail.outbox] == ["1 update in what you follow"]


def test_nothing_new_sends_no_email(world, leader):
    fill(world.dune, world.users["officer"], 3, minutes_ago=-1)  # a trial they do not follow
    send_digests("daily")
    assert mail.outbox == []
    assert not Digest.objects.exists()


def test_their_own_actions_are_neither_told_nor_counted(world, leader):
    """Sam's weekly digest said "7 new in what you follow" and listed his own posts."""
    fill(world.coral, leader, 3, minutes_ago=-1)  # what they did themselves
    send_digests("daily")
    assert mail.outbox == []  # only their own: nothing to tell
    assert not Digest.objects.exists()
    fill(world.coral, world.users["officer"], 2, verb="fieldtrials.risk_added", minutes_ago=-2)
    send_digests("daily")
    [email] = mail.outbox
    assert email.subject == "2 updates in what you follow"
    assert "Officer Person added the risk" in email.body
    assert "Leader Person" not in email.body
    assert DigestItem.objects.filter(user=leader).count() == 2


def test_a_digest_only_goes_to_who_chose_that_frequency(world, leader):
    fill(world.coral, world.users["officer"], 2, minutes_ago=-1)
    send_digests("weekly")
    assert mail.outbox == []
    choose_digest(user=leader, frequency="off")
    send_digests("daily")
    send_digest_to(leader.pk)
    assert mail.outbox == []


def test_events_from_before_they_chose_are_not_sent(world, leader):
    fill(world.coral, world.users["officer"], 3, minutes_ago=120)
    send_digests("daily")
    assert mail.outbox == []


def test_what_they_may_no_longer_see_is_left_out(world, leader):
    officer = world.users["officer"]
    follow(user=leader, subject=world.rowan)  # its trials: Coral and Quill
    fill(world.quill, officer, 2, verb="fieldtrials.risk_added", minutes_ago=-1)
    fill(world.coral, officer, 1, minutes_ago=-1)
    # They leave Coral: Quill was theirs through the community Coral is in, so both go.
    FieldTrialMembership.objects.filter(user=leader).delete()
    send_digests("daily")
    assert mail.outbox == []
    assert not DigestItem.objects.exists()


def test_a_digest_that_could_not_be_sent_is_sent_once_by_the_retry(settings, world, leader):
    fill(world.coral, world.users["officer"], 2, minutes_ago=-1)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]  # nothing listens there once closed
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed, 2
    with pytest.raises(OSError):
        send_digest_to(leader.pk)
    assert not DigestItem.objects.exists()  # the claim is given back for the retry
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_digest_to(leader.pk) == 1  # the retry
    assert send_digest_to(leader.pk) == 0  # delivered again after a lost ack
    assert len(mail.outbox) == 1
    assert mail.outbox[0].body.count("added the milestone") == 2
    assert Digest.objects.get().sent_at is not None


def test_the_digests_are_on_beats_schedule_editable_in_the_admin():
    tasks = PeriodicTask.objects.filter(task="following.tasks.send_digests", enabled=True)
    assert sorted(t.kwargs for t in tasks) == ['{"frequency": "daily"}', '{"frequency": "weekly"}']
    weekly = tasks.get(kwargs='{"frequency": "weekly"}')
    assert weekly.crontab.day_of_week == "1"


def test_a_person_chooses_their_digest_on_its_page(client, world):
    leader = world.users["leader"]
    client.force_login(leader)
    url = reverse("following:digest")
    assert response_choice(client.get(url)) == "off"
    response = client.post(url, {"frequency": "hourly"})
    assert response.status_code == 400
    assert "govuk-error-summary" in response.content.decode()
    title = "<title>Error: Digest of what you follow – Next Practice</title>"
    assert title in response.content.decode()  # "Error: " once, first
    assert client.post(url, {"frequency": "weekly"}).status_code == 302
    assert leader.digest_choice.frequency == "weekly"
    assert response_choice(client.get(url)) == "weekly"
    assert "Digest e-mail: weekly." in client.get(reverse("following:followed")).content.decode()
    # Found from the notification e-mails page.
    assert url in client.get(reverse("accounts:notification_emails")).content.decode()


def test_the_digest_choice_and_what_a_digest_is_are_each_said_once(client, world):
    """The followed page read "Digest e-mail: Off: no digest e-mails." and the digest page's
    hint said again what the paragraph above it says."""
    leader = world.users["leader"]
    client.force_login(leader)
    followed = client.get(reverse("following:followed")).content.decode()
    assert "Digest e-mail: off." in followed and "no digest e-mails" not in followed
    page = client.get(reverse("following:digest")).content.decode()
    assert "since the last one. Nothing new, no e-mail." in page
    assert "since the last" in page.split("Nothing new, no e-mail.", 1)[0]
    assert "since the last" not in page.split("Nothing new, no e-mail.", 1)[1]
    assert "govuk-hint" not in page
    DigestChoice.objects.create(user=leader, frequency=DigestChoice.Frequency.OFF)
    followed = client.get(reverse("following:followed")).content.decode()
    assert "Digest e-mail: off." in followed


def response_choice(response):
    """The radio the digest page has ticked."""
    import re

    ticked = re.findall(r'value="(\w+)"\s+checked', response.content.decode())
    return ticked[0] if len(ticked) == 1 else ticked


def test_a_digest_names_the_site_first_only_when_the_from_name_does_not(world, leader, settings):
    settings.DEFAULT_FROM_EMAIL = "noreply@example.org"
    fill(world.coral, world.users["officer"], 2, minutes_ago=-1)
    assert send_digests("daily") == 1
    assert [m.subject for m in mail.outbox] == ["Next Practice: 2 updates in what you follow"]
