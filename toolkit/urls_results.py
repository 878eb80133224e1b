from django.urls import path

from .views import results

urlpatterns = [
    path("exercises/<int:pk>/results/", results.exercise_results, name="exercise_results"),
    path(
        "exercises/<int:pk>/results/conclusion/",
        results.exercise_conclusion,
        name="exercise_conclusion",
    ),
    path(
        "exercises/<int:pk>/results/share/",
        results.exercise_share,
        name="exercise_share",
    ),
    path(
        "exercises/<int:pk>/results/adopt-indicators/",
        results.exercise_adopt_indicators,
        name="exercise_adopt_indicators",
    ),
    path("exercises/<int:pk>/answers/", results.exercise_answers, name="exercise_answers"),
    path(
        "exercises/<int:pk>/answers.csv",
        results.exercise_results_csv,
        name="exercise_results_csv",
    ),
]
