"""The demo on a real site: its people sign in with a published password, one of them an
administrator. With debug off `load_demo` loads nothing unless told to, and `check --deploy`
warns while the demo's administrator still signs in with that password."""

import pytest
from django.core.checks import registry
from django.core.management import call_command
from django.core.management.base import CommandError

from accounts.demo import ADMIN_EMAIL
from accounts.models import User
from accounts.tests.factories import UserFactory
from nextpractice.checks import demo_administrator


@pytest.mark.django_db
def test_with_debug_off_load_demo_loads_nothing_and_says_why(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError) as refused:
        call_command("load_demo", quiet=True)
    message = str(refused.value)
    assert "\n" not in message
    assert "DJANGO_DEBUG is off" in message and ADMIN_EMAIL in message
    assert "--in-production" in message
    assert not User.objects.exists()


@pytest.mark.django_db
def test_with_debug_off_the_logins_are_still_printed(settings, capsys):
    settings.DEBUG = False
    call_command("load_demo", logins_only=True)
    assert ADMIN_EMAIL in capsys.readouterr().out
    assert not User.objects.exists()


def test_the_demo_administrator_check_is_a_deploy_check():
    assert demo_administrator in registry.registry.get_checks(include_deployment_checks=True)
    assert demo_administrator not in registry.registry.get_checks()


@pytest.mark.django_db
def test_the_deploy_check_warns_while_the_demo_administrator_has_the_demo_password(settings):
    settings.DEBUG = False
    admin = UserFactory(email=ADMIN_EMAIL, is_staff=True, is_superuser=True)
    admin.set_password(settings.DEMO_PASSWORD)
    admin.save()
    warnings = demo_administrator()
    assert [w.id for w in warnings] == ["nextpractice.W006"]
    assert ADMIN_EMAIL in warnings[0].msg
    assert "docs/operating.md" in warnings[0].hint

    settings.DEBUG = True  # the demo is what `make run` is for
    assert demo_administrator() == []
    settings.DEBUG = False

    admin.set_password("a-password-of-their-own-at-last")
    admin.save()
    assert demo_administrator() == []


@pytest.mark.django_db
def test_the_deploy_check_passes_without_the_demo_administrator(settings):
    settings.DEBUG = False
    assert demo_administrator() == []
    admin = UserFactory(email=ADMIN_EMAIL)
    admin.set_unusable_password()
    admin.save()
    assert demo_administrator() == []
