"""nextpractice.throttle: limits over a sliding span of time, kept in the database."""

from datetime import datetime, timedelta

import pytest

from accounts.models import ThrottleBucket
from nextpractice.throttle import allow, key_hash

pytestmark = pytest.mark.django_db
HOUR = timedelta(hours=1)


def use(key="k", scope="test.scope", limit=3):
    return allow(scope=scope, key=key, limit=limit, per=HOUR)


def age(minutes, scope="test.scope", key="k"):
    """Make the key's recorded uses `minutes` older."""
    bucket = ThrottleBucket.objects.get(scope=scope, key_hash=key_hash(scope, key))
    shift = timedelta(minutes=minutes)
    bucket.times = [(datetime.fromisoformat(t) - shift).isoformat() for t in bucket.times]
    bucket.expires_at -= shift
    bucket.save()


def test_uses_past_the_limit_are_refused_and_not_recorded():
    assert [use() for _ in range(5)] == [True, True, True, False, False]
    bucket = ThrottleBucket.objects.get()
    assert len(bucket.times) == 3


def test_each_use_stops_counting_a_full_span_after_it_was_made():
    use()
    age(40)
    use()
    use()
    assert not use()
    age(21)  # the first is now 61 minutes old, the others 21
    assert use()
    assert not use()


def test_keys_and_scopes_are_counted_apart():
    assert all(use("a") for _ in range(3))
    assert use("b")
    assert use("a", scope="test.other")
    assert not use("a")


def test_rows_of_keys_whose_uses_have_all_expired_are_deleted_as_uses_come():
    use("gone")
    use("gone", scope="test.other")
    age(61, key="gone")
    age(61, key="gone", scope="test.other")
    use("new")
    assert set(ThrottleBucket.objects.values_list("scope", "key_hash")) == {
        ("test.scope", key_hash("test.scope", "new")),
        ("test.other", key_hash("test.other", "gone")),  # another scope is left to its own
    }


def test_the_key_is_stored_only_as_a_keyed_hash():
    use("head@school.example")
    bucket = ThrottleBucket.objects.get()
    assert "head" not in str(list(ThrottleBucket.objects.values_list()))
    assert bucket.key_hash == key_hash("test.scope", "head@school.example")
    assert len(bucket.key_hash) == 64
