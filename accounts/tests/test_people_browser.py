"""In a real Chromium, checked with axe-core on each page: an officer invites a new school
leader to a trial; the leader follows the e-mailed link, sets a password and lands on the
trial; the officer changes their role, then removes them, and the leader's next request to
the trial is a 404."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.models import Role
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.testing.browser import assert_accessible, sign_in
from programmes.tests.factories import ProgrammeMembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def test_an_officer_invites_a_school_leader_who_joins_and_is_then_removed(
    live_server, page, chromium
):
    trial = FieldTrialFactory(title="Larch Reading Trial")
    officer = UserFactory(email="officer@example.org", full_name="Olive Officer", password=PASSWORD)
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)

    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(f"{live_server.url}{trial.get_absolute_url()}details/")
    page.get_by_role("link", name="People: invite, change roles, remove").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("People")
    assert_accessible(page)
    page.get_by_role("link", name="Invite someone").click()
    assert_accessible(page)
    page.get_by_label("E-mail address of the person").fill("hazel.head@school.example")
    page.get_by_label("School leader or practitioner").check()
    page.get_by_role("button", name="Invite them").click()
    expect(
        page.get_by_text("We are e-mailing an invitation to hazel.head@school.example")
    ).to_be_visible()
    expect(page.get_by_role("cell", name="hazel.head@school.example", exact=True)).to_be_visible()
    assert_accessible(page)

    [message] = mail.outbox
    assert message.to == ["hazel.head@school.example"]
    path = re.search(r"https?://[^/\s]+(/invitations/accept/[^\s]+/)", message.body).group(1)

    leader_context = chromium.new_context()
    leader_context.set_default_timeout(10_000)
    leader = leader_context.new_page()
    leader.goto(f"{live_server.url}{path}")
    expect(leader.get_by_role("heading", level=1)).to_have_text("Join Larch Reading Trial")
    assert_accessible(leader)
    leader.get_by_label("Your full name").fill("Hazel Head")
    leader.get_by_label("Choose a password").fill("reading-for-pleasure-2026")
    leader.get_by_label("Type the password again").fill("reading-for-pleasure-2026")
    leader.get_by_role("button", name="Accept and create my account").click()
    expect(leader.get_by_role("heading", level=1)).to_contain_text("Larch Reading Trial")
    assert leader.url == f"{live_server.url}{trial.get_absolute_url()}"
    assert_accessible(leader)
    # The link works once.
    leader.goto(f"{live_server.url}{path}")
    expect(leader.get_by_role("heading", level=1)).to_have_text("This invitation has been used")
    expect(leader.get_by_role("link", name="Go to your home page")).to_be_visible()

    page.reload()
    expect(page.get_by_role("cell", name="Hazel Head", exact=True)).to_be_visible()
    page.get_by_role("link", name="Change role of Hazel Head").click()
    assert_accessible(page)
    page.get_by_label("Consultant").check()
    page.get_by_role("button", name="Change their role").click()
    now = "Hazel Head is now a consultant in Larch Reading Trial."
    expect(page.get_by_text(now)).to_be_visible()

    page.get_by_role("link", name="Remove Hazel Head").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Remove Hazel Head from Larch Reading Trial?"
    )
    assert_accessible(page)
    page.get_by_role("button", name="Yes, remove them").click()
    expect(page.get_by_text("Hazel Head has been removed")).to_be_visible()
    expect(page.get_by_role("cell", name="Hazel Head", exact=True)).to_have_count(0)

    response = leader.goto(f"{live_server.url}{trial.get_absolute_url()}")
    assert response.status == 404
    leader_context.close()
