"""Where a person is sent to be told what became of what they just did."""


def told_at(url):
    """`url` without its #fragment: where a page is redirected after a message (a saved
    record, a removed member), so that the banner saying so, at the top of the page
    (includes/messages.html), is in view and takes focus as the page loads, and a screen
    reader reads it. A jump to a section further down (#milestones) scrolled the banner out
    of view and took focus from it: nothing was seen or heard. Links to the same page (Back,
    Cancel) keep their #fragment. A discussion's post is the exception: its banner is beside
    it and holds its #post-N (discussions.views._told_at)."""
    return url.split("#", 1)[0]
