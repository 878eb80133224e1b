"""The help pages: how the method works and a glossary, readable by anyone, linked from the
footer of every page and from the places that use their words."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from nextpractice.help import GLOSSARY
from nextpractice.testing.browser import assert_accessible

# The words the first-hour issue names, each of which must have an entry.
NEEDED = {
    "rag", "opens-out", "gate", "override", "spread", "consensus-order", "partner-agency",
    "field-trial", "incubation-offer", "power-to-innovate", "three-diamonds", "toolkit",
    "community-of-practice", "community-of-interest", "provocateur", "resource-domains",
    "characteristics", "nature-of-innovation",
}  # fmt: skip


def test_every_word_a_newcomer_meets_is_explained():
    slugs = [slug for slug, _, _ in GLOSSARY]
    assert NEEDED <= set(slugs)
    assert len(slugs) == len(set(slugs))


@pytest.mark.django_db
def test_the_abbreviations_the_demo_quotes_from_the_seeds_are_spelled_out(client):
    """Knowsley's case study (seed 001) and the pamphlet speak of BSF, the IZ and SATs."""
    body = client.get(reverse("glossary")).content.decode()
    for term in ("BSF (Building Schools for the Future)", "Innovation Zone (IZ)", "SATs"):
        assert term in body, term
    # SATs as they were in the seeds' years and as they are now: none at 14 since 2008.
    sats = next(text for slug, _, text in GLOSSARY if slug == "sats")
    assert "at 7, 11 and 14" in sats and "The tests at 14 ended in 2008" in sats
    assert "and then at 14" not in sats
    # "Seeds" is the project's own word for its source documents: a reader meets the years.
    assert "when the programme ran" in sats
    assert not any("seed" in text.lower() for _, _, text in GLOSSARY)


@pytest.mark.django_db
def test_the_help_says_a_trial_is_incubated_once_its_project_has_passed_its_phase_1_gate(client):
    """As its status page insists (fieldtrials.workflow.AFTER_THE_GATE): set up before."""
    body = client.get(reverse("help")).content.decode()
    assert "A field trial chosen in Generate creative options can be set up straight away" in body
    assert "once its project has passed its Phase 1 gate into Incubate" in body


@pytest.mark.django_db
def test_anyone_reads_the_help_and_every_page_links_to_it(client):
    page = client.get(reverse("help")).content.decode()
    assert "opens out and refocuses" in page
    assert "Will customer needs be better met?" in page  # the seed's own promise test
    for slug in ("characteristics", "nature-of-innovation", "tests-of-promise"):
        assert f'href="{reverse("glossary")}#term-{slug}"' in page
    glossary = client.get(reverse("glossary")).content.decode()
    for slug, term, _ in GLOSSARY:
        assert f'id="term-{slug}"' in glossary and term in glossary
    # The footer of any page, the sign-in page included, leads to both.
    sign_in = client.get(reverse("accounts:login")).content.decode()
    assert f'href="{reverse("help")}"' in sign_in and f'href="{reverse("glossary")}"' in sign_in


@pytest.mark.django_db
def test_each_phase_of_the_stages_table_is_its_own_row_group(client):
    """The phase's header (scope="rowgroup") heads a <tbody> of its own stages."""
    import re

    page = client.get(reverse("help")).content.decode()
    bodies = re.findall(r"<tbody[^>]*>(.*?)</tbody>", page, re.S)
    assert len(bodies) == 3
    for number, body in enumerate(bodies, start=1):
        assert body.count('scope="rowgroup"') == 1
        assert re.search(rf'<th scope="rowgroup"[^>]*>{number}\. ', body)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_help_pages_are_accessible_and_the_glossary_is_reached_by_keyboard(live_server, page):
    page.goto(live_server.url + reverse("help"))
    expect(page.get_by_role("heading", level=1)).to_have_text("How Next Practice works")
    assert_accessible(page)
    link = page.get_by_role("link", name="gate", exact=True)
    link.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_server.url + reverse("glossary") + "#term-gate")
    expect(page.locator("#term-gate")).to_be_in_viewport()
    assert_accessible(page)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_help_page_fits_a_phone(live_server, page):
    page.set_viewport_size({"width": 320, "height": 800})
    for name in ("help", "glossary"):
        page.goto(live_server.url + reverse(name))
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
