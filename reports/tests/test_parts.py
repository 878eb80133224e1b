"""Report parts are discovered from each app's `reporting.py`, and an app that should say
something in reports and does not fails here instead of vanishing from the PDFs."""

import pytest
from django.apps import apps

from reports.parts import (
    REPORTING_APPS,
    PartRegistry,
    discover,
    expected_apps,
    missing_parts,
    registry,
)


def test_every_app_with_record_kinds_or_in_the_declared_list_contributes_a_part():
    assert missing_parts() == []


def test_apps_that_declare_record_kinds_are_expected_to_report():
    expected = expected_apps()
    assert set(REPORTING_APPS) <= expected
    assert "evaluation" in expected  # evaluation/kinds.py declares its record kinds


def test_an_app_that_registers_no_part_is_named():
    discover()
    only_programmes = PartRegistry()
    programmes = next(p for p in registry.parts() if p.app_label == "programmes")
    only_programmes.register(order=programmes.order)(programmes.function)
    assert missing_parts(only_programmes) == sorted(expected_apps() - {"programmes"})
    assert "toolkit" in missing_parts(only_programmes)


def test_parts_run_in_reading_order_and_toolkit_results_are_among_them():
    discover()
    order = [p.app_label for p in registry.parts()]
    reading = ["programmes", "fieldtrials", "evaluation", "toolkit"]
    assert [label for label in order if label in reading] == reading


def test_a_part_outside_an_installed_app_is_refused():
    def stray(subject, period):
        return []

    stray.__module__ = "nowhere.reporting"
    with pytest.raises(ValueError, match="not in an installed app"):
        PartRegistry().register(order=1)(stray)
    assert apps.get_containing_app_config("nowhere.reporting") is None
