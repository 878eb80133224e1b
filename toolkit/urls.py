from django.urls import path

from . import views

app_name = "toolkit"

urlpatterns = [
    path("exercises/<int:pk>/", views.exercise_detail, name="exercise_detail"),
]
