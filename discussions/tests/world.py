"""Discussions in the shared test world, and who may see them."""


def extend(w):
    from discussions.tests.factories import PostFactory, ThreadFactory

    u = w.users
    # Coral's open thread: read by whoever sees Coral. Its officers' thread: by the
    # programme's officer (and the admin) only. Onyx's: by the admin only.
    open_thread = ThreadFactory(
        field_trial=w.coral, title="Kestrel Discussion", created_by=u["leader"]
    )
    officers = ThreadFactory(
        field_trial=w.coral, title="Lapwing Officers Talk", created_by=u["officer"],
        officers_only=True,
    )  # fmt: skip
    onyx = ThreadFactory(field_trial=w.onyx_trial, title="Onyx Merlin Discussion")
    for thread in (open_thread, officers, onyx):
        PostFactory(thread=thread, author=thread.created_by, body="Opening words")
    w.objects.update(kestrel_thread=open_thread, lapwing_thread=officers, merlin_thread=onyx)
    for persona in ("officer", "consultant", "leader", "partner"):
        w.visible[persona] |= {"kestrel_thread"}
    w.visible["officer"] |= {"lapwing_thread"}
    w.visible["admin"] = set(w.objects)
