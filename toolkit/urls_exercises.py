from django.urls import path

from .views import exercises

urlpatterns = [
    path("exercises/new/", exercises.exercise_start, name="exercise_start"),
    path("exercises/<int:pk>/", exercises.exercise_detail, name="exercise_detail"),
    path(
        "exercises/<int:pk>/answer/<str:section>/",
        exercises.exercise_answer,
        name="exercise_answer",
    ),
    path(
        "exercises/<int:pk>/answers/<str:question>/",
        exercises.answer_save,
        name="answer_save",
    ),
    path("exercises/<int:pk>/review/", exercises.exercise_review, name="exercise_review"),
    path("exercises/<int:pk>/submit/", exercises.exercise_submit, name="exercise_submit"),
    path("exercises/<int:pk>/reopen/", exercises.exercise_reopen, name="exercise_reopen"),
    path("exercises/<int:pk>/invite/", exercises.exercise_invite, name="exercise_invite"),
    path("exercises/<int:pk>/close/", exercises.exercise_close, name="exercise_close"),
    path("exercises/<int:pk>/open/", exercises.exercise_open, name="exercise_open"),
]
