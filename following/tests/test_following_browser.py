"""A school leader follows their trial in a real Chromium, by its button (a plain form: no
script), sees its activity on their home page and on the followed page, and chooses a weekly
digest; axe-core finds nothing (WCAG A/AA) on any of these pages."""

import pytest
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_leader_follows_their_trial_and_chooses_a_digest(live_server, page):
    from accounts.models import Role
    from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
    from following.tests.factories import fill

    trial = FieldTrialFactory(title="Kestrel Trial")
    membership = FieldTrialMembershipFactory(
        field_trial=trial, role=Role.PRACTITIONER, user__full_name="Lee Leader"
    )
    colleague = FieldTrialMembershipFactory(  # what they did themselves is no news to them
        field_trial=trial, role=Role.PRACTITIONER, user__full_name="Cara Colleague"
    )
    fill(trial, colleague.user, 30)
    sign_in(page, live_server, membership.user.email, "correct horse battery")

    page.goto(f"{live_server.url}{trial.get_absolute_url()}")
    button = page.get_by_role("button", name="Follow the field trial Kestrel Trial")
    expect(button).to_be_visible()
    assert_accessible(page)
    button.click()
    expect(page.get_by_role("button", name="Stop following the field trial Kestrel Trial"))
    assert_accessible(page)

    page.goto(f"{live_server.url}/")
    section = page.get_by_role("region", name="What you follow")
    expect(section).to_contain_text("Cara Colleague added the milestone “Milestone 29”")
    assert_accessible(page)
    section.get_by_role("link", name="All activity you follow").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("All activity you follow")
    page.get_by_role("link", name="Older activity").click()
    expect(page.get_by_role("link", name="Newest activity")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Choose how often you get one").click()
    assert_accessible(page)
    page.get_by_label("Weekly").check()
    page.get_by_role("button", name="Save my choice").click()
    expect(page.get_by_text("Digest e-mail: weekly")).to_be_visible()
    assert_accessible(page)

    # On a desktop the button sits beside the trial's name; at 320 px it is on a line of its
    # own, full width, and was pushed 10 px past the text's right edge by its left margin.
    item = page.locator("#you-follow + ul > li")
    button = item.get_by_role("button", name="Stop following Kestrel Trial")
    link = item.get_by_role("link", name="Kestrel Trial")
    assert button.bounding_box()["y"] < link.bounding_box()["y"] + link.bounding_box()["height"]
    page.set_viewport_size({"width": 320, "height": 640})
    line, box = item.bounding_box(), button.bounding_box()
    assert box["y"] >= link.bounding_box()["y"] + link.bounding_box()["height"]  # wrapped
    assert box["x"] == line["x"], (box, line)
    assert box["x"] + box["width"] <= line["x"] + line["width"], (box, line)
