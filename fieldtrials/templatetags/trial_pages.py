"""The sub-navigation between a field trial's overview and its sub-pages, for any page of
the trial to show: `{% load trial_pages %}{% trial_sub_navigation trial "milestones" %}`."""

from django import template
from django.urls import reverse

register = template.Library()

# (key, label, URL name): the overview first, then the sub-pages in the order people use them;
# short labels, so that the row fits one line at desktop width.
PAGES = (
    ("overview", "Overview", "fieldtrials:fieldtrial_detail"),
    ("details", "Details", "fieldtrials:fieldtrial_details"),
    ("milestones", "Milestones", "fieldtrials:fieldtrial_milestones"),
    ("updates", "Monthly updates", "fieldtrials:update_list"),
    ("discussions", "Discussions", "discussions:thread_list"),
    ("risks", "Risks", "fieldtrials:fieldtrial_risks"),
    ("support", "Support", "fieldtrials:fieldtrial_support"),
    ("exercises", "Exercises", "fieldtrials:fieldtrial_exercises"),
    ("history", "History", "fieldtrials:fieldtrial_history"),
)


def trial_pages(trial, current):
    """The sub-navigation's items ({"label", "url", "current"}) for `trial`, `current` being
    the key of the page shown."""
    return [
        {"label": label, "url": reverse(name, args=[trial.pk]), "current": key == current}
        for key, label, name in PAGES
    ]


@register.inclusion_tag("includes/sub_navigation.html")
def trial_sub_navigation(trial, current):
    return {
        "items": trial_pages(trial, current),
        "sub_navigation_label": "Pages of this field trial",
    }


@register.simple_tag
def kept_count(page):
    """A kept record's list's count as its caption says it: its current rows, and its
    withdrawn ones beside where it lists any ("3, and 1 withdrawn"); views.count_kept counts."""
    if page.withdrawn_count:
        return f"{page.current_count}, and {page.withdrawn_count} withdrawn"
    return str(page.current_count)
