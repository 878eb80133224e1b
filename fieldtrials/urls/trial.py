from django.urls import path

from ..views import trial as views

urlpatterns = [
    path("field-trials/<int:pk>/", views.fieldtrial_detail, name="fieldtrial_detail"),
]
