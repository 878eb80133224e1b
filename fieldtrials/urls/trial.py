from django.urls import path

from ..views import trial as views
from ..views import trial_pages as pages

urlpatterns = [
    path("field-trials/<int:pk>/", views.fieldtrial_detail, name="fieldtrial_detail"),
    path("field-trials/<int:pk>/edit/", views.fieldtrial_edit, name="fieldtrial_edit"),
    path("field-trials/<int:pk>/status/", views.fieldtrial_status, name="fieldtrial_status"),
]

# The trial's sub-pages beside its overview, and their lists' downloads.
urlpatterns += [
    path("field-trials/<int:pk>/details/", pages.fieldtrial_details, name="fieldtrial_details"),
    path(
        "field-trials/<int:pk>/milestones/",
        pages.fieldtrial_milestones,
        name="fieldtrial_milestones",
    ),
    path("field-trials/<int:pk>/risks/", pages.fieldtrial_risks, name="fieldtrial_risks"),
    path("field-trials/<int:pk>/support/", pages.fieldtrial_support, name="fieldtrial_support"),
    path(
        "field-trials/<int:pk>/exercises/",
        pages.fieldtrial_exercises,
        name="fieldtrial_exercises",
    ),
    path("field-trials/<int:pk>/history/", pages.fieldtrial_history, name="fieldtrial_history"),
    path(
        "field-trials/<int:pk>/lists/<slug:name>/export.csv",
        pages.fieldtrial_list_export,
        name="fieldtrial_list_export",
    ),
]
