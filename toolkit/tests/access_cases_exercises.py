"""Access cases for starting, answering, submitting and running toolkit exercises.

Who answers: only participants (the leader, in Fern and Birch); everyone else who sees the
exercise is refused (403), others get 404. Who runs: the facilitator (the consultant) and
the officers of the trial's project (the officer); an administrator passes every permission
but is not a participant, so answering pages refuse them too. Every POST is harmless when
repeated: invalid or already-done changes, or changes each persona makes in a fresh world.
"""

from nextpractice.testing.access import acts, expect, seen_by, visible_to

STARTERS = {"officer", "consultant", "leader", "admin"}
PARTICIPANTS = {"leader"}  # of Fern and Birch; nobody but the admin sees Onyx
RUNNERS = {"officer", "consultant", "admin"}


def cases(w):
    def pk(key):
        return {"pk": w.objects[key].pk}

    def answering(key, ok=200, extra=None):
        kwargs = {**pk(key), **(extra or {})}
        return kwargs, acts(w, key, PARTICIPANTS & visible_to(w, key), ok=ok)

    def save(key, question):
        return {**pk(key), "question": question}

    return {
        "toolkit:exercise_start": [
            ("get", {}, expect(default=403, **{p: 200 for p in STARTERS}), None),
            # An empty form: refused with messages, nothing started.
            ("post", {}, expect(default=403, **{p: 400 for p in STARTERS}), {}),
        ],
        "toolkit:exercise_detail": [("get", pk("birch"), seen_by(visible_to(w, "birch")), None)],
        "toolkit:exercise_answer": [
            ("get", *answering("fern", extra={"section": "first"}), None),
            ("get", *answering("birch", extra={"section": "second"}), None),
            ("get", *answering("onyx_exercise", extra={"section": "first"}), None),
            # The section's one save (the page without JavaScript): out of range, nothing stored.
            (
                "post",
                *answering("fern", ok=400, extra={"section": "first"}),
                {"first.rate:value": "9"},
            ),
        ],
        "toolkit:exercise_review": [
            ("get", *answering("fern"), None),
            ("get", *answering("birch"), None),
            ("get", *answering("onyx_exercise"), None),
        ],
        "toolkit:answer_save": [
            # Without htmx a saved answer redirects back to its section (PRG).
            (
                "post",
                save("fern", "first.rate"),
                answering("fern", ok=302)[1],
                {"value": "3"},
            ),
            # Out of range: refused, nothing stored.
            (
                "post",
                save("fern", "first.rate"),
                answering("fern", ok=400)[1],
                {"value": "9"},
            ),
            # Birch's answers are submitted: refused until reopened.
            (
                "post",
                save("birch", "first.rate"),
                answering("birch", ok=409)[1],
                {"value": "2"},
            ),
            (
                "post",
                save("onyx_exercise", "first.rate"),
                answering("onyx_exercise")[1],
                {"value": "3"},
            ),
        ],
        "toolkit:exercise_submit": [
            # Fern has unanswered questions: 400 listing them.
            ("post", *answering("fern", ok=400), {}),
            # Birch is already submitted: 409, the first answers kept.
            ("post", *answering("birch", ok=409), {}),
            ("post", *answering("onyx_exercise"), {}),
        ],
        "toolkit:exercise_reopen": [
            ("post", *answering("fern", ok=302), {}),
            ("post", *answering("birch", ok=302), {}),
            ("post", *answering("onyx_exercise"), {}),
        ],
        "toolkit:exercise_close": [
            # GET asks to confirm, naming who has not submitted; POST closes.
            *[
                ("get", pk(key), acts(w, key, RUNNERS & visible_to(w, key)), None)
                for key in ("fern", "birch", "onyx_exercise")
            ],
            *[
                ("post", pk(key), acts(w, key, RUNNERS & visible_to(w, key), ok=302), {})
                for key in ("fern", "birch", "onyx_exercise")
            ],
        ],
        "toolkit:exercise_invite": [
            # GET shows the form; an empty POST is refused with its message, nobody invited.
            *[
                ("get", pk(key), acts(w, key, RUNNERS & visible_to(w, key)), None)
                for key in ("fern", "birch", "onyx_exercise")
            ],
            *[
                ("post", pk(key), acts(w, key, RUNNERS & visible_to(w, key), ok=400), {})
                for key in ("fern", "birch", "onyx_exercise")
            ],
        ],
        "toolkit:exercise_open": [
            ("post", pk(key), acts(w, key, RUNNERS & visible_to(w, key), ok=302), {})
            for key in ("fern", "birch", "onyx_exercise")
        ],
    }
