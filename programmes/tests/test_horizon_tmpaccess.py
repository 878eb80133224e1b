import pytest
from django.urls import reverse

from nextpractice.testing.fixtures import PERSONAS
from programmes.tests import access_cases_horizon


@pytest.mark.parametrize("persona", PERSONAS)
def test_mine(world, client, persona):
    user = world.users[persona]
    if user is not None:
        client.force_login(user)
    hidden = world.hidden_titles(persona)
    failures = []
    for name, cases in access_cases_horizon.cases(world).items():
        for method, kwargs, statuses, data in cases:
            url = reverse(name, kwargs=kwargs)
            response = getattr(client, method)(url, data or {})
            if response.status_code != statuses[persona]:
                failures.append(f"{method} {url} {data}: {response.status_code}, expected {statuses[persona]}")
            body = response.content.decode(errors="replace")
            leaked = sorted(t for t in hidden if t in body)
            if leaked:
                failures.append(f"{url} leaks {leaked}")
    assert not failures, "\n".join(failures)
