from django.urls import path

from ..views import lifecycle as views

urlpatterns = [
    path("programmes/new/", views.programme_create, name="programme_create"),
    path("programmes/<int:pk>/", views.programme_detail, name="programme_detail"),
    path("programmes/<int:pk>/projects/new/", views.project_create, name="project_create"),
    path("projects/<int:pk>/", views.project_detail, name="project_detail"),
    path("projects/<int:pk>/move/", views.project_move, name="project_move"),
    path("projects/<int:pk>/close/", views.project_close, name="project_close"),
    path("projects/<int:pk>/reopen/", views.project_reopen, name="project_reopen"),
    path("projects/<int:pk>/withdraw/", views.project_withdraw, name="project_withdraw"),
    path("projects/<int:pk>/restore/", views.project_restore, name="project_restore"),
    path("projects/<int:pk>/members/", views.project_members, name="project_members"),
]
