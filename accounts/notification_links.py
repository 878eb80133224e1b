"""Whether each notification's link still opens for its reader.

A notification keeps the link it was sent with, but what it leads to can stop being the
reader's: a community closed to people beyond the programme is no longer read by its
outside members (they stay members, and read it again if it reopens), someone taken off a
trial or project no longer sees it (nor its discussions, updates, options and reports). The
notifications list then shows the message without a link that would answer "Page not
found", saying the page is no longer open to them.

Only pages about one thing that a person can stop seeing are asked about: LOSABLE names
each by its URL name, with the rule that lists what a person sees (each app's rules.py,
deny by default) and the URL's keyword naming the thing. One query per kind of page among
the notifications, however many notifications lead to it.
"""

from urllib.parse import urlsplit

from django.urls import Resolver404, resolve
from django.utils.module_loading import import_string

# URL name -> (the rule giving what `user` sees, dotted; the URL keyword that is its pk)
LOSABLE = {
    "fieldtrials:community_detail": ("fieldtrials.rules.visible_communities", "pk"),
    "fieldtrials:fieldtrial_detail": ("fieldtrials.rules.visible_fieldtrials", "pk"),
    "programmes:project_detail": ("programmes.rules.visible_projects", "pk"),
    "programmes:programme_detail": ("programmes.rules.visible_programmes", "pk"),
    # A mention in a community's discussion, once the community is closed to its outside
    # members; a monthly update, a creative option or a report of a trial or project they
    # were taken off. A report withdrawn since keeps its link: its page says who withdrew
    # it, when and why (reports.views.tells_withdrawn), as a withdrawn update's or option's.
    "discussions:thread_detail": ("discussions.rules.visible_threads", "pk"),
    "fieldtrials:update_detail": ("fieldtrials.rules.visible_updates", "pk"),
    "programmes:option_detail": ("programmes.rules.visible_options", "pk"),
    "reports:report_page": ("reports.rules.readable_reports", "pk"),
}


def _losable(url):
    """(URL name, pk) of a page in LOSABLE that `url` leads to, or None."""
    try:
        match = resolve(urlsplit(url).path)
    except Resolver404:
        return None
    rule = LOSABLE.get(match.view_name)
    if rule is None or rule[1] not in match.kwargs:
        return None
    return match.view_name, match.kwargs[rule[1]]


def mark_closed_links(user, notifications):
    """Set `closed` on each of `notifications` (a list): True when its link leads to a page
    `user` can no longer open, False otherwise. Returns the list."""
    wanted = {}  # URL name -> {pk: [notifications leading to it]}
    for notification in notifications:
        notification.closed = False
        found = _losable(notification.url) if notification.url else None
        if found is not None:
            name, pk = found
            wanted.setdefault(name, {}).setdefault(pk, []).append(notification)
    for name, by_pk in wanted.items():
        visible = import_string(LOSABLE[name][0])(user)
        opens = set(visible.filter(pk__in=list(by_pk)).values_list("pk", flat=True))
        for pk, leading in by_pk.items():
            if pk not in opens:
                for notification in leading:
                    notification.closed = True
    return notifications
