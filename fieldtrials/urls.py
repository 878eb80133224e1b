from django.urls import path

from . import views

app_name = "fieldtrials"

urlpatterns = [
    path("field-trials/<int:pk>/", views.fieldtrial_detail, name="fieldtrial_detail"),
]
