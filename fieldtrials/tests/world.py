"""Field trial records in the shared test world, and who may see them."""

import datetime


def extend(w):
    from fieldtrials.models import (
        BrokeredRelationship,
        CommunityMeeting,
        CommunityOfPractice,
        Milestone,
        MonthlyUpdate,
        OfferUse,
        PowerToInnovateRequest,
        Risk,
        SupportSession,
    )
    from fieldtrials.tests.factories import FieldTrialFactory

    u = w.users
    # Quill is in Beryl, which only the officer reads; it shares a community of practice with
    # Coral, so Coral's leader and consultant may read it too (but not the partner).
    quill = FieldTrialFactory(project=w.beryl, title="Quill Trial")
    rowan = CommunityOfPractice.objects.create(name="Rowan Community", convenor=u["officer"])
    rowan.field_trials.set([w.coral, quill])
    meeting = CommunityMeeting.objects.create(
        community=rowan, held_on=datetime.date(2007, 3, 1), shared="Willow sharing"
    )
    day = datetime.date(2007, 1, 15)
    records = {}
    for prefix, trial in (("", w.coral), ("onyx_", w.onyx_trial)):
        label = "Onyx" if prefix else ""
        records[f"{prefix}milestone"] = Milestone.objects.create(
            field_trial=trial, title=f"{label}Sage Milestone", due_on=day
        )
        records[f"{prefix}risk"] = Risk.objects.create(
            field_trial=trial, description=f"{label}Thistle Risk", likelihood=2, impact=3,
            owner="Head",
        )  # fmt: skip
        records[f"{prefix}update"] = MonthlyUpdate.objects.create(
            field_trial=trial, month=datetime.date(2007, 1, 1), rag="amber", status="submitted",
            what_happened=f"{label}Umber happenings", author=u["leader"],
        )  # fmt: skip
        records[f"{prefix}pti"] = PowerToInnovateRequest.objects.create(
            field_trial=trial, regulation=f"{label}Vetch Regulation", variation_sought="v",
            case="c", state="submitted",
        )  # fmt: skip
        records[f"{prefix}support"] = SupportSession.objects.create(
            field_trial=trial, held_on=day, given_by=u["consultant"], kind="consultancy",
            hours=2, notes=f"{label}Yarrow notes",
        )  # fmt: skip
        records[f"{prefix}offer"] = OfferUse.objects.create(
            field_trial=trial, element="obstacle_removal", asked_for=f"{label}Zinnia request"
        )
        records[f"{prefix}brokered"] = BrokeredRelationship.objects.create(
            field_trial=trial, with_whom=f"{label}Aster Investor", kind="investor"
        )
    w.objects.update(quill=quill, rowan=rowan, meeting=meeting, **records)
    coral_records = {k for k in records if not k.startswith("onyx_")}
    for persona in ("officer", "consultant", "leader", "partner"):
        w.visible[persona] |= coral_records
    for persona in ("officer", "consultant", "leader"):
        w.visible[persona] |= {"quill", "rowan", "meeting"}
    w.visible["partner"] |= {"rowan", "meeting"}
    # Reading Quill, they may read the name of the project it belongs to.
    for persona in ("consultant", "leader"):
        w.named.setdefault(persona, set()).add(
            "beryl"
        )  # the community holds Coral, which they read
    w.visible["admin"] = set(w.objects)
