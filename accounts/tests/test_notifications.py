import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import IMPORT_KINDS, NotificationKind, Role
from accounts.tests.factories import NotificationFactory, UserFactory
from discussions.models import Post
from discussions.tests.factories import PostFactory, ThreadFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.tests.factories import ProgrammeMembershipFactory

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


def test_marking_one_read_in_place_updates_the_menu_and_the_mark_all_button_and_says_so(client):
    user = UserFactory()
    first, second = NotificationFactory.create_batch(2, recipient=user)
    client.force_login(user)
    page = client.get(reverse("accounts:notifications")).content.decode()
    assert 'id="notifications-status"' in page and 'role="status"' in page
    assert "Mark all 2 as read" in page

    url = reverse("accounts:notification_read", args=[first.pk])
    fragment = client.post(url, HTTP_HX_REQUEST="true").content.decode()
    # The item is focused once swapped in (static/js/app.js), not lost to the page's top.
    assert re.search(rf'<li id="notification-{first.pk}" tabindex="-1" data-np-focus>', fragment)
    # Out of band: the menu's count, the button for the one left, and a status to announce.
    link = re.search(r'<a [^>]*id="np-nav-notifications"[^>]*>(.*?)</a>', fragment, re.S)
    assert "data-hx-swap-oob" in link.group(0)
    assert "Notifications (1 unread)" in link.group(1)
    assert re.search(r'<div id="notifications-read-all" data-hx-swap-oob="true">', fragment)
    assert "Mark the unread one as read" in fragment
    assert re.search(
        r'<p id="notifications-status" data-hx-swap-oob="innerHTML">Marked as read\. '
        r"1 unread notification is left\.</p>",
        fragment,
    )

    url = reverse("accounts:notification_read", args=[second.pk])
    fragment = client.post(url, HTTP_HX_REQUEST="true").content.decode()
    link = re.search(r'<a [^>]*id="np-nav-notifications"[^>]*>(.*?)</a>', fragment, re.S)
    assert "unread" not in link.group(1)
    read_all = re.search(r'<div id="notifications-read-all"[^>]*>(.*?)</div>', fragment, re.S)
    assert read_all.group(1).strip() == ""  # no button offering to mark none as read
    assert "Marked as read. You have no unread notifications left." in fragment


def test_each_notification_says_its_message_once_as_the_link_to_what_it_is_about(client):
    """A screen reader reading the list in order hears each message once: it is the link
    (there was an "Open" link and a "Mark as read" button, each repeating it as hidden
    text); the button is described by it, and still named "Mark as read"."""
    user = UserFactory()
    message = "Stevenage: the monthly update for November 2026 has not been submitted yet."
    # A trial they work on: a link to one they do not see would be plain text
    # (test_links_to_pages_no_longer_open_…).
    trial = FieldTrialFactory()
    FieldTrialMembershipFactory(field_trial=trial, user=user, role=Role.PRACTITIONER)
    linked = NotificationFactory(recipient=user, message=message, url=trial.get_absolute_url())
    plain = NotificationFactory(recipient=user, message="Your e-mail address was changed.")
    client.force_login(user)
    page = client.get(reverse("accounts:notifications")).content.decode()
    for notification in (linked, plain):
        item = re.search(
            rf'<li id="notification-{notification.pk}"[^>]*>(.*?)</li>', page, re.S
        ).group(1)
        assert item.count(notification.message) == 1
        described = f'aria-describedby="notification-{notification.pk}-message"'
        assert re.search(rf"<button [^>]*{described}[^>]*>Mark as read</button>", item)
        assert f'id="notification-{notification.pk}-message"' in item
    item = re.search(rf'<li id="notification-{linked.pk}"[^>]*>(.*?)</li>', page, re.S).group(1)
    href = re.escape(trial.get_absolute_url())
    link = re.search(rf'<a class="govuk-link" [^>]*href="{href}">(.*?)</a>', item, re.S)
    assert message in link.group(1)
    assert ">Open" not in item


def group_headings(page):
    return [
        re.sub(r"<[^>]+>", "", heading).strip()
        for heading in re.findall(r'<h2 class="govuk-heading-m"[^>]*>(.*?)</h2>', page, re.S)
    ]


def test_what_waits_on_the_person_is_listed_first_and_each_group_counts_its_new_ones(client):
    """A question put to someone was heard after fifteen routine milestone and stage items:
    mentions come first, then requests to join, then the rest, the newest group first."""
    user = UserFactory()
    now = timezone.now()
    NotificationFactory(
        recipient=user, kind=NotificationKind.MENTION, created_at=now - timedelta(days=9)
    )
    NotificationFactory(
        recipient=user,
        kind=NotificationKind.MENTION,
        created_at=now - timedelta(days=8),
        read_at=now,
    )
    NotificationFactory(
        recipient=user,
        kind=NotificationKind.JOIN_REQUESTED,
        created_at=now - timedelta(days=7),
        read_at=now,
    )
    NotificationFactory.create_batch(
        2, recipient=user, kind=NotificationKind.STAGE_CHANGE, created_at=now - timedelta(days=2)
    )
    NotificationFactory.create_batch(
        15, recipient=user, kind=NotificationKind.MILESTONE_DUE, created_at=now
    )
    client.force_login(user)
    page = client.get(reverse("accounts:notifications")).content.decode()
    assert group_headings(page) == [
        "Someone mentions you in a discussion (2, 1 new)",
        "Someone asks to join a community you look after (1)",
        "A milestone of your trial is due within seven days (15, 15 new)",
        "A project you belong to moves to another stage, is closed or is reopened (2, 2 new)",
    ]


def test_marking_one_read_in_place_counts_its_group_again(client):
    user = UserFactory()
    first, _ = NotificationFactory.create_batch(2, recipient=user, kind=NotificationKind.MENTION)
    client.force_login(user)
    page = client.get(reverse("accounts:notifications")).content.decode()
    heading = re.search(r'<h2 class="govuk-heading-m" id="([^"]+)">', page).group(1)
    url = reverse("accounts:notification_read", args=[first.pk])
    fragment = client.post(url, HTTP_HX_REQUEST="true").content.decode()
    swapped = re.search(
        rf'<h2 class="govuk-heading-m" id="{heading}" data-hx-swap-oob="true">(.*?)</h2>',
        fragment,
        re.S,
    )
    assert group_headings(swapped.group(0)) == ["Someone mentions you in a discussion (2, 1 new)"]


def test_without_javascript_marking_one_read_returns_to_the_list_and_says_so(client):
    user = UserFactory()
    notification = NotificationFactory(recipient=user)
    client.force_login(user)
    url = reverse("accounts:notification_read", args=[notification.pk])
    response = client.post(url, follow=True)
    assert response.redirect_chain[-1][0] == reverse("accounts:notifications")
    page = response.content.decode()
    assert "The notification is marked as read." in page
    assert "Notifications (1 unread)" not in page


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
    # 6 with the menu's question of someone on no field trial (joined a community from outside?)
    with django_assert_num_queries(6):
        client.get(reverse("accounts:notifications"))
    NotificationFactory.create_batch(40, recipient=user)
    with django_assert_num_queries(6):
        client.get(reverse("accounts:notifications"))


def post_url(trial):
    return Post.objects.get(thread__field_trial=trial).get_absolute_url()


def test_links_to_pages_no_longer_open_cost_one_query_a_kind_for_few_and_many(client):
    """Each notification leading to a trial, project or discussion page is asked whether that
    page still opens for its reader (accounts/notification_links.py): one query a kind of
    page, so the page costs the same for 3 or 60 of them; a page they no longer see is not
    a link."""
    user = UserFactory()
    client.force_login(user)
    url = reverse("accounts:notifications")

    def add(n):
        for _ in range(n):
            theirs, gone = FieldTrialFactory(), FieldTrialFactory()
            FieldTrialMembershipFactory(field_trial=theirs, user=user, role=Role.PRACTITIONER)
            for trial in (theirs, gone):
                NotificationFactory(recipient=user, url=trial.get_absolute_url())
            NotificationFactory(recipient=user, url=gone.project.get_absolute_url())
            # Mentions in a discussion of each: the one of the trial they no longer see too.
            for trial in (theirs, gone):
                post = PostFactory(thread=ThreadFactory(field_trial=trial))
                NotificationFactory(recipient=user, url=post.get_absolute_url())
        return theirs, gone

    theirs, gone = add(1)
    client.get(url)  # the first request reads what every request keeps (the site, sessions)
    with CaptureQueriesContext(connection) as few:
        page = client.get(url).content.decode()
    assert f'href="{theirs.get_absolute_url()}"' in page
    assert f'href="{gone.get_absolute_url()}"' not in page
    assert f'href="{gone.project.get_absolute_url()}"' not in page
    assert f'href="{post_url(theirs)}"' in page and f'href="{post_url(gone)}"' not in page
    assert page.count("Its page is no longer open to you.") == 3
    add(19)
    with CaptureQueriesContext(connection) as many:
        page = client.get(url).content.decode()
    assert page.count("Its page is no longer open to you.") == 60
    assert len(many) == len(few)


def test_a_person_chooses_which_notifications_are_emailed(
    client, django_capture_on_commit_callbacks
):
    from django.core import mail

    from accounts.models import Event
    from accounts.services import notify
    from fieldtrials.tests.factories import FieldTrialMembershipFactory

    user = UserFactory(email="head@example.org")
    FieldTrialMembershipFactory(user=user)  # of a trial: asked about every kind but imports
    client.force_login(user)
    page = client.get(reverse("accounts:notification_emails")).content.decode()
    assert "A milestone of your trial is due within seven days" in page
    assert "An import you started" not in page  # they may start none
    assert (
        len(re.findall(r"\schecked\b", page))
        == page.count('type="checkbox"')
        == len(NotificationKind.choices) - len(IMPORT_KINDS)
    )  # all on at first, one for each kind
    response = client.post(
        reverse("accounts:notification_emails"), {"kinds": ["report_ready", "pti_decision"]}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert "milestone_due" in user.email_muted_kinds
    assert "report_ready" not in user.email_muted_kinds
    assert Event.objects.filter(verb="accounts.notification_emails_chosen").count() == 1
    page = client.get(reverse("accounts:notification_emails")).content.decode()
    assert len(re.findall(r"\schecked\b", page)) == 2
    # Chosen again as they are (a second tab, a retried post): nothing more in the log.
    client.post(
        reverse("accounts:notification_emails"), {"kinds": ["report_ready", "pti_decision"]}
    )
    assert Event.objects.filter(verb="accounts.notification_emails_chosen").count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        notify(recipient=user, kind="milestone_due", message="Audit due on Friday", key="a")
        notify(recipient=user, kind="report_ready", message="Your report is ready", key="b")
    assert [m.subject for m in mail.outbox] == ["Your report is ready"]
    assert "Audit due on Friday" in client.get(reverse("accounts:notifications")).content.decode()


def test_someone_who_only_reads_communities_is_asked_only_about_what_can_reach_them(client):
    # In no programme, project or trial: nothing about milestones, updates or reports can
    # reach them, so they are not asked; what they chose before for those kinds stands.
    user = UserFactory(email_muted_kinds=["milestone_due", "discussions.mention"])
    client.force_login(user)
    page = client.get(reverse("accounts:notification_emails")).content.decode()
    assert page.count('type="checkbox"') == 5
    assert "Someone mentions you in a discussion" in page
    assert "Your request to join a community is approved or declined" in page
    assert (
        "You are removed from a community, or one you joined or asked to join closes to others"
    ) in page
    assert "A milestone of your trial is due" not in page and "progress report" not in page
    response = client.post(
        reverse("accounts:notification_emails"),
        {"kinds": ["discussions.mention", "membership", "communities.join_decided"]},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert sorted(user.email_muted_kinds) == [
        "communities.join_ended",
        "communities.join_requested",
        "milestone_due",
    ]
    # A kind they were not asked about is refused as any unknown choice is.
    refused = client.post(reverse("accounts:notification_emails"), {"kinds": ["report_ready"]})
    assert refused.status_code == 400


def test_an_unknown_kind_is_refused_next_to_the_field_and_nothing_changes(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(reverse("accounts:notification_emails"), {"kinds": ["spam"]})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Select a valid choice" in page
    assert "govuk-error-summary" in page
    # "Error: " first, so that a screen reader hears it first; once, not "Error: … (error)".
    assert "<title>Error: Notification e-mails – Next Practice</title>" in page
    user.refresh_from_db()
    assert user.email_muted_kinds == []


def test_an_email_job_delivered_twice_sends_once(settings):
    from django.core import mail

    from accounts.tasks import send_notification_email

    notification = NotificationFactory(message="Your report is ready", url="/reports/1/")
    assert send_notification_email(notification.pk) == 1
    assert send_notification_email(notification.pk) == 0  # redelivered after a lost ack
    assert len(mail.outbox) == 1
    assert "http://127.0.0.1:8000/reports/1/" in mail.outbox[0].body
    notification.refresh_from_db()
    assert notification.emailed_at is not None


def test_an_email_that_could_not_be_sent_is_sent_by_the_retry(settings):
    import socket

    from django.core import mail

    from accounts.tasks import send_notification_email

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]  # nothing listens there once closed
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed, 2
    notification = NotificationFactory(message="Your report is ready")
    with pytest.raises(OSError):
        send_notification_email(notification.pk)
    notification.refresh_from_db()
    assert notification.emailed_at is None  # the claim is given back for the retry
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_notification_email(notification.pk) == 1
    assert len(mail.outbox) == 1


def test_a_notification_without_a_key_is_refused_and_nothing_is_stored():
    """Every call names the happening, so a repeat of it cannot tell anyone twice."""
    from accounts.models import Notification
    from accounts.services import notify

    user = UserFactory()
    with pytest.raises(TypeError):
        notify(recipient=user, kind="stage_change", message="Oak moved to Develop.")
    with pytest.raises(ValueError):
        notify(recipient=user, kind="stage_change", message="Oak moved to Develop.", key="")
    assert not Notification.objects.exists()


def test_a_message_too_long_for_a_notification_is_cut_at_a_word_and_keeps_its_link():
    from accounts.models import Notification
    from accounts.services import notify

    reason = "word " * 200  # 1,000 characters
    notify(
        recipient=UserFactory(),
        kind="option_decided",
        message=f"Olive selected the option: {reason}",
        url="/programmes/options/7/",
        key="event:9",
    )
    notification = Notification.objects.get()
    assert len(notification.message) <= 500
    assert notification.message.endswith("word…")
    assert notification.url == "/programmes/options/7/"


def test_every_kind_of_notification_says_what_its_e_mail_s_link_is_for():
    """A kind added later without its line would end its e-mails in a bare link again."""
    from accounts.models import EMAIL_LINK_LEADS

    assert set(NotificationKind) <= set(EMAIL_LINK_LEADS)
    for key, lead in EMAIL_LINK_LEADS.items():
        assert lead.startswith("To ") and lead.endswith(":"), key


def test_a_notification_e_mail_says_what_to_do_before_its_link_by_where_it_leads(
    django_capture_on_commit_callbacks, settings
):
    """Every e-mail ended "one sentence / a bare URL": a membership's link says which page
    it opens; a removal, with no page to go to, has no link and no line for one."""
    from django.core import mail

    from accounts.people import services

    trial = FieldTrialFactory(title="Larch Trial")
    officer = UserFactory(full_name="Olive Officer")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    head = UserFactory(full_name="Hazel Head", email="head@school.example")
    with django_capture_on_commit_callbacks(execute=True):
        services.invite(target=trial, email=head.email, role=Role.PRACTITIONER, actor=officer)
    link = settings.SITE_URL + trial.get_absolute_url()
    [added] = mail.outbox
    assert added.body.startswith(
        "Hello Hazel,\n\nOlive Officer added you as a school leader or practitioner to Larch "
        f"Trial.\n\nTo open the trial:\n{link}\n\n-- Next Practice\n"
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.remove_member(target=trial, user=head, actor=officer)
    [removed] = mail.outbox
    assert "To " not in removed.body.split("-- Next Practice")[0]
    assert "\n\n-- Next Practice" in removed.body
    # Told of their own details (their organisation changed): the link is to them.
    from accounts.services import notify

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        notify(
            recipient=head,
            kind=NotificationKind.MEMBERSHIP,
            message="Your organisation is now Larch School.",
            url=reverse("accounts:profile"),
            key="organisation",
        )
    profile = settings.SITE_URL + reverse("accounts:profile")
    assert f"To check your details:\n{profile}" in mail.outbox[0].body
