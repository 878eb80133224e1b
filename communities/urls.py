"""A community's details and shared page, and communities of interest."""

from django.urls import path

from . import views

app_name = "communities"

urlpatterns = [
    path("communities/open/", views.open_list, name="open_list"),
    path("communities/<int:pk>/details/", views.community_edit, name="community_edit"),
    path("communities/<int:pk>/page/edit/", views.page_edit, name="page_edit"),
    path("communities/<int:pk>/page/history/", views.page_history, name="page_history"),
    path(
        "communities/<int:pk>/page/versions/<int:version>/",
        views.page_revision,
        name="page_revision",
    ),
    path(
        "communities/<int:pk>/page/versions/<int:version>/restore/",
        views.page_restore,
        name="page_restore",
    ),
    path(
        "communities/<int:pk>/page/versions/<int:version>/compare/",
        views.page_compare,
        name="page_compare",
    ),
    path("communities/<int:pk>/join/", views.join, name="join"),
    path("communities/<int:pk>/leave/", views.leave, name="leave"),
    path("communities/<int:pk>/requests/", views.join_requests, name="join_requests"),
    path(
        "join-requests/<int:pk>/decline/", views.join_request_decline, name="join_request_decline"
    ),
    path("join-requests/<int:pk>/decide/", views.join_request_decide, name="join_request_decide"),
    path("join-requests/<int:pk>/remove/", views.member_remove, name="member_remove"),
]
