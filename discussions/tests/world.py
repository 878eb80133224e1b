"""Discussions in the shared test world, and who may see them."""

from django.core.files.base import ContentFile


def extend(w):
    from discussions.models import Attachment
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
    # Amber's and its Jade option's: read by whoever sees Amber (its officer and partner).
    # Amber's officers' thread: the officer's. Rowan community's: whoever sees Rowan; its
    # officers' thread: its convenor's (the officer). Onyx's option's: the admin's.
    project = ThreadFactory(
        field_trial=None, project=w.amber, title="Plover Project Talk", created_by=u["officer"]
    )
    project_officers = ThreadFactory(
        field_trial=None, project=w.amber, title="Osprey Officers Note",
        created_by=u["officer"], officers_only=True,
    )  # fmt: skip
    option = ThreadFactory(
        field_trial=None, option=w.jade, title="Heron Option Discussion", created_by=u["officer"]
    )
    onyx_option = ThreadFactory(
        field_trial=None, option=w.onyx_option, title="Onyx Gannet Option Talk"
    )
    community = ThreadFactory(
        field_trial=None, community=w.rowan, title="Curlew Community Discussion",
        created_by=u["leader"],
    )  # fmt: skip
    community_officers = ThreadFactory(
        field_trial=None, community=w.rowan, title="Dunlin Convenor Note",
        created_by=u["officer"], officers_only=True,
    )  # fmt: skip
    threads = {
        "kestrel_thread": open_thread,
        "lapwing_thread": officers,
        "merlin_thread": onyx,
        "plover_thread": project,
        "osprey_thread": project_officers,
        "heron_thread": option,
        "gannet_thread": onyx_option,
        "curlew_thread": community,
        "dunlin_thread": community_officers,
    }
    posts = {}
    for key, thread in threads.items():
        posts[key] = PostFactory(thread=thread, author=thread.created_by, body="Opening words")
    kestrel_file = Attachment(post=posts["kestrel_thread"], file_type="text/plain", size=6)
    kestrel_file.file.save("pipit-notes.txt", ContentFile(b"notes\n"), save=True)
    merlin_file = Attachment(post=posts["merlin_thread"], file_type="text/plain", size=6)
    merlin_file.file.save("onyx-skua-notes.txt", ContentFile(b"notes\n"), save=True)
    w.objects.update(
        threads,
        kestrel_post=posts["kestrel_thread"],
        lapwing_post=posts["lapwing_thread"],
        curlew_post=posts["curlew_thread"],
        kestrel_file=kestrel_file,
        merlin_file=merlin_file,
    )
    coral_readers = ("officer", "consultant", "leader", "partner")
    for persona in coral_readers:
        w.visible[persona] |= {"kestrel_thread", "kestrel_post", "kestrel_file"}
        w.visible[persona] |= {"curlew_thread", "curlew_post"}  # Rowan's readers are Coral's
    for persona in ("officer", "partner"):
        w.visible[persona] |= {"plover_thread", "heron_thread"}
    w.visible["officer"] |= {"lapwing_thread", "lapwing_post", "osprey_thread", "dunlin_thread"}
    w.visible["admin"] = set(w.objects)
