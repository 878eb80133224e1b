"""Nothing changes in a field trial of a withdrawn project: every page that would change the
trial or one of its records (its own pages and the record kit's) answers 409 with the
project's refusal page, asked for or sent, and nothing is saved; its pages offer no Change
or Add links. A withdrawn record's edit page refuses as it is asked for."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial
from fieldtrials.services.trial import move_trial_status
from fieldtrials.tests.factories import FieldTrialFactory
from fieldtrials.tests.factories_records import (
    BrokeredRelationshipFactory,
    MilestoneFactory,
    MonthlyUpdateFactory,
    OfferUseFactory,
    PowerToInnovateRequestFactory,
    RiskFactory,
    SupportSessionFactory,
)
from programmes.services import restore_project, withdraw_project
from programmes.tests.factories import ProgrammeMembershipFactory

pytestmark = pytest.mark.django_db

REFUSED = "The project has been withdrawn: restore it first."
CHANGED = {
    "title": "Changed",
    "description": "Changed",
    "notes": "Changed",
    "regulation": "Changed",
    "what_happened": "Changed",
    "with_whom": "Changed",
    "reason": "Changed",
}


def _text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.fixture
def officer():
    return UserFactory(full_name="Olive Officer")


@pytest.fixture
def world(officer):
    """A trial with one record of each kind, then the trial and its project withdrawn."""
    trial = FieldTrialFactory(title="Heron Trial")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    made = {
        "trial": trial,
        "milestone": MilestoneFactory(field_trial=trial, title="As it was"),
        "risk": RiskFactory(field_trial=trial, description="As it was"),
        "offer": OfferUseFactory(field_trial=trial),
        "relationship": BrokeredRelationshipFactory(field_trial=trial, with_whom="As it was"),
        "pti": PowerToInnovateRequestFactory(field_trial=trial, regulation="As it was"),
        "session": SupportSessionFactory(field_trial=trial),
        "draft": MonthlyUpdateFactory(
            field_trial=trial, draft=True, what_happened="As it was", author=officer
        ),
        "sent": MonthlyUpdateFactory(
            field_trial=trial,
            month=datetime.date(2007, 2, 1),
            what_happened="As it was",
            author=officer,
        ),
    }
    move_trial_status(
        trial=trial, to_status=FieldTrial.Status.WITHDRAWN, actor=officer, reason="Mistake"
    )
    withdraw_project(project=trial.project, actor=officer, reason="Added twice")
    return made


def _kit(name, kind, record):
    return lambda w: reverse(f"records:{name}", args=["fieldtrials", kind, w[record].pk])


def _of(name, record):
    return lambda w: reverse(f"fieldtrials:{name}", args=[w[record].pk])


SUBMIT = "fieldtrials:pti_transition"
BOTH, POST = ("get", "post"), ("post",)
# (the page, how it is asked for, where it is)
PAGES = [
    ("trial details", BOTH, _of("fieldtrial_edit", "trial")),
    ("milestone edit", BOTH, _of("milestone_edit", "milestone")),
    ("milestone done", POST, _of("milestone_complete", "milestone")),
    ("milestone add", BOTH, _of("milestone_create", "trial")),
    ("risk edit", BOTH, _of("risk_edit", "risk")),
    ("risk add", BOTH, _of("risk_create", "trial")),
    ("offer edit", BOTH, _of("offer_edit", "offer")),
    ("offer add", BOTH, _of("offer_create", "trial")),
    ("offer ask", BOTH, _of("offer_ask", "trial")),
    ("relationship edit", BOTH, _of("brokered_edit", "relationship")),
    ("relationship add", BOTH, _of("brokered_create", "trial")),
    ("support add", BOTH, _of("support_create", "trial")),
    ("request add", BOTH, _of("pti_create", "trial")),
    ("request edit", BOTH, _of("pti_edit", "pti")),
    ("request submit", BOTH, lambda w: reverse(SUBMIT, args=[w["pti"].pk, "submit"])),
    ("update add", BOTH, _of("update_create", "trial")),
    ("update edit", BOTH, _of("update_edit", "draft")),
    ("update autosave", POST, _of("update_autosave", "draft")),
    ("update take back", POST, _of("update_take_back", "sent")),
    ("update mark read", POST, _of("update_mark_read", "sent")),
    ("kit milestone edit", BOTH, _kit("edit", "milestone", "milestone")),
    ("kit risk withdraw", BOTH, _kit("withdraw", "risk", "risk")),
    ("kit relationship delete", BOTH, _kit("delete", "relationship", "relationship")),
    ("kit session edit", BOTH, _kit("edit", "support-session", "session")),
    ("kit request withdraw", BOTH, _kit("withdraw", "power-to-innovate", "pti")),
    ("kit update withdraw", BOTH, _kit("withdraw", "update", "sent")),
]  # fmt: skip


def _state(world):
    """What the trial and its records hold now, and the events logged."""
    rows = [type(r).objects.filter(pk=r.pk).values().first() for r in world.values()]
    counts = [type(r).objects.filter(field_trial=world["trial"]).count() for r in world.values()
              if not isinstance(r, FieldTrial)]  # fmt: skip
    return rows, counts, Event.objects.count()


@pytest.mark.parametrize("name,methods,url", PAGES, ids=[p[0] for p in PAGES])
def test_nothing_changes_in_a_withdrawn_project_s_trial(client, world, officer, name, methods, url):
    client.force_login(officer)
    before = _state(world)
    address = url(world)
    for method in methods:
        response = getattr(client, method)(address, CHANGED)
        assert response.status_code == 409, (method, response.status_code)
        assert REFUSED in _text(response), method
        assert _state(world) == before, method


def test_a_withdrawn_project_s_trial_pages_offer_no_change(client, world, officer):
    client.force_login(officer)
    trial = world["trial"]
    for page in ("fieldtrial_detail", "fieldtrial_milestones", "fieldtrial_risks"):
        response = client.get(reverse(f"fieldtrials:{page}", args=[trial.pk]))
        assert response.status_code == 200
        assert not response.context["can_change"], page
        assert (
            reverse("fieldtrials:fieldtrial_edit", args=[trial.pk]) not in response.content.decode()
        )
    # Restored, the officers change it again.
    restore_project(project=trial.project, actor=officer, reason="It was right")
    response = client.get(reverse("fieldtrials:risk_edit", args=[world["risk"].pk]))
    assert response.status_code == 200


def test_a_withdrawn_risk_s_edit_page_refuses_as_it_is_asked_for(client, officer):
    risk = RiskFactory(description="As it was")
    ProgrammeMembershipFactory(
        programme=risk.field_trial.project.programme, user=officer, role=Role.OFFICER
    )
    risk.withdrawn_at, risk.withdrawn_by, risk.withdrawn_reason = timezone.now(), officer, "Wrong"
    risk.save()
    client.force_login(officer)
    response = client.get(reverse("fieldtrials:risk_edit", args=[risk.pk]))
    assert response.status_code == 409
    assert "This risk has been withdrawn" in _text(response)
