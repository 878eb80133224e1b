"""Erasing a person replaces their name where a field's words name one person and hold
exactly their full name (an offer's "by whom", a risk's owner, an option's proposer...):
beside the support sessions credited to "A former member", it told who that was."""

import pytest
from django.urls import reverse

from accounts.erasure import FORMER_MEMBER, erase_person
from accounts.models import Role
from accounts.tests.factories import UserFactory
from evaluation.models import BoardMember
from evaluation.tests.factories import BoardMemberFactory
from fieldtrials.models import OfferUse, Risk
from fieldtrials.tests.factories import FieldTrialFactory
from fieldtrials.tests.factories_records import (
    OfferUseFactory,
    RiskFactory,
    SupportSessionFactory,
)
from programmes.models import CreativeOption
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectMembershipFactory
from programmes.tests.factories_options import OptionFactory
from search.models import SearchDocument

pytestmark = pytest.mark.django_db

NAME = "Dana Reeve"


@pytest.fixture
def story():
    """Dana, the trial's consultant, gave it support and typed herself in as who gave the
    offer's help; others named her as a risk's owner and an option's proposer."""
    admin = UserFactory(full_name="Ada Admin", is_staff=True, is_superuser=True)
    dana = UserFactory(full_name=NAME, email="dana@agency.example")
    partner = UserFactory(full_name="Pat Partner")
    trial = FieldTrialFactory(title="Coral Trial")
    programme = trial.project.programme
    ProgrammeMembershipFactory(programme=programme, user=dana, role=Role.CONSULTANT)
    ProjectMembershipFactory(project=trial.project, user=partner, role=Role.PARTNER)
    SupportSessionFactory(field_trial=trial, given_by=dana)
    advice = OfferUseFactory(
        field_trial=trial,
        given="Advice on the flexibilities already available",
        given_by=NAME,
        created_by=dana,
    )
    visits = OfferUseFactory(
        field_trial=trial, given="Visits to two schools", given_by=" dana REEVE ", created_by=dana
    )
    shared = OfferUseFactory(
        field_trial=trial, given="A workshop", given_by="Dana Reeve and Sam Lewis"
    )
    risk = RiskFactory(field_trial=trial, owner=NAME)
    option = OptionFactory(project=trial.project, title="Pupil voice", proposed_by=NAME)
    member = BoardMemberFactory(board__programme=programme, representative=NAME)
    return {
        "admin": admin,
        "dana": dana,
        "partner": partner,
        "trial": trial,
        "advice": advice,
        "visits": visits,
        "shared": shared,
        "risk": risk,
        "option": option,
        "member": member,
    }


def support_page(client, story):
    client.force_login(story["partner"])
    page = client.get(reverse("fieldtrials:fieldtrial_support", args=[story["trial"].pk]))
    assert page.status_code == 200
    return page.content.decode()


def test_the_partner_reads_her_name_nowhere_on_the_support_page(client, story):
    before = support_page(client, story)
    assert f"by {NAME}" in before  # what the tester saw
    erase_person(person=story["dana"], actor=story["admin"])
    text = support_page(client, story)
    assert f"Advice on the flexibilities already available, by {FORMER_MEMBER}" in text
    assert f"Visits to two schools, by {FORMER_MEMBER}" in text
    assert "REEVE" not in text.upper().replace("DANA REEVE AND SAM LEWIS", "")
    # More words than her name alone are what someone typed: the page says to correct them.
    assert "by Dana Reeve and Sam Lewis" in text


def test_each_field_naming_her_reads_a_former_member_in_its_history_too(story):
    erase_person(person=story["dana"], actor=story["admin"])
    assert OfferUse.objects.get(pk=story["advice"].pk).given_by == FORMER_MEMBER
    assert OfferUse.objects.get(pk=story["visits"].pk).given_by == FORMER_MEMBER
    assert Risk.objects.get(pk=story["risk"].pk).owner == FORMER_MEMBER
    assert CreativeOption.objects.get(pk=story["option"].pk).proposed_by == FORMER_MEMBER
    assert BoardMember.objects.get(pk=story["member"].pk).representative == FORMER_MEMBER
    for history, field in [
        (OfferUse.history, "given_by"),
        (Risk.history, "owner"),
    ]:
        assert not history.filter(**{f"{field}__icontains": "reeve"}).exclude(
            **{field: "Dana Reeve and Sam Lewis"}
        ), field
    # Search finds the option no longer by her name.
    document = SearchDocument.objects.get(kind="options", object_id=story["option"].pk)
    assert "Reeve" not in document.body


def test_a_page_still_showing_her_name_cannot_save_it_back(story):
    """Each record changed is a new version: a form loaded before the erasure is refused."""
    version = story["advice"].version
    erase_person(person=story["dana"], actor=story["admin"])
    assert OfferUse.objects.get(pk=story["advice"].pk).version == version + 1
    assert OfferUse.objects.get(pk=story["shared"].pk).version == story["shared"].version


def test_the_erase_page_says_so_beforehand(client, story):
    client.force_login(story["admin"])
    page = client.get(reverse("accounts:person_erase", args=[story["dana"].pk]))
    text = page.content.decode()
    assert "Where a record names them, by their full name alone" in text
    assert "a risk that names them as its owner" not in text
