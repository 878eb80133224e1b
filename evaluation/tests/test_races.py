"""Evaluation records added by several people at the same moment: a new theme is made once
(whatever the case of its letters) and shared, and a group's name is taken once, the others
told why (never a 500)."""

import pytest
from django.core.exceptions import ValidationError

from evaluation.models import Lesson, LocalityGroup, Tag
from evaluation.services import save_record
from nextpractice.testing.races import at_once

pytestmark = pytest.mark.django_db(transaction=True)


def test_six_lessons_naming_a_new_theme_at_once_share_one_tag(world):
    officer = world.users["officer"]

    def add(i):
        lesson = Lesson(programme=world.quartz, title=f"Lesson {i}", text="What we learned.")
        return lambda: save_record(record=lesson, actor=officer, themes=["Transport to school"])

    saved, errors = at_once([add(i) for i in range(6)], needs="concurrent writers")
    assert errors == [] and len(saved) == 6
    tag = Tag.objects.get(name__iexact="Transport to school")
    assert Lesson.objects.filter(themes=tag).count() == 6


def test_six_lessons_naming_a_new_theme_in_different_cases_at_once_share_one_tag(world):
    officer = world.users["officer"]
    spellings = ["Transport to school", "transport to school", "TRANSPORT TO SCHOOL"] * 2

    def add(i, name):
        lesson = Lesson(programme=world.quartz, title=f"Lesson {i}", text="What we learned.")
        return lambda: save_record(record=lesson, actor=officer, themes=[name])

    calls = [add(i, name) for i, name in enumerate(spellings)]
    saved, errors = at_once(calls, needs="concurrent writers")
    assert errors == [] and len(saved) == 6
    (tag,) = Tag.objects.filter(name__iexact="Transport to school")
    assert Lesson.objects.filter(themes=tag).count() == 6


def test_six_groups_of_one_name_at_once_make_one_and_tell_the_rest_why(world):
    officer = world.users["officer"]

    def add():
        group = LocalityGroup(programme=world.quartz, name="North Zone")
        return save_record(record=group, actor=officer)

    saved, refusals = at_once([add] * 6, needs="concurrent writers")
    assert len(saved) == 1
    assert LocalityGroup.objects.filter(programme=world.quartz, name="North Zone").count() == 1
    assert len(refusals) == 5 and all(isinstance(r, ValidationError) for r in refusals)
    for refused in refusals:
        said = " ".join(refused.messages)
        assert "already has a group with that name" in said or "Someone has just saved" in said
