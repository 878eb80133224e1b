from django.urls import path

from ..views import lifecycle as views

urlpatterns = [
    path("programmes/<int:pk>/", views.programme_detail, name="programme_detail"),
    path("projects/<int:pk>/", views.project_detail, name="project_detail"),
]
