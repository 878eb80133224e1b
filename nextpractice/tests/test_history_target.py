"""Events matched on their target's type, one way for every caller (following's stream,
the places and links history reads)."""

from discussions.models import Thread
from fieldtrials.models import CommunityOfPractice
from nextpractice.history import target_is


def test_a_target_type_is_matched_alike_by_model_or_label():
    by_model = target_is(Thread)
    assert by_model == target_is("discussions.thread") == target_is(Thread._meta.label)
    assert by_model.children == [
        ("target_type__app_label", "discussions"),
        ("target_type__model", "thread"),
    ]
    assert target_is(CommunityOfPractice) == target_is("fieldtrials.communityofpractice")
