"""In a real Chromium, checked with axe-core on each page: an officer invites a new school
leader to a trial; the leader follows the e-mailed link, sets a password and lands on the
trial; the officer changes their role, then removes them, and the leader's next request to
the trial is a 404."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.models import Invitation, Role
from accounts.people import services
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.testing.browser import assert_accessible, sign_in
from programmes.tests.factories import ProgrammeMembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"
# Where the text of an address is drawn in a cell, all its lines if it wraps (it may be split
# by <wbr> into several text nodes).
ADDRESS_BOX = """(cell, address) => {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = "";
    while (walker.nextNode()) {
        nodes.push([walker.currentNode, text.length]);
        text += walker.currentNode.data;
    }
    const at = text.indexOf(address);
    if (at < 0) return null;
    const place = (i) => {
        const [node, from] = nodes.findLast(([, from]) => from <= i);
        return [node, i - from];
    };
    const range = document.createRange();
    range.setStart(...place(at));
    range.setEnd(...place(at + address.length - 1));
    range.setEnd(range.endContainer, range.endOffset + 1);
    const box = range.getBoundingClientRect();
    return {left: box.left, right: box.right, bottom: box.bottom};
}"""


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
    expect(
        page.get_by_role("button", name="Send again to hazel.head@school.example")
    ).to_be_visible()
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
    expect(page.get_by_role("link", name="Hazel Head", exact=True)).to_be_visible()
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
    expect(page.get_by_role("link", name="Hazel Head", exact=True)).to_have_count(0)

    response = leader.goto(f"{live_server.url}{trial.get_absolute_url()}")
    assert response.status == 404
    leader_context.close()


def test_at_320_pixels_each_persons_change_role_and_remove_are_in_view_under_their_name(
    live_server, page
):
    """On a phone "Change role" and "Remove" were a column off to the right of the members'
    scroll region: they sit under each person's name, once (no copy for a screen reader or the
    keyboard to meet twice), and the page is 320 px wide and axe clean."""
    trial = FieldTrialFactory(title="Larch Reading Trial")
    officer = UserFactory(email="officer@example.org", full_name="Olive Officer", password=PASSWORD)
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    school = OrganisationFactory(name="Hammersmith and Fulham Secondary Learning Federation")
    for name in ("Hazel Head", "Maximilian Featherstonehaugh-Worthington"):
        FieldTrialMembershipFactory(
            field_trial=trial, user=UserFactory(full_name=name, organisation=school)
        )

    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(f"{live_server.url}/field-trials/{trial.pk}/people/")
    region = page.get_by_role("region", name="Members")
    edge = region.bounding_box()
    for name in ("Hazel Head", "Maximilian Featherstonehaugh-Worthington"):
        name_box = page.get_by_role("link", name=name, exact=True).bounding_box()
        for label in (f"Change role of {name}", f"Remove {name}"):
            link = page.get_by_role("link", name=label)
            expect(link).to_have_count(1)
            expect(link).to_be_visible()
            box = link.bounding_box()
            assert box["x"] >= edge["x"] and box["x"] + box["width"] <= edge["x"] + edge["width"]
            assert box["y"] >= name_box["y"] + name_box["height"] - 1  # under the name
    # Each action is there once, for the eye, the keyboard and a screen reader alike.
    assert page.locator("a[href$='/role/']").count() == 2
    assert page.locator("a[href$='/remove/']").count() == 2
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 320
    assert_accessible(page)


def test_at_320_pixels_each_invitations_send_again_and_withdraw_are_in_view_under_the_address(
    live_server, page
):
    """On a phone "Send again" and "Withdraw" were a column off to the right of the
    invitations' scroll region, and a long address was cut off: the actions sit under each
    address, once, the address wraps, and the page is 320 px wide and axe clean."""
    trial = FieldTrialFactory(title="Larch Reading Trial")
    officer = UserFactory(email="officer@example.org", full_name="Olive Officer", password=PASSWORD)
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    addresses = ("deputy.head@stevenage.example.org", "hazel.head@school.example")
    services.invite(target=trial, email=addresses[0], role=Role.PRACTITIONER, actor=officer)
    services.invite(
        target=trial,
        email=addresses[1],
        role=Role.PRACTITIONER,
        actor=officer,
        full_name="Hazel Head",
    )

    # One e-mailed (the job ran), one whose e-mail has not gone: each says so under it.
    Invitation.objects.filter(email=addresses[1]).update(emailed_at=None)

    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(f"{live_server.url}/field-trials/{trial.pk}/people/")
    region = page.get_by_role("region", name="Invitations waiting for an answer")
    edge = region.bounding_box()
    right = edge["x"] + edge["width"]
    for address in addresses:
        who = region.get_by_role("row").filter(has_text=address).locator("td").first
        # The whole address is in the region, wrapped if need be, not cut off at its edge.
        shown = who.evaluate(ADDRESS_BOX, address)
        assert shown["left"] >= edge["x"] and shown["right"] <= right
        said = who.get_by_text(
            re.compile(r"^(E-mailed \d+ \w+ \d{4}, \d\d:\d\d|Not e-mailed yet)$")
        )
        expect(said).to_be_visible()
        box = said.bounding_box()
        assert box["x"] >= edge["x"] and box["x"] + box["width"] <= right
        assert box["y"] >= shown["bottom"] - 1  # under the address
        for role, label in (
            ("button", f"Send again to {address}"),
            ("link", f"Withdraw the invitation to {address}"),
        ):
            action = page.get_by_role(role, name=label)
            expect(action).to_have_count(1)
            expect(action).to_be_visible()
            box = action.bounding_box()
            assert box["x"] >= edge["x"] and box["x"] + box["width"] <= right
            assert box["y"] >= shown["bottom"] - 1  # under it
    # Each action is there once, for the eye, the keyboard and a screen reader alike.
    assert page.locator("form[action$='/resend/'] button").count() == 2
    assert page.locator("a[href$='/withdraw/']").count() == 2
    assert region.evaluate("el => el.scrollLeft") == 0
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 320
    assert_accessible(page)


@pytest.mark.parametrize("width", [320, 1280])
def test_a_switched_off_member_and_their_waiting_invitation_are_marked_and_axe_clean(
    live_server, page, width
):
    """Sam has left (his account switched off outside the admin, so his invitation still
    waits): 'Account switched off' beside his name among the members and beside it as the
    invitation's sender, which says nobody can join through it; the page fits and is axe
    clean."""
    from accounts.models import User

    school = OrganisationFactory(name="Stevenage Primary")
    trial = FieldTrialFactory(title="Larch Reading Trial", lead_organisation=school)
    officer = UserFactory(email="officer@example.org", full_name="Olive Officer", password=PASSWORD)
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    sam = UserFactory(full_name="Sam Lewis", organisation=school)
    FieldTrialMembershipFactory(field_trial=trial, user=sam, role=Role.PRACTITIONER)
    services.invite(
        target=trial, email="new.teacher@example.net", role=Role.PRACTITIONER, actor=sam
    )
    User.objects.filter(pk=sam.pk).update(is_active=False)

    page.set_viewport_size({"width": width, "height": 800})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(f"{live_server.url}/field-trials/{trial.pk}/people/")
    members = page.get_by_role("region", name="Members")
    expect(members.get_by_role("row").filter(has_text="Sam Lewis")).to_contain_text(
        "Sam Lewis Account switched off"
    )
    waiting = page.get_by_role("region", name="Invitations waiting for an answer")
    row = waiting.get_by_role("row").filter(has_text="new.teacher@example.net")
    expect(row).to_contain_text("Sam Lewis Account switched off")
    expect(row).to_contain_text("Nobody can join through it")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= width
    assert_accessible(page)
