"""Every form the access test knows, posted with what people and attackers send.

For each post form on the access test's pages (and each POST case whose form no page
shows), as a persona allowed to post there, hypothesis sends values in each theme of
`nextpractice.testing.fuzz`: valid values (so posts get past the first error), very long
text, NUL and other control characters, right-to-left and emoji text, markup, quotes and
SQL, huge and negative numbers, impossible dates, empty fields and unknown choices. No post
may be answered with a server error (a 5xx or an exception), and a form shown again with
its errors must still show everything a person typed in it. CI runs it on PostgreSQL, which
refuses what SQLite takes (a NUL, text longer than its column); SQLite refuses what
PostgreSQL takes (a 20-digit id, a very long LIKE pattern), so it runs on both.

Bounded: EXAMPLES_PER_THEME posts per form and theme, the same posts every run
(derandomized). About 30 seconds on PostgreSQL on a quiet 2-core machine, 80 under load.
`FUZZ_EXAMPLES=10` runs it deeper by hand.
"""

import logging
import os
import time
import traceback

from django.conf import settings
from django.db import transaction
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from accounts.models import Role
from nextpractice.testing import fuzz
from nextpractice.tests.test_access import CASES

EXAMPLES_PER_THEME = int(os.environ.get("FUZZ_EXAMPLES", "2"))
SETTINGS = hypothesis_settings(
    max_examples=EXAMPLES_PER_THEME,
    deadline=None,
    derandomize=True,  # the same posts in every run
    database=None,  # nothing written to the working tree
    phases=[Phase.explicit, Phase.generate],  # report the post as sent: no shrinking
    suppress_health_check=list(HealthCheck),
    print_blob=False,
)


def test_no_form_fails_with_a_server_error_or_loses_what_was_typed(world, client, caplog):
    caplog.set_level(logging.ERROR, logger="django.request")  # not a line per refused post
    add_second_officer(world)
    started = time.monotonic()
    forms = fuzz.find_forms(client, world, CASES(world))
    assert len(forms) > 50, "the access test's pages should show many forms"
    print(f"found {len(forms)} forms in {time.monotonic() - started:.0f} s")
    failures = []
    for form in forms:
        failures += fuzz_form(client, world.users[form.persona], form)
    print(f"fuzzed {len(forms)} forms in {time.monotonic() - started:.0f} s")
    assert not failures, f"{len(failures)} failures in {len(forms)} forms:\n" + "\n".join(failures)


def add_second_officer(world):
    """A second officer on Quartz, so what one officer does notifies another, as in every
    real programme."""
    from accounts.tests.factories import UserFactory
    from programmes.tests.factories import ProgrammeMembershipFactory

    second = UserFactory(email="second-officer@example.org", full_name="Second Officer")
    ProgrammeMembershipFactory(programme=world.quartz, user=second, role=Role.OFFICER)


def fuzz_form(client, user, form):
    """Post `form` as `user` in every theme; a line for each theme that failed."""
    failures = []
    for theme in fuzz.THEMES:
        client.force_login(user)
        try:
            posts_in(client, form, theme)()
        except AssertionError as failure:
            failures.append(str(failure))
    return failures


def posts_in(client, form, theme):
    """A hypothesis test posting `form` with values in `theme` (sometimes as htmx does)."""

    @SETTINGS
    @given(data=fuzz.values_for(form, theme), htmx=st.just(False) | st.booleans())
    def posts(data, htmx):
        post_and_check(client, form, theme, data, htmx)

    return posts


def post_and_check(client, form, theme, data, htmx):
    """One post: no server error, and nothing typed lost if the form comes back."""
    refresh_hidden(client, form)
    data = fuzz.sent_data(form, data)
    sent = f"POST {form} [{theme}] {{{', '.join(f'{k}={_short(v)}' for k, v in data.items())}}}"
    headers = {"HX-Request": "true"} if htmx and form.htmx else {}
    try:
        # A post the server fails on is rolled back to before it, so the next post runs in
        # a sound transaction (PostgreSQL refuses every statement after an error otherwise).
        with transaction.atomic():
            response = client.post(form.url, data, headers=headers)
    except Exception as exc:
        raise AssertionError(f"{sent} raised {_where(exc)}") from None
    form.stale = response.status_code < 400
    assert response.status_code < 500, f"{sent} answered {response.status_code}"
    if response.status_code in {400, 422} and not response.streaming:
        body = response.content.decode()
        lost = [
            name
            for name, value in fuzz.typed_values(form, data).items()
            if f'name="{name}"' in body and not fuzz.shown_again(value, body)
        ]
        assert not lost, f"{sent} answered {response.status_code} without what was typed in {lost}"


def refresh_hidden(client, form):
    """Once a post went through, read the form's hidden values again from its page: its
    one-off token is spent and its version number has moved on."""
    hidden = [f for f in form.fields.values() if f.kind == "hidden"]
    if not form.stale or not hidden or form.page is None:
        return
    form.stale = False
    response = client.get(form.page)
    if response.status_code != 200 or response.streaming:
        return
    for shown in fuzz.read_page(response.content.decode(), form.page)[0]:
        if shown["url"] == form.url:
            for f in hidden:
                if f.name in shown["fields"]:
                    f.value = shown["fields"][f.name].value


def _short(value, limit=60):
    text = repr(value)
    return f"{text[:limit]}... ({len(value)} characters)" if len(text) > limit else text


def _where(exc):
    """The exception's first lines and the last line of our code it came through."""
    lines = "".join(traceback.format_exception_only(exc)).strip().splitlines()[:4]
    message = "\n      ".join(lines)
    ours = [
        frame
        for frame in traceback.extract_tb(exc.__traceback__)
        if frame.filename.startswith(str(settings.BASE_DIR))
        and "/.venv/" not in frame.filename
        and frame.filename != __file__
    ]
    if ours:
        path = ours[-1].filename.removeprefix(f"{settings.BASE_DIR}/")
        message += f"\n      at {path}:{ours[-1].lineno} in {ours[-1].name}: {ours[-1].line}"
    return message
