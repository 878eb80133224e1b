"""The answering page without JavaScript: one save button for the section, which saves every
answer in it at once, or none while one is wrong. (With JavaScript, autosave is the one way
to save: test_autosave_states_browser.py and the browser test below.)"""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from nextpractice.testing.browser import sign_in
from toolkit.models import Answer
from toolkit.tests.test_answering import leader, page, stored  # noqa: F401 (fixture)

PASSWORD = "correct horse battery"


def section_url(world, key):
    return reverse("toolkit:exercise_answer", args=[world.fern.pk, key])


@pytest.mark.django_db
def test_a_section_has_one_save_button_and_every_input_belongs_to_its_form(
    client,
    world,
    leader,  # noqa: F811
):
    body = page(client.get(section_url(world, "first")))
    main = body[body.index("<main") : body.index("</main>")]
    assert main.count('type="submit"') == 1
    assert "Save your answers in this section" in body and "Save answer" not in body
    assert f'<form method="post" action="{section_url(world, "first")}"' in body
    inputs = re.findall(r"<(?:input|select|textarea)\b[^>]*>", body)
    answers = [i for i in inputs if 'name="first.' in i]
    assert answers and all('form="np-section"' in i for i in answers)


@pytest.mark.django_db
def test_saving_a_section_saves_every_answer_in_it(client, world, leader):  # noqa: F811
    response = client.post(
        section_url(world, "first"),
        {
            "first.rate:value": "3",
            "first.pick:value": "y",
            "first.rank:rank-a": "2",
            "first.rank:rank-b": "3",
            "first.rank:rank-c": "1",
        },
    )
    assert response.status_code == 302 and response["Location"] == section_url(world, "first")
    assert stored(world, "first.rate") == 3
    assert stored(world, "first.pick") == "y"
    assert stored(world, "first.rank") == ["c", "a", "b"]
    followed = page(client.get(response["Location"]))
    assert "Your answers in this section are saved." in followed


@pytest.mark.django_db
def test_a_wrong_answer_saves_nothing_and_keeps_what_was_given(client, world, leader):  # noqa: F811
    response = client.post(
        section_url(world, "first"),
        {
            "first.rate:value": "3",
            "first.rank:rank-a": "1",
            "first.rank:rank-b": "1",  # two items ranked first
            "first.rank:rank-c": "2",
        },
    )
    assert response.status_code == 400
    body = page(response)
    assert "There is a problem" in body
    assert 'name="first.rate:value" form="np-section" type="radio" value="3" checked' in body
    assert not Answer.objects.filter(participation__exercise=world.fern).exists()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_without_javascript_the_section_is_saved_with_its_one_button(live_server, chromium, world):
    context = chromium.new_context(java_script_enabled=False)
    try:
        browser_page = context.new_page()
        sign_in(browser_page, live_server, world.users["leader"].email, PASSWORD)
        browser_page.goto(live_server.url + section_url(world, "first"))
        browser_page.locator("#q-first-rate").get_by_label("3: Agree").check()
        browser_page.locator("#q-first-pick").get_by_label("Ex").check()
        browser_page.get_by_role("button", name="Save your answers in this section").click()
        expect(browser_page.get_by_text("Your answers in this section are saved.")).to_be_visible()
    finally:
        context.close()
    assert stored(world, "first.rate") == 3
    assert stored(world, "first.pick") == "x"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_with_javascript_autosave_is_the_one_way_to_save(live_server, page, world):  # noqa: F811
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + section_url(world, "first"))
    expect(page.get_by_role("button", name=re.compile("Save"))).to_have_count(0)
    page.locator("#q-first-rate").get_by_label("3: Agree").check()
    expect(page.locator("#q-first-rate .np-answer-status")).to_contain_text("Saved at")
    assert stored(world, "first.rate") == 3
