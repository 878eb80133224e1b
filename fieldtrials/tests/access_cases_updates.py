"""Access cases for monthly updates and communities of practice."""

import datetime

from django.utils import timezone

from nextpractice.testing.access import acts, expect, seen_by, visible_to

TEAM = {"officer", "consultant", "leader", "admin"}  # Coral's team, its officer, and admin


def cases(w):
    from fieldtrials.models import MonthlyUpdate

    # A draft of Coral's: the team and the officers see it; the partner, who reads Coral's
    # submitted updates, does not know it exists.
    draft, _ = MonthlyUpdate.objects.get_or_create(
        field_trial=w.coral,
        month=datetime.date(2007, 2, 1),
        defaults={"what_happened": "Birch draft", "author": w.users["leader"]},
    )

    # Submitted updates of Coral's, unread, written by the leader: only its author (and
    # admin, a superuser) takes one back, only the project's officers (and admin) mark one
    # read. Two of them, so that taking one back leaves the other to mark read.
    to_take_back, to_read = (
        MonthlyUpdate.objects.get_or_create(
            field_trial=w.coral,
            month=datetime.date(2007, month, 1),
            defaults={
                "what_happened": "Birch unread",
                "rag": "green",
                "status": "submitted",
                "submitted_at": timezone.now(),
                "author": w.users["leader"],
            },
        )[0]
        for month in (3, 4)
    )

    # A draft of its own for autosave, whose version the other cases do not move.
    autosaved, _ = MonthlyUpdate.objects.get_or_create(
        field_trial=w.coral,
        month=datetime.date(2007, 5, 1),
        defaults={"what_happened": "Birch autosaved", "author": w.users["leader"]},
    )

    def pk(key):
        return {"pk": w.objects[key].pk}

    def draft_only(ok, partner):
        return {
            p: 302 if p == "anonymous" else ok if p in TEAM else partner if p == "partner" else 404
            for p in visible_to(w, "coral") | {"anonymous", "outsider"}
        }

    this_month = f"{timezone.localdate():%Y-%m}"
    last_month = f"{timezone.localdate().replace(day=1) - datetime.timedelta(days=1):%Y-%m}"
    draft_data = {"month": this_month, "what_happened": "Birch happenings", "save_draft": ""}
    future = {"month": "2999-01", "rag": "green", "what_happened": "x", "submit_update": ""}
    community = {"name": "Birch Community", "purpose": "", "field_trials": [w.coral.pk]}
    meeting = {"held_on": "1/3/2007", "attended_by": [w.coral.pk], "shared": "Birch sharing"}
    # fieldtrials.add_community: officers of any programme or project (and admin).
    not_officers = {"consultant": 403, "leader": 403, "partner": 403, "outsider": 403}
    convenors = {"officer", "admin"}
    return {
        "fieldtrials:update_list": [
            ("get", pk(key), seen_by(visible_to(w, key)), None)
            for key in ("coral", "quill", "onyx_trial")
        ],
        "fieldtrials:update_create": [
            ("get", pk("coral"), acts(w, "coral", TEAM), None),
            ("get", pk("quill"), acts(w, "quill", {"officer", "admin"}), None),
            ("get", pk("onyx_trial"), acts(w, "onyx_trial", {"admin"}), None),
            ("post", pk("coral"), acts(w, "coral", TEAM, ok=302), draft_data),
            ("post", pk("coral"), acts(w, "coral", TEAM, ok=400), future),
            ("post", pk("quill"), acts(w, "quill", {"officer", "admin"}, ok=302), draft_data),
        ],
        # fieldtrials.view_update: a submitted update with its trial; a draft only for
        # those who may change it (the partner, who reads Coral, gets 404 for the draft).
        "fieldtrials:update_detail": [
            ("get", pk("update"), seen_by(visible_to(w, "update")), None),
            ("get", pk("onyx_update"), seen_by(visible_to(w, "onyx_update")), None),
            ("get", {"pk": draft.pk}, draft_only(200, 404), None),
        ],
        "fieldtrials:update_edit": [
            ("get", {"pk": draft.pk}, draft_only(200, 404), None),
            (
                "post",
                {"pk": draft.pk},
                draft_only(302, 404),
                {"version": draft.version, "what_happened": "Birch again", "save_draft": ""},
            ),
            # Submitted: locked for the team (409, as the record kit's edit page of a
            # withdrawn record), read-only for the partner.
            ("get", pk("update"), acts(w, "update", TEAM, ok=409), None),
            ("get", pk("onyx_update"), acts(w, "onyx_update", {"admin"}, ok=409), None),
        ],
        "fieldtrials:update_autosave": [
            (
                "post",
                {"pk": autosaved.pk},
                draft_only(200, 404),
                {"version": autosaved.version, "what_happened": "Birch typing"},
            ),
        ],
        # A new update's first save with something written starts its draft: last month's,
        # this month's being update_create's.
        "fieldtrials:update_autosave_new": [
            (
                "post",
                pk("coral"),
                acts(w, "coral", TEAM),
                {"month": last_month, "what_happened": "Birch typing"},
            ),
        ],
        "fieldtrials:update_take_back": [
            ("post", {"pk": to_take_back.pk}, acts(w, "update", {"leader", "admin"}, ok=302), {}),
        ],
        "fieldtrials:update_mark_read": [
            ("post", {"pk": to_read.pk}, acts(w, "update", {"officer", "admin"}, ok=302), {}),
        ],
        # The outsider, on no trial, joined Juniper from outside: the list shows them that
        # only (communities.tests.test_communities_of_interest); joined none, it is 403.
        "fieldtrials:community_list": [("get", {}, expect(), None)],
        "fieldtrials:community_detail": [
            ("get", pk("rowan"), seen_by(visible_to(w, "rowan")), None),
            ("get", {"pk": 999999}, seen_by(set()), None),
        ],
        "fieldtrials:community_create": [
            ("get", {}, expect(**not_officers), None),
            ("post", {}, expect(officer=302, admin=302, **not_officers), community),
            ("post", {}, expect(officer=400, admin=400, **not_officers), {"name": ""}),
        ],
        "fieldtrials:community_edit_trials": [
            ("get", pk("rowan"), acts(w, "rowan", convenors), None),
            (
                "post",
                pk("rowan"),
                acts(w, "rowan", convenors, ok=302),
                {"field_trials": [w.coral.pk, w.quill.pk]},
            ),
        ],
        # Naming its convenor: its convenor, its trials' officers and admin. The post leaves
        # it unchanged (no name: 400), so the cases after it find the officer convening.
        "fieldtrials:convenor_change": [
            ("get", pk("rowan"), acts(w, "rowan", convenors), None),
            (
                "post",
                pk("rowan"),
                acts(w, "rowan", convenors, ok=400),
                {"convenor": "", "convenor_was": w.users["officer"].pk},
            ),
        ],
        "fieldtrials:convenor_search": [
            ("get", pk("rowan"), acts(w, "rowan", convenors), {"q": "Person"}),
        ],
        "fieldtrials:meeting_create": [
            ("get", pk("rowan"), acts(w, "rowan", convenors), None),
            ("post", pk("rowan"), acts(w, "rowan", convenors, ok=302), meeting),
            ("post", pk("rowan"), acts(w, "rowan", convenors, ok=400), {"shared": ""}),
        ],
    }
