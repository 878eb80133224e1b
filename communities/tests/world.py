"""A community of interest in the shared test world, and who may see it.

Juniper groups Elm (Beryl's, which only the officer reads) and is open to others; the
outsider persona is its approved outside member: they see Juniper and nothing else, so every
URL of the access test checks that an outside member gets 404 on everything of the programme,
its trials included, and that no page shows them a trial's title. Everyone signed in may read
Juniper's name (the list of communities open to others), not open it.
"""

import datetime


def extend(w):
    from accounts.tests.factories import UserFactory
    from communities.models import CommunitySpace, JoinRequest, PageRevision
    from fieldtrials.models import CommunityMeeting, CommunityOfPractice

    u = w.users
    juniper = CommunityOfPractice.objects.create(
        name="Juniper Community", purpose="Juniper purpose", convenor=u["officer"]
    )
    juniper.field_trials.set([w.elm])
    space = CommunitySpace.objects.create(
        community=juniper, open_to_others=True, text="Hazel learning", version=1
    )
    PageRevision.objects.create(
        space=space, version=1, text="Hazel learning", edited_by=u["officer"]
    )
    meeting = CommunityMeeting.objects.create(
        community=juniper, held_on=datetime.date(2007, 3, 8), shared="Larch sharing"
    )
    meeting.attended_by.set([w.elm])
    JoinRequest.objects.create(
        community=juniper, user=u["outsider"], message="Outsider asks", status="approved"
    )
    asker = UserFactory(full_name="Hazel Asker")
    pending = JoinRequest.objects.create(
        community=juniper, user=asker, message="Hazel asks", status="pending"
    )
    w.objects.update(juniper=juniper, juniper_request=pending)
    for persona in ("officer", "outsider"):
        w.visible[persona] |= {"juniper"}
    w.visible["officer"] |= {"juniper_request"}
    for persona in ("consultant", "leader", "partner"):
        w.named.setdefault(persona, set()).add("juniper")
    w.visible["admin"] = set(w.objects)
