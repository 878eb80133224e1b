from django.urls import path

from .views import exercises

urlpatterns = [
    path("exercises/<int:pk>/", exercises.exercise_detail, name="exercise_detail"),
]
