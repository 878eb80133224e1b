"""Monthly updates and communities of practice."""

from django.urls import path

from ..views import communities
from ..views import updates as views

urlpatterns = [
    path("field-trials/<int:pk>/updates/", views.update_list, name="update_list"),
    path("field-trials/<int:pk>/updates/new/", views.update_create, name="update_create"),
    path(
        "field-trials/<int:pk>/updates/new/autosave/",
        views.update_autosave_new,
        name="update_autosave_new",
    ),
    path("updates/<int:pk>/", views.update_detail, name="update_detail"),
    path("updates/<int:pk>/edit/", views.update_edit, name="update_edit"),
    path("updates/<int:pk>/autosave/", views.update_autosave, name="update_autosave"),
    path("updates/<int:pk>/take-back/", views.update_take_back, name="update_take_back"),
    path("updates/<int:pk>/mark-read/", views.update_mark_read, name="update_mark_read"),
    path("communities/", communities.community_list, name="community_list"),
    path("communities/new/", communities.community_create, name="community_create"),
    path("communities/<int:pk>/", communities.community_detail, name="community_detail"),
    path(
        "communities/<int:pk>/trials/",
        communities.community_edit_trials,
        name="community_edit_trials",
    ),
    path("communities/<int:pk>/meetings/new/", communities.meeting_create, name="meeting_create"),
    path("communities/<int:pk>/convenor/", communities.convenor_change, name="convenor_change"),
    path(
        "communities/<int:pk>/convenor/people/",
        communities.convenor_search,
        name="convenor_search",
    ),
]
