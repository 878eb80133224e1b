from django.urls import path

from ..views import horizon as views

urlpatterns = [
    path("stimuli/", views.stimulus_list, name="stimulus_list"),
    path("stimuli/export.csv", views.stimulus_export, name="stimulus_export"),
    path("stimuli/new/", views.stimulus_create, name="stimulus_create"),
    path("stimuli/<int:pk>/", views.stimulus_detail, name="stimulus_detail"),
    path("stimuli/<int:pk>/edit/", views.stimulus_edit, name="stimulus_edit"),
    path("projects/<int:pk>/stimuli/keep/", views.stimulus_keep, name="stimulus_keep"),
    path("kept-stimuli/<int:pk>/remove/", views.kept_stimulus_remove, name="kept_stimulus_remove"),
]
