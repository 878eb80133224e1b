"""A person's memberships are read once and every rule answers from them; a change to a
membership is seen at once, even by a user object that has already been asked."""

import pytest

from accounts.memberships import memberships_of
from accounts.models import Role
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.tests.factories import (
    ProgrammeMembershipFactory,
    ProjectFactory,
    ProjectMembershipFactory,
)

pytestmark = pytest.mark.django_db


def test_many_questions_cost_one_read_of_the_memberships(django_assert_num_queries):
    trial = FieldTrialFactory()
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    trial = type(trial).objects.select_related("project").get(pk=trial.pk)
    with django_assert_num_queries(1):
        assert officer.has_perm("fieldtrials.view_fieldtrial", trial)
        assert officer.has_perm("fieldtrials.change_record", trial)
        assert officer.has_perm("fieldtrials.move_status", trial)
        assert officer.has_perm("programmes.change_project", trial.project)
        assert officer.has_perm("toolkit.start_exercise_for_trial", trial)
        assert not officer.has_perm("fieldtrials.log_support", FieldTrialFactory.build(pk=0))


def test_a_membership_given_or_taken_away_is_seen_at_once():
    project = ProjectFactory()
    person = UserFactory()
    assert not person.has_perm("programmes.view_project", project)
    membership = ProjectMembershipFactory(project=project, user=person, role=Role.PARTNER)
    assert person.has_perm("programmes.view_project", project)
    assert not person.has_perm("programmes.change_project", project)
    membership.role = Role.OFFICER
    membership.save()
    assert person.has_perm("programmes.change_project", project)
    membership.delete()
    assert not person.has_perm("programmes.view_project", project)


def test_a_trial_removed_takes_its_members_access_with_it():
    trial = FieldTrialFactory()
    leader = FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user
    assert trial.pk in memberships_of(leader).trials()
    project = trial.project
    trial.delete()  # its memberships go with it (a cascade, which sends the signals)
    assert memberships_of(leader).trials() == frozenset()
    assert not leader.has_perm("programmes.view_programme", project.programme)


def test_an_inactive_or_signed_out_person_belongs_to_nothing():
    trial = FieldTrialFactory()
    member = FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user
    assert member.has_perm("fieldtrials.view_fieldtrial", trial)
    member.is_active = False
    assert not memberships_of(member).any
    assert not member.has_perm("fieldtrials.view_fieldtrial", trial)
    from django.contrib.auth.models import AnonymousUser

    assert not memberships_of(AnonymousUser()).any
