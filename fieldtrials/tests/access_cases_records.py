"""Access cases for the records kept around a trial: milestones, the offer, support, Power to
Innovate requests, brokered relationships and risks.

Coral's team (its leader and consultant), the project's officer and the admin change Coral's
records; the partner reads them (403 on changes); the outsider sees nothing (404). Quill is
read by Coral's leader and consultant through the community of practice: they get 403 there.
POST cases send invalid data (400 for those allowed) or are idempotent, so nothing changes.
"""

from nextpractice.testing.access import acts, expect, seen_by, visible_to

TEAM = {"officer", "consultant", "leader", "admin"}
OFFICERS = {"officer", "admin"}
LOG_SUPPORT = {"officer", "consultant", "admin"}
ADMIN = {"admin"}


def spare_requests(w):
    """A draft and a granted request on Coral, for steps w.pti (submitted) cannot take."""
    from fieldtrials.models import PowerToInnovateRequest

    draft, _ = PowerToInnovateRequest.objects.get_or_create(
        field_trial=w.coral,
        regulation="Draft Case Regulation",
        defaults={"variation_sought": "v", "case": "c", "state": "draft"},
    )
    granted, _ = PowerToInnovateRequest.objects.get_or_create(
        field_trial=w.coral,
        regulation="Granted Case Regulation",
        defaults={"variation_sought": "v", "case": "c", "state": "granted", "advice": "a"},
    )
    return draft, granted


def cases(w):
    def pk(key):
        return {"pk": w.objects[key].pk}

    draft, granted = spare_requests(w)

    def on_trials(allowed=TEAM, method="get", data=None, ok=200):
        """The action on Coral (allowed), Quill (officers) and Onyx's trial (admin)."""
        return [
            (method, pk("coral"), acts(w, "coral", allowed, ok), data),
            (method, pk("quill"), acts(w, "quill", allowed & OFFICERS, ok), data),
            (method, pk("onyx_trial"), acts(w, "onyx_trial", ADMIN, ok), data),
        ]

    def on_records(key, allowed=TEAM, method="get", data=None, ok=200):
        """The action on Coral's record `key` and on Onyx's."""
        return [
            (method, pk(key), acts(w, key, allowed, ok), data),
            (method, pk(f"onyx_{key}"), acts(w, f"onyx_{key}", ADMIN, ok), data),
        ]

    def form_page(name, key, invalid, allowed=TEAM):
        """A page that adds a record to a trial (key None) or changes record `key`."""
        if key is None:
            return on_trials(allowed) + on_trials(allowed, "post", invalid, ok=400)
        return on_records(key, allowed) + on_records(key, allowed, "post", invalid, ok=400)

    def pti_step(request, action, method, allowed, ok, data=None):
        return (method, {"pk": request.pk, "action": action}, acts(w, "pti", allowed, ok), data)

    return {
        "fieldtrials:milestone_create": form_page("milestone_create", None, {"title": ""}),
        "fieldtrials:milestone_edit": form_page("milestone_edit", "milestone", {"title": ""}),
        "fieldtrials:milestone_complete": on_records("milestone", method="post", data={}, ok=302)
        + [("get", pk("milestone"), expect(anonymous=405, default=405), None)],
        "fieldtrials:offer_ask": form_page("offer_ask", None, {"element": "nothing"}),
        # What was given is recorded by those who give support; the team asks for it.
        "fieldtrials:offer_create": form_page(
            "offer_create", None, {"element": "nothing"}, allowed=LOG_SUPPORT
        ),
        "fieldtrials:offer_edit": form_page("offer_edit", "offer", {"asked_for": ""}),
        "fieldtrials:support_create": form_page(
            "support_create", None, {"hours": "lots"}, allowed=LOG_SUPPORT
        ),
        "fieldtrials:project_support": [
            ("get", pk(key), seen_by(visible_to(w, key)), None) for key in ("amber", "onyx_project")
        ],
        "fieldtrials:pti_create": form_page("pti_create", None, {"regulation": ""}),
        "fieldtrials:pti_list": [
            ("get", {}, expect(outsider=403), None),
            ("get", {}, expect(outsider=403), {"state": "submitted"}),
            ("get", {}, expect(default=400, outsider=403), {"state": "nonsense"}),
        ],
        "fieldtrials:pti_detail": [
            ("get", pk(key), seen_by(visible_to(w, key)), None) for key in ("pti", "onyx_pti")
        ],
        "fieldtrials:pti_edit": [
            # A submitted request can no longer be changed: the page says so to the team, 409.
            ("get", pk("pti"), acts(w, "pti", TEAM, 409), None),
            ("post", pk("pti"), acts(w, "pti", TEAM, 409), {"regulation": "Changed"}),
            ("get", {"pk": draft.pk}, acts(w, "pti", TEAM), None),
            ("post", {"pk": draft.pk}, acts(w, "pti", TEAM, 400), {"regulation": ""}),
            ("get", pk("onyx_pti"), acts(w, "onyx_pti", ADMIN, 409), None),
        ],
        "fieldtrials:pti_transition": [
            pti_step(draft, "submit", "get", TEAM, 200),
            pti_step(w.pti, "submit", "post", TEAM, 409, {}),  # already submitted
            pti_step(w.pti, "advise", "get", OFFICERS, 200),
            pti_step(w.pti, "advise", "post", OFFICERS, 400, {"advice": ""}),
            pti_step(w.pti, "grant", "post", OFFICERS, 409, {}),  # no advice yet
            pti_step(w.pti, "refuse", "get", OFFICERS, 409),
            # Withdrawing is the record kit's page, with a reason: the old step leads there;
            # the team's for a draft, the project's officers' once submitted.
            pti_step(draft, "withdraw", "get", TEAM, 302),
            pti_step(granted, "withdraw", "get", OFFICERS, 302),
            ("get", {"pk": w.pti.pk, "action": "frobnicate"}, seen_by(set()), None),
            ("get", {"pk": w.onyx_pti.pk, "action": "advise"}, acts(w, "onyx_pti", ADMIN), None),
        ],  # fmt: skip
        "fieldtrials:brokered_create": form_page("brokered_create", None, {"kind": "other"}),
        "fieldtrials:brokered_edit": form_page("brokered_edit", "brokered", {"with_whom": ""}),
        "fieldtrials:risk_create": form_page("risk_create", None, {"likelihood": "9"}),
        "fieldtrials:risk_edit": form_page("risk_edit", "risk", {"description": ""}),
    }
