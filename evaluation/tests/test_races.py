"""Evaluation records added by several people at the same moment: a new theme is made once
and shared, and a group's name is taken once, the others told why (never a 500)."""

import threading

import pytest
from django.core.exceptions import ValidationError

from evaluation.models import Lesson, LocalityGroup, Tag
from evaluation.services import save_record


def at_once(count, work):
    """Run work(i) in `count` threads released together; (results, unexpected errors)."""
    from django.db import connections

    start = threading.Barrier(count)
    results, errors = [], []

    def run(i):
        try:
            start.wait()
            results.append(work(i))
        except ValidationError as refused:
            results.append(refused)
        except Exception as error:  # reported by the test
            errors.append(error)
        finally:
            connections.close_all()

    workers = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    return results, errors


@pytest.fixture
def postgres():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("needs concurrent writers: run with DATABASE_URL set to PostgreSQL")


@pytest.mark.django_db(transaction=True)
def test_six_lessons_naming_a_new_theme_at_once_share_one_tag(world, postgres):
    officer = world.users["officer"]

    def add(i):
        lesson = Lesson(programme=world.quartz, title=f"Lesson {i}", text="What we learned.")
        return save_record(record=lesson, actor=officer, themes=["Transport to school"])

    saved, errors = at_once(6, add)
    assert errors == [] and len(saved) == 6
    tag = Tag.objects.get(name__iexact="Transport to school")
    assert Lesson.objects.filter(themes=tag).count() == 6


@pytest.mark.django_db(transaction=True)
def test_six_groups_of_one_name_at_once_make_one_and_tell_the_rest_why(world, postgres):
    officer = world.users["officer"]

    def add(i):
        group = LocalityGroup(programme=world.quartz, name="North Zone")
        return save_record(record=group, actor=officer)

    results, errors = at_once(6, add)
    assert errors == []
    assert LocalityGroup.objects.filter(programme=world.quartz, name="North Zone").count() == 1
    refusals = [r for r in results if isinstance(r, ValidationError)]
    assert len(refusals) == 5
    for refused in refusals:
        said = " ".join(refused.messages)
        assert "already has a group with that name" in said or "Someone has just recorded" in said
