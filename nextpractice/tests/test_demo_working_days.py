"""The demo's people work on working days: what they do (sessions, visits, meetings, workshops,
milestones due and done, updates sent) falls Monday to Friday and not on a bank holiday, and
what they do with schools not in the summer or Christmas holidays. Each trial tells its story
in its own words, at its own times; and the completed trial's story holds together."""

import datetime
from collections import Counter

import pytest
from django.utils import timezone
from django.utils.formats import date_format

from accounts.models import Event
from fieldtrials import demo_kinds, demo_phase2
from fieldtrials.models import (
    CommunityMeeting,
    FieldTrial,
    Milestone,
    MonthlyUpdate,
    OfferUse,
    SupportSession,
    TrialStatusChange,
)
from nextpractice import demo_calendar
from nextpractice.demo_calendar import (
    bank_holidays,
    in_school_holidays,
    is_school_day,
    is_working_day,
    working_day,
)
from nextpractice.testing.demo import load_demo
from programmes import demo_content as content
from programmes.models import CreativeOption, Workshop

D = datetime.date


def test_englands_bank_holidays():
    # As gov.uk lists them for 2026 and 2027 (Boxing Day 2026 and Christmas 2027 at weekends).
    assert sorted(bank_holidays(2026)) == [
        D(2026, 1, 1),
        D(2026, 4, 3),
        D(2026, 4, 6),
        D(2026, 5, 4),
        D(2026, 5, 25),
        D(2026, 8, 31),
        D(2026, 12, 25),
        D(2026, 12, 28),
    ]
    assert sorted(bank_holidays(2027)) == [
        D(2027, 1, 1),
        D(2027, 3, 26),
        D(2027, 3, 29),
        D(2027, 5, 3),
        D(2027, 5, 31),
        D(2027, 8, 30),
        D(2027, 12, 27),
        D(2027, 12, 28),
    ]


def test_the_nearest_working_day_and_school_day():
    assert working_day(D(2026, 12, 9)) == D(2026, 12, 9)  # a Wednesday stays
    assert working_day(D(2026, 12, 5)) == D(2026, 12, 4)  # Saturday: Friday is as near
    assert working_day(D(2026, 12, 6)) == D(2026, 12, 7)  # Sunday: Monday
    assert working_day(D(2026, 12, 25)) == D(2026, 12, 24)
    assert working_day(D(2026, 12, 26), earliest=D(2026, 12, 26)) == D(2026, 12, 29)
    assert working_day(D(2027, 1, 1), latest=D(2027, 1, 3)) == D(2026, 12, 31)
    # A school visit in August is in July's last fortnight of term, or September's first,
    # spread as the days were (not all on the last day of term).
    assert working_day(D(2026, 8, 8), school=True) == D(2026, 7, 21)
    assert working_day(D(2026, 7, 25), school=True) == D(2026, 7, 16)
    late = [working_day(D(2026, 8, day), school=True) for day in range(20, 32)]
    assert late == sorted(late) and D(2026, 9, 1) <= late[0] < late[-1] <= D(2026, 9, 14)
    assert in_school_holidays(D(2026, 12, 23)) and not is_school_day(D(2026, 12, 23))
    # A span that is all holiday gives a working day in it.
    day = working_day(
        D(2026, 12, 22), school=True, earliest=D(2026, 12, 21), latest=D(2026, 12, 24)
    )
    assert is_working_day(day) and D(2026, 12, 21) <= day <= D(2026, 12, 24)


def test_a_held_back_date_lands_on_a_working_day_of_the_month_so_far(monkeypatch):
    # Sunday 6 December 2026: the month so far has four working days, 1 to 4 December.
    monkeypatch.setattr(demo_calendar.timezone, "localdate", lambda: D(2026, 12, 6))
    held = {demo_calendar.not_after_today(D(2026, 12, day)) for day in range(7, 32)}
    assert held <= {D(2026, 12, day) for day in (1, 2, 3, 4)} and len(held) > 1


def _off(days):
    return sorted({f"{d:%a %d %b %Y}" for d in days if d and not is_working_day(d)})


def _in_holidays(days):
    return sorted({f"{d:%a %d %b %Y}" for d in days if d and in_school_holidays(d)})


@pytest.mark.django_db
def test_what_people_did_in_the_demo_fell_on_working_days():
    load_demo()
    local = timezone.localdate
    sessions = SupportSession.objects.values_list("held_on", flat=True)
    workshops = Workshop.objects.values_list("held_on", flat=True)
    meetings = CommunityMeeting.objects.values_list("held_on", flat=True)
    worked = {
        "support sessions": sessions,
        "workshops": workshops,
        "community meetings": meetings,
        "milestones due": Milestone.objects.values_list("due_on", flat=True),
        "milestones done": Milestone.objects.values_list("completed_on", flat=True),
        "offer drawn on": OfferUse.objects.values_list("given_on", flat=True),
        "updates sent": [
            local(t) for t in MonthlyUpdate.objects.values_list("submitted_at", flat=True) if t
        ],
        "trials' status changes": [
            local(t) for t in TrialStatusChange.objects.values_list("created_at", flat=True)
        ],
        "options decided": [
            local(t)
            for t in CreativeOption.objects.exclude(decided_at=None).values_list(
                "decided_at", flat=True
            )
        ],
        "milestones marked done": [
            local(t)
            for t in Event.objects.filter(verb="fieldtrials.milestone_completed").values_list(
                "created_at", flat=True
            )
        ],
    }
    for what, days in worked.items():
        days = list(days)
        assert days, what
        assert _off(days) == [], what
    # With schools, in term time.
    for what in ("support sessions", "workshops", "community meetings"):
        assert _in_holidays(worked[what]) == [], what
    done = Milestone.objects.filter(completed_on__isnull=False)
    assert _in_holidays(done.values_list("completed_on", flat=True)) == []


@pytest.mark.django_db
def test_each_trial_tells_its_story_in_its_own_words_at_its_own_times():
    load_demo()
    trials = FieldTrial.objects.count()
    # No month's story is told word for word by more than a handful of trials.
    told = Counter(MonthlyUpdate.objects.values_list("what_happened", flat=True))
    assert max(told.values()) <= 6, told.most_common(1)
    # A milestone of a kind's is that kind's: student researchers only where students lead.
    for milestone in Milestone.objects.filter(title="Student researchers trained"):
        assert demo_kinds.kind_of(milestone.field_trial) == demo_kinds.STUDENTS
    # Beyond the programme's own steps (the plan, the diagnostic, the evaluation), no
    # milestone is shared by more than a third of the trials.
    shared = {demo_phase2.MILESTONES[step][0] for step in (0, 1, 4)}
    titles = Counter(Milestone.objects.exclude(title__in=shared).values_list("title", flat=True))
    assert max(titles.values()) <= trials // 3, titles.most_common(1)
    # Last month's updates were sent at different moments, not all at one minute.
    last = MonthlyUpdate.objects.filter(month=_last_month()).values_list("submitted_at", flat=True)
    assert max(Counter(last).values()) <= 2
    marked = Counter(
        Event.objects.filter(verb="fieldtrials.milestone_completed").values_list(
            "created_at", flat=True
        )
    )
    assert max(marked.values()) <= 2
    logged = Counter(
        (s.held_on, s.kind, timezone.localtime(s.created_at)) for s in SupportSession.objects.all()
    )
    assert max(logged.values()) <= 2


def _last_month():
    return (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)


@pytest.mark.django_db
def test_the_completed_trial_and_stevenages_diagnostic_keep_their_order():
    load_demo()
    trial = FieldTrial.objects.get(title__startswith="Executive headship")
    closing = trial.monthly_updates.latest("month").what_happened
    # The school left its category after two terms, not a month into the trial.
    left = demo_calendar.moved(D(2007, 4, 1))
    assert f"category of concern in {date_format(left, 'F')}" in closing
    assert (left.year - trial.start_date.year) * 12 + left.month - trial.start_date.month >= 6
    reason = trial.status_changes.get(to_status="reporting").reason
    assert date_format(left, "F") in reason
    # Stevenage's diagnostic was done when its Change Leadership Model exercise closed.
    from toolkit.models import Exercise

    stevenage = FieldTrial.objects.get(title=content.STEVENAGE_TRIAL)
    exercise = Exercise.objects.get(tool__slug="change-leadership", field_trial=stevenage)
    closed = timezone.localdate(exercise.closed_at)
    diagnostic = stevenage.milestones.get(title="Change Leadership Model diagnostic completed")
    assert closed <= diagnostic.completed_on <= closed + datetime.timedelta(days=3)
