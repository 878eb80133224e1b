"""Access cases for every kind declared to the record kit (run by test_access.py).

They grow by themselves: every kind in every app's `kinds.py`, every record of its model in
the test world, its edit, withdraw, restore and delete pages and its list's exports. What must be
stated by hand is who may change each kind (CHANGERS: personas, or {world key: personas}
where it differs by record); a kind without an entry fails
`test_every_record_kind_says_who_may_change_it`. Onyx's records: the administrator only.

POST cases send an empty form: 400 for those allowed (nothing saved: no version, no
reason), and 409 on delete (nobody in the world added the records they may change) and on
restore, GET too (nothing in the world is withdrawn: "This … is not withdrawn").
"""

from evaluation.tests.access_cases import CHANGERS as EVALUATION_CHANGERS
from nextpractice.records.kinds import record_kinds
from nextpractice.testing.access import acts, expect, seen_by, visible_to

OFFICERS = {"officer", "admin"}
ADMIN = {"admin"}

# "<app>:<slug>" -> who may change its records outside Onyx
CHANGERS = {
    "programmes:problem-statement": OFFICERS,
    "programmes:objective": OFFICERS,
    "programmes:data-source": OFFICERS,
    "programmes:potential-innovator": OFFICERS,
    "programmes:option": OFFICERS,
    "programmes:workshop": OFFICERS,
    "fieldtrials:support-session": OFFICERS | {"consultant"},
    # a trial's team and its project's officers (fieldtrials.change_record)
    "fieldtrials:milestone": OFFICERS | {"consultant", "leader"},
    "fieldtrials:risk": OFFICERS | {"consultant", "leader"},
    "fieldtrials:offer-use": OFFICERS | {"consultant", "leader"},
    "fieldtrials:relationship": OFFICERS | {"consultant", "leader"},
    # a request once submitted (the world's is): its project's officers (fieldtrials.withdraw_pti)
    "fieldtrials:power-to-innovate": OFFICERS,
    # monthly updates: withdrawn by the project's officers (fieldtrials.decide_record)
    "fieldtrials:update": OFFICERS,
    # a community's meetings: its convenor and its trials' officers (fieldtrials.change_community)
    "fieldtrials:meeting": OFFICERS,
    "programmes:programme": OFFICERS,
    "programmes:project": OFFICERS,
    # evaluation's: who may change each record of the test world ({world key: personas})
    **EVALUATION_CHANGERS,
}


def _key_of(w, obj):
    for key, candidate in w.objects.items():
        if type(candidate) is type(obj) and candidate.pk == obj.pk:
            return key
    raise AssertionError(f"{obj!r} is not in the test world")


def cases_for(w, kinds, changers):
    """{url name: cases} for `kinds` (RecordKinds), `changers` {str(kind): personas}."""
    found = {
        "records:edit": [],
        "records:withdraw": [],
        "records:restore": [],
        "records:delete": [],
        "records:export": [],
    }
    for kind in kinds:
        records = [(k, o) for k, o in w.objects.items() if type(o) is kind.model]
        assert records, f"Add a record of {kind} to the test world"
        exported = set()
        for key, record in records:
            who = changers[str(kind)]
            if key.startswith(("onyx_", "ev_onyx_")):
                who = ADMIN
            elif isinstance(who, dict):  # by record, where it differs (evaluation's kinds)
                who = who[key]
            args = {"app": kind.app, "kind": kind.slug, "pk": record.pk}
            for name, get_ok, post_ok in (
                ("edit", 200, 400),
                ("withdraw", 200, 400),
                ("restore", 409, 409),
                ("delete", 200, 409),
            ):
                if name != "edit" and not kind.withdrawable:  # corrected only: no such page
                    found[f"records:{name}"].append(("get", args, expect(default=404), None))
                    continue
                found[f"records:{name}"] += [
                    ("get", args, acts(w, key, who, get_ok), None),
                    ("post", args, acts(w, key, who, post_ok), {}),
                ]
            parent_key = _key_of(w, kind.parent(record))
            if parent_key in exported:
                continue
            exported.add(parent_key)
            for fmt in ("csv", "xlsx"):
                args = {
                    "app": kind.app,
                    "kind": kind.slug,
                    "pk": kind.parent(record).pk,
                    "fmt": fmt,
                }
                found["records:export"].append(
                    ("get", args, seen_by(visible_to(w, parent_key)), None)
                )
    return found


def cases(w):
    found = cases_for(w, record_kinds().values(), CHANGERS)
    nothing = {"app": "programmes", "kind": "nothing", "pk": 1}
    found["records:edit"].append(("get", nothing, expect(default=404), None))
    a_kind = next(iter(record_kinds().values()))
    parent = a_kind.parent(
        w.objects[next(k for k, o in w.objects.items() if type(o) is a_kind.model)]
    )
    bad_format = {"app": a_kind.app, "kind": a_kind.slug, "pk": parent.pk, "fmt": "pdf"}
    found["records:export"].append(("get", bad_format, expect(default=404), None))
    return found
