"""What fieldtrials' events say in a history (nextpractice/history.py)."""

import datetime

from accounts.events import membership_phrases
from nextpractice.history import Link, Phrase
from nextpractice.words import long_date

from .models import FieldTrial


def _status(value):
    try:
        return FieldTrial.Status(value).label.lower()
    except ValueError:
        return str(value)


def _month(e):
    month = str(e.data.get("month") or "")
    try:
        from datetime import date

        return date.fromisoformat(month).strftime("%B %Y")
    except ValueError:
        return "a month"


def _draft_month(e):
    """The month of a saved draft: in the event's data, or, in events written before it was
    kept there, at the end of the update's name as it was ("Larch Trial, February 2007")."""
    if e.data.get("month"):
        return _month(e)
    named = e.target_name.rpartition(", ")[2]
    try:
        from datetime import datetime

        return datetime.strptime(named, "%B %Y").strftime("%B %Y")
    except ValueError:
        return "a month"


def _convenor(e):
    """ "made Colin Consultant the convenor of Flexible days, in place of Olive Officer"."""
    new = e.data.get("user_name") or "someone"
    before = e.data.get("from_name")
    return f"made {new} the convenor of {e.target_name}" + (
        f", in place of {before}" if before else ""
    )


PTI = "the Power to Innovate request"


def _record(did, noun):
    """ "changed the milestone “Launch”" (events of a trial's records are written on the
    trial, with the record's own name in data["text"]), or "... a milestone of <trial>"."""

    def says(e):
        text = e.data.get("text") or e.data.get("title")
        return f"{did} the {noun} “{text}”" if text else f"{did} a {noun} of {e.target_name}"

    return says


def _asked(e):
    """ "asked for support: “Confidence and moral support for Stevenage: A Learning Town”"."""
    text = e.data.get("text")
    return f"asked for support: “{text}”" if text else f"asked for support for {e.target_name}"


def _pti(did):
    """ "submitted the Power to Innovate request “Key Stage 3 rules”": by the regulation it
    asks to vary, which its events keep (data["text"], "Power to Innovate: <regulation>"),
    or "... of <trial>" for events that kept no name."""

    def says(e):
        name = str(e.data.get("text") or "").removeprefix("Power to Innovate: ")
        return f"{did} {PTI} “{name}”" if name else f"{did} {PTI} of {e.target_name}"

    return says


def _decision(did):
    """ "recorded that the Secretary of State granted the Power to Innovate request “Key
    Stage 3 rules” on 1 December 2026": the day of the decision, which its event keeps
    (data["decided_on"]; events written before it was kept say none)."""
    says = _pti(did)

    def with_day(e):
        try:
            day = datetime.date.fromisoformat(str(e.data.get("decided_on") or ""))
        except ValueError:
            return says(e)
        return f"{says(e)} on {long_date(day)}"

    return with_day


PHRASES = [
    Phrase(
        "fieldtrials.status_moved",
        lambda e: (
            f"moved {e.target_name} from {_status(e.data.get('from'))} to "
            f"{_status(e.data.get('to'))}"
        ),
        kind="decided",
    ),
    Phrase(
        "fieldtrials.trial_created",
        lambda e: (
            f"started the field trial {e.target_name} from the selected option "
            f"“{e.data.get('title', '')}”"
        ),
        kind="added",
    ),
    Phrase("fieldtrials.details_updated", "changed the details of {target}", kind="changed"),
    Phrase("fieldtrials.milestone_added", _record("added", "milestone"), kind="added"),
    Phrase("fieldtrials.milestone_updated", _record("changed", "milestone"), kind="changed"),
    Phrase("fieldtrials.milestone_completed", _record("completed", "milestone"), kind="decided"),
    Phrase("fieldtrials.offer_recorded", _record("recorded", "incubation offer"), kind="added"),
    # An ask for support: a use of the offer with nothing given yet ("asked for “Confidence and
    # moral support for Stevenage”").
    Phrase("fieldtrials.offer_asked", _asked, kind="added"),
    Phrase("fieldtrials.offer_updated", _record("changed", "incubation offer"), kind="changed"),
    Phrase("fieldtrials.support_logged", _record("logged", "support session"), kind="added"),
    Phrase("fieldtrials.risk_added", _record("added", "risk"), kind="added"),
    Phrase("fieldtrials.risk_updated", _record("changed", "risk"), kind="changed"),
    Phrase("fieldtrials.relationship_added", _record("added", "relationship"), kind="added"),
    Phrase("fieldtrials.relationship_updated", _record("changed", "relationship"), kind="changed"),
    Phrase("fieldtrials.pti_created", _pti("drafted"), kind="added"),
    Phrase("fieldtrials.pti_updated", _pti("changed"), kind="changed"),
    Phrase("fieldtrials.pti_submit", _pti("submitted"), kind="decided"),
    Phrase(
        "fieldtrials.pti_advise", _pti("recorded the Innovation Unit's advice on"), kind="decided"
    ),
    Phrase(
        "fieldtrials.pti_grant",
        _decision("recorded that the Secretary of State granted"),
        kind="decided",
    ),
    Phrase(
        "fieldtrials.pti_refuse",
        _decision("recorded that the Secretary of State refused"),
        kind="decided",
    ),
    Phrase("fieldtrials.pti_withdraw", _pti("withdrew"), kind="withdrawn"),
    # The record kit's verbs for a request (fieldtrials/kinds.py), named by its regulation.
    Phrase("fieldtrials.power_to_innovate_changed", _pti("corrected"), kind="changed"),
    Phrase("fieldtrials.power_to_innovate_withdrawn", _pti("withdrew"), kind="withdrawn"),
    Phrase("fieldtrials.power_to_innovate_restored", _pti("restored"), kind="changed"),
    Phrase("fieldtrials.power_to_innovate_deleted", _pti("deleted"), kind="withdrawn"),
    # A draft is the team's working copy: nobody else learns it exists. Its first save and
    # the later ones are one act to whoever saves it ("Save a draft"), so told with one verb.
    Phrase(
        "fieldtrials.update_drafted",
        lambda e: f"saved the first draft of the monthly update for {_month(e)}",
        kind="added",
        team_only=True,
    ),
    Phrase(
        "fieldtrials.update_draft_saved",
        lambda e: f"saved the draft of the monthly update for {_draft_month(e)}",
        kind="changed",
        team_only=True,
    ),
    Phrase(
        "fieldtrials.update_submitted",
        lambda e: (
            f"submitted the monthly update for {_month(e)}"
            + (f" ({e.data['rag']})" if e.data.get("rag") else "")
        ),
        kind="added",
    ),
    Phrase(
        "fieldtrials.update_taken_back",
        lambda e: f"took back the monthly update for {_month(e)} to edit it",
        kind="withdrawn",
    ),
    Phrase(
        "fieldtrials.update_read",
        lambda e: f"read the monthly update for {_month(e)}",
        kind="changed",
    ),
    Phrase(
        "fieldtrials.community_created", "started the community of practice {target}", kind="added"
    ),
    Phrase(
        "fieldtrials.community_trials_changed",
        "changed the trials of the community of practice {target}",
        kind="changed",
    ),
    Phrase("fieldtrials.community_met", "recorded a meeting of {target}", kind="added"),
    Phrase("fieldtrials.convenor_changed", _convenor, kind="changed"),
    *membership_phrases("fieldtrials"),
]

# Where the streams across places link these events, for those who may open their pages.
LINKS = [
    Link(
        "fieldtrials.fieldtrial",
        "fieldtrials:fieldtrial_detail",
        "fieldtrials.rules.visible_fieldtrials",
    ),
    Link(
        "fieldtrials.communityofpractice",
        "fieldtrials:community_detail",
        "fieldtrials.rules.visible_communities",
    ),
    # A draft is read by its trial's team only (visible_updates), as it is told to them only.
    Link(
        "fieldtrials.monthlyupdate",
        "fieldtrials:update_detail",
        "fieldtrials.rules.visible_updates",
        words=lambda e: f"monthly update for {_draft_month(e)}",
    ),
]
