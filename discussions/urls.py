"""Discussion URLs: threads on a field trial, a project, an option or a community."""

from django.urls import path, re_path

from . import views

app_name = "discussions"

KINDS = "field-trials|projects|options|communities"

urlpatterns = [
    # A field trial's threads at their first addresses.
    path("field-trials/<int:pk>/discussions/", views.thread_list, name="thread_list"),
    path("field-trials/<int:pk>/discussions/new/", views.thread_create, name="thread_create"),
    re_path(
        rf"^(?P<kind>{KINDS})/(?P<pk>[0-9]+)/discussions/$",
        views.thread_list_for,
        name="thread_list_for",
    ),
    re_path(
        rf"^(?P<kind>{KINDS})/(?P<pk>[0-9]+)/discussions/new/$",
        views.thread_create_for,
        name="thread_create_for",
    ),
    re_path(
        rf"^(?P<kind>{KINDS})/(?P<pk>[0-9]+)/discussions/people/$",
        views.mentionable_for,
        name="mentionable_for",
    ),
    path("discussions/<int:pk>/", views.thread_detail, name="thread_detail"),
    path("discussions/<int:pk>/people/", views.mentionable, name="mentionable"),
    path("discussions/posts/<int:pk>/edit/", views.post_edit, name="post_edit"),
    path("discussions/posts/<int:pk>/versions/", views.post_history, name="post_history"),
    path("discussions/posts/<int:pk>/remove/", views.post_withdraw, name="post_withdraw"),
    path("discussions/files/<int:pk>/", views.attachment_download, name="attachment_download"),
]
