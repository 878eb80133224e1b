"""The benchmarks' floor page answers while they measure, and is "Page not found" for
anyone else, signed in or not, in production as in development."""

import pytest
from django.urls import reverse

from nextpractice.benchmark import measure_floor, signed_in_client

pytestmark = pytest.mark.django_db


def test_the_floor_answers_the_benchmark_and_no_one_else(world):
    client = signed_in_client(world.users["partner"])
    assert client.get(reverse("bench_floor"), secure=True).status_code == 404
    floor = measure_floor(client, runs=2)
    assert floor.status == 200 and floor.queries >= 1
    assert client.get(reverse("bench_floor"), secure=True).status_code == 404
