"""Evaluation and system learning URLs."""

from django.urls import path

from .views import pages, records

app_name = "evaluation"

urlpatterns = [
    path(
        "programmes/<int:pk>/evaluation/",
        pages.programme_evaluation,
        name="programme_evaluation",
    ),
    path("projects/<int:pk>/evaluation/", pages.project_evaluation, name="project_evaluation"),
    path(
        "field-trials/<int:pk>/evaluation/", pages.trial_evaluation, name="field_trial_evaluation"
    ),
    # Every kind of record (kinds.py): added to a subject or another record, and changed.
    path(
        "evaluation/<slug:parent>/<int:pk>/<slug:kind>/new/",
        records.record_create,
        name="record_create",
    ),
    path("evaluation/<slug:kind>/<int:pk>/edit/", records.record_edit, name="record_edit"),
]
