"""A trial asks for support from the incubation offer: its consultants and its project's
officers are told once, and see the ask on their home page until someone records what was
given."""

import re

from django.core import mail
from django.urls import reverse

from accounts.models import Notification, NotificationKind, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial, OfferUse
from fieldtrials.services.records import history_token, record_offer_use
from programmes.tests.factories import ProgrammeMembershipFactory

ASK = {"element": "confidence", "asked_for": "A coach for the new 14-19 Director"}
ON_HOME = "Coral Trial asked for: Confidence and moral support"


def _token(client, url):
    page = client.get(url).content.decode()
    return re.search(r'name="once" value="([^"]+)"', page).group(1)


def _told(kind=NotificationKind.SUPPORT_ASKED):
    return sorted(n.recipient.email for n in Notification.objects.filter(kind=kind))


def test_a_head_teachers_ask_tells_the_consultant_and_the_officer_once_on_a_double_click(
    client, world, django_capture_on_commit_callbacks
):
    client.force_login(world.users["leader"])
    url = reverse("fieldtrials:offer_ask", args=[world.coral.pk])
    data = {**ASK, "once": _token(client, url)}
    with django_capture_on_commit_callbacks(execute=True):
        first, again = client.post(url, data), client.post(url, data)
    assert first.status_code == again.status_code == 302
    assert OfferUse.objects.filter(field_trial=world.coral, element="confidence").count() == 1
    assert _told() == ["consultant@example.org", "officer@example.org"]
    notice = Notification.objects.get(recipient=world.users["consultant"])
    assert notice.message == "Leader Person asked for support for Coral Trial: Confidence and " + (
        "moral support."
    )
    assert notice.url.startswith(reverse("fieldtrials:fieldtrial_support", args=[world.coral.pk]))
    sent = {m.to[0]: m for m in mail.outbox}
    assert sent["consultant@example.org"].subject == "Support asked for: Coral Trial"
    assert "A coach for the new 14-19 Director" in sent["officer@example.org"].body
    assert set(sent) == {"consultant@example.org", "officer@example.org"}


def test_the_same_ask_from_a_second_tab_is_refused_beside_it_and_told_once(client, world):
    client.force_login(world.users["leader"])
    url = reverse("fieldtrials:offer_ask", args=[world.coral.pk])
    assert client.post(url, ASK).status_code == 302
    again = client.post(url, {**ASK, "asked_for": "a coach for the new 14-19 director."})
    assert again.status_code == 400
    assert (
        "Coral Trial has already asked for this (“A coach for the new 14-19 Director”), and it "
        "is not yet given"
    ) in again.content.decode()
    assert OfferUse.objects.filter(field_trial=world.coral, element="confidence").count() == 1
    assert _told() == ["consultant@example.org", "officer@example.org"]


def test_support_given_tells_nobody_and_reads_as_recorded(client, world):
    client.force_login(world.users["consultant"])
    url = reverse("fieldtrials:offer_create", args=[world.coral.pk])
    missing = client.post(url, ASK)
    assert missing.status_code == 400 and "Say what was given" in missing.content.decode()
    assert client.post(url, {**ASK, "given": "Six coaching calls"}).status_code == 302
    assert _told() == []


def test_the_history_says_the_trial_asked_for_support(client, world):
    record_offer_use(trial=world.coral, actor=world.users["leader"], **ASK)
    client.force_login(world.users["officer"])
    page = client.get(reverse("fieldtrials:fieldtrial_history", args=[world.coral.pk]))
    said = " ".join(page.content.decode().split())
    assert "asked for support: “Confidence and moral support for Coral Trial”" in said
    assert "recorded the incubation offer “Confidence and moral support" not in said


def test_an_open_ask_is_on_the_consultants_and_officers_home_until_what_was_given_is_recorded(
    client, world
):
    use = record_offer_use(trial=world.coral, actor=world.users["leader"], **ASK)
    for persona in ("consultant", "officer"):
        client.force_login(world.users[persona])
        home = client.get("/").content.decode()
        assert ON_HOME in home, persona
    # Nobody to answer it on the team's own home, nor the partner's.
    for persona in ("leader", "partner"):
        client.force_login(world.users[persona])
        assert ON_HOME not in client.get("/").content.decode(), persona

    client.force_login(world.users["consultant"])
    support = client.get(reverse("fieldtrials:fieldtrial_support", args=[world.coral.pk]))
    assert "Record what was given" in support.content.decode()
    edit = reverse("fieldtrials:offer_edit", args=[use.pk])
    given = {**ASK, "given": "Introduced to a coach", "given_by": "Consultant Person"}
    response = client.post(edit, {**given, "based_on": history_token(use)})
    assert response.status_code == 302
    for persona in ("consultant", "officer"):
        client.force_login(world.users[persona])
        assert ON_HOME not in client.get("/").content.decode(), persona


def test_an_ask_reaches_nobody_who_cannot_see_the_trial(client, world):
    """Named as Coral's consultant but an officer of Onyx's programme only, they do not see
    Coral: not told of its ask, nor shown it, though Onyx's own open ask is on their home."""
    stranger = UserFactory(email="stranger@example.org", full_name="Stranger Person")
    ProgrammeMembershipFactory(
        programme=world.onyx_trial.project.programme, user=stranger, role=Role.OFFICER
    )
    FieldTrial.objects.filter(pk=world.coral.pk).update(consultant=stranger)
    world.coral.refresh_from_db()
    record_offer_use(trial=world.coral, actor=world.users["leader"], **ASK)
    assert "stranger@example.org" not in _told()
    client.force_login(stranger)
    home = client.get("/").content.decode()
    assert ON_HOME not in home
    assert "Onyx Trial asked for: Obstacle removal" in home


def test_the_support_page_offers_the_head_teacher_an_ask_and_the_consultant_both(client, world):
    url = reverse("fieldtrials:fieldtrial_support", args=[world.coral.pk])
    client.force_login(world.users["leader"])
    page = client.get(url).content.decode()
    assert "Ask for support</a>" in page and "Record support given" not in page
    assert reverse("fieldtrials:offer_create", args=[world.coral.pk]) not in page
    client.force_login(world.users["consultant"])
    page = client.get(url).content.decode()
    assert "Ask for support</a>" in page and "Record support given</a>" in page
    ask = client.get(reverse("fieldtrials:offer_ask", args=[world.coral.pk])).content.decode()
    assert "What does the trial need?" in ask and "What was given?" not in ask
