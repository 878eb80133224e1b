"""Access cases for a community's details, shared page and communities of interest.

Rowan (Coral and Quill; closed) is written by Coral's team and the officer, read by the
partner; Juniper (Elm; open to others) is read by the officer and by its outside member,
the outsider persona (tests/world.py).
"""

from nextpractice.testing.access import PERSONAS, acts, expect, seen_by, visible_to

CONVENORS = {"officer", "admin"}
ROWAN_WRITERS = {"officer", "consultant", "leader", "admin"}


def cases(w):
    def pk(key):
        return {"pk": w.objects[key].pk}

    def only(statuses, default=404):
        """{persona: status}: those named, 302 for anonymous, `default` for the rest."""
        return {p: 302 if p == "anonymous" else statuses.get(p, default) for p in PERSONAS}

    from communities.models import JoinRequest

    rowan_details = {"name": "Rowan Community", "purpose": "Rowan purpose", "open_to_others": ""}
    juniper_request = w.objects["juniper_request"].pk
    juniper_member = JoinRequest.objects.get(
        community=w.objects["juniper"], user=w.users["outsider"]
    ).pk
    return {
        "fieldtrials:community_detail": [
            ("get", pk("juniper"), seen_by(visible_to(w, "juniper")), None),
        ],
        "communities:open_list": [("get", {}, expect(), None)],
        "communities:community_edit": [
            ("get", pk("rowan"), acts(w, "rowan", CONVENORS), None),
            ("get", pk("juniper"), acts(w, "juniper", CONVENORS), None),
            ("post", pk("rowan"), acts(w, "rowan", CONVENORS, ok=302), rowan_details),
            ("post", pk("rowan"), acts(w, "rowan", CONVENORS, ok=400), {"name": ""}),
        ],
        "communities:page_edit": [
            ("get", pk("rowan"), acts(w, "rowan", ROWAN_WRITERS), None),
            # The outside member reads Juniper's page and may not write it (403).
            ("get", pk("juniper"), acts(w, "juniper", CONVENORS), None),
            (
                "post",
                pk("rowan"),
                acts(w, "rowan", ROWAN_WRITERS, ok=302),
                {"version": 0, "text": "Birch page", "note": ""},
            ),
            # The same version again: someone saved since, so it is refused (409).
            (
                "post",
                pk("rowan"),
                acts(w, "rowan", ROWAN_WRITERS, ok=409),
                {"version": 0, "text": "Birch page again", "note": ""},
            ),
            (
                "post",
                pk("juniper"),
                acts(w, "juniper", CONVENORS, ok=302),
                {"version": 1, "text": "Birch juniper", "note": "Birch note"},
            ),
        ],
        "communities:page_history": [
            ("get", pk(key), seen_by(visible_to(w, key)), None) for key in ("rowan", "juniper")
        ],
        "communities:page_revision": [
            ("get", {**pk("juniper"), "version": 1}, seen_by(visible_to(w, "juniper")), None),
            ("get", {**pk("rowan"), "version": 99}, seen_by(set()), None),
        ],
        "communities:page_compare": [
            ("get", {**pk("juniper"), "version": 1}, seen_by(visible_to(w, "juniper")), None),
            ("get", {**pk("rowan"), "version": 99}, seen_by(set()), None),
        ],
        # Juniper's page reads as version 2 for its writers (page_edit's case above saved it):
        # restoring version 1 from a page showing version 1 is refused (409), with no version
        # refused (400), from version 2 done; the outside member reads and may not (403).
        "communities:page_restore": [
            (
                "post",
                {**pk("juniper"), "version": 1},
                acts(w, "juniper", CONVENORS, ok=ok),
                data,
            )
            for ok, data in ((409, {"version": 1}), (400, {}), (302, {"version": 2}))
        ]
        + [("get", {**pk("juniper"), "version": 1}, only({}, default=405) | {"anonymous": 405},
            None)],
        "communities:join_requests": [
            ("get", pk("rowan"), acts(w, "rowan", CONVENORS), None),
            ("get", pk("juniper"), acts(w, "juniper", CONVENORS), None),
        ],
        # Asking before declining writes nothing, so it answers only GET.
        "communities:join_request_decline": [
            ("get", {"pk": juniper_request}, only({"officer": 200, "admin": 200}), None),
            ("post", {"pk": juniper_request}, only({}, default=405) | {"anonymous": 405}, {}),
        ],
        # Only those who may change Juniper see its requests: 404 for everyone else.
        "communities:join_request_decide": [
            ("post", {"pk": juniper_request}, only({"officer": 400, "admin": 400}), {}),
            (
                "post",
                {"pk": juniper_request},
                only({"officer": 302, "admin": 302}),
                {"decision": "approve"},
            ),
            (
                "post",
                {"pk": juniper_request},
                only({"officer": 409, "admin": 409}),
                {"decision": "decline"},
            ),
            ("get", {"pk": juniper_request}, only({}, default=405) | {"anonymous": 405}, None),
        ],
        # Anyone signed in reads an open community's join page (it says why not, if not);
        # those who already see Juniper through Elm, or have joined, are refused (409).
        "communities:join": [
            ("get", pk("juniper"), expect(), None),
            ("get", pk("rowan"), expect(default=404), None),
            (
                "post",
                pk("juniper"),
                expect(default=302, officer=409, admin=409, outsider=409),
                {"message": "Birch asks"},
            ),
        ],
        # Last: the outside member leaves Juniper.
        "communities:leave": [
            ("get", pk("rowan"), expect(default=404), None),
            ("get", pk("juniper"), only({"outsider": 200, "leader": 200, "consultant": 200,
                                          "partner": 200}), None),
            ("post", pk("juniper"), only({"outsider": 302, "leader": 302, "consultant": 302,
                                           "partner": 302}), {}),
        ],
        # Those who may change Juniper remove its outside member (a second time: 409); the
        # request is 404 for everyone else, the member included.
        "communities:member_remove": [
            ("get", {"pk": juniper_member}, only({"officer": 200, "admin": 200}), None),
            ("post", {"pk": juniper_member}, only({"officer": 302, "admin": 302}), {}),
            ("post", {"pk": juniper_member}, only({"officer": 409, "admin": 409}), {}),
        ],
    }  # fmt: skip
