from django.urls import path

from ..views import list as views

urlpatterns = [
    path("field-trials/", views.fieldtrial_list, name="fieldtrial_list"),
    path("field-trials/export.csv", views.fieldtrial_export, name="fieldtrial_export"),
]
