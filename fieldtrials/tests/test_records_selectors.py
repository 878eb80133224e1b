"""What the trial page and the project page read: every record around a trial in a fixed
number of queries, and which elements of the incubation offer a project's trials drew on."""

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from fieldtrials.models import OfferElement
from fieldtrials.selectors_records import (
    offer_summary_for,
    overdue_counts,
    support_summary_for,
    trial_records,
)
from fieldtrials.tests.factories import FieldTrialFactory
from fieldtrials.tests.factories_records import (
    BrokeredRelationshipFactory,
    MilestoneFactory,
    OfferUseFactory,
    PowerToInnovateRequestFactory,
    RiskFactory,
    SupportSessionFactory,
)

INCLUDES = ["_milestones", "_offer", "_pti"]


def fill(trial, size):
    for i in range(size):
        MilestoneFactory(field_trial=trial, overdue=i % 2 == 0)
        OfferUseFactory(field_trial=trial, element=OfferElement.values[i % 10])
        SupportSessionFactory(field_trial=trial)
        PowerToInnovateRequestFactory(field_trial=trial)
        BrokeredRelationshipFactory(field_trial=trial)
        RiskFactory(field_trial=trial, is_open=i % 3 != 0)


@pytest.mark.parametrize("size", [5, 50])
def test_trial_records_costs_the_same_queries_for_5_and_50_rows(
    db, django_assert_num_queries, size
):
    trial = FieldTrialFactory()
    fill(trial, size)
    # milestones, offer uses, totals, per consultant, latest sessions, PTI, relationships, risks
    with django_assert_num_queries(8):
        records = trial_records(trial)
    assert len(records["milestones"]) == size
    assert len(records["support_sessions"]) == min(size, 10)
    assert records["support_totals"]["sessions"] == size
    assert len(records["support_totals"]["per_consultant"]) == size
    assert len(records["offer"]) == 10
    assert sum(len(row["uses"]) for row in records["offer"]) == size
    risks = records["risks"]
    assert [r.is_open for r in risks] == sorted((r.is_open for r in risks), reverse=True)
    # The includes render from the dict alone, with no further queries.
    with django_assert_num_queries(0):
        for name in INCLUDES:
            render_to_string(
                f"fieldtrials/records/{name}.html",
                {"trial": trial, "records": records, "can_change": True,
                 "can_log_support": True, "can_decide": True},
            )  # fmt: skip


def test_the_offer_lists_all_ten_elements_in_the_designs_order(world):
    records = trial_records(world.coral)
    assert [row["label"] for row in records["offer"]] == [
        label for _, label in OfferElement.choices
    ]
    removal = next(row for row in records["offer"] if row["element"] == "obstacle_removal")
    assert [use.asked_for for use in removal["uses"]] == ["Zinnia request"]
    html = render_to_string(
        "fieldtrials/records/_offer.html",
        {"trial": world.coral, "records": records, "can_change": True},
    )
    assert html.count("Not drawn on yet") == 9
    assert "Zinnia request" in html
    assert reverse("fieldtrials:offer_edit", args=[world.offer.pk]) in html
    assert reverse("fieldtrials:offer_ask", args=[world.coral.pk]) in html


def test_readers_get_no_add_or_change_links(world):
    records = trial_records(world.coral)
    context = {"trial": world.coral, "records": records, "can_change": False,
               "can_log_support": False, "can_decide": False}  # fmt: skip
    for name in INCLUDES:
        html = render_to_string(f"fieldtrials/records/{name}.html", context)
        assert "/new/" not in html and "/edit/" not in html and "complete" not in html, name


def test_the_project_summary_says_which_elements_its_trials_drew_on_most(
    world, django_assert_num_queries
):
    coral, dune = world.coral, world.dune  # coral already drew on obstacle removal once
    OfferUseFactory(field_trial=coral, element="change_support")
    OfferUseFactory(field_trial=coral, element="change_support")
    OfferUseFactory(field_trial=dune, element="change_support")
    OfferUseFactory(field_trial=dune, element="obstacle_removal")
    OfferUseFactory(field_trial=dune, element="ideas_pool")
    OfferUseFactory(field_trial=world.elm, element="evaluation")  # another project
    with django_assert_num_queries(1):
        summary = offer_summary_for(world.amber)
    rows = [(r.element, r.uses, r.trials) for r in summary.rows]
    assert rows[:3] == [
        ("change_support", 3, 2),
        ("obstacle_removal", 2, 2),
        ("ideas_pool", 1, 1),
    ]
    assert len(rows) == 10 and summary.total_uses == 6
    assert dict((e, u) for e, u, _ in rows)["evaluation"] == 0
    with django_assert_num_queries(1):
        support = support_summary_for(world.amber)
    html = render_to_string(
        "fieldtrials/records/_project_offer.html",
        {"project": world.amber, "offer_summary": summary, "support_summary": support},
    )
    assert html.index("Support for the change") < html.index("Obstacle removal")
    assert "2 hours in 1 session" in html
    assert reverse("fieldtrials:project_support", args=[world.amber.pk]) in html


def test_overdue_counts_for_lists_of_trials(world, django_assert_num_queries):
    MilestoneFactory(field_trial=world.dune, overdue=True)
    MilestoneFactory(field_trial=world.dune, overdue=True, done=True)
    with django_assert_num_queries(1):
        counts = overdue_counts([world.coral, world.dune, world.elm])
    # Coral's Sage Milestone was due in January 2007 and is not done.
    assert counts == {world.coral.pk: 1, world.dune.pk: 1}
