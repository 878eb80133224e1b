"""A field trial record's edit page (a milestone, a risk, a use of the incubation offer, a
brokered relationship, a Power to Innovate draft, the Unit's advice) sent with its hidden
`based_on` tampered with says the page is out of date, as the record kit's edit page does,
and saves nothing; a page opened before someone saved still shows both (409)."""

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import Event
from fieldtrials.services.records import history_token
from fieldtrials.tests.factories_records import PowerToInnovateRequestFactory
from nextpractice.records.forms import OUT_OF_DATE

# The clash's words: someone else's save, named ("Admin Person changed this ...") or not
# ("Someone else changed this ..."), or, where the kit cannot tell whose it was, "This was
# changed while you were editing it, by someone else ...".
CLASHES = (
    "changed this while you were editing it",
    "This was changed while you were editing it",
)


def error_summary(page):
    """The problems the page lists at its top."""
    start = page.index('class="govuk-list govuk-error-summary__list"')
    return page[start : page.index("</ul>", start)]


# Each page: (its url name, the world's record or "draft", its box, the rest of its form).
PAGES = {
    "milestone": ("milestone_edit", "milestone", "title", {"due_on": "15/1/2007", "notes": ""}),
    "risk": (
        "risk_edit",
        "risk",
        "description",
        {"likelihood": "1", "impact": "1", "owner": "Me", "is_open": "True"},
    ),
    "offer": ("offer_edit", "offer", "asked_for", {"element": "practice"}),
    "brokered": ("brokered_edit", "brokered", "with_whom", {"kind": "other", "state": "ended"}),
    "pti draft": ("pti_edit", "draft", "regulation", {"variation_sought": "v", "case": "c"}),
    "advice": ("pti_transition", "pti", "advice", {}),
}

# A version not yet saved is the record's latest history row's id and one.
TAMPERED = ["abc", "", "-1", "0", "99999999999999999999", "not yet saved"]


def page_of(world, name):
    """(the url, the record) of page `name`."""
    url_name, key, _, _ = PAGES[name]
    if key == "draft":
        record = PowerToInnovateRequestFactory(field_trial=world.coral, regulation="Draft rule")
    else:
        record = world.objects[key]
    args = [record.pk, "advise"] if url_name == "pti_transition" else [record.pk]
    return reverse(f"fieldtrials:{url_name}", args=args), record


@pytest.mark.parametrize("sent", TAMPERED)
@pytest.mark.parametrize("name", PAGES)
def test_a_tampered_version_says_the_page_is_out_of_date_and_saves_nothing(
    client, world, name, sent
):
    # It said "This was changed while you were editing it" (409), which nobody had done.
    url, record = page_of(world, name)
    _, _, box, rest = PAGES[name]
    was, token = getattr(record, box), history_token(record)
    rows, events = record.history.count(), Event.objects.count()
    if sent == "not yet saved":
        sent = str(token + 1)
    client.force_login(world.users["officer"])
    response = client.post(url, {**rest, box: "Mine", "based_on": sent})
    assert response.status_code == 400
    page = response.content.decode()
    assert OUT_OF_DATE in error_summary(page)
    assert not any(clash in page for clash in CLASHES)
    assert "Mine" in page  # what they typed is still in the box
    record.refresh_from_db()
    assert getattr(record, box) == was
    assert (history_token(record), record.history.count()) == (token, rows)
    assert Event.objects.count() == events


@pytest.mark.parametrize("name", PAGES)
def test_a_page_opened_before_someone_saved_still_shows_both(client, world, name):
    url, record = page_of(world, name)
    _, _, box, rest = PAGES[name]
    opened = history_token(record)
    someone_else = Client()
    someone_else.force_login(world.users["admin"])
    theirs = someone_else.post(url, {**rest, box: "Theirs", "based_on": opened})
    assert theirs.status_code == 302
    client.force_login(world.users["officer"])
    response = client.post(url, {**rest, box: "Mine", "based_on": opened})
    assert response.status_code == 409
    page = response.content.decode()
    assert any(clash in page for clash in CLASHES) and OUT_OF_DATE not in page
    if name != "advice":  # the kit's merge names whose save it met
        assert "Admin Person changed this while you were editing it" in page
    assert "Theirs" in page and "Mine" in page
    record.refresh_from_db()
    assert getattr(record, box) == "Theirs"
