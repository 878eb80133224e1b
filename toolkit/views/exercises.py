"""Toolkit exercise pages."""

from django.shortcuts import render

from accounts.access import requires

from ..rules import get_exercise_for


@requires("toolkit.view_exercise")
def exercise_detail(request, pk):
    exercise = get_exercise_for(request.user, pk)
    participation = exercise.participations.filter(user=request.user).first()
    return render(
        request,
        "toolkit/exercise_detail.html",
        {"exercise": exercise, "participation": participation},
    )
