"""A form sent that cannot be saved, because its page had been open too long (its security
token no longer matches: the person signed in again in another tab) or because they had
been signed out, says so plainly and shows what they typed, to copy; nothing is saved."""

import re

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from accounts.unsaved import label_for

pytestmark = pytest.mark.django_db

TYPED = "Parents' evening moved <script>alert(1)</script>\nSecond line & more"
SHOWN = "Parents&#x27; evening moved &lt;script&gt;alert(1)&lt;/script&gt;\nSecond line &amp; more"
ONCE = "a-once-token-of-the-form-1234"
STALE = "s" * 64  # a token of the right shape, from before the person signed in again
EXPIRED = (
    "This page had been open too long (or you signed in again elsewhere), so nothing was saved."
)


def sent(**more):
    return {"body": TYPED, "version": "1", "once": ONCE, "password": "hunter2-secret", **more}


def edit_url(world):
    return reverse("discussions:post_edit", args=[world.kestrel_post.pk])


def assert_shows_what_was_typed(page):
    assert SHOWN in page  # in a read-only box to copy from, escaped
    assert "<script>alert(1)" not in page
    assert "hunter2" not in page and ONCE not in page and STALE not in page


@pytest.mark.parametrize("debug", [False, True])
def test_a_form_sent_with_a_stale_token_says_nothing_was_saved_and_shows_what_was_typed(
    world, debug
):
    """Was Django's unstyled "CSRF verification failed" page (with debug off) or "You do not
    have access to this" (with debug on, as `make run` has it), and the typed text lost."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["leader"])
    url = edit_url(world)
    assert client.get(url).status_code == 200  # the page sets the form's token cookie
    with override_settings(DEBUG=debug, DEBUG_PAGES=False):
        response = client.post(
            url, sent(csrfmiddlewaretoken=STALE), HTTP_REFERER=f"http://testserver{url}"
        )
    assert response.status_code == 403
    page = response.content.decode()
    assert EXPIRED in page and "You do not have access" not in page
    assert "CSRF verification failed" not in page
    assert f'<a class="govuk-link" href="http://testserver{url}">Go back to the page</a>' in page
    assert_shows_what_was_typed(page)
    assert '<label class="govuk-label govuk-label--s" for="typed-1">Body</label>' in page
    assert "no-store" in response["Cache-Control"]  # not kept for a shared computer's next user
    world.kestrel_post.refresh_from_db()
    assert world.kestrel_post.body == "Opening words" and world.kestrel_post.version == 1


def test_a_form_from_another_site_is_refused_without_showing_what_it_sent(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["leader"])
    response = client.post(edit_url(world), sent(), HTTP_ORIGIN="https://elsewhere.example")
    assert response.status_code == 403
    page = response.content.decode()
    assert EXPIRED in page and "alert(1)" not in page and "What you typed" not in page
    world.kestrel_post.refresh_from_db()
    assert world.kestrel_post.body == "Opening words"


def test_a_form_sent_after_the_session_ended_says_so_and_shows_what_was_typed(client, world):
    """Was a redirect to sign in, then back to an empty form, with no word of what was lost."""
    url = edit_url(world)
    response = client.post(url, sent(), HTTP_REFERER=f"http://testserver{url}")
    assert response.status_code == 401
    page = response.content.decode()
    assert "You were signed out, so nothing was saved" in page
    sign_in = f"/accounts/sign-in/?next=http%3A%2F%2Ftestserver{url.replace('/', '%2F')}"
    assert f'<a class="govuk-link" href="{sign_in}">Sign in again</a>' in page
    assert_shows_what_was_typed(page)
    assert "no-store" in response["Cache-Control"]
    world.kestrel_post.refresh_from_db()
    assert world.kestrel_post.body == "Opening words" and world.kestrel_post.version == 1


def test_a_form_sent_after_the_session_ended_without_a_referer_signs_in_back_to_its_address(
    client, world
):
    url = edit_url(world)
    response = client.post(url, {"body": "Short"})
    assert response.status_code == 401
    assert f"/accounts/sign-in/?next={url.replace('/', '%2F')}" in response.content.decode()
    assert 'value="Short" readonly' in response.content.decode()


def test_a_page_opened_after_the_session_ended_still_goes_to_sign_in(client, world):
    url = edit_url(world)
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/sign-in/")


def test_an_htmx_post_after_the_session_ended_gets_401_and_nothing_to_swap_in(client, world):
    """Was a redirect to sign in, which htmx follows: an autosave put the sign-in page, or
    took it for saved. Now 401 with a short line, never swapped in (autosave.js says it)."""
    response = client.post(edit_url(world), sent(), HTTP_HX_REQUEST="true")
    assert response.status_code == 401
    assert response["HX-Reswap"] == "none"
    assert "no-store" in response["Cache-Control"]
    line = response.content.decode()
    assert line == (
        '<p class="govuk-error-message" data-state="signed-out">'
        "You have been signed out, so this was not saved.</p>"
    )
    world.kestrel_post.refresh_from_db()
    assert world.kestrel_post.body == "Opening words" and world.kestrel_post.version == 1


def test_field_names_read_as_words():
    assert label_for("what_happened") == "What happened"
    assert label_for("form-2-title") == "Title (3)"
    assert label_for("milestones-0-due_by") == "Due by (1)"


def test_what_was_typed_on_a_known_form_reads_in_its_own_words_without_ids(client):
    """Was "Participating: 87 124 59", "Domains: 2 4", "Lead organisation choice: 123" and
    "Plan" (the form says "Trial plan"): ids nobody can copy, and the fields' inner names."""
    url = reverse("fieldtrials:fieldtrial_edit", args=[1])
    response = client.post(
        url,
        {
            "title": "Learning towns",
            "plan": "Visit the schools",
            "start_date": "1/9/2026",
            "lead_organisation": "Tanyard Road School",
            "lead_organisation_choice": "123",
            "participating": ["87", "124", "59"],
            "domains": ["2", "4"],
            "add_participating": "990003; Kingsmoor School",
            "version": "3",
        },
    )
    assert response.status_code == 401
    page = response.content.decode()
    labels = re.findall(
        r'<label class="govuk-label govuk-label--s" for="typed-\d+">(.*?)</label>', page
    )
    assert labels == [
        "Title",
        "Trial plan",
        "Start date",
        "Lead organisation",
        "Add a participating organisation",
    ]
    assert 'value="Tanyard Road School" readonly' in page
    assert 'value="990003; Kingsmoor School" readonly' in page  # a URN typed is kept
    assert "123" not in page and "87" not in page and "Domains" not in page


def test_a_monthly_update_sent_after_the_session_ended_names_its_rating_in_words(client):
    """Was "Rag: green" and "What next"."""
    url = reverse("fieldtrials:update_edit", args=[1])
    response = client.post(url, {"rag": "green", "what_next": "More visits"})
    page = response.content.decode()
    assert ">How is the trial going?</label>" in page and 'value="Green: on track" readonly' in page
    assert ">What is next</label>" in page and ">Rag<" not in page


def test_on_a_page_whose_form_is_not_known_ids_and_inner_names_are_still_left_out(client):
    response = client.post(
        edit_url_for_post(),
        {"rag": "amber", "trials": ["4", "7"], "organisation_choice": "9", "body": "Words"},
    )
    page = response.content.decode()
    assert ">Red, amber or green rating</label>" in page and 'value="amber" readonly' in page
    assert ">Body</label>" in page
    assert "Trials" not in page and "Organisation choice" not in page


def edit_url_for_post():
    return reverse("discussions:post_edit", args=[1])


def test_every_known_form_is_at_an_address_that_exists():
    from django.urls import get_resolver
    from django.utils.module_loading import import_string

    from accounts.unsaved import FORMS

    names = {
        f"fieldtrials:{name}"
        for name in get_resolver().namespace_dict["fieldtrials"][1].reverse_dict
        if isinstance(name, str)
    }
    for view_name, dotted in FORMS.items():
        assert view_name in names, view_name
        assert import_string(dotted).base_fields


def test_an_htmx_post_refused_for_its_token_after_the_session_ended_is_answered_signed_out(
    world,
):
    """Both cookies gone (the browser closed, or cleared): the autosave was told 403, "page
    out of date", which a reload does not mend. It is signed out, and told so."""
    client = Client(enforce_csrf_checks=True)
    response = client.post(edit_url(world), sent(csrfmiddlewaretoken=STALE), HTTP_HX_REQUEST="true")
    assert response.status_code == 401 and response["HX-Reswap"] == "none"
    assert "signed out" in response.content.decode()
