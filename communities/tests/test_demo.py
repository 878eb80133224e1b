"""The demonstration's community of interest: loaded twice, made once."""

from accounts.models import Organisation
from accounts.tests.factories import OrganisationFactory
from communities import demo
from communities.models import CommunitySpace, JoinRequest


def test_the_demo_community_has_a_page_by_three_people_an_outside_member_and_a_request(world):
    OrganisationFactory(name="Kirklees", kind=Organisation.Kind.LOCAL_AUTHORITY)
    OrganisationFactory(name="Centre for Educational Leadership (CEL)")
    ctx = {"communities": {demo.COMMUNITY: world.rowan}, "users": world.users}
    demo.load(ctx)
    demo.load(dict(ctx))
    space = CommunitySpace.objects.get(community=world.rowan)
    assert space.open_to_others
    revisions = list(space.revisions.order_by("version"))
    assert len(revisions) == 3 and space.version == 3
    assert len({r.edited_by_id for r in revisions}) == 3
    assert "Questions we share" in space.text
    requests = dict(
        JoinRequest.objects.filter(community=world.rowan).values_list("user__email", "status")
    )
    assert requests == {"outside@example.org": "approved", "researcher@example.org": "pending"}
    outside = ctx["outside_member"]
    assert outside.has_perm("fieldtrials.view_community", world.rowan)
    assert not outside.has_perm("fieldtrials.view_fieldtrial", world.coral)
    assert outside.organisation.local_authority.name == "Kirklees"
