from django.urls import path

from ..views import need as views

urlpatterns = [
    path("projects/<int:pk>/narrative/", views.narrative_edit, name="narrative_edit"),
    path("projects/<int:pk>/problems/new/", views.problem_create, name="problem_create"),
    path("projects/<int:pk>/objectives/new/", views.objective_create, name="objective_create"),
    path("objectives/<int:pk>/status/", views.objective_status, name="objective_status"),
    path("projects/<int:pk>/data/new/", views.datasource_create, name="datasource_create"),
    path("data-sources/<int:pk>/download/", views.datasource_download, name="datasource_download"),
    path("projects/<int:pk>/innovators/new/", views.innovator_create, name="innovator_create"),
]
