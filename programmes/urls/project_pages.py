"""A project's pages beside its overview (programmes:project_detail, in lifecycle)."""

from django.urls import path

from ..views import project_pages as views

urlpatterns = [
    path("projects/<int:pk>/phase-1/", views.project_phase1, name="project_phase1"),
    path("projects/<int:pk>/field-trials/", views.project_trials, name="project_trials"),
    path(
        "projects/<int:pk>/field-trials/export/",
        views.project_trials_export,
        name="project_trials_export",
    ),
    path("projects/<int:pk>/history/", views.project_history, name="project_history"),
]
