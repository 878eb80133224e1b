from django.urls import path

from ..views import trial as views

urlpatterns = [
    path("field-trials/<int:pk>/", views.fieldtrial_detail, name="fieldtrial_detail"),
    path("field-trials/<int:pk>/edit/", views.fieldtrial_edit, name="fieldtrial_edit"),
    path("field-trials/<int:pk>/status/", views.fieldtrial_status, name="fieldtrial_status"),
]
