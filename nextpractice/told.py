"""Where a person is sent to be told what became of what they just did."""

from django.contrib import messages


def told_at(url):
    """`url` without its #fragment: where a page is redirected after a message (a saved
    record, a removed member), so that the banner saying so, at the top of the page
    (includes/messages.html), is in view and takes focus as the page loads, and a screen
    reader reads it. A jump to a section further down (#milestones) scrolled the banner out
    of view and took focus from it: nothing was seen or heard. Links to the same page (Back,
    Cancel) keep their #fragment. A discussion's post is the exception: its banner is beside
    it and holds its #post-N (discussions.views._told_at)."""
    return url.split("#", 1)[0]


BESIDE = "beside:"  # a message's tag: shown beside what has this id, not at the page's top


def tell_beside(request, message, anchor):
    """A success banner shown beside what has the id `anchor` on the page redirected to
    (`url#anchor`), not at the page's top: for a save in a long form, where the person keeps
    their place. The banner takes `anchor` as its own id (includes/message_banner.html), so
    the jump lands on it, in view, and it is focused and announced; the page gives what it is
    beside no id while it is shown (see told_beside)."""
    messages.success(request, message, extra_tags=f"{BESIDE}{anchor}")


def told_beside(request, anchors):
    """The page's messages: those for its top (the `messages` its template is given instead of
    the context processor's) and, by anchor, those to be shown beside one of `anchors`
    (tell_beside). Read once, as base.html would; one for an anchor not on the page goes to
    the top."""
    at_top, beside = [], {}
    for message in messages.get_messages(request):
        tag = message.extra_tags or ""
        anchor = tag[len(BESIDE) :] if tag.startswith(BESIDE) else None
        if anchor in anchors and anchor not in beside:
            beside[anchor] = message
        else:
            at_top.append(message)
    return at_top, beside
