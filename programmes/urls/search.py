from django.urls import path

from ..views import search as views

urlpatterns = [
    path(
        "programmes/<int:pk>/people/search/",
        views.programme_people_search,
        name="programme_people_search",
    ),
]
