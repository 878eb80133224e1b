"""Generate creative options: workshops, options, their assessments and decisions."""

from django.urls import path

from ..views import options as views

urlpatterns = [
    path("projects/<int:pk>/workshops/new/", views.workshop_create, name="workshop_create"),
    path("workshops/<int:pk>/", views.workshop_detail, name="workshop_detail"),
    path("projects/<int:pk>/options/", views.option_list, name="option_list"),
    path("projects/<int:pk>/options/export.csv", views.option_export, name="option_export"),
    path("projects/<int:pk>/options/new/", views.option_create, name="option_create"),
    path("options/<int:pk>/", views.option_detail, name="option_detail"),
    path("options/<int:pk>/assess/", views.assessment_edit, name="assessment_edit"),
    path("options/<int:pk>/decide/", views.option_decide, name="option_decide"),
]
