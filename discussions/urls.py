"""Discussion URLs: a field trial's threads."""

from django.urls import path

from . import views

app_name = "discussions"

urlpatterns = [
    path("field-trials/<int:pk>/discussions/", views.thread_list, name="thread_list"),
    path("field-trials/<int:pk>/discussions/new/", views.thread_create, name="thread_create"),
    path("discussions/<int:pk>/", views.thread_detail, name="thread_detail"),
]
