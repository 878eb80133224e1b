"""Directory URLs: an organisation's page and a person's; adding an organisation; imports
from the register of schools, and of a programme's people."""

from django.urls import path

from . import views

app_name = "directory"

urlpatterns = [
    path("directory/organisations/new/", views.organisation_create, name="organisation_create"),
    path(
        "directory/organisations/<int:pk>/",
        views.organisation_detail,
        name="organisation_detail",
    ),
    path("directory/people/<int:pk>/", views.person_detail, name="person_detail"),
    path("directory/imports/", views.import_list, name="import_list"),
    path("directory/imports/new/", views.import_create, name="import_create"),
    path("directory/imports/<int:pk>/", views.import_detail, name="import_detail"),
    path("directory/imports/<int:pk>/status/", views.import_status, name="import_status"),
    path("directory/imports/<int:pk>/confirm/", views.import_confirm, name="import_confirm"),
    path(
        "programmes/<int:programme_pk>/people-imports/new/",
        views.people_import_create,
        name="people_import_create",
    ),
    path(
        "programmes/<int:programme_pk>/people-imports/template/",
        views.people_import_template,
        name="people_import_template",
    ),
    path(
        "programmes/<int:programme_pk>/people-imports/<int:pk>/",
        views.people_import_detail,
        name="people_import_detail",
    ),
    path(
        "programmes/<int:programme_pk>/people-imports/<int:pk>/status/",
        views.people_import_status,
        name="people_import_status",
    ),
    path(
        "programmes/<int:programme_pk>/people-imports/<int:pk>/confirm/",
        views.people_import_confirm,
        name="people_import_confirm",
    ),
]
